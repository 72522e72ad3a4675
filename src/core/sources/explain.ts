// The one line that explains a conflict, in both interface languages:
// "Le Monde: Tue 19 Apr · Reuters: Wed 20 Apr", « Le Monde : mar. 19 avr. · Reuters : mer. 20 avr. ».

import type { EventStatus, Lang } from '../../shared/timeline';
import { dateOfDay, dayOf, formatDay, formatLongDay } from '../timeline/days';
import type { ConflictKind, Reading } from './types';

const STATUS_WORD: Record<Lang, Record<EventStatus, string>> = {
  fr: {
    happened: 'a eu lieu',
    reported: 'rapporté',
    planned: 'prévu',
    demanded: 'demandé',
    denied: 'démenti',
  },
  en: {
    happened: 'happened',
    reported: 'reported',
    planned: 'planned',
    demanded: 'demanded',
    denied: 'denied',
  },
};

const QUARTER: Record<Lang, (q: number, y: number) => string> = {
  fr: (q, y) => `${q === 1 ? '1er' : `${q}e`} trimestre ${y}`,
  en: (q, y) => `Q${q} ${y}`,
};

/** A reading's days as a person says them: a day with its weekday, a month, a quarter, a year, or a range. */
export function formatReading(start: string, end: string, lang: Lang, withYear: boolean): string {
  const a = dayOf(start);
  const b = dayOf(end);
  const da = dateOfDay(a);
  const db = dateOfDay(b);
  const y = da.getUTCFullYear();
  if (a === b) {
    if (withYear) return formatLongDay(a, lang);
    // "Tue 19 Apr": the long form without its year
    return formatLongDay(a, lang).replace(/,? -?\d+$/u, '');
  }
  const firstOfMonth = da.getUTCDate() === 1;
  const lastOfMonth = dateOfDay(b + 1).getUTCDate() === 1;
  const sameYear = y === db.getUTCFullYear();
  if (firstOfMonth && lastOfMonth && sameYear) {
    const months = db.getUTCMonth() - da.getUTCMonth() + 1;
    if (months === 12) return String(y);
    if (months === 3 && da.getUTCMonth() % 3 === 0) return QUARTER[lang](da.getUTCMonth() / 3 + 1, y);
    if (months === 1) return formatDay(a, 'month', lang);
  }
  const from = formatDay(a, 'day', lang, !sameYear);
  const to = formatDay(b, 'day', lang, true);
  return `${from} – ${to}`;
}

/** "Le Monde: Tue 19 Apr · Reuters: Wed 20 Apr"; for a status conflict each reading says its status too. */
export function explainConflict(
  kind: ConflictKind,
  readings: Reading[],
  labelOf: (source: string) => string,
  lang: Lang,
): string {
  const years = new Set(readings.flatMap((r) => [r.start.slice(0, 4), r.end.slice(0, 4)]));
  const withYear = years.size > 1 || kind === 'year';
  const colon = lang === 'fr' ? ' : ' : ': ';
  // One entry per distinct reading, its sources named together: « Le Monde, Libération : mar. 19 avr. ».
  const groups = new Map<string, string[]>();
  for (const r of readings) {
    let what = formatReading(r.start, r.end, lang, withYear);
    if (kind === 'status' && r.status) what = `${STATUS_WORD[lang][r.status]} ${what}`;
    const label = labelOf(r.source);
    const names = groups.get(what) ?? [];
    if (!names.includes(label)) names.push(label);
    groups.set(what, names);
  }
  return [...groups].map(([what, names]) => `${names.join(', ')}${colon}${what}`).join(' · ');
}
