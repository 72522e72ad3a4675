import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { trustedSenderCheck } from './ipc';

const RENDERER_FILE = resolve('/opt/factline/out/renderer/index.html');
const OWN = pathToFileURL(RENDERER_FILE).href;

describe('trustedSenderCheck: the built renderer (file://)', () => {
  const trusted = trustedSenderCheck(undefined, RENDERER_FILE);

  it('accepts our own index.html, with or without a fragment', () => {
    expect(trusted(OWN)).toBe(true);
    expect(trusted(`${OWN}#timeline`)).toBe(true);
  });

  it('refuses another file whose path merely ends like ours', () => {
    expect(trusted('file:///tmp/evil/opt/factline/out/renderer/index.html')).toBe(false);
    expect(trusted('file:///tmp/evil/out/renderer/index.html')).toBe(false);
    expect(trusted(pathToFileURL(resolve('/opt/factline/out/renderer/index.html.evil')).href)).toBe(false);
  });

  it('refuses our path on another host (file://localhost is the local host), and any http origin when no dev server is configured', () => {
    expect(trusted('file://evil.example/opt/factline/out/renderer/index.html')).toBe(false);
    expect(trusted('http://localhost:5173/')).toBe(false);
  });

  it('refuses empty, unparsable and other-scheme URLs', () => {
    for (const url of ['', 'not a url', 'about:blank', 'data:text/html,<p>x', 'devtools://devtools/x'])
      expect(trusted(url)).toBe(false);
  });
});

describe('trustedSenderCheck: the dev server', () => {
  const trusted = trustedSenderCheck('http://localhost:5173', RENDERER_FILE);

  it('accepts exactly the dev origin, on any of its pages', () => {
    expect(trusted('http://localhost:5173/')).toBe(true);
    expect(trusted('http://localhost:5173/index.html?x=1')).toBe(true);
  });

  it('refuses look-alike origins that share the dev URL as a string prefix', () => {
    expect(trusted('http://localhost:5173.evil.example/')).toBe(false);
    expect(trusted('http://localhost:5173@evil.example/')).toBe(false);
    expect(trusted('http://user@localhost:5173/')).toBe(false);
    expect(trusted('http://localhost:5174/')).toBe(false);
    expect(trusted('https://localhost:5173/')).toBe(false);
    expect(trusted('http://127.0.0.1:5173/')).toBe(false);
  });

  it('still accepts the built file, since the app may load either', () => {
    expect(trusted(OWN)).toBe(true);
  });
});
