// Durations, sets and the now/past/future references: values that are not placed on the calendar by a date.

import { dayInterval, dayLabel, pad } from './calendar';
import type { ResolveContext, Resolution } from './resolution';
import { ex } from './explain';
import { dayOf, MONTH_NAMES, WEEKDAY_NAMES } from './resolution';
import type { Reading, Unit } from './types';

const DURATION_LETTERS: Partial<Record<Unit, { letter: string; time?: boolean; factor?: number }>> = {
  second: { letter: 'S', time: true },
  minute: { letter: 'M', time: true },
  hour: { letter: 'H', time: true },
  day: { letter: 'D' },
  week: { letter: 'W' },
  weekend: { letter: 'WE' },
  month: { letter: 'M' },
  quarter: { letter: 'M', factor: 3 },
  half: { letter: 'M', factor: 6 },
  season: { letter: 'M', factor: 3 },
  year: { letter: 'Y' },
  decade: { letter: 'Y', factor: 10 },
  century: { letter: 'Y', factor: 100 },
};

// A fraction goes to the next smaller unit when it is a whole number of them, as TimeML writes it:
// "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M, "a minute and a half" → PT1M30S, "two and a half days"
// → P2DT12H. Seconds, weeks and months keep the decimal (« 30,4 secondes » → PT30.4S).
const FRACTION_SPLIT: Partial<Record<Unit, { per: number; write: (whole: number, rest: number) => string }>> =
  {
    year: { per: 12, write: (w, r) => `P${w ? `${w}Y` : ''}${r}M` },
    hour: { per: 60, write: (w, r) => `PT${w ? `${w}H` : ''}${r}M` },
    minute: { per: 60, write: (w, r) => `PT${w ? `${w}M` : ''}${r}S` },
    day: { per: 24, write: (w, r) => `P${w ? `${w}D` : ''}T${r}H` },
  };

/** « quatre jours » → P4D; « plusieurs semaines » → PXW; « 30,4 secondes » → PT30.4S; « une décennie » → P10Y. */
export function durationValue(duration: { unit: Unit; amount: number | null }): string {
  const spec = DURATION_LETTERS[duration.unit] ?? { letter: 'D' };
  if (duration.amount === null) {
    // Vague multiples keep their unit where the corpora do: "decades-long" → PXY, "centuries" → PXC.
    const letter = duration.unit === 'century' ? 'C' : spec.letter;
    return `P${spec.time ? 'T' : ''}X${letter}`;
  }
  const amount = Math.round(duration.amount * (spec.factor ?? 1) * 1000) / 1000;
  const split = FRACTION_SPLIT[duration.unit];
  if (split && !Number.isInteger(amount)) {
    const whole = Math.floor(amount);
    const rest = Math.round((amount - whole) * split.per * 1000) / 1000;
    if (Number.isInteger(rest)) return split.write(whole, rest);
  }
  return `P${spec.time ? 'T' : ''}${amount}${spec.letter}`;
}

export function resolveDuration(reading: Reading): Resolution {
  const duration = reading.duration ?? { unit: 'day', amount: null };
  const value = durationValue(duration);
  return {
    value,
    interval: null,
    precision: 'duration',
    explanation: `duration ${value}, not placed on the calendar by itself`,
    explain: ex('duration', { value }),
  };
}

export function resolveSet(reading: Reading): Resolution {
  if (reading.weekday !== undefined) {
    // "Tuesday nights" → XXXX-WXX-2TNI.
    const pod = reading.partOfDay ? `T${reading.partOfDay}` : '';
    const value = `XXXX-WXX-${reading.weekday}${pod}`;
    return {
      value,
      interval: null,
      precision: 'set',
      explanation: `every ${WEEKDAY_NAMES[reading.weekday]} (${value})`,
      explain: ex('set.weekday', { weekday: reading.weekday, value }),
    };
  }
  if (reading.month !== undefined) {
    // "each July" → XXXX-07.
    const value = `XXXX-${pad(reading.month, 2)}`;
    return {
      value,
      interval: null,
      precision: 'set',
      explanation: `every ${MONTH_NAMES[reading.month]} (${value})`,
      explain: ex('set.month', { month: reading.month, value }),
    };
  }
  const value = durationValue(reading.duration ?? { unit: 'day', amount: 1 });
  return {
    value,
    interval: null,
    precision: 'set',
    explanation: `repeats every ${value}`,
    explain: ex('set.every', { value }),
  };
}

export function resolveRef(reading: Reading, ctx: ResolveContext): Resolution {
  const ref = reading.ref ?? 'PRESENT_REF';
  if (ref === 'PRESENT_REF' && ctx.dct) {
    return {
      value: ref,
      interval: dayInterval(ctx.dct),
      precision: 'ref',
      explanation: `now: the publication date ${dayLabel(ctx.dct)}`,
      explain: ex('ref.now', { day: dayOf(ctx.dct) }),
    };
  }
  const what =
    ref === 'PRESENT_REF'
      ? 'now (no publication date)'
      : ref === 'PAST_REF'
        ? 'some time in the past'
        : 'some time in the future';
  const key = ref === 'PRESENT_REF' ? 'ref.nowNoDct' : ref === 'PAST_REF' ? 'ref.past' : 'ref.future';
  return { value: ref, interval: null, precision: 'ref', explanation: what, explain: ex(key) };
}
