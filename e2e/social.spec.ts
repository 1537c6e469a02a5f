import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {test, expect} from './fixtures.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

test('the build has a social preview image and the metadata that points to it', () => {
  const html = readFileSync(`${dist}index.html`, 'utf8');
  const meta = (name: string) => new RegExp(`<meta (?:property|name)="${name}" content="([^"]+)"`).exec(html)?.[1];
  expect(meta('og:title')).toContain('Russia’s build-up around Ukraine');
  expect(meta('og:description')).toMatch(/Geneva, Brussels and Vienna/);
  expect(meta('twitter:card')).toBe('summary_large_image');
  expect(meta('og:image:alt')).toMatch(/^Map of Ukraine/);
  const image = meta('og:image')!;
  expect(meta('twitter:image')).toBe(image);

  const png = readFileSync(new URL(image, `file://${dist}`));
  // A PNG of 1200×630 (signature, then the IHDR chunk's width and height).
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  expect(png.length).toBeGreaterThan(30_000);
});

/** Every event of the data, each an item of the story in text. */
const events = JSON.parse(readFileSync(new URL('../data/events.json', import.meta.url), 'utf8')) as unknown[];

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the page leads to the story in text, with its sources', async ({page}) => {
    await page.goto('./');
    await page.locator('.noscript').getByRole('link', {name: 'The story in text'}).click();
    await expect(page).toHaveURL(/\/text\.html$/);
    const story = page.getByRole('region', {name: 'The story in text'});
    await expect(story).toBeVisible();
    await expect(story.getByRole('listitem')).toHaveCount(events.length);
    await expect(story.getByText(/13 January 2022: OSCE Permanent Council in Vienna\./)).toBeVisible();
    await expect(story.getByRole('link', {name: 'U.S. Department of State'}).first()).toHaveAttribute(
      'href',
      /^https:\/\/www\.state\.gov\//,
    );
  });
});
