// Fixed documents for layout and SVG tests: the seed (built from hand-written mentions) and a small
// English one with every status, a vague month, a range and a string that needs escaping.

import type { TimelineDocument, TimelineEvent } from '../../../shared/timeline';
import { buildEvents } from '../events';
import { SEED_MENTIONS, SEED_TEXT } from './seed';

export function seedDocument(): TimelineDocument {
  return {
    format: 'factline.timeline/1',
    source: { path: 'guterres-moscou.txt', title: null, lang: 'fr', dct: '2022-04-22', dctSource: 'option' },
    text: SEED_TEXT,
    mentions: SEED_MENTIONS,
    events: buildEvents(SEED_TEXT, SEED_MENTIONS, { lang: 'fr', dct: '2022-04-22' }),
  };
}

const ev = (
  id: string,
  start: string,
  end: string,
  label: string,
  extra: Partial<TimelineEvent> = {},
): TimelineEvent => ({
  id,
  start,
  end,
  label,
  claim: { start: 0, end: 1 },
  mentions: [],
  status: 'happened',
  precision: 'day',
  ...extra,
});

export function englishDocument(): TimelineDocument {
  return {
    format: 'factline.timeline/1',
    source: {
      path: 'C:\\news\\<strike> & "talks".html',
      title: 'Dock strike & talks <update>',
      lang: 'en',
      dct: '2023-03-10',
      dctSource: 'meta',
    },
    text: 'x',
    mentions: [],
    events: [
      ev('e1', '2023-01-01', '2023-01-31', 'Union warned of a strike in January', { precision: 'month' }),
      ev('e2', '2023-03-06', '2023-03-06', 'Dockers walked out at <Port A> & Port B'),
      ev('e3', '2023-03-08', '2023-03-08', 'The ministry said talks were "close"', { status: 'reported' }),
      ev('e4', '2023-03-08', '2023-03-08', 'The employers denied any lock-out', { status: 'denied' }),
      ev('e5', '2023-03-09', '2023-03-09', 'The union called for a national day of action', {
        status: 'demanded',
      }),
      ev('e6', '2023-03-13', '2023-03-17', 'A five-day strike is planned across all ports', {
        status: 'planned',
      }),
    ],
  };
}
