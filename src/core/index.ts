// The pure core as one library: what the CLI, the app's worker and the evaluation scripts call.
export { buildDocument, type ArticleInput, type BuildOptions } from './document';
export { detectLanguage, extractMentions } from './temporal/index';
export { buildEvents, layoutTimeline, toSvg } from './timeline/index';
export {
  mergeSources,
  candidatePairs,
  buildMultiDocument,
  type SourceDoc,
  type MergedEvent,
} from './sources/index';
