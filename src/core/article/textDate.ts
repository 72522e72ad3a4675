// The publication date as a reader sees it at the top of an article: « Publié le 22 avril 2022 à 10h15 »,
// "Published April 22, 2022", « Mis à jour le … », a dateline (« Paris, le 22 avril 2022 », "2022-04-22").
// Only the first lines count: a date further down is an event in the story, not when it was written
// (« Le 24 février 2022, la Russie a envahi l'Ukraine. » on line 3 is not a dateline).

import { isoDay as formatDay, makeDay } from '../temporal/calendar';
import { alternation, lookup } from '../temporal/regex';
import { CUES, MONTHS, MONTHS_EN, MONTHS_FR, WEEKDAYS, type DateCueKind } from './dateLexicon';

export interface DateFinding {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  /** Where it was read, for the user: `« Publié le 22 avril 2022 » line`. */
  detail: string;
}

/** How many non-empty lines at the top of the text are read as the article's header. */
export const HEADER_LINES = 5;

const L = '(?<![\\p{L}\\p{N}])'; // word start that understands accented letters
const R = '(?![\\p{L}])';
const MONTH = `(?<month>${alternation(Object.keys(MONTHS))})\\.?${R}`;
const WEEKDAY = `(?:(?:${alternation(WEEKDAYS)})\\.?,?\\s+)?`;
const DAY = '(?<day>\\d{1,2})(?:er|st|nd|rd|th)?';
const YEAR = '(?<year>\\d{4})(?!\\d)';

/** Date shapes, each a small rule; the earliest match in a line wins. */
const DATE_RULES: { name: string; pattern: RegExp }[] = [
  // « 22 avril 2022 », « vendredi 1er mai 2022 », "Fri 22 Apr 2022"
  {
    name: 'day-month-year',
    pattern: new RegExp(`${L}${WEEKDAY}${DAY}\\s+(?:de\\s+)?${MONTH},?\\s+${YEAR}`, 'iu'),
  },
  // "April 22, 2022", "Friday, April 22, 2022"
  { name: 'month-day-year', pattern: new RegExp(`${L}${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'iu') },
  // "2022-04-22", "2022/04/22", "2022-04-22T10:15:00Z"
  {
    name: 'iso',
    pattern: new RegExp(
      `${L}(?<year>\\d{4})(?<sep>[-/.])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})(?!\\d)`,
      'u',
    ),
  },
  // « 22/04/2022 », "04/22/2022" — which is which is settled by `readNumeric`
  {
    name: 'numeric',
    pattern: new RegExp(
      `${L}${WEEKDAY}(?<a>\\d{1,2})(?<sep>[-/.])(?<b>\\d{1,2})\\k<sep>(?<year>\\d{4}|\\d{2})(?!\\d)`,
      'iu',
    ),
  },
];

const CUE_PATTERN = new RegExp(`${L}(?<cue>${alternation(Object.keys(CUES))})${R}\\s*:?\\s*`, 'iu');
// After a dateline's date only a time, a separator or a source may follow: « … 2022 à 10h15 », "… 2022 —".
const DATELINE_TAIL = /^\s*(?:$|T\d{2}:|[—–\-|(•·/]|,?\s*(?:à|at|,)?\s*\d{1,2}\s*(?:h|[:.]\d{2}|[ap]\.?m))/iu;
// Before a dateline's date: nothing, « Le », a place « Paris, le », "WASHINGTON,".
const DATELINE_HEAD = /^\s*(?:[\p{L}][\p{L} .'’-]{0,40},\s*)?(?:le\s+)?$/iu;
// A cue counts when it opens the line, follows a separator, or is capitalised: « Par X | Publié le … »,
// but not « L'ONU a publié le 24 février 2022 un rapport ».
const CUE_HEAD = /(?:^|[|•·—–\-,(]\s*)$/u;

interface Candidate extends DateFinding {
  rank: number; // 0 published, 1 dateline, 2 updated
  line: number;
}

const RANK: Record<DateCueKind | 'dateline', number> = { published: 0, dateline: 1, updated: 2 };

/** The publication date stated in the first `HEADER_LINES` non-empty lines of `text`, or null. */
export function findTextDate(text: string): DateFinding | null {
  // The header is at the top: no need to split a whole book to find its first five lines.
  const lines = text
    .slice(0, 5000)
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .slice(0, HEADER_LINES);
  const found: Candidate[] = [];
  lines.forEach((line, index) => {
    const c = readLine(line);
    if (c) found.push({ ...c, line: index });
  });
  found.sort((a, b) => a.rank - b.rank || a.line - b.line);
  return found.length ? { date: found[0].date, detail: found[0].detail } : null;
}

/**
 * A date written as a metadata value: `2022-04-22T23:30:00-04:00`, `20220422`, `April 22, 2022`. The
 * calendar day as written is kept, with no time-zone conversion: it is the publisher's own day.
 */
export function parseDateValue(value: string): string | null {
  const compact = /^\s*(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})(?!\d)/.exec(value);
  if (compact) {
    const g = compact.groups!;
    return isoDay(Number(g.year), Number(g.month), Number(g.day));
  }
  const d = findDate(value.slice(0, 80), null);
  return d && d.index < 20 ? d.date : null;
}

function readLine(line: string): Omit<Candidate, 'line'> | null {
  const cue = findCue(line);
  if (cue) {
    // Up to a few words between the cue and its date: "Updated 10:15 AM EDT, Fri April 22, 2022".
    const rest = line.slice(cue.end, cue.end + 40);
    const d = findDate(rest, cue.lang);
    if (d && !/[.!?]\s/u.test(rest.slice(0, d.index))) {
      return { date: d.date, rank: RANK[cue.kind], detail: quote(line, cue.lang) };
    }
  }
  const d = findDate(line, /\ble\b|\bà\b/iu.test(line) ? 'fr' : null);
  // « 22/04/22 » alone could be anything; with « Publié le » before it, it is a date.
  if (
    d &&
    !d.shortYear &&
    DATELINE_HEAD.test(line.slice(0, d.index)) &&
    DATELINE_TAIL.test(line.slice(d.end))
  ) {
    return { date: d.date, rank: RANK.dateline, detail: quote(line, d.lang) };
  }
  return null;
}

function findCue(line: string): { kind: DateCueKind; lang: 'fr' | 'en'; end: number } | null {
  const re = new RegExp(CUE_PATTERN.source, 'giu');
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const word = m.groups!.cue;
    const capitalised = word[0] !== word[0].toLowerCase();
    if (!capitalised && !CUE_HEAD.test(line.slice(0, m.index))) continue;
    const cue = lookup(CUES, word);
    if (cue) return { ...cue, end: m.index + m[0].length };
  }
  return null;
}

interface DateMatch {
  date: string;
  index: number;
  end: number;
  lang: 'fr' | 'en' | null;
  /** Written with a two-digit year (« 22/04/22 »). */
  shortYear: boolean;
}

function findDate(s: string, lang: 'fr' | 'en' | null): DateMatch | null {
  let best: DateMatch | null = null;
  for (const rule of DATE_RULES) {
    const m = rule.pattern.exec(s);
    if (!m || (best && best.index <= m.index)) continue;
    const g = m.groups!;
    let date: string | null;
    if (rule.name === 'numeric') date = readNumeric(Number(g.a), Number(g.b), fullYear(g.year), lang);
    else {
      const month = /^\d+$/.test(g.month) ? Number(g.month) : (lookup(MONTHS, g.month) ?? 0);
      date = isoDay(fullYear(g.year), month, Number(g.day));
    }
    if (date) {
      const end = m.index + m[0].length;
      best = { date, index: m.index, end, lang: lang ?? monthLang(g.month), shortYear: g.year.length === 2 };
    }
  }
  return best;
}

/** « 22/04/2022 » is day-first; "04/22/2022" month-first; « 03/04/2022 » only with a language to go by. */
function readNumeric(a: number, b: number, year: number, lang: 'fr' | 'en' | null): string | null {
  if (a > 12) return isoDay(year, b, a);
  if (b > 12) return isoDay(year, a, b);
  if (lang === 'fr') return isoDay(year, b, a);
  if (lang === 'en') return isoDay(year, a, b);
  return null;
}

function monthLang(month: string | undefined): 'fr' | 'en' | null {
  if (!month || /^\d+$/.test(month)) return null;
  const word = month.toLowerCase();
  if (word in MONTHS_FR) return word in MONTHS_EN ? null : 'fr';
  return 'en';
}

function quote(line: string, lang: 'fr' | 'en' | null): string {
  const shown = line.length > 60 ? `${line.slice(0, 59).trimEnd()}…` : line;
  return lang === 'fr' ? `« ${shown} » line` : `“${shown}” line`;
}

/** `YYYY-MM-DD` when the day exists on the calendar and the year is a plausible publication year. */
function isoDay(year: number, month: number, day: number): string | null {
  const date = year >= 1900 && year < 2200 ? makeDay(year, month, day) : null;
  return date ? formatDay(date) : null;
}

/** A two-digit year as written in a dateline (« 22/04/22 ») is read in 2000–2099. */
function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}
