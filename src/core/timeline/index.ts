// The timeline core: mentions → events → layout → SVG. Pure: no clock, no Node, no DOM.
export { buildEvents, precisionOf, type BuildEventsOptions } from './events';
export {
  layoutTimeline,
  wrapLabel,
  clusterDays,
  MARKER_RADIUS,
  BREAK_WIDTH,
  type LayoutOptions,
  type TimelineLayout,
  type EventLayout,
  type TickLayout,
  type LabelLayout,
  type SegmentLayout,
  type BreakLayout,
  type MarkerKind,
  type Box,
} from './layout';
export { piecewiseScale, type PiecewiseScale, type ZoomTransform, type Segment } from './scale';
export { toSvg, escapeXml, markerPath, STATUS_STYLE, STATUS_ORDER, type SvgOptions } from './svg';
export { splitSentences, type Span } from './sentences';
export { measureText, fitText, FONT_FAMILY } from './textWidth';
export { assignLanes } from './lanes';
export { dayOf, isoOfDay, dateOfDay, formatDay, formatLongDay, type TickUnit } from './days';
