// Every pattern runs in linear time: hostile inputs (1 MB of digits, of repeated month names, 100k spaces) must
// finish quickly. Only the results are asserted; a catastrophic regex would make this test time out.
import { describe, expect, it } from 'vitest';
import { extractMentions } from './index';
import { fr } from './locales/fr';
import { parseMentions } from './pipeline';

const DCT = '2022-04-22';

describe('the French locale on hostile input', () => {
  it('reads 1 MB of digits without hanging', () => {
    expect(extractMentions('1'.repeat(1_000_000), { lang: 'fr', dct: DCT })).toEqual([]);
  });
  it('reads 100k spaces between a number word and its unit', () => {
    const text = `quatre${' '.repeat(100_000)}jours ${'\u00a0'.repeat(100_000)}le`;
    expect(extractMentions(text, { lang: 'fr', dct: DCT }).map((m) => m.value)).toEqual(['P4D']);
  });
  it('parses 1 MB of repeated month names, one mention each', () => {
    expect(parseMentions('mars '.repeat(200_000), fr)).toHaveLength(200_000);
  });
  it('parses 1 MB of chained number words and dates without a unit', () => {
    expect(parseMentions('vingt-'.repeat(170_000), fr)).toEqual([]);
    expect(parseMentions('le 12 mars '.repeat(90_000), fr)).toHaveLength(90_000);
  });
  it('resolves 100 kB of month names end to end', () => {
    expect(extractMentions('mars '.repeat(20_000), { lang: 'fr', dct: DCT })).toHaveLength(20_000);
  });
  it('reads repeated day fragments, slashes and articles', () => {
    const text = '12 '.repeat(50_000) + '12/'.repeat(50_000) + 'le le le '.repeat(20_000);
    expect(extractMentions(text, { lang: 'fr', dct: DCT })).toEqual([]);
  });
});
