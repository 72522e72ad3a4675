// Counted back or forward: "five years ago", "a year ago", "a week or so ago", "10 days ago", "nearly four years ago",
// "a year earlier", "two years from now", "a few years ago" (vague → PAST_REF). "Ago" counts from the
// publication date; "earlier" from the date the text is narrating ("Sales rose 5% from a year earlier").
// "Three days later", "90 days after the vote" are durations in TimeML (the anchor is an event): the
// duration rule takes them, without the "later"/"after".

import { alternation, lookup, rule, SP } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { AMOUNT_MODS, UNITS, VAGUE_AMOUNTS } from '../constants';
import { AMOUNT, parseAmount } from '../numbers';

// Days and longer: "three hours ago" would need a clock the resolver does not keep.
const UNIT = alternation(Object.keys(UNITS).filter((k) => !/^(?:min|hour|hr)/.test(k)));

const QUARTER_TALK = /(?:quarter|three[\s\u00a0]+months)(?![\p{L}])/iu;

export const ago: Parser = {
  name: 'en/ago',
  pattern: rule(
    `(?:(?<mod>${alternation(Object.keys(AMOUNT_MODS).filter((k) => k !== 'some'))})${SP})?` +
      `(?:(?<vague>${alternation(VAGUE_AMOUNTS)})|(?<amount>${AMOUNT}))${SP}(?<unit>${UNIT})(?:${SP}or${SP}so)?${SP}(?<dir>ago|earlier|from${SP}now|hence)`,
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    const unit = lookup(UNITS, g.unit);
    if (!unit) return null;
    const dir = g.dir.toLowerCase();
    const back = dir === 'ago' || dir === 'earlier';
    if (g.vague) return { type: 'DATE', ref: back ? 'PAST_REF' : 'FUTURE_REF' };
    const n = parseAmount(g.amount);
    if (n === null || !Number.isInteger(n)) return null;
    // "a year ago" with "a" but "year" plural ("a years ago") is no date.
    if (/^an?$/i.test(g.amount) && /s$/i.test(g.unit)) return null;
    // Results stories compare a quarter with the same quarter a year before: "Net rose 5% in the third
    // quarter from $3 million a year earlier" → the reported (last completed) quarter, one year back,
    // i.e. five quarters before the publication date's.
    if (
      unit === 'year' &&
      n === 1 &&
      back &&
      QUARTER_TALK.test(text.slice(Math.max(0, m.index - 250), m.index))
    ) {
      return { type: 'DATE', shift: { unit: 'quarter', offset: -5 } };
    }
    const fromNarration = dir === 'earlier';
    return {
      type: 'DATE',
      shift: { unit, offset: back ? -n : n },
      ...(fromNarration ? { anchor: 'previous' as const } : {}),
    } satisfies Reading;
  },
};
