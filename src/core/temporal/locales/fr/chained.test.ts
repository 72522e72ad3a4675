import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../index';

const days = (t: string, dct: string) =>
  extractMentions(t, { lang: 'fr', dct }).map((m) => [m.text, m.interval?.start]);

describe('French days counted from the day the text tells', () => {
  it('« au lendemain de la défaite » is the day told, the event the day before it', () => {
    expect(days('Au lendemain de la défaite, les Bleus se sont entraînés.', '2022-12-01')).toEqual([
      ['lendemain', '2022-12-01'],
    ]);
  });
  it('a second « la veille » looks back from the same day as the first', () => {
    const t =
      'La Bourse a ouvert en hausse mardi. La veille, elle avait terminé stable.\n\n' +
      'Le marché était soutenu par la hausse de Wall Street la veille.';
    expect(days(t, '2013-04-09')).toEqual([
      ['mardi', '2013-04-09'],
      ['La veille', '2013-04-08'],
      ['la veille', '2013-04-08'],
    ]);
  });
  it('« le lendemain … le lendemain » still walks forward, as a narrative does', () => {
    const t = 'Le 3 mai, il part. Le lendemain, il arrive. Le lendemain, il repart.';
    expect(days(t, '2013-04-09')).toEqual([
      ['Le 3 mai', '2013-05-03'],
      ['Le lendemain', '2013-05-04'],
      ['Le lendemain', '2013-05-05'],
    ]);
  });
});
