/**
 * Automated WCAG 2.2 AA checks (axe-core) in every layout a reader can meet: the first view, an
 * event open, the presentation layout, the embed, the dark theme and a 360 px phone.
 */
import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';
import {test, expect, waitForMap} from './fixtures.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({page}).withTags(WCAG_22_AA).analyze();
  // Each violation with the elements it was found on, so that a failure says where to look.
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const views: {name: string; url: string; viewport?: {width: number; height: number}; colorScheme?: 'dark'}[] = [
  {name: 'the default view', url: './'},
  {name: 'an event selected', url: './?event=osce-permanent-council'},
  {name: 'the presentation layout', url: './?present=1&event=nato-russia-council', viewport: {width: 1920, height: 1080}},
  {name: 'the embed', url: './?embed=1&event=geneva-strategic-stability-dialogue', viewport: {width: 600, height: 900}},
  {name: 'the dark theme', url: './?event=osce-permanent-council', colorScheme: 'dark'},
  {name: 'a 360 px phone', url: './?event=osce-permanent-council', viewport: {width: 360, height: 640}},
];

test.describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  for (const view of views) {
    test(`finds no violation in ${view.name}`, async ({page}) => {
      if (view.viewport) await page.setViewportSize(view.viewport);
      if (view.colorScheme) await page.emulateMedia({colorScheme: view.colorScheme});
      await page.goto(view.url);
      await waitForMap(page, 'idle-or-fallback');
      expect(await violations(page)).toEqual([]);
    });
  }

  test('finds no violation with the story told', async ({page}) => {
    await page.goto('./');
    await waitForMap(page, 'idle-or-fallback');
    await page.getByRole('button', {name: 'Start the story'}).click();
    await expect(page.getByRole('region', {name: 'Story'})).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});
