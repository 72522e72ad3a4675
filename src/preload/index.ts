// The bridge, and nothing else: named functions derived from the IPC contract. The renderer never sees
// ipcRenderer, and a dropped file's path is read here from a File the user really dropped (dropRegistry),
// so renderer code never hands main a path string.

import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  API_METHODS,
  EVENT_CHANNELS,
  type EventChannel,
  type EventContract,
  type FactlineApi,
  type OpenResult,
} from '../shared/ipc';
import { createDropRegistry, type DropEventLike } from './dropRegistry';

const drops = createDropRegistry((file) => webUtils.getPathForFile(file));
// Capture phase on window: the preload sees every drop before any page handler can stop it. (The Node
// build has no DOM types, hence the one-member view of window.)
(
  globalThis as unknown as {
    addEventListener(type: 'drop', listener: (event: DropEventLike) => void, capture: boolean): void;
  }
).addEventListener('drop', (event) => drops.record(event), true);

function buildApi(): FactlineApi {
  const methods = Object.fromEntries(
    Object.entries(API_METHODS).map(([name, channel]) => [
      name,
      (...args: unknown[]) => ipcRenderer.invoke(channel, ...args),
    ]),
  ) as Omit<FactlineApi, 'openDropped' | 'on'>;
  return {
    ...methods,
    openDropped(file: File): Promise<OpenResult> {
      const path = drops.take(file);
      if (!path) {
        return Promise.resolve({
          ok: false,
          code: 'unsupported',
          message: `“${file.name}” is not a file dropped from the disk; save it first, then drop the saved file on the window.`,
          path: null,
        });
      }
      return ipcRenderer.invoke('file:openDropped', path) as Promise<OpenResult>;
    },
    on<E extends EventChannel>(event: E, listener: (payload: EventContract[E]) => void) {
      if (!EVENT_CHANNELS.includes(event)) throw new Error(`unknown event ${event}`);
      const wrapped = (_e: Electron.IpcRendererEvent, payload: EventContract[E]): void => listener(payload);
      ipcRenderer.on(event, wrapped);
      return () => void ipcRenderer.removeListener(event, wrapped);
    },
  };
}

contextBridge.exposeInMainWorld('api', buildApi());
