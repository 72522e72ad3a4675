import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Base64 } from './sha256';

describe('sha256Base64', () => {
  it.each(['', 'abc', 'é « Moscou » 🎉', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'w'.repeat(1000)])(
    'matches Node’s crypto for %#',
    (s) => {
      expect(sha256Base64(s)).toBe(createHash('sha256').update(s, 'utf8').digest('base64'));
    },
  );
});
