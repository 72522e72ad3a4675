// « le 24 février », « le jeudi 7 novembre », « 1er mars 2015 », « le 6 mai dernier », « 13 avril prochains ».
// French TimeBank keeps the article « le » inside the extent but not « du » / « au » (« du 30 mai »).

import { lookup, rule } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { MONTHS_FULL as EN_MONTHS_FULL } from '../../en/constants';
import { MONTH_FULL as EN_MONTH_FULL } from '../../en/patterns';
import { MONTHS, WEEKDAYS } from '../constants';
import { DAY, DIRECTION, dayNumber, MONTH, SP, WEEKDAY, YEAR_AFTER, yearAndDirection } from '../patterns';

export const dateAbsolute: Parser = {
  name: 'fr/date-absolute',
  pattern: rule(
    `(?:(?:le|ce)${SP})?(?:(?<weekday>${WEEKDAY})${SP})?(?<day>${DAY})${SP}(?<month>${MONTH})` +
      `(?:${SP}(?<year>${YEAR_AFTER}))?(?:${SP}(?<dir>${DIRECTION}))?`,
  ),
  extract(match) {
    const g = match.groups ?? {};
    const month = lookup(MONTHS, g.month);
    if (month === undefined) return null;
    const reading: Reading = { type: 'DATE', month, day: dayNumber(g.day) };
    const weekday = lookup(WEEKDAYS, g.weekday);
    if (weekday !== undefined) reading.weekday = weekday;
    Object.assign(reading, yearAndDirection(g));
    return reading;
  },
};

// A page's own date line in English inside a French article (« November 20, 2024 », « April 5, 2020 »): sites
// built on English templates write them so. Only the full form, month name, day and year, is read.
export const englishDate: Parser = {
  name: 'fr/english-date',
  pattern: rule(
    `(?<month>${EN_MONTH_FULL})${SP}(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?${SP}(?<year>\\d{4})`,
  ),
  extract(match) {
    const g = match.groups ?? {};
    const month = lookup(EN_MONTHS_FULL, g.month);
    if (month === undefined) return null;
    return { type: 'DATE', year: Number(g.year), month, day: Number(g.day) };
  },
};
