// The first screen on a large monitor: what opens, in which languages, with which keys, and what comes out.

import { expect, test } from './fixtures';

test.use({ viewport: { width: 1920, height: 1080 } });

test('at 1920 × 1080 the first screen shows the sample’s timeline, the formats, languages and shortcuts', async ({
  page,
  bridge,
}) => {
  void bridge;
  await page.goto('/');
  const empty = page.locator('section.empty');
  await expect(empty.getByRole('heading', { level: 1 })).toBeVisible();
  // It uses the width: the card and the preview side by side over most of the window.
  const box = (await empty.boundingBox())!;
  expect(box.width).toBeGreaterThan(1920 * 0.6);
  const preview = page.getByRole('img', { name: /Timeline of the sample article/ });
  await expect(preview).toBeVisible();
  expect(await preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page.getByTestId('formats').getByRole('listitem')).toHaveText([
    'Plain text (.txt)',
    'Web page (.html)',
    'Markdown (.md)',
    'Word (.docx)',
    'PDF (.pdf)',
    'Saved timeline (.factline.json)',
  ]);
  await expect(page.getByTestId('languages')).toContainText('French and English');
  const shortcuts = page.getByTestId('shortcuts');
  await expect(shortcuts).toContainText('Ctrl+O');
  await expect(shortcuts).toContainText('Zoom at the pointer');
  // Nothing runs off the window.
  for (const el of await empty.locator('h1, h2, li, dt, dd, img, button').all()) {
    const b = (await el.boundingBox())!;
    expect(b.x + b.width).toBeLessThanOrEqual(1920);
  }
  // The preview is a way in: it opens the sample.
  await preview.click();
  await expect(page.getByTestId('article')).toContainText('Antonio Guterres se rendra à Moscou');
});

test.describe('in French', () => {
  test.use({ uiLang: 'fr' });
  test('the first screen is in French', async ({ page, bridge }) => {
    void bridge;
    await page.goto('/');
    await expect(page.getByRole('img', { name: /Frise de l’article d’exemple/ })).toBeVisible();
    await expect(page.getByTestId('formats')).toContainText('Page web (.html)');
    await expect(page.getByTestId('languages')).toContainText('Français et anglais');
    await expect(page.getByTestId('shortcuts')).toContainText('Ctrl+Maj+Z');
  });
});
