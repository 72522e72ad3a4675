import { describe, expect, it } from 'vitest';
import { frenchTenseAt } from './tense';

function tenseOf(sentence: string, word: string) {
  const at = sentence.indexOf(word);
  return frenchTenseAt(sentence, at, at + word.length);
}

describe('frenchTenseAt', () => {
  it.each([
    ['Guterres se rendra à Moscou mardi.', 'mardi', 'future', 'se rendra'],
    ['Il a demandé mardi à Poutine de le recevoir.', 'mardi', 'past', 'a demandé'],
    ['La campagne se mettra en branle dimanche.', 'dimanche', 'future', 'se mettra'],
    ['Guterres se rendra\nà Moscou mardi.', 'mardi', 'future', 'se rendra'],
    ['Le tribunal connaîtra sa décision jeudi.', 'jeudi', 'future', 'connaîtra'],
    ['Il y aurait, en effet, eu une levée de boucliers jeudi.', 'jeudi', 'past', 'aurait, en effet, eu'],
    ['Mardi, il a également appelé à une trêve.', 'Mardi', 'past', 'a également appelé'],
    ['Il devrait arriver jeudi.', 'jeudi', 'future', 'devrait'],
    ['Dès dimanche, les enfants pourront jouer.', 'dimanche', 'future', 'pourront'],
    ['Il pourrait venir jeudi.', 'jeudi', 'future', 'pourrait'],
    ['Le vote va avoir lieu jeudi.', 'jeudi', 'future', 'va'],
    ['Il espérait partir jeudi.', 'jeudi', 'past', 'espérait'],
    ['Le sommet est prévu jeudi.', 'jeudi', 'future', 'prévu'],
    ['Rendez-vous est fixé samedi à 8 h.', 'samedi', 'future', 'est fixé'],
    ['Les coureurs ont rendez-vous dimanche matin.', 'dimanche', 'future', 'rendez-vous'],
    ['Il est arrivé jeudi.', 'jeudi', 'past', 'est arrivé'],
    ['Les modifications annoncées mercredi par la FIA.', 'mercredi', 'past', 'annoncées'],
  ])('« %s » at « %s » → %s (%s)', (sentence, word, tense, cue) => {
    expect(tenseOf(sentence, word)).toEqual({ tense, cue });
  });

  it('prefers the verb of its own clause: « a déclaré mercredi qu’il n’autoriserait pas »', () => {
    expect(
      tenseOf('Stoiber a ainsi déclaré mercredi qu’il n’autoriserait pas cela.', 'mercredi')?.tense,
    ).toBe('past');
  });
  it('does not read nouns in -ité / -ée as participles: « le comité … dimanche »', () => {
    expect(tenseOf('Le comité se réunira dimanche.', 'dimanche')?.tense).toBe('future');
  });
  it('reads a verbless first sentence as a headline present', () => {
    expect(tenseOf('Guterres à Moscou mardi\nLe texte suit.', 'mardi')).toEqual({
      tense: 'present',
      cue: 'headline',
    });
  });
  it('returns null when the sentence has no cue', () => {
    expect(tenseOf('Premier titre.\nLe marché de mardi.', 'mardi')).toBeNull();
  });
});
