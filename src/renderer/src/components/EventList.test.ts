// @vitest-environment happy-dom
import { flushSync, mount, tick, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { TimelineDocument, TimelineEvent } from '../../../shared/timeline';
import { seedDocument } from '../__fixtures__/seedDocument';
import { messages } from '../i18n';
import { SelectionState } from '../state/selection.svelte';
import EventList from './EventList.svelte';

let app: Record<string, unknown> | null = null;
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
});

/** `n` events, one a day from 2020, listed in reverse so the list has to sort them. */
function bigDocument(n: number): TimelineDocument {
  const base = seedDocument();
  const events: TimelineEvent[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    events.push({
      id: `e${i + 1}`,
      start: day,
      end: day,
      label: `Event number ${i + 1}`,
      claim: { start: 0, end: 1 },
      mentions: [],
      status: 'happened',
      edited: i === 1,
    });
  }
  return { ...base, events };
}

function show(doc: TimelineDocument, lang: 'en' | 'fr' = 'en', selection = new SelectionState()) {
  app = mount(EventList, {
    target: document.body,
    props: { t: messages(lang), lang, doc, selection },
  });
  flushSync();
  return selection;
}
const bodyRows = () => [...document.querySelectorAll<HTMLTableRowElement>('tbody tr:not(.spacer)')];
/** Lets the list's focus move (it waits for Svelte to draw the row first). */
async function settle(): Promise<void> {
  flushSync();
  await tick();
  await new Promise((r) => setTimeout(r, 0));
  flushSync();
}
const tabStops = () => [...document.querySelectorAll('tbody [tabindex="0"]')];

describe('EventList at 10 000 events', () => {
  it('puts only the rows in view in the page, in date order, and says how many there are', () => {
    show(bigDocument(10_000));
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0].textContent).toContain('Event number 1');
    expect(rows[1].textContent).toContain('Event number 2');
    expect(document.querySelector('table')!.getAttribute('aria-rowcount')).toBe('10001');
    expect(rows[0].getAttribute('aria-rowindex')).toBe('2');
  });

  it('has one Tab stop for its rows, moved by the arrow keys, Home and End', async () => {
    show(bigDocument(10_000));
    expect(tabStops()).toHaveLength(1);
    const first = tabStops()[0] as HTMLButtonElement;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await settle();
    expect(tabStops()).toHaveLength(1);
    expect(document.activeElement?.closest('tr')?.textContent).toContain('Event number 2');
    (document.activeElement as HTMLElement).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'End', bubbles: true }),
    );
    await settle();
    expect(document.activeElement?.closest('tr')?.textContent).toContain('Event number 10000');
    expect(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex')).toBe('10001');
    expect(tabStops()).toHaveLength(1);
  });

  it('brings an event selected elsewhere into the page', () => {
    const selection = show(bigDocument(10_000));
    selection.select('e5000', 'timeline');
    flushSync();
    const row = document.querySelector('tr[data-event="e5000"]');
    expect(row?.classList.contains('selected')).toBe(true);
  });

  it('marks the rows the user edited and explains its keys, in both languages', () => {
    show(bigDocument(50));
    const edited = document.querySelector('tr[data-event="e2"]')!;
    expect(edited.textContent).toContain('edited');
    expect(document.querySelector('tr[data-event="e1"]')!.textContent).not.toContain('edited');
    expect(document.getElementById('list-help')!.textContent).toContain('move between events');
    unmount(app!);
    app = null;
    document.body.innerHTML = '';
    show(bigDocument(50), 'fr');
    expect(document.querySelector('tr[data-event="e2"]')!.textContent).toContain('modifié');
    expect(document.getElementById('list-help')!.textContent).toContain('passer d’un événement');
  });
});
