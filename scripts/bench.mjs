/**
 * `npm run bench`: builds the site, serves it locally and loads it repeatedly in headless Chromium
 * (software WebGL, as on the build machines), printing the median and range of:
 *   - first contentful paint, the SVG map drawn, and the WebGL map idle (ms after navigation);
 *   - bytes transferred by type.
 * Figures from a shared, GPU-less machine are for comparing builds, not promises about phones.
 */
import {spawn} from 'node:child_process';
import {setTimeout as sleep} from 'node:timers/promises';
import {CHROMIUM_ARGS, ensureChromium} from './chromium.mjs';
import {bin, ensureDependencies, root, run, step} from './run.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PORT = 4175;
const URL_ = `http://localhost:${PORT}/`;

ensureDependencies();
step('Building');
run('npm', ['run', 'build', '--silent']);
const chromiumPath = ensureChromium();
const {chromium} = await import('@playwright/test');

step(`Serving dist/ on ${URL_}`);
const server = spawn(bin('vite'), ['preview', '--port', String(PORT), '--strictPort'], {cwd: root, stdio: 'ignore'});
for (let i = 0; i < 50; i++) {
  try {
    if ((await fetch(URL_)).ok) break;
  } catch {
    await sleep(200);
  }
}

/** Records when the map container reaches each state, relative to navigation start. */
const recordMapStates = () => {
  window.__mapStates = {};
  new MutationObserver(() => {
    const state = document.getElementById('map')?.dataset.mapState;
    if (state && !(state in window.__mapStates)) window.__mapStates[state] = performance.now();
  }).observe(document, {attributes: true, subtree: true, attributeFilter: ['data-map-state']});
};

const browser = await chromium.launch({executablePath: chromiumPath, args: CHROMIUM_ARGS});
const samples = [];
try {
  step(`Loading the page ${RUNS} times (1280×800, cold cache each time)`);
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({viewport: {width: 1280, height: 800}});
    const page = await context.newPage();
    await page.addInitScript(recordMapStates);
    await page.goto(URL_);
    await page.locator('#map[data-map-state="idle"], #map[data-map-state="fallback"]').waitFor({state: 'attached', timeout: 60_000});
    samples.push(
      await page.evaluate(() => {
        const bytes = {};
        for (const entry of [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]) {
          const type = entry.name.endsWith('.json')
            ? 'data'
            : entry.name.endsWith('.woff2')
              ? 'font'
              : entry.name.endsWith('.css')
                ? 'css'
                : entry.name.endsWith('.js')
                  ? 'js'
                  : entry.entryType === 'navigation'
                    ? 'html'
                    : 'other';
          bytes[type] = (bytes[type] ?? 0) + entry.transferSize;
        }
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
        return {fcp, svg: window.__mapStates.svg ?? NaN, idle: window.__mapStates.idle ?? NaN, bytes};
      }),
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};
const range = (values) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
const rows = [
  ['First contentful paint', samples.map((s) => s.fcp)],
  ['SVG map drawn', samples.map((s) => s.svg)],
  ['WebGL map idle', samples.map((s) => s.idle)],
];
console.log(`\n| Measure (ms after navigation, ${RUNS} runs) | median | range |\n|---|---:|---:|`);
for (const [name, values] of rows) console.log(`| ${name} | ${Math.round(median(values))} | ${range(values)} |`);
const types = [...new Set(samples.flatMap((s) => Object.keys(s.bytes)))].sort();
console.log('\n| Bytes transferred | median |\n|---|---:|');
for (const type of types) console.log(`| ${type} | ${Math.round(median(samples.map((s) => s.bytes[type] ?? 0))).toLocaleString('en')} |`);
console.log(
  `| total | ${Math.round(median(samples.map((s) => Object.values(s.bytes).reduce((a, b) => a + b, 0)))).toLocaleString('en')} |`,
);
