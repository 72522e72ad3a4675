// .docx → its text in reading order with mammoth; paragraphs come out separated by a blank line.

import mammoth from 'mammoth';
import { sniffContainer } from '../../core/article/format';
import { ArticleError } from './articleErrors';

export async function readDocx(path: string, bytes: Uint8Array): Promise<string> {
  const container = sniffContainer(bytes);
  // An OLE file named .docx is either a Word 97–2003 file renamed or a password-protected .docx.
  if (container === 'ole') {
    throw new ArticleError('unsupported', path, {
      kind: 'a password-protected or Word 97–2003 document',
      advice: 'open it in Word and save an unprotected copy as .docx, then open that instead',
    });
  }
  if (container !== 'zip') throw new ArticleError('corrupt', path, { format: 'docx' });
  try {
    const { value } = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
    });
    // mammoth ends every paragraph with "\n\n"; the article ends with its last word.
    return value.replace(/\s+$/, '');
  } catch (err) {
    throw new ArticleError('corrupt', path, { format: 'docx', cause: err });
  }
}
