// The app's own pages come from `app://factline/…`, not `file://`: one exact origin for the sender and
// navigation checks, the CSP sent as a header on every response, and no page can read other local files
// by URL. Plain Node (fetch's Request/Response): index.ts hands it to `protocol.handle('app', …)`.

import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'factline';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * For `protocol.registerSchemesAsPrivileged`: a standard, secure scheme (so `'self'` in the CSP, module
 * scripts and module workers work as on https), no service workers, no bypass of the CSP.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  stream: true,
  allowServiceWorkers: false,
  bypassCSP: false,
} as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export interface RequestLike {
  url: string;
  method?: string;
}

const refuse = (status: number, why: string): Response =>
  new Response(why, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** Serves files under `root` (the built renderer) for `app://factline/<path>`, and nothing else. */
export function appProtocolHandler(
  root: string,
  csp: string,
  log: (message: string) => void = (m) => console.warn(m),
): (request: RequestLike) => Promise<Response> {
  const base = resolve(root);
  const inside = (p: string, dir: string): boolean => p === dir || p.startsWith(dir + sep);
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400, 'bad address');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) {
      log(`app protocol refused ${JSON.stringify(request.url.slice(0, 200))}: not ${APP_ORIGIN}`);
      return refuse(403, 'not this app');
    }
    if ((request.method ?? 'GET') !== 'GET') return refuse(405, 'read only');
    let rel: string;
    try {
      // `%2e%2e%2f` decodes to `../` only here, after the URL parser has removed the literal ones.
      rel = decodeURIComponent(url.pathname);
    } catch {
      return refuse(400, 'bad address');
    }
    if (rel.includes('\0')) return refuse(400, 'bad address');
    const file = resolve(base, '.' + (rel === '/' ? '/index.html' : rel));
    if (!inside(file, base)) {
      log(`app protocol refused ${JSON.stringify(rel.slice(0, 200))}: outside the app`);
      return refuse(403, 'outside the app');
    }
    try {
      // A link inside the build that points outside it is refused as well.
      const [real, realBase] = await Promise.all([realpath(file), realpath(base)]);
      if (!inside(real, realBase)) {
        log(`app protocol refused ${JSON.stringify(rel.slice(0, 200))}: links outside the app`);
        return refuse(403, 'outside the app');
      }
      if (!(await stat(real)).isFile()) return refuse(404, 'not found');
      const body = await readFile(real);
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream',
          'Content-Security-Policy': csp,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        },
      });
    } catch {
      return refuse(404, 'not found');
    }
  };
}
