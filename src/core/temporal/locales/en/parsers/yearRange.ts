// Year ranges: "1861-1865", "1915–17", "(1778-1783)" are two timexes in TimeML.

import { rule } from '../../../regex';
import type { Parser } from '../../../types';

export const yearRange: Parser = {
  name: 'en/year-range',
  // "1861-1865", "1915–17", "(1778-1783)": two timexes, the second year completing the century of the first
  // when written with two digits. Phone and serial numbers ("555-1234") have no 4-digit year on both sides.
  pattern: rule('(?<y1>1\\d{3}|20\\d{2})[-–‑](?<y2>1\\d{3}|20\\d{2}|\\d{2})(?![-–‑]?\\d)'),
  extract(m, text) {
    const g = m.groups ?? {};
    const y1 = +g.y1;
    const y2 = g.y2.length === 2 ? Math.floor(y1 / 100) * 100 + +g.y2 : +g.y2;
    if (y2 <= y1 || y2 - y1 > 100) return null;
    if (/[$£€#]\s*$|\d[.,]$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return null;
    const split = m.index + g.y1.length + 1;
    return [
      { type: 'DATE', year: y1, extent: { start: m.index, end: m.index + g.y1.length } },
      { type: 'DATE', year: y2, extent: { start: split, end: m.index + m[0].length } },
    ];
  },
};
