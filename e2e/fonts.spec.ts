import type {Browser, Page} from '@playwright/test';
import {test, expect} from './fixtures.ts';

/**
 * The browser's work with system fonts before the first contentful paint, from a trace: font
 * matches, font files opened and their render settings asked for (Chromium's `fonts` events).
 */
async function systemFontWorkBeforeFirstPaint(browser: Browser, page: Page, load: () => Promise<unknown>): Promise<string[]> {
  await browser.startTracing(page, {categories: ['fonts', 'loading', 'devtools.timeline', '__metadata']});
  await load();
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length === 1);
  const {traceEvents} = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: {name: string; cat: string; ts: number}[];
  };
  const firstPaint = traceEvents.find((event) => event.name === 'firstContentfulPaint');
  expect(firstPaint, 'the trace has the first contentful paint').toBeDefined();
  return traceEvents
    .filter((event) => event.cat === 'fonts' && event.ts <= firstPaint!.ts)
    .filter((event) => /GetFontPlatformData|MatchFamily|FontRenderStyleForStrike/.test(event.name))
    .map((event) => event.name);
}

test('the page is laid out and painted first in its own font, without looking up a system font', async ({browser}) => {
  // The probe sees system fonts: a page of text in the system's sans-serif needs some.
  const control = await browser.newPage();
  const controlWork = await systemFontWorkBeforeFirstPaint(browser, control, () =>
    control.setContent('<p style="font: 17px sans-serif">A line</p><p style="font: 700 19px sans-serif">Another</p>'),
  );
  expect(controlWork.length, 'system font work on a page in sans-serif').toBeGreaterThan(0);
  await control.close();

  // The page: its font is in before its first layout, and the Cyrillic subset, a family of its
  // own (fonts.ts, FONT_STACK), does not make the browser prepare a stand-in for each font size.
  const page = await browser.newPage({baseURL: test.info().project.use.baseURL, viewport: {width: 412, height: 823}});
  await page.route(/assets\/index-[^/]*\.js$/, (route) => route.abort()); // the first paint alone
  const work = await systemFontWorkBeforeFirstPaint(browser, page, () => page.goto('./'));
  expect(work, 'system font work before the first paint').toEqual([]);
  const faces = await page.evaluate(() => Object.fromEntries([...document.fonts].map((face) => [face.family, face.status])));
  expect(faces).toEqual({'Noto Sans': 'loaded', 'Noto Sans Cyrillic': 'unloaded'});
  await page.close();
});
