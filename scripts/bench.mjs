/**
 * `npm run bench`: builds the site, serves it locally and measures it in headless Chromium
 * (software WebGL, as on the build machines):
 *   - loading: first contentful paint, the SVG map drawn, the WebGL map idle (ms after navigation)
 *     and bytes transferred by type, median and range over several cold loads;
 *   - the timeline: the time each step of the slider takes (one day, the arrow key), with the real
 *     data and with 10,000 and 100,000 synthetic events added, median and 95th percentile.
 * Figures from a shared, GPU-less machine are for comparing builds, not promises about phones.
 */
import {spawn} from 'node:child_process';
import {setTimeout as sleep} from 'node:timers/promises';
import {readFileSync} from 'node:fs';
import {CHROMIUM_ARGS, ensureChromium} from './chromium.mjs';
import {withSyntheticEvents} from './synthetic-events.mjs';
import {bin, ensureDependencies, root, run, step} from './run.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Steps of the slider measured per data set (the story has 116 days). */
const STEPS = Number(process.env.BENCH_STEPS ?? 115);
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
const stepSamples = [];
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

  step('Stepping the timeline one day at a time');
  const story = JSON.parse(readFileSync(`${root}dist/data/story.json`, 'utf8'));
  for (const [name, extra] of [
    ['real data', 0],
    ['+10,000 events', 10_000],
    ['+100,000 events', 100_000],
  ]) {
    const body = JSON.stringify(extra ? withSyntheticEvents(story, extra) : story);
    const context = await browser.newContext({viewport: {width: 1280, height: 800}});
    const page = await context.newPage();
    await page.route('**/data/story.json', (route) => route.fulfill({contentType: 'application/json', body}));
    await page.goto(URL_);
    await page.locator('#map[data-map-state="idle"], #map[data-map-state="fallback"]').waitFor({state: 'attached', timeout: 120_000});
    const times = await page.evaluate(async (steps) => {
      const handle = document.querySelector('[role="slider"]');
      handle.focus();
      handle.dispatchEvent(new KeyboardEvent('keydown', {key: 'Home', bubbles: true}));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      const update = [];
      const frame = [];
      for (let i = 0; i < steps; i++) {
        const t0 = performance.now();
        handle.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true}));
        update.push(performance.now() - t0);
        // Up to the next frame: includes the map's and the browser's rendering.
        await new Promise((resolve) => requestAnimationFrame(() => resolve()));
        frame.push(performance.now() - t0);
      }
      return {update, frame};
    }, STEPS);
    stepSamples.push({name, events: story.events.length + extra, ...times});
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

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
console.log(
  `\n| Timeline step (ms, ${STEPS} steps) | events | update median | update p95 | to next frame median | to next frame p95 |\n|---|---:|---:|---:|---:|---:|`,
);
for (const {name, update, frame, events} of stepSamples) {
  const f = (v) => v.toFixed(2);
  console.log(
    `| ${name} | ${events.toLocaleString('en')} | ${f(median(update))} | ${f(percentile(update, 95))} | ${f(median(frame))} | ${f(percentile(frame, 95))} |`,
  );
}
console.log('\n"update" is the synchronous work of one step (state, map, timeline, list, panel); "to next frame" adds rendering.');
