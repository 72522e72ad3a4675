// Relative expressions counted in calendar units from an anchor: « hier », « la semaine dernière », « il y a trois
// ans », « le lendemain » (from the last narrated day), « ce week-end ».

import {
  addDays,
  addMonths,
  addYears,
  dayLabel,
  getISODay,
  isoWeekInterval,
  isoWeekValue,
  seasonOf,
  weekendInterval,
  yearsInterval,
} from './calendar';
import type { ResolveContext, Resolution } from './resolution';
import { ex, gives } from './explain';
import { centuryValue, dayOf, dayResult, decadeValue, x, yearPartWith } from './resolution';
import type { Reading, Unit } from './types';

export function resolveShift(reading: Reading, ctx: ResolveContext): Resolution {
  const shift = reading.shift ?? { unit: 'day', offset: 0 };
  const chained = reading.anchor === 'previous' && ctx.previous;
  const base = chained ? ctx.previous!.day : ctx.dct;
  const baseText = chained
    ? `« ${ctx.previous!.text} » (${dayLabel(ctx.previous!.day)})`
    : ctx.dct
      ? `the publication date ${dayLabel(ctx.dct)}`
      : '';
  const baseEx = chained
    ? ex('quoteDay', { text: ctx.previous!.text, day: dayOf(ctx.previous!.day) })
    : ctx.dct
      ? ex('pubDate', { day: dayOf(ctx.dct) })
      : ex('value', { value: '' });
  const n = shift.offset;
  // "week 1 before that of …": the unit as the English text names it, the offset, the base.
  const unitEx = (unit: string) => ex('shift.unit', { unit, n, base: baseEx });
  const how = n === 0 ? 'same' : n < 0 ? `${-n} before` : `${n} after`;
  if (!base) {
    const unknown: Partial<Record<Unit, string>> = {
      week: 'XXXX-WXX',
      weekend: 'XXXX-WXX-WE',
      month: 'XXXX-XX',
      year: 'XXXX',
      quarter: 'XXXX-QX',
      half: 'XXXX-HX',
    };
    return x(
      unknown[shift.unit] ?? 'XXXX-XX-XX',
      `relative (${shift.unit} ${how}) but no publication date to count from`,
      'day',
      ex('shift.noDct', { unit: shift.unit, n }),
    );
  }
  if (reading.toTheDay && (shift.unit === 'year' || shift.unit === 'month' || shift.unit === 'week')) {
    const d =
      shift.unit === 'year'
        ? addYears(base, n)
        : shift.unit === 'month'
          ? addMonths(base, n)
          : addDays(base, 7 * n);
    return dayResult(
      d,
      `${shift.unit} ${how} ${baseText}, to the day → ${dayLabel(d)}`,
      undefined,
      gives(ex('shift.toTheDay', { unit: shift.unit, n, base: baseEx }), dayOf(d)),
    );
  }
  switch (shift.unit) {
    case 'week':
    case 'weekend': {
      const weekend = reading.weekend || shift.unit === 'weekend';
      // « ce week-end » in a past clause written on a weekday is the weekend just gone (« a gagné ce week-end »).
      const back =
        weekend && n === 0 && ctx.tense?.tense === 'past' && !chained && getISODay(base) <= 5 ? -7 : 0;
      const d = addDays(base, 7 * n + back);
      const value = isoWeekValue(d) + (weekend ? '-WE' : '');
      return {
        value,
        interval: weekend ? weekendInterval(d) : isoWeekInterval(d),
        precision: 'week',
        explanation: `${weekend ? 'weekend' : 'week'} ${how} that of ${baseText}`,
        explain: unitEx(weekend ? 'weekend' : 'week'),
      };
    }
    case 'month': {
      const d = addMonths(base, n);
      return yearPartWith(
        { month: d.getMonth() + 1 },
        d.getFullYear(),
        `month ${how} that of ${baseText}`,
        unitEx('month'),
      );
    }
    case 'quarter': {
      const d = addMonths(base, 3 * n);
      return yearPartWith(
        { quarter: Math.floor(d.getMonth() / 3) + 1 },
        d.getFullYear(),
        `quarter ${how} that of ${baseText}`,
        unitEx('quarter'),
      );
    }
    case 'half': {
      const d = addMonths(base, 6 * n);
      return yearPartWith(
        { half: d.getMonth() < 6 ? 1 : 2 },
        d.getFullYear(),
        `half-year ${how} that of ${baseText}`,
        unitEx('half-year'),
      );
    }
    case 'year':
      return yearPartWith(
        {},
        addYears(base, n).getFullYear(),
        `year ${how} that of ${baseText}`,
        unitEx('year'),
      );
    case 'decade': {
      const decade = Math.floor(base.getFullYear() / 10) + n;
      return {
        value: decadeValue(decade, ctx),
        interval: yearsInterval(decade * 10, decade * 10 + 9),
        precision: 'decade',
        explanation: `decade ${how} that of ${baseText}`,
        explain: unitEx('decade'),
      };
    }
    case 'century': {
      const c = Math.floor(base.getFullYear() / 100) + n;
      return {
        value: centuryValue(c, ctx),
        interval: yearsInterval(c * 100, c * 100 + 99),
        precision: 'century',
        explanation: `century ${how} that of ${baseText}`,
        explain: unitEx('century'),
      };
    }
    case 'season': {
      const s = seasonOf(base);
      return yearPartWith(
        { season: s.season },
        s.year,
        `season of ${baseText}`,
        ex('shift.season', { base: baseEx }),
      );
    }
    default: {
      const d = addDays(base, n);
      const label =
        n === 0
          ? `the day of ${baseText}`
          : `${Math.abs(n)} day${Math.abs(n) > 1 ? 's' : ''} ${n < 0 ? 'before' : 'after'} ${baseText}`;
      return dayResult(
        d,
        `${label} → ${dayLabel(d)}`,
        undefined,
        gives(ex('shift.days', { n, base: baseEx }), dayOf(d)),
      );
    }
  }
}
