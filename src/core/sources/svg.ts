// The merged timeline of several sources as one self-contained SVG: the timeline the app draws, each label
// marked with the sources that tell it ("[1·3] Guterres reçu à Moscou") and ⚠ on a conflict, then a legend
// under it: which number is which source (language, publication date) and each conflict's one line.
// Article words only ever reach the image through escapeXml.

import type { MultiTimelineDocument } from '../../shared/multiTimeline';
import { TIMELINE_FORMAT, type Lang, type TimelineDocument } from '../../shared/timeline';
import { dayOf, formatLongDay } from '../timeline/days';
import { escapeXml, toSvg, type SvgOptions } from '../timeline/svg';
import { fitText } from '../timeline/textWidth';

const WORDS: Record<
  Lang,
  { sources: string; conflicts: string; noDate: string; published: string; title: (n: number) => string }
> = {
  fr: {
    published: 'publiées',
    sources: 'Sources',
    conflicts: 'Désaccords',
    noDate: 'sans date',
    title: (n) => `${n} sources, une chronologie`,
  },
  en: {
    published: 'published',
    sources: 'Sources',
    conflicts: 'Disagreements',
    noDate: 'no date',
    title: (n) => `${n} sources, one timeline`,
  },
};

/** "[1·3]": the numbers of the sources that tell a happening, in source order. */
export function sourceMark(doc: MultiTimelineDocument, cites: { source: string }[]): string {
  const numbers = [...new Set(cites.map((c) => doc.sources.findIndex((s) => s.id === c.source) + 1))];
  return `[${numbers.sort((a, b) => a - b).join('·')}]`;
}

export function multiToSvg(doc: MultiTimelineDocument, options: SvgOptions & { lang?: Lang } = {}): string {
  const lang: Lang = options.lang ?? doc.sources[0]?.lang ?? 'en';
  const w = WORDS[lang];
  const width = Math.max(480, Math.round(options.width ?? 1200));
  const pad = 24;
  const dcts = doc.sources.map((s) => s.dct).filter((d): d is string => d !== null);
  const drawn: TimelineDocument = {
    format: TIMELINE_FORMAT,
    source: {
      path: `${doc.sources.length} sources`,
      title: options.title ?? w.title(doc.sources.length),
      lang,
      // No one publication line: the sources were published on days of their own (the legend gives each).
      dct: null,
      dctSource: 'none',
    },
    text: '',
    mentions: [],
    events: doc.events
      .filter((e) => !e.hidden)
      .map((e) => ({
        id: e.id,
        start: e.start,
        end: e.end,
        label: `${e.conflict ? '⚠ ' : ''}${sourceMark(doc, e.cites)} ${e.label}`,
        claim: { start: 0, end: 0 },
        mentions: [],
        ...(e.status ? { status: e.status } : {}),
      })),
  };
  const first = dcts.length ? dcts.reduce((a, b) => (a < b ? a : b)) : null;
  const last = dcts.length ? dcts.reduce((a, b) => (a > b ? a : b)) : null;
  const span = !first
    ? w.noDate
    : first === last
      ? formatLongDay(dayOf(first), lang)
      : `${formatLongDay(dayOf(first), lang)} – ${formatLongDay(dayOf(last!), lang)}`;
  const meta = `${doc.sources.length} sources · ${w.published}${lang === 'fr' ? ' : ' : ': '}${span}`;
  const svg = toSvg(drawn, { ...options, width }).replace(
    /<text class="meta" (?<attrs>[^>]*)>[^<]*<\/text>/u,
    (_all, attrs: string) =>
      `<text class="meta" ${attrs}>${escapeXml(fitText(meta, 13, width - 2 * pad))}</text>`,
  );

  // The legend: one line per source, then one per conflict.
  const lines: { text: string; cls: string }[] = [{ text: w.sources, cls: 'src-head' }];
  doc.sources.forEach((s, i) => {
    const day = s.dct ? formatLongDay(dayOf(s.dct), lang) : w.noDate;
    lines.push({ text: `${i + 1}  ${s.label} (${s.lang}, ${day})`, cls: 'src' });
  });
  const conflicts = doc.events.filter((e) => e.conflict && !e.hidden);
  if (conflicts.length) lines.push({ text: w.conflicts, cls: 'src-head' });
  for (const e of conflicts) lines.push({ text: `⚠ ${e.conflict!.explanation[lang]}`, cls: 'src-conflict' });
  const lineH = 18;
  const m = /height="(?<h>\d+)"/u.exec(svg);
  const height = Number(m?.groups?.h ?? 0);
  const extra = lines.length * lineH + 16;
  const total = height + extra;
  const legend = [
    `<g class="sources" transform="translate(0 ${height})">`,
    `<line x1="${pad}" x2="${width - pad}" y1="4" y2="4" stroke="#cbd5e1"/>`,
    ...lines.map(
      (l, i) =>
        `<text class="${l.cls}" x="${pad}" y="${22 + i * lineH}" font-size="12" ${
          l.cls === 'src-head'
            ? 'font-weight="bold" fill="#0f172a"'
            : l.cls === 'src-conflict'
              ? 'fill="#b91c1c"'
              : 'fill="#334155"'
        }>${escapeXml(fitText(l.text, 12, width - 2 * pad, l.cls === 'src-head' ? 'bold' : 'normal'))}</text>`,
    ),
    `</g>`,
  ].join('\n');
  return svg
    .replace(
      /<svg (?<attrs>[^>]*?)height="\d+" viewBox="0 0 (?<w>\d+) \d+"/u,
      (_all, attrs: string, vw: string) => `<svg ${attrs}height="${total}" viewBox="0 0 ${vw} ${total}"`,
    )
    .replace(
      /<rect width="(?<w>\d+)" height="\d+" fill="#ffffff"\/>/u,
      `<rect width="$<w>" height="${total}" fill="#ffffff"/>`,
    )
    .replace(/<\/svg>\s*$/u, `${legend}\n</svg>\n`);
}
