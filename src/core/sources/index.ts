// Several articles, one timeline: matching events across sources and flagging where they disagree.
export {
  mergeSources,
  candidatePairs,
  keySimilarity,
  CONTEXT,
  MERGE_MIN,
  CONFLICT_MIN,
  type MatchOptions,
} from './match';
export { explainConflict, formatReading } from './explain';
export { claimKeys, keysOf, fold } from './words';
export type { SourceDoc, Citation, Reading, MergedEvent, SourceConflict, ConflictKind } from './types';
export { buildMultiDocument } from './document';
export { multiToSvg, sourceMark } from './svg';
