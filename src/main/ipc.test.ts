import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Handlers } from './handlers';
import { IpcRefusedError, registerIpc, trustedSenderCheck, type IpcEventLike } from './ipc';

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

describe('trustedSenderCheck: the app protocol (app://factline)', () => {
  const trusted = trustedSenderCheck(undefined, 'app://factline/index.html');

  it('accepts exactly our page, with a query or fragment', () => {
    expect(trusted('app://factline/index.html')).toBe(true);
    expect(trusted('app://factline/index.html#timeline')).toBe(true);
  });

  it('refuses look-alikes: another host, a port, user info, another page, and any file: URL', () => {
    for (const url of [
      'app://factline.evil.example/index.html',
      'app://evil.example/factline/index.html',
      'app://factline:8080/index.html',
      'app://user@factline/index.html',
      'app://factline/assets/index.html',
      'app://factline/index.html.evil',
      'apps://factline/index.html',
      OWN,
      'http://localhost:5173/',
    ])
      expect(trusted(url), url).toBe(false);
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

describe('registerIpc: every argument checked before any handler runs', () => {
  function setUp() {
    const listeners = new Map<string, (event: IpcEventLike, ...args: unknown[]) => unknown>();
    const ran: string[] = [];
    const logged: string[] = [];
    const handlers = new Proxy({} as Handlers, {
      get: (_t, channel: string) => async () => void ran.push(channel),
    });
    registerIpc(
      { handle: (c, l) => listeners.set(c, l) },
      handlers,
      (url) => url === OWN,
      (m) => void logged.push(m),
    );
    const call = (channel: string, ...args: unknown[]) =>
      listeners.get(channel)!({ senderFrame: { url: OWN } }, ...args);
    return { call, ran, logged };
  }
  const validDoc = () => ({
    format: 'factline.timeline/1',
    source: { path: null, title: null, lang: 'fr', dct: null, dctSource: 'none' },
    text: 'x',
    mentions: [] as unknown[],
    events: [] as unknown[],
  });

  it('lets a well-formed call through', async () => {
    const { call, ran } = setUp();
    await call('timeline:save', { doc: validDoc(), path: null });
    await call('file:openPath', '/home/ana/a.txt');
    expect(ran).toEqual(['timeline:save', 'file:openPath']);
  });

  it('refuses NUL in a path or a name, and overlong strings, with a logged reason', () => {
    const { call, ran, logged } = setUp();
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';
    expect(() => call('file:openPath', '/home/ana/a.txt\0.png')).toThrow(IpcRefusedError);
    expect(() => call('file:openDropped', '/x/' + 'a'.repeat(5000))).toThrow(IpcRefusedError);
    expect(() => call('export:image', { svg, format: 'png', scale: 1, name: 'a\0b' })).toThrow(
      IpcRefusedError,
    );
    expect(() => call('timeline:save', { doc: validDoc(), path: '/tmp/a\0.factline.json' })).toThrow(
      IpcRefusedError,
    );
    expect(ran).toEqual([]);
    expect(logged).toHaveLength(4);
    expect(logged[0]).toMatch(/file:openPath: refused arguments \(a string contains a NUL character\)/);
  });

  it('refuses __proto__ keys, oversized lists, deep nesting and non-plain objects in a document', () => {
    const { call, ran } = setUp();
    const proto = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const withProto = { ...validDoc(), source: { ...validDoc().source, ...proto } };
    const million = { ...validDoc(), mentions: Array.from({ length: 1_000_000 }, (_, i) => i) };
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const nested = { ...validDoc(), events: deep as unknown[] };
    const dated = { ...validDoc(), source: { ...validDoc().source, dct: new Date(0) } };
    for (const doc of [withProto, million, nested, dated])
      expect(() => call('timeline:save', { doc, path: null })).toThrow(IpcRefusedError);
    expect(ran).toEqual([]);
  });

  it('refuses a call from a look-alike sender before looking at its arguments', () => {
    const listeners = new Map<string, (event: IpcEventLike, ...args: unknown[]) => unknown>();
    const logged: string[] = [];
    registerIpc(
      { handle: (c, l) => listeners.set(c, l) },
      {} as Handlers,
      trustedSenderCheck('http://localhost:5173', RENDERER_FILE),
      (m) => void logged.push(m),
    );
    expect(() =>
      listeners.get('file:openPath')!(
        { senderFrame: { url: 'http://localhost:5173@evil.example/' } },
        '/etc/passwd',
      ),
    ).toThrow(/refused call from http:\/\/localhost:5173@evil.example/);
    expect(logged).toHaveLength(1);
  });
});
