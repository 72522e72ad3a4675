// Why a file did not open, in the interface's language, from what main returns: the error's code and the
// file's path. Main's English sentence is the English text (it also names the exact limit); the French one is
// written here from the code, naming the file and what to do.

import type { OpenErrorCode } from '../../shared/ipc';
import type { Lang } from '../../shared/timeline';

// As main's displayName (src/main/services/displayName.ts, outside this web project): controls, separators and
// direction marks of a file name written as visible escapes, so `a\nb.txt` cannot forge a second line.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]|\p{Cs}/gu;
function displayName(name: string): string {
  const safe = name.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  const chars = Array.from(safe);
  return chars.length <= 160 ? safe : `${chars.slice(0, 79).join('')}…${chars.slice(-79).join('')}`;
}

const FORMAT_FR: Record<string, string> = {
  txt: 'un fichier texte',
  html: 'une page web',
  htm: 'une page web',
  md: 'un fichier Markdown',
  markdown: 'un fichier Markdown',
  docx: 'un document Word',
  pdf: 'un PDF',
};

const SENTENCES_FR: Record<OpenErrorCode, (name: string, format: string) => string> = {
  missing: (n) =>
    `« ${n} » est introuvable ; vérifiez qu’il n’a pas été déplacé, renommé ou supprimé, puis choisissez-le à nouveau.`,
  permission: (n) =>
    `Vous n’avez pas le droit de lire « ${n} » ; changez ses autorisations ou copiez-le dans un dossier à vous, puis rouvrez-le.`,
  directory: (n) => `« ${n} » est un dossier, pas un fichier ; ouvrez l’un des articles qu’il contient.`,
  empty: (n) => `« ${n} » est vide ; choisissez un fichier qui contient le texte de l’article.`,
  binary: (n) =>
    `« ${n} » n’est pas un document texte (il contient des données binaires) ; ouvrez l’article en .txt, .html, .md, .docx ou .pdf.`,
  unsupported: (n) =>
    `« ${n} » est dans un format que Factline ne sait pas lire ; enregistrez-le en .docx, .pdf ou .txt et ouvrez cette version.`,
  corrupt: (n, f) =>
    `« ${n} » semble endommagé et ne peut pas être lu comme ${f} ; exportez-le à nouveau depuis le programme qui l’a créé, ou ouvrez-en une version texte.`,
  'too-large': (n) =>
    `« ${n} » dépasse ce que Factline peut ouvrir (50 Mo au plus, et un contenu limité) ; ouvrez un fichier plus petit, ou copiez seulement l’article dans un fichier .txt.`,
  'no-article-text': (n, f) =>
    f === 'une page web'
      ? `Aucun texte d’article dans « ${n} » (page d’accueil, page de connexion ou page qui exige JavaScript ?) ; enregistrez la page de l’article elle-même, ou collez son texte dans un fichier .txt.`
      : f === 'un PDF'
        ? `« ${n} » n’a pas de texte sélectionnable (c’est sans doute une image numérisée) ; passez-le d’abord à la reconnaissance de texte (OCR), ou ouvrez une version texte.`
        : `« ${n} » ne contient pas de texte d’article ; choisissez le fichier qui contient l’article.`,
  'not-allowed': (n) =>
    `Factline n’ouvre que les fichiers que vous choisissez ; utilisez Fichier ▸ Ouvrir pour ouvrir « ${n} ».`,
  'bad-timeline': (n) =>
    `« ${n} » n’est pas une frise Factline lisible (fichier abîmé ou d’une autre version) ; ouvrez l’article d’origine à la place.`,
  timeout: (n) => `L’ouverture de « ${n} » a pris trop de temps et a été arrêtée ; rien d’autre n’a changé.`,
};

/** The banner for a failed open: main's sentence in English, the French one from its code. */
export function openErrorText(
  error: { code: OpenErrorCode; message: string; path: string | null },
  lang: Lang,
): string {
  if (lang === 'en') return error.message;
  const sentence = SENTENCES_FR[error.code];
  if (!sentence) return error.message;
  const base = error.path ? (error.path.split(/[\\/]/).pop() ?? error.path) : '';
  const ext = /\.([a-z0-9]+)$/i.exec(base)?.[1]?.toLowerCase() ?? '';
  // A dropped path main refused has no path to name: its message is the only account.
  if (!base) return error.message;
  return sentence(displayName(base), FORMAT_FR[ext] ?? 'un fichier');
}
