// The export dialog's publishing formats through the real main-process handler: each file read back by
// something other than the code that wrote it; the format remembered; "Show in folder"; a zoomed view
// exported with the axis of its window.

import { parse } from 'csv-parse/sync';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function openSample(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await expect(page.getByTestId('article')).toContainText('Antonio Guterres se rendra à Moscou');
}

async function exportAs(
  page: Page,
  format: string,
  file: string,
  options: { reveal?: boolean } = {},
): Promise<void> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Format', { exact: true }).selectOption(format);
  if (options.reveal !== undefined)
    await dialog.getByLabel('Show in folder after export').setChecked(options.reveal);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('status')).toContainText(`Exported to ${file}`);
}

test('CSV, TimelineJS and an interactive page, each read back; the format is remembered', async ({
  page,
  bridge,
}) => {
  await openSample(page);
  await exportAs(page, 'csv', join(bridge.dir, 'guterres-moscou.csv'));
  const rows = parse(readFileSync(join(bridge.dir, 'guterres-moscou.csv'), 'utf8'), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  expect(rows.length).toBeGreaterThan(3);
  expect(rows.some((r) => r.status === 'planned' && /Moscou/u.test(r.sentence))).toBe(true);

  // Opened again, the dialog starts on CSV.
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('dialog').getByLabel('Format', { exact: true })).toHaveValue('csv');
  await page.getByRole('dialog').getByLabel('Title').fill('Guterres à Moscou');
  await page.getByRole('dialog').getByLabel('Format', { exact: true }).selectOption('timelinejs');
  await page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('.timelinejs.json');
  const tl = JSON.parse(readFileSync(join(bridge.dir, 'guterres-moscou.timelinejs.json'), 'utf8')) as {
    title: { text: { headline: string } };
    events: unknown[];
  };
  expect(tl.title.text.headline).toBe('Guterres à Moscou');
  expect(tl.events).toHaveLength(rows.length);

  await exportAs(page, 'html', join(bridge.dir, 'guterres-moscou.html'), { reveal: true });
  const html = join(bridge.dir, 'guterres-moscou.html');
  expect(readFileSync(html, 'utf8')).toContain('Content-Security-Policy');
  expect(bridge.revealed).toEqual([html]);
});

test('PDF from the dialog: the page printed landscape on the paper chosen', async ({ page, bridge }) => {
  test.setTimeout(60_000);
  await openSample(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Format', { exact: true }).selectOption('pdf');
  await dialog.getByRole('radio', { name: 'Letter' }).check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  // Printing launches a browser of its own: slower than the other formats on a loaded machine.
  await expect(page.getByRole('status')).toContainText('.pdf', { timeout: 30_000 });
  const info = execFileSync('pdfinfo', [join(bridge.dir, 'guterres-moscou.pdf')], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+792 x 612 pts \(letter\)/u);
});

test('a zoomed view exports only its window, with an axis for that window', async ({ page, bridge }) => {
  await openSample(page);
  await exportAs(page, 'svg', join(bridge.dir, 'guterres-moscou.svg'));
  const whole = readFileSync(join(bridge.dir, 'guterres-moscou.svg'), 'utf8');
  const ticks = (svg: string) => [...svg.matchAll(/<text class="tick"[^>]*>([^<]+)</gu)].map((m) => m[1]);
  expect(ticks(whole)).toContain('1945');
  // The file names no font it does not embed.
  expect(whole).not.toContain('DejaVu');

  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('dialog').getByRole('radio', { name: 'Visible window' }).check();
  bridge.nextSave(join(bridge.dir, 'window.svg'));
  await page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('window.svg');
  const zoomed = readFileSync(join(bridge.dir, 'window.svg'), 'utf8');
  expect(ticks(zoomed)).not.toContain('1945');
  expect(ticks(zoomed).length).toBeGreaterThan(1);
  expect(zoomed).not.toContain('depuis 1945');
});
