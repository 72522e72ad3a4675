// Every pattern runs in linear time: hostile inputs (1 MB of digits, repeated month names, 100k spaces) must
// finish quickly. Only the results are asserted; a catastrophic regex would make this test time out.
import { describe, expect, it } from 'vitest';
import { extractMentions } from './index';

describe('the French locale on hostile input', () => {
  it('reads 1 MB of digits without hanging', () => {
    const mentions = extractMentions('1'.repeat(1_000_000), { lang: 'fr', dct: '2022-04-22' });
    expect(mentions).toEqual([]);
  });
  it('reads 100k spaces between number words and units', () => {
    const text = `quatre${' '.repeat(100_000)}jours ${'\u00a0'.repeat(100_000)}le`;
    const mentions = extractMentions(text, { lang: 'fr', dct: '2022-04-22' });
    expect(mentions.map((m) => m.value)).toEqual(['P4D']);
  });
  it('reads 20k repeated month names and number words', () => {
    const mentions = extractMentions('mars '.repeat(20_000) + 'vingt-'.repeat(20_000), {
      lang: 'fr',
      dct: '2022-04-22',
    });
    expect(mentions.length).toBeGreaterThan(0);
  });
  it('reads repeated day-month fragments and slashes', () => {
    const text = '12 '.repeat(50_000) + '12/'.repeat(50_000) + 'le le le '.repeat(20_000);
    expect(Array.isArray(extractMentions(text, { lang: 'fr', dct: '2022-04-22' }))).toBe(true);
  });
});
