import { describe, expect, it } from 'vitest';
import { headingStarts, lineAt } from './lines';

describe('lines', () => {
  it('finds the line holding an offset, first and last lines included', () => {
    const t = 'one\ntwo words\n\nlast';
    expect(lineAt(t, 0)).toEqual({ start: 0, end: 3 });
    expect(lineAt(t, 3)).toEqual({ start: 0, end: 3 });
    expect(lineAt(t, 6)).toEqual({ start: 4, end: 13 });
    expect(lineAt(t, 14)).toEqual({ start: 14, end: 14 });
    expect(lineAt(t, 17)).toEqual({ start: 15, end: 19 });
  });
  it('takes a line of dates and punctuation as a heading, not a line with words', () => {
    const t = 'JAN. 10, 2013\nOn Jan. 11, 2013 she left.';
    const spans = [
      { start: 0, end: 13 },
      { start: t.indexOf('Jan. 11'), end: t.indexOf('Jan. 11') + 13 },
    ];
    expect([...headingStarts(t, spans)]).toEqual([0]);
  });
});
