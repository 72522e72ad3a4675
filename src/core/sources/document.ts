// Several `/1` documents → one `factline.timeline/2` document: each article kept whole as a source, its events
// matched across the sources by mergeSources, conflicts explained in both languages.

import {
  MULTI_TIMELINE_FORMAT,
  sourceEntryOf,
  type Happening,
  type MultiTimelineDocument,
} from '../../shared/multiTimeline';
import type { TimelineDocument } from '../../shared/timeline';
import { mergeSources, type MatchOptions } from './match';

export function buildMultiDocument(
  docs: TimelineDocument[],
  labels: (string | undefined)[] = [],
  opts: MatchOptions = {},
): MultiTimelineDocument {
  const sources = docs.map((d, i) => sourceEntryOf(d, `s${i + 1}`, labels[i]));
  const merged = mergeSources(
    sources.map((s) => ({
      id: s.id,
      label: s.label,
      lang: s.lang,
      dct: s.dct,
      text: s.text,
      mentions: s.mentions,
      events: s.events,
    })),
    opts,
  );
  const events: Happening[] = [];
  for (const m of merged) {
    const cites = m.citations.flatMap((c) =>
      c.mention ? [{ source: c.source, mention: c.mention, event: c.event }] : [],
    );
    if (cites.length === 0) continue;
    events.push({
      id: `h${events.length + 1}`,
      start: m.start,
      end: m.end,
      label: m.label,
      ...(m.status ? { status: m.status } : {}),
      cites,
      ...(m.conflict ? { conflict: m.conflict } : {}),
    });
  }
  return { format: MULTI_TIMELINE_FORMAT, sources, events };
}
