import { describe, expect, it } from 'vitest';
import { seedDocument } from '../__fixtures__/seedDocument';
import { segmentText } from './segments';

describe('segmentText', () => {
  const doc = seedDocument();
  const blocks = segmentText(doc);
  const segments = blocks.flatMap((b) => b.segments);

  it('covers the whole text exactly once, in order', () => {
    expect(segments.map((s) => s.text).join('')).toBe(doc.text);
    for (let i = 1; i < segments.length; i++) expect(segments[i].start).toBe(segments[i - 1].end);
  });

  it('gives every mention its own run, coloured by its event', () => {
    const m2 = segments.find((s) => s.mentionId === 'm2')!;
    expect(m2).toMatchObject({ text: 'mardi', eventId: 'e1', status: 'planned' });
    expect(segments.find((s) => s.mentionId === 'm11')).toMatchObject({ text: 'aujourd’hui', eventId: null });
  });

  it('links a date in a retelling span to the event it retells', () => {
    // The headline « mardi » (m1) is not cited by e1, but the headline is one of e1's spans.
    expect(segments.find((s) => s.mentionId === 'm1')).toMatchObject({ eventId: 'e1', status: 'planned' });
  });

  it('marks the runs of a claim, including the extra spans of the same event', () => {
    const e1 = segments
      .filter((s) => s.claimEvents.includes('e1'))
      .map((s) => s.text)
      .join('');
    expect(e1).toContain('se rendra à Moscou mardi pour rencontrer Poutine');
    expect(e1).toContain('se rendra à Moscou mardi et rencontrera');
  });

  it('starts a block at each paragraph', () => {
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks[1].segments[0].text.startsWith('Le Secrétaire')).toBe(true);
  });
});
