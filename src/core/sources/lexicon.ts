// Word knowledge for telling whether two claims of two articles tell the same happening, across French and
// English. Country names come generated from CLDR (countries.ts); the rest is what no offline lexicon holds:
// the French and English names of places, people and bodies that news spells differently, and the nouns and
// verbs of news happenings in both languages. Each entry is written as words; they are stemmed with the
// Snowball stemmer of their language when the table is built, so « obsèques » and "funeral" both become the
// key `funeral` whatever their ending.

/**
 * Names spelled differently in French and English (lower case, accents ignored), → one key. An entry written
 * in capitals is an acronym and matches only in capitals: "UN" and « ONU », never the French article « un ».
 */
export const NAME_KEYS: Readonly<Record<string, string[]>> = {
  // « à Moscou » / "in Moscow"
  moscow: ['moscou', 'moscow', 'moskva'],
  // « Kiev » / "Kyiv"
  kyiv: ['kiev', 'kyiv', 'kiyv'],
  putin: ['poutine', 'putin'],
  // « Zelensky » / "Zelenskyy"
  zelensky: ['zelensky', 'zelenskyy', 'zelenski', 'zelenskiy'],
  lavrov: ['lavrov'],
  beijing: ['pekin', 'beijing'],
  kabul: ['kaboul', 'kabul'],
  london: ['londres', 'london'],
  brussels: ['bruxelles', 'brussels'],
  warsaw: ['varsovie', 'warsaw'],
  // « tchétchène » / "Chechen"
  chechnya: ['tchetchenie', 'tchetchene', 'chechnya', 'chechen'],
  bucha: ['boutcha', 'bucha'],
  mariupol: ['marioupol', 'mariupol'],
  // « Pyongyang », « nord-coréen » / "North Korean"
  northkorea: ['pyongyang', 'nord-coreen', 'nord-coreenne', 'north korean', 'coree du nord', 'north korea'],
  southkorea: ['sud-coreen', 'sud-coreenne', 'south korean', 'coree du sud', 'south korea', 'seoul'],
  US: [
    'etats-unis',
    'USA',
    'U.S.',
    'americain',
    'americaine',
    'american',
    'washington',
    'pentagone',
    'pentagon',
  ],
  GB: ['royaume-uni', 'britannique', 'britanniques', 'british', 'UK', 'U.K.', 'britain'],
  RU: ['russe', 'russes', 'russian', 'russians'],
  JP: ['japonais', 'japonaise', 'japanese', 'nippon'],
  FR: ['francais', 'francaise', 'french'],
  UA: ['ukrainien', 'ukrainienne', 'ukrainian'],
  // « l'ONU », « les Nations unies » / "the UN", "the United Nations"
  un: ['ONU', 'UN', 'nations unies', 'united nations'],
  nato: ['OTAN', 'NATO'],
  eu: ['UE', 'EU', 'union europeenne', 'european union'],
  // « la place Saint-Pierre » / "St. Peter's Square"
  stpeter: ['saint-pierre', "st. peter's", "st peter's", "saint peter's"],
  marymajor: ['sainte-marie-majeure', 'st. mary major', 'santa maria maggiore'],
  // « le pape François » / "Pope Francis"
  francis: ['francois', 'francis', 'franciscus'],
  notredame: ['notre-dame', 'notre dame'],
  commons: ['communes', 'commons'],
  // « la Chambre des communes » already; « Downing Street »
  downing: ['downing'],
  hokkaido: ['hokkaido'],
  kremlin: ['kremlin'],
  guiana: ['guyane', 'guiana'],
};

/** Happenings' nouns and verbs in both languages (as words; stemmed when the table is built) → one key. */
export const CONCEPTS: Readonly<Record<string, { fr: string[]; en: string[] }>> = {
  // « rencontrer Vladimir Poutine » / "meet with Putin"
  meet: {
    fr: ['rencontre', 'rencontrer', 'entretien', 'entretiens', 'reçu', 'recevra', 'recevoir', 'pourparlers'],
    en: ['meet', 'meeting', 'talks', 'received', 'receive'],
  },
  // « se rendre à Kazan » / "travel to Kyiv"
  visit: {
    fr: ['visite', 'visiter', 'rendre', 'déplacement', 'voyage', 'rendra'],
    en: ['visit', 'visiting', 'trip', 'travel', 'travelling', 'traveling'],
  },
  lunch: { fr: ['déjeuner'], en: ['lunch'] },
  letter: { fr: ['lettre', 'lettres', 'courrier'], en: ['letter', 'letters'] },
  // « le décollage » / "the launch", "liftoff"
  launch: {
    fr: ['lancement', 'décollage', 'décoller', 'décollera', 'lancer', 'vol', 'lanceur'],
    en: ['launch', 'liftoff', 'lift', 'flight', 'launcher'],
  },
  // « un tir de missile » / "fired a missile"
  // "fire" is both: "fired a missile" and "the fire at the cathedral"; it carries both keys (see blaze)
  shoot: { fr: ['tir', 'tirer', 'tiré', 'tirs'], en: ['fired', 'fire', 'firing', 'shot'] },
  missile: { fr: ['missile', 'missiles', 'projectile'], en: ['missile', 'missiles', 'projectile'] },
  rocket: { fr: ['fusée'], en: ['rocket'] },
  // « reporté d'une journée » / "delayed", "pushed back"
  delay: {
    fr: ['report', 'reporter', 'reporté', 'repoussé', 'repousser', 'décaler', 'retard', 'retardé'],
    en: ['delay', 'delayed', 'postpone', 'postponed', 'pushed', 'moved', 'rescheduled'],
  },
  // « un violent incendie » / "a massive fire"
  blaze: {
    fr: ['incendie', 'feu', 'flammes', 'brûler'],
    en: ['fire', 'blaze', 'flames', 'burning', 'burned'],
  },
  collapse: {
    fr: ['effondrement', 'effondrée', 'effondrer', 'écroule', 'écroulement', 'écrouler'],
    en: ['collapse', 'collapsed', 'collapsing'],
  },
  spire: { fr: ['flèche'], en: ['spire'] },
  cathedral: { fr: ['cathédrale'], en: ['cathedral'] },
  roof: { fr: ['toiture', 'toit', 'charpente'], en: ['roof'] },
  // « le décès du pape » / "the pope died"
  death: {
    fr: ['mort', 'décès', 'décédé', 'mourir', 'meurt', 'tué', 'tuée', 'tués', 'morts', 'meurtre'],
    en: ['died', 'death', 'dies', 'dead', 'killed', 'kill', 'deaths', 'murder'],
  },
  funeral: {
    fr: ['obsèques', 'funérailles', 'enterrement', 'inhumation', 'inhumé'],
    en: ['funeral', 'burial', 'buried', 'entombment'],
  },
  coffin: { fr: ['cercueil', 'dépouille'], en: ['coffin', 'casket'] },
  pope: { fr: ['pape', 'pontife'], en: ['pope', 'pontiff'] },
  cardinal: { fr: ['cardinaux', 'cardinal'], en: ['cardinals', 'cardinal'] },
  mourning: { fr: ['deuil'], en: ['mourning'] },
  // « les députés voteront » / "MPs will vote"
  vote: {
    fr: ['vote', 'voter', 'voteront', 'scrutin', 'élections', 'élection', 'tour', 'législatives'],
    en: ['vote', 'voting', 'election', 'elections', 'round', 'poll', 'ballot'],
  },
  dissolve: { fr: ['dissolution', 'dissous', 'dissoudre'], en: ['dissolve', 'dissolving', 'dissolution'] },
  parliament: {
    // not « parlement »: its stem is that of « parler »
    fr: ['assemblée', 'députés', 'chambre', 'parlementaires'],
    en: ['parliament', 'assembly', 'lawmakers', 'mps'],
  },
  agreement: { fr: ['accord'], en: ['deal', 'agreement'] },
  debate: { fr: ['débat', 'débats'], en: ['debate', 'debates'] },
  spokesman: { fr: ['porte-parole'], en: ['spokesman', 'spokesperson', 'spokeswoman'] },
  summit: { fr: ['sommet'], en: ['summit'] },
  war: { fr: ['guerre', 'conflit'], en: ['war', 'conflict'] },
  // « reconnu coupable » / "found guilty"
  guilty: {
    fr: ['coupable', 'verdict', 'condamné', 'culpabilité'],
    en: ['guilty', 'verdict', 'convicted', 'conviction'],
  },
  jury: { fr: ['jury', 'jurés'], en: ['jury', 'jurors'] },
  trial: { fr: ['procès', 'jugé'], en: ['trial', 'tried'] },
  penalty: { fr: ['peine'], en: ['penalty', 'sentence'] },
  bombing: {
    fr: ['attentat', 'attentats', 'bombe', 'bombes', 'explosion', 'exploser', 'explosé'],
    en: ['bombing', 'bombings', 'bomb', 'bombs', 'attack', 'blast', 'explosion'],
  },
  officer: { fr: ['policier', 'policiers'], en: ['officer', 'policeman'] },
  // « le séisme » / "the earthquake"
  earthquake: {
    fr: ['séisme', 'séismes', 'tremblement', 'secousse', 'secousses'],
    en: ['earthquake', 'quake', 'tremor', 'tremors'],
  },
  tsunami: { fr: ['tsunami', 'vagues'], en: ['tsunami', 'waves'] },
  warning: { fr: ['alerte', 'alertes'], en: ['warning', 'warnings', 'alert'] },
  lift: { fr: ['levé', 'levée', 'lever', 'annulé'], en: ['lifted', 'canceled', 'cancelled'] },
  evacuate: { fr: ['évacuer', 'évacuation', 'évacués'], en: ['evacuate', 'evacuated', 'evacuation'] },
  ship: { fr: ['navire', 'cargo', 'porte-conteneurs'], en: ['ship', 'vessel', 'freighter'] },
  bridge: { fr: ['pont'], en: ['bridge'] },
  weather: { fr: ['météo', 'météorologiques'], en: ['weather'] },
  astronaut: { fr: ['astronaute', 'astronautes', 'spationaute'], en: ['astronaut', 'astronauts'] },
  dock: { fr: ['amarrage', 'amarrer'], en: ['dock', 'docking'] },
  announce: {
    fr: ['annonce', 'annoncé', 'annoncer', 'annoncée'],
    en: ['announce', 'announced', 'announcement'],
  },
  ceasefire: { fr: ['cessez-le-feu', 'trêve'], en: ['ceasefire', 'cease-fire', 'truce'] },
  first: { fr: ['premier', 'première', 'inaugural'], en: ['first', 'inaugural', 'maiden'] },
};
