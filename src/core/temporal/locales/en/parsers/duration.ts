// Durations: "three weeks" P3W, "several months" PXM, "a decade" P10Y, "the past three years" P3Y,
// "the first nine months" P9M, "two-year" P2Y, "nearly forty years" P40Y, "more than four hours" PT4H,
// "a couple of years" P2Y, "two and a half years" P2Y6M, "a minute and a half" PT1M30S, "for years" PXY, "eight trading days" P8D,
// "an additional year" P1Y.

import { alternation, lookup, rule, SP } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { AMOUNT_MODS, UNITS, VAGUE_AMOUNTS } from '../constants';
import { AMOUNT, parseAmount } from '../numbers';
import { UNIT } from '../patterns';
import { clean } from '../read';

const LEAD = alternation([
  'the past',
  'the last',
  'the next',
  'the first',
  'the previous',
  'the coming',
  'the final',
  'the',
  'past',
]);
const MODS = alternation(Object.keys(AMOUNT_MODS));
// "a couple of years" is two; other vague amounts have no number.
const COUPLE = /^(?:a\s+)?couple\s+of$/i;

export const duration: Parser = {
  name: 'en/duration',
  pattern: rule(
    `(?:(?<mod>${MODS})${SP})?(?:(?<lead>${LEAD})${SP})?(?:(?<vague>${alternation(VAGUE_AMOUNTS)})|(?<amount>${AMOUNT})(?<half>${SP}and${SP}a${SP}half|${SP}1/2)?)` +
      `(?:(?<hyphen>[-‑])|${SP}(?:(?:more|additional|further|trading|business|working)${SP})?)(?<unit>${UNIT})(?<halfAfter>${SP}and${SP}a${SP}half)?(?<orSo>${SP}or${SP}so)?`,
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    const unit = lookup(UNITS, g.unit);
    // "60 Minutes", "Three Days of the Condor": a capitalised unit is a title.
    if (/^\p{Lu}/u.test(g.unit)) return null;
    // "more than a quarter of the market": a fraction, not three months.
    if (
      unit === 'quarter' &&
      /^[\s\u00a0]+of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))
    )
      return null;
    if (!unit) return null;
    // Hyphenated adjectives are singular ("a five-year plan"); a plural after a hyphen is something else.
    if (g.hyphen && /s$/i.test(g.unit)) return null;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "two years ago" / "a day earlier" belong to the ago rule; "a day" in "twice a day" is a set.
    if (/^[\s\u00a0]+(?:ago|earlier|from\s+now)\b/i.test(after)) return null;
    // "52 years old" is an age; "a year-earlier figure" an adjective of its own.
    if (/^(?:[\s\u00a0]+old\b|[-‑](?!long))/i.test(after)) return null;
    let amount: number | null;
    if (g.vague) amount = COUPLE.test(g.vague) ? 2 : null;
    else {
      amount = parseAmount(g.amount);
      if (amount === null) return null;
      if (/^an?$/i.test(g.amount) && /s$/i.test(g.unit)) return null;
      if (g.half || g.halfAfter) amount += 0.5;
    }
    // "the 1990 year"? A four-digit "amount" is a year, not a count of units.
    if (amount !== null && amount >= 1000 && !g.vague) return null;
    // "at least several years": TimeBank leaves the modifier out of a vague amount.
    const mod = g.vague ? undefined : lookup(AMOUNT_MODS, g.mod);
    const vagueStart = g.vague && g.mod ? m.index + m[0].indexOf(g.mod) + g.mod.length + 1 : undefined;
    // "a flat rate over a year": a bare "a year" is a duration only after a preposition; in "$500 million
    // a year" or "four flights a week" it is a rate (the set rule).
    if (/^an?$/i.test(g.amount ?? '') && !g.lead && !g.mod) {
      const before = text.slice(Math.max(0, m.index - 10), m.index);
      if (
        !/(?:for|within|in|than|about|nearly|almost|barely|of|after|least|only|just|as long as|take|takes|took|last|lasts|lasted|spend|spent)[\s\u00a0]+$/i.test(
          before,
        )
      )
        return null;
    }
    // "the two-week (crisis)": the article belongs to the noun, not to the adjective.
    // "a four-day truce": the indefinite article too.
    const bareAmount = (g.amount ?? '').replace(/^an?[\s\u00a0]+(?=\S)/i, '');
    const extent =
      g.hyphen && (g.lead || bareAmount !== g.amount)
        ? {
            start: m.index + m[0].lastIndexOf(bareAmount, m[0].length - g.unit.length),
            end: m.index + m[0].length,
          }
        : vagueStart !== undefined
          ? { start: vagueStart, end: m.index + m[0].length }
          : undefined;
    return clean({ type: 'DURATION', duration: { unit, amount }, mod, extent } satisfies Reading);
  },
};

export const bareUnits: Parser = {
  name: 'en/duration-bare-plural',
  // "for years", "within weeks", "after months of talks": plural unit alone after a preposition → PXY, PXW.
  // "within weeks or months": the first unit gives the value (TimeBank: PXW), both stay in the extent.
  // Only the unit(s) are the extent, as in TimeBank ("within [weeks]").
  // The preposition is matched (a look-behind would rescan long runs of spaces) and left out via `extent`.
  pattern: rule(
    `(?:for|within|in|after|over)${SP}(?<unit>years|months|weeks|days|decades|hours)` +
      `(?:${SP}or${SP}(?:years|months|weeks|days|decades|hours)(?!${SP}(?:ago|before|later|earlier))` +
      `|(?!${SP}(?:of|ago|before|later|earlier)))`,
  ),
  extract(m) {
    const word = m.groups?.unit ?? '';
    const unit = lookup(UNITS, word);
    if (!unit) return null;
    const end = m.index + m[0].length;
    // The prepositions contain no unit word: the first unit word starts the extent.
    const start = m.index + m[0].indexOf(word);
    // "for decades" → PXY, as TimeBank writes it.
    const counted = unit === 'decade' ? 'year' : unit;
    return {
      type: 'DURATION',
      duration: { unit: counted, amount: null },
      extent: { start, end },
    };
  },
};

export const unitsAhead: Parser = {
  name: 'en/duration-ahead',
  // "in the weeks ahead", "the months to come": an unspecified stretch from now (TimeBank: PXW, the article in).
  pattern: rule(`the${SP}(?<unit>days|weeks|months|years)${SP}(?:ahead|to${SP}come)`),
  extract(m) {
    const unit = lookup(UNITS, m.groups?.unit);
    return unit ? { type: 'DURATION', duration: { unit, amount: null } } : null;
  },
};

export const unitLong: Parser = {
  name: 'en/duration-long',
  // "a day-long strike" → P1D, "a decades-long feud" → PXY (plural: unspecified amount).
  pattern: rule(`(?<unit>${UNIT})[-‑]long`),
  extract(m) {
    const word = m.groups?.unit ?? '';
    const unit = lookup(UNITS, word);
    if (!unit) return null;
    const plural = /s$/i.test(word);
    // "decades-long": an unspecified number of decades is written PXY in TimeBank.
    return {
      type: 'DURATION',
      duration: { unit: plural && unit === 'decade' ? 'year' : unit, amount: plural ? null : 1 },
    };
  },
};
