/**
 * Fuzzing: random URL parameters and random host messages, from a seeded generator so that a
 * failure can be replayed. The page must never throw, never open a dialog, and stay usable.
 * WebGL is off here: the interest is the page's own code, and the SVG map loads in a moment.
 */
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {chromiumLaunchOptions} from '../scripts/chromium.mjs';
import {test, expect} from './fixtures.ts';
import type {Page} from '@playwright/test';

const launch = chromiumLaunchOptions();
test.use({launchOptions: {...launch, args: [...launch.args, '--disable-webgl']}});

/** Mulberry32: small, seeded, repeatable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

const NASTY = [
  '',
  ' ',
  '0',
  '-1',
  '1e309',
  'NaN',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '%',
  '%%',
  '%00',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  'Україна',
  '🇺🇦',
  'x'.repeat(5000),
  '2022-02-30',
  '2022-13-01',
  '1999-01-01',
  '2022-01-13T00:00:00Z',
  '20220113',
];
const EVENTS = [
  'osce-permanent-council',
  'nato-russia-council',
  'geneva-strategic-stability-dialogue',
  'full-scale-invasion',
  'no-such-event',
];
const DATES = ['2021-11-01', '2022-01-13', '2022-02-24', '2021-10-31', '2022-02-25'];
const KEYS = [
  'event',
  'date',
  'embed',
  'id',
  'present',
  'event',
  'date',
  'step',
  'theme',
  'plain',
  'hide',
  'autoplay',
  'childId',
  'x',
  '__proto__',
  'constructor',
  'Event',
  'DATE',
  '',
];
/** Values the embed options take, and near misses. */
const OPTION_VALUES = [
  '1',
  '0',
  '2',
  '21',
  '999',
  'light',
  'dark',
  'auto',
  'key',
  'key,share',
  'estimates,key,share,nope',
  'share,,',
  'pym-1',
];

function randomQuery(next: () => number): string {
  const params: string[] = [];
  const count = Math.floor(next() * 5);
  for (let i = 0; i < count; i++) {
    const key = pick(next, KEYS);
    const roll = next();
    const value =
      roll < 0.25 ? pick(next, EVENTS) : roll < 0.45 ? pick(next, DATES) : roll < 0.7 ? pick(next, OPTION_VALUES) : pick(next, NASTY);
    params.push(next() < 0.1 ? encodeURIComponent(key) : `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  }
  return params.length ? `?${params.join('&')}` : '';
}

function randomMessage(next: () => number, depth = 0): unknown {
  const kind = Math.floor(next() * 10);
  switch (kind) {
    case 0:
      return pick(next, NASTY);
    case 1:
      return next() * 1e6 - 5e5;
    case 2:
      return null;
    case 3:
      return depth > 2 ? [] : Array.from({length: Math.floor(next() * 4)}, () => randomMessage(next, depth + 1));
    case 4:
      return JSON.stringify({type: 'select', event: pick(next, [...EVENTS, ...NASTY])});
    case 5:
      return {type: pick(next, ['select', 'state', 'SELECT', 'resize', '']), event: pick(next, [...EVENTS, ...NASTY, 7, null])};
    case 6:
      return {type: 'select', date: pick(next, [...DATES, ...NASTY, 20220113, null])};
    case 7:
      return {'datawrapper-height': {x: next() * 1000}};
    case 8:
      return depth > 2 ? {} : {type: 'select', event: randomMessage(next, depth + 1), date: randomMessage(next, depth + 1)};
    default:
      return {sentinel: 'amp', type: 'embed-size', height: 'tall'};
  }
}

/** Records uncaught errors and dialogs, in the page and its frames. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.addEventListener('error', (event) => (window as unknown as {uncaught?: string[]}).uncaught?.push(String(event.message)));
    window.addEventListener('unhandledrejection', (event) =>
      (window as unknown as {uncaught?: string[]}).uncaught?.push(String(event.reason)),
    );
    (window as unknown as {uncaught: string[]}).uncaught = [];
  });
  return problems;
}

const SHARDS = 10;
const URLS_PER_SHARD = 50;

for (let shard = 0; shard < SHARDS; shard++) {
  test(`random URL parameters never break the page (${shard * URLS_PER_SHARD + 1}–${(shard + 1) * URLS_PER_SHARD} of 500)`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const problems = await watch(page);
    const next = random(1000 + shard);
    for (let i = 0; i < URLS_PER_SHARD; i++) {
      const query = randomQuery(next);
      await page.goto(`./${query}`, {waitUntil: 'domcontentloaded'});
      await page.locator('#map[data-map-state="svg"], #map[data-map-state="fallback"]').waitFor({state: 'attached'});
      const slider = page.getByRole('slider', {name: 'Timeline'});
      await expect(slider, query).toHaveAttribute('aria-valuetext', /\d{4}$/);
      // Now and then, check the page still answers the keyboard.
      if (i % 10 === 0) {
        const before = await slider.getAttribute('aria-valuetext');
        await slider.focus();
        await page.keyboard.press(before === '24 February 2022' ? 'ArrowLeft' : 'ArrowRight');
        await expect(slider, query).not.toHaveAttribute('aria-valuetext', before!);
      }
      expect(await page.evaluate(() => (window as unknown as {uncaught: string[]}).uncaught), query).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
}

test('200 random messages from a host change nothing they should not, and break nothing', async ({page, baseURL}) => {
  const problems = await watch(page);
  const server = createServer((_, response) =>
    response
      .writeHead(200, {'content-type': 'text/html; charset=utf-8'})
      .end(
        `<!doctype html><title>Host</title><iframe src="${baseURL}?embed=1&id=fuzz" title="Map" style="width:600px;height:900px;border:0"></iframe>`,
      ),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  const frame = page.frameLocator('iframe');
  await frame.locator('#map[data-map-state="fallback"]').waitFor({state: 'attached'});
  const next = random(42);
  const messages = Array.from({length: 200}, () => randomMessage(next));
  await page.evaluate((list) => {
    const target = document.querySelector('iframe')!.contentWindow!;
    for (const message of list) target.postMessage(message, '*');
  }, messages);
  // A burst of valid selections, then one more: the embed settles on the last within a few frames,
  // and stays there.
  await page.evaluate(async () => {
    const target = document.querySelector('iframe')!.contentWindow!;
    for (let i = 0; i < 500; i++) target.postMessage({type: 'select', event: i % 2 ? 'nato-russia-council' : 'full-scale-invasion'}, '*');
    target.postMessage({type: 'select', date: '2022-02-01'}, '*');
    for (let i = 0; i < 5; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
  const slider = frame.getByRole('slider', {name: 'Timeline'});
  await expect(slider).toHaveAttribute('aria-valuetext', '1 February 2022');
  await page.evaluate(async () => {
    for (let i = 0; i < 10; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
  await expect(slider).toHaveAttribute('aria-valuetext', '1 February 2022');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '2 February 2022');
  const uncaught = await page.frames()[1]!.evaluate(() => (window as unknown as {uncaught: string[]}).uncaught);
  expect(uncaught).toEqual([]);
  expect(problems).toEqual([]);
  server.close();
});
