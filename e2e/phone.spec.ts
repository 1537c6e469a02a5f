/**
 * A 360 × 640 phone, by touch: the timeline keeps its marks apart (it scrolls sideways and
 * follows the handle instead of squeezing them), places open by touch, and an open event is a
 * bottom sheet that leaves the map above it.
 */
import type {Page} from '@playwright/test';
import {test, expect, waitForMap, placeButtons} from './fixtures.ts';

test.use({viewport: {width: 360, height: 640}, hasTouch: true, isMobile: true});

const slider = (page: Page) => page.getByRole('slider', {name: 'Timeline'});
const panel = (page: Page) => page.getByRole('complementary');

/** Whether the handle lies inside the visible part of the timeline's scrolling box. */
async function handleInView(page: Page): Promise<boolean> {
  const box = (await page.locator('.timeline__scroller').boundingBox())!;
  const handle = (await slider(page).boundingBox())!;
  return handle.x >= box.x && handle.x + handle.width <= box.x + box.width;
}

test('the timeline keeps a readable scale and follows the handle', async ({page}) => {
  await page.goto('./');
  await waitForMap(page, 'idle-or-fallback');
  const {track, visible, days} = await page.evaluate(() => ({
    track: document.querySelector('.timeline__track')!.clientWidth,
    visible: document.querySelector('.timeline__scroller')!.clientWidth,
    days: Number(document.querySelector('[role="slider"]')!.getAttribute('aria-valuemax')),
  }));
  // Wider than the screen, with at least five pixels a day: the marks of a week stay apart.
  expect(track).toBeGreaterThan(visible);
  expect(track / days).toBeGreaterThanOrEqual(5);
  // Nothing else on the page scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await slider(page).scrollIntoViewIfNeeded();
  expect(await handleInView(page)).toBe(true);
  await slider(page).focus();
  await page.keyboard.press('End');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '24 February 2022');
  await expect.poll(() => handleInView(page)).toBe(true);
  await page.keyboard.press('Home');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 November 2021');
  await expect.poll(() => handleInView(page)).toBe(true);

  // A tap on the visible track moves the date there.
  const box = (await page.locator('.timeline__scroller').boundingBox())!;
  await page.touchscreen.tap(box.x + box.width - 20, box.y + box.height - 14);
  await expect(slider(page)).not.toHaveAttribute('aria-valuetext', '1 November 2021');
});

test('a place opens by touch as a bottom sheet over the lower part of the screen, and closes', async ({page}) => {
  await page.goto('./');
  await waitForMap(page, 'idle-or-fallback');
  const place = placeButtons(page).filter({hasText: 'Brussels'}).first();
  await place.scrollIntoViewIfNeeded();
  const target = (await place.boundingBox())!;
  await page.touchscreen.tap(target.x + target.width / 2, target.y + target.height / 2);
  await expect(panel(page).getByRole('heading', {level: 2})).toHaveText('Brussels');

  const sheet = (await panel(page).boundingBox())!;
  expect(await panel(page).evaluate((e) => getComputedStyle(e).position)).toBe('fixed');
  expect(Math.round(sheet.y + sheet.height)).toBe(640);
  expect(sheet.height).toBeLessThanOrEqual(640 * 0.4 + 1);
  expect(sheet.width).toBe(360);

  await panel(page).getByRole('button', {name: /Close/}).tap();
  await expect(panel(page).getByRole('heading', {level: 2})).toHaveText(/The situation on/);
  expect(await panel(page).evaluate((e) => getComputedStyle(e).position)).toBe('static');
});

test('the timeline scrolling itself into place does not start the interactive map early', async ({page}) => {
  // MapLibre waits for a reader (or for 5 s of quiet after load); the timeline's own scroll to
  // its handle is neither. No input is sent to this page, so only the quiet timer may start it.
  await page.goto('./');
  await page.locator('#map[data-map-state="idle"], #map[data-map-state="fallback"]').waitFor({state: 'attached'});
  expect(await page.locator('.timeline__scroller').evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  const {loaded, mapRequested} = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const chunk = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.includes('/assets/maplibre-map-') && entry.name.endsWith('.js'));
    return {loaded: navigation.loadEventStart, mapRequested: chunk?.startTime ?? -1};
  });
  expect(mapRequested).toBeGreaterThanOrEqual(loaded + 4900);
});
