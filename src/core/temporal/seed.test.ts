// The product's own example (shared/seed): every dated item of the Guterres article, DCT Fri 22 April 2022.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMentions } from './index';

const text = fs.readFileSync(
  new URL('../../../resources/sample/guterres-moscou.txt', import.meta.url),
  'utf8',
);
const mentions = extractMentions(text, { lang: 'fr', dct: '2022-04-22' });

/** [context, anchor inside it, accepted day intervals] as in shared/seed/expected.json. */
const ITEMS: [string, string, [string, string][]][] = [
  ['Moscou mardi pour', 'mardi', [['2022-04-26', '2022-04-26']]],
  ['Moscou mardi et rencontrera', 'mardi', [['2022-04-26', '2022-04-26']]],
  ['le 24 février', '24 février', [['2022-02-24', '2022-02-24']]],
  ['New York vendredi', 'vendredi', [['2022-04-22', '2022-04-22']]],
  ['a demandé mardi', 'mardi', [['2022-04-19', '2022-04-19']]],
  ['Mardi, António', 'Mardi', [['2022-04-19', '2022-04-19']]],
  [
    'à partir de jeudi',
    'jeudi',
    [
      ['2022-04-21', '2022-04-21'],
      ['2022-04-21', '2022-04-24'],
    ],
  ],
  ['M. Kaneko vendredi', 'vendredi', [['2022-04-22', '2022-04-22']]],
  ['depuis 1945', '1945', [['1945-01-01', '1945-12-31']]],
  ['le pays aujourd’hui', 'aujourd’hui', [['2022-04-22', '2022-04-22']]],
];

describe('the seed article (Guterres to Moscow, published Fri 22 Apr 2022)', () => {
  it.each(ITEMS)('dates « %s » right', (context, anchor, accept) => {
    const at = text.indexOf(context);
    expect(at).toBeGreaterThanOrEqual(0);
    const anchorAt = at + context.indexOf(anchor);
    const m = mentions.find((x) => x.start <= anchorAt && x.end >= anchorAt + anchor.length);
    expect(m, `no mention over « ${anchor} »`).toBeDefined();
    expect(accept).toContainEqual([m!.interval?.start, m!.interval?.end]);
  });

  it('anchors the four-day pause on that Thursday: Thu 21 → Sun 24 Apr', () => {
    const pause = mentions.find((m) => m.text === 'quatre jours');
    expect(pause?.value).toBe('P4D');
    expect(pause?.anchoredInterval).toEqual({ start: '2022-04-21', end: '2022-04-24' });
  });

  it('keeps the other reading of a tense-resolved weekday', () => {
    const asked = mentions.find((m) => m.start === text.indexOf('a demandé mardi') + 'a demandé '.length);
    expect(asked?.alternative?.value).toBe('2022-04-26');
    expect(asked?.explanation).toMatch(/past tense « a demandé »/);
  });

  it('gives every mention exact offsets into the text', () => {
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds nothing in « 12 millions »', () => {
    expect(mentions.some((m) => m.text.includes('12'))).toBe(false);
  });
});
