// Opening and saving a timeline of several sources (`factline.timeline/2`, docs/timeline-v2.md). A `/1` file
// opens too, converted to a `/2` of one source; both are checked as strictly as `readTimelineFile` checks a
// `/1` (every field, offset and citation), and a file that fails gets one sentence saying what is wrong.
// Saves are atomic (writeFileAtomic): a crash leaves the old file or the new one, never half of one.

import {
  MULTI_TIMELINE_FORMAT,
  upgradeTimeline,
  type MultiTimelineDocument,
} from '../../shared/multiTimeline';
import { TIMELINE_FORMAT, type TimelineDocument } from '../../shared/timeline';
import { multiTimelineProblem } from '../../shared/validateMultiTimeline';
import { timelineProblem } from '../../shared/validateTimeline';
import { writeFileAtomic } from './atomicWrite';
import { TimelineFileError, readTimelineJson, type ReadTimelineOptions } from './timelineFile';

export async function readMultiTimelineFile(
  path: string,
  opts: ReadTimelineOptions = {},
): Promise<MultiTimelineDocument> {
  const { name, data } = await readTimelineJson(path, opts, 'the original articles');
  const format = (data as { format?: unknown } | null)?.format;
  const damaged = (problem: string) =>
    new TimelineFileError(
      `“${name}” is a damaged Factline timeline: ${problem}. Nothing was opened; open the original articles instead.`,
    );
  if (format === TIMELINE_FORMAT) {
    const problem = timelineProblem(data);
    if (problem) throw damaged(problem);
    return upgradeTimeline(data as TimelineDocument);
  }
  if (format === MULTI_TIMELINE_FORMAT) {
    const problem = multiTimelineProblem(data);
    if (problem) throw damaged(problem);
    return data as MultiTimelineDocument;
  }
  throw new TimelineFileError(
    `“${name}” is not a Factline timeline (format ${TIMELINE_FORMAT} or ${MULTI_TIMELINE_FORMAT}); open the original articles instead.`,
  );
}

/** Refuses to write a document that would not open again; writes it atomically otherwise. */
export async function writeMultiTimelineFile(path: string, doc: MultiTimelineDocument): Promise<void> {
  const problem = multiTimelineProblem(doc);
  if (problem) throw new TimelineFileError(`The timeline was not saved: ${problem}.`);
  await writeFileAtomic(path, JSON.stringify(doc, null, 1) + '\n');
}
