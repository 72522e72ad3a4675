// `factline` command-line parsing: every problem becomes one readable line, never a stack trace.

import { parseArgs } from 'node:util';
import { escapeControls } from '../main/services/displayName';
import type { DocumentKind, Lang } from '../shared/timeline';
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export type OutputFormat = 'text' | 'json' | 'svg' | 'png' | PublishFormat;

/** Formats that hand the timeline on to another tool; each is written to a file. */
export const PUBLISH_FORMATS = ['html', 'pdf', 'timelinejs', 'timelinejs-csv', 'markwhen', 'csv'] as const;
export type PublishFormat = (typeof PUBLISH_FORMATS)[number];
const FORMATS: readonly string[] = ['text', 'json', 'svg', 'png', ...PUBLISH_FORMATS];

export function isPublishFormat(format: string): format is PublishFormat {
  return (PUBLISH_FORMATS as readonly string[]).includes(format);
}

export interface ExtractCommand {
  command: 'extract';
  files: string[];
  dct: string | null;
  lang: Lang | null;
  kind: DocumentKind | null;
  format: OutputFormat;
  out: string | null;
  width: number;
  scale: number;
  paper: 'a4' | 'letter';
  /** Several FILEs → one timeline of several sources (factline.timeline/2). */
  merge: boolean;
}

export type Command = ExtractCommand | { command: 'help' } | { command: 'version' };

/** A mistake in the command line; what the user typed is quoted with its control characters escaped. */
export class UsageError extends Error {
  constructor(message: string) {
    super(escapeControls(message));
  }
}

export const HELP = `factline — the dated claims of a news article, as a timeline

Usage:
  factline extract FILE... [options]
  factline --help | --version

FILE is an article: .txt (any common encoding), .html/.htm, .md, .docx or .pdf.

Options:
  --dct YYYY-MM-DD      publication date: the anchor of « mardi », "yesterday", "last month"…
                        (default: the date the file states, e.g. article:published_time or a
                        « Publié le … » line; without one, relative dates stay unresolved)
  --lang fr|en          language of the article (default: detected from the text)
  --kind news|narrative  news counts from the publication date, a narrative from its story's year
                        (default: detected from the text)
  --format FORMAT       text  a readable dated list (default)
                        json  the timeline document (factline.timeline/1); with several FILEs,
                              one document per line (JSON Lines)
                        svg   the timeline as a self-contained SVG image
                        png   the timeline as a PNG image
                        html  an interactive page, one self-contained file: zoom, the
                              events' sentences, the article beside them (.html)
                        pdf   that page printed by Chromium, landscape, paged (.pdf)
                        timelinejs      TimelineJS3 JSON (.timelinejs.json)
                        timelinejs-csv  the TimelineJS spreadsheet template as CSV (.timelinejs.csv)
                        markwhen        markwhen text, grouped by status (.mw)
                        csv   one row per event: start, end, precision, status, label,
                              sentence, source, explanation (.csv)
  --merge               several FILEs on one timeline: the same happening told by several
                        sources merged, disagreements flagged; json gives one
                        factline.timeline/2 document, svg and png one image with a source
                        legend (default merged.svg, merged.png)
  --out FILE            write to FILE instead of standard output (images and the formats above:
                        default FILE.svg, FILE.csv… in the current folder; with several FILEs,
                        --out names a folder)
  --width N             image width in CSS pixels, 480–8000 (default 1200)
  --paper a4|letter     PDF sheet size, landscape (default a4)
  --scale N             PNG pixel ratio, 1–4 (default 2)
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 success, 2 bad usage or a file that cannot be read.

Examples:
  factline extract article.txt --dct 2022-04-22 --format json
  factline extract lemonde.html reuters.txt --merge --format png --out moscou.png
`;

function isRealDay(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function intOption(
  name: string,
  raw: string | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not “${raw}”`);
  return n;
}

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        dct: { type: 'string' },
        lang: { type: 'string' },
        kind: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        width: { type: 'string' },
        scale: { type: 'string' },
        paper: { type: 'string' },
        merge: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    const msg = (err as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(msg);
    if (unknown) throw new UsageError(`unknown option ${unknown[1]} (see factline --help)`);
    const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(msg);
    if (missing) throw new UsageError(`option ${missing[1]} needs a value (see factline --help)`);
    throw new UsageError(`${msg.split('\n')[0]} (see factline --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...files] = positionals;
  if (!command) throw new UsageError('no command given; try: factline extract FILE (see factline --help)');
  if (command !== 'extract')
    throw new UsageError(`unknown command “${command}”; the command is extract (see factline --help)`);
  if (files.length === 0) throw new UsageError('extract needs at least one FILE (see factline --help)');
  if (values.dct !== undefined && !isRealDay(values.dct))
    throw new UsageError(
      `--dct must be a calendar date written YYYY-MM-DD, like 2022-04-22, not “${values.dct}”`,
    );
  if (values.lang !== undefined && values.lang !== 'fr' && values.lang !== 'en')
    throw new UsageError(`--lang must be fr or en, not “${values.lang}”`);
  if (values.kind !== undefined && values.kind !== 'news' && values.kind !== 'narrative')
    throw new UsageError(`--kind must be news or narrative, not “${values.kind}”`);
  if (values.paper !== undefined && values.paper !== 'a4' && values.paper !== 'letter')
    throw new UsageError(`--paper must be a4 or letter, not “${values.paper}”`);
  const format = values.format ?? 'text';
  if (!FORMATS.includes(format))
    throw new UsageError(
      `--format must be one of ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS.at(-1)}, not “${format}”`,
    );
  if (values.merge && files.length < 2)
    throw new UsageError('--merge needs two FILEs or more, the articles to compare (see factline --help)');
  if (values.merge && !['json', 'svg', 'png'].includes(format))
    throw new UsageError(`--merge writes json, svg or png, not “${format}” (see factline --help)`);
  return {
    command: 'extract',
    files,
    dct: values.dct ?? null,
    lang: (values.lang as Lang | undefined) ?? null,
    kind: (values.kind as DocumentKind | undefined) ?? null,
    format: format as OutputFormat,
    out: values.out ?? null,
    width: intOption('width', values.width, 480, 8000, 1200),
    scale: intOption('scale', values.scale, 1, 4, 2),
    paper: (values.paper as 'a4' | 'letter' | undefined) ?? 'a4',
    merge: values.merge ?? false,
  };
}
