// The inputs and outputs of matching several articles' events (see match.ts).

import type { EventStatus, Lang, Mention, Precision, TimelineEvent } from '../../shared/timeline';

/** One article as the matcher sees it: its own text, publication date, language and extracted events. */
export interface SourceDoc {
  /** Stable id in the merged document (`s1`, `s2` …). */
  id: string;
  /** Shown in explanations: the outlet, the title or the file name. */
  label: string;
  lang: Lang;
  dct: string | null;
  text: string;
  mentions: Mention[];
  events: TimelineEvent[];
}

/** One source's telling of a merged event: which event of which source, and the mention that dates it. */
export interface Citation {
  source: string;
  event: string;
  mention: string | null;
}

/** What one source says of a merged event: its days and status. */
export interface Reading {
  source: string;
  event: string;
  start: string;
  end: string;
  status?: EventStatus;
  precision?: Precision;
}

export type ConflictKind = 'day' | 'year' | 'status';

export interface SourceConflict {
  kind: ConflictKind;
  /** One line per interface language: « Le Monde : mar. 19 avr. · Reuters : mer. 20 avr. ». */
  explanation: Record<Lang, string>;
}

/** A happening told by one source or more. Readings agree unless `conflict` is set. */
export interface MergedEvent {
  id: string;
  start: string;
  end: string;
  label: string;
  status?: EventStatus;
  citations: Citation[];
  readings: Reading[];
  conflict?: SourceConflict;
}
