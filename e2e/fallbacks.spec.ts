import {test, expect, waitForMap, placeButtons, clickPlace} from './fixtures.ts';
import {downloadViewImage} from './export-image.ts';

test.describe('when the data cannot be loaded', () => {
  test('a failed request shows an alert with Retry, and Retry recovers', async ({page}) => {
    let fail = true;
    await page.route('**/data/story.json', (route) => (fail ? route.fulfill({status: 503, body: 'unavailable'}) : route.fallback()));
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The map’s data could not be loaded.');
    await expect(alert).toContainText('503');
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    fail = false;
    await alert.getByRole('button', {name: 'Retry'}).click();
    await waitForMap(page, 'idle-or-fallback');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(placeButtons(page).first()).toBeVisible();
  });

  test('malformed JSON shows an alert, not a blank page', async ({page}) => {
    await page.route('**/data/geography.json', (route) =>
      route.fulfill({status: 200, contentType: 'application/json', body: '{"type": "Topo'}),
    );
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('not valid JSON');
    await expect(page.getByRole('alert').getByRole('button', {name: 'Retry'})).toBeVisible();
  });
});

test('a font that never arrives holds the page back for half a second at most, then the page works in a fallback font', async ({page}) => {
  test.setTimeout(60_000); // the image export gives up on the font after three seconds
  // The font never answers: only the time limit can show the page.
  await page.route('**/fonts/*.woff2', () => new Promise<void>(() => {}));
  await page.goto('./', {waitUntil: 'commit'});
  // The page is shown (its first paint is not held for a font that never comes) …
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length === 1);
  await expect(page.locator('html')).not.toHaveClass(/is-paint-held/);
  await expect(page.getByRole('heading', {level: 1})).toBeVisible();
  // … and the map is drawn, its labels in the fallback font.
  await page.locator('#map[data-map-state="svg"]').waitFor({state: 'attached'});
  await expect(page.locator('.map-overlay [data-label]').first()).toBeVisible();
  // The image export does not wait for it forever either.
  const image = await downloadViewImage(page);
  expect(image.width).toBe(2400);
  expect(image.mapColours).toBeGreaterThan(50);
});

test('text from the data is shown as text, never run as markup', async ({page, record}) => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await page.route('**/data/story.json', async (route) => {
    const response = await route.fetch();
    const story = (await response.json()) as {events: {id: string; title: string; summary: string}[]};
    for (const event of story.events) {
      if (event.id === 'osce-permanent-council') {
        event.title = `Vienna ${payload}`;
        event.summary = payload;
      }
    }
    await route.fulfill({response, json: story});
  });
  await page.goto('./');
  await waitForMap(page, 'idle-or-fallback');
  await clickPlace(page, 'Vienna');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', {name: `Vienna ${payload}`})).toBeVisible();
  expect(await panel.locator('img, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined();
  expect(record.requests.some((url) => url.endsWith('/x'))).toBe(false);
});
