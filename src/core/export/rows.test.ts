import { describe, expect, it } from 'vitest';
import { exportDocument } from './__fixtures__/docs';
import { displayDate, exportRows, partsAt } from './rows';

describe('exportRows', () => {
  it('leaves hidden events out and sorts by date', () => {
    const rows = exportRows(exportDocument());
    expect(rows.map((r) => r.id)).toEqual(['e1', 'e6', 'e9', 'e4', 'e5', 'e7', 'e2', 'e3']);
  });
  it('gives the claim’s sentence on one line and the article’s file name as source', () => {
    const r = exportRows(exportDocument()).find((x) => x.id === 'e5')!;
    expect(r.sentence).toBe('From 3 to 9 June 2022 the dockers walked out.');
    expect(r.source).toBe('strike <&> "talks".txt');
  });
});

describe('partsAt and displayDate', () => {
  it('a year keeps its year, a quarter its months, a week its days', () => {
    expect(partsAt('1945-01-01', 'year')).toEqual({ year: 1945 });
    expect(partsAt('2025-04-01', 'quarter')).toEqual({ year: 2025, month: 4 });
    expect(partsAt('2022-04-25', 'week')).toEqual({ year: 2022, month: 4, day: 25 });
  });
  it('says the date as the text gave it, in both languages', () => {
    expect(displayDate('1945-01-01', '1945-12-31', 'year', 'fr')).toBe('1945');
    expect(displayDate('2024-03-01', '2024-03-31', 'month', 'fr')).toBe('mars 2024');
    expect(displayDate('2023-04-01', '2023-06-30', 'quarter', 'fr')).toBe('T2 2023');
    expect(displayDate('2023-04-01', '2023-06-30', 'quarter', 'en')).toBe('Q2 2023');
    expect(displayDate('2022-12-21', '2023-03-19', 'season', 'en')).toBe('winter 2022');
    expect(displayDate('1990-01-01', '1999-12-31', 'decade', 'fr')).toBe('années 1990');
    expect(displayDate('1901-01-01', '2000-12-31', 'century', 'fr')).toBe('XXe siècle');
    expect(displayDate('1901-01-01', '2000-12-31', 'century', 'en')).toBe('20th century');
    expect(displayDate('2022-05-01', '2022-05-01', 'day', 'fr')).toBe('1er mai 2022');
    expect(displayDate('2022-06-03', '2022-06-09', 'day', 'en')).toBe('June 3, 2022 – June 9, 2022');
  });
});
