// .docx → its text in reading order with mammoth; paragraphs come out separated by a blank line. The
// archive is checked against zip-bomb budgets (zipBudget.ts) before mammoth unzips anything.

import mammoth from 'mammoth';
import { sniffContainer } from '../../core/article/format';
import { ArticleError } from './articleErrors';
import { zipBudgetProblem, type ZipBudgetProblem } from './zipBudget';

const MB = 1024 * 1024;

function budgetError(path: string, p: ZipBudgetProblem): ArticleError {
  const tooLarge = (budget: string) => new ArticleError('too-large', path, { format: 'docx', budget });
  switch (p.kind) {
    case 'xml':
      return tooLarge(`more than ${p.limit / MB} MB of text once unzipped`);
    case 'total':
      return tooLarge(`more than ${p.limit / MB} MB of content once unzipped`);
    case 'ratio':
      return tooLarge(`a part (${p.entry}) that unzips to more than ${p.limit} times its size`);
    case 'entries':
      return tooLarge(`more than ${p.limit} parts`);
    case 'lies':
    case 'unreadable':
      return new ArticleError('corrupt', path, { format: 'docx', cause: p });
  }
}

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
  const problem = zipBudgetProblem(bytes);
  if (problem) throw budgetError(path, problem);
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
