// Public API of the temporal engine: text + language + publication date → dated mentions (timeline JSON contract).

import type { DocumentKind, Lang, Mention } from '../../shared/timeline';
import { en } from './locales/en';
import { fr } from './locales/fr';
import { runLocale } from './pipeline';
import type { Locale } from './types';

export { detectLanguage } from './language';
export type { Lang, Mention };

export const LOCALES: Readonly<Record<Lang, Locale>> = { fr, en };

/** Every temporal expression of `text`, resolved against the publication date `dct` (`YYYY-MM-DD` or null). */
export function extractMentions(
  text: string,
  opts: { lang: Lang; dct: string | null; kind?: DocumentKind; onKind?: (kind: DocumentKind) => void },
): Mention[] {
  return runLocale(text, LOCALES[opts.lang], opts.dct, opts);
}
