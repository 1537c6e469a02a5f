/**
 * Nothing moves under the reader while the page loads: no layout shift from the first paint to
 * the interactive map, on a phone and on a desktop. (Buttons the script adds, a panel that is a
 * bottom sheet before the script says otherwise, a late scrollbar: each shifted the page once.)
 */
import {test, expect} from './fixtures.ts';

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
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as {layoutShifts: number[]}).layoutShifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {value: number; hadRecentInput: boolean}[])
          if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({type: 'layout-shift', buffered: true});
    });
    await page.goto('./');
    // No input: the interactive map starts on its own after a quiet while, and may not shift anything either.
    await page.locator('#map[data-map-state="idle"], #map[data-map-state="fallback"]').waitFor({state: 'attached'});
    const shifts = await page.evaluate(() => (window as unknown as {layoutShifts: number[]}).layoutShifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
  });
}
