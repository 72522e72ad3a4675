// Number words → numbers, for any locale that gives a table of its words (« vingt-et-un », "twenty-one").
// Written numbers are sums of table values, with multipliers for hundreds and thousands:
// « quatre-vingt-dix-sept » = 80 (table entry « quatre-vingt ») + 10 + 7; « deux cents » = 2 × 100.

import { alternation, normWord, SP } from './regex';

export interface NumberTable {
  /** Words with their value (« un » 1, « vingt » 20, « quatre-vingt » 80). */
  words: Readonly<Record<string, number>>;
  /** Multiplying words (« cent » 100, « mille » 1000). */
  multipliers: Readonly<Record<string, number>>;
  /** Joining words that add nothing (« et » in « vingt et un »). */
  joiners: readonly string[];
}

/**
 * A pattern for a written number: one table word, then any run of (separator, word). Separators and words
 * are disjoint, so the repetition stays linear on any input.
 */
export function numberWordPattern(table: NumberTable): string {
  const word = alternation([...Object.keys(table.words), ...Object.keys(table.multipliers)]);
  const join = table.joiners.length
    ? `|${SP}${alternation(table.joiners)}(?:${SP}|-)|-${alternation(table.joiners)}-`
    : '';
  // Bounded repetition: no written number has more than seven parts, and a bound keeps scanning linear.
  return `${word}(?:(?:-|${SP}${join})${word}){0,6}`;
}

/** Value of a written number, or null if a part is not in the table. Digits are read as digits. */
export function parseNumber(written: string, table: NumberTable): number | null {
  const text = normWord(written).trim();
  if (/^\d+(?:[.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  const joiners = new Set(table.joiners.map(normWord));
  const parts = text.split(/[\s-]+/).filter((p) => p && !joiners.has(p));
  if (parts.length === 0) return null;
  let total = 0;
  let current = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    // Two-word table entries (« quatre-vingt ») are looked up before their parts.
    const pair = i + 1 < parts.length ? `${part}-${parts[i + 1]}` : '';
    if (pair && pair in table.words) {
      current += table.words[pair];
      i++;
    } else if (part in table.multipliers) {
      const m = table.multipliers[part];
      if (m >= 1000) {
        total += (current || 1) * m;
        current = 0;
      } else current = (current || 1) * m;
    } else if (part in table.words) current += table.words[part];
    else return null;
  }
  return total + current;
}
