// The English locale: ordered parsers (earlier ones win overlaps of equal length; longer matches win) and
// the clause tense reader.

import type { Locale } from '../../types';
import { ago } from './parsers/ago';
import { anchoredUnit } from './parsers/anchored';
import { century, decade } from './parsers/decade';
import { bareUnits, duration, unitLong, unitsAhead } from './parsers/duration';
import { month } from './parsers/month';
import { dayMonth, monthDay } from './parsers/monthDay';
import { isoDate, slashDate } from './parsers/numericDate';
import { holiday } from './parsers/holiday';
import { quarterLatest, quarterOrdinal, yearAgoAdjective } from './parsers/quarter';
import { dayRange } from './parsers/range';
import { refs } from './parsers/refs';
import { midDay, partOfToday, relativeDay } from './parsers/relativeDay';
import { relativeUnit, theUnit } from './parsers/relativeUnit';
import { season } from './parsers/season';
import { everyUnit, pluralWeekday, rate, setAdverb } from './parsers/sets';
import { clockTime } from './parsers/time';
import { weekday } from './parsers/weekday';
import { year } from './parsers/year';
import { yearRange } from './parsers/yearRange';
import { yearWords } from './parsers/yearWords';
import { tenseAt } from './tense';

export const en: Locale = {
  lang: 'en',
  weekdayIsToday: true,
  parsers: [
    dayRange,
    clockTime,
    isoDate,
    slashDate,
    monthDay,
    dayMonth,
    month,
    holiday,
    quarterOrdinal,
    quarterLatest,
    yearAgoAdjective,
    decade,
    century,
    season,
    yearRange,
    year,
    yearWords,
    relativeDay,
    partOfToday,
    midDay,
    weekday,
    relativeUnit,
    theUnit,
    anchoredUnit,
    ago,
    duration,
    bareUnits,
    unitsAhead,
    unitLong,
    everyUnit,
    setAdverb,
    pluralWeekday,
    rate,
    refs,
  ],
  tenseAt,
  // "from Monday to Friday", "between 2019 and 2021", "April 21-24": the second date closes the range.
  rangeBefore: /(?:from|between|since)[\s\u00a0\u202f]*$/iu,
  rangeGap: /^[\s\u00a0\u202f]*(?:to|through|until|till|and|-|–|—)[\s\u00a0\u202f]*$/iu,
  // "On Tuesday, he called for a truce starting Thursday" → the Thursday after that Tuesday. Not "from",
  // "until" or "as of": "up from Friday's level", "Until Thursday, they had not…" look back.
  forwardCue: /(?:starting|beginning)[\s\u00a0\u202f]+(?:on[\s\u00a0\u202f]+)?$/iu,
  // "a four-day truce starting Thursday" → the duration runs from that Thursday.
  durationStartGap:
    /^[\s\u00a0\u202f,]*(?:starting|beginning|from|as[\s\u00a0]+of)[\s\u00a0\u202f]+(?:on[\s\u00a0\u202f]+)?$/iu,
};
