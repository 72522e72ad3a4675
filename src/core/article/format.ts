// Which reader opens a file: its extension says what the user expects, its first bytes what it really is
// (a PDF saved as `article.txt` is still a PDF; `notes` with no extension is read as text).

import type { ArticleFormat } from '../../shared/ipc';

export type { ArticleFormat };

const BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  txt: 'txt',
  text: 'txt',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
  md: 'md',
  markdown: 'md',
  mdown: 'md',
  mkd: 'md',
  docx: 'docx',
  pdf: 'pdf',
};

/** Formats people try to open that Factline cannot read, named as the error message names them. */
export const UNSUPPORTED: Readonly<Record<string, string>> = {
  doc: 'a Word 97–2003 document (.doc)',
  dot: 'a Word 97–2003 template (.dot)',
  odt: 'an OpenDocument text (.odt)',
  rtf: 'a Rich Text Format document (.rtf)',
  pages: 'an Apple Pages document (.pages)',
  epub: 'an e-book (.epub)',
  mobi: 'an e-book (.mobi)',
  xls: 'a spreadsheet (.xls)',
  xlsx: 'a spreadsheet (.xlsx)',
  ods: 'a spreadsheet (.ods)',
  ppt: 'a presentation (.ppt)',
  pptx: 'a presentation (.pptx)',
  odp: 'a presentation (.odp)',
  mht: 'a web archive (.mht)',
  mhtml: 'a web archive (.mhtml)',
  webarchive: 'a Safari web archive (.webarchive)',
};

export type Sniffed = 'pdf' | 'zip' | 'ole' | null;

/** The container the bytes start with: `%PDF-`, a ZIP (OOXML), or an OLE compound file (.doc, encrypted .docx). */
export function sniffContainer(bytes: Uint8Array): Sniffed {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (starts([0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  return null;
}

export function extensionOf(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name);
  return m ? m[1].toLowerCase() : '';
}

/**
 * The reader for a file: 'unsupported' for a known foreign format, else by extension, with a PDF or a
 * Word document recognised by its bytes whatever it is called.
 */
export function chooseFormat(name: string, bytes: Uint8Array): ArticleFormat | 'unsupported' {
  const ext = extensionOf(name);
  const sniffed = sniffContainer(bytes);
  const byName = BY_EXTENSION[ext];
  if (byName === 'docx' || byName === 'pdf') return byName;
  if (sniffed === 'pdf') return 'pdf';
  if (sniffed === 'zip' && containsAscii(bytes, 'word/document.xml')) return 'docx';
  if (ext in UNSUPPORTED) return 'unsupported';
  if (byName) return byName;
  return looksLikeHtml(bytes) ? 'html' : 'txt';
}

/** A text file with no telling extension that is really a web page: `<!DOCTYPE html>` or `<html>` first. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  let head = '';
  for (const b of bytes.subarray(0, 512)) head += String.fromCharCode(b);
  return /^(?:\ufeff|\xef\xbb\xbf)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(head);
}

// ZIP entry names are stored uncompressed, so the name of Word's main part can be found in the bytes.
function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

/** The first non-empty line, as the title of a plain-text article. */
export function firstLineTitle(text: string): string | null {
  const line = text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  if (!line) return null;
  return line.length > 200 ? `${line.slice(0, 199).trimEnd()}…` : line;
}
