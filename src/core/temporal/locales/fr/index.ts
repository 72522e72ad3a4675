// The French locale: parsers in priority order (on equal length the earlier wins), the tense reader,
// connector patterns for the refiners, and French TimeBank's value forms for decades and centuries.

import { holiday } from './parsers/holiday';
import { narratedDay } from './parsers/narrated-day';
import type { Locale } from '../../types';
import { ago } from './parsers/ago';
import { dateAbsolute, englishDate } from './parsers/date-absolute';
import { dateNumeric } from './parsers/date-numeric';
import { dateRange } from './parsers/date-range';
import { century, decade } from './parsers/decade-century';
import { duration } from './parsers/duration';
import { month } from './parsers/month';
import { partOfDay } from './parsers/part-of-day';
import { quarterHalf } from './parsers/quarter-half';
import { ref } from './parsers/ref';
import { chainedShift } from './parsers/chained-shift';
import { chainedDay, countdown, relativeDay, thisPartOfDay } from './parsers/relative-day';
import { relativeUnit } from './parsers/relative-unit';
import { season } from './parsers/season';
import { set } from './parsers/set';
import { time } from './parsers/time';
import { weekday } from './parsers/weekday';
import { year } from './parsers/year';
import { frenchTenseAt } from './tense';

export const fr: Locale = {
  lang: 'fr',
  weekdayIsToday: true,
  parsers: [
    dateRange,
    dateNumeric,
    dateAbsolute,
    englishDate,
    century,
    decade,
    quarterHalf,
    chainedShift,
    relativeUnit,
    season,
    holiday,
    narratedDay,
    month,
    ago,
    countdown,
    set,
    time,
    duration,
    year,
    chainedDay,
    thisPartOfDay,
    relativeDay,
    weekday,
    partOfDay,
    ref,
  ],
  tenseAt: frenchTenseAt,
  mergeGap: /^[\s\u00a0\u202f]+(?:en[\s\u00a0\u202f]+|dans[\s\u00a0\u202f]+)?$/u,
  rangeBefore: /(?:du|de|d['’]|entre|depuis)[\s\u00a0\u202f]*$/iu,
  rangeGap: /^[\s\u00a0\u202f]*(?:au|à|a|et|-|–|jusqu['’]au|jusqu['’]à)[\s\u00a0\u202f]*$/iu,
  forwardCue:
    /(?:à\s+partir\s+d[eu']|à\s+compter\s+d[eu']|dès|jusqu['’]à|jusqu['’]au|avant|d['’]ici)[\s\u00a0\u202f]*(?:le[\s\u00a0\u202f]+)?$/iu,
  sinceCue: /(?:depuis)[\s\u00a0\u202f]+(?:le[\s\u00a0\u202f]+|l['’])?$/iu,
  durationStartGap:
    /^[\s\u00a0\u202f,]*(?:à\s+partir\s+d[eu']|à\s+compter\s+d[eu']|dès)[\s\u00a0\u202f]*(?:le[\s\u00a0\u202f]+)?$/iu,
  valueStyle: { decade: 'YYYX', century: 'YYXX' },
};
