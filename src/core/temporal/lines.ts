// Lines of a text, indexed once: which line holds an offset, in log time (a 50 MB single-line text must not be
// rescanned from its start for every mention). And the lines that hold nothing but dates — the headings of a
// chronology or a live blog (« JAN. 10, 2013 », "5:06 p.m. Wednesday"), read by the resolver and the claims.

export interface LineSpan {
  start: number;
  end: number;
}

// One-text cache: the resolver and the claims builder ask about the same text in turn.
let cachedText: string | null = null;
let cachedStarts: number[] = [];

function starts(text: string): number[] {
  if (text !== cachedText) {
    cachedStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) cachedStarts.push(i + 1);
    cachedText = text;
  }
  return cachedStarts;
}

/** The line holding `pos` (no line break inside). */
export function lineAt(text: string, pos: number): LineSpan {
  const s = starts(text);
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  const end = lo + 1 < s.length ? s[lo + 1] - 1 : text.length;
  return { start: s[lo], end };
}

/** A heading is short: dates, perhaps a time, and punctuation. */
const MAX_HEADING = 60;

/** Starts of the lines that hold nothing but the given spans (dates) and punctuation. */
export function headingStarts(text: string, spans: readonly LineSpan[]): Set<number> {
  const byLine = new Map<number, { line: LineSpan; list: LineSpan[] }>();
  for (const m of spans) {
    const line = lineAt(text, m.start);
    if (m.end > line.end) continue;
    const entry = byLine.get(line.start) ?? { line, list: [] };
    entry.list.push(m);
    byLine.set(line.start, entry);
  }
  const out = new Set<number>();
  for (const { line, list } of byLine.values()) {
    if (text.slice(line.start, line.end).trim().length > MAX_HEADING) continue;
    let rest = '';
    let pos = line.start;
    for (const m of [...list].sort((a, b) => a.start - b.start)) {
      rest += text.slice(pos, Math.max(pos, m.start));
      pos = Math.max(pos, m.end);
    }
    rest += text.slice(pos, line.end);
    // Only punctuation, dashes, bullets and spaces are left (and at most a linking « at », « à », « le »).
    if (/^[\s\p{P}\p{S}]*(?:(?:at|à|le|on)[\s\p{P}\p{S}]*)?$/iu.test(rest)) out.add(line.start);
  }
  return out;
}
