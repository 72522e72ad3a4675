import { describe, expect, it } from 'vitest';
import { extractMentions } from './index';
import { fr } from './locales/fr';
import { parseMentions } from './pipeline';

const DCT = '2022-04-22'; // Friday
const run = (text: string, dct: string | null = DCT) => extractMentions(text, { lang: 'fr', dct });

describe('parsing', () => {
  it('keeps the longest of overlapping matches: « le jeudi 7 novembre » over « jeudi »', () => {
    expect(parseMentions('Il viendra le jeudi 7 novembre.', fr).map((m) => m.rule)).toEqual([
      'fr/date-absolute',
    ]);
  });
  it('matches on the original text, so offsets hold with ’ and no-break spaces', () => {
    const text = 'Aujourd’hui\u00a0: la pause de quatre\u202fjours.';
    for (const m of run(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(run(text).map((m) => m.text)).toEqual(['Aujourd’hui', 'quatre\u202fjours']);
  });
});

describe('refiners', () => {
  it('merge a day and a following part of day into one TIME: « mardi soir »', () => {
    const [m] = run('Il a parlé mardi soir.');
    expect([m.text, m.type, m.value, m.rule]).toEqual([
      'mardi soir',
      'TIME',
      '2022-04-19TEV',
      'fr/weekday+fr/part-of-day',
    ]);
  });
  it('link the two ends of a range: « du 3 au 9 juin »', () => {
    const [a, b] = run('Le festival aura lieu du 3 au 9 juin.');
    expect([a.text, a.value, a.rangeWith]).toEqual(['3', '2022-06-03', b.id]);
    expect([b.text, b.value, b.rangeWith]).toEqual(['9 juin', '2022-06-09', a.id]);
  });
  it('link years of « entre 2019 et 2021 »', () => {
    const [a, b] = run('Il a vécu à Paris entre 2019 et 2021.');
    expect(a.rangeWith).toBe(b.id);
  });
  it('anchor a duration on the day it starts from: « quatre jours, à partir de jeudi » → Thu 21 to Sun 24', () => {
    const ms = run('Mardi, il a appelé à une pause de quatre jours, à partir de jeudi.');
    const pause = ms.find((m) => m.type === 'DURATION');
    expect(pause?.anchoredInterval).toEqual({ start: '2022-04-21', end: '2022-04-24' });
    expect(pause?.interval).toBeNull();
  });
});

describe('context dates', () => {
  it('« depuis 1945 » keeps 1945 and says it starts a period up to now', () => {
    const [m] = run('la plus grande attaque depuis 1945');
    expect(m.value).toBe('1945');
    expect(m.explanation).toBe(
      'the year 1945; « depuis »: start of a period up to the publication date (context)',
    );
  });
});

describe('without a publication date', () => {
  it('keeps X placeholders and null intervals for relative expressions, never a guess', () => {
    const ms = run('Il viendra mardi, le 24 février, et il est parti hier.', null);
    expect(ms.map((m) => [m.value, m.interval])).toEqual([
      ['XXXX-WXX-2', null],
      ['XXXX-02-24', null],
      ['XXXX-XX-XX', null],
    ]);
  });
  it('still places absolute dates', () => {
    expect(run('Il est né le 3 mars 1950.', null)[0].interval).toEqual({
      start: '1950-03-03',
      end: '1950-03-03',
    });
  });
});

describe('explanations', () => {
  it('say which anchor, which rule and which tense', () => {
    const [m] = run('Guterres se rendra à Moscou mardi.');
    expect(m.explanation).toBe('future tense « se rendra » → next Tuesday after Fri 22 Apr 2022');
    expect(m.rule).toBe('fr/weekday');
    expect(m.precision).toBe('day');
  });
});

describe('the day and year the text is telling', () => {
  const en = (text: string, dct: string) => extractMentions(text, { lang: 'en', dct });
  it('takes the story’s year for a year-less date in a narrative', () => {
    const t =
      'On September 1, 1939, Germany attacked Poland. By 1940 France had fallen. In April 1941 Greece was invaded. In June, the Axis attacked the Soviet Union.';
    const june = en(t, '2009-12-19').find((m) => m.text.startsWith('June'))!;
    expect(june.value).toBe('1941-06');
    expect(june.explanation).toContain('April 1941');
  });
  it('keeps counting from the publication date in news that mentions a past year once', () => {
    const t = 'The 2008 crisis is over. The company said in June that profits rose.';
    expect(en(t, '2014-09-10').find((m) => m.text.startsWith('June'))!.value).toBe('2014-06');
  });
  it('puts a bare time under a date heading on the heading’s day', () => {
    const t = 'DEC. 7, 2012\n\nShe says she was assaulted at 1:30 a.m. in an apartment.';
    const time = en(t, '2014-12-21').find((m) => m.text.includes('1:30'))!;
    expect(time.value).toBe('2012-12-07T01:30');
  });
});

describe('which way a weekday points', () => {
  const en = (text: string, dct: string) => extractMentions(text, { lang: 'en', dct })[0];
  it('reads a weekday named on that very day as today, whatever the tense', () => {
    expect(en('Crews will work Wednesday to contain the fire.', '2020-07-15').value).toBe('2020-07-15');
  });
  it('looks ahead from "ahead of", "until" and a postponement, even with a possessive', () => {
    expect(en("Players rested ahead of Friday's match.", '2020-06-16').value).toBe('2020-06-19');
    expect(en("The court may postpone Thursday's vote.", '2017-10-24').value).toBe('2017-10-26');
  });
  it('keeps a possessive weekday with no verb around it in the past', () => {
    expect(en("Thursday's closing price: 12 dollars.", '2020-06-16').value).toBe('2020-06-11');
  });
  it('reads « être » + participle as a present state in French, a passé composé only for « être » verbs', () => {
    expect(run('La Bourse de Paris est fermée mercredi.', '2024-05-06')[0].value).toBe('2024-05-08');
    expect(run('Il est arrivé mercredi à Paris.', '2024-05-06')[0].value).toBe('2024-05-01');
    expect(run('Il s’est rendu mercredi à Paris.', '2024-05-06')[0].value).toBe('2024-05-01');
  });
});

describe('anniversaries', () => {
  it('reads « il y a 50 ans jour pour jour » as that very day', () => {
    const [m] = run('C’était il y a 50 ans jour pour jour : trois astronautes décollaient.', '2019-07-16');
    expect(m.value).toBe('1969-07-16');
  });
  it('keeps a plain « il y a 50 ans » at the year', () => {
    expect(run('Il y a 50 ans, trois astronautes décollaient.', '2019-07-16')[0].value).toBe('1969');
  });
});

describe('the day being told', () => {
  it('places « en fin de journée », « plus tôt dans la journée » on the last day named', () => {
    const ms = run(
      'Mardi, les cérémonies ont eu lieu. En fin de journée, les noms ont été lus.',
      '2021-08-04',
    );
    expect(ms.map((m) => [m.text, m.value])).toEqual([
      ['Mardi', '2021-08-03'],
      ['En fin de journée', '2021-08-03'],
    ]);
    expect(run('Plus tôt dans la journée, la foule a marché.', '2021-08-04')[0].value).toBe('2021-08-04');
  });
  it('leaves « ce jour de fête » (a noun phrase) alone', () => {
    expect(run('Ce jour de fête est beau.', '2021-08-04')).toEqual([]);
  });
});

describe('the simple present of a schedule', () => {
  const en = (text: string, dct: string) => extractMentions(text, { lang: 'en', dct })[0];
  it('reads "the trial begins Monday" as the coming Monday', () => {
    expect(en('The trial begins Monday in Ocala.', '2006-07-07').value).toBe('2006-07-10');
    expect(en('The board meets on Wednesday.', '2006-07-07').value).toBe('2006-07-12');
  });
  it('keeps a plural noun from reading as a schedule: "the talks on Monday" after a past verb', () => {
    expect(en('Officials held the talks on Monday.', '2006-07-07').value).toBe('2006-07-03');
  });
});
