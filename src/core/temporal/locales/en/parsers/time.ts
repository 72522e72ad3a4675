// Clock times: "6 p.m.", "10:30 a.m. EST", "noon", "midnight", "14:30", "six o'clock", "4 in the morning",
// with the day that may follow inside the same timex, as TimeBank marks it: "10 p.m. Wednesday",
// "5 p.m. EST Nov. 9", "noon Thursday".

import { alternation, rule, SP } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { DAY, MONTH, WEEKDAY, ZONE } from '../patterns';
import { clean, dayOfMonth, month, weekday } from '../read';
import { EN_NUMBERS } from '../numbers';
import { parseNumber } from '../../../numbers';

const SP0 = '[\\s\\u00a0\\u202f]*';
const HOUR_WORDS = alternation(
  Object.keys(EN_NUMBERS.words).filter((w) => {
    const n = EN_NUMBERS.words[w];
    return n >= 1 && n <= 12;
  }),
);
const DAY_AFTER = `(?:,?${SP}(?:(?<wd>${WEEKDAY})|(?<rel>today|yesterday|tomorrow)|(?<mo>${MONTH})${SP}(?<d>${DAY})(?![:]\\d)))?`;
const REL: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };

function withDay(g: Record<string, string | undefined>, r: Reading): Reading {
  return clean({
    ...r,
    weekday: weekday(g.wd),
    month: g.mo ? month(g.mo) : undefined,
    day: g.d ? dayOfMonth(g.d) : undefined,
    shift: g.rel ? { unit: 'day', offset: REL[g.rel.toLowerCase()] } : undefined,
  });
}

export const clockTime: Parser = {
  name: 'en/time',
  // "around 7:15 p.m.": TimeBank keeps "around" in the extent (mod APPROX).
  pattern: rule(
    `(?:(?<around>around)${SP})?(?:(?<hour>1[0-2]|0?[1-9])(?:[:.](?<minute>[0-5]\\d))?${SP0}(?<ampm>[ap]\\.${SP0}m\\.?|[ap]m)(?![\\p{L}])` +
      `|(?<h24>[01]?\\d|2[0-3]):(?<m24>[0-5]\\d)(?![:.]?\\d)` +
      `|(?<noon>noon|midnight)` +
      `|(?<wordHour>${HOUR_WORDS}|1[0-2]|0?[1-9])${SP}(?:o['’]clock|(?<inThe>in${SP}the${SP}(?<half>morning|afternoon|evening)))` +
      `)(?:${SP}(?<zone>${ZONE}))?${DAY_AFTER}`,
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    let hour: number;
    let minute = 0;
    if (g.hour) {
      hour = (+g.hour % 12) + (g.ampm.toLowerCase().startsWith('p') ? 12 : 0);
      minute = g.minute ? +g.minute : 0;
    } else if (g.h24) {
      // "3:30" with no a.m./p.m. or zone is also a score or a ratio: keep only "14:30"-style or zoned times.
      if (
        !g.zone &&
        +g.h24 < 13 &&
        !/\b(?:at|by|until|from|before|after)[\s\u00a0]+$/i.test(
          text.slice(Math.max(0, m.index - 8), m.index),
        )
      ) {
        return null;
      }
      hour = +g.h24;
      minute = +g.m24;
    } else if (g.noon) hour = g.noon.toLowerCase() === 'noon' ? 12 : 0;
    else {
      const n = parseNumber(g.wordHour ?? '', EN_NUMBERS);
      if (n === null || n < 1 || n > 12) return null;
      hour = n;
      const part = g.half?.toLowerCase();
      if ((part === 'afternoon' || part === 'evening') && hour < 12) hour += 12;
      if (part === 'morning' && hour === 12) hour = 0;
    }
    return withDay(g, { type: 'TIME', hour, minute, ...(g.around ? { mod: 'APPROX' as const } : {}) });
  },
};
