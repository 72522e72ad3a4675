import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not end a sentence on French and English titles', () => {
    expect(split('M. Guterres a parlé. Mme Kaneko aussi.')).toEqual([
      'M. Guterres a parlé.',
      'Mme Kaneko aussi.',
    ]);
    expect(split('Mr. Smith met U.S. officials. He left.')).toEqual([
      'Mr. Smith met U.S. officials.',
      'He left.',
    ]);
  });
  it('keeps a quotation and its reporting tail together', () => {
    const t = '« Il espère la paix. Vite. », a déclaré Mme Kaneko. Puis rien.';
    expect(split(t)).toEqual(['« Il espère la paix. Vite. », a déclaré Mme Kaneko.', 'Puis rien.']);
  });
  it('ends headlines and paragraphs at line breaks', () => {
    expect(split('Titre sans point\n\nCorps du texte.')).toEqual(['Titre sans point', 'Corps du texte.']);
  });
  it('returns offsets into the original text', () => {
    const t = '  Un.  Deux.';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end).trim()).toBe(t.slice(s.start, s.end));
  });
});
