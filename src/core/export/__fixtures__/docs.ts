// Documents for the export tests: every precision a date can have, a status of each kind, a hidden event,
// and article text that is hostile in every format (HTML, CSV formulas, markwhen syntax, quotes, newlines).

import type { Mention, TimelineDocument, TimelineEvent } from '../../../shared/timeline';

export const HOSTILE = '<script>alert(1)</script> <img src=x onerror="alert(2)"> </title>';

const TEXT = [
  'Strike & talks </title><script>alert(1)</script>',
  'In 1945 the port was rebuilt.',
  'The union said in March 2024 that "talks, at last" would resume.',
  'A new law is planned for Q2 2025, the ministry said.',
  `=HYPERLINK("http://evil.example","x") the board met on 26 April 2022; ${HOSTILE}`,
  'From 3 to 9 June 2022 the dockers walked out.',
  'The employers denied any lock-out in the 1990s.',
  'They demanded talks by spring 2023.',
  '#MeToo // 2022-01-01: not a date line',
  'This one is hidden on 1 May 2022.',
].join('\n');

function span(needle: string): { start: number; end: number } {
  const start = TEXT.indexOf(needle);
  if (start < 0) throw new Error(`fixture text lacks ${needle}`);
  return { start, end: start + needle.length };
}

function line(n: number): { start: number; end: number } {
  return span(TEXT.split('\n')[n]!);
}

const mention = (id: string, text: string, value: string, start: string, end: string): Mention => {
  const s = span(text);
  return {
    id,
    ...s,
    text,
    type: 'DATE',
    value,
    interval: { start, end },
    explanation: `“${text}” read as ${value}`,
  };
};

const MENTIONS: Mention[] = [
  mention('m1', '1945', '1945', '1945-01-01', '1945-12-31'),
  mention('m2', 'March 2024', '2024-03', '2024-03-01', '2024-03-31'),
  mention('m3', 'Q2 2025', '2025-Q2', '2025-04-01', '2025-06-30'),
  mention('m4', '26 April 2022', '2022-04-26', '2022-04-26', '2022-04-26'),
  mention('m5', 'From 3 to 9 June 2022', '2022-06-03', '2022-06-03', '2022-06-09'),
  mention('m6', '1990s', '199', '1990-01-01', '1999-12-31'),
  mention('m7', 'spring 2023', '2023-SP', '2023-03-01', '2023-05-31'),
  mention('m8', '1 May 2022', '2022-05-01', '2022-05-01', '2022-05-01'),
];

const ev = (
  id: string,
  n: number,
  m: Mention,
  extra: Partial<TimelineEvent> & Pick<TimelineEvent, 'label'>,
): TimelineEvent => ({
  id,
  start: m.interval!.start,
  end: m.interval!.end,
  claim: line(n),
  mentions: [m.id],
  ...extra,
});

export function exportDocument(): TimelineDocument {
  const m = (id: string) => MENTIONS.find((x) => x.id === id)!;
  return {
    format: 'factline.timeline/1',
    source: {
      path: '/news/strike <&> "talks".txt',
      title: 'Strike & talks </title><script>alert(1)</script>',
      lang: 'en',
      dct: '2024-03-10',
      dctSource: 'option',
    },
    text: TEXT,
    mentions: MENTIONS,
    events: [
      ev('e1', 1, m('m1'), { label: 'Port rebuilt', status: 'happened', precision: 'year' }),
      ev('e2', 2, m('m2'), { label: 'Union: "talks, at last"', status: 'reported', precision: 'month' }),
      ev('e3', 3, m('m3'), { label: 'New law', status: 'planned', precision: 'quarter' }),
      ev('e4', 4, m('m4'), { label: `=HYPERLINK("x") ${HOSTILE}`, status: 'happened', precision: 'day' }),
      ev('e5', 5, m('m5'), { label: 'Dockers walked out', status: 'happened', precision: 'day' }),
      ev('e6', 6, m('m6'), { label: 'Lock-out denied', status: 'denied', precision: 'decade' }),
      ev('e7', 7, m('m7'), { label: 'Talks demanded', status: 'demanded', precision: 'season' }),
      ev('e8', 9, m('m8'), { label: 'Hidden one', status: 'happened', precision: 'day', hidden: true }),
      {
        id: 'e9',
        start: '2022-01-01',
        end: '2022-01-01',
        label: '#MeToo // 2022-01-01: not a date line',
        claim: line(8),
        mentions: [],
        status: 'reported',
        precision: 'day',
      },
    ],
  };
}
