import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../index';

const fr = (t: string, dct: string) => extractMentions(t, { lang: 'fr', dct }).map((m) => [m.text, m.value]);

describe('French countdowns', () => {
  it('date « à huit jours du premier tour » and « J-8 » on the day they are written', () => {
    expect(fr('À huit jours du premier tour, les candidats accélèrent.', '2017-04-15')).toEqual([
      ['À huit jours', '2017-04-15'],
    ]);
    expect(fr('J-8 pour le premier tour de la présidentielle.', '2017-04-15')).toEqual([
      ['J-8', '2017-04-15'],
    ]);
    expect(fr('Il reste à deux jours d’Arafat.', '2024-06-14')).toEqual([['à deux jours', '2024-06-14']]);
  });
  it('leave distances and plain durations alone', () => {
    expect(fr('Le village est à deux jours de marche de la côte.', '2017-04-15')).toEqual([
      ['deux jours', 'P2D'],
    ]);
    expect(fr('Le chantier a duré huit jours.', '2017-04-15')).toEqual([['huit jours', 'P8D']]);
  });
});

describe('an English date line in a French page', () => {
  it('is read in full, month, day and year', () => {
    expect(fr('Publié le November 20, 2024. Il a neigé.', '2024-11-21')).toEqual([
      ['November 20, 2024', '2024-11-20'],
    ]);
  });
  it('leaves English month names alone without a day and a year', () => {
    expect(fr('Le groupe April March joue ce soir.', '2024-11-21').map(([t]) => t)).toEqual(['ce soir']);
  });
});
