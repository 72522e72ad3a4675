// Full check of a `factline.timeline/2` document read back from disk (docs/timeline-v2.md), as strict as the
// `/1` check it builds on: every source passes `timelineProblem` as the `/1` document it carries, and every
// happening cites a source, a mention and an event that exist, with the mention inside that event. The first
// problem is said in words ("source 2 (Reuters): mention 3 does not match the text at its offsets").

import { MULTI_TIMELINE_FORMAT, sourceDocument, type TimelineSourceEntry } from './multiTimeline';
import { isIsoDay, timelineProblem } from './validateTimeline';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const STATUSES = ['happened', 'reported', 'planned', 'demanded', 'denied'];
const CONFLICTS = ['day', 'year', 'status'];
/** Far above any real comparison, far below what would stall the window. */
export const MAX_SOURCES = 64;

class Problem extends Error {}
const fail = (what: string): never => {
  throw new Problem(what);
};
const show = (v: unknown): string => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
};

function sourceEntry(v: unknown, n: number, maxChars: number): TimelineSourceEntry {
  if (!isObj(v)) fail(`source ${n} is not an object`);
  const s = v as Obj;
  if (!isStr(s.id) || s.id === '') fail(`source ${n} has no id`);
  if (!isStr(s.label)) fail(`source ${n} has no label`);
  const entry = s as unknown as TimelineSourceEntry;
  const problem = timelineProblem(sourceDocument(entry), maxChars);
  if (problem) fail(`source ${n} (${show(s.label)}): ${problem}`);
  return entry;
}

function happening(v: unknown, n: number, sources: Map<string, TimelineSourceEntry>): string {
  const what = `event ${n}`;
  if (!isObj(v)) fail(`${what} is not an object`);
  const e = v as Obj;
  if (!isStr(e.id) || e.id === '') fail(`${what} has no id`);
  if (!isIsoDay(e.start) || !isIsoDay(e.end)) fail(`${what} has no calendar dates YYYY-MM-DD`);
  if ((e.start as string) > (e.end as string)) fail(`${what} ends (${e.end}) before it starts (${e.start})`);
  if (!isStr(e.label)) fail(`${what} has no label`);
  if (e.status !== undefined && !STATUSES.includes(e.status as string))
    fail(`${what} has an invalid status (${show(e.status)})`);
  if (!Array.isArray(e.cites) || e.cites.length === 0) fail(`${what} cites no source`);
  (e.cites as unknown[]).forEach((c, i) => {
    const cw = `${what}'s citation ${i + 1}`;
    if (!isObj(c) || !isStr(c.source) || !isStr(c.mention) || !isStr(c.event))
      fail(`${cw} is not a { source, mention, event } triple`);
    const cite = c as { source: string; mention: string; event: string };
    const src = sources.get(cite.source);
    if (!src) fail(`${cw} names a source that does not exist (${show(cite.source)})`);
    const ev = src!.events.find((x) => x.id === cite.event);
    if (!ev) fail(`${cw} names an event that ${show(src!.label)} does not have (${show(cite.event)})`);
    if (!ev!.mentions.includes(cite.mention) && !(ev!.retoldMentions ?? []).includes(cite.mention))
      fail(`${cw} names a mention that is not its event's (${show(cite.mention)})`);
  });
  if (e.conflict !== undefined) {
    const c = e.conflict;
    if (!isObj(c) || !CONFLICTS.includes(c.kind as string)) fail(`${what} has an invalid conflict`);
    const x = (c as Obj).explanation;
    if (!isObj(x) || !isStr(x.fr) || !isStr(x.en)) fail(`${what}'s conflict has no explanation in fr and en`);
  }
  for (const key of ['edited', 'hidden'])
    if (e[key] !== undefined && typeof e[key] !== 'boolean') fail(`${what} has an invalid ${key}`);
  return e.id as string;
}

/** The first thing wrong with `v` as a `/2` document, in words, or null when it is a whole one. */
export function multiTimelineProblem(v: unknown, maxChars = 200 * 1024 * 1024): string | null {
  try {
    if (!isObj(v)) fail('it is not an object');
    const d = v as Obj;
    if (d.format !== MULTI_TIMELINE_FORMAT)
      fail(`its format is not ${MULTI_TIMELINE_FORMAT} (${show(d.format)})`);
    if (!Array.isArray(d.sources) || d.sources.length === 0) fail('it has no sources');
    if ((d.sources as unknown[]).length > MAX_SOURCES) fail(`it has more than ${MAX_SOURCES} sources`);
    if (!Array.isArray(d.events)) fail('its events are not a list');
    const sources = new Map<string, TimelineSourceEntry>();
    let chars = 0;
    (d.sources as unknown[]).forEach((s, i) => {
      const entry = sourceEntry(s, i + 1, maxChars);
      if (sources.has(entry.id)) fail(`source ${i + 1} repeats the id ${show(entry.id)}`);
      chars += entry.text.length;
      if (chars > maxChars) fail(`its texts are longer than ${maxChars} characters in all`);
      sources.set(entry.id, entry);
    });
    const ids = new Set<string>();
    (d.events as unknown[]).forEach((e, i) => {
      const id = happening(e, i + 1, sources);
      if (ids.has(id)) fail(`event ${i + 1} repeats the id ${show(id)}`);
      ids.add(id);
    });
    return null;
  } catch (err) {
    if (err instanceof Problem) return err.message;
    throw err;
  }
}
