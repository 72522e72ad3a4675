import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  main: {
    build: {
      // Articles are opened in a worker thread, a second entry beside index.js.
      rolldownOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          articleWorker: resolve('src/main/services/articleWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load ES modules or node_modules: one self-contained CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    build: {
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    worker: { format: 'es' },
    plugins: [svelte()],
  },
});
