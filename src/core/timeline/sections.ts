// The page's own layout, read before any sentence: date headings that open an entry (chronologies, live
// blogs: « DEC. 7, 2012 » on its own line, then what happened that day), and page furniture that carries a
// date but states nothing (« Publié à 09:38 », "Updated December 22 2014", a byline with its time stamp).

import type { Lang } from '../../shared/timeline';
import { lineAt } from '../temporal/lines';
import type { Span } from './sentences';

/** An entry is what follows a heading, up to the next heading, at most this many paragraphs and characters. */
const MAX_ENTRY_PARAGRAPHS = 3;
const MAX_ENTRY_CHARS = 1200;

/**
 * The entry a heading opens: the paragraphs after the heading line, up to the next heading. Null when nothing
 * follows (two headings in a row, the end of the text).
 */
export function entryAfter(text: string, heading: Span, headings: Set<number>): Span | null {
  let pos = heading.end;
  let start = -1;
  let end = -1;
  let paragraphs = 0;
  while (pos < text.length && paragraphs < MAX_ENTRY_PARAGRAPHS) {
    const line = lineAt(text, pos + 1);
    if (line.start >= text.length) break;
    if (headings.has(line.start)) break;
    if (text.slice(line.start, line.end).trim()) {
      if (start < 0) start = line.start;
      if (line.end - start > MAX_ENTRY_CHARS && end > 0) break;
      end = line.end;
      paragraphs++;
    }
    pos = line.end;
  }
  return start >= 0 ? { start, end } : null;
}

/** Lines that date the page itself: publication, update and archive stamps, bylines with a time. */
const FURNITURE: Record<Lang, RegExp> = {
  fr: /(?:^|[|·•–—-]\s*)(?:publié|mis\s+à\s+jour|mise\s+à\s+jour|actualisé|modifié|dernière\s+mise\s+à\s+jour)(?:\s+(?:le|à|depuis))?\b|\b(?:publié|mis\s+à\s+jour)\s+(?:le|à)\b/iu,
  en: /(?:^|[|·•–—-]\s*)(?:published|updated|last\s+updated|posted|first\s+published|last\s+modified|this\s+story\s+was\s+archived)\b/iu,
};

/** True when the line around `pos` is page furniture: its dates are evidence for the page, not claims. */
export function isFurniture(text: string, pos: number, lang: Lang): boolean {
  const line = lineAt(text, pos);
  // Measured before it is copied: in a text without line breaks the line is the whole text, for each date.
  let start = line.start;
  let end = line.end;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  if (end - start > 160) return false;
  const s = text.slice(start, end);
  return FURNITURE[lang].test(s) || FURNITURE[lang === 'fr' ? 'en' : 'fr'].test(s);
}
