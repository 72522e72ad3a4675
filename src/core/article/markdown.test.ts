import { describe, expect, it } from 'vitest';
import { extractMarkdown } from './markdown';

describe('extractMarkdown', () => {
  it('keeps headings and paragraphs as the reader sees them, without markup', () => {
    const md = [
      '# Guterres se rendra à **Moscou** mardi',
      '',
      'Publié le 22 avril 2022',
      '',
      'Le secrétaire général de [l’ONU](https://un.org) rencontrera *Vladimir Poutine*,',
      'a déclaré un `porte-parole`.',
      '',
      '> « Il espère parler de la paix », a déclaré ![photo](x.png) Mme Kaneko.',
      '',
      '- premier point',
      '- second point',
      '',
      '---',
      '<div class="ad">Publicité</div>',
      '',
      '## Contexte',
    ].join('\n');
    expect(extractMarkdown(md).text).toBe(
      [
        'Guterres se rendra à Moscou mardi',
        'Publié le 22 avril 2022',
        'Le secrétaire général de l’ONU rencontrera Vladimir Poutine,\na déclaré un porte-parole.',
        '« Il espère parler de la paix », a déclaré photo Mme Kaneko.',
        'premier point',
        'second point',
        'Contexte',
      ].join('\n\n'),
    );
  });

  it('takes the first heading as the title, else the first line', () => {
    expect(extractMarkdown('Intro\n\n# Le titre\n\nTexte').title).toBe('Le titre');
    expect(extractMarkdown('Pas de titre ici\net une suite').title).toBe('Pas de titre ici');
    expect(extractMarkdown('').title).toBeNull();
  });

  it('reads title and publication date from YAML front matter, and leaves it out of the text', () => {
    const md = '---\ntitle: "Guterres à Moscou"\ndate: 2022-04-22T10:15:00+02:00\n---\n\nLe texte.';
    expect(extractMarkdown(md)).toEqual({
      text: 'Le texte.',
      title: 'Guterres à Moscou',
      date: { date: '2022-04-22', detail: 'front matter date' },
    });
  });

  it('has no date without front matter (the text lines are read elsewhere)', () => {
    expect(extractMarkdown('# Titre\n\nPublié le 22 avril 2022').date).toBeNull();
  });
});
