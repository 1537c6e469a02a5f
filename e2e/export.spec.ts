/** "Download image" and printing: the view, for slides and handouts. */
import {test, expect, waitForMap} from './fixtures.ts';
import {downloadViewImage} from './export-image.ts';

test('"Download image" saves a PNG of the view with the interactive map', async ({page, record}) => {
  await page.goto('./?event=osce-permanent-council');
  await waitForMap(page, 'idle');
  const image = await downloadViewImage(page);
  expect(image.fileName).toBe('russia-ukraine-2022-01-13-osce-permanent-council.png');
  // Drawn at twice the layout width (1200 px), with the title, map, legend and sources below.
  expect(image.width).toBe(2400);
  expect(image.height).toBeGreaterThan(1600);
  // A map, not a blank or single-colour box.
  expect(image.mapColours).toBeGreaterThan(50);
  await expect(page.getByText('Image downloaded.')).toBeAttached();
  expect(record.errors).toEqual([]);
});

test('the printed page keeps the map, the selected event and its sources, without the controls', async ({page}) => {
  await page.goto('./?event=osce-permanent-council');
  await waitForMap(page, 'idle-or-fallback');
  await page.emulateMedia({media: 'print'});
  await expect(page.locator('#map')).toBeVisible();
  await expect(page.getByRole('complementary').getByRole('heading', {level: 2})).toHaveText('OSCE Permanent Council in Vienna');
  await expect(page.getByRole('complementary').getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('button', {name: 'Share'})).toBeHidden();
  await expect(page.getByRole('button', {name: 'Play'})).toBeHidden();
  await expect(page.getByRole('list', {name: 'Events'})).toBeHidden();
  // Paper cannot be clicked: the sources' addresses are printed after them.
  const after = await page
    .locator('.citation a[href^="http"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
  const pdf = await page.pdf({format: 'A4'});
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});
