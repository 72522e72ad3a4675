// The tense of the clause around a mention, for the resolver's choice of direction:
//   "will speak on Monday" → future; "announced on Wednesday" → past; "is scheduled to … Tuesday" → future;
//   "said Friday that talks will resume Monday": Friday → past (said), Monday → future (will resume) —
//   the cue nearest to the mention inside its sentence wins.
//   Headline present "Guterres visits Moscow on Tuesday" (first line, no final stop, no other cue) → present.

import type { Tense } from '../../types';
import { IRREGULAR_PAST } from './constants';

const WINDOW = 160;

// Future and scheduled: "will" with its verb group ("will be held" is future, not the past "held"),
// "is set to", "is to resume", "plans to", and the status words of notices
// ("payable Dec. 15", "effective Feb. 1", "the rights, which expire Nov. 21"), and a schedule's participle
// ("the vote scheduled for Thursday", "conditions expected on the flight path Thursday").
const FUTURE =
  /(?<![\p{L}'’])(?:(?:will|won['’]t|shall|['’]ll|would|wouldn['’]t)(?:\s+not)?(?:\s+(?:be|have(?:\s+been)?|get)(?:\s+\p{Ll}+)?)?|going\s+to|(?:is|are|was|were|be|been)\s+(?:scheduled|expected|due|slated|planned|poised|likely|supposed)\s+to|(?:is|are)\s+to|(?:is|are)\s+due|(?:set|scheduled|slated|due)\s+to|(?:(?:is|are|was|were)\s+)?(?:plans?|planned|planning|intends?|intended|intending|promised|vowed|threatened|agreed|prepared|preparing)\s+to|to\s+be\s+held|upcoming|payable|effective|expires?|expiring|(?:re)?scheduled|slated|(?<!(?<![\p{L}])as[\s\u00a0]+)expected(?=[\s\u00a0]+(?:on|for|by|at|late|early|next|this)(?![\p{L}])))(?![\p{L}])/giu;

// A word in -ed counts as a past verb unless an article, possessive or present auxiliary makes it an adjective
// or a present passive: "the reduced dividend", "its preferred stock", "is scheduled for". The non-verbs in -ed
// are whole words: "gathered", "published", "allowed" end like "red", "shed", "wed" but are past verbs.
const PAST = new RegExp(
  `(?<![\\p{L}'’])(?:${IRREGULAR_PAST.join('|')}|(?:has|have|had)\\s+(?:been|\\p{Ll}+ed|\\p{Ll}+en)|(?<!(?<![\\p{L}])(?:the|a|an|its|their|his|her|our|of|is|are|be|been|being|to|newly|previously)[\\s\\u00a0]{1,3})\\p{Ll}{2,}ed(?<!(?<![\\p{L}])(?:need|speed|feed|seed|indeed|proceed|exceed|succeed|hundred|shed|sled|wed|bled|fled|red|bed|based|so-called|unspecified|limited|united|related|detailed|advanced))|didn['’]t|wasn['’]t|weren['’]t)(?![\\p{L}])`,
  'gu',
);
// Present progressive for arrangements: "is meeting Monday", "are flying Tuesday". A plain "is" says nothing
// about when ("Nestle's share before Friday's purchases is …").
// The simple present of a schedule: "the trial begins Monday", "the board meets
// Wednesday" — the verbs of timetables (a third-person -s alone cannot be told from a plural noun).
const PRESENT =
  /(?<![\p{L}'’])(?:(?:is|are|am)\s+\p{Ll}{2,}ing|begins|starts|opens|resumes|reopens|meets|convenes|kicks\s+off|gets\s+under\s*way|arrives|departs|launches|faces|hosts|visits|travels\s+to|heads\s+to|takes\s+on|goes\s+on\s+trial)(?![\p{L}])/giu;

// A sentence ends at . ! ? ; or a line break — but not after "Mr.", "Sept.", "U.S." (a capital or a short
// abbreviation right before the full stop), nor at the break of a hard-wrapped wire line whose sentence goes
// on in lower case ("will strike in the crucial coal\nindustry from Sunday").
const BOUNDARY =
  /(?<![A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|St|Inc|Corp|Co|Ltd|Jr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|vs|[ap]\.m))[.!?;]+(?=[\s"'’”)]|$)|\n(?![\t ]*[a-z0-9(])/g;

/** The sentence around the mention, at most WINDOW characters each side, the mention itself left out. */
function clauseSides(
  text: string,
  start: number,
  end: number,
): { before: string; from: number; after: string } {
  let before = text.slice(Math.max(0, start - WINDOW), start);
  let after = text.slice(end, Math.min(text.length, end + WINDOW));
  let from = start - before.length;
  BOUNDARY.lastIndex = 0;
  let cut = -1;
  for (let m = BOUNDARY.exec(before); m; m = BOUNDARY.exec(before)) cut = m.index + m[0].length;
  if (cut >= 0) {
    before = before.slice(cut);
    from += cut;
  }
  BOUNDARY.lastIndex = 0;
  const stop = BOUNDARY.exec(after);
  if (stop) after = after.slice(0, stop.index);
  BOUNDARY.lastIndex = 0;
  return { before, from, after };
}

interface Cue {
  tense: Tense;
  cue: string;
  distance: number;
}

// Where one clause of a sentence ends and another begins: "will strike from Sunday after wage talks collapsed",
// "will be without two players on Friday but Solskjaer reported …", "But, she added, Tuesday's cabinet would
// discuss …". A verb across such a break speaks for the date only when none stands in its own clause.
const CLAUSE_BREAK =
  /[,:()\u2014\u2013]|(?<![\p{L}])(?:but|after|when|while|because|although|though|whereas|that|which|who|where|unless|whether|as)(?![\p{L}])/giu;
const CLAUSE_PENALTY = 40;

function breaksIn(text: string): number {
  return text.match(CLAUSE_BREAK)?.length ?? 0;
}

function collect(
  re: RegExp,
  tense: Tense,
  side: string,
  offset: number,
  anchor: number,
  taken: [number, number][],
  out: Cue[],
): void {
  re.lastIndex = 0;
  for (let m = re.exec(side); m; m = re.exec(side)) {
    const a = offset + m.index;
    const b = a + m[0].length;
    if (taken.some(([x, y]) => a < y && b > x)) continue;
    taken.push([a, b]);
    // Cues before the mention are slightly preferred: "announced on Wednesday it would …".
    const before = b <= anchor;
    const gap = before ? side.slice(m.index + m[0].length) : side.slice(0, m.index);
    const distance = (before ? anchor - b : a - anchor + 2) + breaksIn(gap) * CLAUSE_PENALTY;
    out.push({ tense, cue: m[0], distance });
  }
}

// The first line is a headline when it is short and has no final full stop.
function isHeadline(text: string, start: number): boolean {
  const head = text.slice(0, 300);
  const newline = head.indexOf('\n');
  const lineEnd = newline >= 0 ? newline : text.length <= head.length ? text.length : -1;
  if (lineEnd < 0 || start >= lineEnd) return false;
  const line = head.slice(0, lineEnd).trimEnd();
  return !/[.!?]["'’”]?$/.test(line);
}

// A weekday or date governed by a word that looks ahead: "ahead of Friday's vote", "the forecast for Saturday",
// "postpone Thursday's election", "until a Monday hearing".
const AHEAD =
  /(?<![\p{L}])(?:ahead\s+of|in\s+time\s+for|for|until|till|before|postpone[ds]?|postponing|delay(?:ed|s|ing)?\s+(?:of\s+)?|preview(?:ing)?|countdown\s+to)(?:\s+(?:the|a|an|this|next))?[\s\u00a0]+$/iu;

export function tenseAt(text: string, start: number, end: number): { tense: Tense; cue: string } | null {
  // Only a weekday is read this way: "until 1945", "before March" in a history look back as often as ahead.
  const weekday = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|weekend/iu.test(text.slice(start, end));
  const ahead = weekday ? AHEAD.exec(text.slice(Math.max(0, start - 30), start)) : null;
  const possessive = /^['’]s(?![\p{L}])/u.test(text.slice(end, end + 3));
  if (ahead && !/^(?:for|before)/iu.test(ahead[0])) return { tense: 'future', cue: ahead[0].trim() };
  // A deadline: "must be returned by Jan. 14", "no later than June 1". Not "until": "Until Thursday, they
  // had not called him a suspect" looks back as often as forward.
  const lead =
    /(?<![\p{L}])(?:by|no[\s\u00a0]+later[\s\u00a0]+than|deadline[\s\u00a0]+of)[\s\u00a0]+$/iu.exec(
      text.slice(Math.max(0, start - 20), start),
    );
  if (lead) return { tense: 'future', cue: lead[0].trim() };
  const { before, from, after } = clauseSides(text, start, end);
  const cues: Cue[] = [];
  const taken: [number, number][] = [];
  for (const [re, tense] of [
    [FUTURE, 'future'],
    [PAST, 'past'],
    [PRESENT, 'present'],
  ] as const) {
    collect(re, tense, before, from, start, taken, cues);
    collect(re, tense, after, end, end, taken, cues);
  }
  cues.sort((a, b) => a.distance - b.distance);
  // "the squad for Sunday", "arrested before Monday's hearing": « for / before » look ahead unless the clause
  // is told in the past.
  if (ahead && cues[0]?.tense !== 'past') return { tense: 'future', cue: ahead[0].trim() };
  if (cues.length === 0) {
    // "Thursday's closing price", "Friday's purchases": a possessive day with no verb around is one reported.
    if (possessive) return { tense: 'past', cue: "'s" };
    // Headline: "Guterres visits Moscow on Tuesday" (first line, no final full stop).
    return isHeadline(text, start) ? { tense: 'present', cue: 'headline' } : null;
  }
  return { tense: cues[0].tense, cue: cues[0].cue.trim() };
}
