// The timeline as a daily user meets it: the legend, the wheel and the trackpad, dense stretches, the
// overview of a very long document, the selection of a merged event.

import type { Page } from '@playwright/test';
import { expect, test, type Bridge } from './fixtures';
import { generatedTimeline, writeTimeline } from './generated';

async function openGenerated(
  page: Page,
  bridge: Bridge,
  opts: Parameters<typeof generatedTimeline>[0],
): Promise<void> {
  bridge.nextOpen(writeTimeline(bridge.dir, `gen-${opts.n}`, generatedTimeline(opts)));
  await page.goto('/');
  await page.locator('.empty button').first().click();
  // 10 000 events take a while to open on a loaded 2-core machine: wait longer than the default.
  await expect(page.getByTestId('doc-name')).toContainText(`gen-${opts.n}`, { timeout: 30_000 });
}

const zoom = async (page: Page) => Number(await page.getByTestId('timeline').getAttribute('data-zoom'));
const pan = async (page: Page) => Number(await page.getByTestId('timeline').getAttribute('data-pan'));
const lanesTop = (page: Page) => page.locator('.lanes').evaluate((e) => e.scrollTop);

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

test.describe('wheel and trackpad', () => {
  test('the wheel scrolls, Ctrl+wheel zooms, sideways and Shift+wheel pan; the help line says so', async ({
    page,
    bridge,
  }) => {
    await openGenerated(page, bridge, {
      n: 40,
      start: '2022-03-01',
      days: 20,
      dct: '2022-03-25',
      long: true,
    });
    // More lanes than the window shows (so they scroll), fewer than the overview would cluster.
    await expect(page.locator('.lanes')).toHaveJSProperty('scrollTop', 0);
    await expect(page.getByTestId('cluster')).toHaveCount(0);
    await expect(page.locator('#timeline-help')).toContainText('Ctrl/⌘+wheel or pinch: zoom');
    const tl = page.getByTestId('timeline');
    const box = (await tl.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);

    // At "Fit all", down then up scrolls the lanes down and back, and never zooms.
    await page.mouse.wheel(0, 300);
    await expect.poll(() => lanesTop(page)).toBeGreaterThan(0);
    await page.mouse.wheel(0, -300);
    await expect.poll(() => lanesTop(page)).toBe(0);
    expect(await zoom(page)).toBe(1);

    // Ctrl+wheel up zooms in around the pointer, down zooms back out.
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(() => zoom(page)).toBeGreaterThan(1.5);
    expect(await lanesTop(page)).toBe(0);

    // A sideways swipe pans through time without zooming; Shift+wheel too.
    const k = await zoom(page);
    const x0 = await pan(page);
    await page.mouse.wheel(200, 0);
    await expect.poll(() => pan(page)).toBeLessThan(x0);
    const x1 = await pan(page);
    await page.keyboard.down('Shift');
    await page.mouse.wheel(0, -150);
    await page.keyboard.up('Shift');
    await expect.poll(() => pan(page)).toBeGreaterThan(x1);
    expect(await zoom(page)).toBe(k);
  });

  test('zoomed far in, the edges say how many events lie each side and jump to the nearest', async ({
    page,
    bridge,
  }) => {
    await openSample(page);
    await expect(page.getByTestId('edge-left')).toHaveCount(0);
    // Zoom in as far as it goes: the button then says it is the closest zoom.
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    for (let i = 0; i < 30 && (await zoomIn.isEnabled()); i++) await zoomIn.click();
    await expect(zoomIn).toBeDisabled();
    await expect(zoomIn).toHaveAttribute('title', /Closest zoom/);
    const left = page.getByTestId('edge-left');
    const right = page.getByTestId('edge-right');
    await expect(left.or(right).first()).toBeVisible();
    const total = async () => {
      let n = await page.getByTestId('timeline').locator('g.event').count();
      for (const edge of [left, right])
        if (await edge.count()) n += Number((await edge.textContent())!.match(/(\d+) event/)![1]);
      return n;
    };
    // What is on screen plus what the edges count is every event, none counted twice.
    expect(await total()).toBe(7);
    const edge = (await right.count()) ? right : left;
    const before = await pan(page);
    await edge.click();
    await expect.poll(() => pan(page)).not.toBe(before);
    void bridge;
  });
});

test.describe('overview of a very long document', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test.setTimeout(60_000);
  test('10 000 events at "Fit all": one screen of lanes, clusters that count the rest and expand on zoom', async ({
    page,
    bridge,
  }) => {
    await openGenerated(page, bridge, {
      n: 10_000,
      start: '1992-01-01',
      days: 30 * 365,
      dct: '2022-04-22',
      bursts: 8,
    });
    const tl = page.getByTestId('timeline');
    await expect(tl.locator('g.event').first()).toBeVisible();
    // The lane area is about a screen tall, not thousands of lanes.
    const height = Number(await tl.locator('.lanes svg').getAttribute('height'));
    expect(height).toBeLessThan(800);
    await expect(page.getByTestId('density')).toBeVisible();
    // The axis reads in years.
    await expect(tl.locator('.tick-label').first()).toHaveText(/^\d{4}$/);
    // Every event is either drawn or counted in a cluster.
    const counted = async () => {
      const texts = await tl.getByTestId('cluster').locator('text').allTextContents();
      return texts.reduce((a, t) => a + Number(t.replace(/\D/g, '')), 0);
    };
    const drawn = await tl.locator('g.event').count();
    const clustered = await counted();
    expect(clustered).toBeGreaterThan(9000);
    expect(drawn + clustered).toBe(10_000);
    // A cluster zooms into its stretch: fewer events left in clusters on screen.
    await tl.getByTestId('cluster').nth(2).click();
    await expect.poll(() => zoom(page)).toBeGreaterThan(2);
    await expect.poll(counted).toBeLessThan(clustered);
    // Stepping through a burst at "Fit all" soon selects an event counted in a cluster: it is drawn
    // anyway, on its own row under the clusters.
    await page.getByRole('button', { name: 'Fit all' }).click();
    await tl.focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
    const selected = tl.locator('g.event.selected');
    await expect(selected).toBeVisible();
    await expect(selected).toHaveAttribute('transform', /translate\(0,-?\d+/);
  });
});

test.describe('a dense fortnight', () => {
  for (const size of [{ width: 1280, height: 800 }])
    test(`22 events in two weeks are all readable at ${size.width} × ${size.height}`, async ({
      page,
      bridge,
    }) => {
      await page.setViewportSize(size);
      await openGenerated(page, bridge, {
        n: 22,
        start: '2022-04-04',
        days: 14,
        dct: '2022-04-20',
        long: true,
      });
      const tl = page.getByTestId('timeline');
      const lanes = (await page.locator('.lanes').boundingBox())!;
      // Nothing selected: the details shrink to one line and the timeline takes the height.
      expect((await page.getByRole('region', { name: 'Details' }).boundingBox())!.height).toBeLessThan(90);
      // Every event is drawn, inside the window, without scrolling; no two labels overlap.
      await expect(tl.locator('g.event')).toHaveCount(22);
      await expect(page.getByTestId('cluster')).toHaveCount(0);
      const boxes = await tl
        .locator('g.event text')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      for (const b of boxes) {
        expect(b.bottom).toBeLessThanOrEqual(lanes.y + lanes.height + 1);
        expect(b.right).toBeLessThanOrEqual(size.width);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `labels ${i} and ${j} overlap`).toBe(true);
        }
      // Selecting the lowest event opens the details; the event stays in view above them.
      const last = tl.locator('g.event').last();
      await last.locator('.marker').click();
      await expect(page.getByRole('region', { name: 'Details' })).not.toContainText('Select an event');
      await expect
        .poll(async () => {
          const box = (await last.boundingBox())!;
          const view = (await page.locator('.lanes').boundingBox())!;
          return box.y >= view.y - 1 && box.y + box.height <= view.y + view.height + 1;
        })
        .toBe(true);
      // The publication date's source is shown whole.
      const source = page.locator('#dct-source');
      await expect(source).toBeVisible();
      await expectClearOfActions(page);
      expect(await source.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
      expect((await source.boundingBox())!.x + (await source.boundingBox())!.width).toBeLessThanOrEqual(
        size.width,
      );
    });

  for (const width of [1280, 1024])
    test(`the source of the publication date is whole at ${width} px`, async ({ page, bridge }) => {
      void bridge;
      await page.setViewportSize({ width, height: 768 });
      await openSample(page);
      const source = page.locator('#dct-source');
      await expect(source).toContainText('page metadata');
      const box = (await source.boundingBox())!;
      expect(box.width).toBeGreaterThan(100);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(await source.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
      await expectClearOfActions(page);
    });
});

/** The date's source and the command buttons never overlap (one would hide the other). */
async function expectClearOfActions(page: Page): Promise<void> {
  const s = (await page.locator('#dct-source').boundingBox())!;
  const a = (await page.getByRole('navigation', { name: 'Commands' }).boundingBox())!;
  const apart =
    s.x + s.width <= a.x || a.x + a.width <= s.x || s.y + s.height <= a.y || a.y + a.height <= s.y;
  expect(apart, 'the publication date’s source runs under the buttons').toBe(true);
}

test.describe('selection', () => {
  test('a merged event shows every sentence the article highlights; the hover summary leaves on click', async ({
    page,
    bridge,
  }) => {
    void bridge;
    await openSample(page);
    const tl = page.getByTestId('timeline');
    // The visit is told in the headline and again in the first paragraph.
    const visit = tl.getByRole('option', { name: /Guterres se rendra à Moscou.*26 April 2022/ });
    await visit.hover();
    const tip = page.getByTestId('tooltip');
    await expect(tip).toContainText('26 April 2022');
    // The summary sits in a corner, over none of the events.
    const tipBox = (await tip.boundingBox())!;
    for (const box of await tl
      .locator('g.event')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      const apart =
        tipBox.x >= box.right ||
        tipBox.x + tipBox.width <= box.left ||
        tipBox.y >= box.bottom ||
        tipBox.y + tipBox.height <= box.top;
      expect(apart).toBe(true);
    }
    await visit.locator('.marker').click();
    await expect(tip).toHaveCount(0);
    const highlighted = page.getByTestId('article').locator('.claim-selected, .mention.in-claim');
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.locator('blockquote').nth(1)).toBeVisible();
    const quotes = (await details.locator('blockquote').allTextContents()).map((q) =>
      q.trim().replace(/\s+/g, ' '),
    );
    await expect(details).toContainText(`${quotes.length} sentences tell it`);
    // The same sentences as the article highlights: each quote is highlighted, each highlight quoted.
    const marked = (await highlighted.allTextContents()).join('').replace(/\s+/g, ' ');
    for (const q of quotes) expect(marked).toContain(q);
    expect(marked.replace(/ /g, '').length).toBeLessThanOrEqual(quotes.join('').replace(/ /g, '').length * 2);
  });
});
