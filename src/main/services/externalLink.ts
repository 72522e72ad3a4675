// A link the page asks to open (a source's address in an article): opened in the system browser only if it
// is a plain web address, and only after the user has seen the whole address and said yes.

import type { Lang } from '../../shared/timeline';
import { escapeControls } from './displayName';

export const MAX_EXTERNAL_URL = 2048;

/** The address to show and open, or null when it is not one to hand to the system at all. */
export function externalLink(url: string): string | null {
  if (url.length > MAX_EXTERNAL_URL) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  // file:, smb:, ms-settings:, javascript: and custom schemes run programs or reach local files.
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  // `https://bank.example@evil.example/` shows one site and opens another.
  if (u.username || u.password) return null;
  return u.href;
}

export const EXTERNAL_PROMPT: Record<
  Lang,
  { message: string; detail: (url: string) => string; open: string; cancel: string }
> = {
  en: {
    message: 'Open this address in your web browser?',
    detail: (url) => escapeControls(url),
    open: 'Open in Browser',
    cancel: 'Cancel',
  },
  fr: {
    message: 'Ouvrir cette adresse dans votre navigateur ?',
    detail: (url) => escapeControls(url),
    open: 'Ouvrir dans le navigateur',
    cancel: 'Annuler',
  },
};
