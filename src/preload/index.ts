// The bridge, and nothing else: named functions derived from the IPC contract. The renderer never sees
// ipcRenderer, and a dropped file's path is read here, so renderer code never hands main a path string.

import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  API_METHODS,
  EVENT_CHANNELS,
  type EventChannel,
  type EventContract,
  type FactlineApi,
} from '../shared/ipc';

function buildApi(): FactlineApi {
  const methods = Object.fromEntries(
    Object.entries(API_METHODS).map(([name, channel]) => [
      name,
      (...args: unknown[]) => ipcRenderer.invoke(channel, ...args),
    ]),
  ) as Omit<FactlineApi, 'openDropped' | 'on'>;
  return {
    ...methods,
    openDropped(file: File) {
      const path = webUtils.getPathForFile(file);
      if (!path) {
        return Promise.resolve({
          ok: false,
          code: 'unsupported',
          message: `“${file.name}” is not a file on disk; save it first, then drop the saved file.`,
          path: null,
        });
      }
      return ipcRenderer.invoke('file:openDropped', path);
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
