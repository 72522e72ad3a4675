import { describe, expect, it } from 'vitest';
import { parseCommand, UsageError } from './args';

const usageError = (argv: string[]): string => {
  try {
    parseCommand(argv);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error('expected a usage error');
};

describe('factline command line', () => {
  it('reads extract with its options', () => {
    expect(
      parseCommand([
        'extract',
        'a.txt',
        '--dct',
        '2022-04-22',
        '--lang',
        'fr',
        '--kind',
        'narrative',
        '--format',
        'json',
      ]),
    ).toEqual({
      command: 'extract',
      files: ['a.txt'],
      dct: '2022-04-22',
      lang: 'fr',
      kind: 'narrative',
      format: 'json',
      out: null,
      width: 1200,
      scale: 2,
      paper: 'a4',
      merge: false,
    });
  });

  it('takes several files, and defaults to the readable text format', () => {
    const cmd = parseCommand(['extract', 'a.txt', 'b.html']);
    expect(cmd).toMatchObject({ files: ['a.txt', 'b.html'], format: 'text', dct: null, lang: null });
  });

  it('answers --help and --version', () => {
    expect(parseCommand(['--help'])).toEqual({ command: 'help' });
    expect(parseCommand(['-h'])).toEqual({ command: 'help' });
    expect(parseCommand(['--version'])).toEqual({ command: 'version' });
  });

  it('names a wrong option in one line', () => {
    expect(usageError(['extract', 'a.txt', '--colour'])).toBe(
      'unknown option --colour (see factline --help)',
    );
  });

  it('refuses a publication date that is not a real calendar day', () => {
    expect(usageError(['extract', 'a.txt', '--dct', '22/04/2022'])).toMatch(
      /--dct must be a calendar date written YYYY-MM-DD/,
    );
    expect(usageError(['extract', 'a.txt', '--dct', '2022-02-30'])).toMatch(/“2022-02-30”/);
  });

  it('refuses unknown languages, formats, commands and out-of-range sizes', () => {
    expect(usageError(['extract', 'a.txt', '--lang', 'de'])).toMatch(/--lang must be fr or en/);
    expect(usageError(['extract', 'a.txt', '--kind', 'blog'])).toMatch(/--kind must be news or narrative/);
    expect(usageError(['extract', 'a.txt', '--format', 'xml'])).toMatch(
      /--format must be one of text, json, svg, png, html, pdf, timelinejs, timelinejs-csv, markwhen or csv, not “xml”/,
    );
    expect(usageError(['extract', 'a.txt', '--paper', 'a3'])).toMatch(
      /--paper must be a4 or letter, not “a3”/,
    );
    expect(usageError(['convert', 'a.txt'])).toMatch(/unknown command “convert”/);
    expect(usageError(['extract'])).toMatch(/at least one FILE/);
    expect(usageError(['extract', 'a.txt', '--scale', '9'])).toMatch(
      /--scale must be a whole number from 1 to 4/,
    );
    expect(usageError(['extract', 'a.txt', '--dct'])).toMatch(/--dct needs a value/);
  });
});
