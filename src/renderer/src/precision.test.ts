import { describe, expect, it } from 'vitest';
import { formatPeriod, periodInterval, periodOf, type Period } from './precision';

describe('a date at the precision the text gave', () => {
  it('reads the period back from the event’s days and writes it in both languages', () => {
    const cases: [string, string, Parameters<typeof periodOf>[2], string, string][] = [
      ['1945-01-01', '1945-12-31', 'year', '1945', '1945'],
      ['2023-04-01', '2023-06-30', 'quarter', 'Q2 2023', '2e trimestre 2023'],
      ['2023-01-01', '2023-06-30', 'half', 'H1 2023', '1er semestre 2023'],
      ['2024-03-01', '2024-03-31', 'month', 'March 2024', 'mars 2024'],
      ['2024-02-01', '2024-02-29', 'month', 'February 2024', 'février 2024'],
      ['2023-03-20', '2023-06-20', 'season', 'spring 2023', 'printemps 2023'],
      ['2023-06-21', '2023-09-22', 'season', 'summer 2023', 'été 2023'],
      ['2022-12-21', '2023-03-19', 'season', 'winter 2022–23', 'hiver 2022–23'],
      ['1990-01-01', '1999-12-31', 'decade', 'the 1990s', 'années 1990'],
      ['1900-01-01', '1999-12-31', 'century', '20th century', 'XXe siècle'],
    ];
    for (const [start, end, precision, en, fr] of cases) {
      const p = periodOf(start, end, precision);
      expect(p, `${start}…${end}`).not.toBeNull();
      expect(formatPeriod(p!, 'en')).toBe(en);
      expect(formatPeriod(p!, 'fr')).toBe(fr);
      expect(periodInterval(p!)).toEqual({ start, end });
    }
  });

  it('shows the days when they are no longer the whole period (the user moved them) or the date is a day', () => {
    expect(periodOf('1945-05-08', '1945-12-31', 'year')).toBeNull();
    expect(periodOf('2023-04-01', '2023-06-29', 'quarter')).toBeNull();
    expect(periodOf('2022-04-26', '2022-04-26', 'day')).toBeNull();
    expect(periodOf('2022-04-26', '2022-04-26', undefined)).toBeNull();
  });

  it('gives the days of an edited period', () => {
    const q: Period = { kind: 'quarter', year: 2024, n: 4 };
    expect(periodInterval(q)).toEqual({ start: '2024-10-01', end: '2024-12-31' });
    expect(periodInterval({ kind: 'month', year: 2023, month: 2 })).toEqual({
      start: '2023-02-01',
      end: '2023-02-28',
    });
  });
});
