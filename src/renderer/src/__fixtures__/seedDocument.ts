// Test-only fixture: the seed article as a hand-written TimelineDocument, published Friday 22 April 2022.
// Offsets are found in the text (context first, then the anchor inside it) so they stay exact.

import type { Mention, TimelineDocument, TimelineEvent } from '../../../shared/timeline';
import { SEED_TEXT } from './seedText';

function at(context: string, anchor: string): { start: number; end: number } {
  const c = SEED_TEXT.indexOf(context);
  if (c < 0) throw new Error(`fixture: context not found: ${context}`);
  const start = SEED_TEXT.indexOf(anchor, c);
  return { start, end: start + anchor.length };
}

/** Offsets of the sentence (or headline line) containing `offset`. */
function sentenceAt(offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && !/[.\n]/.test(SEED_TEXT[start - 1])) start--;
  while (SEED_TEXT[start] === ' ') start++;
  let end = offset;
  while (end < SEED_TEXT.length && !/[.\n]/.test(SEED_TEXT[end])) end++;
  if (SEED_TEXT[end] === '.') end++;
  return { start, end };
}

function day(d: string) {
  return { start: d, end: d };
}

type Row = [
  id: string,
  context: string,
  anchor: string,
  value: string,
  start: string,
  end: string,
  explanation: string,
];

const ROWS: Row[] = [
  [
    'm1',
    'Moscou mardi pour',
    'mardi',
    '2022-04-26',
    '2022-04-26',
    '2022-04-26',
    'headline present → next Tuesday after Fri 22 Apr 2022',
  ],
  [
    'm2',
    'Moscou mardi et',
    'mardi',
    '2022-04-26',
    '2022-04-26',
    '2022-04-26',
    'future tense « se rendra » → next Tuesday after Fri 22 Apr 2022',
  ],
  [
    'm3',
    'le 24 février',
    '24 février',
    '2022-02-24',
    '2022-02-24',
    '2022-02-24',
    'year-less date in a past clause → latest 24 Feb before 22 Apr 2022',
  ],
  [
    'm4',
    'New York vendredi',
    'vendredi',
    '2022-04-22',
    '2022-04-22',
    '2022-04-22',
    'past tense « a déclaré » on the publication weekday → the publication day',
  ],
  [
    'm5',
    'a demandé mardi',
    'mardi',
    '2022-04-19',
    '2022-04-19',
    '2022-04-19',
    'past tense « a demandé » → the Tuesday before Fri 22 Apr 2022',
  ],
  [
    'm6',
    'Mardi, António',
    'Mardi',
    '2022-04-19',
    '2022-04-19',
    '2022-04-19',
    'past tense « a appelé » → the Tuesday before Fri 22 Apr 2022',
  ],
  [
    'm7',
    'quatre jours',
    'quatre jours',
    'P4D',
    '2022-04-21',
    '2022-04-24',
    'four days from Thursday 21 Apr 2022',
  ],
  [
    'm8',
    'à partir de jeudi',
    'jeudi',
    '2022-04-21',
    '2022-04-21',
    '2022-04-21',
    'anchored on « Mardi » (19 Apr) → the Thursday after',
  ],
  [
    'm9',
    'M. Kaneko vendredi',
    'vendredi',
    '2022-04-22',
    '2022-04-22',
    '2022-04-22',
    'past tense « a déclaré » on the publication weekday → the publication day',
  ],
  ['m10', 'depuis 1945', '1945', '1945', '1945-01-01', '1945-12-31', 'explicit year'],
  [
    'm11',
    'le pays aujourd’hui',
    'aujourd’hui',
    '2022-04-22',
    '2022-04-22',
    '2022-04-22',
    '« aujourd’hui » → the publication day',
  ],
];

export function seedMentions(): Mention[] {
  return ROWS.map(([id, context, anchor, value, start, end, explanation]) => {
    const span = at(context, anchor);
    const m: Mention = {
      id,
      ...span,
      text: anchor,
      type: value.startsWith('P') ? 'DURATION' : 'DATE',
      value,
      interval: { start, end },
      explanation,
      precision: value.length === 4 ? 'year' : value.startsWith('P') ? 'duration' : 'day',
      rule: value.length === 10 && /mardi|vendredi|jeudi/i.test(anchor) ? 'fr/weekday-bare' : 'fr/fixture',
    };
    return m;
  });
}

const ALTERNATIVES: Record<string, Mention['alternative']> = {
  m2: { value: '2022-04-19', interval: day('2022-04-19'), explanation: 'the Tuesday before Fri 22 Apr 2022' },
  m5: { value: '2022-04-26', interval: day('2022-04-26'), explanation: 'the Tuesday after Fri 22 Apr 2022' },
};

type EventRow = [
  id: string,
  mentionIds: string[],
  label: string,
  start: string,
  end: string,
  status: TimelineEvent['status'],
];

const EVENTS: EventRow[] = [
  ['e1', ['m2'], 'Guterres se rendra à Moscou et rencontrera Poutine', '2022-04-26', '2022-04-26', 'planned'],
  ['e2', ['m3'], 'Invasion de l’Ukraine', '2022-02-24', '2022-02-24', 'happened'],
  ['e3', ['m4'], 'Point de presse à New York', '2022-04-22', '2022-04-22', 'reported'],
  ['e4', ['m5'], 'Guterres a demandé à Poutine de le recevoir', '2022-04-19', '2022-04-19', 'happened'],
  ['e5', ['m6'], 'Guterres appelle à une pause humanitaire', '2022-04-19', '2022-04-19', 'demanded'],
  ['e6', ['m7', 'm8'], 'Pause humanitaire de quatre jours', '2022-04-21', '2022-04-24', 'demanded'],
  ['e7', ['m9'], 'Kaneko : pas de trêve', '2022-04-22', '2022-04-22', 'reported'],
  ['e8', ['m10'], 'Plus grande attaque depuis 1945', '1945-01-01', '1945-12-31', 'reported'],
];

export function seedDocument(): TimelineDocument {
  const mentions = seedMentions().map((m) =>
    ALTERNATIVES[m.id] ? { ...m, alternative: ALTERNATIVES[m.id] } : m,
  );
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const events: TimelineEvent[] = EVENTS.map(([id, ids, label, start, end, status]) => {
    const first = byId.get(ids[0])!;
    return {
      id,
      start,
      end,
      label,
      claim: sentenceAt(first.start),
      mentions: ids,
      status,
      precision: first.precision === 'year' ? 'year' : 'day',
    };
  });
  // The headline tells the same visit as e1.
  const m1 = byId.get('m1')!;
  events[0].spans = [sentenceAt(m1.start)];
  return {
    format: 'factline.timeline/1',
    source: {
      path: 'guterres-moscou.txt',
      title: 'Antonio Guterres se rendra à Moscou mardi pour rencontrer Poutine',
      lang: 'fr',
      dct: '2022-04-22',
      dctSource: 'option',
      format: 'txt',
    },
    text: SEED_TEXT,
    mentions,
    events,
  };
}
