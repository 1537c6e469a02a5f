/**
 * A news site's page that embeds the map, for the embed tests: served on another origin, with the
 * embed code exactly as the Share dialog gives it.
 */
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import type {Page} from '@playwright/test';
import {waitForMap} from './fixtures.ts';

/**
 * Serves a news site's page on another origin (127.0.0.1, which is not localhost to the browser)
 * from a server of the test's own: a real local server, since Chrome keeps pages it considers
 * public (as a route-fulfilled one) from framing local ones.
 */
export async function serveHostPage(body: string): Promise<{url: string; close: () => void}> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body style="margin:0">
<script>window.received = []; window.addEventListener("message", function (e) { window.received.push(e.data); });</script>
<h1>An article</h1>${body}<p>More of the article.</p></body></html>`;
  const server = createServer((_, response) => response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close()};
}

/** The embed code exactly as the Share dialog gives it, for a view and an id. */
export async function embedCodeFromShareDialog(page: Page, path: string, id: string): Promise<string> {
  await page.goto(path);
  await waitForMap(page, 'idle-or-fallback');
  await page.getByRole('button', {name: 'Share'}).click();
  const code = await page.getByLabel('Embed code').inputValue();
  await page.getByRole('dialog').getByRole('button', {name: 'Close'}).click();
  return code.replaceAll('ukraine-january-2022', id);
}
