// The words of the event list (the table view of a timeline), in both interface languages.
import type { Lang } from '../../shared/timeline';

export interface ListWords {
  /** The list's keyboard and pointer help, shown under it (the timeline has its own). */
  help: string;
  /** Marks a row the user changed or added. */
  edited: string;
  editedTitle: string;
  hiddenTitle: string;
}

const en: ListWords = {
  help: '↑/↓ move between events · Home/End first/last · Page Up/Down by a screen · Enter or click: select and show it in the text · click a column heading to sort',
  edited: 'edited',
  editedTitle: 'You changed or added this event',
  hiddenTitle: 'Hidden from the timeline',
};

const fr: ListWords = {
  help: '↑/↓ passer d’un événement à l’autre · Début/Fin premier/dernier · Page préc./suiv. d’un écran · Entrée ou clic : sélectionner et montrer dans le texte · cliquer un en-tête de colonne pour trier',
  edited: 'modifié',
  editedTitle: 'Vous avez modifié ou ajouté cet événement',
  hiddenTitle: 'Masqué sur la frise',
};

export function listWords(lang: Lang): ListWords {
  return lang === 'fr' ? fr : en;
}
