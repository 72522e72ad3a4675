// Cuts the article text into runs that the article pane draws as plain text nodes: a run is either inside
// one mention or not, and knows which claims cover it. Offsets are UTF-16 indices into `doc.text`, so a
// DOM selection inside a run maps straight back to the text (run start + offset in its text node).

import type { EventStatus, TimelineDocument } from '../../../shared/timeline';

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The mention this run belongs to, if any. */
  mentionId: string | null;
  /** The event drawn for that mention (first visible event citing it). */
  eventId: string | null;
  status: EventStatus | null;
  /** A hidden event citing this run's mention when no visible one does: its date can be clicked to bring it back. */
  hiddenEventId: string | null;
  /** Visible events whose claim (or extra span) covers this run. */
  claimEvents: string[];
}

export interface Block {
  start: number;
  end: number;
  segments: Segment[];
}

/** Where paragraphs end: after a blank line, so long articles render as many small blocks. */
const PARAGRAPH_BREAK = /\n[ \t]*\n+/g;

export function segmentText(doc: TimelineDocument): Block[] {
  const text = doc.text;
  const visible = doc.events.filter((e) => !e.hidden);
  const eventOfMention = new Map<string, { id: string; status: EventStatus | null }>();
  for (const e of visible)
    for (const m of e.mentions)
      if (!eventOfMention.has(m)) eventOfMention.set(m, { id: e.id, status: e.status ?? null });
  // A retelling of an event (headline, then first paragraph) lists its other spans, not their dates:
  // a date inside such a span belongs to that event too (« se rendra à Moscou mardi », told twice).
  for (const e of visible)
    for (const span of e.spans ?? [])
      for (const m of doc.mentions)
        if (m.start >= span.start && m.end <= span.end && !eventOfMention.has(m.id))
          eventOfMention.set(m.id, { id: e.id, status: e.status ?? null });

  const hiddenOfMention = new Map<string, string>();
  for (const e of doc.events)
    if (e.hidden) for (const m of e.mentions) if (!hiddenOfMention.has(m)) hiddenOfMention.set(m, e.id);

  const cuts = new Set<number>([0, text.length]);
  for (const m of PARAGRAPH_BREAK[Symbol.matchAll](text)) cuts.add(m.index + m[0].length);
  const paragraphStarts = new Set(cuts);
  const mentions = doc.mentions
    .filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of mentions) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const spans: { start: number; end: number; id: string }[] = [];
  for (const e of visible) {
    for (const s of [e.claim, ...(e.spans ?? [])]) {
      if (s.start >= s.end) continue;
      spans.push({ start: Math.max(0, s.start), end: Math.min(text.length, s.end), id: e.id });
      cuts.add(Math.max(0, s.start));
      cuts.add(Math.min(text.length, s.end));
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const points = [...cuts].sort((a, b) => a - b);

  const blocks: Block[] = [];
  let block: Block | null = null;
  let mi = 0;
  let si = 0;
  let active: { start: number; end: number; id: string }[] = [];
  let activeMention: (typeof mentions)[number] | null = null;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (start === end) continue;
    if (!block || paragraphStarts.has(start)) {
      block = { start, end: start, segments: [] };
      blocks.push(block);
    }
    // Sweep: claims and the mention that cover [start, end).
    while (si < spans.length && spans[si].start <= start) active.push(spans[si++]);
    active = active.filter((s) => s.end > start);
    while (mi < mentions.length && mentions[mi].start <= start) {
      if (mentions[mi].end > start) activeMention = mentions[mi];
      mi++;
    }
    if (activeMention && activeMention.end <= start) activeMention = null;
    const ev = activeMention ? eventOfMention.get(activeMention.id) : undefined;
    block.end = end;
    block.segments.push({
      start,
      end,
      text: text.slice(start, end),
      mentionId: activeMention?.id ?? null,
      eventId: ev?.id ?? null,
      status: ev?.status ?? null,
      hiddenEventId: activeMention && !ev ? (hiddenOfMention.get(activeMention.id) ?? null) : null,
      claimEvents: [...new Set(active.map((s) => s.id))],
    });
  }
  return blocks;
}

/** The text offset of a DOM position inside the article pane (runs carry `data-start`). */
export function offsetOfDomPoint(node: Node, offset: number): number | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  if (!el) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = el.closest<HTMLElement>('[data-start]');
    if (!run) return null;
    return Number(run.dataset.start) + offset;
  }
  // An element boundary: the start of the child at `offset`, or the end of the last run before it.
  const child = el.childNodes[offset] as Element | undefined;
  const run = child?.nodeType === Node.ELEMENT_NODE ? child.closest?.('[data-start]') : null;
  if (run instanceof HTMLElement) return Number(run.dataset.start);
  const runs = el.querySelectorAll<HTMLElement>('[data-start]');
  const last = runs[runs.length - 1];
  return last ? Number(last.dataset.start) + (last.textContent?.length ?? 0) : null;
}

/** Index of the block containing `offset` (blocks are sorted and contiguous). */
export function blockAt(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
