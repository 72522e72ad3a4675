// Timelines made up for the view's specs: a dense fortnight, a 30-year history of 10 000 events. Written as
// .factline.json files and opened through the real Open handler, so they reach the window as saved ones do.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventStatus, TimelineDocument, TimelineEvent } from '../src/shared/timeline';

const WHO = ['The council', 'The union', 'The minister', 'The court', 'The committee', 'The mayor'];
const WHAT = ['met about', 'voted on', 'signed', 'announced', 'rejected', 'debated', 'postponed'];
const TAIL = [
  'after a long night of talks with the dockers',
  'despite the objections of the residents of the old town',
  'in a statement read outside the town hall',
  'before the regional elections',
];
const STATUSES: EventStatus[] = ['happened', 'reported', 'planned', 'demanded', 'denied'];

function iso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** `n` events spread over `days` days from `start`, each its own sentence; every 7th spans three days. */
export function generatedTimeline(opts: {
  n: number;
  start: string;
  days: number;
  dct: string;
  /** Events in bursts over the span (a long history) rather than evenly. */
  bursts?: number;
  /** Labels as long as real ones (two lines on the timeline). */
  long?: boolean;
}): TimelineDocument {
  const d0 = Math.round(Date.parse(`${opts.start}T00:00:00Z`) / 86_400_000);
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  let text = '';
  const events: TimelineEvent[] = [];
  for (let i = 0; i < opts.n; i++) {
    const offset = opts.bursts
      ? Math.floor(rnd() * opts.bursts) * Math.floor(opts.days / opts.bursts) + Math.floor(rnd() * 60)
      : Math.floor((i * opts.days) / opts.n);
    const label =
      `${WHO[i % WHO.length]} ${WHAT[(i * 3) % WHAT.length]} plan ${i + 1}` +
      (opts.long ? ` ${TAIL[i % TAIL.length]}` : '');
    const sentence = `${label} for the harbour district. `;
    const start = text.length;
    text += sentence;
    events.push({
      id: `e${i + 1}`,
      start: iso(d0 + offset),
      end: iso(d0 + offset + (i % 7 === 3 ? 2 : 0)),
      label,
      claim: { start, end: start + sentence.length - 1 },
      mentions: [],
      status: STATUSES[i % STATUSES.length],
      precision: 'day',
    });
  }
  return {
    format: 'factline.timeline/1',
    source: { path: null, title: 'Generated', lang: 'en', dct: opts.dct, dctSource: 'user' },
    text,
    mentions: [],
    events,
  } as TimelineDocument;
}

export function writeTimeline(dir: string, name: string, doc: TimelineDocument): string {
  const path = join(dir, `${name}.factline.json`);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}
