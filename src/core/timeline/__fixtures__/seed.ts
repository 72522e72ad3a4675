// Hand-written mentions for the seed article (shared/seed/guterres-moscou.txt, DCT Fri 2022-04-22), as the
// temporal engine is expected to produce them. Offsets are found from context, so the text stays the source.

import type { Mention } from '../../../shared/timeline';

// Verbatim, including its no-break spaces inside « ».
export const SEED_TEXT =
  'Antonio Guterres se rendra à Moscou mardi pour rencontrer Poutine\n\nLe Secrétaire général des Nations Unies, Antonio Guterres, se rendra à Moscou mardi et rencontrera le président russe Vladimir Poutine après l’invasion de l’Ukraine le 24 février, a déclaré un porte-parole du chef de l’ONU.\n\nM. Guterres aura également une réunion de travail et un déjeuner avec le ministre russe des Affaires étrangères, Sergei Lavrov, a déclaré Eri Kaneko, porte-parole associée de M. Guterres, lors d’un point de presse à New York vendredi.\n\n«\u00a0Il espère parler de ce qui peut être fait pour ramener la paix en Ukraine de toute urgence\u00a0», a déclaré Mme Kaneko.\n\nLe bureau du secrétaire général travaille également avec le gouvernement ukrainien sur le calendrier et les préparatifs de la visite chez le voisin du sud de la Russie, a précisé le porte-parole.\n\nM. Guterres a demandé mardi à M. Poutine de le recevoir à Moscou et au président ukrainien Volodymyr Zelenskiy de le recevoir à Kiev, dans des lettres distinctes remises aux missions permanentes de leurs pays auprès des Nations Unies.\n\nMardi, António Guterres a également appelé à une pause humanitaire de quatre jours, à partir de jeudi, dans le cadre de la Pâque orthodoxe, pour permettre le passage en toute sécurité des civils hors des zones de conflit et l’acheminement de l’aide humanitaire dans les zones durement touchées.\n\n«\u00a0Le secrétaire général n’est pas tant déçu que son appel personnel n’ait pas été entendu, mais plutôt qu’il n’y ait pas eu de trêve, que les civils ne puissent pas quitter les zones assiégées et que l’aide que l’ONU et ses partenaires sont prêts à fournir à ces zones assiégées ne puisse pas entrer\u00a0», a déclaré M. Kaneko vendredi.\n\nAntonio Guterres poursuivra ces discussions lors de sa visite à Moscou, a ajouté le porte-parole.\n\nL’invasion de l’Ukraine par Moscou, la plus grande attaque contre un pays européen depuis 1945, a tué ou blessé des milliers de personnes. Plus de 12 millions ont besoin d’une aide humanitaire dans le pays aujourd’hui, a déclaré M. Guterres.\n\nDepuis le début de ce qu’elle appelle une opération spéciale visant à démilitariser l’Ukraine, la Russie a réduit des villes en ruines et des centaines de corps de civils ont été retrouvés dans des villes après le retrait de ses forces. Elle nie avoir ciblé des civils et affirme, sans preuve, que les signes d’atrocités ont été mis en scène.\n\nLes pays occidentaux et l’Ukraine accusent Poutine d’agression\n\nDernières nouvelles';

type Spec = Omit<Mention, 'id' | 'start' | 'end' | 'text' | 'explanation'> & {
  context: string;
  anchor: string;
};

function at(specs: Spec[]): Mention[] {
  return specs.map(({ context, anchor, ...rest }, i) => {
    const c = SEED_TEXT.indexOf(context);
    if (c < 0) throw new Error(`context not found: ${context}`);
    const start = c + context.indexOf(anchor);
    return {
      id: `m${i + 1}`,
      start,
      end: start + anchor.length,
      text: anchor,
      explanation: 'fixture',
      ...rest,
    };
  });
}

const day = (d: string) => ({ start: d, end: d });

export const SEED_MENTIONS: Mention[] = at([
  {
    context: 'Moscou mardi pour',
    anchor: 'mardi',
    type: 'DATE',
    value: '2022-04-26',
    interval: day('2022-04-26'),
  },
  {
    context: 'Moscou mardi et',
    anchor: 'mardi',
    type: 'DATE',
    value: '2022-04-26',
    interval: day('2022-04-26'),
  },
  {
    context: 'le 24 février',
    anchor: '24 février',
    type: 'DATE',
    value: '2022-02-24',
    interval: day('2022-02-24'),
  },
  {
    context: 'New York vendredi',
    anchor: 'vendredi',
    type: 'DATE',
    value: '2022-04-22',
    interval: day('2022-04-22'),
  },
  {
    context: 'a demandé mardi',
    anchor: 'mardi',
    type: 'DATE',
    value: '2022-04-19',
    interval: day('2022-04-19'),
  },
  {
    context: 'Mardi, António',
    anchor: 'Mardi',
    type: 'DATE',
    value: '2022-04-19',
    interval: day('2022-04-19'),
  },
  {
    context: 'de quatre jours',
    anchor: 'quatre jours',
    type: 'DURATION',
    value: 'P4D',
    interval: null,
    anchoredInterval: { start: '2022-04-21', end: '2022-04-24' },
  },
  {
    context: 'à partir de jeudi',
    anchor: 'jeudi',
    type: 'DATE',
    value: '2022-04-21',
    interval: day('2022-04-21'),
  },
  {
    context: 'M. Kaneko vendredi',
    anchor: 'vendredi',
    type: 'DATE',
    value: '2022-04-22',
    interval: day('2022-04-22'),
  },
  {
    context: 'depuis 1945',
    anchor: '1945',
    type: 'DATE',
    value: '1945',
    interval: { start: '1945-01-01', end: '1945-12-31' },
    precision: 'year',
  },
  {
    context: 'le pays aujourd’hui',
    anchor: 'aujourd’hui',
    type: 'DATE',
    value: 'PRESENT_REF',
    interval: day('2022-04-22'),
    precision: 'ref',
  },
]);
