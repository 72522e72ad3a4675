// Budgets for a .docx before mammoth unzips it. A zip bomb (200 MB of XML packed into a small .docx)
// drove the loader to 4.4 GB resident: JSZip inflates whatever an entry holds, and mammoth then parses it.
// So the archive's central directory is read first (declared sizes, compression ratios, entry count),
// and every entry is then inflated once with a hard output limit, because declared sizes can lie. Only
// an archive that passes reaches mammoth, which then inflates no more than was counted here.

import { inflateRawSync } from 'node:zlib';

const MB = 1024 * 1024;

export const ZIP_LIMITS = {
  /** A Word article is a few hundred kB of XML; a 500-page report some 20 MB. */
  maxXmlBytes: 64 * MB,
  /** All entries together, images included, once unzipped. */
  maxTotalBytes: 256 * MB,
  /** Real XML deflates about 10:1 and rarely past 50:1; bombs go to 1000:1. */
  maxRatio: 200,
  /** A ratio is only suspicious for an entry at least this large once unzipped. */
  ratioFloor: MB,
  maxEntries: 10_000,
};

export type ZipBudgetProblem =
  | { kind: 'xml'; limit: number }
  | { kind: 'total'; limit: number }
  | { kind: 'ratio'; limit: number; entry: string }
  | { kind: 'entries'; limit: number }
  | { kind: 'lies'; entry: string }
  | { kind: 'unreadable'; why: string };

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
}

const isXml = (name: string): boolean => /\.(?:xml|rels)$/i.test(name);

/** The central directory's entries, or a reason it cannot be read (truncated, ZIP64, split). */
function entries(buf: Buffer, maxEntries: number): Entry[] | ZipBudgetProblem {
  // The end-of-central-directory record is in the last 22 + 65 535 bytes (after an optional comment).
  const from = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let p = buf.length - 22; p >= from; p--) {
    if (buf.readUInt32LE(p) === 0x06054b50) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) return { kind: 'unreadable', why: 'no central directory' };
  const count = buf.readUInt16LE(eocd + 10);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) return { kind: 'unreadable', why: 'ZIP64 archive' };
  if (count > maxEntries) return { kind: 'entries', limit: maxEntries };
  const out: Entry[] = [];
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50)
      return { kind: 'unreadable', why: 'truncated central directory' };
    const nameLength = buf.readUInt16LE(p + 28);
    const entry: Entry = {
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
    };
    if (entry.size === 0xffffffff || entry.compressed === 0xffffffff)
      return { kind: 'unreadable', why: 'ZIP64 entry' };
    out.push(entry);
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

/**
 * Why this archive must not be unzipped, or null. Declared sizes and ratios are checked before anything
 * is inflated; then each entry is inflated with `maxOutputLength` at its declared size, so an entry that
 * says 1 kB and holds 1 GB costs 1 kB of output before it is caught.
 */
export function zipBudgetProblem(bytes: Uint8Array, limits = ZIP_LIMITS): ZipBudgetProblem | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const list = entries(buf, limits.maxEntries);
  if (!Array.isArray(list)) return list;
  let xml = 0;
  let total = 0;
  for (const e of list) {
    total += e.size;
    if (isXml(e.name)) xml += e.size;
    if (e.size >= limits.ratioFloor && e.size > limits.maxRatio * Math.max(1, e.compressed))
      return { kind: 'ratio', limit: limits.maxRatio, entry: e.name };
  }
  if (xml > limits.maxXmlBytes) return { kind: 'xml', limit: limits.maxXmlBytes };
  if (total > limits.maxTotalBytes) return { kind: 'total', limit: limits.maxTotalBytes };
  for (const e of list) {
    if (e.method === 0) {
      if (e.size !== e.compressed) return { kind: 'lies', entry: e.name };
      continue;
    }
    if (e.method !== 8) continue; // an unknown method: JSZip refuses it without inflating
    const local = e.localOffset;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50)
      return { kind: 'unreadable', why: `no local header for ${e.name}` };
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + e.compressed);
    let inflated: Buffer;
    try {
      // One byte more than declared: an entry that fills it holds more than it says.
      inflated = inflateRawSync(data, { maxOutputLength: e.size + 1 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        return { kind: 'lies', entry: e.name };
      return { kind: 'unreadable', why: `${e.name}: ${(err as Error).message}` };
    }
    if (inflated.length > e.size) return { kind: 'lies', entry: e.name };
  }
  return null;
}
