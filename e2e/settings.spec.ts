// Theme and interface language: chosen in the window's settings or the View menu, remembered by main.

import { expect, test } from './fixtures';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme and the interface language can be chosen, and are remembered', async ({ page, bridge }) => {
  void bridge;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('timeline');
  const light = await background(page);

  await page.getByRole('button', { name: 'Settings' }).click();
  const panel = page.getByRole('group', { name: 'Settings' });
  await expect(panel).toContainText('Articles are read in French and English');
  await panel.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).not.toBe(light);

  await panel.getByLabel('Interface language').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('frise chronologique');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  // A new start (same data folder) comes back dark and French, on an English light system.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('frise chronologique');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Back to the system's: the system is light and English.
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('group', { name: 'Réglages' }).getByLabel('Thème').selectOption('system');
  await page
    .getByRole('group', { name: 'Réglages' })
    .getByLabel('Langue de l’interface')
    .selectOption('system');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('timeline');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await background(page)).toBe(light);
});

test('a choice made in the View menu reaches the window', async ({ page, bridge }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('timeline');
  // What main does when View ▸ Theme ▸ Dark is clicked: it stores the choice, then tells the window.
  const now = await bridge.handlers['settings:set']({ theme: 'dark', uiLang: 'fr' });
  await bridge.emit('settings:changed', now);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('frise chronologique');
});
