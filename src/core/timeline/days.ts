// Calendar days as integers (days since 1970-01-01, UTC), so the layout does plain arithmetic on dates.
// Always built from explicit components: the core never reads the clock.

import type { Lang } from '../../shared/timeline';

const MS_PER_DAY = 86_400_000;

/** `YYYY-MM-DD` (or a longer ISO string) → day number. */
export function dayOf(iso: string): number {
  const m = /^(?<y>-?\d{1,6})-(?<mo>\d{2})-(?<d>\d{2})/u.exec(iso);
  if (!m?.groups) throw new Error(`not an ISO date: ${iso}`);
  const { y, mo, d } = m.groups;
  const t = new Date(0);
  t.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  return Math.round(t.getTime() / MS_PER_DAY);
}

export function dateOfDay(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

export function isoOfDay(day: number): string {
  return dateOfDay(day).toISOString().slice(0, 10);
}

const MONTHS: Record<Lang, string[]> = {
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
const WEEKDAYS: Record<Lang, string[]> = {
  fr: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

export type TickUnit = 'year' | 'month' | 'day';

/** A tick label: « 1945 », « avr. 2022 », « 19 avr. » / "Apr 19" (with the year when asked). */
export function formatDay(day: number, unit: TickUnit, lang: Lang, withYear = false): string {
  const d = dateOfDay(day);
  const y = d.getUTCFullYear();
  const mo = MONTHS[lang][d.getUTCMonth()];
  if (unit === 'year') return String(y);
  if (unit === 'month') return `${mo} ${y}`;
  const date = lang === 'fr' ? `${d.getUTCDate()} ${mo}` : `${mo} ${d.getUTCDate()}`;
  if (!withYear) return date;
  return lang === 'fr' ? `${date} ${y}` : `${date}, ${y}`;
}

/** Long form for the publication date: « ven. 22 avr. 2022 », "Fri Apr 22, 2022". */
export function formatLongDay(day: number, lang: Lang): string {
  const d = dateOfDay(day);
  const wd = WEEKDAYS[lang][d.getUTCDay()];
  const mo = MONTHS[lang][d.getUTCMonth()];
  return lang === 'fr'
    ? `${wd} ${d.getUTCDate()} ${mo} ${d.getUTCFullYear()}`
    : `${wd} ${mo} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}
