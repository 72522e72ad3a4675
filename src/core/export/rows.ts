// What every export format says about an event, computed once: the visible events in time order, each with
// its dates at the precision the text gave, its status, label, sentence, source and explanation. CSV,
// TimelineJS, markwhen and the HTML page all read these rows, so a year-only date is a year everywhere.

import { monthNames } from '../../shared/calendarNames';
import type {
  EventStatus,
  Lang,
  Mention,
  Precision,
  TimelineDocument,
  TimelineEvent,
} from '../../shared/timeline';

/** A calendar date with only the parts the text gave: « 1945 » has no month, « mars 2024 » no day. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export interface ExportRow {
  id: string;
  /** Inclusive ISO days, as in the document. */
  start: string;
  end: string;
  precision: Precision;
  status: EventStatus;
  label: string;
  /** The claim's sentence, whitespace collapsed onto one line. */
  sentence: string;
  /** The article: its file name, else its title, else "pasted text". */
  source: string;
  /** How each date of the claim was resolved, one line per mention, joined by " · ". */
  explanation: string;
  /** The date as the text gave it: « 1945 », « mars 2024 », "Q2 2023", "Apr 26, 2022". */
  displayDate: string;
  startParts: DateParts;
  /** Absent when the event ends within its start's unit (one day, one month, one year). */
  endParts: DateParts | null;
}

export interface ExportWords {
  status: Record<EventStatus, string>;
  pasted: string;
  untitled: string;
  source: string;
  published: string;
  noDate: string;
  vague: string;
  dateOf: string;
  explanation: string;
  sentence: string;
  colon: string;
}

export const EXPORT_WORDS: Record<Lang, ExportWords> = {
  fr: {
    status: {
      happened: 'a eu lieu',
      reported: 'rapporté',
      planned: 'prévu',
      demanded: 'demandé',
      denied: 'démenti',
    },
    pasted: 'texte collé',
    untitled: 'Chronologie',
    source: 'Source',
    published: 'Publication',
    noDate: 'date de publication inconnue',
    vague: 'date approximative',
    dateOf: 'Date',
    explanation: 'Comment la date a été lue',
    sentence: 'Phrase',
    colon: '\u00a0: ',
  },
  en: {
    status: {
      happened: 'happened',
      reported: 'reported',
      planned: 'planned',
      demanded: 'demanded',
      denied: 'denied',
    },
    pasted: 'pasted text',
    untitled: 'Timeline',
    source: 'Source',
    published: 'Published',
    noDate: 'publication date unknown',
    vague: 'approximate date',
    dateOf: 'Date',
    explanation: 'How the date was read',
    sentence: 'Sentence',
    colon: ': ',
  },
};

const MONTHS: Record<Lang, readonly string[]> = {
  fr: monthNames('fr').slice(1),
  en: monthNames('en').slice(1),
};
const SEASONS: Record<Lang, [string, string, string, string]> = {
  fr: ['hiver', 'printemps', 'été', 'automne'],
  en: ['winter', 'spring', 'summer', 'autumn'],
};

const YEAR_ONLY: Precision[] = ['year', 'decade', 'century'];
const MONTH_ONLY: Precision[] = ['month', 'quarter', 'half', 'season'];

function split(iso: string): { year: number; month: number; day: number } {
  const m = /^(?<y>-?\d{1,6})-(?<mo>\d{2})-(?<d>\d{2})/u.exec(iso);
  if (!m?.groups) throw new Error(`not an ISO date: ${iso}`);
  return { year: Number(m.groups.y), month: Number(m.groups.mo), day: Number(m.groups.d) };
}

/** The parts of a day the precision knows: a year keeps its year, a quarter its months, a week its days. */
export function partsAt(iso: string, precision: Precision): DateParts {
  const { year, month, day } = split(iso);
  if (YEAR_ONLY.includes(precision)) return { year };
  if (MONTH_ONLY.includes(precision)) return { year, month };
  return { year, month, day };
}

function sameParts(a: DateParts, b: DateParts): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function ordinalFr(n: number): string {
  const ROMAN: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let r = n;
  for (const [v, s] of ROMAN) {
    while (r >= v) {
      out += s;
      r -= v;
    }
  }
  return out;
}

function ordinalEn(n: number): string {
  const t = n % 100;
  const suffix = t >= 11 && t <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function dayText(iso: string, lang: Lang): string {
  const { year, month, day } = split(iso);
  const mo = MONTHS[lang][month - 1];
  return lang === 'fr' ? `${day === 1 ? '1er' : day} ${mo} ${year}` : `${mo} ${day}, ${year}`;
}

/** The date as the text gave it, at its precision: never "1 January – 31 December 1945" for « 1945 ». */
export function displayDate(start: string, end: string, precision: Precision, lang: Lang): string {
  const s = split(start);
  const e = split(end);
  const dash = ' – ';
  switch (precision) {
    case 'century': {
      const c = Math.floor(s.year / 100) + 1;
      return lang === 'fr' ? `${ordinalFr(c)}e siècle` : `${ordinalEn(c)} century`;
    }
    case 'decade': {
      const d = Math.floor(s.year / 10) * 10;
      return lang === 'fr' ? `années ${d}` : `${d}s`;
    }
    case 'year':
      return s.year === e.year ? String(s.year) : `${s.year}${dash}${e.year}`;
    case 'half':
      return `${lang === 'fr' ? 'S' : 'H'}${s.month <= 6 ? 1 : 2} ${s.year}`;
    case 'quarter':
      return `${lang === 'fr' ? 'T' : 'Q'}${Math.floor((s.month - 1) / 3) + 1} ${s.year}`;
    case 'season': {
      // Seasons start in March, June, September and December; a winter is named by the year it starts in.
      const i = s.month === 12 || s.month <= 2 ? 0 : Math.floor(s.month / 3);
      const year = s.month <= 2 ? s.year - 1 : s.year;
      const name = SEASONS[lang][i]!;
      return lang === 'fr' ? `${name} ${year}` : `${name} ${year}`;
    }
    case 'month': {
      const one = (p: { year: number; month: number }) => `${MONTHS[lang][p.month - 1]} ${p.year}`;
      return s.year === e.year && s.month === e.month ? one(s) : `${one(s)}${dash}${one(e)}`;
    }
    default:
      return start === end ? dayText(start, lang) : `${dayText(start, lang)}${dash}${dayText(end, lang)}`;
  }
}

function baseName(path: string): string {
  return path.split(/[\\/]/u).pop() || path;
}

/** The article's name for a "source" column: its file name, else its title. */
export function sourceName(doc: TimelineDocument): string {
  const lang: Lang = doc.source.lang === 'fr' ? 'fr' : 'en';
  if (doc.source.path) return baseName(doc.source.path);
  return doc.source.title ?? EXPORT_WORDS[lang].pasted;
}

/** Title for a page or a TimelineJS title slide: the article's title, else its first line. */
export function titleOf(doc: TimelineDocument): string {
  const lang: Lang = doc.source.lang === 'fr' ? 'fr' : 'en';
  const first = doc.text
    .split('\n')
    .find((l) => l.trim())
    ?.trim();
  return doc.source.title ?? first ?? EXPORT_WORDS[lang].untitled;
}

export const oneLine = (s: string): string => s.replace(/\s+/gu, ' ').trim();

function precisionOfEvent(ev: TimelineEvent, mentions: Mention[]): Precision {
  if (ev.precision) return ev.precision;
  return mentions[0]?.precision ?? (ev.start === ev.end ? 'day' : 'month');
}

/** The events a reader sees (hidden ones left out), earliest first, as export rows. */
export function exportRows(doc: TimelineDocument): ExportRow[] {
  const lang: Lang = doc.source.lang === 'fr' ? 'fr' : 'en';
  const byId = new Map(doc.mentions.map((m) => [m.id, m]));
  const source = sourceName(doc);
  return doc.events
    .filter((e) => !e.hidden)
    .map((ev, i) => ({ ev, i }))
    .sort((a, b) => a.ev.start.localeCompare(b.ev.start) || a.ev.end.localeCompare(b.ev.end) || a.i - b.i)
    .map(({ ev }) => {
      const mentions = ev.mentions.map((id) => byId.get(id)).filter((m): m is Mention => !!m);
      const precision = precisionOfEvent(ev, mentions);
      const startParts = partsAt(ev.start, precision);
      const endAt = partsAt(ev.end, precision);
      return {
        id: ev.id,
        start: ev.start,
        end: ev.end,
        precision,
        status: ev.status ?? 'happened', // as the layout draws an unmarked event
        label: oneLine(ev.label),
        sentence: oneLine(doc.text.slice(ev.claim.start, ev.claim.end)),
        source,
        explanation: mentions.map((m) => oneLine(m.explanation)).join(' · '),
        displayDate: displayDate(ev.start, ev.end, precision, lang),
        startParts,
        endParts: sameParts(startParts, endAt) ? null : endAt,
      };
    });
}
