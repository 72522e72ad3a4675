// The timeline core: mentions → events → layout → SVG. Pure: no clock, no Node, no DOM.
export { buildEvents, type BuildEventsOptions } from './events';
export { splitSentences } from './sentences';
export { measureText, fitText, FONT_FAMILY } from './textWidth';
