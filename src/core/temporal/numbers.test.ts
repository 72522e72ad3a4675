import { describe, expect, it } from 'vitest';
import { numberWordPattern, parseNumber } from './numbers';
import { FR_NUMBERS } from './locales/fr/constants';

describe('parseNumber with the French table', () => {
  it.each([
    ['quatre', 4],
    ['un', 1],
    ['une', 1],
    ['vingt-et-un', 21],
    ['vingt et un', 21],
    ['dix-huit', 18],
    ['soixante-dix', 70],
    ['quatre-vingt-dix-sept', 97],
    ['deux cents', 200],
    ['trois mille', 3000],
    ['24', 24],
    ['30,4', 30.4],
  ])('reads « %s » as %d', (words, value) => {
    expect(parseNumber(words, FR_NUMBERS)).toBe(value);
  });
  it('returns null for a word that is not a number', () => {
    expect(parseNumber('plusieurs', FR_NUMBERS)).toBeNull();
  });
});

describe('numberWordPattern', () => {
  it('matches a whole written number, longest first', () => {
    const re = new RegExp(numberWordPattern(FR_NUMBERS), 'iu');
    expect('pendant vingt-et-un jours'.match(re)?.[0]).toBe('vingt-et-un');
    expect('quatre-vingt-dix ans'.match(re)?.[0]).toBe('quatre-vingt-dix');
  });
});
