import {test, expect, waitForMap, placeButtons, clickPlace} from './fixtures.ts';
import type {Page} from '@playwright/test';
import {readFileSync} from 'node:fs';

const storyEvents = JSON.parse(readFileSync(new URL('../data/events.json', import.meta.url), 'utf8')) as unknown[];

const slider = (page: Page) => page.getByRole('slider', {name: 'Timeline'});
const events = (page: Page) => page.getByRole('list', {name: 'Events'});
const panel = (page: Page) => page.getByRole('complementary');

test.describe('the timeline', () => {
  test('works with the keyboard alone: a day with the arrows, the next event with PageDown', async ({page}) => {
    await page.goto('./');
    await waitForMap(page, 'idle-or-fallback');
    // Tab through the page until the slider has focus.
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      if (await slider(page).evaluate((el) => el === document.activeElement)) break;
    }
    await expect(slider(page)).toBeFocused();
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '13 January 2022');

    await page.keyboard.press('ArrowRight');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '14 January 2022');
    await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2022-01-14');

    await page.keyboard.press('PageDown');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '18 January 2022');
    await expect(panel(page).getByRole('heading', {level: 2})).toHaveText('First Russian units arrive in Belarus for Allied Resolve 2022');
    await expect(events(page).getByRole('button', {name: /First Russian units arrive in Belarus/})).toHaveAttribute('aria-current', 'true');
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('allied-resolve-first-units');
    await expect(slider(page)).toBeFocused();

    await page.keyboard.press('PageUp');
    await expect(panel(page).getByRole('heading', {level: 2})).toHaveText('Ryabkov will not rule out a deployment to Cuba and Venezuela');
    await page.keyboard.press('Home');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 November 2021');
    await page.keyboard.press('End');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '24 February 2022');
    await expect(panel(page).getByRole('heading', {level: 2})).toHaveText('Russia launches a full-scale invasion of Ukraine');
  });

  test('Play advances the date and Pause stops it', async ({page}) => {
    await page.goto('./?date=2021-11-02');
    await waitForMap(page, 'idle-or-fallback');
    await page.getByRole('combobox', {name: 'Speed'}).selectOption('2');
    await page.getByRole('button', {name: 'Play'}).click();
    await expect(slider(page)).not.toHaveAttribute('aria-valuetext', '2 November 2021');
    await page.getByRole('button', {name: 'Pause'}).click();
    await expect(page.getByRole('button', {name: 'Play'})).toBeVisible();
    const stopped = await slider(page).getAttribute('aria-valuetext');
    // Several playback steps' worth of time: the date must not move any more.
    await page.waitForTimeout(1500);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', stopped!);
  });

  test('choosing the OSCE Permanent Council in the Events list moves the timeline, opens it and highlights Vienna', async ({page}) => {
    await page.goto('./?date=2021-12-01');
    await waitForMap(page, 'idle-or-fallback');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 December 2021');
    await events(page)
      .getByRole('button', {name: /OSCE Permanent Council in Vienna/})
      .click();
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '13 January 2022');
    await expect(panel(page).getByRole('heading', {level: 2, name: 'OSCE Permanent Council in Vienna'})).toBeVisible();
    await expect(panel(page).getByText('Michael Carpenter, US Ambassador to the OSCE')).toBeVisible();
    await expect(panel(page).getByText('Zbigniew Rau, Polish Foreign Minister, OSCE Chairman-in-Office')).toBeVisible();
    await expect(placeButtons(page).filter({hasText: 'Vienna'})).toHaveAttribute('aria-current', 'true');
    await expect(events(page).getByRole('button', {name: /OSCE Permanent Council in Vienna/})).toHaveAttribute('aria-current', 'true');
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('osce-permanent-council');
  });

  test('activating Brussels on the map selects the NATO–Russia Council', async ({page}) => {
    await page.goto('./');
    await waitForMap(page, 'idle-or-fallback');
    await clickPlace(page, 'Brussels');
    await expect(events(page).getByRole('button', {name: /NATO–Russia Council meets in Brussels/})).toHaveAttribute('aria-current', 'true');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '12 January 2022');
    await expect(panel(page).getByRole('heading', {level: 2, name: 'Brussels'})).toBeVisible();
    await expect(panel(page).getByRole('button', {name: 'NATO–Russia Council meets in Brussels'})).toHaveAttribute('aria-current', 'true');
  });

  test('a link with ?event= opens on that event', async ({page, record}) => {
    await page.goto('./?event=nato-russia-council');
    await waitForMap(page, 'idle-or-fallback');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '12 January 2022');
    await expect(panel(page).getByRole('heading', {level: 2, name: 'NATO–Russia Council meets in Brussels'})).toBeVisible();
    await expect(events(page).getByRole('button', {name: /NATO–Russia Council meets in Brussels/})).toHaveAttribute('aria-current', 'true');
    expect(record.errors).toEqual([]);
  });

  test('a bad date in the link opens the default view without an error', async ({page, record}) => {
    await page.goto('./?date=garbage&event=%3Cscript%3E');
    await waitForMap(page, 'idle-or-fallback');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '13 January 2022');
    await expect(panel(page).getByRole('heading', {level: 2})).toHaveText('The situation on 13 January 2022');
    expect(record.errors).toEqual([]);
  });

  test('the date moves the map: sites appear when first reported, and say when forces moved on', async ({page}) => {
    await page.goto('./?date=2022-02-05');
    await waitForMap(page, 'idle-or-fallback');
    const label = (name: string) => placeButtons(page).filter({hasText: name}).getAttribute('aria-label');
    expect(await label('Yelnya')).not.toContain('moving');
    await expect(placeButtons(page).filter({hasText: 'Rechitsa'})).toHaveCount(0);
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '6 February 2022');
    await expect(placeButtons(page).filter({hasText: 'Rechitsa'})).toHaveCount(1);
    expect(await label('Yelnya')).toContain('reported moving towards Bryansk region, near Ukraine, 6 February 2022');
  });

  test('clicking the track moves the date there', async ({page}) => {
    await page.goto('./');
    await waitForMap(page, 'idle-or-fallback');
    const track = page.locator('.timeline__track');
    await track.scrollIntoViewIfNeeded();
    const box = (await track.boundingBox())!;
    await page.mouse.click(box.x + box.width - 16, box.y + box.height - 12);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /February 2022/);
    await expect(slider(page)).toBeFocused();
  });
});

test('with a hundred times more events, the Events list stays complete and in step', async ({page}) => {
  const {withSyntheticEvents} = await import('../scripts/synthetic-events.mjs');
  await page.route('**/data/story.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({response, json: withSyntheticEvents(await response.json(), 3500)});
  });
  await page.goto('./');
  await waitForMap(page, 'idle-or-fallback');
  const items = events(page).getByRole('listitem');
  // Long lists render only what is near view, but every item says where it stands in the whole.
  await expect(items.first()).toHaveAttribute('aria-setsize', String(3500 + storyEvents.length));
  await slider(page).focus();
  await page.keyboard.press('End');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '24 February 2022');
  const current = events(page).locator('[aria-current="true"]');
  await expect(current).toHaveCount(1);
  // The list scrolled itself to the selected event (the page stays where the reader is).
  await page.locator('#events').scrollIntoViewIfNeeded();
  await expect(current).toBeInViewport();
  const title = await panel(page).getByRole('heading', {level: 2}).textContent();
  await expect(current).toContainText(title!);
});
