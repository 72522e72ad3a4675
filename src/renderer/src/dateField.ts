// Date fields written the interface's way, not Chromium's mm/dd/yyyy: « 26/04/2022 » in French, 2022-04-26 in
// English (year first: no day/month confusion between British and American readers). Both accept ISO.

import type { Lang } from '../../shared/timeline';

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** `2022-04-26` → « 26/04/2022 » (fr) or `2022-04-26` (en). */
export function formatDateField(iso: string | null, lang: Lang): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return lang === 'fr' ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** What the field expects, for its placeholder and error message. */
export function dateFieldPattern(lang: Lang): string {
  return lang === 'fr' ? 'jj/mm/aaaa' : 'yyyy-mm-dd';
}

function valid(y: number, m: number, d: number): string | null {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/**
 * What the user typed → an ISO day, or null when it is not a real day in the expected form. French: « 26/04/2022 »,
 * « 26.04.2022 », « 6/4/2022 »; both languages: `2022-04-26`. English does not guess between 04/05 readings.
 */
export function parseDateField(input: string, lang: Lang): string | null {
  const s = input.trim();
  const iso = /^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$/.exec(s);
  if (iso) return valid(Number(iso.groups!.y), Number(iso.groups!.m), Number(iso.groups!.d));
  if (lang === 'fr') {
    const fr = /^(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>\d{4})$/.exec(s);
    if (fr) return valid(Number(fr.groups!.y), Number(fr.groups!.m), Number(fr.groups!.d));
  }
  return null;
}
