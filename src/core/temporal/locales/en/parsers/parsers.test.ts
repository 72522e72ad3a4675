// Parser-level checks: position, text and reading, with no resolver involved.
import { describe, expect, it } from 'vitest';
import type { Parser } from '../../../types';
import { ago } from './ago';
import { duration } from './duration';
import { monthDay } from './monthDay';
import { quarterOrdinal } from './quarter';
import { dayRange } from './range';
import { year } from './year';

function first(parser: Parser, text: string) {
  parser.pattern.lastIndex = 0;
  for (let m = parser.pattern.exec(text); m; m = parser.pattern.exec(text)) {
    const r = parser.extract(m, text);
    if (r) return { at: m.index, text: m[0], reading: r };
  }
  return null;
}

describe('English parsers', () => {
  it('month-day reads the weekday, the day and a four-digit year', () => {
    expect(first(monthDay, 'on Monday, March 4, 2024 at noon')).toEqual({
      at: 3,
      text: 'Monday, March 4, 2024',
      reading: { type: 'DATE', weekday: 1, month: 3, day: 4, year: 2024 },
    });
  });
  it('month-day keeps the full stop of an abbreviation only', () => {
    expect(first(monthDay, 'on Sept. 15.')?.text).toBe('Sept. 15');
  });
  it('year rejects amounts and counts', () => {
    expect(first(year, 'The fund paid $1998 in fees.')).toBeNull();
    expect(first(year, 'Some 2000 troops were deployed.')).toBeNull();
    expect(first(year, 'He scored 1,998 points.')).toBeNull();
    expect(first(year, 'since 1945')?.reading).toEqual({ type: 'DATE', year: 1945 });
  });
  it('quarters read fiscal years and relative years', () => {
    expect(first(quarterOrdinal, "fiscal 1998's third quarter")?.reading).toEqual({
      type: 'DATE',
      quarter: 3,
      year: 1998,
    });
    expect(first(quarterOrdinal, "last year's fourth quarter")?.reading).toEqual({
      type: 'DATE',
      quarter: 4,
      yearShift: -1,
    });
  });
  it('durations read number words, vague amounts and hyphenated adjectives', () => {
    expect(first(duration, 'for twenty-one days')?.reading).toEqual({
      type: 'DURATION',
      duration: { unit: 'day', amount: 21 },
    });
    expect(first(duration, 'for several months')?.reading).toEqual({
      type: 'DURATION',
      duration: { unit: 'month', amount: null },
    });
    expect(first(duration, 'He is 52 years old.')).toBeNull();
  });
  it('"ago" counts from the publication date, "earlier" from the narrated date', () => {
    expect(first(ago, 'five years ago')?.reading).toEqual({
      type: 'DATE',
      shift: { unit: 'year', offset: -5 },
    });
    expect(first(ago, 'a year earlier')?.reading).toEqual({
      type: 'DATE',
      shift: { unit: 'year', offset: -1 },
      anchor: 'previous',
    });
  });
  it('a day range yields two readings with their own extents', () => {
    const r = first(dayRange, 'from April 21 to 24');
    expect(r?.reading).toEqual([
      { type: 'DATE', month: 4, day: 21, extent: { start: 5, end: 13 } },
      { type: 'DATE', day: 24, anchor: 'previous', extent: { start: 17, end: 19 } },
    ]);
  });
});
