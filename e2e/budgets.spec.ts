/**
 * Size budgets of the built site, checked like MapLibre checks its own bundle: hard limits a reader
 * on a phone would feel, plus a guard against silent growth over the committed sizes.
 *
 * After an intended change in size, update the committed sizes with
 *   UPDATE_BUDGETS=1 npm run test:e2e -- budgets
 * and say why in the commit.
 */
import {test, expect} from '@playwright/test';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const budgetsFile = fileURLToPath(new URL('./budgets.json', import.meta.url));

/** Hard limits, gzip bytes. */
const LIMITS = {
  /**
   * The page as it travels, with its inline stylesheet and first-paint script: within TCP's first
   * window (ten packets, about 14 kB), so that the first paint waits for one round trip, not two.
   */
  page: 14 * 1024,
  /** JavaScript that runs before first paint: everything but the lazily loaded map. */
  entryJs: 40 * 1024,
  /** The data the first view needs: story and geography. */
  firstViewData: 100 * 1024,
  /** The two font subsets (already compressed WOFF2; counted as shipped). */
  fonts: 64 * 1024,
} as const;

/** Growth allowed over the committed sizes before the test asks for an explanation. */
const GROWTH_ALLOWANCE = 1024;

const gzip = (file: string) => gzipSync(readFileSync(file), {level: 9}).length;

function measure(): Record<string, number> {
  const html = readFileSync(`${dist}index.html`, 'utf8');
  // The main script, which the page's inline first-paint script starts (data-main), and any preloads.
  const scripts = [...html.matchAll(/<(?:script[^>]+(?:src|data-main)|link[^>]+rel="modulepreload"[^>]+href)="\.\/([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const assets = readdirSync(`${dist}assets`);
  const mapChunk = assets.filter((f) => /^maplibre-map-.*\.js$/.test(f));
  const worker = assets.filter((f) => /^maplibre-gl-worker-.*\.js$/.test(f));
  // A build whose output this cannot find must fail, not measure zero bytes.
  if (!scripts.length || !css.length || mapChunk.length !== 1 || worker.length !== 1) {
    throw new Error(`Unexpected build output: scripts ${scripts.join()}, css ${css.join()}, assets ${assets.join()}`);
  }
  const sum = (files: string[]) => files.reduce((total, f) => total + gzip(`${dist}${f}`), 0);
  return {
    page: gzip(`${dist}index.html`),
    entryJs: sum(scripts),
    entryCss: css.reduce((total, text) => total + gzipSync(text, {level: 9}).length, 0),
    firstViewData: gzip(`${dist}data/story.json`) + gzip(`${dist}data/geography.json`),
    fonts: readdirSync(`${dist}fonts`).reduce((total, f) => total + readFileSync(`${dist}fonts/${f}`).length, 0),
    mapChunk: sum(mapChunk.map((f) => `assets/${f}`)),
    mapWorker: sum(worker.map((f) => `assets/${f}`)),
  };
}

test('the page uses one self-hosted typeface, in WOFF2 subsets', () => {
  const fonts = readdirSync(`${dist}fonts`);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) expect(font).toMatch(/^noto-sans-[a-z-]+-wght-normal\.woff2$/);
});

test('the built site stays within its size budgets', () => {
  const sizes = measure();
  if (process.env.UPDATE_BUDGETS) {
    writeFileSync(budgetsFile, `${JSON.stringify(sizes, null, 2)}\n`);
    console.log('Updated e2e/budgets.json:', sizes);
  }
  const committed = JSON.parse(readFileSync(budgetsFile, 'utf8')) as Record<string, number>;
  for (const [name, limit] of Object.entries(LIMITS)) {
    expect(sizes[name], `${name} is ${sizes[name]} bytes gzipped, over its limit of ${limit}`).toBeLessThanOrEqual(limit);
  }
  for (const [name, size] of Object.entries(sizes)) {
    expect(committed[name], `e2e/budgets.json has no size for ${name}; run UPDATE_BUDGETS=1 npm run test:e2e -- budgets`).toBeDefined();
    expect(
      size,
      `${name} grew from ${committed[name]} to ${size} bytes gzipped. If that is intended, run ` +
        `UPDATE_BUDGETS=1 npm run test:e2e -- budgets and explain the growth in the commit.`,
    ).toBeLessThanOrEqual(committed[name]! + GROWTH_ALLOWANCE);
  }
});
