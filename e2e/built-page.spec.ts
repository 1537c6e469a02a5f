import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {test, expect} from './fixtures.ts';
import {escapeHtml} from '../data/scripts/page-html.ts';
import type {Story} from '../src/story/types.ts';

const dist = (path: string) => readFileSync(fileURLToPath(new URL(`../dist/${path}`, import.meta.url)), 'utf8');
const count = (text: string, part: string) => text.split(part).length - 1;

test('the built page points readers without JavaScript to the story in text, which holds every event', async ({page}) => {
  const html = dist('index.html');
  const story = JSON.parse(dist('data/story.json')) as Story;
  expect(count(html, '<h1')).toBe(1);
  expect(count(html, 'id="map"')).toBe(1);
  expect(count(html, '<noscript>')).toBe(1);
  expect(/<noscript>([\s\S]*)<\/noscript>/.exec(html)?.[1]).toContain('<a href="./text.html">');

  const text = dist('text.html');
  expect(count(text, '<li>')).toBe(story.events.length);
  for (const event of story.events) expect(text).toContain(`${escapeHtml(event.title)}.</strong> ${escapeHtml(event.summary)} `);

  // With JavaScript, the note is not on the page; the footer links the story in text for everyone.
  await page.goto('./');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('#map')).toHaveCount(1);
  await expect(page.locator('.noscript')).toHaveCount(0);
  await page.getByRole('contentinfo').getByRole('link', {name: 'the story in text'}).click();
  await expect(page.getByRole('heading', {name: 'The story in text'})).toBeVisible();
  await expect(page.getByRole('listitem')).toHaveCount(story.events.length);
  await page.getByRole('link', {name: 'Back to the interactive map'}).click();
  await expect(page.locator('#map')).toHaveCount(1);
});
