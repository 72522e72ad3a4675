// Everything on screen that is not the document: language, notices, progress, which panes are open.

import type { AutosaveEntry, RecentEntry } from '../../../shared/ipc';
import type { Lang } from '../../../shared/timeline';
import { messages, type Messages } from '../i18n';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

export interface Busy {
  stage: 'loading' | 'extracting';
  /** 0..1, or null when unknown. */
  fraction: number | null;
}

export class UiState {
  lang: Lang = $state('en');
  notices: Notice[] = $state([]);
  busy: Busy | null = $state(null);
  listVisible = $state(false);
  exportOpen = $state(false);
  recent: RecentEntry[] = $state.raw([]);
  restore: AutosaveEntry | null = $state.raw(null);
  t: Messages = $derived(messages(this.lang));
  #nextId = 1;

  notify(kind: Notice['kind'], text: string): number {
    const id = this.#nextId++;
    // One error at a time is enough to read; a new one replaces the old.
    this.notices = [...this.notices.filter((n) => n.kind !== kind), { id, kind, text }];
    if (kind === 'info') setTimeout(() => this.dismiss(id), 5000);
    return id;
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }
}
