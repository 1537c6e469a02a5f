/**
 * Nothing moves under the reader while the page loads: no layout shift from the first paint to
 * the interactive map, on a phone and on a desktop. (Buttons the script adds, a panel that is a
 * bottom sheet before the script says otherwise, a late scrollbar: each shifted the page once.)
 */
import type {Page} from '@playwright/test';
import {test, expect} from './fixtures.ts';

/** Records every layout shift without input, with what moved, from the very start. */
function recordShifts(): void {
  const shifts: {value: number; moved: string[]}[] = [];
  (window as unknown as {layoutShifts: typeof shifts}).layoutShifts = shifts;
  new PerformanceObserver((list) => {
    type Shift = {
      value: number;
      hadRecentInput: boolean;
      sources: {node?: Element; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly}[];
    };
    for (const entry of list.getEntries() as unknown as Shift[]) {
      if (entry.hadRecentInput) continue;
      const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
      const moved = entry.sources.map(
        (s) =>
          `${s.node?.nodeName ?? '?'}${s.node?.id ? `#${s.node.id}` : ''}.${String(s.node?.getAttribute?.('class') ?? '')} ${rect(s.previousRect)} → ${rect(s.currentRect)}`,
      );
      shifts.push({value: entry.value, moved});
    }
  }).observe({type: 'layout-shift', buffered: true});
}

/** The page's layout shifts so far: their sum, and what moved, for the message of a failure. */
async function layoutShifts(page: Page): Promise<{total: number; moved: string}> {
  const shifts = await page.evaluate(() => (window as unknown as {layoutShifts: {value: number; moved: string[]}[]}).layoutShifts);
  return {
    total: shifts.reduce((sum, shift) => sum + shift.value, 0),
    moved: shifts.map((shift) => `${shift.value.toFixed(4)}: ${shift.moved.join('; ')}`).join('\n'),
  };
}

for (const viewport of [
  {width: 360, height: 740},
  {width: 412, height: 823},
  {width: 768, height: 1024},
  {width: 1280, height: 800},
  {width: 1366, height: 768},
  {width: 1920, height: 1080},
]) {
  test(`no layout shift while loading at ${viewport.width} px`, async ({page}) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(recordShifts);
    await page.goto('./');
    // No input: the interactive map starts on its own after a quiet while, and may not shift anything either.
    await page.locator('#map[data-map-state="idle"], #map[data-map-state="fallback"]').waitFor({state: 'attached'});
    const {total, moved} = await layoutShifts(page);
    expect(total, moved).toBeLessThan(0.01);
  });
}

/**
 * On a slow connection the page is painted before its script arrives (the script is fetched at low
 * priority and the page needs nothing from it to be painted): that first paint is the final one.
 * The theme and the embed's layout come from the inline first-paint script, the key from the build;
 * a theme the reader chose is read from storage in a task of its own, before the page is shown.
 */
for (const {name, path, viewport, chosen} of [
  {name: 'a phone', path: './', viewport: {width: 360, height: 740}},
  {name: 'a reader who chose the dark theme', path: './', viewport: {width: 360, height: 740}, chosen: 'dark'},
  {name: 'a desktop', path: './', viewport: {width: 1280, height: 800}},
  {name: 'a dark embed on a phone', path: './?embed=1&theme=dark', viewport: {width: 360, height: 900}},
  {name: 'a plain embed without a key', path: './?embed=1&plain=1&hide=key', viewport: {width: 600, height: 900}},
]) {
  test(`when the script arrives late, the first paint of ${name} is final`, async ({page}) => {
    await page.setViewportSize(viewport);
    if (chosen) await page.addInitScript((theme) => localStorage.setItem('theme', theme), chosen);
    await page.addInitScript(recordShifts);
    await page.addInitScript(() => {
      const record = window as unknown as {atFirstPaint?: {theme?: string; classes: string; keyItems: number}};
      new PerformanceObserver(() => {
        record.atFirstPaint ??= {
          theme: document.documentElement.dataset.theme,
          classes: document.documentElement.className,
          keyItems: document.querySelectorAll('#legend li').length,
        };
      }).observe({type: 'paint', buffered: true});
    });
    // The page's script (and only it) is held back until the page has been painted.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(path, {waitUntil: 'commit'});
    await page.waitForFunction(() => (window as unknown as {atFirstPaint?: object}).atFirstPaint !== undefined);
    const atFirstPaint = await page.evaluate(
      () => (window as unknown as {atFirstPaint: {theme?: string; classes: string; keyItems: number}}).atFirstPaint,
    );
    await expect(page.locator('html')).not.toHaveAttribute('data-script', 'running');
    release();
    await page.locator('#map[data-map-state="idle"], #map[data-map-state="fallback"]').waitFor({state: 'attached'});

    const url = new URL(path, 'http://x');
    const embed = url.searchParams.get('embed') === '1';
    expect(atFirstPaint.theme).toBe(url.searchParams.get('theme') ?? chosen ?? (embed ? 'light' : undefined));
    expect(atFirstPaint.classes.split(' ').includes('is-embed')).toBe(embed);
    expect(atFirstPaint.classes.split(' ').includes('is-plain')).toBe(url.searchParams.get('plain') === '1');
    expect(atFirstPaint.classes.split(' ').includes('hide-key')).toBe(url.searchParams.get('hide') === 'key');
    expect(atFirstPaint.keyItems).toBe(9);
    const {total, moved} = await layoutShifts(page);
    expect(total, moved).toBeLessThan(0.01);
  });
}
