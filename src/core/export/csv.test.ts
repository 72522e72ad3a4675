import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportDocument, HOSTILE } from './__fixtures__/docs';
import { csvCell, toCsv, toTimelineJsCsv, TIMELINEJS_COLUMNS } from './csv';

const read = (csv: string): Record<string, string>[] =>
  parse(csv, { bom: true, columns: true, skip_empty_lines: true, relax_column_count: false });

describe('toCsv', () => {
  it('gives one row per visible event with the eight columns, read back by csv-parse', () => {
    const rows = read(toCsv(exportDocument()));
    expect(Object.keys(rows[0]!)).toEqual([
      'start',
      'end',
      'precision',
      'status',
      'label',
      'sentence',
      'source',
      'explanation',
    ]);
    expect(rows.map((r) => r.start)).toEqual([
      '1945-01-01',
      '1990-01-01',
      '2022-01-01',
      '2022-04-26',
      '2022-06-03',
      '2023-03-01',
      '2024-03-01',
      '2025-04-01',
    ]);
    expect(rows.some((r) => r.label === 'Hidden one')).toBe(false);
  });
  it('keeps commas, quotes and the article’s source intact', () => {
    const rows = read(toCsv(exportDocument()));
    const union = rows.find((r) => r.start === '2024-03-01')!;
    expect(union).toMatchObject({
      end: '2024-03-31',
      precision: 'month',
      status: 'reported',
      label: 'Union: "talks, at last"',
      sentence: 'The union said in March 2024 that "talks, at last" would resume.',
      source: 'strike <&> "talks".txt',
      explanation: '“March 2024” read as 2024-03',
    });
  });
  it('turns formulas into text so a spreadsheet does not run them', () => {
    const rows = read(toCsv(exportDocument()));
    const met = rows.find((r) => r.start === '2022-04-26')!;
    expect(met.label).toBe(`'=HYPERLINK("x") ${HOSTILE}`);
    expect(met.sentence.startsWith(`'=HYPERLINK(`)).toBe(true);
    expect(csvCell('-5 %')).toBe("'-5 %");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
  });
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv(exportDocument());
    expect(csv.startsWith('\ufeffstart,end,')).toBe(true);
    expect(csv.split('\r\n').length).toBe(10);
  });
});

describe('toTimelineJsCsv', () => {
  const rows = () =>
    parse(toTimelineJsCsv(exportDocument()), { bom: true, columns: true }) as Record<string, string>[];
  it('has the template’s columns in its order', () => {
    expect(Object.keys(rows()[0]!)).toEqual([...TIMELINEJS_COLUMNS]);
  });
  it('keeps only the parts a vague date knows', () => {
    const r = rows();
    expect(r[0]).toMatchObject({ Year: '1945', Month: '', Day: '', 'End Year': '', 'Display Date': '1945' });
    expect(r.find((x) => x.Headline === 'Lock-out denied')).toMatchObject({
      Year: '1990',
      'End Year': '1999',
      Month: '',
      'Display Date': '1990s',
    });
    expect(r.find((x) => x.Headline === 'New law')).toMatchObject({
      Year: '2025',
      Month: '4',
      Day: '',
      'End Year': '2025',
      'End Month': '6',
      'Display Date': 'Q2 2025',
      Group: 'planned',
    });
    expect(r.find((x) => x.Headline === 'Dockers walked out')).toMatchObject({
      Year: '2022',
      Month: '6',
      Day: '3',
      'End Day': '9',
      'Display Date': '',
    });
  });
  it('escapes the article’s words, since TimelineJS reads Headline and Text as HTML', () => {
    const met = rows().find((x) => x.Year === '2022' && x.Month === '4')!;
    expect(met.Headline).not.toContain('<script>');
    expect(met.Headline).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(met.Text).toMatch(/^<p>« =HYPERLINK\(&quot;http/u);
    expect(met.Text).toContain('onerror=&quot;alert(2)&quot;');
  });
});
