import {test, expect, waitForMap} from './fixtures.ts';

test('the Share dialog gives the link, embed code and citation of this view, and the data', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?event=nato-russia-council');
  await waitForMap(page, 'idle-or-fallback');
  const share = page.getByRole('button', {name: 'Share'});
  await share.click();
  const dialog = page.getByRole('dialog', {name: 'Share this view'});
  await expect(dialog).toBeVisible();

  const link = await dialog.getByLabel('Link to this view').inputValue();
  expect(new URL(link).searchParams.get('event')).toBe('nato-russia-council');
  await dialog.getByRole('button', {name: 'Copy link'}).click();
  await expect(dialog.getByRole('status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const embed = await dialog.getByLabel('Embed code').inputValue();
  expect(embed).toContain('embed=1');
  expect(embed).toContain('event=nato-russia-council');
  expect(embed).toContain('sandbox="allow-scripts allow-same-origin allow-popups');

  const citation = await dialog.getByLabel('Cite this view').inputValue();
  expect(citation).toMatch(/view: NATO–Russia Council meets in Brussels, 12 January 2022/);
  expect(citation).toMatch(/Data version [0-9a-f]{12}\./);
  expect(citation).toContain(link);
  expect(citation).toMatch(/\(accessed \d{4}-\d{2}-\d{2}\)\.$/);

  for (const name of [
    'Events (CSV)',
    'Places (CSV)',
    'Troop reports (CSV)',
    'Troop estimates (CSV)',
    'Places (GeoJSON)',
    'Licences and notes (text)',
  ]) {
    const href = await dialog.getByRole('link', {name}).getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.status(), name).toBe(200);
    const body = await response.text();
    if (name.endsWith('(CSV)')) expect(body.split('\r\n')[0], name).toMatch(/sources$/);
  }

  // Escape closes the dialog and gives focus back to the Share button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();
});

test('where the clipboard is refused, the text is selected for the reader to copy', async ({page}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: {writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError'))},
    });
  });
  await page.goto('./');
  await waitForMap(page, 'idle-or-fallback');
  await page.getByRole('button', {name: 'Share'}).click();
  const dialog = page.getByRole('dialog', {name: 'Share this view'});
  await dialog.getByRole('button', {name: 'Copy embed code'}).click();
  await expect(dialog.getByRole('status')).toContainText('Copying was not allowed here');
  const field = dialog.getByLabel('Embed code');
  await expect(field).toBeFocused();
  const selected = await field.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe(await field.inputValue());
});
