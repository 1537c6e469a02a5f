import {test, expect, waitForMap} from './fixtures.ts';
import type {Frame, Page} from '@playwright/test';
import {embedCodeFromShareDialog, serveHostPage} from './host-page.ts';

const frameOf = (page: Page, id: string): Frame => page.frames().find((f) => f.url().includes(`&id=${id}`))!;

test('two embeds size themselves, and the host drives one of them', async ({page, baseURL}) => {
  const code = await embedCodeFromShareDialog(page, './', 'map-a');
  expect(code).toContain('<iframe');
  expect(code).toContain('datawrapper-height');
  const codeB = code.replaceAll('map-a', 'map-b');
  const host = await serveHostPage(`<div style="width:360px">${code}</div><div style="width:900px">${codeB}</div>`);
  test.info().attach('host page', {body: host.url});
  await page.goto(host.url);

  const iframes = page.locator('iframe');
  await expect(iframes).toHaveCount(2);
  // The embed code loads frames lazily, and browsers pause drawing in frames out of view: bring
  // each into view in turn, as a reader scrolling would, and let it draw.
  for (const id of ['map-a', 'map-b']) {
    await page.locator(`iframe#${id}`).scrollIntoViewIfNeeded();
    await expect.poll(() => Boolean(frameOf(page, id))).toBe(true);
    await frameOf(page, id).locator('#map[data-map-state="idle"], #map[data-map-state="fallback"]').waitFor({state: 'attached'});
  }
  const a = frameOf(page, 'map-a');
  const b = frameOf(page, 'map-b');

  // Each frame's height follows its content.
  const frameHeight = (id: string) => page.locator(`iframe#${id}`).evaluate((el) => Math.round(el.getBoundingClientRect().height));
  const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  for (const [id, frame] of [
    ['map-a', a],
    ['map-b', b],
  ] as const) {
    await expect.poll(async () => Math.abs((await frameHeight(id)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
  }

  // Opening the details makes frame A taller; the host follows within a second.
  await page.locator('iframe#map-a').scrollIntoViewIfNeeded();
  const before = await frameHeight('map-a');
  await a.getByText('The day in brief').click();
  await expect.poll(() => frameHeight('map-a'), {timeout: 1000}).toBeGreaterThan(before);
  await expect.poll(async () => Math.abs((await frameHeight('map-a')) - (await contentHeight(a))), {timeout: 1000}).toBeLessThanOrEqual(1);

  // The host selects the NATO–Russia Council in frame B and hears back; frame A stays where it was.
  await page.evaluate(() => {
    const frame = document.querySelectorAll('iframe')[1]!;
    frame.contentWindow!.postMessage({type: 'select', event: 'nato-russia-council'}, '*');
  });
  await expect(b.getByRole('slider', {name: 'Timeline'})).toHaveAttribute('aria-valuetext', '12 January 2022');
  await expect(b.getByRole('heading', {level: 2, name: 'NATO–Russia Council meets in Brussels'})).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as {received: unknown[]}).received))
    .toContainEqual({type: 'state', id: 'map-b', event: 'nato-russia-council', date: '2022-01-12'});
  await expect(a.getByRole('slider', {name: 'Timeline'})).toHaveAttribute('aria-valuetext', '13 January 2022');

  // Height messages in all three forms reached the host.
  const received = await page.evaluate(() => (window as unknown as {received: unknown[]}).received);
  expect(received).toContainEqual({'datawrapper-height': {'map-b': expect.any(Number)}});
  expect(received).toContainEqual({sentinel: 'amp', type: 'embed-size', height: expect.any(Number)});
  expect(received.some((m) => typeof m === 'string' && JSON.parse(m).context === 'iframe.resize')).toBe(true);

  // Malformed or unknown messages change nothing.
  await page.evaluate(() => {
    const frame = document.querySelectorAll('iframe')[0]!.contentWindow!;
    for (const message of [{type: 'select', event: 'nope'}, {type: 'select', date: 'garbage'}, 'not json', null, {type: 'other'}])
      frame.postMessage(message, '*');
  });
  await expect(a.getByRole('slider', {name: 'Timeline'})).toHaveAttribute('aria-valuetext', '13 January 2022');
  expect(new URL(baseURL!).origin).not.toBe(new URL(host.url).origin);
  host.close();
});

test('in a 320 px frame the timeline works by touch and by keyboard', async ({browser, baseURL}) => {
  const context = await browser.newContext({hasTouch: true, viewport: {width: 400, height: 800}});
  const page = await context.newPage();
  const host = await serveHostPage(
    `<iframe src="${baseURL}?embed=1&id=narrow" title="Map" style="width:320px;height:1600px;border:0" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>`,
  );
  await page.goto(host.url);
  const frame = page.frameLocator('iframe');
  await frame.locator('#map[data-map-state="idle"], #map[data-map-state="fallback"]').waitFor({state: 'attached'});
  const slider = frame.getByRole('slider', {name: 'Timeline'});

  // A tap near the right edge of the visible part of the track moves the date there. (At this
  // width the track is wider than the frame and scrolls, centred on 13 January at first.)
  // The frame is as tall as its content at 320 px (title, map, key, timeline, credit line); the
  // host page scrolls to the timeline.
  await frame.locator('.timeline__scroller').scrollIntoViewIfNeeded();
  const box = (await frame.locator('.timeline__scroller').boundingBox())!;
  await page.touchscreen.tap(box.x + box.width - 14, box.y + box.height - 14);
  await expect(slider).toHaveAttribute('aria-valuetext', /February 2022/);

  // And the keyboard works too.
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', '1 November 2021');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '2 November 2021');
  await context.close();
  host.close();
});

test('the embed never takes focus, leaves scrolling to the page and links to the full page in the same state', async ({page, baseURL}) => {
  await page.goto('./?embed=1&id=story&event=osce-permanent-council');
  await waitForMap(page, 'idle-or-fallback');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  // MapLibre's cooperative gestures: the wheel scrolls the page unless Ctrl/⌘ is held.
  await expect(page.locator('.maplibregl-cooperative-gesture-screen')).toBeAttached();
  // Two links lead there: the header's button and the credit line's "Open full page".
  const links = page.getByRole('link', {name: 'full page'});
  await expect(links).toHaveCount(2);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('href', `${baseURL}?event=osce-permanent-council`);
  }
  await page.getByRole('slider', {name: 'Timeline'}).focus();
  await page.keyboard.press('ArrowRight');
  for (const link of await links.all()) await expect(link).toHaveAttribute('href', `${baseURL}?date=2022-01-14`);
});
