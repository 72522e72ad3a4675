#!/usr/bin/env node
// `npm run bench -- hostile`: generated hostile inputs of every kind in issue 13, each opened by the built
// `factline` command in its own child process, with its wall time, peak resident memory, exit code and the
// first line it printed. Target: every input answered within 5 s and 500 MB, by a result or one clear
// sentence (exit 2), never a stack trace. Nothing is asserted here: the figures are for reading.
// HOSTILE_TIMEOUT_S (default 30) kills an input that runs longer; HOSTILE_ONLY=a,b runs only those kinds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, crc32 as zlibCrc32 } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'out', 'cli', 'main.js');
if (!existsSync(cli)) {
  console.log('hostile: out/cli/main.js is missing; run `npm run build:cli` first');
  process.exit(1);
}
const TIMEOUT_S = Number(process.env.HOSTILE_TIMEOUT_S ?? 30);
const ONLY = (process.env.HOSTILE_ONLY ?? '').split(',').filter(Boolean);
const KB = 1024;
const MB = 1024 * KB;
const dir = mkdtempSync(join(tmpdir(), 'factline-hostile-'));

/** `unit` repeated to `bytes` (cut at a unit boundary). */
const fill = (unit, bytes) => unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))));

const STORY =
  'Le 3 mars 2022, le président a annoncé une réforme importante du système des retraites du pays. ';

// ----- file makers ---------------------------------------------------------------------------------------

const crc32 =
  zlibCrc32 ??
  ((buf) => {
    let c = ~0;
    for (const b of buf) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  });

/** A zip (deflate), enough for a .docx: local headers, central directory, end record. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.from(content);
    const packed = deflateRawSync(data, { level: 9 });
    const nameBuf = Buffer.from(name);
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function docx(documentXml) {
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': documentXml,
  });
}

/** A PDF of `pages` pages, each one line of Helvetica text. */
function pdf(pages, line) {
  const objects = ['', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const content = `BT /F1 12 Tf 72 720 Td (${line}) Tj ET`;
  objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  const kids = [];
  for (let i = 0; i < pages; i++) {
    objects.push(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>',
    );
    kids.push(`${objects.length} 0 R`);
  }
  objects[0] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** UTF-16LE with a BOM, every 50th code unit a lone high surrogate. */
function utf16WithLoneSurrogates(bytes) {
  const text = fill(STORY, bytes / 2);
  const buf = Buffer.alloc(2 + text.length * 2);
  buf.writeUInt16LE(0xfeff, 0);
  for (let i = 0; i < text.length; i++)
    buf.writeUInt16LE(i % 50 === 49 ? 0xd800 : text.charCodeAt(i), 2 + i * 2);
  return buf;
}

// ----- the inputs ----------------------------------------------------------------------------------------

const weekdaysEn = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday ';
const monthsFr = 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre ';

const INPUTS = [
  [
    'html: 1 000 nested <div>',
    'nested-1k.html',
    () => `<html><body>${'<div>'.repeat(1000)}<p>${STORY}</p>${'</div>'.repeat(1000)}</body></html>`,
  ],
  [
    'html: 200 000 nested <div>',
    'nested-200k.html',
    () => `<html><body>${'<div>'.repeat(200_000)}<p>${STORY}</p>${'</div>'.repeat(200_000)}</body></html>`,
  ],
  [
    'html: 1e6 attributes on one tag',
    'attributes.html',
    () =>
      `<html><body><div ${Array.from({ length: 1_000_000 }, (_, i) => `a${i}="x"`).join(' ')}><p>${STORY}</p></div></body></html>`,
  ],
  [
    'html: 200 000 elements',
    'elements.html',
    () => `<html><body><p>${STORY}</p>${'<span>a</span>'.repeat(200_000)}</body></html>`,
  ],
  [
    'docx: zip bomb, 200 MB of XML',
    'bomb.docx',
    () =>
      docx(
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${fill('<w:p><w:r><w:t>Le 3 mars 2022.</w:t></w:r></w:p>', 200 * MB)}</w:body></w:document>`,
      ),
  ],
  ['pdf: 100 000 pages', 'pages.pdf', () => pdf(100_000, 'Le 3 mars 2022, il est parti.')],
  ['txt: 50 MB on one line', 'one-line.txt', () => fill(STORY, 50 * MB - 64 * KB)],
  [
    'txt: 256 KB dense dates, en',
    'dense-en.txt',
    () => fill('On 3 March 2021, 4 April 2022 and 5 May 2023, then 2024-06-06. ', 256 * KB),
  ],
  [
    'txt: 256 KB dense dates, fr',
    'dense-fr.txt',
    () => fill('Le 3 mars 2021, le 4 avril 2022 et le 5 mai 2023, puis le 06/06/2024. ', 256 * KB),
  ],
  [
    'txt: 256 KB of "N days ago"',
    'days-ago.txt',
    () => fill('3 days ago, 2 weeks ago, il y a 4 jours, ', 256 * KB),
  ],
  ['txt: 256 KB of weekday names', 'weekdays.txt', () => fill(weekdaysEn, 256 * KB)],
  ['txt: 256 KB of month names', 'months.txt', () => fill(monthsFr, 256 * KB)],
  [
    'txt: 256 KB of season names',
    'seasons.txt',
    () => fill('spring summer autumn winter printemps été automne hiver ', 256 * KB),
  ],
  [
    'txt: 256 KB of hyphenated weekdays',
    'hyphenated.txt',
    () => fill('lundi-mardi-mercredi Monday-Tuesday-Wednesday ', 256 * KB),
  ],
  ['txt: 256 KB of short lines', 'short-lines.txt', () => fill('Le 3 mars.\nOui.\n', 256 * KB)],
  ['txt: 256 KB in 10 000-column lines', 'columns.txt', () => fill(fill(STORY, 10_000) + '\n', 256 * KB)],
  ['txt: UTF-16 with lone surrogates', 'utf16.txt', () => utf16WithLoneSurrogates(256 * KB)],
];

// ----- running -------------------------------------------------------------------------------------------

// The child runs the CLI and, as it exits, reports its own peak resident memory on the last line of stderr.
const child = join(dir, 'child.mjs');
writeFileSync(
  child,
  `process.on('exit', () => process.stderr.write('\\n@@maxrss ' + process.resourceUsage().maxRSS + '\\n'));
process.argv.splice(2, 0, ...JSON.parse(process.env.FACTLINE_ARGS));
await import(${JSON.stringify(new URL(`file://${cli}`).href)});
`,
);

const rows = [];
for (const [kind, name, make] of INPUTS) {
  if (ONLY.length && !ONLY.some((o) => name.includes(o) || kind.includes(o))) continue;
  const path = join(dir, name);
  writeFileSync(path, make());
  const size = statSync(path).size;
  const args = ['extract', path, '--dct', '2022-04-22', '--format', 'json', '--out', join(dir, 'out.json')];
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [child], {
    env: { ...process.env, FACTLINE_ARGS: JSON.stringify(args) },
    encoding: 'utf8',
    timeout: TIMEOUT_S * 1000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * MB,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /@@maxrss (\d+)/.exec(r.stderr ?? '');
  const said =
    (r.stderr ?? '')
      .replace(/@@maxrss \d+/, '')
      .trim()
      .split('\n')[0] ?? '';
  const killed = r.signal === 'SIGKILL';
  const peakMb = rss ? Number(rss[1]) / 1024 : null;
  const trace = /\n\s+at /.test(r.stderr ?? '');
  const ok = !killed && !trace && seconds <= 5 && (peakMb ?? 0) <= 500 && (r.status === 0 || r.status === 2);
  rows.push({
    kind,
    size: size >= MB ? `${(size / MB).toFixed(1)} MB` : `${Math.round(size / KB)} KB`,
    exit: killed ? `killed at ${TIMEOUT_S} s` : String(r.status),
    seconds: seconds.toFixed(2),
    peakMb: peakMb === null ? '—' : peakMb.toFixed(0),
    verdict: ok ? 'ok' : trace ? 'STACK TRACE' : 'OVER TARGET',
    said: r.status === 0 ? '(opened)' : said.replace(/^factline: /, '').slice(0, 110),
  });
  rmSync(path, { force: true });
  const last = rows.at(-1);
  console.log(
    `${last.kind.padEnd(36)} ${last.size.padStart(8)}  exit ${last.exit.padEnd(16)} ${last.seconds.padStart(7)} s ${last.peakMb.padStart(6)} MB  ${last.verdict.padEnd(11)} ${last.said}`,
  );
}
rmSync(dir, { recursive: true, force: true });
const over = rows.filter((r) => r.verdict !== 'ok');
console.log(
  `\n${rows.length - over.length} of ${rows.length} inputs within 5 s and 500 MB (timeout ${TIMEOUT_S} s).`,
);
