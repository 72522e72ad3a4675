// The UI's words in French and English; the language follows the system (api.appInfo().uiLang).
// One typed table: a missing key in either language is a type error.

import type { DctSource, EventStatus, Lang } from '../../shared/timeline';
import { viewEn, viewFr } from './i18nView';

const en = {
  appName: 'Factline',
  emptyTitle: 'Turn a news article into a timeline of its dated claims',
  emptyHint: 'Drop an article here (text, HTML, Markdown, Word or PDF), or a saved .factline.json timeline.',
  open: 'Open…',
  openSample: 'Open the sample article',
  recent: 'Recent files',
  noRecent: 'No recent files yet.',
  dropHere: 'Drop to open',
  loading: 'Opening…',
  extracting: 'Finding the dates…',
  dismiss: 'Dismiss',
  discardChanges: (name: string) => `Open another file and discard the unsaved changes to “${name}”?`,
  restoreTitle: 'Factline closed with unsaved work',
  restoreBody: (name: string, when: string) => `“${name}”, autosaved ${when}.`,
  restore: 'Restore',
  discard: 'Discard',
  published: 'Published',
  publishedUnknown: 'Publication date unknown — set it:',
  needDct:
    'Relative dates (« mardi », “last week”) cannot be placed until the publication date is set, at the top.',
  dctSource: {
    option: 'given on the command line',
    meta: 'from the page metadata',
    text: 'read in the text',
    user: 'set by you',
    none: 'not found',
  } satisfies Record<DctSource, string>,
  changeDctHint: 'Changing it re-resolves every relative date (edited events keep yours).',
  badDate: (pattern: string) => `Not a date: write it as ${pattern}, e.g. 2022-04-26.`,
  save: 'Save',
  saveAs: 'Save as…',
  export: 'Export…',
  copyImage: 'Copy image',
  undo: 'Undo',
  redo: 'Redo',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Fit all',
  showList: 'List',
  showTimeline: 'Timeline',
  article: 'Article',
  timeline: 'Timeline',
  events: (n: number) => (n === 1 ? '1 event' : `${n} events`),
  hiddenCount: (n: number) => `${n} hidden`,
  status: {
    happened: 'happened',
    reported: 'reported',
    planned: 'planned',
    demanded: 'demanded',
    denied: 'denied',
  } satisfies Record<EventStatus, string>,
  noStatus: 'unknown',
  details: 'Details',
  noSelection: 'Select an event on the timeline, in the list or in the text.',
  label: 'Label',
  date: 'Date',
  from: 'From',
  to: 'To',
  statusLabel: 'Status',
  statusKeys: 'Arrow keys to choose, Enter to apply.',
  periodPart: {
    year: 'Year',
    quarter: 'Quarter',
    half: 'Half-year',
    month: 'Month',
    season: 'Season',
    decade: 'Decade',
    century: 'Century',
  },
  periodNumber: (kind: 'quarter' | 'half', n: number) => (kind === 'quarter' ? `Q${n}` : `H${n}`),
  sentence: 'Sentence',
  howResolved: 'How the date was found',
  edited: 'edited by you',
  dateByHand: 'Date set by hand: the readings of the text below no longer place this event.',
  labelEmpty: 'A label cannot be empty: the previous one is kept.',
  hide: 'Hide this event',
  hiddenInText: 'Hidden event: click to see it and show it again',
  unhide: 'Show this event',
  useOther: (explanation: string) => `Use the other reading: ${explanation}`,
  addEvent: 'Add an event from the selected text',
  addEventShort: 'Add event',
  sortBy: 'Sort by',
  columns: { date: 'Date', label: 'Event', status: 'Status' },
  exportTitle: 'Export the timeline',
  exportConfirm: 'Export',
  format: 'Format',
  scale: 'Size',
  range: 'Range',
  rangeAll: 'Whole timeline',
  rangeVisible: 'Visible window',
  cancel: 'Cancel',
  exported: (path: string) => `Exported to ${path}`,
  copied: 'Image copied to the clipboard.',
  copyFailed: 'Could not copy the image.',
  saved: (path: string) => `Saved to ${path}`,
  saveFailed: (msg: string) => `Could not save: ${msg}`,
  exportFailed: (msg: string) => `Could not export: ${msg}`,
  openFailed: (msg: string) => `Could not open the file. ${msg}`,
  stillOpening: 'A file is still opening: wait for it, or press Cancel beside the progress bar.',
  autosaveFailed: (msg: string) => `${msg} Save the timeline (Ctrl+S) to keep your edits.`,
  extractFailed: (msg: string) => `Could not read dates in this article: ${msg}`,
  keyboardHelp:
    '←/→ previous/next event · Enter go to text · Esc clear · +/− zoom · 0 fit · Shift+arrows pan',
  timelineRegion: 'Timeline of dated claims',
  articleRegion: 'Article text',
  noEvents: 'No dated claims found in this article. Select a sentence in the text to add one.',
  breakLabel: 'gap in time',
  ...viewEn,
} as const;

export type Messages = {
  [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof en)[K] extends Record<string, string>
      ? { [S in keyof (typeof en)[K]]: string }
      : string;
};

const fr: Messages = {
  appName: 'Factline',
  emptyTitle: 'Transformez un article en frise chronologique de ses affirmations datées',
  emptyHint:
    'Déposez un article ici (texte, HTML, Markdown, Word ou PDF), ou une frise enregistrée .factline.json.',
  open: 'Ouvrir…',
  openSample: 'Ouvrir l’article d’exemple',
  recent: 'Fichiers récents',
  noRecent: 'Aucun fichier récent.',
  dropHere: 'Déposez pour ouvrir',
  loading: 'Ouverture…',
  extracting: 'Recherche des dates…',
  dismiss: 'Fermer',
  discardChanges: (name) =>
    `Ouvrir un autre fichier et abandonner les modifications non enregistrées de « ${name} » ?`,
  restoreTitle: 'Factline s’est fermé avec un travail non enregistré',
  restoreBody: (name, when) => `« ${name} », enregistré automatiquement ${when}.`,
  restore: 'Restaurer',
  discard: 'Abandonner',
  published: 'Publié le',
  publishedUnknown: 'Date de publication inconnue — indiquez-la :',
  needDct:
    'Les dates relatives (« mardi », « la semaine dernière ») ne peuvent être placées qu’une fois la date de publication indiquée, en haut.',
  dctSource: {
    option: 'donnée en ligne de commande',
    meta: 'lue dans les métadonnées',
    text: 'lue dans le texte',
    user: 'choisie par vous',
    none: 'introuvable',
  },
  changeDctHint: 'La changer recalcule toutes les dates relatives (vos corrections sont gardées).',
  badDate: (pattern) => `Date invalide : écrivez-la sous la forme ${pattern}, par exemple 26/04/2022.`,
  save: 'Enregistrer',
  saveAs: 'Enregistrer sous…',
  export: 'Exporter…',
  copyImage: 'Copier l’image',
  undo: 'Annuler',
  redo: 'Rétablir',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fitAll: 'Tout afficher',
  showList: 'Liste',
  showTimeline: 'Frise',
  article: 'Article',
  timeline: 'Frise',
  events: (n) => (n <= 1 ? `${n} événement` : `${n} événements`),
  hiddenCount: (n) => (n <= 1 ? `${n} masqué` : `${n} masqués`),
  status: {
    happened: 'passé',
    reported: 'rapporté',
    planned: 'prévu',
    demanded: 'demandé',
    denied: 'démenti',
  },
  noStatus: 'inconnu',
  details: 'Détails',
  noSelection: 'Choisissez un événement sur la frise, dans la liste ou dans le texte.',
  label: 'Libellé',
  date: 'Date',
  from: 'Du',
  to: 'Au',
  statusLabel: 'Statut',
  statusKeys: 'Flèches pour choisir, Entrée pour appliquer.',
  periodPart: {
    year: 'Année',
    quarter: 'Trimestre',
    half: 'Semestre',
    month: 'Mois',
    season: 'Saison',
    decade: 'Décennie',
    century: 'Siècle',
  },
  periodNumber: (kind, n) => `${n === 1 ? '1er' : `${n}e`} ${kind === 'quarter' ? 'trimestre' : 'semestre'}`,
  sentence: 'Phrase',
  howResolved: 'Comment la date a été trouvée',
  edited: 'corrigé par vous',
  dateByHand: 'Date fixée à la main : les lectures du texte ci-dessous ne placent plus cet événement.',
  labelEmpty: 'Un libellé ne peut pas être vide : le précédent est gardé.',
  hide: 'Masquer cet événement',
  hiddenInText: 'Événement masqué : cliquez pour le voir et l’afficher à nouveau',
  unhide: 'Afficher cet événement',
  useOther: (explanation) => `Prendre l’autre lecture : ${explanation}`,
  addEvent: 'Ajouter un événement à partir du texte sélectionné',
  addEventShort: 'Ajouter',
  sortBy: 'Trier par',
  columns: { date: 'Date', label: 'Événement', status: 'Statut' },
  exportTitle: 'Exporter la frise',
  exportConfirm: 'Exporter',
  format: 'Format',
  scale: 'Taille',
  range: 'Étendue',
  rangeAll: 'Toute la frise',
  rangeVisible: 'Partie visible',
  cancel: 'Annuler',
  exported: (path) => `Exporté dans ${path}`,
  copied: 'Image copiée dans le presse-papiers.',
  copyFailed: 'Impossible de copier l’image.',
  saved: (path) => `Enregistré dans ${path}`,
  saveFailed: (msg) => `Enregistrement impossible : ${msg}`,
  exportFailed: (msg) => `Export impossible : ${msg}`,
  openFailed: (msg) => `Impossible d’ouvrir le fichier. ${msg}`,
  stillOpening:
    'Un fichier est encore en cours d’ouverture : attendez, ou appuyez sur Annuler à côté de la barre de progression.',
  autosaveFailed: () =>
    'La copie de sécurité de vos modifications n’a pas pu être écrite ; enregistrez la frise (Ctrl+S) pour les garder.',
  extractFailed: (msg) => `Impossible de lire les dates de cet article : ${msg}`,
  keyboardHelp:
    '←/→ événement précédent/suivant · Entrée aller au texte · Échap désélectionner · +/− zoom · 0 tout · Maj+flèches défiler',
  timelineRegion: 'Frise des affirmations datées',
  articleRegion: 'Texte de l’article',
  noEvents:
    'Aucune affirmation datée dans cet article. Sélectionnez une phrase du texte pour en ajouter une.',
  breakLabel: 'saut dans le temps',
  ...viewFr,
};

export const MESSAGES: Record<Lang, Messages> = { en, fr };

export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A calendar day for people: « 26 avril 2022 » / "26 April 2022". Dates are calendar days, so UTC. */
export function formatDay(iso: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  // Building an Intl.DateTimeFormat costs far more than using one: the timeline formats while panning.
  const key = `${lang}/${style}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      timeZone: 'UTC',
      day: 'numeric',
      month: style === 'long' ? 'long' : 'short',
      year: 'numeric',
      ...(style === 'long' ? { weekday: 'long' } : {}),
    });
    formatters.set(key, format);
  }
  return format.format(d);
}

export function formatRange(
  start: string,
  end: string,
  lang: Lang,
  style: 'long' | 'short' = 'long',
): string {
  if (start === end) return formatDay(start, lang, style);
  return `${formatDay(start, lang, style)} – ${formatDay(end, lang, style)}`;
}
