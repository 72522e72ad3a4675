// markwhen text (markwhen.com): a header, then one `# status` group per status, each event on a line of its
// own with ISO dates (markwhen reads 04/05/2022 month-first otherwise) at the precision the text gave:
// `1945:`, `2024-03:`, `2023-04 / 2023-06:` for a quarter, `2022-04-26 / 2022-04-28:` for a range.

import type { Lang, TimelineDocument } from '../../shared/timeline';
import { STATUS_ORDER } from '../timeline/svg';
import { EXPORT_WORDS, exportRows, sourceName, titleOf, type DateParts, type ExportRow } from './rows';

const pad = (n: number) => String(n).padStart(2, '0');

function isoParts(p: DateParts): string {
  const y = p.year < 0 ? `-${String(-p.year).padStart(4, '0')}` : String(p.year).padStart(4, '0');
  if (p.month === undefined) return y;
  if (p.day === undefined) return `${y}-${pad(p.month)}`;
  return `${y}-${pad(p.month)}-${pad(p.day)}`;
}

/** The date part of an event line: one ISO date, or `start / end` when it spans more than one unit. */
export function markwhenDate(r: Pick<ExportRow, 'startParts' | 'endParts'>): string {
  const start = isoParts(r.startParts);
  return r.endParts ? `${start} / ${isoParts(r.endParts)}` : start;
}

/**
 * Text from the article on one line that markwhen cannot read as syntax: a word joiner after `#` keeps
 * « #MeToo » from becoming a tag and « # Titre » from opening a group; `//` from starting a comment.
 */
export function markwhenText(s: string): string {
  return s.replace(/\s+/gu, ' ').trim().replace(/#/gu, '#\u2060').replace(/\/\//gu, '/\u2060/');
}

export function toMarkwhen(doc: TimelineDocument): string {
  const lang: Lang = doc.source.lang === 'fr' ? 'fr' : 'en';
  const w = EXPORT_WORDS[lang];
  const rows = exportRows(doc);
  // YAML double-quoted strings are JSON strings: a title with « : » or « # » stays one value.
  const lines = [
    '---',
    `title: ${JSON.stringify(titleOf(doc))}`,
    `description: ${JSON.stringify(`${w.source}${w.colon}${sourceName(doc)}`)}`,
    '---',
    '',
  ];
  for (const status of STATUS_ORDER) {
    const group = rows.filter((r) => r.status === status);
    if (!group.length) continue;
    lines.push(`# ${w.status[status]}`, '');
    for (const r of group) {
      lines.push(
        `${markwhenDate(r)}: ${markwhenText(r.label)}`,
        // The sentence opens with « so that no line of the description reads as a property, date or group.
        `« ${markwhenText(r.sentence)} »`,
        ...(r.explanation ? [`(${markwhenText(r.explanation)})`] : []),
        '',
      );
    }
  }
  return lines.join('\n');
}
