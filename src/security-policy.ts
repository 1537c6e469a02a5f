/**
 * The Content-Security-Policy of the built site, written once, in two parts:
 *
 *   - the page's policy, in a `<meta>` tag of the built page (vite.config.ts): everything comes from
 *     this site, and the only inline code is the page's own stylesheet and first-paint script
 *     (inlined so that the page is painted without waiting for another file), each allowed by its
 *     SHA-256 hash, which the build computes. No `unsafe-inline`, no `unsafe-eval`.
 *   - the headers' policy, for static hosts (`_headers`, and the nginx configuration in the README):
 *     the same rules for what may be loaded from where, plus what only a header can carry. It leaves
 *     scripts and styles to the page's policy (both apply, so the page is held to the stricter of
 *     the two): with them, every change to the stylesheet would change the hosts' configuration.
 *
 * The policies are for the build and the tests (Node); no page imports this file. `img-src data:`
 * is for the empty favicon; MapLibre's worker is a file of this site, so
 * `worker-src` needs no `blob:`.
 */

import {createHash} from 'node:crypto';

/** What may be loaded from where: in both policies. */
const SOURCES = [
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** The hashes of a page's inline code, as CSP writes them (`'sha256-…'`). */
export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
}

/**
 * The source that allows one inline `<script>` or `<style>` by its content: `'sha256-…'`, the
 * base64 SHA-256 of the exact text between its tags.
 */
export function inlineHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The page's policy, for its `<meta>` tag. */
export function pagePolicy({scripts, styles}: InlineHashes): string {
  return ["default-src 'self'", ["script-src 'self'", ...scripts].join(' '), ["style-src 'self'", ...styles].join(' '), ...SOURCES].join(
    '; ',
  );
}

/**
 * The headers' policy. `frame-ancestors` is one a `<meta>` tag cannot carry (browsers ignore it
 * there, with a console error): any site may frame the map, which is what embedding is for.
 */
export const HEADER_POLICY = [...SOURCES, 'frame-ancestors *'].join('; ');

/**
 * `_headers` (Netlify, Cloudflare Pages) for the whole site; README shows the same for nginx.
 * Hashed assets never change; the fonts are asked for several times by the map, so they are cached.
 */
export const HEADERS_FILE = `/*
  Content-Security-Policy: ${HEADER_POLICY}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
/assets/*
  Cache-Control: public, max-age=31536000, immutable
/fonts/*
  Cache-Control: public, max-age=86400
`;
