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
        '• premier point\n• second point',
        'Contexte',
      ].join('\n\n'),
    );
  });

  it('keeps a list a list: one block, an item a line, numbered when ordered, nested items indented', () => {
    const md = [
      'Le calendrier :',
      '',
      '3. le 3 mai, le vote ;',
      '4. le 9 mai, le défilé,',
      '   suivi d’un discours ;',
      '   - à Moscou',
      '   - à Kiev',
      '5. le 12 mai, le sommet.',
    ].join('\n');
    expect(extractMarkdown(md).text).toBe(
      [
        'Le calendrier :',
        '',
        '3. le 3 mai, le vote ;',
        '4. le 9 mai, le défilé,',
        '   suivi d’un discours ;',
        '  • à Moscou',
        '  • à Kiev',
        '5. le 12 mai, le sommet.',
      ].join('\n'),
    );
  });

  it('leaves code blocks out, so a date in a fenced sample is no event of the article', async () => {
    const md = [
      '# Panne',
      '',
      'Le service est tombé mardi.',
      '',
      '```',
      '2024-01-15 ERROR db down',
      '```',
      '',
    ].join('\n');
    const { text } = extractMarkdown(md);
    expect(text).toBe('Panne\n\nLe service est tombé mardi.');
    const { extractMentions } = await import('../temporal/index');
    expect(extractMentions(text, { lang: 'fr', dct: '2024-01-16' }).map((m) => m.text)).toEqual(['mardi']);
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
