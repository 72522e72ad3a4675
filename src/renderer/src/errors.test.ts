import { describe, expect, it } from 'vitest';
import { openErrorText } from './errors';

describe('a file that does not open', () => {
  const message = '“notes.pdf” has no selectable text (it is probably a scanned image); run it through OCR.';

  it('is explained in French from the error’s code, naming the file and what to do', () => {
    expect(openErrorText({ code: 'no-article-text', message, path: '/tmp/notes.pdf' }, 'fr')).toBe(
      '« notes.pdf » n’a pas de texte sélectionnable (c’est sans doute une image numérisée) ; passez-le d’abord à la reconnaissance de texte (OCR), ou ouvrez une version texte.',
    );
    expect(openErrorText({ code: 'corrupt', message, path: 'C:\\docs\\a.docx' }, 'fr')).toContain(
      '« a.docx » semble endommagé et ne peut pas être lu comme un document Word',
    );
  });

  it('keeps main’s English sentence in English, and names a strange file name safely', () => {
    expect(openErrorText({ code: 'no-article-text', message, path: '/tmp/notes.pdf' }, 'en')).toBe(message);
    expect(openErrorText({ code: 'empty', message, path: '/tmp/a\nb\u202e.txt' }, 'fr')).toBe(
      '« a\\nb\\u202e.txt » est vide ; choisissez un fichier qui contient le texte de l’article.',
    );
  });
});
