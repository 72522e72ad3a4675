// The words of the timeline's view, legend, settings and first screen, in both languages. Kept beside
// i18n.ts (which spreads them into its tables) so the explanations and errors there and these grow apart.

type Words<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : T[K] extends Record<string, string>
      ? { [S in keyof T[K]]: string }
      : string;
};

export const viewEn = {
  legendTitle: 'Legend',
  legendVague: 'approximate date',
  legendPublished: 'publication date',
  pointerHelp:
    'Wheel: scroll · Ctrl/⌘+wheel or pinch: zoom · Shift+wheel, sideways swipe or drag: move in time',
  edgeEvents: (n: number) => (n === 1 ? '1 event' : `${n} events`),
  edgeJump: 'Go to the nearest event on this side',
  clusterHint: (n: number) => `${n} more events here: click to zoom in`,
  densityHint: 'Where the events are',
  sentencesCount: (n: number) => `${n} sentences tell it`,
  settingsTitle: 'Settings',
  themeLabel: 'Theme',
  uiLangLabel: 'Interface language',
  themeChoice: { system: 'As the system', light: 'Light', dark: 'Dark' },
  articleLanguages:
    'Articles are read in French and English; each article’s language is detected from its text.',
} as const;

export const viewFr: Words<typeof viewEn> = {
  legendTitle: 'Légende',
  legendVague: 'date approximative',
  legendPublished: 'date de publication',
  pointerHelp:
    'Molette : défiler · Ctrl/⌘+molette ou pincement : zoomer · Maj+molette, balayage latéral ou glisser : parcourir le temps',
  edgeEvents: (n) => (n === 1 ? '1 événement' : `${n} événements`),
  edgeJump: 'Aller à l’événement le plus proche de ce côté',
  clusterHint: (n) => `${n} autres événements ici : cliquer pour zoomer`,
  densityHint: 'Où sont les événements',
  sentencesCount: (n) => `${n} phrases le racontent`,
  settingsTitle: 'Réglages',
  themeLabel: 'Thème',
  uiLangLabel: 'Langue de l’interface',
  themeChoice: { system: 'Comme le système', light: 'Clair', dark: 'Sombre' },
  articleLanguages:
    'Les articles sont lus en français et en anglais ; la langue de chaque article est détectée dans son texte.',
};
