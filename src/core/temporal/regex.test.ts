import { describe, expect, it } from 'vitest';
import { alternation, lookup, normWord, rule, SP } from './regex';

describe('alternation', () => {
  it('tries the longest word first so « quatre-vingt » is not cut to « quatre »', () => {
    const re = rule(alternation(['quatre', 'quatre-vingt', 'vingt']));
    expect('quatre-vingt'.match(re)).toEqual(['quatre-vingt']);
  });
  it('accepts both apostrophes and no-break spaces', () => {
    const re = rule(alternation(["aujourd'hui", 'pour le moment']));
    expect(re.test('aujourd’hui')).toBe(true);
    re.lastIndex = 0;
    expect(re.test('pour\u00a0le\u202fmoment')).toBe(true);
  });
  it('escapes regex characters in words', () => {
    expect(alternation(['a.b'])).toBe('(?:a\\.b)');
  });
});

describe('rule', () => {
  it('matches whole words only, accents included', () => {
    const re = rule('été');
    expect('fêtée'.match(re)).toBeNull();
    expect('l’été dernier'.match(re)).toEqual(['été']);
  });
  it('is global and case-insensitive', () => {
    expect('Été et été'.match(rule('été'))).toEqual(['Été', 'été']);
  });
  it('does not match digits inside longer numbers', () => {
    expect('123 45'.match(rule(`\\d{2}${SP}\\d{2}`))).toBeNull();
  });
});

describe('lookup', () => {
  it('finds a word whatever its case, apostrophe and spacing', () => {
    expect(lookup({ "l'an": 1 }, 'L’An')).toBe(1);
    expect(normWord('A\u00a0B')).toBe('a b');
    expect(lookup({ a: 1 }, 'constructor')).toBeUndefined();
  });
});
