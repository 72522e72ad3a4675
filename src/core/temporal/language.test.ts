import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it('recognises French news', () => {
    expect(
      detectLanguage('Le Secrétaire général se rendra à Moscou mardi et rencontrera le président russe.'),
    ).toBe('fr');
  });
  it('recognises English news', () => {
    expect(
      detectLanguage(
        'The Secretary-General will travel to Moscow on Tuesday and meet the Russian president.',
      ),
    ).toBe('en');
  });
  it('handles typographic apostrophes', () => {
    expect(detectLanguage('L’invasion de l’Ukraine a tué des milliers de personnes depuis février.')).toBe(
      'fr',
    );
  });
  it('falls back to English on empty text', () => {
    expect(detectLanguage('')).toBe('en');
  });
});
