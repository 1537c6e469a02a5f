/**
 * Hardening, round two: a flood of host commands settles at once; a WebGL context lost before the
 * map has started leaves no dead controls; "Download image" offline says so on screen; the embed
 * code's listener resizes only our frames, to a sane height; the Share dialog follows the view;
 * and a page that cannot start, or whose data is answered with a web page, says why.
 */
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {test, expect, waitForMap} from './fixtures.ts';
import {embedCodeFromShareDialog, serveHostPage} from './host-page.ts';

test('a burst of a thousand host commands settles within a few frames, on the last one', async ({page, baseURL}) => {
  const host = await serveHostPage(
    `<iframe src="${baseURL}?embed=1&id=flood" title="Map" style="width:600px;height:900px;border:0"></iframe>`,
  );
  await page.goto(host.url);
  const frame = page.frameLocator('iframe');
  await frame.locator('#map:not([data-map-state="loading"])').waitFor({state: 'attached'});
  const {afterBurst} = await page.evaluate(async () => {
    const target = document.querySelector('iframe')!.contentWindow!;
    const states = () =>
      (window as unknown as {received: unknown[]}).received.filter((m) => (m as {type?: string})?.type === 'state').length;
    const events = ['nato-russia-council', 'osce-permanent-council', 'geneva-strategic-stability-dialogue'];
    for (let i = 0; i < 1000; i++) target.postMessage({type: 'select', event: events[i % 3]}, '*');
    target.postMessage({type: 'select', date: '2022-02-01'}, '*');
    const before = states();
    // Twenty frames after the burst: the embed has said where it ended up, and no more.
    for (let i = 0; i < 20; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    return {afterBurst: states() - before};
  });
  expect(afterBurst).toBeLessThanOrEqual(3);
  await expect(frame.getByRole('slider', {name: 'Timeline'})).toHaveAttribute('aria-valuetext', '1 February 2022');
  host.close();
});

test('a WebGL context lost before the map has started leaves the SVG map, with no dead controls', async ({page}) => {
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: Parameters<typeof getContext>) {
      const context = getContext.apply(this, args);
      // MapLibre's canvas loses its context as soon as it has one, before the style has loaded.
      if (args[0] === 'webgl2' && this.classList.contains('maplibregl-canvas') && context)
        setTimeout(() => (context as WebGL2RenderingContext).getExtension('WEBGL_lose_context')?.loseContext(), 0);
      return context;
    } as typeof getContext;
  });
  await page.goto('./');
  await waitForMap(page, 'fallback');
  await expect(page.locator('.maplibre-map')).toHaveCount(0);
  await expect(page.getByRole('button', {name: 'Zoom in'})).toHaveCount(0);
  await expect(page.locator('#map-note')).toHaveText(/could not start/);
});

test('"Download image" without a connection says so on the screen, not only to screen readers', async ({page}) => {
  await page.goto('./');
  await waitForMap(page, 'idle-or-fallback');
  // The export's code is loaded when first asked for: offline, it cannot be.
  await page.route(/\/assets\/(view-image|map-image|svg-image)-.*\.js$/, (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', {name: 'Download image'}).click();
  const alert = page.getByRole('alert').filter({hasText: 'The image could not be made'});
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Check the connection');
});

test('Share without a connection says so, and opens once the connection is back', async ({page}) => {
  await page.goto('./');
  await waitForMap(page, 'idle-or-fallback');
  // The dialog's code is loaded when the reader first presses Share: offline, it cannot be.
  const offline = /\/assets\/share-panel-.*\.js$/;
  await page.route(offline, (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', {name: 'Share'}).click();
  const alert = page.getByRole('alert').filter({hasText: 'The Share dialog could not be opened'});
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Check the connection');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // A failed load is not remembered: the next press tries again.
  await page.unroute(offline);
  await page.getByRole('button', {name: 'Share'}).click();
  await expect(page.getByRole('dialog', {name: 'Share this view'})).toBeVisible();
  await expect(alert).toBeHidden();
});

test('the embed code resizes only the map’s own frames, and only to a sane height', async ({page, baseURL}) => {
  const code = await embedCodeFromShareDialog(page, './', 'map-a');
  // An advert on the article, from another site, posting a Datawrapper height for itself.
  const advert = createServer((_, response) =>
    response
      .writeHead(200, {'content-type': 'text/html'})
      .end(
        '<script>parent.postMessage({"datawrapper-height": {"ad": 100000}}, "*"); setInterval(function () { parent.postMessage({"datawrapper-height": {"ad": 100000}}, "*"); }, 200);</script>',
      ),
  );
  await new Promise<void>((resolve) => advert.listen(0, '127.0.0.1', resolve));
  const advertUrl = `http://127.0.0.1:${(advert.address() as AddressInfo).port}/`;
  const host = await serveHostPage(`${code}<iframe id="advert" src="${advertUrl}" style="height:250px"></iframe>`);
  await page.goto(host.url);
  await page.locator('iframe#map-a').scrollIntoViewIfNeeded();
  // The map's frame takes its content's height…
  await expect.poll(() => page.locator('iframe#map-a').evaluate((f) => (f as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
  // …the advert's stays as the article set it, and a height from the map's site beyond sense is ignored.
  await page.waitForFunction(() => (window as unknown as {received: unknown[]}).received.some((m) => JSON.stringify(m).includes('"ad"')));
  expect(await page.locator('iframe#advert').evaluate((f) => (f as HTMLIFrameElement).style.height)).toBe('250px');
  await page
    .frameLocator('iframe#map-a')
    .locator('body')
    .evaluate(() => parent.postMessage({'datawrapper-height': {'map-a': 100000}}, '*'));
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  // The frame keeps the last sane height the map itself reported. (The map may still report a new
  // one while it lays out, so the height read before the message is not the reference.)
  const [frameHeight, lastSaneHeight] = await page.evaluate((): [string, number | undefined] => {
    const heights = (window as unknown as {received: unknown[]}).received
      .map((m) => (m as {'datawrapper-height'?: Record<string, number>})?.['datawrapper-height']?.['map-a'])
      .filter((h): h is number => typeof h === 'number' && h !== 100000);
    return [(document.getElementById('map-a') as HTMLIFrameElement).style.height, heights.at(-1)];
  });
  expect(lastSaneHeight).toBeGreaterThan(0);
  expect(frameHeight).toBe(`${Math.round(lastSaneHeight!)}px`);
  expect(new URL(baseURL!).origin).not.toBe(new URL(advertUrl).origin);
  host.close();
  advert.close();
});

test('the Share dialog follows the view when the host page changes it', async ({page, baseURL}) => {
  const host = await serveHostPage(
    `<iframe src="${baseURL}?embed=1&id=share" title="Map" style="width:900px;height:900px;border:0"></iframe>`,
  );
  await page.goto(host.url);
  const frame = page.frameLocator('iframe');
  await frame.locator('#map:not([data-map-state="loading"])').waitFor({state: 'attached'});
  await frame.getByRole('button', {name: 'Share'}).click();
  const link = frame.getByLabel('Link to this view');
  await expect(link).toHaveValue(new RegExp(`^${baseURL}$`));
  await page.evaluate(() =>
    document.querySelector('iframe')!.contentWindow!.postMessage({type: 'select', event: 'nato-russia-council'}, '*'),
  );
  await expect(link).toHaveValue(`${baseURL}?event=nato-russia-council`);
  host.close();
});

test('in a frame sandboxed without allow-same-origin, the page says what it needs', async ({page, baseURL}) => {
  const host = await serveHostPage(
    `<iframe src="${baseURL}?embed=1" title="Map" sandbox="allow-scripts" style="width:600px;height:700px;border:0"></iframe>`,
  );
  await page.goto(host.url);
  const note = page.frameLocator('iframe').locator('.map__stalled');
  await expect(note).toBeVisible();
  await expect(note).toContainText('allow-scripts allow-same-origin');
  host.close();
});

test('data answered with a web page (a host that serves index.html for every address) is reported as such', async ({page}) => {
  await page.route('**/data/story.json', async (route) => {
    const response = await route.fetch({url: route.request().url().replace('data/story.json', '')});
    await route.fulfill({response, headers: {'content-type': 'text/html; charset=utf-8'}});
  });
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('was answered with a web page, not the data');
  await expect(alert.getByRole('button', {name: 'Retry'})).toBeVisible();
});
