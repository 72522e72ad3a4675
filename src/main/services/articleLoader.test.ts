import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleError } from './articleErrors';
import { createWorkerLoader } from './articleLoader';

const dir = mkdtempSync(join(tmpdir(), 'factline-worker-'));

// The worker is the TypeScript source, loaded through tsx, as the built app loads the bundled file.
const tsxApi = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs'),
).href;
const boot = join(dir, 'boot.mjs');
writeFileSync(
  boot,
  `import { register } from ${JSON.stringify(tsxApi)};\nregister();\nawait import(${JSON.stringify(new URL('./articleWorker.ts', import.meta.url).href)});\n`,
);
const load = createWorkerLoader(pathToFileURL(boot));
afterAll(() => load.close());

describe('opening articles off the main thread', () => {
  it('returns the article and reports progress', async () => {
    const file = join(dir, 'a.html');
    writeFileSync(
      file,
      '<html><head><meta property="article:published_time" content="2023-03-03"></head><body><article><h1>Title</h1><p>The council met on Tuesday and approved the plan after a long debate about the budget.</p></article></body></html>',
    );
    const stages: string[] = [];
    const article = await load(file, { onProgress: (_f, stage) => stages.push(stage) });
    expect(article).toMatchObject({ format: 'html', dct: '2023-03-03', dctSource: 'meta' });
    expect(article.text).toContain('The council met on Tuesday');
    expect(stages.length).toBeGreaterThan(0);
  });

  it('gives back the same ArticleError, with its code and message, for a bad file', async () => {
    const file = join(dir, 'empty.txt');
    writeFileSync(file, '');
    const err = await load(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArticleError);
    expect(err).toMatchObject({ code: 'empty', message: expect.stringContaining('empty.txt') });
  });

  it('serves several opens at once', async () => {
    const files = [1, 2, 3].map((n) => {
      const f = join(dir, `n${n}.txt`);
      writeFileSync(f, `Article ${n}: the vote took place on ${n} March 2021.`);
      return f;
    });
    const texts = (await Promise.all(files.map((f) => load(f)))).map((a) => a.text);
    expect(texts).toEqual([1, 2, 3].map((n) => `Article ${n}: the vote took place on ${n} March 2021.`));
  });
});

describe('a reader that is given up or runs out of memory', () => {
  // Stand-in workers: one answers with its thread id, or never for the path "hang"; one fills its heap.
  const standIn = join(dir, 'stand-in.mjs');
  writeFileSync(
    standIn,
    `import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', ({ id, path }) => {
  if (path === 'hang') return;
  if (path === 'oom') { const keep = []; for (;;) keep.push(new Array(1e6).fill(Math.random())); }
  parentPort.postMessage({ id, type: 'done', article: { text: String(threadId) } });
});`,
  );
  const small = createWorkerLoader(pathToFileURL(standIn), {
    resourceLimits: { maxOldGenerationSizeMb: 32 },
  });
  afterAll(() => small.close());

  it('ends the worker when its open is given up, and the next open gets a fresh one', async () => {
    const first = (await small('a.txt')).text;
    const given = new AbortController();
    const hung = small('hang', { signal: given.signal });
    given.abort();
    await expect(hung).rejects.toMatchObject({ name: 'AbortError' });
    const next = (await small('b.txt')).text;
    expect(next).not.toBe(first);
  });

  it('turns a worker out of memory into the too-large message naming the file and the limit', async () => {
    const oom = await small('oom').catch((e: unknown) => e);
    expect(oom).toBeInstanceOf(ArticleError);
    expect((oom as ArticleError).message).toBe(
      "“oom” has more content than the reader's 32 MB of memory can hold, more than any file Factline can open holds; open a smaller file, or copy just the article into a .txt file.",
    );
    expect((await small('c.txt')).text).toMatch(/^\d+$/); // and the next open works
  });
});
