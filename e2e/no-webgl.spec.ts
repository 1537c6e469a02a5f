import {chromiumLaunchOptions} from '../scripts/chromium.mjs';
import {test, expect, waitForMap, clickPlace} from './fixtures.ts';
import {downloadViewImage} from './export-image.ts';

// A browser with WebGL switched off, as some locked-down machines and old phones are.
const launch = chromiumLaunchOptions();
test.use({launchOptions: {...launch, args: [...launch.args, '--disable-webgl']}});

test('without WebGL the SVG map stays, with a note, and places still open', async ({page, record}) => {
  await page.goto('./');
  await waitForMap(page, 'fallback');
  await expect(page.locator('.svg-map')).toBeVisible();
  await expect(page.locator('.svg-map path').first()).toBeAttached();
  expect(await page.locator('.map-overlay .svg-map__site').count()).toBeGreaterThan(5);
  await expect(page.getByRole('status')).toHaveText(/Showing a simplified map/);
  await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
  // MapLibre's code is not even downloaded.
  expect(record.requests.some((url) => url.includes('maplibre'))).toBe(false);
  await clickPlace(page, 'Brussels');
  await expect(page.getByRole('heading', {level: 2, name: 'Brussels'})).toBeVisible();
  expect(record.errors).toEqual([]);
});

test('without WebGL "Download image" draws the SVG map', async ({page, record}) => {
  await page.goto('./?event=nato-russia-council');
  await waitForMap(page, 'fallback');
  const image = await downloadViewImage(page);
  expect(image.fileName).toBe('russia-ukraine-2022-01-12-nato-russia-council.png');
  expect(image.width).toBe(2400);
  expect(image.mapColours).toBeGreaterThan(20);
  expect(record.errors).toEqual([]);
});
