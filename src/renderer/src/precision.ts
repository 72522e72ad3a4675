// Honest precision: a date the text gave as a year, a quarter, a month or a season is shown and edited as
// that ("1945", "Q2 2023" / « 2e trimestre 2023 », "March 2024", "spring 2023"), not as two made-up days.
// The period is read back from the event's days, so a date the user moved off the period's bounds shows as
// the days it now covers.

import { monthNames } from '../../shared/calendarNames';
import type { Lang, Precision } from '../../shared/timeline';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type Period =
  | { kind: 'century'; century: number }
  | { kind: 'decade'; decade: number }
  | { kind: 'year'; year: number }
  | { kind: 'half'; year: number; n: number }
  | { kind: 'quarter'; year: number; n: number }
  | { kind: 'season'; year: number; season: Season }
  | { kind: 'month'; year: number; month: number };

export const SEASONS: Season[] = ['SP', 'SU', 'FA', 'WI'];

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthsSpan = (y: number, m0: number, m1: number) => ({
  start: `${pad(y, 4)}-${pad(m0, 2)}-01`,
  end: `${pad(y, 4)}-${pad(m1, 2)}-${pad(lastDay(y, m1), 2)}`,
});
const yearsSpan = (y0: number, y1: number) => ({ start: `${pad(y0, 4)}-01-01`, end: `${pad(y1, 4)}-12-31` });

/** The days a period covers: the engine's intervals (seasons astronomical, northern hemisphere). */
export function periodInterval(p: Period): { start: string; end: string } {
  switch (p.kind) {
    case 'century':
      return yearsSpan(p.century * 100, p.century * 100 + 99);
    case 'decade':
      return yearsSpan(p.decade * 10, p.decade * 10 + 9);
    case 'year':
      return yearsSpan(p.year, p.year);
    case 'half':
      return monthsSpan(p.year, 6 * p.n - 5, 6 * p.n);
    case 'quarter':
      return monthsSpan(p.year, 3 * p.n - 2, 3 * p.n);
    case 'month':
      return monthsSpan(p.year, p.month, p.month);
    case 'season': {
      const y = pad(p.year, 4);
      if (p.season === 'SP') return { start: `${y}-03-20`, end: `${y}-06-20` };
      if (p.season === 'SU') return { start: `${y}-06-21`, end: `${y}-09-22` };
      if (p.season === 'FA') return { start: `${y}-09-23`, end: `${y}-12-20` };
      return { start: `${y}-12-21`, end: `${pad(p.year + 1, 4)}-03-19` };
    }
  }
}

/** The period an event's precision names, if its days are exactly that period's; else null (show the days). */
export function periodOf(start: string, end: string, precision: Precision | undefined): Period | null {
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || !Number.isFinite(y)) return null;
  let p: Period;
  switch (precision) {
    case 'century':
      p = { kind: 'century', century: Math.floor(y / 100) };
      break;
    case 'decade':
      p = { kind: 'decade', decade: Math.floor(y / 10) };
      break;
    case 'year':
      p = { kind: 'year', year: y };
      break;
    case 'half':
      p = { kind: 'half', year: y, n: m <= 6 ? 1 : 2 };
      break;
    case 'quarter':
      p = { kind: 'quarter', year: y, n: Math.ceil(m / 3) };
      break;
    case 'month':
      p = { kind: 'month', year: y, month: m };
      break;
    case 'season': {
      // The season whose first day is this one (winter starts in December of its first year).
      const found = SEASONS.find(
        (season) => periodInterval({ kind: 'season', year: y, season }).start === start,
      );
      if (!found) return null;
      p = { kind: 'season', year: y, season: found };
      break;
    }
    default:
      return null;
  }
  const span = periodInterval(p);
  return span.start === start && span.end === end ? p : null;
}

const EN_MONTHS = monthNames('en').slice(1);
const FR_MONTHS = monthNames('fr').slice(1);
export const MONTH_NAMES: Record<Lang, readonly string[]> = { en: EN_MONTHS, fr: FR_MONTHS };
export const SEASON_NAMES: Record<Lang, Record<Season, string>> = {
  en: { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' },
  fr: { SP: 'printemps', SU: 'été', FA: 'automne', WI: 'hiver' },
};
const ordFr = (n: number) => (n === 1 ? '1er' : `${n}e`);
const ordEn = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
function roman(n: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) [out, n] = [out + s, n - v];
  return out;
}

/** "1945", "Q2 2023", « 2e trimestre 2023 », "March 2024", « printemps 2023 », "the 1990s". */
export function formatPeriod(p: Period, lang: Lang): string {
  const fr = lang === 'fr';
  switch (p.kind) {
    case 'century':
      return fr ? `${roman(p.century + 1)}e siècle` : `${ordEn(p.century + 1)} century`;
    case 'decade':
      return fr ? `années ${p.decade * 10}` : `the ${p.decade * 10}s`;
    case 'year':
      return String(p.year);
    case 'half':
      return fr ? `${ordFr(p.n)} semestre ${p.year}` : `H${p.n} ${p.year}`;
    case 'quarter':
      return fr ? `${ordFr(p.n)} trimestre ${p.year}` : `Q${p.n} ${p.year}`;
    case 'month':
      return fr ? `${FR_MONTHS[p.month - 1]} ${p.year}` : `${EN_MONTHS[p.month - 1]} ${p.year}`;
    case 'season': {
      const name = SEASON_NAMES[lang][p.season];
      // Winter straddles the new year: "winter 2022–23".
      const year = p.season === 'WI' ? `${p.year}–${String(p.year + 1).slice(-2)}` : String(p.year);
      return `${name} ${year}`;
    }
  }
}
