import { describe, expect, it } from 'vitest';
import { EXTERNAL_PROMPT, externalLink } from './externalLink';

describe('a link handed to the system browser', () => {
  it('is a plain web address, shown whole', () => {
    expect(externalLink('https://www.un.org/fr/')).toBe('https://www.un.org/fr/');
    expect(externalLink('http://example.com/a b')).toBe('http://example.com/a%20b');
  });

  it('is never a local file, a share, a program or a script', () => {
    for (const url of [
      'file:///etc/passwd',
      'smb://server/share',
      'ms-settings:privacy',
      'javascript:alert(1)',
      'vscode://file/x',
      'not a url',
      '',
    ])
      expect(externalLink(url), url).toBeNull();
  });

  it('never shows one site and opens another (user info), and has a bounded length', () => {
    expect(externalLink('https://bank.example@evil.example/')).toBeNull();
    expect(externalLink('https://example.com/' + 'a'.repeat(3000))).toBeNull();
  });

  it('is confirmed in both languages, with control characters of the address escaped', () => {
    expect(EXTERNAL_PROMPT.fr.open).toBe('Ouvrir dans le navigateur');
    expect(EXTERNAL_PROMPT.en.detail('https://x.example/\u202Egpj')).toBe('https://x.example/\\u202egpj');
  });
});
