// The timeline as a daily user meets it: the legend, the wheel and the trackpad, dense stretches, the
// overview of a very long document, the selection of a merged event.

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function openSample(page: Page): Promise<void> {
  await page.goto('/');
  await page.locator('.empty button').nth(1).click();
  await expect(page.getByTestId('article')).toContainText('Antonio Guterres se rendra à Moscou');
  await page.locator('#dct-input').fill('2022-04-22');
  await page.locator('#dct-input').blur();
  await expect(page.getByTestId('timeline').locator('g.event')).toHaveCount(7);
}

test.describe('legend', () => {
  test('names every status with the shape its markers have', async ({ page, bridge }) => {
    void bridge;
    await openSample(page);
    const legend = page.getByTestId('legend');
    await expect(legend).toContainText(
      /happened.*reported.*planned.*demanded.*denied.*approximate date.*publication date.*gap in time/,
    );
    // The demanded marker on the timeline and the legend's demanded swatch are the same triangle.
    const onTimeline = page.locator('g.event[data-status="demanded"] .marker').first();
    const inLegend = legend.locator('li[data-status="demanded"] .marker');
    const shape = (d: string | null) => (d ?? '').replace(/[\d.-]+/g, '#');
    expect(shape(await inLegend.getAttribute('d'))).toBe(shape(await onTimeline.getAttribute('d')));
    expect(await legend.locator('li[data-status="planned"] .marker').evaluate((e) => e.tagName)).toBe(
      'circle',
    );
  });

  test.describe('in French', () => {
    test.use({ uiLang: 'fr' });
    test('is written in French', async ({ page, bridge }) => {
      void bridge;
      await openSample(page);
      await expect(page.getByTestId('legend')).toContainText(
        /passé.*rapporté.*prévu.*demandé.*démenti.*date approximative.*date de publication/,
      );
    });
  });
});
