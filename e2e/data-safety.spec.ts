// Nothing lost: "Save changes?" on close (main shows the native prompt, src/main/services/closeGuard.ts;
// when the user chooses Save, main sends `window:saveBeforeClose` and the window saves, then answers
// whether it may close), an open that never returns can be cancelled, and a failing autosave is said.

import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('Save in the close prompt saves the edits, and says so only when they are on disk', async ({
  page,
  bridge,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await expect(page.getByTestId('article')).toContainText('Antonio Guterres se rendra à Moscou');
  await page.locator('#dct-input').fill('2022-04-21');
  await page.locator('#dct-input').blur();
  await expect.poll(() => bridge.edited).toBe(true);

  // The user cancels the Save dialog: nothing is written and the window must stay open.
  bridge.nextSave(null);
  await bridge.emit('window:saveBeforeClose', null);
  await expect.poll(() => bridge.closeAnswers).toEqual([false]);
  expect(bridge.edited).toBe(true);

  // This time they pick a place: the edits are saved, then the window may close.
  const target = join(bridge.dir, 'before-close.factline.json');
  bridge.nextSave(target);
  await bridge.emit('window:saveBeforeClose', null);
  await expect.poll(() => bridge.closeAnswers).toEqual([false, true]);
  expect(existsSync(target)).toBe(true);
  expect(JSON.parse(readFileSync(target, 'utf8')).source.dct).toBe('2022-04-21');
  await expect.poll(() => bridge.edited).toBe(false);
});

test('an open that never returns can be cancelled, and a second Open meanwhile is not dropped silently', async ({
  page,
  bridge,
}) => {
  await page.goto('/');
  bridge.hangOpens = true;
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await expect(page.getByText('A file is still opening')).toBeVisible();
  await page.getByRole('progressbar').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  // The app is free again: the next open goes through.
  bridge.hangOpens = false;
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await expect(page.getByTestId('article')).toContainText('Antonio Guterres se rendra à Moscou');
});

test('when the safety copy cannot be written, the window says so once', async ({ page, bridge }) => {
  const data = join(bridge.dir, 'userData');
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await expect(page.getByTestId('article')).toContainText('Antonio Guterres se rendra à Moscou');
  // A file where the data folder should be: every autosave fails.
  rmSync(data, { recursive: true, force: true });
  writeFileSync(data, 'not a folder');
  await page.locator('#dct-input').fill('2022-04-21');
  await page.locator('#dct-input').blur();
  const warning = page.getByText(/The safety copy of your edits could not be written/);
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('Save the timeline (Ctrl+S) to keep your edits.');
  await page.locator('#dct-input').fill('2022-04-20');
  await page.locator('#dct-input').blur();
  await expect.poll(() => bridge.edited).toBe(true);
  await expect(warning).toHaveCount(1);
});
