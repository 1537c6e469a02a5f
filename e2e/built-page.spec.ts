import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {test, expect} from './fixtures.ts';
import {escapeHtml} from '../data/scripts/page-html.ts';
import type {Story} from '../src/story/types.ts';

const dist = (path: string) => readFileSync(fileURLToPath(new URL(`../dist/${path}`, import.meta.url)), 'utf8');
const count = (text: string, part: string) => text.split(part).length - 1;

test('the built page holds the story in one <noscript>, and the page around it once', async ({page}) => {
  const html = dist('index.html');
  const story = JSON.parse(dist('data/story.json')) as Story;
  expect(count(html, '<h1')).toBe(1);
  expect(count(html, 'id="map"')).toBe(1);
  expect(count(html, '<noscript>')).toBe(1);
  expect(count(html, '</noscript>')).toBe(1);
  const noscript = /<noscript>([\s\S]*)<\/noscript>/.exec(html)?.[1] ?? '';
  expect(count(noscript, '<li>')).toBe(story.events.length);
  for (const event of story.events) expect(noscript).toContain(`${escapeHtml(event.title)}.</strong> ${escapeHtml(event.summary)} `);

  // With JavaScript, nothing of the text story is on the page.
  await page.goto('./');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('#map')).toHaveCount(1);
  await expect(page.locator('.noscript')).toHaveCount(0);
});
