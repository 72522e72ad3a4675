// Full check of a `factline.timeline/1` document read back from disk (see shared/contracts/timeline-json.md):
// every field of the right type, ISO days that exist, offsets inside the text, cited mentions present.
// A document that passes can be drawn without a single guard in the renderer; one that does not is refused
// whole, with the first problem said in words (`events: [null]` → "event 1 is not an object").
// Pure: the CLI, main and the renderer may all use it. Added fields are allowed (the format says so).

import type { TimelineDocument } from './timeline';
import { TIMELINE_FORMAT } from './timeline';

const LANGS = ['fr', 'en'];
const DCT_SOURCES = ['option', 'meta', 'text', 'user', 'none'];
const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'];
const STATUSES = ['happened', 'reported', 'planned', 'demanded', 'denied'];
const PRECISIONS = [
  'century',
  'decade',
  'year',
  'half',
  'quarter',
  'season',
  'month',
  'week',
  'day',
  'partOfDay',
  'time',
  'duration',
  'set',
  'ref',
];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isOffset = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** A real calendar day written `YYYY-MM-DD` (2022-02-30 is not one). */
export function isIsoDay(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

class Problem extends Error {}
const fail = (what: string): never => {
  throw new Problem(what);
};
const show = (v: unknown): string => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
};

function day(v: unknown, what: string): void {
  if (!isIsoDay(v)) fail(`${what} is not a calendar date YYYY-MM-DD (${show(v)})`);
}

function interval(v: unknown, what: string): void {
  if (!isObj(v)) fail(`${what} is not a date interval`);
  const i = v as Obj;
  day(i.start, `${what} start`);
  day(i.end, `${what} end`);
  if ((i.start as string) > (i.end as string)) fail(`${what} ends (${i.end}) before it starts (${i.start})`);
}

function span(v: unknown, textLength: number, what: string): void {
  if (!isObj(v) || !isOffset(v.start) || !isOffset(v.end)) fail(`${what} has no valid offsets`);
  const s = v as { start: number; end: number };
  if (s.start > s.end || s.end > textLength)
    fail(`${what} (${s.start}–${s.end}) is outside the text (${textLength} characters)`);
}

function optional(o: Obj, key: string, ok: (v: unknown) => boolean, what: string): void {
  if (o[key] !== undefined && !ok(o[key])) fail(`${what} has an invalid ${key} (${show(o[key])})`);
}

function source(v: unknown): void {
  if (!isObj(v)) fail('its source is not an object');
  const s = v as Obj;
  if (s.path !== null && !isStr(s.path)) fail('its source path is not text');
  if (s.title !== null && !isStr(s.title)) fail('its source title is not text');
  if (!LANGS.includes(s.lang as string)) fail(`its language is not fr or en (${show(s.lang)})`);
  if (s.dct !== null) day(s.dct, 'its publication date');
  if (!DCT_SOURCES.includes(s.dctSource as string)) fail(`its dctSource is unknown (${show(s.dctSource)})`);
  optional(s, 'format', isStr, 'its source');
  optional(s, 'encoding', isStr, 'its source');
}

function mention(v: unknown, n: number, text: string): string {
  const what = `mention ${n}`;
  if (!isObj(v)) fail(`${what} is not an object`);
  const m = v as Obj;
  if (!isStr(m.id) || m.id === '') fail(`${what} has no id`);
  span(m, text.length, what);
  if (m.text !== text.slice(m.start as number, m.end as number))
    fail(`${what} (${show(m.text)}) does not match the text at its offsets`);
  if (!TIMEX_TYPES.includes(m.type as string)) fail(`${what} has an unknown type (${show(m.type)})`);
  if (!isStr(m.value)) fail(`${what} has no value`);
  if (m.interval !== null) interval(m.interval, `${what}'s interval`);
  if (!isStr(m.explanation)) fail(`${what} has no explanation`);
  optional(m, 'mod', isStr, what);
  optional(m, 'rule', isStr, what);
  optional(m, 'rangeWith', isStr, what);
  optional(m, 'precision', (p) => PRECISIONS.includes(p as string), what);
  if (m.anchoredInterval !== undefined) interval(m.anchoredInterval, `${what}'s anchored interval`);
  if (m.alternative !== undefined) {
    const a = m.alternative;
    if (!isObj(a) || !isStr(a.value) || !isStr(a.explanation)) fail(`${what} has an invalid alternative`);
    const alt = a as Obj;
    if (alt.interval !== null) interval(alt.interval, `${what}'s alternative interval`);
  }
  return m.id as string;
}

function event(v: unknown, n: number, text: string, mentionIds: Set<string>): string {
  const what = `event ${n}`;
  if (!isObj(v)) fail(`${what} is not an object`);
  const e = v as Obj;
  if (!isStr(e.id) || e.id === '') fail(`${what} has no id`);
  interval(e, what);
  if (!isStr(e.label)) fail(`${what} has no label`);
  span(e.claim, text.length, `${what}'s claim`);
  const cites = (list: unknown, key: string): void => {
    if (!Array.isArray(list)) fail(`${what} has an invalid ${key} list`);
    for (const id of list as unknown[]) {
      if (!isStr(id) || !mentionIds.has(id))
        fail(`${what} cites a mention that does not exist (${show(id)})`);
    }
  };
  cites(e.mentions, 'mentions');
  if (e.retoldMentions !== undefined) cites(e.retoldMentions, 'retoldMentions');
  if (e.spans !== undefined) {
    if (!Array.isArray(e.spans)) fail(`${what} has an invalid spans list`);
    (e.spans as unknown[]).forEach((s, i) => span(s, text.length, `${what}'s span ${i + 1}`));
  }
  optional(e, 'status', (s) => STATUSES.includes(s as string), what);
  optional(e, 'precision', (p) => PRECISIONS.includes(p as string), what);
  optional(e, 'edited', (b) => typeof b === 'boolean', what);
  optional(e, 'hidden', (b) => typeof b === 'boolean', what);
  optional(e, 'added', (b) => typeof b === 'boolean', what);
  optional(e, 'userEdits', (u) => Array.isArray(u) && u.every(isStr), what);
  return e.id as string;
}

/** The first thing wrong with `v` as a timeline document, in words, or null when it is a whole one. */
export function timelineProblem(v: unknown, maxChars = 200 * 1024 * 1024): string | null {
  try {
    if (!isObj(v)) fail('it is not an object');
    const d = v as Obj;
    if (d.format !== TIMELINE_FORMAT) fail(`its format is not ${TIMELINE_FORMAT} (${show(d.format)})`);
    source(d.source);
    if (!isStr(d.text)) fail('its text is missing');
    const text = d.text as string;
    if (text.length > maxChars) fail(`its text is longer than ${maxChars} characters`);
    if (!Array.isArray(d.mentions)) fail('its mentions are not a list');
    if (!Array.isArray(d.events)) fail('its events are not a list');
    const mentionIds = new Set<string>();
    (d.mentions as unknown[]).forEach((m, i) => {
      const id = mention(m, i + 1, text);
      if (mentionIds.has(id)) fail(`mention ${i + 1} repeats the id ${show(id)}`);
      mentionIds.add(id);
    });
    const eventIds = new Set<string>();
    (d.events as unknown[]).forEach((e, i) => {
      const id = event(e, i + 1, text, mentionIds);
      if (eventIds.has(id)) fail(`event ${i + 1} repeats the id ${show(id)}`);
      eventIds.add(id);
    });
    return null;
  } catch (err) {
    if (err instanceof Problem) return err.message;
    throw err;
  }
}

export function isWholeTimeline(v: unknown): v is TimelineDocument {
  return timelineProblem(v) === null;
}
