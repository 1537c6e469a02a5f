/**
 * The map reads at a glance (issue "Reads at a glance"): framed on Ukraine, with the map and the
 * whole timeline on one screen, the key beside the map, and labels that never collide, at the
 * sizes readers and embeds use; the live estimate and the turning points by date; and a camera
 * that keeps Kyiv in view while the page plays or tells the story.
 */
import type {Page} from '@playwright/test';
import {test, expect, waitForMap} from './fixtures.ts';

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const SIZES = [
  {width: 320, height: 720},
  {width: 375, height: 812},
  {width: 768, height: 1024},
  {width: 1280, height: 800},
  {width: 1440, height: 900},
  {width: 1920, height: 1080},
];

/** Labels and symbols as drawn, in page pixels, with each label's font size. */
async function drawn(page: Page) {
  return page.evaluate(() => {
    const rect = (e: Element) => {
      const r = e.getBoundingClientRect();
      return {x0: r.left, y0: r.top, x1: r.right, y1: r.bottom};
    };
    const labels = [...document.querySelectorAll('.map-overlay [data-label], .talks-inset [data-label]')].map((text) => ({
      id: text.getAttribute('data-label') ?? '',
      box: rect(text),
      sizes: [...text.querySelectorAll('tspan')].map((span) => parseFloat(getComputedStyle(span).fontSize)),
    }));
    const symbols = [...document.querySelectorAll('.map-overlay [data-symbol], .talks-inset [data-symbol]')].map((symbol) => ({
      id: `${symbol.getAttribute('data-symbol')}:${symbol.getAttribute('data-place') ?? ''}`,
      box: rect(symbol),
    }));
    return {labels, symbols};
  });
}

/** Boxes overlap by more than a pixel (antialiased edges may touch). */
const overlap = (a: Rect, b: Rect) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 1;

async function expectTidyLabels(page: Page, when: string) {
  const {labels, symbols} = await drawn(page);
  expect(labels.length, when).toBeGreaterThan(5);
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1)) expect(overlap(a.box, b.box), `${when}: ${a.id} overlaps ${b.id}`).toBe(false);
    for (const s of symbols) expect(overlap(a.box, s.box), `${when}: ${a.id} covers ${s.id}`).toBe(false);
    for (const size of a.sizes) expect(size, `${when}: ${a.id}`).toBeGreaterThanOrEqual(12);
  }
}

/**
 * The map's furniture keeps off the story: no point of Ukraine's border lies under the inset "Where
 * they talked", the inset and the latest estimate do not overlap, no symbol is under either of
 * them, and none is cut by the map's edge.
 */
async function expectClearFrame(page: Page, when: string) {
  const found = await page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    const map = box('#map')!;
    const inset = box('.talks-inset')!;
    const note = box('.estimate-note');
    const ukraine = document.querySelector<SVGPathElement>('.svg-map__country--ukraine')!;
    const matrix = ukraine.getScreenCTM()!;
    let underInset = 0;
    for (let at = 0; at < ukraine.getTotalLength(); at += 2) {
      const point = ukraine.getPointAtLength(at).matrixTransform(matrix);
      if (point.x > inset.left && point.x < inset.right && point.y > inset.top && point.y < inset.bottom) underInset++;
    }
    const noteOverInset = Boolean(note && note.height && note.bottom > inset.top && note.right > inset.left && note.left < inset.right);
    const symbols = [...document.querySelectorAll('.map-overlay [data-symbol]')].map((symbol) => ({
      place: symbol.getAttribute('data-place'),
      box: symbol.getBoundingClientRect(),
    }));
    const cut = symbols
      .filter(({box: b}) => b.top < map.top - 0.5 || b.bottom > map.bottom + 0.5 || b.left < map.left - 0.5 || b.right > map.right + 0.5)
      .map(({place}) => place);
    const meets = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const covered = symbols.filter(({box}) => meets(box, inset) || (note && note.height > 0 && meets(box, note))).map(({place}) => place);
    return {underInset, noteOverInset, cut, covered};
  });
  expect(found, when).toEqual({underInset: 0, noteOverInset: false, cut: [], covered: []});
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({viewport: size});

    test('Ukraine fills the map, and the map, its key and the whole timeline share one screen', async ({page}) => {
      await page.goto('./');
      await page.locator('#map[data-map-state="svg"]').waitFor({state: 'attached'});
      const share = await page.evaluate(() => {
        const map = document.querySelector('#map')!.getBoundingClientRect();
        const ukraine = document.querySelector('.svg-map__country--ukraine')!.getBoundingClientRect();
        return ukraine.width / map.width;
      });
      expect(share).toBeGreaterThanOrEqual(size.width <= 480 ? 0.7 : 0.45);

      // One scroll: to the block of map and timeline.
      await page.locator('.map-section').evaluate((section) => section.scrollIntoView({block: 'start'}));
      const boxes = await page.evaluate(() =>
        ['#map', '.legend', '.timeline__controls', '.timeline__track', '.timeline__week-label'].map((selector) => {
          const r = document.querySelector(selector)!.getBoundingClientRect();
          return {selector, top: r.top, bottom: r.bottom};
        }),
      );
      for (const box of boxes) {
        expect(box.top, box.selector).toBeGreaterThanOrEqual(-1);
        expect(box.bottom, box.selector).toBeLessThanOrEqual(size.height + 1);
      }
    });

    test('no label touches another label or a symbol, and none is under 12 px, before and after the WebGL map', async ({page}) => {
      for (const date of ['2022-01-13', '2022-02-24']) {
        await page.goto(`./?date=${date}`);
        await page.locator('#map[data-map-state="svg"]').waitFor({state: 'attached'});
        await page.evaluate(() => document.fonts.ready);
        await expect.poll(async () => (await drawn(page)).labels.length).toBeGreaterThan(5);
        await expectTidyLabels(page, `${date}, SVG map`);
        await expectClearFrame(page, `${date}, SVG map`);
        // Kyiv and the story's countries are named whatever else the day brings (a turning point's note included).
        const ids = (await drawn(page)).labels.map((label) => label.id);
        expect(ids, date).toEqual(expect.arrayContaining(['kyiv', 'country-UA', 'country-BY', 'country-RU']));
        await waitForMap(page, 'idle-or-fallback');
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        await expectTidyLabels(page, `${date}, interactive map`);
        // The WebGL map's scale is text of the map too (MapLibre draws it at 10 px).
        await expect(page.locator('.maplibregl-ctrl-scale')).toHaveCSS('font-size', '12px');
      }
    });
  });
}

test('the presentation layout keeps its larger labels apart too', async ({page}) => {
  await page.setViewportSize({width: 1920, height: 1080});
  await page.goto('./?present=1&date=2022-02-24');
  await waitForMap(page, 'idle-or-fallback');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expectTidyLabels(page, 'presenting');
  await expectClearFrame(page, 'presenting');
  const {labels} = await drawn(page);
  expect(Math.min(...labels.flatMap((l) => l.sizes))).toBeGreaterThanOrEqual(19);
});

test('the map names the latest headline estimate, with who gave it and when', async ({page}) => {
  const note = page.getByTestId('estimate-note');
  await page.goto('./?date=2021-11-10');
  await page.locator('#map[data-map-state="svg"]').waitFor({state: 'attached'});
  await expect(note).toBeHidden();
  await page.goto('./?date=2022-01-13');
  await expect(note).toContainText('Close to 100,000 troops');
  await expect(note).toContainText('US Ambassador Michael Carpenter (OSCE), 13 January 2022');
  await page.goto('./?date=2022-02-20');
  await expect(note).toContainText('169,000–190,000 troops');
  await expect(note).toContainText('18 February 2022');
});

test('21 and 24 February are marked on the map and on the timeline from their day on', async ({page}) => {
  const notes = () => page.locator('.map-overlay [data-label^="note-"]').evaluateAll((texts) => texts.map((t) => t.textContent));
  await page.goto('./?date=2022-02-20');
  await page.locator('#map[data-map-state="svg"]').waitFor({state: 'attached'});
  await expect(page.locator('.map-overlay [data-label]').first()).toBeAttached();
  expect(await notes()).toEqual([]);
  await page.goto('./?date=2022-02-21');
  await expect.poll(notes).toEqual([expect.stringContaining('21 Feb: Russia recognises the self-proclaimed')]);
  await page.goto('./?date=2022-02-24');
  await expect.poll(notes).toContainEqual(expect.stringContaining('24 Feb: Russia launches a full-scale invasion'));
  await expect(page.locator('.timeline__turning')).toHaveCount(2);
  await expect(page.locator('.timeline__turning-label')).toHaveText('Recognition · Invasion');
});

/** Whether Kyiv is drawn inside the main map (not under the inset). */
async function kyivInView(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector('#map')!.getBoundingClientRect();
    const kyiv = document.querySelector('.map-overlay [data-place="kyiv"]')?.getBoundingClientRect();
    return Boolean(kyiv && kyiv.left >= map.left && kyiv.right <= map.right && kyiv.top >= map.top && kyiv.bottom <= map.bottom);
  });
}

test('the guided story keeps Kyiv and the border in view at every step, whatever the reader zoomed to', async ({page}) => {
  await page.goto('./');
  await waitForMap(page);
  // The reader zooms far in on the east first.
  await page.getByRole('button', {name: 'Zoom in'}).click();
  await page.getByRole('button', {name: 'Zoom in'}).click();
  await page.getByRole('button', {name: 'Zoom in'}).click();
  await page.getByRole('button', {name: 'Start the story'}).click();
  const story = page.getByRole('region', {name: 'Story'});
  const position = story.locator('.story__position');
  const total = Number((await position.textContent())?.match(/of (\d+)/)?.[1]);
  expect(total).toBeGreaterThan(10);
  for (let step = 1; step <= total; step++) {
    await expect(position).toHaveText(`Step ${step} of ${total}`);
    await expect.poll(() => kyivInView(page), {message: `step ${step}`}).toBe(true);
    if (step < total) await story.getByRole('button', {name: 'Next step'}).click();
  }
});

test('Play keeps the frame still, with Kyiv in view, until the end', async ({page}) => {
  await page.goto('./?date=2022-01-20');
  await waitForMap(page);
  await page.getByRole('combobox', {name: 'Speed'}).selectOption('2');
  const centre = () => page.evaluate(() => document.querySelector('.map-overlay [data-place="kyiv"]')?.getBoundingClientRect().left);
  const before = await centre();
  await page.getByRole('button', {name: 'Play'}).click();
  const slider = page.getByRole('slider', {name: 'Timeline'});
  // Every day the page passes, Kyiv stays where it was.
  let last = '';
  while ((await page.getByRole('button', {name: 'Pause'}).count()) > 0) {
    const day = (await slider.getAttribute('aria-valuetext')) ?? '';
    if (day !== last) {
      last = day;
      expect(await kyivInView(page), day).toBe(true);
      expect(await centre(), day).toBe(before);
    }
  }
  await expect(slider).toHaveAttribute('aria-valuetext', '24 February 2022');
});
