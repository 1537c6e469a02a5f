/**
 * `npm run screenshots`: pictures of the built page for the README and for reviewing a change, at
 * the sizes readers use (phones, a laptop, a large screen), light and dark, embedded and not, on
 * two days (13 January, the last session of the week of talks; 24 February, the invasion).
 * Written to docs/screenshots/. Run `npm run build` first.
 */
import {mkdirSync} from 'node:fs';
import {CHROMIUM_ARGS, ensureChromium} from './chromium.mjs';
import {root} from './run.mjs';
import {serveFolder} from './static-server.mjs';

const PORT = 4191;
const OUT = `${root}docs/screenshots`;
const SHOTS = [
  {name: 'desktop-1280-light', width: 1280, height: 800, query: ''},
  {name: 'desktop-1280-dark', width: 1280, height: 800, query: '?date=2022-02-24', dark: true},
  {name: 'desktop-1440-light', width: 1440, height: 900, query: '?date=2022-02-24'},
  {name: 'desktop-1920-light', width: 1920, height: 1080, query: '?event=osce-permanent-council'},
  {name: 'tablet-768-light', width: 768, height: 1024, query: '?date=2022-02-06'},
  {name: 'phone-375-light', width: 375, height: 812, query: ''},
  {name: 'phone-375-dark', width: 375, height: 812, query: '?date=2022-02-24', dark: true},
  {name: 'phone-320-light', width: 320, height: 720, query: '?date=2022-02-24'},
  {name: 'embed-600-light', width: 600, height: 900, query: '?embed=1', top: true},
  {name: 'embed-320-dark', width: 320, height: 760, query: '?embed=1&date=2022-02-24', dark: true, top: true},
  {name: 'present-1920-light', width: 1920, height: 1080, query: '?present=1&event=nato-russia-council', top: true},
];

mkdirSync(OUT, {recursive: true});
const stop = await serveFolder(`${root}dist`, PORT);
const {chromium} = await import('@playwright/test');
const browser = await chromium.launch({executablePath: ensureChromium(), args: CHROMIUM_ARGS});
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({viewport: {width: shot.width, height: shot.height}, colorScheme: shot.dark ? 'dark' : 'light'});
    await page.goto(`http://127.0.0.1:${PORT}/${shot.query}`);
    await page.locator('#map:not([data-map-state="loading"])').waitFor({state: 'attached'});
    await page.mouse.move(2, 2);
    await page.locator('#map[data-map-state="idle"], #map[data-map-state="fallback"]').waitFor({state: 'attached', timeout: 120_000});
    await page.evaluate(() => document.fonts.ready);
    // The block of map and timeline, as a reader sees it after one scroll (embeds and presenting: the top).
    if (!shot.top) await page.locator('.map-section').evaluate((section) => section.scrollIntoView({block: 'start'}));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({path: `${OUT}/${shot.name}.png`});
    console.log(`docs/screenshots/${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  stop();
}
