// Repetitions: "every year" P1Y, "each Tuesday" XXXX-WXX-2, "each July" XXXX-07, "Tuesday nights" XXXX-WXX-2TNI, "weekly" P1W, "annually" P1Y, "daily" P1D,
// "Tuesdays", "twice a year", "50,000 copies a year" (a rate: "a year" right after a count).

import { alternation, lookup, rule, SP } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { PARTS_OF_DAY, UNITS } from '../constants';
import { MONTH_FULL, PART_OF_DAY, WEEKDAY } from '../patterns';
import { month, weekday } from '../read';

const ADVERBS: Record<string, { unit: 'day' | 'week' | 'month' | 'year'; amount: number }> = {
  daily: { unit: 'day', amount: 1 },
  nightly: { unit: 'day', amount: 1 },
  weekly: { unit: 'week', amount: 1 },
  'bi-weekly': { unit: 'week', amount: 2 },
  biweekly: { unit: 'week', amount: 2 },
  monthly: { unit: 'month', amount: 1 },
  annually: { unit: 'year', amount: 1 },
  yearly: { unit: 'year', amount: 1 },
};
const SET_UNIT = alternation(['day', 'night', 'week', 'month', 'year', 'decade', 'summer', 'winter']);

export const everyUnit: Parser = {
  name: 'en/set-every',
  pattern: rule(
    `(?<quant>every|each|per)${SP}(?:(?<wd>${WEEKDAY})|(?<month>${MONTH_FULL})|(?<unit>${SET_UNIT}))`,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const quant = g.quant.toUpperCase();
    if (g.wd) return { type: 'SET', weekday: weekday(g.wd), set: { quant } } as Reading;
    // "each July": capitalised, so not "each may".
    if (g.month)
      return /^\p{Lu}/u.test(g.month) ? { type: 'SET', month: month(g.month), set: { quant } } : null;
    const unit = lookup(UNITS, g.unit) ?? 'day';
    return { type: 'SET', duration: { unit, amount: 1 }, set: { quant } };
  },
};

export const setAdverb: Parser = {
  name: 'en/set-adverb',
  pattern: rule(`(?<word>${alternation(Object.keys(ADVERBS))})`),
  extract(m) {
    const spec = lookup(ADVERBS, m.groups?.word);
    return spec ? { type: 'SET', duration: spec } : null;
  },
};

export const pluralWeekday: Parser = {
  name: 'en/set-weekdays',
  // "Tuesdays" (every Tuesday); "on Tuesday nights" (every Tuesday night).
  pattern: rule(`(?<wd>${WEEKDAY})(?:s|${SP}(?<pod>${PART_OF_DAY})s)`),
  extract(m) {
    const g = m.groups ?? {};
    const wd = weekday(g.wd);
    if (!wd) return null;
    const partOfDay = g.pod ? lookup(PARTS_OF_DAY, g.pod) : undefined;
    return { type: 'SET', weekday: wd, ...(partOfDay ? { partOfDay } : {}) };
  },
};

export const rate: Parser = {
  name: 'en/set-rate',
  // "twice a year", "three times a week", "$5 a day", "50,000 CDs a year": a frequency. Not "for a year",
  // "within a year", "a year ago" (durations and dates), which need the preposition or a following "ago".
  pattern: rule(
    `(?:(?<times>once|twice|(?:\\d+|two|three|four|five|six|ten)${SP}times)${SP})?a${SP}(?<unit>day|week|month|year)`,
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    if (
      /^[\s\u00a0]*(?:ago|earlier|later|before|after|or|and|from|old|in\b)/i.test(after) ||
      /^[-‑]/.test(after)
    )
      return null;
    if (
      !g.times &&
      !/(?:\d|\p{L}{3,}s|\bpeople|million|billion|trillion|thousand|hundred)[\s\u00a0]+$/u.test(before)
    ) {
      return null;
    }
    if (
      !g.times &&
      /(?:for|within|in|than|about|nearly|almost|after|over|of|by|least|just|only|ago|nearly|some|once)[\s\u00a0]+$/i.test(
        before,
      )
    )
      return null;
    const unit = lookup(UNITS, g.unit) ?? 'day';
    return { type: 'SET', duration: { unit, amount: 1 } };
  },
};
