/**
 * What a newsroom and a phone reader need (issue "Embeds a newsroom configures"): no blank page
 * below the footer; an embed that shows its whole title (or none), fits its frame and passes axe
 * at every width; the embed options; pym.js's height messages; and an image that names its sources
 * and is drawn sharp.
 */
import AxeBuilder from '@axe-core/playwright';
import {test, expect, waitForMap} from './fixtures.ts';
import {serveHostPage} from './host-page.ts';

for (const size of [
  {width: 360, height: 740},
  {width: 1280, height: 800},
  {width: 1920, height: 1080},
]) {
  test(`nothing but the footer at the end of the page at ${size.width} px`, async ({page}) => {
    await page.setViewportSize(size);
    await page.goto('./');
    await waitForMap(page, 'idle-or-fallback');
    const below = await page.evaluate(() => {
      const footer = document.querySelector('.site-footer')!.getBoundingClientRect();
      return document.documentElement.scrollHeight - (footer.bottom + window.scrollY);
    });
    expect(below).toBeLessThanOrEqual(1);
  });
}

for (const width of [280, 320, 360, 600, 900]) {
  test(`an embed ${width} px wide shows its whole title, fits its frame, and passes axe`, async ({page}) => {
    await page.setViewportSize({width, height: 900});
    await page.goto('./?embed=1');
    await waitForMap(page, 'idle-or-fallback');
    const title = page.getByRole('heading', {level: 1});
    await expect(title).toBeVisible();
    const fit = await title.evaluate((h1) => ({cut: h1.scrollWidth > h1.clientWidth + 1, width: h1.getBoundingClientRect().width}));
    expect(fit.cut).toBe(false);
    expect(fit.width).toBeGreaterThan(width / 2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // The credit line, with the way to the full page.
    await expect(page.locator('.embed-credit')).toContainText('Sources:');
    await expect(page.locator('.embed-credit').getByRole('link', {name: 'Open full page'})).toBeVisible();
    const results = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('plain=1 leaves out the title row, for articles with their own headline', async ({page}) => {
  await page.setViewportSize({width: 600, height: 900});
  await page.goto('./?embed=1&plain=1');
  await waitForMap(page, 'idle-or-fallback');
  // Still there for screen readers, but takes no room.
  const box = await page.getByRole('heading', {level: 1}).boundingBox();
  expect(box!.width).toBeLessThanOrEqual(1);
});

test('an embed is light unless its host asks otherwise, whatever the reader’s system says', async ({browser, baseURL}) => {
  const context = await browser.newContext({colorScheme: 'dark'});
  const page = await context.newPage();
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme ?? 'system');
  await page.goto(`${baseURL}?embed=1`);
  expect(await theme()).toBe('light');
  await page.goto(`${baseURL}?embed=1&theme=dark`);
  expect(await theme()).toBe('dark');
  await page.goto(`${baseURL}?embed=1&theme=auto`);
  expect(await theme()).toBe('system');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(31, 31, 31)');
  await context.close();
});

test('hide= drops the key, the estimates and the Share button', async ({page}) => {
  await page.goto('./?embed=1&hide=key,estimates,share');
  await waitForMap(page, 'idle-or-fallback');
  await expect(page.getByRole('region', {name: 'Key'})).toBeHidden();
  await expect(page.getByTestId('estimate-note')).toBeHidden();
  await expect(page.locator('.timeline__estimate-label').first()).toBeHidden();
  await expect(page.getByRole('button', {name: 'Share'})).toBeHidden();
  await page.goto('./?embed=1&hide=nothing-real');
  await expect(page.getByRole('button', {name: 'Share'})).toBeVisible();
});

test('step=N opens the guided story at that step, and autoplay=1 plays it', async ({page}) => {
  await page.goto('./?step=3');
  await waitForMap(page, 'idle-or-fallback');
  const story = page.getByRole('region', {name: 'Story'});
  await expect(story).toContainText(/Step 3 of \d+/);
  await page.goto('./?embed=1&step=3&autoplay=1');
  await expect(page.getByRole('region', {name: 'Story'}).getByRole('button', {name: 'Pause story'})).toBeVisible();
  await page.goto('./?embed=1&autoplay=1&date=2021-11-02');
  await expect(page.getByRole('button', {name: 'Pause'})).toBeVisible();
});

test('autoplay is ignored for a reader who prefers less motion', async ({browser, baseURL}) => {
  const context = await browser.newContext({reducedMotion: 'reduce'});
  const page = await context.newPage();
  await page.goto(`${baseURL}?embed=1&autoplay=1&date=2021-11-02`);
  await page.locator('#map:not([data-map-state="loading"])').waitFor({state: 'attached'});
  await expect(page.getByRole('button', {name: 'Play'})).toBeVisible();
  await expect(page.getByRole('slider', {name: 'Timeline'})).toHaveAttribute('aria-valuetext', '2 November 2021');
  await context.close();
});

test('the Share dialog offers the embed options, and the embed code follows them', async ({page}) => {
  await page.goto('./');
  await waitForMap(page, 'idle-or-fallback');
  await page.getByRole('button', {name: 'Share'}).click();
  const code = page.getByLabel('Embed code');
  await expect(code).toHaveValue(/embed=1&amp;id=ukraine-january-2022&amp;theme=light/);
  await page.getByLabel('Colours').selectOption('dark');
  await page.getByLabel('No title').check();
  await page.getByLabel('Leave out the key').check();
  await page.getByLabel('Leave out the Share button').check();
  await page.getByLabel('Play on load').check();
  await page.getByLabel('Open on the guided story').selectOption('2');
  await expect(code).toHaveValue(
    /step=2&amp;embed=1&amp;id=ukraine-january-2022&amp;theme=dark&amp;plain=1&amp;hide=key%2Cshare&amp;autoplay=1/,
  );
});

test('a frame pym.js made hears its height in pym’s own words', async ({page, baseURL}) => {
  const host = await serveHostPage(
    `<iframe src="${baseURL}?embed=1&childId=graphic-1" title="Map" style="width:600px;height:900px;border:0"></iframe>`,
  );
  await page.goto(host.url);
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as {received: unknown[]}).received.find((m) => typeof m === 'string' && m.startsWith('pymxPYMx')),
      ),
    )
    .toMatch(/^pymxPYMxgraphic-1xPYMxheightxPYMx\d+$/);
  host.close();
});

test('the image says what the view shows, names its sources, and draws the map at its own resolution', async ({page}) => {
  await page.addInitScript(() => {
    const texts: string[] = [];
    const sources: number[] = [];
    (window as unknown as {drawn: {texts: string[]; sources: number[]}}).drawn = {texts, sources};
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, ...rest: [number, number]) {
      texts.push(text);
      return fillText.call(this, text, ...rest);
    };
    const drawImage = CanvasRenderingContext2D.prototype.drawImage as (...args: unknown[]) => void;
    CanvasRenderingContext2D.prototype.drawImage = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
      const image = args[0] as {width?: number};
      if (image instanceof HTMLCanvasElement) sources.push(image.width);
      return drawImage.apply(this, args);
    } as typeof CanvasRenderingContext2D.prototype.drawImage;
  });
  await page.goto('./');
  await waitForMap(page, 'idle');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Download image'}).click()]);
  expect(download.suggestedFilename()).toBe('russia-ukraine-2022-01-13.png');
  const drawn = await page.evaluate(() => (window as unknown as {drawn: {texts: string[]; sources: number[]}}).drawn);
  const text = drawn.texts.join(' ');
  expect(text).toContain('The situation on 13 January 2022');
  expect(text).not.toContain('no event selected');
  expect(text).toMatch(/Sources: .*U\.S\. Department of State/);
  expect(text).not.toContain('Every place and event is sourced on the page');
  // The map was drawn as wide as it is in the image (1,136 px at twice the size), not enlarged.
  expect(Math.max(...drawn.sources)).toBeGreaterThanOrEqual(2272);
});
