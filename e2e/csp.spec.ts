// The page under the exact Content-Security-Policy main sends with every app:// response
// (src/main/services/csp.ts): no inline style or script anywhere, and nothing the app does is refused.

import { CONTENT_SECURITY_POLICY } from '../src/main/services/csp';
import { expect, test } from './fixtures';

test('the app works under its strict CSP, and the CSP is really enforced', async ({ page, bridge }) => {
  void bridge;
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    if (route.request().resourceType() === 'document')
      headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    await route.fulfill({ response, headers });
  });
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/.test(m.text())) refused.push(m.text());
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await expect(page.getByTestId('article')).toContainText('Antonio Guterres se rendra à Moscou');
  await page.getByTestId('timeline').getByRole('option').first().click();
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.getByRole('grid').or(page.getByRole('table')).first()).toBeVisible();
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(refused).toEqual([]);
  // And it is enforced: an inline style attribute is refused (so the check above can fail).
  await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.innerHTML = '<p style="color: red">probe</p>';
    document.body.append(probe);
  });
  await expect.poll(() => refused.length).toBe(1);
});
