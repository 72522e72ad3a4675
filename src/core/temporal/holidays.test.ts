import { describe, expect, it } from 'vitest';
import { isoDay } from './calendar';
import { easterSunday, orthodoxEasterSunday } from './holidays';
import { extractMentions } from './index';

describe('the holiday calendar', () => {
  it('computes Western and Orthodox Easter for any year', () => {
    expect(['1969', '2019', '2022', '2024', '2038'].map((y) => isoDay(easterSunday(+y)))).toEqual([
      '1969-04-06',
      '2019-04-21',
      '2022-04-17',
      '2024-03-31',
      '2038-04-25',
    ]);
    expect([2021, 2022, 2023, 2024].map((y) => isoDay(orthodoxEasterSunday(y)))).toEqual([
      '2021-05-02',
      '2022-04-24',
      '2023-04-16',
      '2024-05-05',
    ]);
  });
  it('places French feasts from the tense or the direction word', () => {
    const fr = (t: string, dct: string) =>
      extractMentions(t, { lang: 'fr', dct }).map((m) => [m.text, m.value]);
    expect(fr('Une trêve pour la Pâque orthodoxe.', '2022-04-22')).toEqual([
      ['Pâque orthodoxe', '2022-04-24'],
    ]);
    expect(fr('La Bourse ferme pour l’Ascension.', '2024-05-06')).toEqual([['Ascension', '2024-05-09']]);
    expect(fr('Il reviendra à Pâques prochain.', '2022-04-22')).toEqual([['Pâques prochain', '2023-04-09']]);
    expect(fr('Le lundi de Pentecôte 2024 est travaillé.', '2022-04-22')).toEqual([
      ['lundi de Pentecôte 2024', '2024-05-20'],
    ]);
    expect(fr('Il viendra à Noël.', '2023-11-20')).toEqual([['Noël', '2023-12-25']]);
    expect(fr('Le marché de Noël ouvrira.', '2023-11-20')).toEqual([]);
  });
  it('places English feasts, weekday-fixed ones included', () => {
    const en = (t: string, dct: string) => extractMentions(t, { lang: 'en', dct }).map((m) => m.value);
    expect(en('We met last Easter.', '2024-05-06')).toEqual(['2024-03-31']);
    expect(en('Good Friday 2023 was quiet.', '2024-05-06')).toEqual(['2023-04-07']);
    expect(en('Black Friday sales will start early.', '2024-05-06')).toEqual(['2024-11-29']);
    expect(en('Markets close for the Early May Bank Holiday.', '2024-05-02')).toEqual(['2024-05-06']);
  });
  it('leaves lower-case words that only look like feasts alone', () => {
    expect(extractMentions('L’ascension du Mont-Blanc a duré.', { lang: 'fr', dct: '2024-05-06' })).toEqual(
      [],
    );
  });
});

describe('a feast inside a period', () => {
  it('joins the period it falls in rather than drawing an event of its own', async () => {
    const { buildDocument } = await import('../document');
    const text =
      'Le 19 avril, Guterres a appelé à une pause humanitaire de quatre jours, à partir de jeudi, dans le cadre de la Pâque orthodoxe.';
    const doc = buildDocument(
      { path: 'a.txt', title: null, text, dct: null, dctSource: 'none', format: 'txt' },
      { lang: 'fr', dct: '2022-04-22' },
    );
    const pause = doc.events.find((e) => e.label.includes('Pause'))!;
    expect([pause.start, pause.end]).toEqual(['2022-04-21', '2022-04-24']);
    expect(doc.events.some((e) => e.start === '2022-04-24' && e.end === '2022-04-24')).toBe(false);
  });
});
