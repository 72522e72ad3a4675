/**
 * How a locale is run — read this before writing one.
 *
 *   1. parse    Every parser of `locale.parsers` runs its global `pattern` over the ORIGINAL text (never a
 *               normalised copy, so offsets stay exact). Each match goes to `extract(match, text)`, which
 *               returns a Reading, several Readings (each with its own `extent`, « du 3 au 9 juin »), or null
 *               to reject the match (« 12 millions »). The extent is the whole match unless `reading.extent`.
 *   2. select   Overlapping candidates: the longer one wins; on equal length, the earlier parser in the list.
 *   3. merge    A day followed by a part of day or clock time across `locale.mergeGap` becomes one TIME
 *               (« mardi » + « soir » → « mardi soir »; « hier » + « en début d'après-midi »).
 *   4. resolve  In text order, each reading goes to the generic resolver (resolve.ts) with:
 *               - the publication date (DCT),
 *               - `locale.tenseAt(text, start, end)` — the tense of its clause,
 *               - the last day placed so far (for « le lendemain », a bare « 18 h »),
 *               - a forward anchor when `locale.forwardCue` precedes it and a day was named earlier in the same
 *                 sentence (« Mardi, il a appelé à une pause … à partir de jeudi » → the Thursday after).
 *   5. link     Ranges (`locale.rangeBefore` + `locale.rangeGap`: « entre 2019 et 2021 ») get `rangeWith`;
 *               a duration followed by `locale.durationStartGap` and a day gets `anchoredInterval`.
 * A locale therefore only supplies word tables, parsers, a tense reader and a few connector patterns.
 */

import type { DocumentKind, Mention } from '../../shared/timeline';
import { parseDay } from './calendar';
import type { DaySpan } from './direction';
import { weekdayWithin, withinExplanation } from './direction';
import { also, ex } from './explain';
import { headingStarts, lineAt } from './lines';
import { isDayReading, isTimeOfDayOnly, linkMentions, mergeDayAndPartOfDay } from './refiners';
import type { DayAnchor, Resolution } from './resolve';
import { resolve } from './resolve';
import type { Locale, ParsedMention } from './types';

/** Steps 1–2: all parser matches, overlaps removed, in text order. */
export function parseMentions(text: string, locale: Locale): ParsedMention[] {
  const candidates: (ParsedMention & { priority: number })[] = [];
  let groups = 0;
  locale.parsers.forEach((parser, priority) => {
    const re = parser.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const out = parser.extract(m, text);
      if (!out) continue;
      const group = Array.isArray(out) ? ++groups : undefined;
      for (const reading of Array.isArray(out) ? out : [out]) {
        const start = reading.extent?.start ?? m.index;
        const end = reading.extent?.end ?? m.index + m[0].length;
        const { extent: _extent, ...clean } = reading;
        candidates.push({ start, end, reading: clean, rule: parser.name, priority, group });
      }
    }
  });
  // Each reading competes with its own extent; the readings of a range keep a shared `group`.
  candidates.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start,
  );
  const kept: (ParsedMention & { priority: number })[] = [];
  const taken = new Uint8Array(text.length);
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map(({ priority: _p, ...rest }) => rest);
}

function sentenceBreakBetween(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  // A full stop followed by a space ends a sentence, unless it closes a one-letter abbreviation (« M. »).
  return /[!?\n]|(?<![\s(]\p{Lu})\.[\s\u00a0]/u.test(between);
}

export { mergeDayAndPartOfDay };

/** « il y a 50 ans jour pour jour », « il y a un an exactement », "a year ago to the day", "exactly". */
const TO_THE_DAY =
  /^[\s\u00a0,]*(?:jour\s+pour\s+jour|exactement|presque\s+jour\s+pour\s+jour|to\s+the\s+day|exactly)/iu;

/**
 * A narrative (history, biography, an anniversary piece) tells its story from years written out, most of them
 * far from the publication year; news counts from the publication date. At least three years written out, and
 * most of them two years or more away from the publication year.
 */
function isNarrative(parsed: ParsedMention[], dct: Date | null): boolean {
  const years = parsed.filter((p) => p.reading.year !== undefined && !p.reading.yearTwoDigits);
  if (years.length < 3) return false;
  if (!dct) return true;
  const far = years.filter((p) => Math.abs((p.reading.year ?? 0) - dct.getFullYear()) >= 2).length;
  return far * 2 > years.length;
}

export interface ResolvedMention extends ParsedMention {
  resolution: Resolution;
}

/** Steps 1–5 on one text. */
export function runLocale(
  text: string,
  locale: Locale,
  dctIso: string | null,
  opts: { kind?: DocumentKind; onKind?: (kind: DocumentKind) => void } = {},
): Mention[] {
  const dct = parseDay(dctIso);
  const parsed = mergeDayAndPartOfDay(text, parseMentions(text, locale), locale);
  const resolved: ResolvedMention[] = [];
  let previous: (DayAnchor & { end: number }) | null = null;
  let lastYear: { year: number; text: string; end: number } | null = null;
  // The last mention placed at any precision: « l'année suivante » after « en 2018 ».
  let lastPlaced: (DayAnchor & { end: number }) | null = null;
  // « La veille, il avait terminé stable. … soutenu par la hausse de Wall Street la veille »: a second « la veille »
  // looks back from the same day as the first, not from the day before it (« le lendemain … le lendemain » does
  // walk forward, as a narrative does).
  let previousNotBack: (DayAnchor & { end: number }) | null = null;
  // The story's year: the last year written out, and whether the whole text is a narrative told from it.
  let storyYear: { year: number; text: string; end: number; month?: number } | null = null;
  // Set once a mention after the story's year is dated from the publication day (« hier », « mardi »).
  let storyYearLeft = false;
  const narrative = opts.kind ? opts.kind === 'narrative' : isNarrative(parsed, dct);
  opts.onKind?.(narrative ? 'narrative' : 'news');
  // The day a date heading opened (« JAN. 10, 2013 » on its own line): bare times below it are on that day.
  const headings = headingStarts(text, parsed);
  let section: DayAnchor | null = null;
  // A stretch of days just announced (« les 12, 13 et 14 mai », « du 5 au 7 juin », « ce week-end »): a bare
  // weekday after it falls inside it.
  let span: (DaySpan & { at: number }) | null = null;

  const resolveAt = (p: ParsedMention, dayAfter: DayAnchor | null): Resolution => {
    const r =
      p.reading.shift && TO_THE_DAY.test(text.slice(p.end, p.end + 24))
        ? { ...p.reading, toTheDay: true }
        : p.reading;
    const tense = locale.tenseAt(text, p.start, p.end);
    // A bare « 18 h » or « le soir » belongs to the day right after it (« vers 0 h 40, jeudi »), else to a day
    // named before it in the same paragraph, else to the DCT.
    const near =
      previous && !/\n\s*\n/.test(text.slice(previous.end, p.start)) && p.start - previous.end < 400
        ? previous
        : section;
    const timeOnly =
      r.shift === undefined && r.weekday === undefined && r.month === undefined && r.year === undefined;
    // « à partir de jeudi », « jusqu'au 30 juin », « dès dimanche »: counted forward, from the day the sentence
    // narrates if it named one (« Mardi, il a appelé à une pause à partir de jeudi »), else from the DCT.
    let forwardFrom: DayAnchor | null = null;
    if (locale.forwardCue && locale.forwardCue.test(text.slice(Math.max(0, p.start - 30), p.start))) {
      if (previous && p.start - previous.end < 300 && !sentenceBreakBetween(text, previous.end, p.start)) {
        forwardFrom = previous;
      } else if (dct) forwardFrom = { day: dct, text: 'the publication date', lenient: true };
    }
    return resolve(r, {
      dct,
      tense,
      previous:
        r.anchor === 'previous'
          ? r.shift && r.shift.unit !== 'day'
            ? (lastPlaced ?? previous)
            : isDayBack(r)
              ? (previousNotBack ?? previous)
              : previous
          : timeOnly
            ? (dayAfter ?? near)
            : previous,
      forwardFrom,
      valueStyle: locale.valueStyle,
      weekdayIsToday: locale.weekdayIsToday,
      yearFrom:
        lastYear && p.start - lastYear.end < 80 && !sentenceBreakBetween(text, lastYear.end, p.start)
          ? lastYear
          : null,
      storyYear:
        storyYear && storyYear.year !== dct?.getFullYear()
          ? narrative
            ? storyYear
            : // « le 16 juillet 1969, trois astronautes décollaient … Le 16 juillet à 9h32, ils décollent »: in a
              // news piece, a year written just before carries to the next year-less dates, until the text dates
              // something from the publication day again.
              // Only a day of the same episode: a day-month within two months after a full date of that year.
              !storyYearLeft &&
                p.start - storyYear.end < STORY_YEAR_REACH &&
                storyYear.month !== undefined &&
                r.day !== undefined &&
                r.month !== undefined &&
                (r.month - storyYear.month + 12) % 12 <= 2
              ? { ...storyYear, near: true }
              : null
          : null,
    });
  };

  for (let k = 0; k < parsed.length; k++) {
    const p = parsed[k];
    const r = p.reading;
    const next = parsed[k + 1];
    let dayAfter: DayAnchor | null = null;
    if (
      r.type === 'TIME' &&
      isTimeOfDayOnly(r) &&
      next &&
      isDayReading(next.reading) &&
      /^[\s\u00a0\u202f,]*$/u.test(text.slice(p.end, next.start))
    ) {
      const day = resolveAt(next, null).day;
      if (day) dayAfter = { day, text: text.slice(next.start, next.end) };
    }
    const lineStart = lineAt(text, p.start).start;
    if (headings.has(lineStart)) section = null;
    let resolution = resolveAt(p, dayAfter);
    if (span && p.start - span.at > SPAN_REACH) span = null;
    const within = span && resolution.day ? weekdayWithin(r, span) : null;
    if (span && within && within.getTime() !== resolution.day?.getTime()) {
      const placed = resolveAt(
        {
          ...p,
          reading: {
            ...r,
            weekday: undefined,
            year: within.getFullYear(),
            month: within.getMonth() + 1,
            day: within.getDate(),
          },
        },
        dayAfter,
      );
      const why = withinExplanation(r, span, within);
      resolution = { ...placed, explanation: why.text, explain: why.explain, alternative: undefined };
    }
    const opened = spanOpened(p, resolved, k, resolution, text, locale);
    if (opened) span = { ...opened, at: p.end };
    resolved.push({ ...p, resolution });
    if (headings.has(lineStart))
      section = resolution.day ? { day: resolution.day, text: text.slice(p.start, p.end) } : null;
    if ((r.shift && r.anchor !== 'previous') || (r.weekday !== undefined && r.year === undefined))
      storyYearLeft = true;
    if (r.year !== undefined && !r.yearTwoDigits && /^\d{4}/.test(resolution.value)) {
      storyYearLeft = false;
      storyYear = {
        year: Number(resolution.value.slice(0, 4)),
        text: text.slice(p.start, p.end),
        end: p.end,
        month: r.day !== undefined ? r.month : undefined,
      };
    }
    if (resolution.day) previous = { day: resolution.day, text: text.slice(p.start, p.end), end: p.end };
    if (resolution.day && !isDayBack(r)) previousNotBack = previous;
    const placed =
      resolution.interval && resolution.precision !== 'ref' ? parseDay(resolution.interval.start) : null;
    if (placed) lastPlaced = { day: placed, text: text.slice(p.start, p.end), end: p.end };
    // « en 97 », « cette année »: a year the sentence is talking about (not « il y a un an », which looks back).
    if (
      (r.year !== undefined || (r.shift?.unit === 'year' && r.shift.offset === 0)) &&
      /^\d{4}/.test(resolution.value)
    ) {
      lastYear = { year: Number(resolution.value.slice(0, 4)), text: text.slice(p.start, p.end), end: p.end };
    }
  }
  return toMentions(text, resolved, locale);
}

/** « la veille », « l'avant-veille », "the day before": a day counted back from the last one placed. */
function isDayBack(r: ParsedMention['reading']): boolean {
  return r.anchor === 'previous' && r.shift?.unit === 'day' && r.shift.offset < 0;
}

/** How far after the story's year a year-less date of a news piece still takes it (characters). */
const STORY_YEAR_REACH = 1200;

/** How far after a stretch of days a bare weekday is still read inside it (characters). */
const SPAN_REACH = 2500;

/**
 * The stretch of days a mention closes, if any: the last of a list or range parsed as one group
 * (« les 12, 13 et 14 mai », « du 5 au 7 juin »), the second of two days joined as a range (« from April 5 to
 * April 7 »), or a weekend. Two to ten days; a week or a month is too wide to pull a weekday into it.
 */
function spanOpened(
  p: ParsedMention,
  resolvedAll: readonly ResolvedMention[],
  resolvedIndex: number,
  resolution: Resolution,
  text: string,
  locale: Locale,
): DaySpan | null {
  const prev = resolvedIndex > 0 ? resolvedAll[resolvedIndex - 1] : null;
  const iv = resolution.interval;
  if (!iv || resolution.precision === 'ref') return null;
  const end = parseDay(iv.end);
  if (!end) return null;
  if (p.reading.weekend) {
    const start = parseDay(iv.start);
    return start ? { start, end, text: text.slice(p.start, p.end) } : null;
  }
  if (p.reading.day === undefined || !prev || prev.reading.day === undefined || !prev.resolution.interval)
    return null;
  const sameGroup = p.group !== undefined && p.group === prev.group;
  const joined =
    locale.rangeGap?.test(text.slice(prev.end, p.start)) &&
    (!locale.rangeBefore || locale.rangeBefore.test(text.slice(Math.max(0, prev.start - 12), prev.start)));
  if (!sameGroup && !joined) return null;
  // The first day of the group: « les 12 » in « les 12, 13 et 14 mai ».
  let first: ResolvedMention = prev;
  if (sameGroup)
    for (let j = resolvedIndex - 2; j >= 0 && resolvedAll[j].group === p.group; j--) first = resolvedAll[j];
  const start = first.resolution.interval ? parseDay(first.resolution.interval.start) : null;
  if (!start) return null;
  const days = Math.round((end.getTime() - start.getTime()) / 86_400_000);
  return days >= 1 && days <= 9 ? { start, end, text: text.slice(first.start, p.end) } : null;
}

function toMentions(text: string, resolved: ResolvedMention[], locale: Locale): Mention[] {
  const mentions: Mention[] = resolved.map((m, i) => {
    const res = m.resolution;
    const mention: Mention = {
      id: `m${i + 1}`,
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      type: m.reading.type,
      value: res.value,
      interval: res.interval,
      explanation: res.explanation,
      explain: res.explain,
      rule: m.rule,
      precision: res.precision,
    };
    if (m.reading.mod) mention.mod = m.reading.mod;
    // « la plus grande attaque depuis 1945 »: 1945 dates the start of a period running to now, not an event.
    if (res.interval && locale.sinceCue?.test(text.slice(Math.max(0, m.start - 12), m.start))) {
      const word = text
        .slice(Math.max(0, m.start - 12), m.start)
        .trim()
        .split(/\s+/)
        .pop();
      mention.explanation += `; « ${word} »: start of a period up to the publication date (context)`;
      mention.explain = also(mention.explain, ex('since', { text: word ?? '' }));
    }
    if (res.alternative) mention.alternative = res.alternative;
    return mention;
  });
  linkMentions(text, mentions, resolved, locale);
  return mentions;
}
