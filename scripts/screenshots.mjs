/**
 * `npm run screenshots`: pictures of the built page for the README and for reviewing a change, at
 * the sizes readers use (phones, a tablet, laptops, a large screen), light and dark, embedded and
 * not, presenting, on two days (13 January, the last session of the week of talks; 24 February,
 * the invasion).
 * Written to docs/screenshots/. Run `npm run build` first.
 */
import {mkdirSync} from 'node:fs';
import {chromiumLaunchOptions} from './chromium.mjs';
import {root} from './run.mjs';
import {serveFolder} from './static-server.mjs';

const PORT = 4191;
const OUT = `${root}docs/screenshots`;
/** The sizes the layout is checked at (e2e/glance.spec.ts), each light and dark, on two days. */
const SIZES = [
  {name: 'phone-320', width: 320, height: 720},
  {name: 'phone-375', width: 375, height: 812},
  {name: 'tablet-768', width: 768, height: 1024},
  {name: 'desktop-1280', width: 1280, height: 800},
  {name: 'desktop-1440', width: 1440, height: 900},
  {name: 'desktop-1920', width: 1920, height: 1080},
];
const SHOTS = [
  // Light: the first view (13 January, the last session of the week of talks); dark: the invasion.
  ...SIZES.map((size) => ({...size, name: `${size.name}-light`, query: ''})),
  ...SIZES.map((size) => ({...size, name: `${size.name}-dark`, query: '?date=2022-02-24', dark: true})),
  {name: 'embed-600-light', width: 600, height: 900, query: '?embed=1', top: true},
  {name: 'embed-320-dark', width: 320, height: 760, query: '?embed=1&theme=dark&date=2022-02-24', top: true},
  {name: 'present-1920-light', width: 1920, height: 1080, query: '?present=1&event=nato-russia-council', top: true},
];

mkdirSync(OUT, {recursive: true});
const stop = await serveFolder(`${root}dist`, PORT);
const {chromium} = await import('@playwright/test');
const browser = await chromium.launch(chromiumLaunchOptions());
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
