// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { seedDocument } from '../__fixtures__/seedDocument';
import type { TimelineDocument } from '../../../shared/timeline';
import { DocumentState } from './document.svelte';
import { SelectionState } from './selection.svelte';
import { eventKey, mergeEdits, timeOrder } from '../lib/edits';

function loaded(): DocumentState {
  const state = new DocumentState();
  state.load(seedDocument(), { path: null, name: 'guterres-moscou.txt' });
  return state;
}

/** What the extractor would give for another publication date: same claims, every date one week later. */
function reResolved(doc: TimelineDocument): TimelineDocument {
  const shift = (d: string): string => {
    const t = new Date(`${d}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() + 7);
    return t.toISOString().slice(0, 10);
  };
  return {
    ...doc,
    source: { ...doc.source, dct: '2022-04-29', dctSource: 'user' },
    // Ids are renumbered by a new run.
    mentions: doc.mentions.map((m) => ({ ...m, id: `n${m.id}` })),
    events: doc.events.map((e) => ({
      ...e,
      id: `x${e.id}`,
      start: shift(e.start),
      end: shift(e.end),
      mentions: e.mentions.map((m) => `n${m}`),
      edited: undefined,
      hidden: undefined,
    })),
  };
}

describe('DocumentState', () => {
  it('is clean when loaded and dirty after an edit', () => {
    const state = loaded();
    expect(state.dirty).toBe(false);
    state.editEvent('e1', { label: 'Visite à Moscou' });
    expect(state.dirty).toBe(true);
    expect(state.doc!.events[0]).toMatchObject({ label: 'Visite à Moscou', edited: true });
  });

  it('undoes and redoes edits in order, and is clean again when back to the opened snapshot', () => {
    const state = loaded();
    state.editEvent('e1', { start: '2022-04-27', end: '2022-04-27' });
    state.editEvent('e2', { status: 'denied' });
    expect(state.undo()).toBe(true);
    expect(state.doc!.events[1].status).toBe('happened');
    expect(state.doc!.events[0].start).toBe('2022-04-27');
    expect(state.undo()).toBe(true);
    expect(state.doc!.events[0].start).toBe('2022-04-26');
    expect(state.dirty).toBe(false);
    expect(state.undo()).toBe(false);
    expect(state.redo()).toBe(true);
    expect(state.doc!.events[0].start).toBe('2022-04-27');
    expect(state.history.canRedo).toBe(true);
    state.editEvent('e3', { hidden: true });
    expect(state.history.canRedo).toBe(false);
  });

  it('records nothing for an edit that changes nothing or is invalid', () => {
    const state = loaded();
    expect(state.editEvent('e1', { label: state.doc!.events[0].label })).toBe(false);
    expect(state.editEvent('e1', { start: '2022-02-30' })).toBe(false);
    expect(state.editEvent('e1', { label: '   ' })).toBe(false);
    expect(state.history.canUndo).toBe(false);
  });

  it('keeps start <= end when the user moves one bound past the other', () => {
    const state = loaded();
    state.editEvent('e6', { start: '2022-04-30' });
    expect(state.doc!.events.find((e) => e.id === 'e6')).toMatchObject({
      start: '2022-04-30',
      end: '2022-04-30',
    });
  });

  it('switches a bare weekday to its other reading and back in one click', () => {
    const state = loaded();
    state.flipAlternative('m5');
    const e4 = () => state.doc!.events.find((e) => e.id === 'e4')!;
    expect(e4()).toMatchObject({ start: '2022-04-26', end: '2022-04-26', edited: true });
    expect(state.doc!.mentions.find((m) => m.id === 'm5')!.alternative!.value).toBe('2022-04-19');
    state.flipAlternative('m5');
    expect(e4().start).toBe('2022-04-19');
  });

  it('adds an event from a text selection, dated by the first date inside it', () => {
    const state = loaded();
    const text = state.doc!.text;
    const start = text.indexOf('M. Guterres a demandé');
    const id = state.addEvent({ start, end: start + 40 }, '2000-01-01');
    const added = state.doc!.events.find((e) => e.id === id)!;
    expect(added).toMatchObject({
      start: '2022-04-19',
      edited: true,
      label: text.slice(start, start + 40).trim(),
    });
    expect(added.mentions).toEqual(['m5']);
    expect(added.status).toBe('reported');
  });

  it('adds an event dated after the publication date as planned, one on or before it as reported', () => {
    const state = loaded();
    const text = state.doc!.text;
    const start = text.indexOf('se rendra à Moscou');
    const id = state.addEvent({ start, end: start + 40 }, '2000-01-01');
    const added = state.doc!.events.find((e) => e.id === id)!;
    expect(added.start > state.doc!.source.dct!).toBe(true);
    expect(added.status).toBe('planned');
  });

  it('keeps edited, hidden and added events when the publication date changes', () => {
    const state = loaded();
    state.editEvent('e1', { label: 'Visite', start: '2022-04-28', end: '2022-04-28' });
    state.editEvent('e3', { hidden: true });
    const text = state.doc!.text;
    const added = state.addEvent({ start: text.indexOf('Dernières'), end: text.length }, '2022-04-22')!;
    state.applyResolution(reResolved(seedDocument()));
    const doc = state.doc!;
    expect(doc.source.dct).toBe('2022-04-29');
    const byClaim = (i: number) =>
      doc.events.find((e) => e.claim.start === seedDocument().events[i].claim.start)!;
    // The edited one keeps the user's date and label, the others move with the new reading.
    expect(byClaim(0)).toMatchObject({ label: 'Visite', start: '2022-04-28', edited: true });
    expect(byClaim(3).start).toBe('2022-04-26');
    // The hidden one stays hidden but its date is re-resolved.
    expect(byClaim(2)).toMatchObject({ hidden: true, start: '2022-04-29' });
    expect(doc.events.some((e) => e.id === added && e.label === 'Dernières nouvelles')).toBe(true);
    // One undo brings back the previous publication date and every date with it.
    state.undo();
    expect(state.doc!.source.dct).toBe('2022-04-22');
  });

  it('keeps both an edited event and an event the user added over the same claim', () => {
    const state = loaded();
    const claim = state.doc!.events.find((e) => e.id === 'e4')!.claim;
    state.editEvent('e4', { label: 'Lettres à Poutine et Zelensky' });
    const added = state.addEvent(claim, '2000-01-01')!;
    state.editEvent(added, { label: 'Ajouté par moi' });
    const before = state.doc!;
    expect(
      eventKey(
        before,
        before.events.find((e) => e.id === added)!,
      ),
    ).toBe(
      eventKey(
        before,
        before.events.find((e) => e.id === 'e4')!,
      ),
    );
    state.applyResolution(reResolved(seedDocument()));
    const same = state.doc!.events.filter((e) => e.claim.start === claim.start && e.claim.end === claim.end);
    expect(same.map((e) => e.label).sort()).toEqual(['Ajouté par moi', 'Lettres à Poutine et Zelensky']);
    expect(new Set(state.doc!.events.map((e) => e.id)).size).toBe(state.doc!.events.length);
  });

  it('re-dates an event whose label only was corrected, and keeps the label', () => {
    const state = loaded();
    state.editEvent('e4', { label: 'Lettres à Poutine et Zelensky' });
    state.applyResolution(reResolved(seedDocument()));
    const e4 = state.doc!.events.find((e) => e.claim.start === seedDocument().events[3].claim.start)!;
    expect(e4).toMatchObject({ label: 'Lettres à Poutine et Zelensky', start: '2022-04-26', edited: true });
  });

  it('chooses the other reading again under the new publication date', () => {
    const state = loaded();
    state.flipAlternative('m5');
    const fresh = reResolved(seedDocument());
    // Under the new date the extractor reads « a demandé mardi » as 26 April, the other reading 3 May.
    fresh.mentions = fresh.mentions.map((m) =>
      m.id === 'nm5'
        ? {
            ...m,
            alternative: {
              value: '2022-05-03',
              interval: { start: '2022-05-03', end: '2022-05-03' },
              explanation: 'the Tuesday after',
            },
          }
        : m,
    );
    state.applyResolution(fresh);
    const e4 = state.doc!.events.find((e) => e.mentions[0] === 'nm5')!;
    expect(e4).toMatchObject({ start: '2022-05-03', end: '2022-05-03', edited: true });
    expect(state.doc!.mentions.find((m) => m.id === 'nm5')!.value).toBe('2022-05-03');
  });

  it('forgets the edit when a reading is switched and switched back', () => {
    const state = loaded();
    state.flipAlternative('m5');
    state.flipAlternative('m5');
    expect(state.doc!.events.find((e) => e.id === 'e4')!.edited).toBeUndefined();
  });

  it('returns the fresh document untouched when nothing was edited', () => {
    const doc = seedDocument();
    const fresh = reResolved(doc);
    expect(mergeEdits(doc, fresh)).toBe(fresh);
    expect(eventKey(doc, doc.events[0])).toBe(eventKey(fresh, fresh.events[0]));
  });
});

describe('SelectionState', () => {
  it('steps through events in time order and stops at both ends', () => {
    const doc = seedDocument();
    const order = timeOrder(doc.events);
    expect(order[0]).toBe('e8');
    expect(order[order.length - 1]).toBe('e1');
    const sel = new SelectionState();
    expect(sel.step(order, 1)).toBe('e8');
    expect(sel.step(order, -1)).toBe('e8');
    sel.select('e1', 'timeline');
    expect(sel.step(order, 1)).toBe('e1');
    expect(sel.step(order, -1)).toBe(order[order.length - 2]);
  });

  it('asks the article to scroll unless the click came from the article', () => {
    const sel = new SelectionState();
    sel.select('e1', 'timeline');
    expect(sel.revealCount).toBe(1);
    sel.select('e2', 'article');
    expect(sel.revealCount).toBe(1);
    sel.clear();
    expect(sel.selectedId).toBeNull();
  });

  it('leaves hidden events out of the time order', () => {
    const doc = seedDocument();
    doc.events[7].hidden = true;
    expect(timeOrder(doc.events)).not.toContain('e8');
  });
});
