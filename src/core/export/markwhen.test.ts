import { parse } from '@markwhen/parser';
import { describe, expect, it } from 'vitest';
import { seedDocument } from '../timeline/__fixtures__/docs';
import { exportDocument } from './__fixtures__/docs';
import { toMarkwhen } from './markwhen';

interface Node {
  title?: string;
  children?: Node[];
  firstLine?: { datePart: string; restTrimmed: string };
  dateRangeIso?: { fromDateTimeIso: string; toDateTimeIso: string };
  supplemental?: { raw?: string }[];
  tags?: string[];
}

function read(text: string) {
  const result = parse(text) as unknown as { events: Node; header: Record<string, unknown> };
  return { groups: result.events.children ?? [], header: result.header };
}

const day = (iso: string) => iso.slice(0, 10);

describe('toMarkwhen', () => {
  it('is read back by @markwhen/parser: one group per status, every visible event in it', () => {
    const { groups } = read(toMarkwhen(exportDocument()));
    expect(groups.map((g) => g.title)).toEqual(['happened', 'reported', 'planned', 'demanded', 'denied']);
    expect(groups.map((g) => g.children!.map((e) => e.firstLine!.restTrimmed))).toEqual([
      ['Port rebuilt', expect.stringContaining('=HYPERLINK'), 'Dockers walked out'],
      [expect.stringContaining('MeToo'), 'Union: "talks, at last"'],
      ['New law'],
      ['Talks demanded'],
      ['Lock-out denied'],
    ]);
  });
  it('writes ISO dates that markwhen reads as the same days, at their precision', () => {
    const { groups } = read(toMarkwhen(exportDocument()));
    const ranges = new Map(
      groups
        .flatMap((g) => g.children!)
        .map((e) => [
          e.firstLine!.restTrimmed,
          [day(e.dateRangeIso!.fromDateTimeIso), day(e.dateRangeIso!.toDateTimeIso)],
        ]),
    );
    // markwhen's end is exclusive: the day after the last day.
    expect(ranges.get('Port rebuilt')).toEqual(['1945-01-01', '1946-01-01']);
    expect(ranges.get('Lock-out denied')).toEqual(['1990-01-01', '2000-01-01']);
    expect(ranges.get('New law')).toEqual(['2025-04-01', '2025-07-01']);
    expect(ranges.get('Dockers walked out')).toEqual(['2022-06-03', '2022-06-10']);
  });
  it('keeps the sentence and explanation as the event’s description, and the title in the header', () => {
    const { groups, header } = read(toMarkwhen(exportDocument()));
    const union = groups[1]!.children![1]!;
    expect(union.supplemental!.map((s) => s.raw)).toEqual([
      '« The union said in March 2024 that "talks, at last" would resume. »',
      '(“March 2024” read as 2024-03)',
    ]);
    expect(header.title).toBe('Strike & talks </title><script>alert(1)</script>');
  });
  it('article text never becomes markwhen syntax: no tag, group, comment or extra event', () => {
    const { groups } = read(toMarkwhen(exportDocument()));
    const all = groups.flatMap((g) => g.children!);
    expect(all).toHaveLength(8);
    expect(all.every((e) => (e.tags ?? []).length === 0)).toBe(true);
    const metoo = groups[1]!.children![0]!;
    expect(metoo.firstLine!.restTrimmed.replace(/\u2060/gu, '')).toBe(
      '#MeToo // 2022-01-01: not a date line',
    );
  });
  it('names the statuses in the article’s language', () => {
    expect(read(toMarkwhen(seedDocument())).groups.map((g) => g.title)).toContain('prévu');
  });
});
