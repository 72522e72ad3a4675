import { describe, expect, it } from 'vitest';
import { findTextDate } from './textDate';

// The corpus is the spec: header lines grouped by the publication date they state.
const CORPUS: Record<string, string[]> = {
  '2022-04-22': [
    'Publié le 22 avril 2022 à 10h15',
    'Publié le vendredi 22 avril 2022',
    'Par Marie Dupont | Publié le 22/04/2022 à 10:15',
    'Publiée le 22 avr. 2022',
    'Published April 22, 2022',
    'Published on 22 April 2022',
    'Published: Friday, April 22, 2022 10:15 AM',
    'Posted Apr. 22, 2022',
    'Paris, le 22 avril 2022',
    'vendredi 22 avril 2022 à 10h15',
    'WASHINGTON, April 22, 2022 —',
    '22 avril 2022',
    '2022-04-22',
    'Date: 2022-04-22',
    '2022-04-22T10:15:00+02:00',
    'Le 22 avril 2022 à 10h15',
    'Publié le 22/04/22 à 10h15',
    'Published on Fri 22 Apr 2022 10.15 BST',
    'Fri 22 Apr 2022 10.15 BST',
    'April 22, 2022 10:15 AM UTC',
    'Publié le 22 avril 2022 à 10h15 - Mis à jour le 23 avril 2022 à 12h00',
  ],
  '2022-05-01': ['Publié le 1er mai 2022', 'Published May 1st, 2022', 'Mis à jour le 01/05/2022'],
  '2022-04-03': ['Publié le 03/04/2022', 'Published 04/03/2022'],
  '2021-12-31': ['Mis à jour le 31 décembre 2021 à 08h00', 'Updated 10:15 AM EDT, Fri December 31, 2021'],
};

// Lines that state a date but not when the article was written.
const NEGATIVES: string[] = [
  'Le 24 février 2022, la Russie a envahi l’Ukraine.',
  'L’ONU a publié le 24 février 2022 un rapport sur la situation.',
  'The war began on February 24, 2022, when Russian troops crossed the border.',
  'Rendez-vous le 03/04/2022 pour la suite.',
  'Le 30 février 2022', // not a calendar day
  '03/04/2022', // day-first or month-first? no language to go by
  '22/04/22', // a two-digit year needs a « Publié le » before it
  '22 avril 2022 : Guterres à Moscou', // a headline that starts with a date
  'Il a publié 22 avril 2022 documents', // « publié » lower-case mid-sentence is not a cue
];

describe('findTextDate', () => {
  for (const [expected, lines] of Object.entries(CORPUS)) {
    for (const line of lines) {
      it(`reads ${expected} from « ${line} »`, () => {
        expect(findTextDate(`Un titre\n${line}\n\nLe corps de l’article.`)?.date).toBe(expected);
      });
    }
  }

  for (const line of NEGATIVES) {
    it(`finds no publication date in « ${line} »`, () => {
      expect(findTextDate(`Un titre\n${line}`)).toBeNull();
    });
  }

  it('explains where the date was read, quoting the line', () => {
    expect(findTextDate('Titre\nPublié le 22 avril 2022 à 10h15\nTexte')).toEqual({
      date: '2022-04-22',
      detail: '« Publié le 22 avril 2022 à 10h15 » line',
    });
    expect(findTextDate('Title\nPublished April 22, 2022')?.detail).toBe('“Published April 22, 2022” line');
  });

  it('prefers the publication line over an update line, whatever their order', () => {
    const text = 'Titre\nMis à jour le 23 avril 2022 à 08h00\nPublié le 22 avril 2022 à 10h15\n';
    expect(findTextDate(text)?.date).toBe('2022-04-22');
  });

  it('falls back to the update line when no publication line is given', () => {
    expect(findTextDate('Title\nUpdated April 23, 2022\nBody')?.date).toBe('2022-04-23');
  });

  it('reads only the first five non-empty lines', () => {
    const top = ['Titre', '', 'Chapeau', 'Par Jean Martin', 'Photo : AFP', 'Légende'].join('\n');
    expect(findTextDate(`${top}\nPublié le 22 avril 2022`)).toBeNull();
    expect(findTextDate(`Titre\n\n\n\nPar Jean Martin\nPublié le 22 avril 2022`)?.date).toBe('2022-04-22');
  });

  it('returns null for text with no date', () => {
    expect(findTextDate('Un titre\nDu texte sans date.')).toBeNull();
    expect(findTextDate('')).toBeNull();
  });
});
