import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { englishDocument, seedDocument } from '../timeline/__fixtures__/docs';
import { exportDocument } from './__fixtures__/docs';
import { toTimelineJs, toTimelineJsJson } from './timelinejs';

const schema = JSON.parse(
  readFileSync(new URL('./__fixtures__/timelinejs.schema.json', import.meta.url), 'utf8'),
) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

describe('toTimelineJs', () => {
  it.each([
    ['the export fixture', exportDocument()],
    ['the French seed', seedDocument()],
    ['the English statuses', englishDocument()],
  ])('%s is valid against the schema written from TimelineJS’s documentation', (_, doc) => {
    const data = JSON.parse(toTimelineJsJson(doc)) as unknown;
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });
  it('the schema rejects what TimelineJS would not read', () => {
    expect(validate({ events: [{ text: { headline: 'no date' } }] })).toBe(false);
    expect(validate({ events: [{ start_date: { month: 3 } }] })).toBe(false);
    expect(validate({ events: [{ start_date: { year: 2022, day: 3 } }] })).toBe(false);
  });
  it('vague dates keep only the parts they know, with the date as the text gave it', () => {
    const byHeadline = new Map(toTimelineJs(exportDocument()).events.map((e) => [e.text.headline, e]));
    expect(byHeadline.get('Port rebuilt')).toMatchObject({
      start_date: { year: 1945 },
      display_date: '1945',
    });
    expect(byHeadline.get('Port rebuilt')!.end_date).toBeUndefined();
    expect(byHeadline.get('Talks demanded')).toMatchObject({
      start_date: { year: 2023, month: 3 },
      end_date: { year: 2023, month: 5 },
      display_date: 'spring 2023',
      group: 'demanded',
    });
    expect(byHeadline.get('Dockers walked out')).toMatchObject({
      start_date: { year: 2022, month: 6, day: 3 },
      end_date: { year: 2022, month: 6, day: 9 },
    });
    expect(byHeadline.get('Dockers walked out')!.display_date).toBeUndefined();
  });
  it('groups by status in the article’s language', () => {
    expect(new Set(toTimelineJs(seedDocument()).events.map((e) => e.group))).toContain('prévu');
  });
  it('escapes every article word (TimelineJS renders text as HTML) and makes no links', () => {
    const json = toTimelineJsJson(exportDocument());
    expect(json).not.toMatch(/<script|<img|<\/title>/u);
    const data = toTimelineJs(exportDocument());
    expect(data.title.text.headline).toBe(
      'Strike &amp; talks &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(data.events.every((e) => e.autolink === false)).toBe(true);
  });
});
