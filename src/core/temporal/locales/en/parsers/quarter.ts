// Quarters and halves: "the second quarter", "third-quarter (profit)", "the fourth quarter of 1997",
// "fiscal 1998's third quarter", "this year's third quarter", "the first half of 2023".
// Business news also says "the latest quarter" / "the quarter" for the last completed quarter, and
// "the year-ago quarter" for that quarter one year earlier (five quarters back from the current one).

import { alternation, APOS, rule, SP } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { ORDINALS } from '../constants';
import { YEAR4 } from '../patterns';
import { clean } from '../read';

const ORD = alternation(Object.keys(ORDINALS));
const REL: Record<string, number> = { this: 0, current: 0, last: -1, previous: -1, next: 1 };
// "the 1988 third quarter", "the year-ago third quarter", "last year's fourth quarter", "fiscal 1998's".
const LEAD = `(?:(?:the(?:${SP}(?<yearLead2>${YEAR4})|${SP}(?<agoLead>year-(?:ago|earlier)))?|(?<relLead>this|last|next)${SP}year${APOS}s|(?:fiscal${SP})?(?<yearLead>${YEAR4})${APOS}s)${SP})?`;
const TAIL =
  `(?:${SP}of${SP}(?:(?:fiscal|the${SP}fiscal${SP}year)${SP})?(?<yearTail>${YEAR4})(?![,.]?\\d)` +
  `|${SP}of${SP}(?:(?<relTail>this|last|next)${SP}year|the${SP}(?<relTail2>current|previous)${SP}(?:fiscal${SP})?year))?`;

export const quarterOrdinal: Parser = {
  name: 'en/quarter',
  pattern: rule(
    `${LEAD}(?:fiscal${SP})?(?:(?<ord>${ORD})(?:-|${SP})(?<kind>quarter|half)|(?<lastHalf>last|latter)${SP}half)${TAIL}`,
  ),
  extract(m) {
    const g = m.groups ?? {};
    // "the last half of 1989", "the latter half": the second half. "The last quarter" is the relative rule's.
    const n = g.lastHalf ? 2 : ORDINALS[g.ord.toLowerCase()];
    const half = !!g.lastHalf || g.kind.toLowerCase() === 'half';
    // Only with its year: "the last half hour", "the last half of the '80s" are not calendar halves.
    if (g.lastHalf && !g.yearTail && !g.relTail && !g.relTail2) return null;
    if (half && n > 2 && g.ord.toLowerCase() !== 'final') return null;
    const rel = g.relLead ?? g.relTail ?? g.relTail2;
    const yearText = g.yearLead ?? g.yearLead2 ?? g.yearTail;
    // "the third-quarter (results)": an adjective; TimeBank leaves the article out.
    const hyphen = /^the[\s\u00a0]+[^\s\u00a0]+[-‑](?:quarter|half)$/i.test(m[0]);
    const extent = hyphen
      ? { start: m.index + m[0].search(/[\s\u00a0]/) + 1, end: m.index + m[0].length }
      : undefined;
    return clean({
      type: 'DATE',
      quarter: half ? undefined : n,
      half: half ? Math.min(n, 2) : undefined,
      year: yearText ? +yearText : undefined,
      yearShift: rel ? REL[rel.toLowerCase()] : g.agoLead ? -1 : undefined,
      extent,
    } satisfies Reading);
  },
};

// "last year", "a year ago", "of the previous year" after "the quarter" / "the corresponding period".
const YEAR_BACK = `(?:of${SP})?(?:last${SP}year|a${SP}year${SP}(?:ago|earlier)|the${SP}(?:previous|prior)${SP}year)`;
const PERIOD = `(?:quarter|period)`;

export const quarterLatest: Parser = {
  name: 'en/quarter-latest',
  // "in the latest quarter" → last completed quarter; "the year-ago quarter" / "the year-earlier period",
  // "the comparable year-ago quarter", "the corresponding period last year", "the quarter a year ago",
  // "last year's quarter" → the same quarter a year before it. "The quarter" alone reads like "the latest
  // quarter" in results stories.
  pattern: rule(
    `the${SP}(?:(?<latest>latest|most${SP}recent|recent|just-?(?:completed|ended))${SP}${PERIOD}` +
      `|(?:(?:comparable|corresponding|same)${SP})?(?<ago>year-?(?:ago|earlier))${SP}${PERIOD}` +
      `|(?:(?:comparable|corresponding|same)${SP})?(?<agoAfter>${PERIOD}${SP}${YEAR_BACK})` +
      `|quarter)` +
      `|(?<agoBefore>last${SP}year${APOS}s${SP}${PERIOD})`,
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    // "a quarter of the vote", "the quarter-final": only the calendar quarter.
    if (/^[-‑]/.test(text.slice(m.index + m[0].length))) return null;
    const ago = g.ago ?? g.agoAfter ?? g.agoBefore;
    return { type: 'DATE', shift: { unit: 'quarter', offset: ago ? -5 : -1 } };
  },
};

export const yearAgoAdjective: Parser = {
  name: 'en/quarter-year-ago',
  // "compared with year-earlier profit", "a year-earlier loss", "The year-ago results": the adjective alone
  // names the comparison period, read like "the year-ago quarter" (TimeBank tags the adjective, no article).
  // "a year ago" / "a year earlier" (with spaces) belong to the ago rule.
  pattern: rule(`(?<![-‑])year-(?:ago|earlier)`),
  extract(m, text) {
    // "the year-earlier $4.5 million": a figure, not a period.
    if (/^[\s\u00a0]*[$#€£\d]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)))
      return null;
    return { type: 'DATE', shift: { unit: 'quarter', offset: -5 } };
  },
};
