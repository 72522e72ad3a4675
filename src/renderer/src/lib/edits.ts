// Pure document edits. Each returns a new TimelineDocument (or the same object when nothing changed), so
// the history can keep snapshots and Svelte sees a new value.

import type {
  AlternativeReading,
  EventStatus,
  Mention,
  TimelineDocument,
  TimelineEvent,
} from '../../../shared/timeline';

/** What the user changed on an event, so a re-resolution keeps exactly that and re-dates the rest.
 * Saved with the document (the format allows added fields); `edited` alone means "keep everything". */
export type UserEdit = 'date' | 'label' | 'status' | 'reading';
export type EditableEvent = TimelineEvent & {
  userEdits?: UserEdit[];
  /** Made by the user from a text selection: never taken for an extracted event on a new run. */
  added?: boolean;
};

/** Added by the user. Files saved before `added` existed: the ids `addEventFromSpan` gives (`u3`, `u3-kept`). */
function isAdded(event: EditableEvent): boolean {
  return event.added === true || (/^u\d+(-kept)*$/.test(event.id) && !event.userEdits);
}

function withEdits(event: EditableEvent, ...edits: UserEdit[]): EditableEvent {
  const all = new Set([...(event.userEdits ?? []), ...edits]);
  return { ...event, edited: true, userEdits: [...all].sort() };
}

export interface EventPatch {
  start?: string;
  end?: string;
  label?: string;
  status?: EventStatus;
  hidden?: boolean;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDay(v: string): boolean {
  if (!ISO_DAY.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

function replaceEvent(doc: TimelineDocument, id: string, next: TimelineEvent): TimelineDocument {
  return { ...doc, events: doc.events.map((e) => (e.id === id ? next : e)) };
}

/** Applies a user change to one event and marks it edited, so it survives re-resolution. */
export function editEvent(doc: TimelineDocument, id: string, patch: EventPatch): TimelineDocument {
  const event = doc.events.find((e) => e.id === id);
  if (!event) return doc;
  const next: TimelineEvent = { ...event };
  let changed = false;
  for (const key of ['start', 'end', 'label', 'status', 'hidden'] as const) {
    const value = patch[key];
    if (value !== undefined && value !== event[key]) {
      (next as unknown as Record<string, unknown>)[key] = value;
      changed = true;
    }
  }
  if (!changed) return doc;
  if (patch.start !== undefined && !isIsoDay(next.start)) return doc;
  if (patch.end !== undefined && !isIsoDay(next.end)) return doc;
  // Keep start <= end whichever bound the user moved: moving the start past the end drags the end along.
  if (next.start > next.end) {
    if (patch.start !== undefined) next.end = next.start;
    else next.start = next.end;
  }
  if (patch.label !== undefined && next.label.trim() === '') return doc;
  const edits: UserEdit[] = [];
  if (next.start !== event.start || next.end !== event.end) edits.push('date');
  if (next.label !== event.label) edits.push('label');
  if (next.status !== event.status) edits.push('status');
  return replaceEvent(doc, id, edits.length ? withEdits(next, ...edits) : next);
}

/** The mention with its other reading taken, and the reading it had kept as the alternative. */
function swapReading(mention: Mention, alt: AlternativeReading): Mention {
  return {
    ...mention,
    value: alt.value,
    interval: alt.interval,
    explanation: alt.explanation,
    alternative: { value: mention.value, interval: mention.interval, explanation: mention.explanation },
  };
}

/** Switches a mention to its other reading (« the Tuesday before » ↔ « the Tuesday after ») and moves
 * the events that cite it; the original reading becomes the alternative, so a second click goes back. */
export function flipAlternative(doc: TimelineDocument, mentionId: string): TimelineDocument {
  const mention = doc.mentions.find((m) => m.id === mentionId);
  const alt = mention?.alternative;
  if (!mention || !alt) return doc;
  const flipped = swapReading(mention, alt);
  const interval = alt.interval;
  return {
    ...doc,
    mentions: doc.mentions.map((m) => (m.id === mentionId ? flipped : m)),
    events: doc.events.map((e) => {
      if (!interval || e.mentions[0] !== mentionId) return e;
      const flippedBack = (e as EditableEvent).userEdits?.includes('reading');
      const next = withEdits({ ...e, start: interval.start, end: interval.end }, 'reading');
      // A second click goes back to the extractor's reading: nothing left to keep.
      if (!flippedBack) return next;
      const rest = next.userEdits!.filter((u) => u !== 'reading');
      if (rest.length) return { ...next, userEdits: rest };
      const { userEdits: _drop, edited: _edited, ...plain } = next;
      return plain;
    }),
  };
}

let addedCount = 0;

/** A new event for a span the user selected in the article; dated by the first mention inside it, else
 * by the publication date, else by `fallbackDay`. */
export function addEventFromSpan(
  doc: TimelineDocument,
  span: { start: number; end: number },
  fallbackDay: string,
): { doc: TimelineDocument; id: string } | null {
  const start = Math.max(0, Math.min(span.start, span.end));
  const end = Math.min(doc.text.length, Math.max(span.start, span.end));
  const label = doc.text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (!label) return null;
  const inside = doc.mentions.filter((m) => m.start >= start && m.end <= end && m.interval);
  const interval =
    inside[0]?.interval ?? (doc.source.dct ? { start: doc.source.dct, end: doc.source.dct } : null);
  let id: string;
  do id = `u${++addedCount}`;
  while (doc.events.some((e) => e.id === id));
  const event: EditableEvent = {
    id,
    start: interval?.start ?? fallbackDay,
    end: interval?.end ?? fallbackDay,
    label: label.length > 80 ? `${label.slice(0, 79).trimEnd()}…` : label,
    claim: { start, end },
    mentions: inside.map((m) => m.id),
    // « la réunion du 3 mai » added from an article of 22 April is a meeting to come, not a report.
    status: doc.source.dct && (interval?.start ?? fallbackDay) > doc.source.dct ? 'planned' : 'reported',
    edited: true,
    added: true,
  };
  return { doc: { ...doc, events: [...doc.events, event] }, id };
}

/** What identifies a claim across two runs of the extractor: its span and the first date in it. Ids are
 * renumbered on every run, offsets are not (the text never changes). */
export function eventKey(doc: TimelineDocument, event: TimelineEvent): string {
  const first = event.mentions[0];
  const mention = first ? doc.mentions.find((m) => m.id === first) : undefined;
  return `${event.claim.start}:${event.claim.end}@${mention ? mention.start : '-'}`;
}

/**
 * Re-resolution (a new publication date) keeps what the user did: a corrected date, label or status stays;
 * a chosen reading (« the Tuesday before ») is chosen again under the new date; a hidden event stays hidden
 * (its date still moves); an added one is kept as it is. Fields the user never touched follow the new run.
 */
export function mergeEdits(previous: TimelineDocument, fresh: TimelineDocument): TimelineDocument {
  // Several kept events may share one key (an event the user added over the very claim of an extracted
  // one, or two claims the extractor split on the same span): each key holds a queue, in document order,
  // so every kept event is matched at most once and none overwrites another.
  const kept = new Map<string, EditableEvent[]>();
  const added: EditableEvent[] = [];
  for (const e of previous.events as EditableEvent[]) {
    if (e.edited && isAdded(e)) added.push(e);
    else if (e.edited || e.hidden) {
      const key = eventKey(previous, e);
      kept.set(key, [...(kept.get(key) ?? []), e]);
    }
  }
  if (kept.size === 0 && added.length === 0) return fresh;
  const used = new Set<EditableEvent>();
  let mentions = fresh.mentions;
  const events: EditableEvent[] = fresh.events.map((e) => {
    const old = kept.get(eventKey(fresh, e))?.find((k) => !used.has(k));
    if (!old) return e;
    used.add(old);
    if (!old.edited) return { ...e, hidden: old.hidden };
    // No record of what changed (a file saved by another tool): keep all the user's values.
    const edits = new Set<UserEdit>(old.userEdits ?? ['date', 'label', 'status']);
    const next: EditableEvent = { ...e, edited: true, userEdits: [...edits].sort() };
    if (old.hidden) next.hidden = true;
    if (edits.has('label')) next.label = old.label;
    if (edits.has('status')) next.status = old.status;
    if (edits.has('date')) {
      next.start = old.start;
      next.end = old.end;
    } else if (edits.has('reading')) {
      const mention = mentions.find((m) => m.id === e.mentions[0]);
      const alt = mention?.alternative;
      if (mention && alt?.interval) {
        next.start = alt.interval.start;
        next.end = alt.interval.end;
        const flipped = swapReading(mention, alt);
        mentions = mentions.map((m) => (m.id === mention.id ? flipped : m));
      }
    }
    return next;
  });
  const ids = new Set(events.map((e) => e.id));
  const left = [...kept.values()].flat().filter((old) => !used.has(old) && old.edited);
  for (const old of [...left, ...added]) {
    let id = old.id;
    while (ids.has(id)) id = `${id}-kept`;
    ids.add(id);
    // Mention ids are renumbered too: cite the fresh mentions inside the claim instead.
    const inside = fresh.mentions
      .filter((m) => m.start >= old.claim.start && m.end <= old.claim.end)
      .map((m) => m.id);
    // The retold mentions' ids are gone too; a saved file citing them would be refused on reopening.
    const { retoldMentions: _gone, ...rest } = old;
    events.push({ ...rest, id, mentions: inside });
  }
  return { ...fresh, mentions, events };
}

/** The event ids in time order (start, then end, then position in the text); hidden ones left out. */
export function timeOrder(events: readonly TimelineEvent[]): string[] {
  return events
    .filter((e) => !e.hidden)
    .slice()
    .sort(
      (a, b) =>
        (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) ||
        (a.end < b.end ? -1 : a.end > b.end ? 1 : 0) ||
        a.claim.start - b.claim.start,
    )
    .map((e) => e.id);
}
