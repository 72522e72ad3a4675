// Builds the script of the exported interactive page (src/renderer/page/main.ts) into one classic script,
// out/page/page.js, that src/core/export/html.ts inlines: no module, no import, nothing fetched.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'out/page',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: {
      entry: resolve('src/renderer/page/main.ts'),
      formats: ['iife'],
      name: 'factlinePage',
      fileName: () => 'page.js',
    },
  },
});
