// Registers every channel of the contract on ipcMain: the sender is checked, the arguments are type-guarded,
// and only then does the handler run. Electron-free (ipcMain comes in) so it is unit-tested as it is.

import { INVOKE_CHANNELS, VALIDATORS, type InvokeChannel } from '../shared/ipc';
import type { Handlers } from './handlers';

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
): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, ...args) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url))
        throw new IpcRefusedError(`${channel}: refused call from ${url || 'an unknown frame'}`);
      if (!VALIDATORS[channel](args)) throw new IpcRefusedError(`${channel}: invalid arguments`);
      const handler = handlers[channel] as (...a: unknown[]) => Promise<unknown>;
      return handler(...args);
    });
  }
}

/** Our renderer is the built index.html (file://) or, in development, the electron-vite dev server. */
export function trustedSenderCheck(
  rendererUrl: string | undefined,
  rendererFile: string,
): (url: string) => boolean {
  return (url) => {
    if (!url) return false;
    if (rendererUrl && url.startsWith(rendererUrl)) return true;
    try {
      const u = new URL(url);
      return (
        u.protocol === 'file:' && decodeURIComponent(u.pathname).endsWith(rendererFile.replace(/\\/g, '/'))
      );
    } catch {
      return false;
    }
  };
}

export type { InvokeChannel };
