// axe-core on what a user goes through — the empty state, a loaded article, the list view and the export
// dialog — in both themes and both interface languages: no violation.
//
// One rule is left out on the timeline's event markers only: `label-content-name-mismatch` on
// `[data-testid=timeline] g.event` (an SVG option's wrapped, cut label is not found word for word in its
// accessible name). TimelinePane.svelte belongs to another part of issue 11; the exclusion is listed here
// so it is seen, and goes when the markers are fixed.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function violations(page: Page): Promise<string[]> {
  // One after the other: axe runs once at a time in a page.
  const all = await new AxeBuilder({ page }).disableRules(['label-content-name-mismatch']).analyze();
  const markers = await new AxeBuilder({ page })
    .withRules(['label-content-name-mismatch'])
    .exclude('[data-testid=timeline] g.event')
    .analyze();
  return [...all.violations, ...markers.violations].map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const COMBOS = [
  ['en', 'light'],
  ['fr', 'dark'],
  ['en', 'dark'],
  ['fr', 'light'],
] as const;

for (const [lang, scheme] of COMBOS) {
  test.describe(`${lang} interface, ${scheme} theme`, () => {
    test.use({ uiLang: lang, locale: lang === 'fr' ? 'fr-FR' : 'en-GB', colorScheme: scheme });

    test('empty state, loaded article, list view and export dialog have no axe violation', async ({
      page,
      bridge,
    }) => {
      void bridge;
      const fr = lang === 'fr';
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await violations(page), 'empty state').toEqual([]);

      await page
        .getByRole('button', { name: fr ? 'Ouvrir l’article d’exemple' : 'Open the sample article' })
        .click();
      const options = page.getByTestId('timeline').getByRole('option');
      await expect(options).toHaveCount(7);
      await options.nth(2).click();
      await expect(page.getByTestId('details-date')).toBeVisible();
      expect(await violations(page), 'loaded article').toEqual([]);

      await page.getByRole('button', { name: fr ? 'Liste' : 'List', exact: true }).click();
      await expect(page.getByRole('columnheader').first()).toBeVisible();
      expect(await violations(page), 'list view').toEqual([]);

      await page
        .getByRole('button', { name: fr ? 'Exporter…' : 'Export…' })
        .first()
        .click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await violations(page), 'export dialog').toEqual([]);
    });
  });
}
