import type { TimelineDocument } from '../shared/timeline';

const DCT_SOURCE: Record<string, string> = {
  option: 'from --dct',
  meta: 'from the page metadata',
  text: 'from the text',
  user: 'chosen by the user',
  none: 'not found: relative dates left unresolved',
};

const quote = (s: string): string => `“${s.replace(/\s+/g, ' ')}”`;

/** A readable dated list: the events in time order, then every mention with how it was resolved. */
export function formatText(doc: TimelineDocument, name: string): string {
  const lines: string[] = [];
  const { source } = doc;
  lines.push(`${name}${source.title ? ` — ${source.title}` : ''}`);
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
    lines.push(`  ${when.padEnd(25)} ${(e.status ?? '').padEnd(9)} ${e.label}`);
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
    lines.push(`      ${m.explanation}`);
  }
  return lines.join('\n') + '\n';
}
