// Bytes → text. Order matters: a byte-order mark is the strongest evidence, then whether the bytes are
// valid UTF-8, then a charset the document declares, and only then a statistical guess (`chardet`).
// A file with NUL bytes or many control characters is not text and is refused (null).

import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** Canonical name of the encoding used: `UTF-8`, `UTF-16LE`, `windows-1252` … */
  encoding: string;
}

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'UTF-8' },
  { bytes: [0xff, 0xfe], encoding: 'UTF-16LE' },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16BE' },
];

const SAMPLE = 64 * 1024;

/** Decodes `bytes` as text, or returns null when they are binary data. The BOM is removed. */
export function decodeText(bytes: Uint8Array, declared?: string | null): DecodedText | null {
  const bom = BOMS.find((b) => b.bytes.every((v, i) => bytes[i] === v));
  const encoding = bom?.encoding ?? bomlessUtf16(bytes);
  if (encoding) {
    const text = iconv.decode(bytes, encoding, { stripBOM: true });
    return looksLikeText(text) ? { text, encoding } : null;
  }
  if (bytes.includes(0) || controlRatio(bytes) > 0.01) return null;

  // Valid UTF-8 with accents is UTF-8 whatever a page claims: multi-byte sequences do not happen by chance.
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
  const declaredName = declared ? canonical(declared) : null;
  if (declaredName && declaredName !== 'UTF-8' && iconv.encodingExists(declaredName)) {
    return { text: iconv.decode(bytes, declaredName), encoding: declaredName };
  }

  const guessed = legacyEncoding(bytes);
  return { text: iconv.decode(bytes, guessed), encoding: guessed };
}

/** The charset an HTML or XML document declares in its first bytes (`<meta charset>`, http-equiv, `<?xml`). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = iconv.decode(bytes.subarray(0, 2048), 'latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*(?<name>[\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["'](?<name>[\w.:-]+)/i.exec(head);
  return m?.groups?.name ?? null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Single-byte Western text is the common legacy case (a .txt saved by Notepad). `chardet` reports it as
 * ISO-8859-1; the bytes say which member of the family it really is: 0x80–0x9F are printable only in
 * Windows-1252 (’ “ ” … €), and ¤ or « cœur » written with 0xA4/0xBD point to ISO-8859-15 (€, œ).
 */
function legacyEncoding(bytes: Uint8Array): string {
  // A sample is enough to tell an encoding, and keeps a 50 MB file from being analysed whole.
  const guess = chardet.detect(bytes.subarray(0, 4 * SAMPLE));
  const latin = !guess || /^(ISO-8859-1|windows-1252|ISO-8859-15|ASCII|UTF-8)$/i.test(guess);
  if (!latin && iconv.encodingExists(guess)) return guess;
  const sample = bytes.subarray(0, SAMPLE);
  if (sample.some((b) => b >= 0x80 && b <= 0x9f)) return 'windows-1252';
  const letter = (b: number | undefined) => b !== undefined && (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;
  const iso15 = sample.some(
    (b, i) => b === 0xa4 || ((b === 0xbc || b === 0xbd) && letter(sample[i - 1]) && letter(sample[i + 1])),
  );
  return iso15 ? 'ISO-8859-15' : 'ISO-8859-1';
}

/** UTF-16 saved without a BOM shows as ASCII letters interleaved with NULs. */
function bomlessUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'UTF-16LE';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'UTF-16BE';
  return null;
}

function controlRatio(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, SAMPLE);
  let control = 0;
  for (const b of sample) {
    // Tab, line feed, vertical tab, form feed, carriage return and escape appear in real text files.
    if (b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b) control++;
  }
  return sample.length ? control / sample.length : 0;
}

function looksLikeText(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || c === 0 || (c < 0x20 && (c < 0x09 || c > 0x0d))) bad++;
  }
  return bad <= sample.length * 0.01;
}

function canonical(name: string): string {
  const n = name.trim().toLowerCase();
  if (n === 'utf-8' || n === 'utf8') return 'UTF-8';
  // WHATWG: a page that says latin-1 means Windows-1252.
  if (n === 'iso-8859-1' || n === 'latin1' || n === 'us-ascii' || n === 'ascii') return 'windows-1252';
  return name.trim();
}
