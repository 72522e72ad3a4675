import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../core/document';
import type { TimelineDocument } from './timeline';
import { timelineProblem } from './validateTimeline';

const text = readFileSync('resources/sample/guterres-moscou.txt', 'utf8');
const sample = (): TimelineDocument =>
  structuredClone(
    buildDocument({ path: 'a.txt', title: null, text, dct: null, dctSource: 'none' }, { dct: '2022-04-22' }),
  );

describe('timelineProblem', () => {
  it('accepts what the extractor writes', () => {
    const doc = sample();
    expect(doc.events.length).toBeGreaterThan(2);
    expect(timelineProblem(doc)).toBeNull();
  });

  it('refuses an event that is not an object (events: [null])', () => {
    expect(timelineProblem({ ...sample(), events: [null] })).toBe('event 1 is not an object');
  });

  it('refuses a date that is not a calendar day', () => {
    const doc = sample();
    doc.events[1]!.start = '2022-02-30';
    expect(timelineProblem(doc)).toMatch(/^event 2 start is not a calendar date YYYY-MM-DD \("2022-02-30"\)/);
  });

  it('refuses an interval that ends before it starts', () => {
    const doc = sample();
    doc.events[1]!.end = '1999-01-01';
    expect(timelineProblem(doc)).toMatch(/^event 2 ends \(1999-01-01\) before it starts/);
  });

  it('refuses a claim outside the text', () => {
    const doc = sample();
    doc.events[0]!.claim = { start: 0, end: doc.text.length + 1 };
    expect(timelineProblem(doc)).toMatch(/^event 1's claim \(0–\d+\) is outside the text/);
  });

  it('refuses a mention whose text is not the text at its offsets', () => {
    const doc = sample();
    doc.mentions[0]!.text = 'jamais';
    expect(timelineProblem(doc)).toMatch(/^mention 1 \("jamais"\) does not match the text/);
  });

  it('refuses an event citing a mention that does not exist', () => {
    const doc = sample();
    doc.events[0]!.mentions = ['m999'];
    expect(timelineProblem(doc)).toBe('event 1 cites a mention that does not exist ("m999")');
  });

  it('refuses an unknown language, type or status, and repeated ids', () => {
    const a = sample();
    (a.source as { lang: string }).lang = 'de';
    expect(timelineProblem(a)).toMatch(/language is not fr or en/);
    const b = sample();
    (b.mentions[0] as { type: string }).type = 'WHEN';
    expect(timelineProblem(b)).toMatch(/^mention 1 has an unknown type/);
    const c = sample();
    (c.events[0] as { status: string }).status = 'maybe';
    expect(timelineProblem(c)).toMatch(/^event 1 has an invalid status/);
    const d = sample();
    d.events[1]!.id = d.events[0]!.id;
    expect(timelineProblem(d)).toMatch(/^event 2 repeats the id/);
  });

  it('allows fields added by later versions', () => {
    const doc = sample() as TimelineDocument & { note?: string };
    doc.note = 'kept';
    (doc.events[0] as unknown as Record<string, unknown>).colour = 'red';
    expect(timelineProblem(doc)).toBeNull();
  });
});
