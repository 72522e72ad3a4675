import { describe, expect, it } from 'vitest';
import { displayName, escapeControls, MAX_DISPLAY_NAME } from './displayName';

describe('a file name in a message', () => {
  it('stays as it is when it is an ordinary name, accents and emoji included', () => {
    expect(displayName('Guterres à Moscou 🇺🇳.docx')).toBe('Guterres à Moscou 🇺🇳.docx');
  });

  it('cannot forge a second line or reach the terminal', () => {
    expect(displayName('report\n[OK] done.txt')).toBe('report\\n[OK] done.txt');
    expect(displayName('\x1b]0;pwned\x07a.txt')).toBe('\\x1b]0;pwned\\x07a.txt');
    expect(displayName('a\rb\tc\x7f\x9b.txt')).toBe('a\\rb\\tc\\x7f\\x9b.txt');
  });

  it('cannot show itself backwards or hide characters', () => {
    expect(displayName('invoice\u202Efdp.exe')).toBe('invoice\\u202efdp.exe');
    expect(displayName('a\u200Bb\u2028c')).toBe('a\\u200bb\\u2028c');
  });

  it('writes a lone surrogate as an escape', () => {
    expect(escapeControls('x\ud800y')).toBe('x\\ud800y');
  });

  it('is cut around an ellipsis when very long, keeping both ends', () => {
    const long = 'a'.repeat(1000) + '.pdf';
    const shown = displayName(long);
    expect(Array.from(shown).length).toBeLessThanOrEqual(MAX_DISPLAY_NAME);
    expect(shown.startsWith('aaa')).toBe(true);
    expect(shown.endsWith('a.pdf')).toBe(true);
    expect(shown).toContain('…');
  });
});
