// How a date was found, in the interface's language: the engine gives each explanation as data (`Explain`, see
// src/core/temporal/explain.ts) beside its English line; these tables write it in English or French.
// The English table writes exactly the engine's English line (explain.test.ts checks it on every corpus), so
// the French one is fed the same facts. Anything the tables do not know falls back to the English line.

import { monthNames, weekdayNames } from '../../shared/calendarNames';
import type { Explain, Lang } from '../../shared/timeline';

type Arg = string | number | Explain;
type Args = Record<string, Arg>;
/** One sentence: its arguments, and `say` to write a nested explanation or a day. */
type Sentence = (a: Args, say: (arg: Arg | undefined) => string) => string;

class Unknown extends Error {}

const EN_WEEKDAYS = weekdayNames('en');
const EN_MONTHS = monthNames('en');
const EN_SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const EN_DAY_ABBR = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const FR_WEEKDAYS = weekdayNames('fr');
const FR_MONTHS = monthNames('fr');
const FR_SEASONS: Record<string, string> = { SP: 'printemps', SU: 'été', FA: 'automne', WI: 'hiver' };
const FR_DAY_ABBR = ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'];
const FR_MONTH_ABBR = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];
/** French units: one, several, « the same … ». */
const FR_UNITS: Record<string, [string, string, string]> = {
  second: ['seconde', 'secondes', 'la même seconde'],
  minute: ['minute', 'minutes', 'la même minute'],
  hour: ['heure', 'heures', 'la même heure'],
  day: ['jour', 'jours', 'le même jour'],
  week: ['semaine', 'semaines', 'la même semaine'],
  weekend: ['week-end', 'week-ends', 'le même week-end'],
  month: ['mois', 'mois', 'le même mois'],
  quarter: ['trimestre', 'trimestres', 'le même trimestre'],
  half: ['semestre', 'semestres', 'le même semestre'],
  'half-year': ['semestre', 'semestres', 'le même semestre'],
  season: ['saison', 'saisons', 'la même saison'],
  year: ['an', 'ans', 'la même année'],
  decade: ['décennie', 'décennies', 'la même décennie'],
  century: ['siècle', 'siècles', 'le même siècle'],
};

function num(a: Args, name: string): number {
  const v = a[name];
  if (typeof v !== 'number') throw new Unknown(name);
  return v;
}
function str(a: Args, name: string): string {
  const v = a[name];
  if (typeof v !== 'string') throw new Unknown(name);
  return v;
}
function pick<T>(table: readonly T[] | Record<string, T>, k: number | string): T {
  const v = (table as Record<string | number, T>)[k];
  if (v === undefined || v === '') throw new Unknown(String(k));
  return v;
}

/** `2022-04-22` → its parts, or an error for anything else. */
function isoParts(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Unknown(iso);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  d.setUTCFullYear(Number(m[1]));
  return d;
}
function dayEn(iso: string): string {
  const d = isoParts(iso);
  return `${EN_DAY_ABBR[d.getUTCDay()]} ${d.getUTCDate()} ${EN_MONTH_ABBR[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
function dayFr(iso: string): string {
  const d = isoParts(iso);
  const n = d.getUTCDate();
  return `${FR_DAY_ABBR[d.getUTCDay()]} ${n === 1 ? '1er' : n} ${FR_MONTH_ABBR[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
const plural = (n: number, one: string) => `${n} ${one}${n > 1 ? 's' : ''}`;

const EN: Record<string, Sentence> = {
  then: (a, say) => `${say(a.a)} → ${say(a.b)}`,
  also: (a, say) => `${say(a.a)}; ${say(a.b)}`,
  value: (a) => str(a, 'value'),
  day: (a) => dayEn(str(a, 'day')),
  quote: (a) => `« ${str(a, 'text')} »`,
  quoteDay: (a, say) => `« ${str(a, 'text')} » (${say(a.day)})`,
  pubDate: (a, say) => `the publication date ${say(a.day)}`,
  storyYear: (a) => `the story's year ${num(a, 'year')}`,
  tense: (a) => `${str(a, 'tense')} tense « ${str(a, 'cue')} »`,
  'tense.none': () => 'no tense cue',
  'dir.lenient': () => 'counting forward (from / until)',
  'dir.forwardFrom': (a) => `counting forward from « ${str(a, 'text')} »`,
  'dir.statedPast': () => 'stated as past',
  'dir.statedNext': () => 'stated as next',
  'dir.upcoming': (a, say) => `${say(a.tense)} (upcoming)`,
  asWritten: (a) => `date as written: ${dayEn(str(a, 'day'))}`,
  'month.written': (a) => `${pick(EN_MONTHS, num(a, 'month'))} ${num(a, 'year')} as written`,
  'season.year': (a) =>
    `${pick(EN_SEASONS, str(a, 'season'))} ${num(a, 'year')} (astronomical dates, northern hemisphere)`,
  'quarter.of': (a) => `quarter ${num(a, 'n')} of ${num(a, 'year')}`,
  'half.of': (a) => `half ${num(a, 'n')} of ${num(a, 'year')}`,
  'year.the': (a) => `the year ${num(a, 'year')}`,
  'century.written': (a) => `the ${num(a, 'century') * 100}s (century) as written`,
  'decade.written': (a) => `the ${num(a, 'decade') * 10}s as written`,
  'impossible.written': () => 'impossible date as written',
  'impossible.date': () => 'impossible date',
  'impossible.day': () => 'impossible day',
  'partOfDay.generic': () => 'a part of day in general, on no particular day',
  yearShift: (a) => {
    const s = num(a, 'shift');
    const n = Math.abs(s);
    const how =
      s === 0
        ? 'the publication year'
        : `${n} year${n > 1 ? 's' : ''} ${s < 0 ? 'before' : 'after'} the publication year`;
    return `${how} (${num(a, 'year')})`;
  },
  onDayOf: (a, say) => `on the day of « ${str(a, 'text')} » (${say(a.day)})`,
  'time.noDct': () => 'time of an unknown day (no publication date)',
  noDayNearby: (a, say) => `no day named nearby → the publication date ${say(a.day)}`,
  'dayOfMonth.noDct': () => 'day of an unknown month',
  dayOfMonth: (a, say) => `day ${num(a, 'n')} of the month in context (${say(a.day)})`,
  'weekday.noDct': (a) => `${pick(EN_WEEKDAYS, num(a, 'weekday'))}, but no publication date to place it`,
  'weekday.this': (a, say) => `this ${pick(EN_WEEKDAYS, num(a, 'weekday'))}: ${say(a.ref)} itself`,
  'weekday.itself': (a, say) => `${pick(EN_WEEKDAYS, num(a, 'weekday'))} = the day of ${say(a.ref)} itself`,
  'weekday.next': (a, say) => `next ${pick(EN_WEEKDAYS, num(a, 'weekday'))} after ${say(a.ref)}`,
  'weekday.last': (a, say) => `last ${pick(EN_WEEKDAYS, num(a, 'weekday'))} before ${say(a.ref)}`,
  'weekday.lastOnOrBefore': (a, say) =>
    `last ${pick(EN_WEEKDAYS, num(a, 'weekday'))} on or before ${say(a.ref)}`,
  'weekday.within': (a, say) =>
    `${pick(EN_WEEKDAYS, num(a, 'weekday'))} within « ${str(a, 'text')} » → ${say(a.day)}`,
  'weekday.otherBefore': (a, say) => `the ${pick(EN_WEEKDAYS, num(a, 'weekday'))} before: ${say(a.day)}`,
  'weekday.otherAfter': (a, say) => `the ${pick(EN_WEEKDAYS, num(a, 'weekday'))} after: ${say(a.day)}`,
  yearUnknown: (a, say) => `${say(a.what)}, year unknown (no publication date)`,
  dayMonth: (a) => `${num(a, 'n')} ${pick(EN_MONTHS, num(a, 'month'))}`,
  month: (a) => pick(EN_MONTHS, num(a, 'month')),
  season: (a) => pick(EN_SEASONS, str(a, 'season')),
  quarter: (a) => `quarter ${num(a, 'n')}`,
  half: (a) => `half ${num(a, 'n')}`,
  feast: (a) => (typeof a.name === 'string' ? a.name : 'the feast'),
  'weekdayDate.year': (a) => `weekday and date as written fall together in ${num(a, 'year')}`,
  'year.fromSentence': (a) => `year from « ${str(a, 'text')} » earlier in the sentence`,
  'year.story': (a) => `the year the story is in, from « ${str(a, 'text')} »`,
  'month.this': (a) => `this ${pick(EN_MONTHS, num(a, 'month'))}: the publication year's`,
  'yearless.pick': (a, say) => {
    const rel = str(a, 'rel');
    const word =
      rel === 'closestFar' ? `closest (the past one is over ${num(a, 'months')} months back)` : relEn(rel);
    return `the ${word} ${say(a.what)} from ${say(a.ref)}: ${str(a, 'value')}`;
  },
  'yearless.other': (a, say) => `the ${say(a.what)} of ${num(a, 'year')} instead`,
  'season.generic': (a) =>
    `${pick(EN_SEASONS, str(a, 'season'))} in general (« en été » in a present-tense clause)`,
  'season.pubYear': (a) =>
    `${pick(EN_SEASONS, str(a, 'season'))} of the publication year ${num(a, 'year')} (astronomical dates, northern hemisphere)`,
  'part.justEnded': (a, say) => `${say(a.why)}, but ${say(a.what)} has just ended`,
  'part.pick': (a, say) => `the ${relEn(str(a, 'rel'))} ${say(a.what)} from ${say(a.ref)}`,
  'part.other': (a, say) => `${say(a.what)} of ${num(a, 'year')} instead`,
  'shift.unit': (a, say) => `${str(a, 'unit')} ${howEn(num(a, 'n'))} that of ${say(a.base)}`,
  'shift.noDct': (a) =>
    `relative (${str(a, 'unit')} ${howEn(num(a, 'n'))}) but no publication date to count from`,
  'shift.toTheDay': (a, say) => `${str(a, 'unit')} ${howEn(num(a, 'n'))} ${say(a.base)}, to the day`,
  'shift.season': (a, say) => `season of ${say(a.base)}`,
  'shift.days': (a, say) => {
    const n = num(a, 'n');
    return n === 0
      ? `the day of ${say(a.base)}`
      : `${plural(Math.abs(n), 'day')} ${n < 0 ? 'before' : 'after'} ${say(a.base)}`;
  },
  duration: (a) => `duration ${str(a, 'value')}, not placed on the calendar by itself`,
  'duration.start': (a) => `starts « ${str(a, 'text')} » → ${str(a, 'start')} to ${str(a, 'end')}`,
  'set.weekday': (a) => `every ${pick(EN_WEEKDAYS, num(a, 'weekday'))} (${str(a, 'value')})`,
  'set.month': (a) => `every ${pick(EN_MONTHS, num(a, 'month'))} (${str(a, 'value')})`,
  'set.every': (a) => `repeats every ${str(a, 'value')}`,
  'ref.now': (a, say) => `now: the publication date ${say(a.day)}`,
  'ref.nowNoDct': () => 'now (no publication date)',
  'ref.past': () => 'some time in the past',
  'ref.future': () => 'some time in the future',
  'feast.year': (a) =>
    `${typeof a.name === 'string' ? a.name : 'the feast'} ${num(a, 'year')} (${num(a, 'orthodox') ? 'Orthodox' : 'Gregorian'} computus)`,
  'feast.pick': (a, say) =>
    `${typeof a.name === 'string' ? a.name : 'the feast'}: the ${relEn(str(a, 'rel'))} one from ${say(a.from)}`,
  since: (a) => `« ${str(a, 'text')} »: start of a period up to the publication date (context)`,
};

function relEn(rel: string): string {
  return pick({ latest: 'latest', next: 'next', closest: 'closest' }, rel);
}
function howEn(n: number): string {
  return n === 0 ? 'same' : n < 0 ? `${-n} before` : `${n} after`;
}

// ---- French

const ORD = (n: number) => (n === 1 ? '1er' : `${n}e`);
/** « de » before a word: « d’avril », « de mars ». */
const de = (word: string) => (/^[aeiouyéèêâîôûh]/i.test(word) ? `d’${word}` : `de ${word}`);
const TENSES_FR: Record<string, string> = { past: 'passé', present: 'présent', future: 'futur' };
const ROMAN: [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) [out, n] = [out + s, n - v];
  return out;
}
function unitFr(unit: string): [string, string, string] {
  return pick(FR_UNITS, unit);
}
/** « 2 semaines avant », « le même mois que »: an offset in units, before its base. */
function offsetFr(unit: string, n: number): string {
  const [one, many, same] = unitFr(unit);
  if (n === 0) return `${same} que`;
  return `${Math.abs(n)} ${Math.abs(n) > 1 ? many : one} ${n < 0 ? 'avant' : 'après'}`;
}
function relFr(rel: string): string {
  return pick({ latest: 'le dernier', next: 'le prochain', closest: 'le plus proche' }, rel);
}
const feastFr = (a: Args) => (typeof a.name === 'string' ? a.name : 'la fête');

const FR: Record<string, Sentence> = {
  then: (a, say) => `${say(a.a)} → ${say(a.b)}`,
  also: (a, say) => `${say(a.a)} ; ${say(a.b)}`,
  value: (a) => str(a, 'value'),
  day: (a) => dayFr(str(a, 'day')),
  quote: (a) => `« ${str(a, 'text')} »`,
  quoteDay: (a, say) => `« ${str(a, 'text')} » (${say(a.day)})`,
  pubDate: (a, say) => `la date de publication, ${say(a.day)}`,
  storyYear: (a) => `l’année du récit, ${num(a, 'year')}`,
  tense: (a) => `verbe au ${pick(TENSES_FR, str(a, 'tense'))} « ${str(a, 'cue')} »`,
  'tense.none': () => 'aucun temps verbal pour guider',
  'dir.lenient': () => 'on compte en avant (à partir de, jusqu’à)',
  'dir.forwardFrom': (a) => `on compte en avant depuis « ${str(a, 'text')} »`,
  'dir.statedPast': () => 'dit passé par le texte',
  'dir.statedNext': () => 'dit à venir par le texte',
  'dir.upcoming': (a, say) => `${say(a.tense)} (à venir)`,
  asWritten: (a) => `date telle qu’écrite : ${dayFr(str(a, 'day'))}`,
  'month.written': (a) => `${pick(FR_MONTHS, num(a, 'month'))} ${num(a, 'year')}, tel qu’écrit`,
  'season.year': (a) =>
    `${pick(FR_SEASONS, str(a, 'season'))} ${num(a, 'year')} (dates astronomiques, hémisphère nord)`,
  'quarter.of': (a) => `${ORD(num(a, 'n'))} trimestre ${num(a, 'year')}`,
  'half.of': (a) => `${ORD(num(a, 'n'))} semestre ${num(a, 'year')}`,
  'year.the': (a) => `l’année ${num(a, 'year')}`,
  'century.written': (a) => {
    const c = num(a, 'century');
    return `le ${roman(c + 1)}e siècle (${c * 100}–${c * 100 + 99}), tel qu’écrit`;
  },
  'decade.written': (a) => `les années ${num(a, 'decade') * 10}, telles qu’écrites`,
  'impossible.written': () => 'date impossible telle qu’écrite',
  'impossible.date': () => 'date impossible',
  'impossible.day': () => 'jour impossible',
  'partOfDay.generic': () => 'un moment de la journée en général, sans jour précis',
  yearShift: (a) => {
    const s = num(a, 'shift');
    const how = s === 0 ? 'l’année de publication' : `${offsetFr('year', s)} l’année de publication`;
    return `${how} (${num(a, 'year')})`;
  },
  onDayOf: (a, say) => `le jour de « ${str(a, 'text')} » (${say(a.day)})`,
  'time.noDct': () => 'heure d’un jour inconnu (pas de date de publication)',
  noDayNearby: (a, say) => `aucun jour nommé à proximité → la date de publication, ${say(a.day)}`,
  'dayOfMonth.noDct': () => 'jour d’un mois inconnu',
  dayOfMonth: (a, say) => `le ${ORD(num(a, 'n')).replace(/e$/, '')} du mois en contexte (${say(a.day)})`,
  'weekday.noDct': (a) =>
    `${pick(FR_WEEKDAYS, num(a, 'weekday'))}, mais pas de date de publication pour le placer`,
  'weekday.this': (a, say) => `ce ${pick(FR_WEEKDAYS, num(a, 'weekday'))} : ${say(a.ref)} même`,
  'weekday.itself': (a, say) => `${pick(FR_WEEKDAYS, num(a, 'weekday'))} = le jour même de ${say(a.ref)}`,
  'weekday.next': (a, say) => `le ${pick(FR_WEEKDAYS, num(a, 'weekday'))} suivant, après ${say(a.ref)}`,
  'weekday.last': (a, say) => `le dernier ${pick(FR_WEEKDAYS, num(a, 'weekday'))} avant ${say(a.ref)}`,
  'weekday.lastOnOrBefore': (a, say) =>
    `le dernier ${pick(FR_WEEKDAYS, num(a, 'weekday'))} jusqu’à ${say(a.ref)} inclus`,
  'weekday.within': (a, say) =>
    `le ${pick(FR_WEEKDAYS, num(a, 'weekday'))} de « ${str(a, 'text')} » → ${say(a.day)}`,
  'weekday.otherBefore': (a, say) => `le ${pick(FR_WEEKDAYS, num(a, 'weekday'))} d’avant : ${say(a.day)}`,
  'weekday.otherAfter': (a, say) => `le ${pick(FR_WEEKDAYS, num(a, 'weekday'))} d’après : ${say(a.day)}`,
  yearUnknown: (a, say) => `${say(a.what)}, année inconnue (pas de date de publication)`,
  dayMonth: (a) => `${num(a, 'n') === 1 ? '1er' : num(a, 'n')} ${pick(FR_MONTHS, num(a, 'month'))}`,
  month: (a) => pick(FR_MONTHS, num(a, 'month')),
  season: (a) => pick(FR_SEASONS, str(a, 'season')),
  quarter: (a) => `${ORD(num(a, 'n'))} trimestre`,
  half: (a) => `${ORD(num(a, 'n'))} semestre`,
  feast: feastFr,
  'weekdayDate.year': (a) =>
    `le jour de la semaine et la date tels qu’écrits coïncident en ${num(a, 'year')}`,
  'year.fromSentence': (a) => `année tirée de « ${str(a, 'text')} », plus tôt dans la phrase`,
  'year.story': (a) => `l’année du récit, tirée de « ${str(a, 'text')} »`,
  'month.this': (a) => `${pick(FR_MONTHS, num(a, 'month'))} de l’année de publication`,
  'yearless.pick': (a, say) => {
    const rel = str(a, 'rel');
    const word =
      rel === 'closestFar'
        ? `le plus proche (le précédent remonte à plus de ${num(a, 'months')} mois)`
        : relFr(rel);
    const what = a.what as Explain;
    const said = what?.key === 'month' ? `mois ${de(say(what))}` : say(what);
    return rel === 'closestFar'
      ? `${said}, ${word}, vu depuis ${say(a.ref)} : ${str(a, 'value')}`
      : `${word} ${said} vu depuis ${say(a.ref)} : ${str(a, 'value')}`;
  },
  'yearless.other': (a, say) => `${say(a.what)} ${num(a, 'year')} à la place`,
  'season.generic': (a) => `${pick(FR_SEASONS, str(a, 'season'))} en général (phrase au présent)`,
  'season.pubYear': (a) =>
    `${pick(FR_SEASONS, str(a, 'season'))} de l’année de publication, ${num(a, 'year')} (dates astronomiques, hémisphère nord)`,
  'part.justEnded': (a, say) => `${say(a.why)}, mais le ${say(a.what)} vient de s’achever`,
  'part.pick': (a, say) => `${relFr(str(a, 'rel'))} ${say(a.what)} vu depuis ${say(a.ref)}`,
  'part.other': (a, say) => `${say(a.what)} ${num(a, 'year')} à la place`,
  'shift.unit': (a, say) => `${offsetFr(str(a, 'unit'), num(a, 'n'))} ${say(a.base)}`,
  'shift.noDct': (a) =>
    `relatif (${offsetFr(str(a, 'unit'), num(a, 'n')).replace(/ que$/, '')}) mais pas de date de publication d’où compter`,
  'shift.toTheDay': (a, say) => `${offsetFr(str(a, 'unit'), num(a, 'n'))} ${say(a.base)}, jour pour jour`,
  'shift.season': (a, say) => `la saison de ${say(a.base)}`,
  'shift.days': (a, say) => {
    const n = num(a, 'n');
    return n === 0
      ? `le jour de ${say(a.base)}`
      : `${plural(Math.abs(n), 'jour')} ${n < 0 ? 'avant' : 'après'} ${say(a.base)}`;
  },
  duration: (a) => `durée ${str(a, 'value')}, pas placée sur le calendrier à elle seule`,
  'duration.start': (a) =>
    `commence « ${str(a, 'text')} » → du ${dayFr(str(a, 'start'))} au ${dayFr(str(a, 'end'))}`,
  'set.weekday': (a) => `chaque ${pick(FR_WEEKDAYS, num(a, 'weekday'))} (${str(a, 'value')})`,
  'set.month': (a) => `chaque mois ${de(pick(FR_MONTHS, num(a, 'month')))} (${str(a, 'value')})`,
  'set.every': (a) => `se répète (${str(a, 'value')})`,
  'ref.now': (a, say) => `maintenant : la date de publication, ${say(a.day)}`,
  'ref.nowNoDct': () => 'maintenant (pas de date de publication)',
  'ref.past': () => 'un moment du passé',
  'ref.future': () => 'un moment de l’avenir',
  'feast.year': (a) =>
    `${feastFr(a)} ${num(a, 'year')} (comput ${num(a, 'orthodox') ? 'orthodoxe' : 'grégorien'})`,
  'feast.pick': (a, say) =>
    `${feastFr(a)} : l’occurrence ${pick({ latest: 'précédente', next: 'suivante', closest: 'la plus proche' }, str(a, 'rel'))} vue depuis ${say(a.from)}`,
  since: (a) => `« ${str(a, 'text')} » : début d’une période qui court jusqu’à la publication (contexte)`,
};

const TABLES: Record<Lang, Record<string, Sentence>> = { en: EN, fr: FR };

function write(e: Arg | undefined, table: Record<string, Sentence>, depth: number): string {
  if (typeof e === 'string' || typeof e === 'number') return String(e);
  if (!e || typeof e !== 'object' || depth > 12) throw new Unknown('explain');
  const sentence = Object.hasOwn(table, e.key) ? table[e.key] : undefined;
  if (!sentence) throw new Unknown(e.key);
  return sentence(e.args ?? {}, (arg) => write(arg, table, depth + 1));
}

/** The explanation in `lang`, or null when the data is missing or unknown (a file from another version). */
export function writeExplain(e: Explain | undefined, lang: Lang): string | null {
  if (!e) return null;
  try {
    return write(e, TABLES[lang], 0);
  } catch (err) {
    if (err instanceof Unknown || err instanceof TypeError) return null;
    throw err;
  }
}

/** What the details panel shows: the engine's English line, or its French writing (the English if unknown). */
export function explainIn(m: { explanation: string; explain?: Explain }, lang: Lang): string {
  if (lang === 'en') return m.explanation;
  return writeExplain(m.explain, lang) ?? m.explanation;
}
