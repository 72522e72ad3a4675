import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY, appProtocolHandler } from './appProtocol';

let root: string;
let secret: string;
const logs: string[] = [];
let serve: ReturnType<typeof appProtocolHandler>;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'factline-proto-'));
  root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Factline</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
  secret = join(dir, 'secret.txt');
  writeFileSync(secret, 'private');
  symlinkSync(secret, join(root, 'assets', 'link.txt'));
  serve = appProtocolHandler(root, "default-src 'self'", (m) => void logs.push(m));
});

describe('app://factline', () => {
  it('serves the renderer with its type and the CSP as a header', async () => {
    const page = await serve({ url: APP_ENTRY });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(await page.text()).toContain('<title>Factline</title>');
    const script = await serve({ url: 'app://factline/assets/index.js?v=1' });
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('serves nothing outside the built renderer, however the path is spelled', async () => {
    for (const url of [
      'app://factline/..%2fsecret.txt',
      'app://factline/%2e%2e/secret.txt',
      'app://factline/assets/..%2f..%2fsecret.txt',
    ]) {
      const r = await serve({ url });
      // The URL parser already folds `%2e%2e` (then it asks for /secret.txt inside: not found).
      expect([403, 404], url).toContain(r.status);
      expect(await r.text()).not.toContain('private');
    }
    const link = await serve({ url: 'app://factline/assets/link.txt' });
    expect(link.status).toBe(403);
    expect(logs.some((l) => l.includes('outside the app'))).toBe(true);
  });

  it('answers only for its own host, to reads, for files that exist', async () => {
    expect((await serve({ url: 'app://evil.example/index.html' })).status).toBe(403);
    expect((await serve({ url: 'app://user@factline/index.html' })).status).toBe(403);
    expect((await serve({ url: APP_ENTRY, method: 'POST' })).status).toBe(405);
    expect((await serve({ url: 'app://factline/missing.js' })).status).toBe(404);
    expect((await serve({ url: 'app://factline/assets' })).status).toBe(404);
    expect((await serve({ url: 'app://factline/a%00.js' })).status).toBe(400);
  });
});
