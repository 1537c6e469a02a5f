/**
 * `npm run bench`: builds the site and a baseline page, serves both locally and measures them in
 * headless Chromium on this machine (software WebGL, as on the build machines).
 *
 * The baseline is the same map built the way most map pages are (bench/baseline): MapLibre and its
 * CSS imported eagerly, Natural Earth's 1:50m countries as plain GeoJSON. Both are measured the
 * same way in the same run and printed side by side with their ratio, so the comparison holds on a
 * noisy shared machine even when the absolute figures move.
 *
 *   - Loading (several cold loads each): first contentful paint, the first map on screen (ours: the
 *     SVG map; the baseline's: its WebGL map), the WebGL map idle (ours starts it when the reader
 *     shows up; here a pointer moves at once), and bytes transferred by type.
 *   - Lighthouse, mobile preset (simulated slow 4G, 4× CPU): performance (median of runs), and
 *     accessibility, best practices and SEO.
 *   - The timeline: each step of the slider (one day) with the real data and with 10,000 and
 *     100,000 synthetic events (scripts/synthetic-events.mjs, never shipped), median and p95.
 *
 * Environment: BENCH_RUNS (page loads, default 7), BENCH_LIGHTHOUSE_RUNS (default 5),
 * BENCH_STEPS (default 115).
 */
import {mkdirSync, readFileSync, writeFileSync, copyFileSync} from 'node:fs';
import {chromiumLaunchOptions} from './chromium.mjs';
import {bin, ensureDependencies, root, run, step} from './run.mjs';
import {serveFolder} from './static-server.mjs';
import {withSyntheticEvents} from './synthetic-events.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// Lighthouse simulates a slow phone by scaling the CPU time it observes on this machine, which
// moves with the machine's load: the median of five runs is steadier than of three.
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
const STEPS = Number(process.env.BENCH_STEPS ?? 115);
const OURS = {name: 'this site', port: 4175, folder: `${root}dist`};
const BASELINE = {name: 'baseline', port: 4176, folder: `${root}bench-results/baseline-dist`};

ensureDependencies();
// Lighthouse and its launcher live in bench/package.json, so that `npm start` and `npm test` do not
// install them; the first run installs them into bench/node_modules.
ensureDependencies('bench/', 'Installing the benchmark’s tools (Lighthouse) into bench/node_modules');
step('Building the site');
run('npm', ['run', 'build', '--silent']);
step('Building the baseline page');
run(bin('vite'), ['build', '--config', 'bench/vite.baseline.config.ts']);
{
  const {createRequire} = await import('node:module');
  const {feature} = await import('topojson-client');
  const require = createRequire(import.meta.url);
  const world = require('world-atlas/countries-50m.json');
  mkdirSync(`${BASELINE.folder}/data`, {recursive: true});
  writeFileSync(`${BASELINE.folder}/data/countries.geojson`, JSON.stringify(feature(world, world.objects.countries)));
  copyFileSync(`${OURS.folder}/data/story.json`, `${BASELINE.folder}/data/story.json`);
}

const launchOptions = chromiumLaunchOptions();
const {chromium} = await import('@playwright/test');
const stops = await Promise.all([serveFolder(OURS.folder, OURS.port), serveFolder(BASELINE.folder, BASELINE.port)]);
const url = (page) => `http://127.0.0.1:${page.port}/`;

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Records when the map container reaches each state, relative to navigation start. */
const recordMapStates = () => {
  window.__mapStates = {};
  new MutationObserver(() => {
    const state = document.getElementById('map')?.dataset.mapState;
    if (state && !(state in window.__mapStates)) window.__mapStates[state] = performance.now();
  }).observe(document, {attributes: true, subtree: true, attributeFilter: ['data-map-state']});
};

async function measureLoads(browser, page) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({viewport: {width: 1280, height: 800}});
    const tab = await context.newPage();
    await tab.addInitScript(recordMapStates);
    await tab.goto(url(page), {waitUntil: 'commit'});
    // A reader arrives: the pointer moves as soon as there is a map to look at.
    await tab.locator('#map:not([data-map-state="loading"])').waitFor({state: 'attached', timeout: 120_000});
    await tab.mouse.move(5, 5);
    await tab.locator('#map[data-map-state="idle"]').waitFor({state: 'attached', timeout: 120_000});
    samples.push(
      await tab.evaluate(() => {
        const bytes = {};
        for (const entry of [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]) {
          const name = new URL(entry.name).pathname;
          const type = /\.(geo)?json$/.test(name)
            ? 'data'
            : name.endsWith('.woff2')
              ? 'font'
              : name.endsWith('.css')
                ? 'css'
                : name.endsWith('.js')
                  ? 'js'
                  : entry.entryType === 'navigation'
                    ? 'html'
                    : 'other';
          bytes[type] = (bytes[type] ?? 0) + entry.transferSize;
        }
        const states = window.__mapStates;
        return {
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
          firstMap: states.svg ?? states.idle ?? NaN,
          idle: states.idle ?? NaN,
          bytes,
        };
      }),
    );
    await context.close();
  }
  return samples;
}

async function lighthouse(page) {
  const {lighthouse: runLighthouse, chromeLauncher} = await import('../bench/tools.mjs');
  const chrome = await chromeLauncher.launch({
    chromePath: launchOptions.executablePath,
    chromeFlags: ['--headless=new', ...launchOptions.args],
  });
  try {
    const performance = [];
    const metrics = [];
    // Performance alone: the other categories' checks would run inside the measured page.
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      const {lhr} = await runLighthouse(url(page), {port: chrome.port, logLevel: 'error', onlyCategories: ['performance']});
      performance.push(Math.round(lhr.categories.performance.score * 100));
      metrics.push(lhr.audits);
    }
    const {lhr} = await runLighthouse(url(page), {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: ['accessibility', 'best-practices', 'seo'],
    });
    const metric = (id) => median(metrics.map((audits) => audits[id].numericValue));
    return {
      performance: median(performance),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
      seo: Math.round(lhr.categories.seo.score * 100),
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      runs: metrics.map((audits, i) => `${performance[i]} (${Math.round(audits['first-contentful-paint'].numericValue)} ms)`),
    };
  } finally {
    await chrome.kill();
  }
}

async function measureSteps(browser) {
  const story = JSON.parse(readFileSync(`${OURS.folder}/data/story.json`, 'utf8'));
  const results = [];
  for (const [name, extra] of [
    ['real data', 0],
    ['+10,000 events', 10_000],
    ['+100,000 events', 100_000],
  ]) {
    const body = JSON.stringify(extra ? withSyntheticEvents(story, extra) : story);
    const context = await browser.newContext({viewport: {width: 1280, height: 800}});
    const tab = await context.newPage();
    await tab.route('**/data/story.json', (route) => route.fulfill({contentType: 'application/json', body}));
    await tab.goto(url(OURS));
    await tab.mouse.move(5, 5);
    await tab.locator('#map[data-map-state="idle"], #map[data-map-state="fallback"]').waitFor({state: 'attached', timeout: 120_000});
    const times = await tab.evaluate(async (steps) => {
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
    results.push({name, events: story.events.length + extra, ...times});
    await context.close();
  }
  return results;
}

const browser = await chromium.launch(launchOptions);
let loads;
let audits;
let steps;
try {
  step(`Loading each page ${RUNS} times (1280×800, cold cache)`);
  loads = {ours: await measureLoads(browser, OURS), baseline: await measureLoads(browser, BASELINE)};
  step(`Lighthouse, mobile (${LIGHTHOUSE_RUNS} performance runs each)`);
  audits = {ours: await lighthouse(OURS), baseline: await lighthouse(BASELINE)};
  step('Stepping the timeline one day at a time');
  steps = await measureSteps(browser);
} finally {
  await browser.close();
  for (const stop of stops) stop();
}

const ms = (value) => `${Math.round(value).toLocaleString('en')}`;
const ratio = (baseline, ours) => (Number.isFinite(baseline / ours) && ours > 0 ? `${(baseline / ours).toFixed(1)}×` : '–');
const row = (name, ours, baseline, format = ms) => `| ${name} | ${format(ours)} | ${format(baseline)} | ${ratio(baseline, ours)} |`;

console.log(`\n| Loading, 1280×800, median of ${RUNS} | this site | baseline | baseline ÷ this site |\n|---|---:|---:|---:|`);
for (const [name, key] of [
  ['First contentful paint (ms)', 'fcp'],
  ['First map on screen (ms)', 'firstMap'],
  ['WebGL map idle (ms)', 'idle'],
]) {
  console.log(row(name, median(loads.ours.map((s) => s[key])), median(loads.baseline.map((s) => s[key]))));
}
const types = [...new Set([...loads.ours, ...loads.baseline].flatMap((s) => Object.keys(s.bytes)))].sort();
for (const type of types) {
  console.log(
    row(`Bytes: ${type}`, median(loads.ours.map((s) => s.bytes[type] ?? 0)), median(loads.baseline.map((s) => s.bytes[type] ?? 0))),
  );
}
const total = (s) => Object.values(s.bytes).reduce((a, b) => a + b, 0);
console.log(row('Bytes: total', median(loads.ours.map(total)), median(loads.baseline.map(total))));

console.log(`\n| Lighthouse, mobile | this site | baseline |\n|---|---:|---:|`);
for (const [name, key, format] of [
  ['Performance', 'performance', String],
  ['Accessibility', 'accessibility', String],
  ['Best practices', 'bestPractices', String],
  ['SEO', 'seo', String],
  ['First contentful paint (ms)', 'fcp', ms],
  ['Largest contentful paint (ms)', 'lcp', ms],
  ['Total blocking time (ms)', 'tbt', ms],
  ['Cumulative layout shift', 'cls', (v) => v.toFixed(3)],
]) {
  console.log(`| ${name} | ${format(audits.ours[key])} | ${format(audits.baseline[key])} |`);
}
console.log(`\nEach Lighthouse run, performance (first contentful paint):`);
for (const [name, key] of [
  ['this site', 'ours'],
  ['baseline', 'baseline'],
])
  console.log(`- ${name}: ${audits[key].runs.join(', ')}`);

console.log(
  `\n| Timeline step (ms, ${STEPS} steps) | events | update median | update p95 | to next frame median | to next frame p95 |\n|---|---:|---:|---:|---:|---:|`,
);
for (const {name, update, frame, events} of steps) {
  const f = (v) => v.toFixed(2);
  console.log(
    `| ${name} | ${events.toLocaleString('en')} | ${f(median(update))} | ${f(percentile(update, 95))} | ${f(median(frame))} | ${f(percentile(frame, 95))} |`,
  );
}
console.log(
  '\n"update" is the synchronous work of one step (state, timeline, list, panel; the map draws in the next frame); "to next frame" adds drawing.',
);
