/// <reference types="svelte" />
/// <reference types="vite/client" />

import type { FactlineApi } from '../../shared/ipc';

declare global {
  interface Window {
    api: FactlineApi;
  }
}

export {};
