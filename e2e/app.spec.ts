// What a user sees, in Debian's Chromium, with window.api backed by the real main-process handlers
// (e2e/fixtures.ts). Screenshots of each state land in $SHOTS_DIR (default /tmp/factline-shots/) for a human to look at.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Bridge } from './fixtures';

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/factline-shots';
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });

const timelineEvents = (page: Page): Locator => page.getByTestId('timeline').locator('g.event');
/** An event on the timeline by the date its accessible name ends with ("…, Tuesday 26 April 2022"). */
const eventOn = (page: Page, date: RegExp): Locator =>
  page.getByTestId('timeline').getByRole('option', { name: date });
/** The article text currently highlighted as the selected claim. */
const selectedClaim = (page: Page): Locator =>
  page.getByTestId('article').locator('.claim-selected, .mention.in-claim');

async function setPublicationDate(page: Page, iso: string): Promise<void> {
  await page.locator('#dct-input').fill(iso);
  await page.locator('#dct-input').blur();
}

/** Opens the bundled sample; it states no publication date, so the user gives the one of the article. */
async function openSample(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await expect(page.getByTestId('article')).toContainText('Antonio Guterres se rendra à Moscou');
  if ((await page.locator('#dct-input').inputValue()) !== '2022-04-22')
    await setPublicationDate(page, '2022-04-22');
  await expect(eventOn(page, /26 April 2022/)).toBeVisible();
}

function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function openPath(page: Page, bridge: Bridge, path: string): Promise<void> {
  bridge.nextOpen(path);
  await page.getByRole('button', { name: 'Open…' }).first().click();
}

test('the first screen says what to do, and the sample opens with all its events', async ({
  page,
  bridge,
}) => {
  void bridge;
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('timeline');
  await expect(page.getByRole('button', { name: 'Open…' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open the sample article' })).toBeVisible();
  await shot(page, '01-empty');

  await openSample(page);
  await expect(timelineEvents(page)).toHaveCount(7);
  await expect(page.getByText('7 events')).toBeVisible();
  // Every dated claim of the article, from 1945 to next Tuesday.
  for (const date of [/1945/, /24 February 2022/, /21 April 2022 – /, /22 April 2022/, /26 April 2022/])
    await expect(eventOn(page, date).first()).toBeVisible();
  await expect(eventOn(page, /19 April 2022/)).toHaveCount(2);
  await expect(page).toHaveTitle(/^guterres-moscou\.\w+ — Factline$/);
  await shot(page, '02-sample');
});

test('clicking the 26 April event highlights « se rendra à Moscou mardi » in the article', async ({
  page,
  bridge,
}) => {
  void bridge;
  await openSample(page);
  await eventOn(page, /26 April 2022/).click();
  await expect(selectedClaim(page).first()).toBeVisible();
  const highlighted = (await selectedClaim(page).allTextContents()).join('');
  expect(highlighted).toContain('se rendra à Moscou mardi');
  await expect(page.getByTestId('details-date')).toContainText(/Tuesday,? 26 April 2022/);
  await shot(page, '03-selected');

  // And back: clicking a highlighted date in the text selects its event.
  await page.getByTestId('article').locator('[data-mention]', { hasText: '24 février' }).click();
  await expect(page.getByTestId('details-date')).toContainText('24 February 2022');
  await expect(eventOn(page, /24 February 2022/)).toHaveAttribute('aria-selected', 'true');

  // Hovering a claim on the timeline highlights its date in the text.
  await eventOn(page, /26 April 2022/).hover();
  await expect(page.getByTestId('article').locator('.mention.hovered').first()).toBeVisible();
  await expect(page.getByRole('tooltip')).toContainText('se rendra à Moscou');
  await shot(page, '04-hover');
});

test('keyboard: arrows walk the events in time order, Enter goes to the text, Escape clears', async ({
  page,
  bridge,
}) => {
  void bridge;
  await openSample(page);
  await page.getByTestId('timeline').click({ position: { x: 5, y: 200 } });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('details-date')).toContainText('1945');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('details-date')).toContainText('24 February 2022');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('details-date')).toContainText('1945');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('article').locator('[data-event]:focus')).toHaveText('1945');
  await page.keyboard.press('Escape');
  await expect(page.getByText('Select an event on the timeline')).toBeVisible();
  // Zoom with the keyboard and back to "fit all".
  await page.getByTestId('timeline').click({ position: { x: 5, y: 200 } });
  await page.keyboard.press('+');
  await expect(page.getByTestId('timeline')).not.toHaveAttribute('data-zoom', '1.000');
  await page.keyboard.press('+');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await shot(page, '15-zoomed');
  await page.keyboard.press('0');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-zoom', '1.000');
});

test('changing the publication date moves the weekday events at once', async ({ page, bridge }) => {
  void bridge;
  await openSample(page);
  await expect(page.getByTestId('dct')).toContainText('from the page metadata');
  await setPublicationDate(page, '2022-04-29');
  await expect(page.getByTestId('dct')).toContainText('set by you');
  // « se rendra mardi » is now the Tuesday after Friday 29 April; « a demandé mardi » the one before.
  await expect(eventOn(page, /3 May 2022/)).toBeVisible();
  await expect(eventOn(page, /26 April 2022/)).toHaveCount(2);
  await expect(eventOn(page, /19 April 2022/)).toHaveCount(0);
  await expect(eventOn(page, /24 February 2022/)).toBeVisible();
  await shot(page, '05-dct-changed');
  // One undo brings every date back.
  await page.keyboard.press('Control+z');
  await expect(eventOn(page, /3 May 2022/)).toHaveCount(0);
  await expect(eventOn(page, /19 April 2022/)).toHaveCount(2);
});

test('a weekday can be switched to its other reading in one click, and undone', async ({ page, bridge }) => {
  await openSample(page);
  await eventOn(page, /26 April 2022/).click();
  await page.getByRole('button', { name: /Use the other reading: Tuesday,? 19 April 2022/ }).click();
  await expect(page.getByTestId('details-date')).toContainText(/Tuesday,? 19 April 2022/);
  await expect(page.getByTestId('details-date')).toContainText('edited by you');
  await expect(eventOn(page, /26 April 2022/)).toHaveCount(0);
  await shot(page, '06-alternative');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(eventOn(page, /26 April 2022/)).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(eventOn(page, /26 April 2022/)).toHaveCount(0);
  // The Edit menu's commands do the same.
  await bridge.menu('undo');
  await expect(eventOn(page, /26 April 2022/)).toBeVisible();
  await bridge.menu('redo');
  await expect(eventOn(page, /26 April 2022/)).toHaveCount(0);
});

test('editing a date survives save and reopen', async ({ page, bridge }) => {
  await openSample(page);
  await eventOn(page, /24 February 2022/).click();
  await page.getByLabel('From', { exact: true }).fill('2022-02-25');
  await page.getByLabel('From', { exact: true }).blur();
  await expect(eventOn(page, /25 February 2022/)).toBeVisible();
  await page.getByLabel('Label', { exact: true }).fill('Invasion russe de l’Ukraine');
  await page.getByLabel('Label', { exact: true }).press('Enter');
  await expect(page).toHaveTitle(/^• guterres-moscou\.\w+ — Factline$/);
  expect(bridge.edited).toBe(true);

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toContainText('Saved to');
  expect(bridge.saveDialogs).toHaveLength(1);
  const saved = join(bridge.dir, bridge.saveDialogs[0].defaultName);
  expect(saved).toMatch(/\.factline\.json$/);
  await expect(page).toHaveTitle(/^guterres-moscou\.factline\.json — Factline/);
  await expect.poll(() => bridge.edited).toBe(false);
  const json = JSON.parse(readFileSync(saved, 'utf8'));
  expect(json.format).toBe('factline.timeline/1');

  // A fresh window reopens it.
  await page.reload();
  await page
    .getByRole('button', { name: 'Discard' })
    .click({ timeout: 2000 })
    .catch(() => undefined);
  await openPath(page, bridge, saved);
  await expect(eventOn(page, /25 February 2022/)).toBeVisible();
  await eventOn(page, /25 February 2022/).click();
  await expect(page.getByLabel('Label', { exact: true })).toHaveValue('Invasion russe de l’Ukraine');
  await expect(page.getByTestId('details-date')).toContainText('edited by you');
  await expect(page.locator('#dct-input')).toHaveValue('2022-04-22');
  // Saved once: the next Save writes the same file without asking.
  await page.getByLabel('To', { exact: true }).fill('2022-02-26');
  await page.getByLabel('To', { exact: true }).blur();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Saved to');
  expect(bridge.saveDialogs).toHaveLength(1);
  await shot(page, '07-reopened');
});

test('export writes a PNG of the expected size through the real main handler', async ({ page, bridge }) => {
  await openSample(page);
  // SVG first, to know the image's size in CSS pixels.
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByLabel('Format', { exact: true }).selectOption('svg');
  await shot(page, '08-export-dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Exported to');
  const svgPath = join(bridge.dir, 'guterres-moscou.svg');
  const svg = readFileSync(svgPath, 'utf8');
  const width = Number(/width="(\d+)"/.exec(svg)![1]);
  const height = Number(/height="(\d+)"/.exec(svg)![1]);
  expect(width).toBe(1200);
  expect(svg).toContain('se rendra à Moscou');

  await bridge.menu('export');
  await page.getByLabel('Format', { exact: true }).selectOption('png');
  await page.getByRole('radio', { name: '2×' }).check();
  await page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('.png');
  const png = pngSize(join(bridge.dir, 'guterres-moscou.png'));
  expect(png).toEqual({ width: width * 2, height: height * 2 });

  // The visible window only: zoomed on the last days, the 1945 and February claims are left out.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.keyboard.press('Control+e');
  await page.getByLabel('Format', { exact: true }).selectOption('svg');
  await page.getByRole('radio', { name: 'Visible window' }).check();
  bridge.nextSave(join(bridge.dir, 'window.svg'));
  await page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('window.svg');
  const windowSvg = readFileSync(join(bridge.dir, 'window.svg'), 'utf8');
  expect(windowSvg).not.toContain('depuis 1945');
  expect(windowSvg).toContain('Pause humanitaire');

  await bridge.menu('copy-image');
  await expect(page.getByRole('status')).toContainText('copied');
  expect(bridge.clipboard).not.toBeNull();
});

test('a bad file shows a banner and the previous timeline stays', async ({ page, bridge }) => {
  await openSample(page);
  const bad = join(bridge.dir, 'photo.txt');
  writeFileSync(
    bad,
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0]),
  );
  await openPath(page, bridge, bad);
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('photo.txt');
  await expect(timelineEvents(page)).toHaveCount(7);
  await expect(page.getByTestId('article')).toContainText('Antonio Guterres se rendra à Moscou');
  await shot(page, '09-bad-file');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
});

test('a file dropped on the window opens; a missing one only adds a banner', async ({ page, bridge }) => {
  await page.goto('/');
  const article = join(bridge.dir, 'depeche.txt');
  writeFileSync(
    article,
    'Publié le 3 mars 2023\n\nLe ministre a annoncé lundi une réforme qui entrera en vigueur le 1er juin.\n',
  );
  await bridge.allowDrop('depeche.txt', article);
  const drop = async (name: string) => {
    const dataTransfer = await page.evaluateHandle((n) => {
      const dt = new DataTransfer();
      dt.items.add(new File(['x'], n, { type: 'text/plain' }));
      return dt;
    }, name);
    await page.dispatchEvent('main', 'dragover', { dataTransfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer });
  };
  await drop('depeche.txt');
  await expect(page.getByTestId('article')).toContainText('Le ministre a annoncé lundi');
  await expect(page).toHaveTitle(/depeche\.txt — Factline/);
  const count = await timelineEvents(page).count();
  await drop('inconnu.txt');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(timelineEvents(page)).toHaveCount(count);
});

test('the list view shows the same events, sortable and keyboard reachable', async ({ page, bridge }) => {
  await openSample(page);
  await bridge.menu('toggle-list');
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(8);
  await expect(table.getByRole('row').nth(1)).toContainText('1945');
  await table.getByRole('button', { name: /Date/ }).click();
  await expect(table.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('row').nth(1)).toContainText('26 Apr 2022');
  await table.getByRole('button', { name: /Status/ }).click();
  await expect(table.getByRole('columnheader', { name: /Status/ })).toHaveAttribute('aria-sort', 'ascending');
  await table.getByRole('button', { name: /se rendra à Moscou/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('details-date')).toContainText('26 April 2022');
  expect((await selectedClaim(page).allTextContents()).join('')).toContain('se rendra à Moscou mardi');
  await shot(page, '10-list');
  await page.keyboard.press('Control+l');
  await expect(page.getByTestId('timeline')).toBeVisible();
});

test('an event can be hidden, and added back from a text selection', async ({ page, bridge }) => {
  void bridge;
  await openSample(page);
  await eventOn(page, /22 April 2022/).click();
  await page.getByRole('button', { name: 'Hide this event' }).click();
  await expect(timelineEvents(page)).toHaveCount(6);
  await expect(page.getByText('1 hidden')).toBeVisible();
  // Select a sentence in the article and add it as an event.
  await page.getByTestId('article').evaluate((el) => {
    const text = el.querySelector('.text')!;
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    let node: Node | null;
    while ((node = walker.nextNode())) {
      const i = node.textContent!.indexOf('Antonio Guterres poursuivra ces discussions');
      if (i >= 0) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 'Antonio Guterres poursuivra ces discussions'.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
    }
  });
  await page.getByRole('button', { name: '+ Add event' }).first().click();
  await expect(page.getByLabel('Label', { exact: true })).toHaveValue(
    'Antonio Guterres poursuivra ces discussions',
  );
  await expect(timelineEvents(page)).toHaveCount(7);
  await shot(page, '11-added');
});

test('unsaved work comes back after a crash', async ({ page, bridge }) => {
  void bridge;
  await openSample(page);
  await eventOn(page, /26 April 2022/).click();
  await page.getByLabel('Label', { exact: true }).fill('Visite à Moscou');
  await page.getByLabel('Label', { exact: true }).press('Enter');
  await page.waitForTimeout(1800);
  await page.reload();
  await expect(page.getByText('Factline closed with unsaved work')).toBeVisible();
  await shot(page, '12-restore');
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByTestId('timeline').getByRole('option', { name: /Visite à Moscou/ })).toBeVisible();
  await expect(page).toHaveTitle(/^• /);
});

test('dark theme follows the system', async ({ page, bridge }) => {
  void bridge;
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSample(page);
  await eventOn(page, /26 April 2022/).click();
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(20, 23, 28)');
  await shot(page, '13-dark');
});

test('the recent list reopens a file in one click', async ({ page, bridge }) => {
  const article = join(bridge.dir, 'breve.txt');
  writeFileSync(article, 'Publié le 3 mars 2023\n\nLe ministre a annoncé lundi une réforme.\n');
  await page.goto('/');
  await openPath(page, bridge, article);
  await expect(page.getByTestId('article')).toContainText('Le ministre a annoncé lundi');
  await page.reload();
  await page
    .getByRole('button', { name: 'Discard' })
    .click({ timeout: 1500 })
    .catch(() => undefined);
  const recent = page.getByRole('list', { name: 'Recent files' });
  await expect(recent).toContainText('breve.txt');
  await shot(page, '14-recent');
  await recent.getByRole('button', { name: /breve\.txt/ }).click();
  await expect(page.getByTestId('article')).toContainText('Le ministre a annoncé lundi');
});

test('a file opened from outside the window (command line, second launch) replaces the timeline', async ({
  page,
  bridge,
}) => {
  await openSample(page);
  const article = join(bridge.dir, 'cli.txt');
  writeFileSync(article, 'Publié le 3 mars 2023\n\nLe sommet aura lieu le 12 avril 2023 à Genève.\n');
  // Main loads it as for the Open dialog, then notifies the window.
  bridge.nextOpen(article);
  await bridge.emit('file:opened', await bridge.handlers['file:open']());
  await expect(page.getByTestId('article')).toContainText('Le sommet aura lieu');
  await expect(eventOn(page, /12 April 2023/)).toBeVisible();
  // A failure from outside only adds a banner.
  await bridge.emit('file:opened', {
    ok: false,
    code: 'missing',
    message: '“gone.txt” does not exist.',
    path: null,
  });
  await expect(page.getByRole('alert')).toContainText('gone.txt');
  await expect(eventOn(page, /12 April 2023/)).toBeVisible();
  await bridge.menu('zoom-in');
  await expect(page.getByTestId('timeline')).not.toHaveAttribute('data-zoom', '1.000');
  await bridge.menu('zoom-fit');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-zoom', '1.000');
});

test('opening another file over unsaved edits asks first', async ({ page, bridge }) => {
  await openSample(page);
  await eventOn(page, /26 April 2022/).click();
  await page.getByRole('button', { name: 'Hide this event' }).click();
  const other = join(bridge.dir, 'autre.txt');
  writeFileSync(other, 'Publié le 3 mars 2023\n\nLe vote aura lieu le 12 avril 2023.\n');
  const asked: string[] = [];
  page.once('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  await openPath(page, bridge, other);
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain('guterres-moscou');
  await expect(page.getByTestId('article')).toContainText('Antonio Guterres');
  page.once('dialog', (d) => void d.accept());
  await openPath(page, bridge, other);
  await expect(page.getByTestId('article')).toContainText('Le vote aura lieu');
});

test('corrections survive a new publication date: a corrected label stays, a corrected date stays', async ({
  page,
  bridge,
}) => {
  void bridge;
  await openSample(page);
  await eventOn(page, /26 April 2022/).click();
  await page.getByLabel('Label', { exact: true }).fill('Visite de Guterres à Moscou');
  await page.getByLabel('Label', { exact: true }).press('Enter');
  await eventOn(page, /24 February 2022/).click();
  await page.getByLabel('From', { exact: true }).fill('2022-02-23');
  await page.getByLabel('From', { exact: true }).blur();
  await setPublicationDate(page, '2022-04-29');
  // The relabelled visit moves with the new date (the Tuesday after Friday 29 April)…
  await expect(
    page.getByTestId('timeline').getByRole('option', { name: /Visite de Guterres à Moscou, .*3 May 2022/ }),
  ).toBeVisible();
  // …the corrected date does not.
  await expect(eventOn(page, /23 February 2022 – /)).toBeVisible();
  await shot(page, '16-edits-after-dct');
});
