// Refiners: the steps between parsing and output that look at neighbouring mentions (see pipeline.ts).
//   merge   « mardi » + « soir » → one TIME « mardi soir »
//   ranges  « entre 2019 et 2021 », « du 3 au 9 juin » → each end's `rangeWith` names the other
//   anchor  « une pause de quatre jours, à partir de jeudi » → the duration's `anchoredInterval`, Thu to Sun

import type { Mention } from '../../shared/timeline';
import { addDays, addMonths, addYears, isoDay, parseDay } from './calendar';
import { also, ex } from './explain';
import type { Resolution } from './resolution';
import type { Locale, ParsedMention, Reading } from './types';

export function isDayReading(r: Reading): boolean {
  if (r.type !== 'DATE' || r.partOfDay || r.hour !== undefined) return false;
  if (r.weekday !== undefined) return true;
  if (r.day !== undefined && r.month !== undefined) return true;
  return r.shift?.unit === 'day';
}

export function isTimeOfDayOnly(r: Reading): boolean {
  return (
    r.type === 'TIME' &&
    (r.partOfDay !== undefined || r.hour !== undefined) &&
    !r.shift &&
    r.weekday === undefined &&
    r.day === undefined &&
    !r.ref
  );
}

/** Step 3: « mardi » + « soir » → one TIME « mardi soir ». */
export function mergeDayAndPartOfDay(
  text: string,
  mentions: ParsedMention[],
  locale: Locale,
): ParsedMention[] {
  const gap = locale.mergeGap;
  if (!gap) return mentions;
  const out: ParsedMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (
      b &&
      isDayReading(a.reading) &&
      isTimeOfDayOnly(b.reading) &&
      b.reading.partOfDay &&
      gap.test(text.slice(a.end, b.start))
    ) {
      out.push({
        start: a.start,
        end: b.end,
        reading: { ...a.reading, type: 'TIME', partOfDay: b.reading.partOfDay },
        rule: `${a.rule}+${b.rule}`,
      });
      i++;
    } else out.push(a);
  }
  return out;
}

export function durationEnd(start: Date, r: Reading): Date | null {
  const d = r.duration;
  if (!d || d.amount === null || !Number.isInteger(d.amount) || d.amount <= 0) return null;
  const n = d.amount;
  switch (d.unit) {
    case 'day':
      return addDays(start, n - 1);
    case 'week':
      return addDays(start, 7 * n - 1);
    case 'month':
      return addDays(addMonths(start, n), -1);
    case 'year':
      return addDays(addYears(start, n), -1);
    default:
      return null;
  }
}

/** Ranges and anchored durations, on the finished mentions (ids known). */
export function linkMentions(
  text: string,
  mentions: Mention[],
  resolved: (ParsedMention & { resolution: Resolution })[],
  locale: Locale,
): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    const gap = text.slice(a.end, b.start);
    // « entre 2019 et 2021 », « du 3 au 9 juin »: the second date closes the range the first opens.
    if (locale.rangeGap?.test(gap) && a.type === b.type && a.type !== 'DURATION') {
      const before = text.slice(Math.max(0, a.start - 12), a.start);
      if (
        !locale.rangeBefore ||
        locale.rangeBefore.test(before) ||
        (resolved[i].group !== undefined && resolved[i].group === resolved[i + 1].group)
      ) {
        a.rangeWith = b.id;
        b.rangeWith = a.id;
      }
    }
    // « une pause de quatre jours, à partir de jeudi » → Thursday to Sunday.
    if (a.type === 'DURATION' && b.interval && locale.durationStartGap?.test(gap)) {
      const start = parseDay(b.interval.start);
      const end = start && durationEnd(start, resolved[i].reading);
      if (start && end) {
        a.anchoredInterval = { start: isoDay(start), end: isoDay(end) };
        a.explanation += `; starts « ${b.text} » → ${a.anchoredInterval.start} to ${a.anchoredInterval.end}`;
        a.explain = also(a.explain, ex('duration.start', { text: b.text, ...a.anchoredInterval }));
      }
    }
  }
  // « les 12, 13 et 14 mai »: a list of three or more days parsed as one group runs from its first day to its last.
  for (let i = 0; i < mentions.length;) {
    let k = i;
    while (
      k + 1 < mentions.length &&
      resolved[i].group !== undefined &&
      resolved[k + 1].group === resolved[i].group
    )
      k++;
    if (k - i >= 2) {
      for (let j = i; j <= k; j++) delete mentions[j].rangeWith;
      mentions[i].rangeWith = mentions[k].id;
      mentions[k].rangeWith = mentions[i].id;
    }
    i = k + 1;
  }
}
