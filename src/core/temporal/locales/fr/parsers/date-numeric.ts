// Numeric dates: « 22/04/2022 », « 22.04.22 », ISO « 2022-04-22 ». Day first, as written in French.

import { rule } from '../../../regex';
import type { Parser } from '../../../types';

export const dateNumeric: Parser = {
  name: 'fr/date-numeric',
  // Not inside a longer dotted or slashed run: « 06.12.34.56.78 » is a phone number.
  pattern: rule(
    '(?<![\\d][./])(?:(?<day>[012]?\\d|3[01])(?<sep>[/.])(?<month>0?[1-9]|1[0-2])\\k<sep>(?<year>\\d{4}|\\d{2})' +
      '|(?<isoYear>\\d{4})-(?<isoMonth>0[1-9]|1[0-2])-(?<isoDay>[012]\\d|3[01]))(?![./-]\\d)',
  ),
  extract(match) {
    const g = match.groups ?? {};
    if (g.isoYear)
      return { type: 'DATE', year: Number(g.isoYear), month: Number(g.isoMonth), day: Number(g.isoDay) };
    const day = Number(g.day);
    if (day < 1) return null;
    const twoDigits = g.year.length === 2;
    return {
      type: 'DATE',
      year: Number(g.year),
      yearTwoDigits: twoDigits || undefined,
      month: Number(g.month),
      day,
    };
  },
};
