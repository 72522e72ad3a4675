// A dense timeline exports as a readable image of bounded size: at most MAX_EXPORT_LANES lanes, the events
// beyond counted in the last row per stretch of the axis, and a note saying so, in the document's language.
import { describe, expect, it } from 'vitest';
import type { Lang, TimelineDocument, TimelineEvent } from '../../shared/timeline';
import { MAX_EXPORT_LANES, toSvg } from './svg';

function dense(n: number, lang: Lang): TimelineDocument {
  const events: TimelineEvent[] = Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2020, 0, 1) + (i % 400) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `e${i + 1}`,
      start: day,
      end: day,
      label: `Event number ${i + 1} with a label`,
      claim: { start: 0, end: 1 },
      mentions: [],
      status: 'happened',
    };
  });
  return {
    format: 'factline.timeline/1',
    source: { path: 'dense.txt', title: 'Dense', lang, dct: '2021-06-01', dctSource: 'option' },
    text: '',
    mentions: [],
    events,
  };
}

const size = (svg: string) => {
  const m = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
  return { width: +m[1], height: +m[2] };
};
const drawnEvents = (svg: string) => (svg.match(/<g class="event /g) ?? []).length;
const counted = (svg: string) =>
  [...svg.matchAll(/<text class="count"[^>]*>\+(\d+)<\/text>/g)].reduce((a, m) => a + Number(m[1]), 0);

describe('a dense timeline export', () => {
  it('keeps 5 000 events to a bounded height, drawing some and counting every other one', () => {
    const svg = toSvg(dense(5_000, 'en'));
    const few = toSvg(dense(2_000, 'en'));
    expect(size(svg).height).toBeLessThan(2_200);
    expect(size(svg).height).toBe(size(few).height);
    const drawn = drawnEvents(svg);
    expect(drawn).toBeGreaterThan(20);
    expect(drawn + counted(svg)).toBe(5_000);
    expect(svg).toContain(`${5_000 - drawn} events in the most crowded stretches are counted`);
  });

  it('says so in French for a French article', () => {
    const svg = toSvg(dense(3_000, 'fr'));
    expect(svg).toContain('événements des passages les plus denses sont comptés');
  });

  it('leaves a timeline that fits in its lanes as it was, with no counts', () => {
    const svg = toSvg(dense(30, 'en'));
    expect(svg).not.toContain('class="counts"');
    expect(drawnEvents(svg)).toBe(30);
  });

  it('lets the caller choose the cap', () => {
    const svg = toSvg(dense(2_000, 'en'), { maxLanes: 10 });
    expect(size(svg).height).toBeLessThan(size(toSvg(dense(2_000, 'en'))).height);
    expect(drawnEvents(svg) + counted(svg)).toBe(2_000);
    expect(MAX_EXPORT_LANES).toBeGreaterThan(10);
  });
});
