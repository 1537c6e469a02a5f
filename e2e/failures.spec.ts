import {test, expect, waitForMap, clickPlace, placeButtons} from './fixtures.ts';

test('when the WebGL context is lost mid-session, the SVG map takes over and everything keeps working', async ({page, record}) => {
  await page.goto('./');
  await waitForMap(page);
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
    canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext();
  });
  await waitForMap(page, 'fallback');
  await expect(page.locator('.svg-map')).toBeVisible();
  await expect(page.locator('#map-note')).toHaveText(/graphics context was lost/);
  await clickPlace(page, 'Brussels');
  await expect(page.getByRole('heading', {level: 2, name: 'Brussels'})).toBeVisible();
  const slider = page.getByRole('slider', {name: 'Timeline'});
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '13 January 2022');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '14 January 2022');
  expect(record.errors.filter((e) => !/WebGL|context/i.test(e))).toEqual([]);
});

for (const width of [280, 3840]) {
  test(`a ${width} px wide window shows everything, with nothing wider than the window`, async ({page}) => {
    await page.setViewportSize({width, height: width > 2000 ? 2160 : 640});
    await page.goto('./');
    await waitForMap(page, 'idle-or-fallback');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    expect(await placeButtons(page).count()).toBeGreaterThan(10);
    const slider = page.getByRole('slider', {name: 'Timeline'});
    await slider.focus();
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', '24 February 2022');
    await expect(page.getByRole('complementary').getByRole('heading', {level: 2})).toHaveText(
      'Russia launches a full-scale invasion of Ukraine',
    );
  });
}

test('on a slow network the page is readable before the map arrives, with a loading indicator', async ({page}) => {
  const client = await page.context().newCDPSession(page);
  await client.send('Network.enable');
  // About a slow 3G connection: 400 kbit/s down, 400 ms latency.
  await client.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: 50_000,
    uploadThroughput: 50_000,
  });
  await page.goto('./', {waitUntil: 'commit'});
  await expect(page.getByRole('heading', {level: 1})).toBeVisible();
  await expect(page.getByText('Loading the map…')).toBeVisible();
  expect(await page.locator('#map').getAttribute('data-map-state')).toBe('loading');
  await waitForMap(page, 'idle-or-fallback');
  await expect(page.getByText('Loading the map…')).toBeHidden();
});
