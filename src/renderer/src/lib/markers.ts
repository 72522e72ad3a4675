// The status markers of the exported SVG (core/timeline/svg.ts STATUS_STYLE), as shapes Svelte can draw,
// so a status reads the same on screen and in the image, and not by colour alone.

import { STATUS_STYLE } from '../../../core/timeline/svg';
import type { EventStatus } from '../../../shared/timeline';

export type MarkerShape =
  | { kind: 'circle'; r: number }
  | { kind: 'ring'; r: number }
  | { kind: 'fill'; d: string }
  | { kind: 'stroke'; d: string };

export function markerShape(status: EventStatus, x: number, y: number, r: number): MarkerShape {
  switch (STATUS_STYLE[status].shape) {
    case 'circle':
      return { kind: 'circle', r };
    case 'ring':
      return { kind: 'ring', r: r - 1 };
    case 'diamond':
      return { kind: 'fill', d: `M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z` };
    case 'triangle':
      return { kind: 'fill', d: `M${x} ${y - r - 1}L${x + r + 1} ${y + r}L${x - r - 1} ${y + r}Z` };
    case 'cross':
      return {
        kind: 'stroke',
        d: `M${x - r} ${y - r}L${x + r} ${y + r}M${x + r} ${y - r}L${x - r} ${y + r}`,
      };
  }
}
