/**
 * Shared test helpers: a page that records console errors and every request, and a wait on the
 * map's explicit readiness signal instead of sleeps.
 */
import {test as base, expect, type Page} from '@playwright/test';

export interface PageRecord {
  errors: string[];
  requests: string[];
}

export const test = base.extend<{record: PageRecord}>({
  record: async ({page}, use) => {
    const record: PageRecord = {errors: [], requests: []};
    page.on('console', (message) => {
      if (message.type() === 'error') record.errors.push(message.text());
    });
    page.on('pageerror', (error) => record.errors.push(error.message));
    page.on('request', (request) => record.requests.push(request.url()));
    await use(record);
  },
});

export {expect};

/**
 * Waits until the map has finished its first full render (WebGL) or settled on the SVG map. The
 * interactive map starts when a reader shows up, so the pointer moves first, as a reader's would.
 */
export async function waitForMap(page: Page, state: 'idle' | 'fallback' | 'idle-or-fallback' = 'idle'): Promise<void> {
  await page.locator('#map:not([data-map-state="loading"])').waitFor({state: 'attached'});
  await page.mouse.move(3, 3);
  const selector =
    state === 'idle-or-fallback' ? '#map[data-map-state="idle"], #map[data-map-state="fallback"]' : `#map[data-map-state="${state}"]`;
  await page.locator(selector).waitFor({state: 'attached'});
}

/** The buttons that stand for places on the map. */
export function placeButtons(page: Page) {
  return page.getByRole('list', {name: 'Places on the map'}).getByRole('button');
}

/**
 * Clicks a place on the map the way a reader does: with the mouse at the place's position. (The
 * place buttons take keyboard focus; pointer clicks go to the map, which opens the nearest place.)
 */
export async function clickPlace(page: Page, name: string): Promise<void> {
  const button = placeButtons(page).filter({hasText: name}).first();
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  if (!box) throw new Error(`The place "${name}" is not on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
