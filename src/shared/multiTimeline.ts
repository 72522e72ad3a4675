// `factline.timeline/2`: several articles on one timeline (docs/timeline-v2.md). Each source keeps its own
// text, publication date, language, path, mentions and events exactly as a `/1` document has them; the
// timeline's events are happenings that cite `{ source, mention }` pairs (and the source event that tells
// them), with a conflict when the sources date them differently. A `/1` file opens as a `/2` of one source.

import type {
  DctSource,
  DocumentKind,
  EventStatus,
  Lang,
  Mention,
  TimelineDocument,
  TimelineEvent,
} from './timeline';
import { TIMELINE_FORMAT } from './timeline';

export const MULTI_TIMELINE_FORMAT = 'factline.timeline/2';

/** One article of the timeline: the body of a `/1` document with an id and a label. */
export interface TimelineSourceEntry {
  /** `s1`, `s2` …: what citations name. */
  id: string;
  /** Shown in legends and conflict lines: the outlet or title, else the file name. */
  label: string;
  path: string | null;
  title: string | null;
  lang: Lang;
  dct: string | null;
  dctSource: DctSource;
  kind?: DocumentKind;
  format?: string;
  encoding?: string;
  text: string;
  mentions: Mention[];
  events: TimelineEvent[];
}

/** A source's telling of a happening: the mention that dates it there and the source event it belongs to. */
export interface SourceCitation {
  source: string;
  mention: string;
  event: string;
}

export type SourceConflictKind = 'day' | 'year' | 'status';

export interface HappeningConflict {
  kind: SourceConflictKind;
  /** « Le Monde : mar. 19 avr. · Reuters : mer. 20 avr. », one line per interface language. */
  explanation: Record<Lang, string>;
}

/** A happening on the merged timeline, told by one source or more. */
export interface Happening {
  id: string;
  start: string;
  end: string;
  label: string;
  status?: EventStatus;
  cites: SourceCitation[];
  conflict?: HappeningConflict;
  /** Set when a user merged, split or changed it by hand. */
  edited?: boolean;
  hidden?: boolean;
}

export interface MultiTimelineDocument {
  format: typeof MULTI_TIMELINE_FORMAT;
  sources: TimelineSourceEntry[];
  events: Happening[];
}

/** The source entry of a `/1` document (its body kept as it is). */
export function sourceEntryOf(doc: TimelineDocument, id: string, label?: string): TimelineSourceEntry {
  const s = doc.source;
  const name = s.path ? (s.path.split(/[\\/]/u).pop() ?? s.path) : null;
  return {
    id,
    label: label ?? s.title ?? name ?? id,
    path: s.path,
    title: s.title,
    lang: s.lang,
    dct: s.dct,
    dctSource: s.dctSource,
    ...(s.kind ? { kind: s.kind } : {}),
    ...(s.format ? { format: s.format } : {}),
    ...(s.encoding ? { encoding: s.encoding } : {}),
    text: doc.text,
    mentions: doc.mentions,
    events: doc.events,
  };
}

/** A `/1` document as a `/2` of one source: each event a happening citing itself. */
export function upgradeTimeline(doc: TimelineDocument): MultiTimelineDocument {
  const source = sourceEntryOf(doc, 's1');
  return {
    format: MULTI_TIMELINE_FORMAT,
    sources: [source],
    events: doc.events
      .filter((e) => e.mentions.length > 0)
      .map((e, i) => ({
        id: `h${i + 1}`,
        start: e.start,
        end: e.end,
        label: e.label,
        ...(e.status ? { status: e.status } : {}),
        cites: [{ source: 's1', mention: e.mentions[0], event: e.id }],
        ...(e.edited ? { edited: true } : {}),
        ...(e.hidden ? { hidden: true } : {}),
      })),
  };
}

/** One source of a `/2` document as the `/1` document it was made from. */
export function sourceDocument(entry: TimelineSourceEntry): TimelineDocument {
  return {
    format: TIMELINE_FORMAT,
    source: {
      path: entry.path,
      title: entry.title,
      lang: entry.lang,
      dct: entry.dct,
      dctSource: entry.dctSource,
      ...(entry.kind ? { kind: entry.kind } : {}),
      ...(entry.format ? { format: entry.format } : {}),
      ...(entry.encoding ? { encoding: entry.encoding } : {}),
    },
    text: entry.text,
    mentions: entry.mentions,
    events: entry.events,
  };
}
