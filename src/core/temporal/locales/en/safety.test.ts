// Hostile input runs in linear time: a catastrophic pattern (nested quantifiers, look-behinds over long
// whitespace runs, unbounded clause scans in the tense reader) would make these tests time out.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../index';

const read = (text: string) => extractMentions(text, { lang: 'en', dct: '2022-04-22' });

describe('the English locale on hostile input', () => {
  it('reads 1 MB of digits and finds nothing', () => {
    expect(read('1'.repeat(1_000_000))).toEqual([]);
  });
  it('reads a number and a unit 1 MB of spaces apart as one duration', () => {
    expect(read(`three${' '.repeat(1_000_000)}weeks`).map((m) => m.value)).toEqual(['P3W']);
  });
  it('reads 1 MB of number words, month names and articles without a match', () => {
    expect(read('twenty '.repeat(150_000))).toEqual([]);
    expect(read('the last '.repeat(110_000))).toEqual([]);
    expect(read('fiscal '.repeat(140_000))).toEqual([]);
  });
  it('reads slashes, colons and -ed words without hanging', () => {
    expect(read('12/'.repeat(330_000)).length).toBeLessThan(2);
    expect(read('10:'.repeat(330_000))).toEqual([]);
    expect(read(`${'walked '.repeat(140_000)}Friday`).map((m) => m.text)).toEqual(['Friday']);
  });
});
