/**
 * A minimal static file server for the benchmark, behaving like a typical static host: the right
 * types, gzip for text, and an hour of caching (so a file asked for twice on one page, as MapLibre
 * asks for its fonts, travels once). No dependencies.
 */
import {createReadStream, existsSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';
import {createGzip} from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.geojson', '.txt', '.csv']);

/** Content types by file extension: also those of the `_headers` host in the hosting tests. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** Serves `folder` on `port` (on 127.0.0.1); resolves with a function that stops the server. */
export function serveFolder(folder, port) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(folder, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('Not found');
      return;
    }
    const extension = extname(file);
    const gzip = COMPRESSIBLE.has(extension) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
      'cache-control': 'public, max-age=3600',
      ...(gzip ? {'content-encoding': 'gzip', vary: 'accept-encoding'} : {}),
    });
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(() => server.close())));
}
