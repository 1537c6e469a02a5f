/**
 * The headers the built site is served with, by the two configurations the README gives: nginx
 * with `docs/hosting/nginx.conf` (run for real), and a host that reads `_headers`. Every response
 * (the page, scripts under /assets/, MapLibre's worker, fonts, data, a missing page) must carry the
 * Content-Security-Policy, `nosniff` and the referrer policy; hashed assets and fonts are cached.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {test, expect} from '@playwright/test';
import {findNginx} from '../scripts/nginx.mjs';
import {HEADER_POLICY, HEADERS_FILE} from '../src/security-policy.ts';
import {headersInEffect, parseNginx, serveWithHeadersFile, startNginx} from './hosting.ts';

const path = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));
const NGINX_CONF = 'docs/hosting/nginx.conf';

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': HEADER_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};
const HASHED = 'public, max-age=31536000, immutable';
const FONTS = 'public, max-age=86400';

interface Expected {
  what: string;
  path: string;
  status: number;
  type?: RegExp;
  /** The Cache-Control header; null when there must be none. */
  cache: string | null;
}

/** What is asked for, and what must come back, for the site in `dist/`. */
function expectations(): Expected[] {
  const html = readFileSync(path('dist/index.html'), 'utf8');
  const entry = /<script data-main="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  const worker = readdirSync(path('dist/assets')).find((name) => /^maplibre-gl-worker-.+\.js$/.test(name));
  if (!entry || !worker) throw new Error('dist/ has no entry script or no MapLibre worker: build first (npx vite build)');
  const script = /^(text|application)\/javascript/;
  return [
    {what: 'the page', path: '/', status: 200, type: /^text\/html/, cache: null},
    {what: 'the page by name', path: '/index.html', status: 200, type: /^text\/html/, cache: null},
    {what: 'the entry script', path: `/${entry}`, status: 200, type: script, cache: HASHED},
    {what: 'the MapLibre worker', path: `/assets/${worker}`, status: 200, type: script, cache: HASHED},
    {what: 'a font', path: '/fonts/noto-sans-latin-wght-normal.woff2', status: 200, type: /^font\/woff2/, cache: FONTS},
    {what: 'the data', path: '/data/story.json', status: 200, type: /^application\/json/, cache: null},
    {what: 'a missing page', path: '/no-such-page', status: 404, cache: null},
  ];
}

/** Everything wrong with the responses of the server at `origin`, one line each. */
async function problemsServing(origin: string, expected: readonly Expected[]): Promise<string[]> {
  const problems: string[] = [];
  for (const e of expected) {
    const response = await fetch(`${origin}${e.path}`);
    await response.arrayBuffer();
    const header = (name: string) => response.headers.get(name);
    const say = (text: string) => problems.push(`${e.what} (${e.path}): ${text}`);
    if (response.status !== e.status) say(`status ${response.status}, expected ${e.status}`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (header(name) !== value) say(`${name} is ${JSON.stringify(header(name))}, expected ${JSON.stringify(value)}`);
    }
    if (e.type && !e.type.test(header('content-type') ?? '')) say(`content-type is ${JSON.stringify(header('content-type'))}`);
    if (header('cache-control') !== e.cache)
      say(`cache-control is ${JSON.stringify(header('cache-control'))}, expected ${JSON.stringify(e.cache)}`);
  }
  return problems;
}

test('the README shows the nginx configuration and the _headers file that these tests serve', () => {
  const readme = readFileSync(path('README.md'), 'utf8');
  const hosting = readme.slice(readme.indexOf('### Hosting'), readme.indexOf('\n## ', readme.indexOf('### Hosting')));
  expect(hosting).toContain(`\`\`\`nginx\n${readFileSync(path(NGINX_CONF), 'utf8')}\`\`\``);
  expect(hosting).toContain(`\`\`\`text\n${HEADERS_FILE}\`\`\``);
  expect(readFileSync(path('dist/_headers'), 'utf8')).toBe(HEADERS_FILE);
});

test('docs/hosting/nginx.conf keeps the security headers in every location, error pages included', () => {
  // nginx's rule, read from the file: a location with an add_header of its own inherits none of
  // the server's, and without `always` a header is left off 4xx and 5xx responses.
  const contexts = headersInEffect(parseNginx(readFileSync(path(NGINX_CONF), 'utf8'))).filter((c) => c.context !== 'http');
  expect(contexts.map((c) => c.context)).toContain('server');
  const problems = contexts.flatMap(({context, headers}) =>
    Object.entries(SECURITY_HEADERS).flatMap(([name, value]) => {
      const line = headers.find((h) => h.name === name);
      if (!line) return [`${context}: no ${name}`];
      return [
        ...(line.value === value ? [] : [`${context}: ${name} is ${JSON.stringify(line.value)}`]),
        ...(line.always ? [] : [`${context}: ${name} without "always", so error pages go without it`]),
      ];
    }),
  );
  expect(problems).toEqual([]);
});

test('nginx with docs/hosting/nginx.conf sends the security headers on every response', async () => {
  const nginx = findNginx();
  if (!nginx) {
    throw new Error('This test runs nginx, which is not installed: `npm test` installs it with apt-get; or install it, or set NGINX_PATH.');
  }
  const server = await startNginx(nginx, readFileSync(path(NGINX_CONF), 'utf8'), path('dist'));
  try {
    const problems = await problemsServing(server.origin, [
      ...expectations(),
      // A missing hashed file must not be cached for a year; the headers file is for other hosts.
      {what: 'a missing script', path: '/assets/no-such-file.js', status: 404, cache: null},
      {what: 'the _headers file', path: '/_headers', status: 404, cache: null},
    ]);
    expect(problems).toEqual([]);
  } finally {
    await server.stop();
  }
});

test('a host that reads _headers (Netlify, Cloudflare Pages) sends the security headers on every response', async () => {
  const server = await serveWithHeadersFile(path('dist'));
  try {
    expect(await problemsServing(server.origin, expectations())).toEqual([]);
  } finally {
    await server.stop();
  }
});
