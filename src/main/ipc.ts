// Registers every channel of the contract on ipcMain: the sender is checked, the arguments are type-guarded,
// and only then does the handler run. Electron-free (ipcMain comes in) so it is unit-tested as it is.

import { resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { argumentProblem, INVOKE_CHANNELS, VALIDATORS, type InvokeChannel } from '../shared/ipc';
import type { Handlers } from './handlers';
import { APP_SCHEME } from './services/appProtocol';

export interface IpcEventLike {
  senderFrame: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
}

export class IpcRefusedError extends Error {}

export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrustedSender: (url: string) => boolean,
  log: (message: string) => void = (message) => console.warn(message),
): void {
  const refuse = (message: string): never => {
    log(message);
    throw new IpcRefusedError(message);
  };
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, ...args) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url))
        refuse(`${channel}: refused call from ${url.slice(0, 200) || 'an unknown frame'}`);
      // One check for every channel first (strings, NUL, sizes, prototype keys), then the channel's own.
      const problem = argumentProblem(args);
      if (problem) refuse(`${channel}: refused arguments (${problem})`);
      if (!VALIDATORS[channel](args)) refuse(`${channel}: invalid arguments`);
      const handler = handlers[channel] as (...a: unknown[]) => Promise<unknown>;
      return handler(...args);
    });
  }
}

/**
 * Our renderer is the built index.html — served as `app://factline/index.html` in the app, or as a file
 * (`renderer` is then its path) behind the test bridge — or, in development, the electron-vite dev server. The URL
 * is parsed and its parts compared, never its spelling: `http://localhost:5173@evil.example/` has the dev
 * URL as a prefix but its host is evil.example, and `file:///tmp/evil/out/renderer/index.html` ends like
 * ours but is another file. Query and fragment are ignored (they do not change which document it is).
 */
export function trustedSenderCheck(
  rendererUrl: string | undefined,
  renderer: string,
): (url: string) => boolean {
  const devOrigin = httpOrigin(rendererUrl);
  // app://factline/index.html: exactly that scheme, host and path (no port, no user); file: is then refused.
  const appPage = renderer.startsWith(`${APP_SCHEME}://`) ? parseUrl(renderer) : null;
  const ownPath = appPage ? null : resolvePath(renderer);
  return (url) => {
    const u = parseUrl(url);
    if (!u || u.username || u.password) return false;
    if (u.protocol === 'http:' || u.protocol === 'https:')
      return devOrigin !== null && u.origin === devOrigin;
    if (appPage)
      return (
        u.protocol === appPage.protocol &&
        u.host === appPage.host &&
        u.port === '' &&
        u.pathname === appPage.pathname
      );
    if (ownPath === null || u.protocol !== 'file:' || u.host !== '') return false;
    try {
      return samePath(fileURLToPath(u), ownPath);
    } catch {
      return false;
    }
  };
}

function parseUrl(url: string): URL | null {
  if (!url || url.length > MAX_URL_LENGTH) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function httpOrigin(url: string | undefined): string | null {
  const u = url ? parseUrl(url) : null;
  return u && (u.protocol === 'http:' || u.protocol === 'https:') ? u.origin : null;
}

// Windows paths are case-insensitive: C:\App\index.html and c:\app\index.html are the same file.
const samePath = (a: string, b: string): boolean =>
  process.platform === 'win32' ? resolvePath(a).toLowerCase() === b.toLowerCase() : resolvePath(a) === b;

const MAX_URL_LENGTH = 8192;

export type { InvokeChannel };
