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
  zoomLimit: 'Closest zoom: the edges show where the nearest events are',
  clusterHint: (n: number) => `${n} more events here: click to zoom in`,
  densityHint: 'Where the events are',
  sentencesCount: (n: number) => `${n} sentences tell it`,
  settingsTitle: 'Settings',
  themeLabel: 'Theme',
  uiLangLabel: 'Interface language',
  themeChoice: { system: 'As the system', light: 'Light', dark: 'Dark' },
  articleLanguages:
    'Articles are read in French and English; each article’s language is detected from its text.',
  previewTitle: 'What you get: the sample article’s timeline',
  previewAlt:
    'Timeline of the sample article: seven dated claims from 1945 to 26 April 2022, each marked by its status',
  formatsTitle: 'Opens',
  formats: {
    txt: 'Plain text (.txt)',
    html: 'Web page (.html)',
    md: 'Markdown (.md)',
    docx: 'Word (.docx)',
    pdf: 'PDF (.pdf)',
    timeline: 'Saved timeline (.factline.json)',
  },
  languagesTitle: 'Article languages',
  languagesBody: 'French and English, detected from the text. The interface speaks both (⚙ Settings).',
  shortcutsTitle: 'Shortcuts',
  shiftKey: 'Shift',
  wheelKey: 'wheel',
  shortcutNames: {
    open: 'Open a file',
    save: 'Save the timeline',
    export: 'Export an image',
    undo: 'Undo / redo an edit',
    step: 'Previous / next event',
    zoom: 'Zoom out / in, fit all',
    wheel: 'Zoom at the pointer',
    pan: 'Move in time',
    list: 'Timeline or list',
  },
} as const;

export const viewFr: Words<typeof viewEn> = {
  legendTitle: 'Légende',
  legendVague: 'date approximative',
  legendPublished: 'date de publication',
  pointerHelp:
    'Molette : défiler · Ctrl/⌘+molette ou pincement : zoomer · Maj+molette, balayage latéral ou glisser : parcourir le temps',
  edgeEvents: (n) => (n === 1 ? '1 événement' : `${n} événements`),
  edgeJump: 'Aller à l’événement le plus proche de ce côté',
  zoomLimit: 'Zoom maximal : les bords indiquent où sont les événements les plus proches',
  clusterHint: (n) => `${n} autres événements ici : cliquer pour zoomer`,
  densityHint: 'Où sont les événements',
  sentencesCount: (n) => `${n} phrases le racontent`,
  settingsTitle: 'Réglages',
  themeLabel: 'Thème',
  uiLangLabel: 'Langue de l’interface',
  themeChoice: { system: 'Comme le système', light: 'Clair', dark: 'Sombre' },
  articleLanguages:
    'Les articles sont lus en français et en anglais ; la langue de chaque article est détectée dans son texte.',
  previewTitle: 'Ce que vous obtenez : la frise de l’article d’exemple',
  previewAlt:
    'Frise de l’article d’exemple : sept affirmations datées de 1945 au 26 avril 2022, chacune marquée par son statut',
  formatsTitle: 'Ouvre',
  formats: {
    txt: 'Texte brut (.txt)',
    html: 'Page web (.html)',
    md: 'Markdown (.md)',
    docx: 'Word (.docx)',
    pdf: 'PDF (.pdf)',
    timeline: 'Frise enregistrée (.factline.json)',
  },
  languagesTitle: 'Langues des articles',
  languagesBody: 'Français et anglais, détectés dans le texte. L’interface parle les deux (⚙ Réglages).',
  shortcutsTitle: 'Raccourcis',
  shiftKey: 'Maj',
  wheelKey: 'molette',
  shortcutNames: {
    open: 'Ouvrir un fichier',
    save: 'Enregistrer la frise',
    export: 'Exporter une image',
    undo: 'Annuler / rétablir une modification',
    step: 'Événement précédent / suivant',
    zoom: 'Zoom arrière / avant, tout afficher',
    wheel: 'Zoomer sous le pointeur',
    pan: 'Parcourir le temps',
    list: 'Frise ou liste',
  },
};
