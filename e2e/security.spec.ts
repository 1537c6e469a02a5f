import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {test, expect, waitForMap, clickPlace, placeButtons} from './fixtures.ts';
import {inlineHash} from '../src/security-policy.ts';

const violations = () => (window as unknown as {violations: string[]}).violations;

test.beforeEach(async ({page}) => {
  // Collects every Content-Security-Policy violation, in every frame, from the very start.
  await page.addInitScript(() => {
    (window as unknown as {violations: string[]}).violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as {violations: string[]}).violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
});

test('the built page carries a strict Content-Security-Policy, and nothing on it breaks the policy', async ({page}) => {
  const html = readFileSync(fileURLToPath(new URL('../dist/index.html', import.meta.url)), 'utf8');
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("worker-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toMatch(/worker-src[^;]*blob:/);
  // The only inline code is the page's stylesheet and first-paint script, each allowed by its hash.
  const inline = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);
  expect(inline('script')).toHaveLength(1);
  expect(inline('style')).toHaveLength(1);
  expect(policy).toContain(`script-src 'self' ${inlineHash(inline('script')[0]!)};`);
  expect(policy).toContain(`style-src 'self' ${inlineHash(inline('style')[0]!)};`);
  expect(html).not.toMatch(/\sstyle="/);
  expect(readFileSync(fileURLToPath(new URL('../dist/_headers', import.meta.url)), 'utf8')).toContain('frame-ancestors *');

  // Use everything: the WebGL map, a place, the timeline, playback, the Share dialog.
  await page.goto('./');
  await waitForMap(page);
  await clickPlace(page, 'Vienna');
  const slider = page.getByRole('slider', {name: 'Timeline'});
  await slider.focus();
  await page.keyboard.press('PageDown');
  await page.getByRole('button', {name: 'Play'}).click();
  await expect(slider).not.toHaveAttribute('aria-valuetext', '18 January 2022');
  await page.getByRole('button', {name: 'Pause'}).click();
  await page.getByRole('button', {name: 'Share'}).click();
  await page.getByRole('dialog').getByRole('button', {name: 'Close'}).click();
  expect(await page.evaluate(violations)).toEqual([]);
});

test('every link to another site opens safely', async ({page, baseURL}) => {
  await page.goto('./?event=osce-permanent-council');
  await waitForMap(page, 'idle-or-fallback');
  await placeButtons(page).filter({hasText: 'Klintsy'}).focus();
  await page.keyboard.press('Enter');
  const origin = new URL(baseURL!).origin;
  const links = await page
    .locator('a[href^="http"]')
    .evaluateAll((anchors) =>
      anchors.map((a) => ({href: a.getAttribute('href')!, rel: a.getAttribute('rel'), target: a.getAttribute('target')})),
    );
  const external = links.filter((l) => !l.href.startsWith(origin));
  expect(external.length).toBeGreaterThan(3);
  for (const link of external) expect(link, link.href).toMatchObject({rel: 'noopener noreferrer', target: '_blank'});
});
