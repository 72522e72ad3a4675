import { describe, expect, it } from 'vitest';
import type { Mention } from '../../shared/timeline';
import { SEED_MENTIONS, SEED_TEXT } from './__fixtures__/seed';
import { buildEvents } from './events';

const seed = () => buildEvents(SEED_TEXT, SEED_MENTIONS, { lang: 'fr', dct: '2022-04-22' });

function mention(
  text: string,
  anchor: string,
  value: string,
  extra: Partial<Mention> = {},
  nth = 0,
): Mention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(anchor, start + 1);
  return {
    id: `m${start}`,
    start,
    end: start + anchor.length,
    text: anchor,
    type: 'DATE',
    value,
    interval: { start: value, end: value },
    explanation: 'test',
    ...extra,
  };
}

describe('buildEvents on the seed article', () => {
  it('finds the expected events in date order', () => {
    expect(seed().map((e) => [e.start, e.end])).toEqual([
      ['1945-01-01', '1945-12-31'],
      ['2022-02-24', '2022-02-24'],
      ['2022-04-19', '2022-04-19'],
      ['2022-04-19', '2022-04-19'],
      ['2022-04-21', '2022-04-24'],
      ['2022-04-22', '2022-04-22'],
      ['2022-04-26', '2022-04-26'],
    ]);
  });
  it('tells the Moscow visit once, with the headline and the first paragraph as spans', () => {
    const visit = seed().find((e) => e.start === '2022-04-26')!;
    expect(visit.label).toBe('Antonio Guterres se rendra à Moscou pour rencontrer Poutine');
    expect(visit.status).toBe('planned');
    const told = visit.spans!.map((s) => SEED_TEXT.slice(s.start, s.end));
    expect(told[0]).toMatch(/^Antonio Guterres se rendra à Moscou mardi/u);
    expect(told[1]).toMatch(/^Le Secrétaire général des Nations Unies/u);
    expect(visit.mentions).toHaveLength(1);
    expect(visit.retoldMentions).toHaveLength(1);
  });
  it('makes the four-day pause one bar, demanded', () => {
    const pause = seed().find((e) => e.end === '2022-04-24')!;
    expect(pause.start).toBe('2022-04-21');
    expect(pause.status).toBe('demanded');
    expect(pause.label).toMatch(/^Pause humanitaire de quatre jours/u);
  });
  it('labels without the reporting tail and within 80 characters', () => {
    for (const e of seed()) {
      expect(e.label.length).toBeLessThanOrEqual(80);
      expect(e.label).not.toMatch(/porte-parole du chef/u);
    }
  });
  it('keeps each claim around its mentions', () => {
    const byId = new Map(SEED_MENTIONS.map((m) => [m.id, m]));
    for (const e of seed())
      for (const id of e.mentions) {
        const m = byId.get(id)!;
        expect(e.claim.start <= m.start && m.end <= e.claim.end).toBe(true);
      }
  });
  it('joins the undated future sentences that go on about the visit (Lavrov, the discussions)', () => {
    const visit = seed().find((e) => e.start === '2022-04-26')!;
    const told = visit.spans!.map((s) => SEED_TEXT.slice(s.start, s.end));
    expect(told.some((t) => t.includes('Sergei Lavrov'))).toBe(true);
    expect(told.some((t) => t.startsWith('Antonio Guterres poursuivra'))).toBe(true);
    expect(told.some((t) => t.includes('a déclaré'))).toBe(false);
  });
  it('dates the briefing from the reporting tail, as reported', () => {
    const briefing = seed().find((e) => e.start === '2022-04-22')!;
    expect(briefing.status).toBe('reported');
    expect(briefing.label).toMatch(/Kaneko/u);
  });
  it('makes no event from « aujourd’hui » in a present-tense claim', () => {
    expect(seed().some((e) => e.mentions.includes('m11'))).toBe(false);
  });
  it('reads the invasion as a past nominal event', () => {
    const inv = seed().find((e) => e.start === '2022-02-24')!;
    expect(inv.label).toBe('L’invasion de l’Ukraine');
    expect(inv.status).toBe('happened');
  });
});

describe('buildEvents', () => {
  it('makes no event from a bare duration, a set or an unplaceable mention', () => {
    const t = 'La grève a duré trois jours. Il part chaque mardi. Il reviendra un jour.';
    const ms: Mention[] = [
      mention(t, 'trois jours', 'P3D', { type: 'DURATION', interval: null }),
      mention(t, 'chaque mardi', 'XXXX-WXX-2', { type: 'SET', interval: null }),
      mention(t, 'un jour', 'FUTURE_REF', { interval: null }),
    ];
    expect(buildEvents(t, ms, { lang: 'fr', dct: '2022-04-22' })).toEqual([]);
  });
  it('joins a range given by rangeWith into one event', () => {
    const t = 'The festival runs from June 3 to June 9.';
    const a = mention(t, 'June 3', '2022-06-03');
    const b = mention(t, 'June 9', '2022-06-09');
    a.rangeWith = b.id;
    const [e, ...rest] = buildEvents(t, [a, b], { lang: 'en', dct: '2022-04-22' });
    expect(rest).toEqual([]);
    expect([e.start, e.end]).toEqual(['2022-06-03', '2022-06-09']);
  });
  it('cuts an English reporting tail and reads demands', () => {
    const t = 'Guterres called for a truce on Tuesday, a spokesman said.';
    const [e] = buildEvents(t, [mention(t, 'Tuesday', '2022-04-19')], { lang: 'en', dct: '2022-04-22' });
    expect(e.label).toBe('Guterres called for a truce');
    expect(e.status).toBe('demanded');
  });
  it('drops a leading date adverbial of any precision from the label', () => {
    const t = 'Last week, federal officials sought a deal.';
    const m = mention(t, 'Last week', '2022-W15', { interval: { start: '2022-04-11', end: '2022-04-17' } });
    const [e] = buildEvents(t, [m], { lang: 'en', dct: '2022-04-22' });
    expect(e.label).toBe('Federal officials sought a deal');
    expect(e.precision).toBe('week');
  });
  it('keeps a possessive date in the label', () => {
    const t = "The location for Friday's ceremony was chosen by Albright.";
    const [e] = buildEvents(t, [mention(t, 'Friday', '2022-04-22')], { lang: 'en', dct: '2022-04-22' });
    expect(e.label).toBe("The location for Friday's ceremony was chosen by Albright");
  });
  it('gives a second date in the same clause its own noun phrase', () => {
    const t =
      'On Tuesday, Guterres called for a four-day humanitarian pause starting on Thursday for Easter.';
    const ms = [mention(t, 'Tuesday', '2022-04-19'), mention(t, 'Thursday', '2022-04-21')];
    const [call, pause] = buildEvents(t, ms, { lang: 'en', dct: '2022-04-22' });
    expect(call.label).toBe('Guterres called for a four-day humanitarian pause for Easter');
    expect(pause.label).toBe('Four-day humanitarian pause');
    expect(pause.status).toBe('demanded');
    expect(t.slice(pause.claim.start, pause.claim.end)).toBe(
      'a four-day humanitarian pause starting on Thursday',
    );
  });
  it('dates the statement, not what it reports, when the date follows the reporting verb', () => {
    const t = 'Le porte-parole a déclaré mardi que la visite aura lieu jeudi.';
    const ms = [mention(t, 'mardi', '2022-04-19'), mention(t, 'jeudi', '2022-04-28')];
    const [said, visit] = buildEvents(t, ms, { lang: 'fr', dct: '2022-04-22' });
    expect(said.status).toBe('reported');
    expect(visit.status).toBe('planned');
    expect(visit.label).toBe('Visite aura lieu');
  });
  it('reads denials', () => {
    const t = 'Moscow denied on Monday that its forces targeted civilians.';
    const [e] = buildEvents(t, [mention(t, 'Monday', '2022-04-18')], { lang: 'en', dct: '2022-04-22' });
    expect(e.status).toBe('denied');
  });
  it('cuts long labels at a word boundary with an ellipsis', () => {
    const t = `Le ministre a annoncé lundi ${'une très longue série de mesures '.repeat(5)}pour les retraités.`;
    const [e] = buildEvents(t, [mention(t, 'lundi', '2022-04-18')], { lang: 'fr', dct: '2022-04-22' });
    expect(e.label.length).toBeLessThanOrEqual(80);
    expect(e.label.endsWith('…')).toBe(true);
    expect(e.label).not.toMatch(/\s…$/u);
  });
});

describe('the page layout around dates', () => {
  it('dates a chronology entry by the heading above it, labelled by its first sentence', () => {
    const t =
      'Timeline of the case\n\nJAN. 10, 2013\n\nThe woman identifies Winston as a suspect. An investigator calls.\n\nJAN. 15, 2013\n\nAll evidence is sent to the lab.';
    const ms = [mention(t, 'JAN. 10, 2013', '2013-01-10'), mention(t, 'JAN. 15, 2013', '2013-01-15')];
    const [a, b] = buildEvents(t, ms, { lang: 'en', dct: '2014-12-21' });
    expect(a.label).toBe('The woman identifies Winston as a suspect');
    expect(t.slice(a.claim.start, a.claim.end)).toContain('An investigator calls');
    expect(t.slice(a.claim.start, a.claim.end)).not.toContain('evidence');
    expect(b.label).toBe('All evidence is sent to the lab');
    expect(a.status).toBe('happened');
  });
  it('keeps a dated line with words in it as an ordinary sentence', () => {
    const t = 'On Jan. 10, 2013 the woman identified Winston.\n\nShe then left.';
    const [e] = buildEvents(t, [mention(t, 'Jan. 10, 2013', '2013-01-10')], {
      lang: 'en',
      dct: '2014-12-21',
    });
    expect(e.label).toBe('The woman identified Winston');
  });
  it('draws no event from the page’s own publication and update stamps', () => {
    const t = 'Publié le 12 mars 2023 à 09:38\nLa mairie a voté le budget lundi.';
    const ms = [mention(t, '12 mars 2023', '2023-03-12'), mention(t, 'lundi', '2023-03-06')];
    const events = buildEvents(t, ms, { lang: 'fr', dct: '2023-03-12' });
    expect(events.map((e) => e.label)).toEqual(['La mairie a voté le budget']);
    const en = 'Updated December 22 2014\nThe judge ruled on Sunday.';
    const ev = buildEvents(
      en,
      [mention(en, 'December 22 2014', '2014-12-22'), mention(en, 'Sunday', '2014-12-21')],
      {
        lang: 'en',
        dct: '2014-12-22',
      },
    );
    expect(ev.map((e) => e.start)).toEqual(['2014-12-21']);
  });
});

describe('labels without holes', () => {
  it('drops the little words a cut date leaves at the end', () => {
    const t = 'La morning note de Mirabaud - Update de 08:15.';
    const [e] = buildEvents(t, [mention(t, '08:15', '2015-11-20T08:15', { precision: 'time' })], {
      lang: 'fr',
      dct: '2015-11-20',
    });
    expect(e.label).toBe('La morning note de Mirabaud - Update');
  });
  it('takes the dateline off the start of a label', () => {
    const t = 'CHICAGO, (GLOBE NEWSWIRE) -- The Board declared a dividend on October 14.';
    const [e] = buildEvents(t, [mention(t, 'October 14', '2021-10-14')], { lang: 'en', dct: '2021-10-14' });
    expect(e.label).toBe('The Board declared a dividend');
  });
  it('takes a "CITY, State. —" dateline off too', () => {
    const t = 'STAGECOACH, Nev. — A medical transport plane broke apart on Feb. 24, officials said.';
    const [e] = buildEvents(t, [mention(t, 'Feb. 24', '2023-02-24')], { lang: 'en', dct: '2023-02-26' });
    expect(e.label).not.toMatch(/STAGECOACH/u);
  });
  it('drops a joiner or a preposition left at the end by a cut date', () => {
    const t = 'The songwriting competition and on April 6 the children’s stage.';
    const ap = buildEvents(t, [mention(t, 'April 6', '2024-04-06')], { lang: 'en', dct: '2024-04-01' });
    expect(ap[0].label).not.toMatch(/\s(?:and|on)$/u);
    const f = 'L’ouverture du centre est prévue pour le 22 février.';
    const [e] = buildEvents(f, [mention(f, 'le 22 février', '2021-02-22')], {
      lang: 'fr',
      dct: '2021-02-01',
    });
    expect(e.label).toBe('L’ouverture du centre est prévue');
  });
  it('replaces a label of one or two words by the statement of its sentence', () => {
    const t = 'Gas station, Oct. 9: Dean Meyers was shot dead while pumping gas in Manassas.';
    const [e] = buildEvents(t, [mention(t, 'Oct. 9', '2002-10-09')], { lang: 'en', dct: '2003-11-10' });
    expect(e.label.split(' ').length).toBeGreaterThanOrEqual(3);
  });
  it('never ends a shortened label on a preposition', () => {
    const t = `Le ministre a annoncé lundi la création ${'de nouvelles aides '.repeat(6)}pour les retraités.`;
    const [e] = buildEvents(t, [mention(t, 'lundi', '2022-04-18')], { lang: 'fr', dct: '2022-04-22' });
    expect(e.label).not.toMatch(/\s(?:de|la|les)…$/u);
  });
});
