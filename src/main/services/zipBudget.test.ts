import { describe, expect, it } from 'vitest';
import { makeDocx, makeZip } from './articleFixtures';
import { ZIP_LIMITS, zipBudgetProblem } from './zipBudget';

const MB = 1024 * 1024;
const run = (n: number) => '<w:p><w:r><w:t>Le 3 mars 2022.</w:t></w:r></w:p>'.repeat(n);

/** Rewrites the uncompressed size an archive declares for `name`, in its local and central headers. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const buf = Buffer.from(zip);
  const key = Buffer.from(name);
  for (let p = 0; p < buf.length - 4; p++) {
    const sig = buf.readUInt32LE(p);
    if (sig === 0x04034b50 && buf.subarray(p + 30, p + 30 + key.length).equals(key))
      buf.writeUInt32LE(size, p + 22);
    if (sig === 0x02014b50 && buf.subarray(p + 46, p + 46 + key.length).equals(key))
      buf.writeUInt32LE(size, p + 24);
  }
  return new Uint8Array(buf);
}

describe('zipBudgetProblem', () => {
  it('passes a real Word document', () => {
    expect(zipBudgetProblem(makeDocx(['Le 3 mars 2022, il est parti.', 'Il reviendra mardi.']))).toBeNull();
  });

  it('refuses an entry that unzips to more than the ratio a real document has', () => {
    // 2 MB of one repeated paragraph deflates about 1000:1.
    const bomb = makeZip({ 'word/document.xml': run(50_000) });
    expect(zipBudgetProblem(bomb)).toEqual({
      kind: 'ratio',
      limit: ZIP_LIMITS.maxRatio,
      entry: 'word/document.xml',
    });
  });

  it('refuses by the declared sizes, before inflating anything', () => {
    const big = makeZip({ 'a.xml': run(2000), 'b.xml': run(2000) });
    const limits = { ...ZIP_LIMITS, maxXmlBytes: 150_000, maxRatio: 1e9 };
    expect(zipBudgetProblem(big, limits)).toEqual({ kind: 'xml', limit: 150_000 });
    expect(zipBudgetProblem(big, { ...limits, maxXmlBytes: 64 * MB, maxTotalBytes: 150_000 })).toEqual({
      kind: 'total',
      limit: 150_000,
    });
    const many = makeZip(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`p${i}.xml`, '<x/>'])));
    expect(zipBudgetProblem(many, { ...ZIP_LIMITS, maxEntries: 10 })).toEqual({ kind: 'entries', limit: 10 });
  });

  it('stops inflating an entry at its declared size when it holds more than it says', () => {
    // Declares 100 bytes, holds 200 kB: inflation stops at 101 bytes of output.
    const liar = declareSize(makeZip({ 'word/document.xml': run(4000) }), 'word/document.xml', 100);
    expect(zipBudgetProblem(liar)).toEqual({ kind: 'lies', entry: 'word/document.xml' });
  });

  it('says an archive without a central directory cannot be read', () => {
    expect(zipBudgetProblem(new Uint8Array(Buffer.from('PK\x03\x04 not really a zip')))).toMatchObject({
      kind: 'unreadable',
    });
  });
});
