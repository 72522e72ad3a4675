import { describe, expect, it } from 'vitest';
import type { EventStatus, Lang, Mention, TimelineEvent } from '../../shared/timeline';
import { mergeSources } from './match';
import type { SourceDoc } from './types';

/**
 * A source built by hand: each claim is one sentence of the text, dated by the phrase `when` inside it, so the
 * matcher is tested on pairs the test chooses, whatever the tagger would make of them.
 */
function source(
  id: string,
  lang: Lang,
  dct: string,
  claims: { text: string; when: string; start: string; end?: string; status?: EventStatus }[],
): SourceDoc {
  let text = '';
  const mentions: Mention[] = [];
  const events: TimelineEvent[] = [];
  for (const [i, c] of claims.entries()) {
    const at = text.length;
    text += c.text + ' ';
    const m = at + c.text.indexOf(c.when);
    if (m < at) throw new Error(`"${c.when}" is not in "${c.text}"`);
    const interval = { start: c.start, end: c.end ?? c.start };
    mentions.push({
      id: `m${i + 1}`,
      start: m,
      end: m + c.when.length,
      text: c.when,
      type: 'DATE',
      value: c.start,
      interval,
      explanation: '',
      rule: `${lang}/test`,
      precision: c.end && c.end !== c.start ? 'year' : 'day',
    });
    events.push({
      id: `e${i + 1}`,
      ...interval,
      label: c.text,
      claim: { start: at, end: at + c.text.length },
      mentions: [`m${i + 1}`],
      status: c.status ?? 'happened',
    });
  }
  return { id, label: id, lang, dct, text, mentions, events };
}

const cited = (events: ReturnType<typeof mergeSources>) =>
  events.map((e) => e.citations.map((c) => `${c.source}:${c.event}`).sort());

describe('mergeSources: the same happening told by several sources', () => {
  it('merges a French and an English telling of one visit (« Moscou » / "Moscow", « Poutine » / "Putin")', () => {
    const merged = mergeSources([
      source('Le Monde', 'fr', '2022-04-26', [
        {
          text: 'António Guterres a été reçu ce mardi à Moscou par Vladimir Poutine.',
          when: 'ce mardi',
          start: '2022-04-26',
        },
        { text: 'Les combats ont repris lundi dans le Donbass.', when: 'lundi', start: '2022-04-25' },
      ]),
      source('Reuters', 'en', '2022-04-23', [
        {
          text: 'Guterres will meet Putin in Moscow on Tuesday.',
          when: 'on Tuesday',
          start: '2022-04-26',
          status: 'planned',
        },
      ]),
    ]);
    expect(cited(merged)).toEqual([['Le Monde:e2'], ['Le Monde:e1', 'Reuters:e1']]);
    expect(merged.find((m) => m.citations.length === 2)?.conflict).toBeUndefined();
  });

  it('merges two English outlets telling one funeral, the day of the finer reading kept', () => {
    const merged = mergeSources([
      source('CBS', 'en', '2025-04-22', [
        {
          text: "Pope Francis' funeral will be held in St. Peter's Square on Saturday.",
          when: 'on Saturday',
          start: '2025-04-26',
        },
      ]),
      source('AP', 'en', '2025-04-22', [
        {
          text: "The funeral of Pope Francis in St. Peter's Square is set for late April.",
          when: 'late April',
          start: '2025-04-21',
          end: '2025-04-30',
        },
      ]),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ start: '2025-04-26', end: '2025-04-26' });
  });

  it('never merges on the date alone: two happenings of one Tuesday stay apart', () => {
    const merged = mergeSources([
      source('Libération', 'fr', '2019-01-08', [
        {
          text: 'Les députés ont adopté mardi un amendement sur le budget.',
          when: 'mardi',
          start: '2019-01-08',
        },
      ]),
      source('BBC', 'en', '2019-01-08', [
        { text: 'A fire destroyed a warehouse in Lyon on Tuesday.', when: 'on Tuesday', start: '2019-01-08' },
      ]),
    ]);
    expect(merged).toHaveLength(2);
  });

  it('keeps apart same words on days that do not overlap when each source tells both days', () => {
    // « prévu jeudi, reporté à vendredi »: a rescheduled launch, told the same way by both sides
    const merged = mergeSources([
      source('UPI', 'en', '2021-04-21', [
        {
          text: 'The Crew-2 launch was scheduled for Thursday.',
          when: 'Thursday',
          start: '2021-04-22',
          status: 'planned',
        },
        {
          text: 'NASA moved the Crew-2 launch to Friday.',
          when: 'Friday',
          start: '2021-04-23',
          status: 'planned',
        },
      ]),
      source('franceinfo', 'fr', '2021-04-21', [
        {
          text: 'Le lancement de Crew-2 était prévu jeudi.',
          when: 'jeudi',
          start: '2021-04-22',
          status: 'planned',
        },
        {
          text: 'La Nasa a reporté le lancement de Crew-2 à vendredi.',
          when: 'vendredi',
          start: '2021-04-23',
          status: 'planned',
        },
      ]),
    ]);
    expect(cited(merged)).toEqual([
      ['UPI:e1', 'franceinfo:e1'],
      ['UPI:e2', 'franceinfo:e2'],
    ]);
    expect(merged.some((m) => m.conflict)).toBe(false);
  });
});

describe('mergeSources: conflicts', () => {
  it('flags one happening dated on two days, with a one-line explanation in both languages', () => {
    const merged = mergeSources([
      source('Le Monde', 'fr', '2022-04-20', [
        {
          text: 'Le secrétaire général de l’ONU Guterres a rencontré Poutine au Kremlin à Moscou mardi 19 avril.',
          when: 'mardi 19 avril',
          start: '2022-04-19',
        },
      ]),
      source('Reuters', 'en', '2022-04-21', [
        {
          text: 'UN Secretary-General Guterres met Putin at the Kremlin in Moscow on Wednesday, April 20.',
          when: 'on Wednesday, April 20',
          start: '2022-04-20',
        },
      ]),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].conflict).toEqual({
      kind: 'day',
      explanation: {
        fr: 'Le Monde : mar. 19 avr. · Reuters : mer. 20 avr.',
        en: 'Le Monde: Tue Apr 19 · Reuters: Wed Apr 20',
      },
    });
    expect(merged[0].readings.map((r) => [r.source, r.start])).toEqual([
      ['Le Monde', '2022-04-19'],
      ['Reuters', '2022-04-20'],
    ]);
  });

  it('flags a year apart as a year conflict, naming the years', () => {
    const merged = mergeSources([
      source('AFP', 'fr', '2023-05-02', [
        {
          text: "L'attentat contre la cathédrale de Kaboul a fait 30 morts en 2019.",
          when: 'en 2019',
          start: '2019-01-01',
          end: '2019-12-31',
        },
      ]),
      source('AP', 'en', '2023-05-02', [
        {
          text: 'The bombing of the Kabul cathedral killed 30 people in 2020.',
          when: 'in 2020',
          start: '2020-01-01',
          end: '2020-12-31',
        },
      ]),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].conflict?.kind).toBe('year');
    expect(merged[0].conflict?.explanation.en).toBe('AFP: 2019 · AP: 2020');
  });

  it('does not flag a statement and a deed on days apart', () => {
    const merged = mergeSources([
      source('AFP', 'fr', '2022-04-22', [
        {
          text: 'Guterres se rendra à Moscou, a annoncé vendredi son porte-parole.',
          when: 'vendredi',
          start: '2022-04-22',
          status: 'reported',
        },
      ]),
      source('AP', 'en', '2022-04-27', [
        {
          text: 'Guterres went to Moscow on Tuesday, his spokesman said.',
          when: 'on Tuesday',
          start: '2022-04-26',
        },
      ]),
    ]);
    expect(merged.some((m) => m.conflict)).toBe(false);
  });

  it('flags "planned" told by a source published days after another says it happened', () => {
    const told = (dct: string) =>
      mergeSources([
        source('Ouest-France', 'fr', '2024-06-09', [
          { text: 'Le sommet du G7 à Rome a eu lieu le 7 juin.', when: 'le 7 juin', start: '2024-06-07' },
        ]),
        source('Daily', 'en', dct, [
          {
            text: 'The G7 summit in Rome will take place on June 7.',
            when: 'on June 7',
            start: '2024-06-07',
            status: 'planned',
          },
        ]),
      ]);
    const late = told('2024-06-12');
    expect(late).toHaveLength(1);
    expect(late[0].conflict?.kind).toBe('status');
    expect(late[0].conflict?.explanation.en).toBe(
      'Ouest-France: happened Fri Jun 7 · Daily: planned Fri Jun 7',
    );
    expect(late[0].conflict?.explanation.fr).toBe(
      'Ouest-France : a eu lieu ven. 7 juin · Daily : prévu ven. 7 juin',
    );
    // Published before the day, the plan is no disagreement.
    expect(told('2024-06-01')[0].conflict).toBeUndefined();
  });
});
