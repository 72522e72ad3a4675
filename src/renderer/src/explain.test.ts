// Explanations as data: the English table writes exactly the engine's English line for every mention of both
// corpora and the real-article set, so the French table is fed the same facts; and the French line is French.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../core/temporal/index';
import { parseExample, type LocaleCorpus } from '../../core/temporal/corpus';
import { corpus as enCorpus } from '../../core/temporal/locales/en/corpus';
import { corpus as frCorpus } from '../../core/temporal/locales/fr/corpus';
import type { Explain, Lang, Mention } from '../../shared/timeline';
import { explainIn, writeExplain } from './explain';

// The real-article set, read by Vite at test time (this file runs under the web tsconfig: no node:fs).
const REAL = import.meta.glob<string>('../../../eval/real/*/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const CORPORA: Record<Lang, LocaleCorpus> = { en: enCorpus, fr: frCorpus };

function corpusTexts(lang: Lang): string[] {
  const corpus = CORPORA[lang];
  return [
    ...corpus.groups.flatMap((g) => g.texts.map((t) => parseExample(t).text)),
    ...corpus.negatives.map((t) => parseExample(t).text),
  ];
}

function realTexts(lang: Lang): string[] {
  return Object.entries(REAL)
    .filter(([file]) => file.includes(`/eval/real/${lang}/`))
    .map(([, text]) => text);
}

function mentionsOf(lang: Lang, texts: string[]): Mention[] {
  // With a publication date, without one, and with one on another weekday and season.
  return ['2022-04-22', null, '2023-12-31'].flatMap((dct) =>
    texts.flatMap((text) => extractMentions(text, { lang, dct })),
  );
}

function keys(e: Explain | undefined, out: Set<string>): Set<string> {
  if (!e) return out;
  out.add(e.key);
  for (const v of Object.values(e.args ?? {})) if (typeof v === 'object') keys(v, out);
  return out;
}

describe.each(['fr', 'en'] as Lang[])('explanations of the %s engine', (lang) => {
  it('carry data that writes the English line word for word, for mentions and their other readings', () => {
    expect(realTexts(lang).length).toBeGreaterThan(20);
    const texts = [...corpusTexts(lang), ...realTexts(lang)];
    const mentions = mentionsOf(lang, texts);
    expect(mentions.length).toBeGreaterThan(500);
    const wrong: string[] = [];
    for (const m of mentions) {
      for (const e of [m, m.alternative].filter((x) => x !== undefined)) {
        const en = writeExplain(e.explain, 'en');
        if (en !== e.explanation) wrong.push(`« ${m.text} »: ${e.explanation}\n   ≠ ${en}`);
      }
    }
    expect(wrong.slice(0, 10).join('\n')).toBe('');
  });

  it('are written in French from the same data, with no English sentence left', () => {
    const mentions = mentionsOf(lang, [...corpusTexts(lang), ...realTexts(lang)]);
    const seen = new Set<string>();
    for (const m of mentions) {
      keys(m.explain, seen);
      const fr = writeExplain(m.explain, 'fr');
      expect(fr, m.explanation).not.toBeNull();
      // Quoted words of the article and TIMEX3 values aside, no English word of the engine's lines.
      const unquoted = fr!.replace(/«[^»]*»/g, '').replace(/\b[\dXWTQHSPUFAIEMO_:-]+\b/g, '');
      expect(unquoted, fr!).not.toMatch(/\b(the|tense|before|after|as written|year|publication date|of)\b/);
    }
    expect(seen.size).toBeGreaterThan(30);
  });
});

describe('the details panel’s explanation', () => {
  const m = extractMentions('Il se rendra à Moscou mardi.', { lang: 'fr', dct: '2022-04-22' })[0];

  it('follows the interface language', () => {
    expect(explainIn(m, 'en')).toBe('future tense « se rendra » → next Tuesday after Fri 22 Apr 2022');
    expect(explainIn(m, 'fr')).toBe(
      'verbe au futur « se rendra » → le mardi suivant, après ven. 22 avr. 2022',
    );
  });

  it('falls back to the English line for data it does not know (a file from another version)', () => {
    expect(explainIn({ explanation: 'x', explain: { key: 'no-such-key' } }, 'fr')).toBe('x');
    expect(explainIn({ explanation: 'y' }, 'fr')).toBe('y');
    expect(explainIn({ explanation: 'z', explain: { key: 'month', args: { month: 13 } } }, 'fr')).toBe('z');
  });
});
