// One test for every locale's corpus (locales/<lang>/corpus.ts, shape in corpus.ts): examples by value + negatives.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LocaleCorpus } from './corpus';
import { parseExample } from './corpus';
import { extractMentions } from './index';
import type { Lang } from './types';

const localesDir = path.join(path.dirname(new URL(import.meta.url).pathname), 'locales');
const langs = fs
  .readdirSync(localesDir)
  .filter((l) => fs.existsSync(path.join(localesDir, l, 'corpus.ts'))) as Lang[];

const corpora: [Lang, LocaleCorpus][] = [];
for (const lang of langs) {
  const mod = (await import(`./locales/${lang}/corpus.ts`)) as { corpus: LocaleCorpus };
  corpora.push([lang, mod.corpus]);
}

describe.each(corpora)('%s corpus', (lang, corpus) => {
  const cases = corpus.groups.flatMap((g) => g.texts.map((t) => [t, g] as const));
  it.each(cases)('« %s » → %o', (example, group) => {
    const { text, start, end } = parseExample(example);
    const mentions = extractMentions(text, { lang, dct: corpus.dct });
    const found = mentions.find((m) => m.start === start && m.end === end);
    expect(found, `mentions: ${JSON.stringify(mentions.map((m) => [m.text, m.value]))}`).toBeDefined();
    expect(found?.value).toBe(group.value);
    if (group.type) expect(found?.type).toBe(group.type);
    if (group.mod) expect(found?.mod).toBe(group.mod);
    if (group.interval !== undefined) {
      expect(found?.interval).toEqual(
        group.interval ? { start: group.interval[0], end: group.interval[1] } : null,
      );
    }
  });
  it.each(corpus.negatives)('finds no date in « %s »', (example) => {
    const { text, start, end } = parseExample(example);
    const allowed = example.includes('[') ? [[start, end]] : [];
    const mentions = extractMentions(text, { lang, dct: corpus.dct });
    const unexpected = mentions.filter((m) => !allowed.some(([s, e]) => m.start === s && m.end === e));
    expect(unexpected.map((m) => m.text)).toEqual([]);
  });
});
