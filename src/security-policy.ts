/**
 * The Content-Security-Policy of the built site, written once: Vite puts it in a `<meta>` tag and
 * writes the same policy, with the parts only a header can carry, into `_headers` for static hosts.
 *
 * Everything comes from this site. `img-src data:` is for the empty favicon; MapLibre's worker is
 * a file of this site, so `worker-src` needs no `blob:`. No inline script, no `unsafe-eval`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Directives a `<meta>` tag cannot carry (browsers ignore them there, with a console error):
 * any site may frame the map, which is what embedding is for.
 */
export const HEADER_ONLY_POLICY = 'frame-ancestors *';

/**
 * `_headers` (Netlify, Cloudflare Pages) for the whole site; README shows the same for nginx.
 * Hashed assets never change; the fonts are asked for several times by the map, so they are cached.
 */
export const HEADERS_FILE = `/*
  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_POLICY}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
/assets/*
  Cache-Control: public, max-age=31536000, immutable
/fonts/*
  Cache-Control: public, max-age=86400
`;
