// @vitest-environment happy-dom
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedDocument } from '../__fixtures__/seedDocument';
import { messages } from '../i18n';
import { SelectionState } from '../state/selection.svelte';
import DetailsPanel from './DetailsPanel.svelte';
import EventList from './EventList.svelte';

const t = messages('en');
let app: Record<string, unknown> | null = null;

afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
});

describe('DetailsPanel', () => {
  it('shows the date, the sentence and how the date was found, and offers the other reading', () => {
    const onFlip = vi.fn();
    const onEdit = vi.fn();
    app = mount(DetailsPanel, {
      target: document.body,
      props: { t, lang: 'en', doc: seedDocument(), eventId: 'e4', onEdit, onFlip, onReveal: () => {} },
    });
    expect(document.body.textContent).toContain('19 April 2022');
    expect(document.body.textContent).toContain('Guterres a demandé mardi');
    expect(document.body.textContent).toContain('the Tuesday before Fri 22 Apr 2022');
    const flip = [...document.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('other reading'),
    )!;
    expect(flip.textContent).toContain('26 April 2022');
    flip.click();
    expect(onFlip).toHaveBeenCalledWith('m5');
  });

  it('reports a label edit as one patch', () => {
    const onEdit = vi.fn();
    app = mount(DetailsPanel, {
      target: document.body,
      props: {
        t,
        lang: 'en',
        doc: seedDocument(),
        eventId: 'e2',
        onEdit,
        onFlip: () => {},
        onReveal: () => {},
      },
    });
    const input = document.querySelector<HTMLInputElement>('input[aria-label="Label"]')!;
    input.value = 'Invasion';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onEdit).toHaveBeenCalledWith('e2', { label: 'Invasion' });
  });
});

describe('EventList', () => {
  it('sorts by date, then reverses, and selects through the shared selection', () => {
    const selection = new SelectionState();
    app = mount(EventList, {
      target: document.body,
      props: { t, lang: 'en', doc: seedDocument(), selection },
    });
    const firstRow = () => document.querySelectorAll('tbody tr')[0].textContent!;
    expect(firstRow()).toContain('1945');
    document.querySelector<HTMLButtonElement>('th button')!.click();
    flushSync();
    expect(firstRow()).toContain('26 Apr 2022');
    expect(document.querySelector('th')!.getAttribute('aria-sort')).toBe('descending');
    document.querySelector<HTMLButtonElement>('tbody tr button')!.click();
    expect(selection.selectedId).toBe('e1');
    expect(selection.origin).toBe('list');
  });
});
