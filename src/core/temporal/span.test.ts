import { describe, expect, it } from 'vitest';
import { buildDocument } from '../document';
import { extractMentions } from './index';

const values = (text: string, lang: 'fr' | 'en', dct: string) =>
  extractMentions(text, { lang, dct }).map((m) => [m.text, m.interval?.start]);

describe('a weekday inside a stretch of days announced before it', () => {
  const fete =
    'La fête votive aura lieu les 12, 13 et 14 mai. Le vendredi à partir de 19 h 30, concours de belote. ' +
    'Le samedi à 14 heures, pétanque. Dimanche dès 8 heures, vide-grenier.';
  it('falls on that stretch, not on the week before the article', () => {
    expect(values(fete, 'fr', '2023-05-04')).toEqual([
      ['les 12', '2023-05-12'],
      ['13', '2023-05-13'],
      ['14 mai', '2023-05-14'],
      ['vendredi', '2023-05-12'],
      ['19 h 30', '2023-05-12'],
      ['samedi', '2023-05-13'],
      ['14 heures', '2023-05-13'],
      ['Dimanche', '2023-05-14'],
      ['8 heures', '2023-05-14'],
    ]);
  });
  it('says so in its explanation', () => {
    const m = extractMentions(fete, { lang: 'fr', dct: '2023-05-04' }).find((x) => x.text === 'vendredi');
    expect(m?.explanation).toMatch(/within « les 12, 13 et 14 mai »/);
    expect(m?.explain?.key).toBe('weekday.within');
  });
  it('keeps a weekday with its own direction word, and one outside the stretch, to the tense', () => {
    const t = 'Le festival se tiendra du 12 au 14 mai. Mardi dernier, la mairie a voté. Lundi, on démonte.';
    expect(values(t, 'fr', '2023-05-04')).toEqual([
      ['12', '2023-05-12'],
      ['14 mai', '2023-05-14'],
      ['Mardi dernier', '2023-05-02'],
      ['Lundi', '2023-05-01'],
    ]);
  });
  it('makes one event of a listed stretch, its label free of the list', () => {
    const doc = buildDocument(
      { text: fete, dct: null, dctSource: 'none', title: null, path: null },
      { dct: '2023-05-04', lang: 'fr' },
    );
    const first = doc.events.find((e) => e.start === '2023-05-12' && e.end === '2023-05-14');
    expect(first?.label).toBe('La fête votive aura lieu');
  });
});

describe('the year of a news story told from the past', () => {
  it('carries from a full date to the days of the same episode just after it', () => {
    const t =
      'C’était il y a 50 ans : le 16 juillet 1969, trois astronautes décollaient pour la Lune. ' +
      'Le 16 juillet à 9h32, Armstrong décolle. Le 21 juillet, Armstrong devenait le premier homme sur la Lune.';
    expect(values(t, 'fr', '2019-07-16').filter(([w]) => /juillet/.test(String(w)))).toEqual([
      ['le 16 juillet 1969', '1969-07-16'],
      ['Le 16 juillet', '1969-07-16'],
      ['Le 21 juillet', '1969-07-21'],
    ]);
  });
  it('stops once the text dates something from the publication day again, and never takes a bare month', () => {
    const back =
      'Le 16 juillet 1969, ils décollaient. Hier, la NASA a fêté cela. Le 21 juillet, un gala aura lieu.';
    expect(values(back, 'fr', '2019-07-16').at(-1)).toEqual(['Le 21 juillet', '2019-07-21']);
    const month = 'He was convicted on Nov. 3, 2013 of fraud. The ward was handed over in December.';
    expect(values(month, 'en', '2014-12-20').at(-1)).toEqual(['December', '2014-12-01']);
  });
});
