// Real article files built in memory for tests and the benchmark: a ZIP container (so a .docx is a true
// OOXML package, no `zip` tool needed) and a hand-written PDF with a text layer and a correct xref table.

import { crc32, deflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';

/** A ZIP archive of `entries` (name → content), deflated, with a central directory. */
export function makeZip(entries: Record<string, string | Uint8Array>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const header = (central: boolean) => {
      const b = Buffer.alloc(central ? 46 : 30);
      let p = 0;
      b.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, p);
      p += 4;
      if (central) b.writeUInt16LE(20, (p += 2) - 2); // version made by
      b.writeUInt16LE(20, p); // version needed
      b.writeUInt16LE(0x0800, p + 2); // UTF-8 names
      b.writeUInt16LE(8, p + 4); // deflate
      b.writeUInt32LE(0, p + 6); // time, date
      b.writeUInt32LE(crc, p + 10);
      b.writeUInt32LE(packed.length, p + 14);
      b.writeUInt32LE(data.length, p + 18);
      b.writeUInt16LE(fileName.length, p + 22);
      if (central) b.writeUInt32LE(offset, 42); // extra, comment, disk, attributes are zero
      return b;
    };
    const local = Buffer.concat([header(false), fileName, packed]);
    centrals.push(Buffer.concat([header(true), fileName]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal Word document: one <w:p> per paragraph, each run of a paragraph a separate <w:r>. */
export function makeDocx(paragraphs: (string | string[])[], coreXml?: string): Uint8Array {
  const body = paragraphs
    .map(
      (p) =>
        `<w:p>${[p]
          .flat()
          .map((r) => `<w:r><w:t xml:space="preserve">${xmlEscape(r)}</w:t></w:r>`)
          .join('')}</w:p>`,
    )
    .join('');
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  };
  if (coreXml) parts['docProps/core.xml'] = coreXml;
  return makeZip(parts);
}

export interface PdfOptions {
  /** Entries of the document information dictionary (Title, CreationDate …). */
  info?: Record<string, string>;
  /** An XMP packet attached as the catalog's /Metadata stream. */
  xmp?: string;
  /** Encrypt dictionary in the trailer, to make a password-protected-looking file. */
  encrypted?: boolean;
}

/**
 * A PDF whose pages hold the given paragraphs in 12 pt Helvetica (WinAnsi, so « é » and « € » work);
 * lines are 14 pt apart and paragraphs 24 pt apart, as a word processor would lay them out.
 */
export function makePdf(pages: string[][], opts: PdfOptions = {}): Uint8Array {
  const objects: Buffer[] = [];
  const add = (body: string | Buffer) =>
    objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
  const stream = (data: Buffer, dict = '') =>
    Buffer.concat([
      Buffer.from(`<< /Length ${data.length}${dict} >>\nstream\n`, 'latin1'),
      data,
      Buffer.from('\nendstream'),
    ]);
  add(''); // 1: catalog, written once the pages are known
  add(''); // 2: page tree
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'); // 3
  const kids: number[] = [];
  for (const paragraphs of pages) {
    let ops = 'BT\n/F1 12 Tf\n14 TL\n72 760 Td\n';
    paragraphs.forEach((paragraph, i) => {
      if (i > 0) ops += '0 -10 Td\n';
      for (const line of paragraph.split('\n')) ops += `${pdfString(line)} Tj T*\n`;
    });
    add(stream(Buffer.from(`${ops}ET`, 'latin1')));
    const content = objects.length;
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${content} 0 R >>`,
    );
    kids.push(objects.length);
  }
  let metadata = '';
  if (opts.xmp) {
    add(stream(Buffer.from(opts.xmp, 'utf8'), ' /Type /Metadata /Subtype /XML'));
    metadata = ` /Metadata ${objects.length} 0 R`;
  }
  objects[0] = Buffer.from(`<< /Type /Catalog /Pages 2 0 R${metadata} >>`, 'latin1');
  objects[1] = Buffer.from(
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
  );
  let trailerExtra = '';
  if (opts.info) {
    add(
      `<< ${Object.entries(opts.info)
        .map(([k, v]) => `/${k} ${pdfString(v)}`)
        .join(' ')} >>`,
    );
    trailerExtra += ` /Info ${objects.length} 0 R`;
  }
  if (opts.encrypted) {
    add('<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <00> /U <00> >>');
    trailerExtra += ` /Encrypt ${objects.length} 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]`;
  }

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(offset);
    chunks.push(chunk);
    offset += chunk.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${offset}\n%%EOF\n`;
  chunks.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}

/** A PDF literal string in WinAnsi: parentheses and backslashes escaped, other bytes in octal. */
function pdfString(s: string): string {
  let out = '(';
  for (const byte of iconv.encode(s, 'windows-1252')) {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte < 0x20 || byte > 0x7e) out += `\\${byte.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(byte);
  }
  return `${out})`;
}
