// Explanations as data (`Explain` in shared/timeline.ts) beside the English one-liners, so the app can write
// them in French too. Each builder names one sentence of the resolver; the renderer's tables
// (src/renderer/src/explain.ts) hold the words, in both languages.

import type { Explain } from '../../shared/timeline';

export function ex(key: string, args?: Explain['args']): Explain {
  return args ? { key, args } : { key };
}

/** "a → b": a reason and what it gives (not named `then`: a module exporting `then` is a thenable). */
export function gives(a: Explain, b: Explain): Explain {
  return { key: 'then', args: { a, b } };
}

/** "a; b": a remark added after the explanation. */
export function also(a: Explain | undefined, b: Explain): Explain | undefined {
  return a ? { key: 'also', args: { a, b } } : undefined;
}

/** A TIMEX3 value, shown as written: `2022-W17`. */
export function val(value: string): Explain {
  return { key: 'value', args: { value } };
}

/** A calendar day (ISO), shown `Fri 22 Apr 2022` / `ven. 22 avr. 2022`. */
export function day(iso: string): Explain {
  return { key: 'day', args: { day: iso } };
}
