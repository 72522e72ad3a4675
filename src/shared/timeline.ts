// The one document model of Factline (`factline.timeline/1`, see shared/contracts/timeline-json.md).
// The CLI prints it, the app saves and reopens it, the evaluation scripts read it. Fields may be added;
// the contract's fields keep their names and meaning.

export const TIMELINE_FORMAT = 'factline.timeline/1';

export type Lang = 'fr' | 'en';

/** Where the publication date came from. */
export type DctSource = 'option' | 'meta' | 'text' | 'user' | 'none';
/** News counts from the publication date; a narrative (history, biography) from the year its story is in. */
export type DocumentKind = 'news' | 'narrative';

/** Inclusive calendar days, ISO `YYYY-MM-DD`, `start <= end`. */
export interface DayInterval {
  start: string;
  end: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** How fine the resolved value is; drives how vague a date is drawn. */
export type Precision =
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'quarter'
  | 'season'
  | 'month'
  | 'week'
  | 'day'
  | 'partOfDay'
  | 'time'
  | 'duration'
  | 'set'
  | 'ref';

/**
 * An explanation as data, so the app can write it in the interface's language: a key naming the sentence and
 * its arguments (numbers, ISO days, words quoted from the text, TIMEX3 values, or nested explanations).
 * `{ key: 'then', args: { a: { key: 'dir.statedPast' }, b: { key: 'weekday.last', args: { weekday: 2, … } } } }`
 * is "stated as past → last Tuesday before …". The English `explanation` beside it stays the reference text.
 */
export interface Explain {
  key: string;
  args?: Record<string, string | number | Explain>;
}

/** The other reading of an ambiguous date (bare weekday, year-less date), one click away in the app. */
export interface AlternativeReading {
  value: string;
  interval: DayInterval | null;
  explanation: string;
  explain?: Explain;
}

export interface Mention {
  id: string;
  /** UTF-16 offsets into the document text; `text.slice(start, end) === mention.text`. */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value (2022-04-26, 2022-W17, P4D, PRESENT_REF, XXXX-02-24 …). */
  value: string;
  /** TIMEX3 mod (START, END, APPROX, BEFORE …) when the text states one. */
  mod?: string;
  interval: DayInterval | null;
  /** One line a user can read: which anchor, which rule, which tense. */
  explanation: string;
  /** The same line as data, for the interface's language. */
  explain?: Explain;
  /** Rule that found it, e.g. `fr/weekday-bare`. */
  rule?: string;
  precision?: Precision;
  /** For a duration anchored in the text (« quatre jours à partir de jeudi »): the days it covers. */
  anchoredInterval?: DayInterval;
  /** Ids of mentions that this one forms a range with (« du 3 au 9 juin »), start first. */
  rangeWith?: string;
  alternative?: AlternativeReading;
}

export type EventStatus = 'happened' | 'reported' | 'planned' | 'demanded' | 'denied';

export interface TimelineEvent {
  id: string;
  start: string;
  end: string;
  label: string;
  /** Offsets of the claim (sentence or clause) in `text`. */
  claim: { start: number; end: number };
  mentions: string[];
  status?: EventStatus;
  /** Additional spans telling the same event (headline and first paragraph). */
  spans?: { start: number; end: number }[];
  /** Mentions of the other tellings in `spans` (`mentions` keeps only those inside `claim`). */
  retoldMentions?: string[];
  precision?: Precision;
  /** Set when a user changed or added this event; edits survive re-resolution. */
  edited?: boolean;
  hidden?: boolean;
}

export interface TimelineSource {
  path: string | null;
  title: string | null;
  lang: Lang;
  dct: string | null;
  dctSource: DctSource;
  /** News or narrative: detected from the text unless the user chose it (`--kind`). */
  kind?: DocumentKind;
  /** Detected format of the file: txt, html, md, docx, pdf. */
  format?: string;
  /** Encoding the text was decoded from, for text files. */
  encoding?: string;
}

export interface TimelineDocument {
  format: typeof TIMELINE_FORMAT;
  source: TimelineSource;
  text: string;
  mentions: Mention[];
  events: TimelineEvent[];
}
