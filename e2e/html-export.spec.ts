// The interactive HTML export, opened from disk in Chromium as a reader would: the file the command writes
// (`factline extract … --format html`, built by `npm run build`), from an article written to be hostile.

import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const HOSTILE = [
  'Strike & talks </title><script>window.__pwned = 1</script>',
  '',
  'The union said on Monday <img src=x onerror="window.__pwned = 2"> that dockers would walk out on Friday.',
  '',
  'The ministry denied on Tuesday that talks had failed.',
  '',
  'In 1998 the port was rebuilt. A new strike is planned for next week.',
].join('\n');

function exportHtml(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factline-html-'));
  const article = join(dir, 'hostile <b>.txt');
  writeFileSync(article, HOSTILE);
  const out = join(dir, 'page.html');
  execFileSync(
    process.execPath,
    ['bin/factline.mjs', 'extract', article, '--dct', '2023-03-10', '--format', 'html', '--out', out],
    { stdio: 'pipe' },
  );
  return out;
}

/** Opens the file with every request recorded; anything but the file itself is refused and kept. */
async function open(page: Page, file: string): Promise<string[]> {
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  await page.route(
    (u) => u.href !== url,
    (route) => route.abort(),
  );
  await page.goto(url);
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
  return requests;
}

test.describe('interactive HTML export', () => {
  let file = '';
  test.beforeAll(() => {
    file = exportHtml();
  });

  test('click an event: its sentence, source and explanation show; the claim is marked in the article', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await open(page, file);
    await page.locator('.chart g.event text.label', { hasText: 'ministry denied' }).first().click();
    const details = page.locator('.details');
    await expect(details.locator('blockquote')).toContainText(
      'The ministry denied on Tuesday that talks had failed',
    );
    await expect(details).toContainText('hostile <b>.txt');
    await expect(details.locator('dd').last()).not.toBeEmpty();
    await expect(page.locator('.claim.current')).toContainText('ministry denied');
    expect(errors).toEqual([]);
  });

  test('zoom narrows the axis to a window and Fit all brings the whole span back', async ({ page }) => {
    await open(page, file);
    const ticks = () => page.locator('.chart text.tick').allTextContents();
    const before = await ticks();
    expect(before.some((t) => t.includes('1998'))).toBe(true);
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await ticks()).join('|')).not.toBe(before.join('|'));
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(async () => (await ticks()).join('|')).toBe(before.join('|'));
  });

  test('no request leaves the page, and the hostile article stays inert text', async ({ page }) => {
    const requests = await open(page, file);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.locator('.events button').first().click();
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('h1')).toHaveText('Strike & talks </title><script>window.__pwned = 1</script>');
    await expect(page).toHaveTitle('Strike & talks </title><script>window.__pwned = 1</script>');
    await expect(page.locator('img')).toHaveCount(0);
    await expect(page.locator('.article .text')).toContainText('<img src=x onerror="window.__pwned = 2">');
    expect(readFileSync(file, 'utf8').match(/<script/gu)).toHaveLength(2);
  });

  test('under 600 px the events run down the page and still open their sentence', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, file);
    await expect(page.locator('.chart')).toBeHidden();
    await expect(page.locator('.legend-html')).toBeVisible();
    const items = page.locator('.events button');
    const [a, b] = [await items.nth(0).boundingBox(), await items.nth(1).boundingBox()];
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
    expect(Math.abs(b!.x - a!.x)).toBeLessThan(2);
    await items.filter({ hasText: 'rebuilt' }).click();
    await expect(page.locator('.details blockquote')).toContainText('In 1998 the port was rebuilt');
  });
});
