// Days named from the publication date: "today", "yesterday", "tomorrow", "tonight", "late yesterday",
// "earlier today", "yesterday morning", "this morning", "last night", "the day before yesterday".

import { alternation, lookup, rule, SP } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { PARTS_OF_DAY } from '../constants';
import { PART_OF_DAY } from '../patterns';
import { clean } from '../read';

const DAYS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };

// "today's world", "the leaders of tomorrow" speak of an era, not a day; "This is VOA Today" is a title
// (a capital inside a sentence).
const GENERIC_AFTER =
  /^['’]s[\s\u00a0]+(?:world|society|youth|generation|children|economy|culture|technology|standards|young)\b/i;
function isGenericOrTitle(word: string, start: number, end: number, text: string): boolean {
  if (GENERIC_AFTER.test(text.slice(end, end + 20))) return true;
  if (
    /(?:^|[^\p{L}])of[\s\u00a0]+$/u.test(text.slice(Math.max(0, start - 4), start)) &&
    !/^[\s\u00a0]*['’]s/.test(text.slice(end, end + 3))
  ) {
    return true;
  }
  const capital = /^\p{Lu}/u.test(word);
  return capital && /[\p{Ll},][\s\u00a0]+$/u.test(text.slice(Math.max(0, start - 3), start));
}
const EDGE = alternation(['early', 'earlier', 'late', 'later']);

export const relativeDay: Parser = {
  name: 'en/relative-day',
  pattern: rule(
    `(?:${EDGE}${SP})?(?:(?<around>the${SP}day${SP}(?:before${SP}yesterday|after${SP}tomorrow))|(?<day>${alternation(Object.keys(DAYS))}))(?:${SP}(?<pod>${PART_OF_DAY}))?`,
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    if (g.day && isGenericOrTitle(g.day, m.index, m.index + m[0].length, text)) return null;
    const offset = g.around ? (/before/i.test(g.around) ? -2 : 2) : DAYS[g.day.toLowerCase()];
    const pod = lookup(PARTS_OF_DAY, g.pod);
    return clean({
      type: pod ? 'TIME' : 'DATE',
      shift: { unit: 'day', offset },
      partOfDay: pod,
    } satisfies Reading);
  },
};

export const partOfToday: Parser = {
  name: 'en/part-of-today',
  // "this morning", "later this afternoon", "tonight", "last night" (the night before the publication day).
  pattern: rule(
    `(?:${EDGE}${SP})?(?:this${SP}(?<pod>${PART_OF_DAY})|(?<tonight>tonight)|(?<lastNight>last${SP}night))`,
  ),
  extract(m) {
    const g = m.groups ?? {};
    if (g.tonight) return { type: 'TIME', shift: { unit: 'day', offset: 0 }, partOfDay: 'NI' };
    if (g.lastNight) return { type: 'TIME', shift: { unit: 'day', offset: -1 }, partOfDay: 'NI' };
    const pod = lookup(PARTS_OF_DAY, g.pod);
    return pod ? { type: 'TIME', shift: { unit: 'day', offset: 0 }, partOfDay: pod } : null;
  },
};

const MID: Record<string, Reading> = {
  morning: { type: 'TIME', partOfDay: 'MO' },
  afternoon: { type: 'TIME', partOfDay: 'AF' },
  day: { type: 'TIME', hour: 12, minute: 0 },
};

export const midDay: Parser = {
  name: 'en/mid-day',
  // "by mid afternoon", "midday", "mid-afternoon yesterday", "overnight": on the day in context (the last
  // day named nearby, else the publication date) unless a relative day follows.
  pattern: rule(
    `(?:mid(?:-|${SP})?(?<mid>morning|afternoon|day)|(?<over>overnight))(?:${SP}(?<rel>${alternation(Object.keys(DAYS))}))?`,
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    // "overnight" as an adjective ("an overnight rate") is no time.
    if (
      g.over &&
      /^[\s\u00a0]+(?:rate|loan|deposit|success|stay|bag|train|flight)s?\b/i.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 12),
      )
    ) {
      return null;
    }
    const base: Reading = g.over ? { type: 'TIME', partOfDay: 'NI' } : MID[g.mid.toLowerCase()];
    return g.rel ? { ...base, shift: { unit: 'day', offset: DAYS[g.rel.toLowerCase()] } } : { ...base };
  },
};
