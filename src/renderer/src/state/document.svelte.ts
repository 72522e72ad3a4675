// The open document, its file and its history. Every change goes through `apply`, which records the
// previous snapshot for undo; "unsaved" is simply "not the snapshot that was last saved or opened".

import type { TimelineDocument } from '../../../shared/timeline';
import type { ArticleInput } from '../../../core/document';
import { addEventFromSpan, editEvent, flipAlternative, mergeEdits, type EventPatch } from '../lib/edits';
import { HistoryState } from './history.svelte';

export interface LoadInfo {
  /** The .factline.json this document is saved in; null for an article that was never saved. */
  path: string | null;
  /** Shown in the window title, e.g. `guterres-moscou.txt`. */
  name: string;
  /** Where exactly the publication date was read (e.g. `article:published_time`). */
  dctDetail?: string | null;
  /** Restored from an autosave: it differs from anything on disk. */
  unsaved?: boolean;
}

export class DocumentState {
  doc: TimelineDocument | null = $state.raw(null);
  path: string | null = $state(null);
  name = $state('');
  dctDetail: string | null = $state(null);
  #saved: TimelineDocument | null = $state.raw(null);
  readonly history = new HistoryState<TimelineDocument>();

  get dirty(): boolean {
    return this.doc !== null && this.doc !== this.#saved;
  }

  load(doc: TimelineDocument, info: LoadInfo): void {
    this.doc = doc;
    this.path = info.path;
    this.name = info.name;
    this.dctDetail = info.dctDetail ?? null;
    this.#saved = info.unsaved ? null : doc;
    this.history.clear();
  }

  /** Runs one undoable edit; a function returning the same document records nothing. */
  apply(edit: (doc: TimelineDocument) => TimelineDocument): boolean {
    const current = this.doc;
    if (!current) return false;
    const next = edit(current);
    if (next === current) return false;
    this.history.record(current);
    this.doc = next;
    return true;
  }

  undo(): boolean {
    if (!this.doc) return false;
    const previous = this.history.undo(this.doc);
    if (!previous) return false;
    this.doc = previous;
    return true;
  }

  redo(): boolean {
    if (!this.doc) return false;
    const next = this.history.redo(this.doc);
    if (!next) return false;
    this.doc = next;
    return true;
  }

  markSaved(path: string, name: string): void {
    this.path = path;
    this.name = name;
    this.#saved = this.doc;
  }

  editEvent(id: string, patch: EventPatch): boolean {
    return this.apply((d) => editEvent(d, id, patch));
  }

  flipAlternative(mentionId: string): boolean {
    return this.apply((d) => flipAlternative(d, mentionId));
  }

  addEvent(span: { start: number; end: number }, fallbackDay: string): string | null {
    let id: string | null = null;
    this.apply((d) => {
      const added = addEventFromSpan(d, span, fallbackDay);
      if (!added) return d;
      id = added.id;
      return added.doc;
    });
    return id;
  }

  /** Takes a re-resolved document (new publication date) and keeps the user's edits on it. */
  applyResolution(fresh: TimelineDocument): boolean {
    return this.apply((d) => mergeEdits(d, fresh));
  }

  /** The input `buildDocument` needs to run again on this document's text. */
  articleInput(): ArticleInput | null {
    const d = this.doc;
    if (!d) return null;
    return {
      path: d.source.path,
      title: d.source.title,
      text: d.text,
      dct: d.source.dct,
      dctSource: d.source.dctSource,
      ...(d.source.format ? { format: d.source.format } : {}),
    };
  }
}
