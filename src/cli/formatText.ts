import { escapeControls } from '../main/services/displayName';
import type { TimelineDocument } from '../shared/timeline';

const DCT_SOURCE: Record<string, string> = {
  option: 'from --dct',
  meta: 'from the page metadata',
  text: 'from the text',
  user: 'chosen by the user',
  none: 'not found: relative dates left unresolved',
};

// The article's own words reach the terminal: an ESC in a label or a title would be a terminal command.
const clean = (s: string): string => escapeControls(s.replace(/\s+/g, ' '));
const quote = (s: string): string => `“${clean(s)}”`;

/** A readable dated list: the events in time order, then every mention with how it was resolved. */
export function formatText(doc: TimelineDocument, name: string): string {
  const lines: string[] = [];
  const { source } = doc;
  lines.push(`${name}${source.title ? ` — ${clean(source.title)}` : ''}`);
  lines.push(
    `language ${source.lang}; published ${source.dct ?? '—'} (${DCT_SOURCE[source.dctSource] ?? source.dctSource})`,
  );
  lines.push('');
  const events = [...doc.events]
    .filter((e) => !e.hidden)
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  lines.push(events.length ? `Timeline (${events.length} events):` : 'Timeline: no dated event found.');
  for (const e of events) {
    const when = e.start === e.end ? e.start : `${e.start} → ${e.end}`;
    lines.push(`  ${when.padEnd(25)} ${(e.status ?? '').padEnd(9)} ${clean(e.label)}`);
  }
  lines.push('');
  lines.push(doc.mentions.length ? `Mentions (${doc.mentions.length}):` : 'Mentions: none.');
  for (const m of doc.mentions) {
    const iv = m.interval
      ? m.interval.start === m.interval.end
        ? m.interval.start
        : `${m.interval.start} → ${m.interval.end}`
      : 'not placed';
    lines.push(`  ${quote(m.text)} ${m.type} ${m.value} [${iv}]`);
    lines.push(`      ${clean(m.explanation)}`);
  }
  return lines.join('\n') + '\n';
}
