// A French system gets the French interface: menus come from main, the page follows app:info.
import { expect, test } from './fixtures';

test.use({ uiLang: 'fr', locale: 'fr-FR' });

test('on a French system the interface, dates and timeline speak French', async ({ page, bridge }) => {
  void bridge;
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Ouvrir…' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Ouvrir l’article d’exemple' }).click();
  await expect(page.getByTestId('article')).toContainText('Antonio Guterres se rendra à Moscou');
  await expect(page.getByText('7 événements')).toBeVisible();
  await expect(page.getByTestId('timeline').getByRole('option', { name: /26 avril 2022/ })).toBeVisible();
});
