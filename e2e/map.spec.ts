import {test, expect, waitForMap, placeButtons, clickPlace} from './fixtures.ts';

test.describe('the map', () => {
  test('loads with no console errors and draws the WebGL map', async ({page, record}) => {
    await page.goto('./');
    await waitForMap(page);
    await expect(page.locator('.maplibregl-canvas')).toBeVisible();
    await expect(page.locator('.svg-map')).toBeHidden();
    expect(record.errors).toEqual([]);
  });

  test('the WebGL canvas shows a map, not a blank box', async ({page}) => {
    await page.goto('./');
    await waitForMap(page);
    const png = await page.locator('.maplibregl-canvas').screenshot();
    // Decode in the page and count colours: sea, land, Ukraine, borders, symbols and labels make
    // hundreds; a blank or single-colour canvas makes one or two.
    const stats = await page.evaluate(async (base64) => {
      // An <img>, not fetch(): the page's policy lets images, not connections, use data: URLs.
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const {data} = context.getImageData(0, 0, image.width, image.height);
      const colours = new Set<number>();
      let ukraineFill = 0;
      for (let i = 0; i < data.length; i += 4) {
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        if (data[i] === 0xfd && data[i + 1] === 0xfb && data[i + 2] === 0xf3) ukraineFill++;
      }
      return {colours: colours.size, ukraineFill, pixels: data.length / 4};
    }, png.toString('base64'));
    expect(stats.colours).toBeGreaterThan(200);
    // Ukraine's own fill colour covers a good part of the first view.
    expect(stats.ukraineFill / stats.pixels).toBeGreaterThan(0.03);
  });

  test('no request leaves the page’s origin', async ({page, record, baseURL}) => {
    await page.goto('./');
    await waitForMap(page);
    // Open a place too, so that everything the page can load on a first visit has loaded.
    await clickPlace(page, 'Vienna');
    await expect(page.getByRole('heading', {level: 2, name: 'Vienna'})).toBeVisible();
    const origin = new URL(baseURL!).origin;
    const foreign = record.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(record.requests.some((url) => url.endsWith('/data/story.json'))).toBe(true);
    expect(record.requests.some((url) => url.includes('/fonts/noto-sans-latin'))).toBe(true);
  });

  test('shows the four meeting places of the week and the troop sites reported by 13 January', async ({page}) => {
    await page.goto('./');
    await waitForMap(page);
    const names = await placeButtons(page).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    for (const start of [
      'Geneva (US Mission to the UN in Geneva): US–Russia Strategic Stability Dialogue',
      'Brussels (NATO Headquarters): NATO–Russia Council',
      'Vienna (OSCE Permanent Council): OSCE Permanent Council in Vienna, 13 January 2022',
      'Rome (Villa Madama): Baerbock and Di Maio meet in Rome',
    ]) {
      expect(
        names.some((name) => name.startsWith(start)),
        start,
      ).toBe(true);
    }
    for (const site of ['Yelnya', 'Klintsy', 'Klimovo', 'Pogonovo training area', 'Soloti / Valuyki', 'Kursk training area']) {
      expect(
        names.some((name) => name.startsWith(`${site}, `) && name.includes('troops reported from')),
        site,
      ).toBe(true);
    }
    // Reported only later, so not on the map on 13 January.
    expect(names.some((name) => name.startsWith('Rechitsa'))).toBe(false);
    expect(names.some((name) => name.startsWith('Opuk'))).toBe(false);
  });

  test('every place can be reached with Tab and opened with Enter', async ({page}) => {
    await page.goto('./');
    await waitForMap(page);
    const expected = await placeButtons(page).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    expect(expected.length).toBeGreaterThan(10);
    const reached = new Set<string>();
    for (let i = 0; i < expected.length + 20 && reached.size < expected.length; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() =>
        document.activeElement?.closest('.place-targets') ? document.activeElement.getAttribute('aria-label') : null,
      );
      if (label) reached.add(label);
    }
    expect([...reached].sort()).toEqual([...expected].sort());

    // Back to Vienna, and open it with the keyboard.
    const vienna = placeButtons(page).filter({hasText: 'Vienna'}).first();
    await vienna.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', {level: 2, name: 'Vienna'});
    await expect(heading).toBeFocused();
    const panel = page.getByRole('complementary');
    await expect(panel.getByRole('heading', {name: 'OSCE Permanent Council in Vienna'})).toBeVisible();
    await expect(panel.getByText('Michael Carpenter, US Ambassador to the OSCE')).toBeVisible();
    await expect(panel.getByText('Zbigniew Rau, Polish Foreign Minister, OSCE Chairman-in-Office')).toBeVisible();
    await expect(panel.getByRole('link', {name: /U\.S\. Department of State/}).first()).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(vienna).toHaveAttribute('aria-current', 'true');

    // Escape closes the details and gives focus back to the place.
    await page.keyboard.press('Escape');
    await expect(vienna).toBeFocused();
    await expect(page.getByRole('heading', {level: 2, name: 'The situation on 13 January 2022'})).toBeVisible();
  });

  test('a troop site shows its reports, the computed distance and the distances sources gave', async ({page}) => {
    await page.goto('./');
    await waitForMap(page);
    await clickPlace(page, 'Klintsy');
    const panel = page.getByRole('complementary');
    await expect(panel.getByRole('heading', {level: 2, name: 'Klintsy'})).toBeVisible();
    await expect(panel.getByText(/^\d+ km from the pin to the nearest point of Ukraine’s land border/)).toBeVisible();
    await expect(panel.getByText('“roughly 30 km east of the Russia-Ukraine border”', {exact: false})).toBeVisible();
    await expect(panel.getByText('First reported 30 December 2021.')).toBeVisible();
  });

  test('clicking Brussels on the map opens the NATO–Russia Council', async ({page}) => {
    await page.goto('./');
    await waitForMap(page);
    await clickPlace(page, 'Brussels');
    await expect(page.getByRole('complementary').getByRole('heading', {name: 'NATO–Russia Council meets in Brussels'})).toBeVisible();
  });

  test('says on the map that Crimea is Ukraine, occupied by Russia since 2014', async ({page}) => {
    await page.goto('./?date=2022-02-24');
    await waitForMap(page);
    await expect(page.getByRole('region', {name: 'Key'}).getByText('Crimea: part of Ukraine, occupied by Russia since 2014')).toBeVisible();
    await clickPlace(page, 'Opuk');
    await expect(
      page.getByRole('complementary').getByText('Crimea (Kerch peninsula), Ukraine (occupied by Russia since 2014)'),
    ).toBeVisible();
    await expect(
      page.getByRole('complementary').getByText('Inside Ukraine’s internationally recognised border, in occupied Crimea.'),
    ).toBeVisible();
  });
});
