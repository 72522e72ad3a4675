// Deterministic label widths from the advances of the font we ship (DejaVu Sans), so the layout can
// promise "no overlaps" for the very image resvg draws. Kerning is ignored: it only ever narrows
// DejaVu text, so the estimate errs on the safe (wider) side.

import { BOLD_ADVANCES, REGULAR_ADVANCES } from './fontMetrics';

export const FONT_FAMILY = 'DejaVu Sans';

/** Width of a glyph the tables do not cover (CJK, emoji…): a full em, wide enough to never overlap. */
const UNKNOWN_ADVANCE = 1;

export function measureText(text: string, fontSize: number, weight: 'normal' | 'bold' = 'normal'): number {
  const table = weight === 'bold' ? BOLD_ADVANCES : REGULAR_ADVANCES;
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) {
      cp = text.codePointAt(i) ?? cp;
      i++;
    }
    em += table[cp] ?? UNKNOWN_ADVANCE;
  }
  return em * fontSize;
}

/** Cuts `text` at a word boundary so that it fits `maxWidth`, ending with « … ». */
export function fitText(
  text: string,
  fontSize: number,
  maxWidth: number,
  weight: 'normal' | 'bold' = 'normal',
): string {
  if (measureText(text, fontSize, weight) <= maxWidth) return text;
  const words = text.split(' ');
  let out = '';
  for (const w of words) {
    const next = out ? `${out} ${w}` : w;
    if (measureText(`${next}…`, fontSize, weight) > maxWidth) break;
    out = next;
  }
  if (!out) {
    // One long word: cut by characters.
    for (const ch of text) {
      if (measureText(`${out}${ch}…`, fontSize, weight) > maxWidth) break;
      out += ch;
    }
  }
  return `${out.replace(/[\s,;:.–-]+$/u, '')}…`;
}
