// Opening article files through the real main-process loader (issue: every common format, clear errors).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeZip } from '../src/main/services/articleFixtures';
import { expect, test } from './fixtures';

const PAGE = `<!doctype html>
<html lang="en"><head>
  <meta charset="utf-8"><title>Council approves budget | The Daily Example</title>
  <meta property="article:published_time" content="2023-03-03T09:00:00Z">
  <script>document.title = 'hijacked'</script>
  <style>.cookie { position: fixed }</style>
</head><body>
  <div class="cookie-banner" id="cookie-consent">We use cookies. <button>Accept all cookies</button></div>
  <nav class="site-nav"><a href="/">Home</a> <a href="/sport">Sport section</a> <a href="/weather">Weather section</a></nav>
  <article>
    <h1>Council approves budget</h1>
    <p>The city council approved the budget on Tuesday after a long debate, the mayor said on Friday.</p>
    <p>The new rates will take effect next month, and a review is planned for next year.</p>
    <p>Opponents said they would challenge the vote in court before the end of the summer, which several councillors expect.</p>
  </article>
  <aside class="advert">Advertisement: buy shoes</aside>
  <footer class="site-footer">© The Daily Example · Privacy policy · Terms of use</footer>
</body></html>`;

test('an HTML page opens as its article: headline and paragraphs, no navigation, cookie banner or footer', async ({
  page,
  bridge,
}) => {
  const file = join(bridge.dir, 'budget.html');
  writeFileSync(file, PAGE);
  await page.goto('/');
  bridge.nextOpen(file);
  await page.getByRole('button', { name: 'Open…' }).first().click();
  const article = page.getByTestId('article');
  await expect(article).toContainText('Council approves budget');
  await expect(article).toContainText('The city council approved the budget on Tuesday');
  for (const furniture of ['Sport section', 'Accept all cookies', 'Privacy policy', 'buy shoes', 'hijacked'])
    await expect(article).not.toContainText(furniture);
  // The page's script never ran, and its publication date anchors the weekdays.
  await expect(page).toHaveTitle(/budget\.html — Factline/);
  await expect(page.locator('#dct-input')).toHaveValue('2023-03-03');
  await expect(
    page
      .getByTestId('timeline')
      .getByRole('option', { name: /28 February 2023/ })
      .first(),
  ).toBeVisible();
});

test('a binary file gets its own message while the article already open stays', async ({ page, bridge }) => {
  const good = join(bridge.dir, 'budget.html');
  writeFileSync(good, PAGE);
  const bad = join(bridge.dir, 'scan.pdf');
  writeFileSync(bad, Buffer.from('this is not a PDF at all, only text with a .pdf name'));
  await page.goto('/');
  bridge.nextOpen(good);
  await page.getByRole('button', { name: 'Open…' }).first().click();
  await expect(page.getByTestId('article')).toContainText('Council approves budget');
  bridge.nextOpen(bad);
  await page.getByRole('button', { name: 'Open…' }).first().click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('scan.pdf');
  await expect(page.getByTestId('article')).toContainText('Council approves budget');
  await expect(page).toHaveTitle(/budget\.html — Factline/);
});

test('a Word zip bomb is refused with a banner naming the file and the limit; the open article stays', async ({
  page,
  bridge,
}) => {
  const good = join(bridge.dir, 'budget.html');
  writeFileSync(good, PAGE);
  // 20 MB of one repeated paragraph in a .docx of some 20 kB.
  const paragraph = '<w:p><w:r><w:t>Le 3 mars 2022.</w:t></w:r></w:p>';
  const bomb = join(bridge.dir, 'bomb.docx');
  writeFileSync(
    bomb,
    makeZip({
      'word/document.xml': `<w:document><w:body>${paragraph.repeat(400_000)}</w:body></w:document>`,
    }),
  );
  await page.goto('/');
  bridge.nextOpen(good);
  await page.getByRole('button', { name: 'Open…' }).first().click();
  await expect(page.getByTestId('article')).toContainText('Council approves budget');
  bridge.nextOpen(bomb);
  await page.getByRole('button', { name: 'Open…' }).first().click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('bomb.docx');
  await expect(alert).toContainText('more than 200 times its size');
  await expect(page.getByTestId('article')).toContainText('Council approves budget');
});
