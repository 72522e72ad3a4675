import { describe, expect, it } from 'vitest';
import { joinPages, pageParagraphs, type PdfTextItem } from './pdfLayout';

/** Lines of 12 pt text from the top of the page, 14 pt apart; `null` leaves an empty line (a paragraph gap). */
function page(lines: (string | string[] | null)[]): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  let y = 760;
  for (const line of lines) {
    if (line !== null) {
      let x = 72;
      for (const run of [line].flat()) {
        items.push({ str: run, x, y, width: run.length * 6, height: 12, hasEOL: false });
        x += run.length * 6 + 3;
      }
      items[items.length - 1].hasEOL = true;
    }
    y -= 14;
  }
  return items;
}

describe('pageParagraphs', () => {
  it('joins the lines of a paragraph and splits paragraphs at a wider gap', () => {
    const items = page(['Guterres se rendra', 'à Moscou mardi.', null, 'Il rencontrera', 'Poutine.']);
    expect(pageParagraphs(items)).toEqual(['Guterres se rendra à Moscou mardi.', 'Il rencontrera Poutine.']);
  });

  it('puts a space between runs the PDF placed apart, but not inside a word', () => {
    const items = page([
      ['Le', 'secrétaire'],
      ['géné', 'ral'],
    ]);
    items[3].x = items[2].x + items[2].width; // touching runs: one word
    expect(pageParagraphs(items)).toEqual(['Le secrétaire général']);
  });

  it('joins a word hyphenated across lines without adding a space', () => {
    expect(pageParagraphs(page(['le porte-', 'parole a déclaré']))).toEqual(['le porte-parole a déclaré']);
  });

  it('drops page numbers standing alone on their line', () => {
    expect(pageParagraphs(page(['Texte.', null, 'Page 3 of 200']))).toEqual(['Texte.']);
  });

  it('treats each sentence-ending line as a paragraph when every line is spaced widely', () => {
    const items = page(['Titre', null, 'Première phrase.', null, 'Deuxième phrase.']);
    expect(pageParagraphs(items)).toEqual(['Titre', 'Première phrase.', 'Deuxième phrase.']);
  });

  it('assumes ordinary line spacing on a page too short to learn it from', () => {
    expect(pageParagraphs(page(['Titre', null, 'Texte.']))).toEqual(['Titre', 'Texte.']);
    expect(pageParagraphs(page(['Une ligne', 'et la suite.']))).toEqual(['Une ligne et la suite.']);
  });

  it('returns nothing for a page without text', () => {
    expect(pageParagraphs([])).toEqual([]);
    expect(pageParagraphs([{ str: '', x: 0, y: 0, width: 0, height: 0, hasEOL: true }])).toEqual([]);
  });
});

describe('joinPages', () => {
  it('separates paragraphs and pages with a blank line', () => {
    expect(joinPages([['Un.', 'Deux.'], ['Trois.']])).toBe('Un.\n\nDeux.\n\nTrois.');
  });

  it('keeps a running head once, on the first page, and drops a running foot', () => {
    const pages = [1, 2, 3, 4].map((n) => [
      `Le Journal — 22 avril 2022`,
      `Texte ${n}.`,
      `Le Journal, page ${n} sur 4`,
    ]);
    expect(joinPages(pages)).toBe(
      'Le Journal — 22 avril 2022\n\nTexte 1.\n\nTexte 2.\n\nTexte 3.\n\nTexte 4.',
    );
  });

  it('keeps a long paragraph even when it recurs at the foot of every page', () => {
    const long = 'Une longue phrase qui revient, '.repeat(5).trim();
    const pages = [1, 2, 3].map((n) => [`Texte ${'abc'.repeat(n)}.`, long]);
    expect(joinPages(pages).split(long).length - 1).toBe(3);
  });

  it('keeps a first paragraph that merely recurs on a couple of pages', () => {
    expect(
      joinPages([
        ['Oui.', 'A.'],
        ['Oui.', 'B.'],
        ['Non.', 'C.'],
        ['Peut-être.', 'D.'],
      ]),
    ).toBe('Oui.\n\nA.\n\nOui.\n\nB.\n\nNon.\n\nC.\n\nPeut-être.\n\nD.');
  });

  it('mends a sentence cut by a page break', () => {
    expect(joinPages([['Il se rendra à'], ['Moscou mardi.'], ['la suite commence.']])).toBe(
      'Il se rendra à\n\nMoscou mardi.\n\nla suite commence.',
    );
    expect(joinPages([['Il se rendra à'], ['moscou mardi.']])).toBe('Il se rendra à moscou mardi.');
  });
});
