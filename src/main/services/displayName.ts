// A file name (or any outside string) made safe to put in a one-line message: on a terminal, in a log, in
// a banner. A name may hold anything but `/` and NUL: `report\n[OK] done.txt` would forge a second line,
// `\x1b]0;pwned\x07.txt` would retitle the terminal, `\u202Etxt.exe` would show backwards. Each such
// character is written as a visible escape instead (`\n`, `\x1b`, `\u202e`), and a very long name is cut.

// C0 controls, DEL and C1 controls; line and paragraph separators; bidi embeddings, overrides and isolates;
// the byte order mark and the zero-width characters that hide text.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Longest name shown in a message: longer ones keep their start and end around an ellipsis. */
export const MAX_DISPLAY_NAME = 160;

function escapeChar(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `s` with every control, separator and direction character written as an escape; lone surrogates too. */
export function escapeControls(s: string): string {
  return s.replace(UNSAFE, escapeChar).replace(/\p{Cs}/gu, (c) => escapeChar(c));
}

/** A name for a one-line message: controls escaped, at most MAX_DISPLAY_NAME characters. */
export function displayName(name: string): string {
  const chars = Array.from(escapeControls(name)); // code points: an emoji is never cut in two
  if (chars.length <= MAX_DISPLAY_NAME) return chars.join('');
  const half = Math.floor((MAX_DISPLAY_NAME - 1) / 2);
  return `${chars.slice(0, half).join('')}…${chars.slice(-half).join('')}`;
}
