// Date-dense text costs work in proportion to its size. Work is counted, not timed: every element an array
// search walks (find, filter, some, every, findIndex, reduce: the array's length, an upper bound) and every
// character `slice` copies, while an article becomes its timeline. Four times the text must cost about four
// times the work; a search of all sentences or all mentions for each date (what a 5 000-line chronology
// once did) makes it sixteen.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDocument } from '../document';
import type { Lang } from '../../shared/timeline';

const MONTHS_EN = 'January February March April May June July August September October November December';
const MONTHS_FR = 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre';

function day(i: number): { d: number; m: number; y: number } {
  const t = new Date(Date.UTC(1990, 0, 1) + i * 3 * 86_400_000);
  return { d: t.getUTCDate(), m: t.getUTCMonth(), y: t.getUTCFullYear() };
}

const INPUTS: Record<string, { lang: Lang; line: (i: number) => string; sep: string }> = {
  'a chronology of dated lines (en)': {
    lang: 'en',
    sep: '\n',
    line: (i) => {
      const { d, m, y } = day(i);
      return `${MONTHS_EN.split(' ')[m]} ${d}, ${y}: The council approved budget number ${i}.`;
    },
  },
  'a chronology of dated lines (fr)': {
    lang: 'fr',
    sep: '\n',
    line: (i) => {
      const { d, m, y } = day(i);
      return `${d} ${MONTHS_FR.split(' ')[m]} ${y} : le conseil a voté le budget numéro ${i}.`;
    },
  },
  'one paragraph of "N days ago" (en)': {
    lang: 'en',
    sep: ' ',
    line: (i) => `The minister said ${(i % 30) + 2} days ago that plan ${i} was ready.`,
  },
  'one paragraph of « il y a N jours » (fr)': {
    lang: 'fr',
    sep: ' ',
    line: (i) => `Le ministre a déclaré il y a ${(i % 30) + 2} jours que le plan ${i} était prêt.`,
  },
  // No full stop at all: one "sentence" of thousands of dates (generated pages, broken extractions).
  'weekday names with no full stop (en)': {
    lang: 'en',
    sep: ' ',
    line: (i) => ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][i % 7],
  },
  '"N days ago" with no full stop (en)': {
    lang: 'en',
    sep: ' ',
    line: (i) => `${(i % 30) + 2} days ago,`,
  },
  // The other generated hostile texts of `npm run bench -- hostile`: names repeated with no sentence around them.
  'month names (fr)': {
    lang: 'fr',
    sep: ' ',
    line: (i) => MONTHS_FR.split(' ')[i % 12],
  },
  'season names (en)': {
    lang: 'en',
    sep: ' ',
    line: (i) => ['spring', 'summer', 'autumn', 'winter'][i % 4],
  },
  'hyphenated weekdays (fr)': {
    lang: 'fr',
    sep: ' ',
    line: (i) => (i % 2 ? 'lundi-mardi-mercredi' : 'jeudi-vendredi-samedi'),
  },
  // The same day told a thousand times in one-line sentences with no words to compare.
  'short lines on one day (fr)': {
    lang: 'fr',
    sep: '\n',
    line: () => 'Le 3 mars.\nOui.',
  },
  '« il y a N jours » sans point (fr)': {
    lang: 'fr',
    sep: ' ',
    line: (i) => `il y a ${(i % 30) + 2} jours,`,
  },
};

const SEARCHES = ['find', 'filter', 'some', 'every', 'findIndex', 'reduce'] as const;

function workOf(run: () => void): number {
  let work = 0;
  const spies = SEARCHES.map((name) => {
    const original = Array.prototype[name] as (...args: unknown[]) => unknown;
    return vi.spyOn(Array.prototype, name).mockImplementation(function (this: unknown[], ...args: unknown[]) {
      work += this.length;
      return original.apply(this, args);
    });
  });
  const slice = String.prototype.slice;
  const sliceSpy = vi.spyOn(String.prototype, 'slice').mockImplementation(function (this: string, ...args) {
    const out = slice.apply(this, args);
    work += out.length;
    return out;
  });
  try {
    run();
  } finally {
    for (const s of spies) s.mockRestore();
    sliceSpy.mockRestore();
  }
  return work;
}

afterEach(() => vi.restoreAllMocks());

describe('work on date-dense text grows linearly', () => {
  for (const [name, { lang, line, sep }] of Object.entries(INPUTS)) {
    it(`${name}: 4× the lines, at most about 4× the work`, () => {
      const text = (n: number) => Array.from({ length: n }, (_, i) => line(i)).join(sep);
      let events = 0;
      const build = (n: number) =>
        workOf(() => {
          const doc = buildDocument(
            {
              path: 'dense.txt',
              text: text(n),
              title: null,
              format: 'txt',
              encoding: 'UTF-8',
              dct: '2022-04-22',
              dctSource: 'option',
            },
            { lang, dct: '2022-04-22' },
          );
          events = doc.events.length;
        });
      const small = build(250);
      expect(events).toBeGreaterThan(0);
      const large = build(1000);
      expect(events).toBeGreaterThan(0);
      expect(large / small).toBeLessThan(5);
    });
  }
  it('lines of ten thousand columns (en): 4× the lines, at most about 4× the work', () => {
    const line = (i: number) => `On Monday the council voted on plan ${i}, `.repeat(250).slice(0, 10_000);
    const build = (n: number) =>
      workOf(() => {
        const text = Array.from({ length: n }, (_, i) => line(i)).join('\n');
        const doc = buildDocument(
          { path: 'wide.txt', text, title: null, dct: '2022-04-22', dctSource: 'option' },
          { lang: 'en', dct: '2022-04-22' },
        );
        expect(doc.events.length).toBeGreaterThan(0);
      });
    expect(build(20) / build(5)).toBeLessThan(5);
  });
});
