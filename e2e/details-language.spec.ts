// The details panel in the interface's language and at the text's precision: a French interface explains
// « se rendra … mardi » in French; a year, a quarter and a month show and edit as what the text said.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test.describe('French interface', () => {
  test.use({ uiLang: 'fr', locale: 'fr-FR' });

  test('explains how a date was found in French, from the engine’s data', async ({ page, bridge }) => {
    void bridge;
    await page.goto('/');
    await page.getByRole('button', { name: 'Ouvrir l’article d’exemple' }).click();
    if ((await page.locator('#dct-input').inputValue()) !== '22/04/2022') {
      await page.locator('#dct-input').fill('22/04/2022');
      await page.locator('#dct-input').blur();
    }
    await page
      .getByTestId('timeline')
      .getByRole('option', { name: /26 avril 2022/ })
      .first()
      .click();
    const how = page.locator('.details .mentions');
    await expect(how).toContainText(
      'verbe au futur « se rendra » → le mardi suivant, après ven. 22 avr. 2022',
    );
    await expect(how).not.toContainText(/tense|after|before/);
  });

  test('date fields are written dd/mm/yyyy, typed at the keyboard, and a wrong day is refused with a message', async ({
    page,
    bridge,
  }) => {
    void bridge;
    await page.goto('/');
    await page.getByRole('button', { name: 'Ouvrir l’article d’exemple' }).click();
    const dct = page.locator('#dct-input');
    await dct.fill('31/04/2022');
    await dct.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'jj/mm/aaaa' })).toContainText(
      'Date invalide : écrivez-la sous la forme jj/mm/aaaa',
    );
    await expect(dct).toHaveAttribute('aria-invalid', 'true');
    await dct.fill('22/04/2022');
    await dct.press('Enter');
    await expect(dct).toHaveValue('22/04/2022');
    await expect(dct).toHaveAttribute('aria-invalid', 'false');
    const tuesday = page
      .getByTestId('timeline')
      .getByRole('option', { name: /26 avril 2022/ })
      .first();
    await tuesday.click();
    const from = page.locator('section.details').getByLabel('Du');
    await expect(from).toHaveValue('26/04/2022');
    await from.fill('27/04/2022');
    await from.press('Enter');
    await expect(page.getByTestId('details-date')).toContainText('27 avril 2022');
  });

  test('shows a quarter as « 2e trimestre 2023 »', async ({ page, bridge }) => {
    const path = join(bridge.dir, 'resultats.txt');
    writeFileSync(
      path,
      'Résultats\n\nLes bénéfices ont progressé au deuxième trimestre 2023, selon la société.\n',
    );
    bridge.nextOpen(path);
    await page.goto('/');
    await page.getByRole('button', { name: 'Ouvrir…' }).first().click();
    await page.getByTestId('timeline').getByRole('option').first().click();
    await expect(page.getByTestId('details-date')).toHaveText('2e trimestre 2023');
    await expect(page.locator('section.details').getByLabel('Trimestre')).toHaveValue('2');
  });
});

test('a year, a quarter and a month show and edit at the precision the text gave', async ({
  page,
  bridge,
}) => {
  const path = join(bridge.dir, 'markets.txt');
  writeFileSync(
    path,
    'Markets\n\nThe treaty was signed in 1945 in San Francisco.\n\nProfits rose in the second quarter of 2023, the company said.\n\nThe plant opened in March 2024 after delays.\n',
  );
  bridge.nextOpen(path);
  await page.goto('/');
  await page.getByRole('button', { name: 'Open…' }).first().click();
  const events = page.getByTestId('timeline').getByRole('option');
  await expect(events).toHaveCount(3);
  const when = page.getByTestId('details-date');
  const details = page.locator('section.details');

  await events.nth(0).click();
  await expect(when).toHaveText('1945');
  await expect(details.getByLabel('From')).toHaveCount(0);
  await details.getByLabel('Year').fill('1946');
  await details.getByLabel('Year').press('Enter');
  await expect(when).toContainText('1946');

  await page.getByTestId('article').getByText('the second quarter of 2023').click();
  await expect(when).toHaveText('Q2 2023');
  await details.getByLabel('Quarter').selectOption('3');
  await expect(when).toContainText('Q3 2023');

  await page.getByTestId('article').getByText('March 2024').click();
  await expect(when).toHaveText('March 2024');
  await details.getByLabel('Month').selectOption({ label: 'May' });
  await expect(when).toContainText('May 2024');
});

test('edits say what they did: a date set by hand, a blank label refused, a hidden event brought back from the text', async ({
  page,
  bridge,
}) => {
  void bridge;
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  if ((await page.locator('#dct-input').inputValue()) !== '2022-04-22') {
    await page.locator('#dct-input').fill('2022-04-22');
    await page.locator('#dct-input').press('Enter');
  }
  const options = page.getByTestId('timeline').getByRole('option');
  await expect(options).toHaveCount(7);
  await page
    .getByTestId('timeline')
    .getByRole('option', { name: /26 April 2022/ })
    .first()
    .click();
  const details = page.locator('section.details');
  await expect(details.getByTestId('date-by-hand')).toHaveCount(0);
  await details.getByLabel('From').fill('2022-04-27');
  await details.getByLabel('From').press('Enter');
  await expect(details.getByTestId('date-by-hand')).toHaveText(/Date set by hand/);

  const label = details.getByLabel('Label');
  const before = await label.inputValue();
  await label.fill('   ');
  await label.press('Enter');
  await expect(details.getByRole('alert')).toHaveText('A label cannot be empty: the previous one is kept.');
  await expect(label).toHaveValue(before);

  await details.getByRole('button', { name: 'Hide this event' }).click();
  await expect(options).toHaveCount(6);
  const hiddenDate = page.getByTestId('article').locator('[data-hidden-event]').first();
  await expect(hiddenDate).toHaveAttribute('title', /Hidden event/);
  await hiddenDate.click();
  await details.getByRole('button', { name: 'Show this event' }).click();
  await expect(options).toHaveCount(7);
});

test.describe('French error banners', () => {
  test.use({ uiLang: 'fr', locale: 'fr-FR' });

  test('a file that does not open is explained in French, naming the file', async ({ page, bridge }) => {
    const path = join(bridge.dir, 'vide.txt');
    writeFileSync(path, '   \n');
    bridge.nextOpen(path);
    await page.goto('/');
    await page.getByRole('button', { name: 'Ouvrir…' }).first().click();
    await expect(page.getByRole('alert')).toHaveText(
      /« vide\.txt » est vide ; choisissez un fichier qui contient le texte de l’article\./,
    );
  });
});

test('arrow keys on the status menu only move; Enter applies the status, leaving puts it back', async ({
  page,
  bridge,
}) => {
  void bridge;
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await page.getByTestId('timeline').getByRole('option').first().click();
  const details = page.locator('section.details');
  const status = details.getByLabel('Status');
  const before = await status.inputValue();
  await status.focus();
  await status.press('ArrowDown');
  await expect(details.locator('.swatch')).toHaveAttribute('data-status', before);
  await expect(details.locator('.badge')).toHaveCount(0);
  await page.getByRole('button', { name: 'Hide this event' }).focus();
  await expect(status).toHaveValue(before);

  await status.focus();
  await status.press('ArrowDown');
  const chosen = await status.inputValue();
  expect(chosen).not.toBe(before);
  await status.press('Enter');
  await expect(details.locator('.swatch')).toHaveAttribute('data-status', chosen);
  await expect(details.locator('.badge')).toBeVisible();
});

test('after a file opens, focus is on its timeline: the arrow keys walk the events at once', async ({
  page,
  bridge,
}) => {
  void bridge;
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await expect(page.getByRole('listbox')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('details-date')).toBeVisible();
});
