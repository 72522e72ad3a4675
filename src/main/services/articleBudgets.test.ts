// Loader budgets (issue 13): a hostile file gets one sentence naming the file and the limit, quickly,
// instead of hours of work or gigabytes of memory.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_HTML_ELEMENTS } from '../../core/article/htmlBudget';
import { loadArticle } from './article';
import { ArticleError } from './articleErrors';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factline-budgets-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function failure(path: string): Promise<ArticleError> {
  const err = await loadArticle(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ArticleError);
  return err as ArticleError;
}

const STORY =
  '<p>Le 3 mars 2022, le président a annoncé une réforme importante du système des retraites du pays.</p>';

describe('HTML budgets', () => {
  it('opens a page nested 200 000 <div> deep as its story', async () => {
    const deep = `<html><body>${'<div>'.repeat(200_000)}${STORY}${'</div>'.repeat(200_000)}</body></html>`;
    const article = await loadArticle(await file('deep.html', deep));
    expect(article.text).toContain('Le 3 mars 2022, le président a annoncé');
  });

  it('refuses a page with more elements than the limit, naming the file and the limit', async () => {
    const crowded = `<html><body>${STORY}${'<span>a</span>'.repeat(MAX_HTML_ELEMENTS + 1)}</body></html>`;
    const err = await failure(await file('crowded.html', crowded));
    expect(err.code).toBe('too-large');
    expect(err.message).toBe(
      `“crowded.html” has more than ${MAX_HTML_ELEMENTS} elements (tags), more than any web page Factline can open holds; open a smaller file, or copy just the article into a .txt file.`,
    );
  });
});
