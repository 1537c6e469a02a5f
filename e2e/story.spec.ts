/**
 * The guided story and the presentation (classroom) layout: walked with the keyboard alone,
 * stepped with the keys a presentation clicker sends, in type readable at the back of a room.
 */
import type {Page} from '@playwright/test';
import {readFileSync} from 'node:fs';
import {readingTime} from '../src/lib/reading-time.ts';
import {test, expect, waitForMap} from './fixtures.ts';

const steps = JSON.parse(readFileSync(new URL('../data/story-steps.json', import.meta.url), 'utf8')) as {event: string; text: string}[];
const story = (page: Page) => page.getByRole('region', {name: 'Story'});
const panelHeading = (page: Page) => page.getByRole('complementary').getByRole('heading', {level: 2});
const eventParam = (page: Page) => new URL(page.url()).searchParams.get('event');

/** Presses Tab (or Shift+Tab, `back`) until `target` has focus (the reader's only way around without a mouse). */
async function tabTo(page: Page, name: string, back = false) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

test.describe('the guided story', () => {
  test('can be walked from the first step to the last with the keyboard alone', async ({page}) => {
    await page.goto('./');
    await waitForMap(page, 'idle-or-fallback');
    await tabTo(page, 'Start the story');
    await page.keyboard.press('Enter');

    await expect(story(page)).toBeVisible();
    // Focus lands on Next, so that Enter keeps stepping.
    await expect(page.getByRole('button', {name: 'Next step'})).toBeFocused();
    for (const [i, step] of steps.entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      await expect(story(page)).toContainText(`Step ${i + 1} of ${steps.length}`);
      await expect(story(page)).toContainText(step.text);
      await expect.poll(() => eventParam(page)).toBe(step.event);
    }
    await expect(panelHeading(page)).toHaveText('Russia launches a full-scale invasion of Ukraine');
    await expect(page.getByRole('button', {name: 'Next step'})).toBeDisabled();

    // Back steps back (just before Next, which the last step disabled); End story closes the bar
    // and gives the focus to the start button again.
    await tabTo(page, '‹ Back', true);
    await page.keyboard.press('Enter');
    await expect(story(page)).toContainText(`Step ${steps.length - 1} of ${steps.length}`);
    await tabTo(page, 'End story');
    await page.keyboard.press('Enter');
    await expect(story(page)).toBeHidden();
    await expect(page.getByRole('button', {name: 'Start the story'})).toBeFocused();
  });

  test('plays by itself, and pauses', async ({page}) => {
    await page.goto('./');
    await waitForMap(page, 'idle-or-fallback');
    await page.getByRole('button', {name: 'Start the story'}).click();
    await page.getByRole('button', {name: 'Play story'}).click();
    await expect(story(page)).toContainText(`Step 2 of ${steps.length}`, {timeout: 30_000});
    await page.getByRole('button', {name: 'Pause story'}).click();
    const stopped = await story(page).locator('.story__position').textContent();
    // Longer than the step's reading time: the story must not move on.
    const step = Number(/Step (\d+)/.exec(stopped ?? '')?.[1]) - 1;
    await page.waitForTimeout(readingTime(steps[step]!.text) + 1000);
    await expect(story(page).locator('.story__position')).toHaveText(stopped!);
  });
});

test.describe('the presentation layout', () => {
  test.use({viewport: {width: 1920, height: 1080}});

  test('steps with PageDown and PageUp, shows what is on screen, and reads from the back of a room', async ({page}) => {
    await page.goto('./?present=1');
    await waitForMap(page, 'idle-or-fallback');
    const caption = page.locator('#map-caption');
    await expect(caption).toHaveText('The situation on 13 January 2022');

    // A clicker sends PageDown: the next event from the day shown.
    await page.keyboard.press('PageDown');
    await expect(caption).toHaveText('13 January 2022 — Vienna: OSCE Permanent Council');
    await expect(panelHeading(page)).toHaveText('OSCE Permanent Council in Vienna');
    await page.keyboard.press('PageDown');
    await expect.poll(() => eventParam(page)).toBe('ryabkov-dead-end');
    await page.keyboard.press('PageUp');
    await expect(caption).toHaveText('13 January 2022 — Vienna: OSCE Permanent Council');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => eventParam(page)).toBe('ryabkov-dead-end');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => eventParam(page)).toBe('osce-permanent-council');

    // Body text of 28 px or more on a 1920 × 1080 screen; the chrome is gone.
    const size = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(await size('.detail-event__summary')).toBeGreaterThanOrEqual(28);
    expect(await size('.detail-event__meta')).toBeGreaterThanOrEqual(28);
    expect(await size('#map-caption')).toBeGreaterThanOrEqual(28);
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.getByRole('list', {name: 'Events'})).toBeHidden();
    // The layout fits the screen: nothing to scroll to.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080);

    // Escape leaves, and the URL forgets the layout.
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveClass(/is-present/);
    await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBeNull();
  });

  test('tells the story: the keys step through its steps, with the story text', async ({page}) => {
    await page.goto('./');
    await waitForMap(page, 'idle-or-fallback');
    await page.getByRole('button', {name: 'Present'}).click();
    await expect(page.locator('html')).toHaveClass(/is-present/);
    await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBe('1');
    await page.getByRole('button', {name: 'Start the story'}).click();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(story(page)).toContainText(`Step 3 of ${steps.length}`);
    await expect(story(page)).toContainText(steps[2]!.text);
    await expect.poll(() => eventParam(page)).toBe(steps[2]!.event);
    const textSize = await story(page)
      .locator('.story__text')
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(textSize).toBeGreaterThanOrEqual(28);
    await page.keyboard.press('PageUp');
    await expect(story(page)).toContainText(`Step 2 of ${steps.length}`);
    await page.getByRole('button', {name: 'Leave presentation'}).click();
    await expect(page.locator('html')).not.toHaveClass(/is-present/);
  });
});
