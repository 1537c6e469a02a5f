/**
 * The built site served the ways the README tells hosts to: by nginx with `docs/hosting/nginx.conf`,
 * and by a host that reads `_headers` (Netlify, Cloudflare Pages). Used by `hosting.spec.ts`.
 */
import {spawn, spawnSync} from 'node:child_process';
import {createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import {type AddressInfo, createServer as createNetServer} from 'node:net';
import {tmpdir} from 'node:os';
import {extname, join, normalize} from 'node:path';
import {CONTENT_TYPES} from '../scripts/static-server.mjs';

export interface Served {
  origin: string;
  stop: () => Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// nginx's configuration, read the way nginx reads it.

export interface NginxDirective {
  name: string;
  args: string[];
  block?: NginxDirective[];
}

/** Words, quoted strings, `{`, `}` and `;` of an nginx configuration; comments dropped. */
function nginxTokens(text: string): string[] {
  const tokens: string[] = [];
  // A `#` starts a comment only where a token could start, as in nginx.
  const pattern = /\s+|#[^\n]*|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([{};])|([^\s{};"']+)/y;
  while (pattern.lastIndex < text.length) {
    const start = pattern.lastIndex;
    const match = pattern.exec(text);
    if (!match) throw new Error(`Cannot read the nginx configuration at character ${start}`);
    const [, double, single, punctuation, word] = match;
    const quoted = double ?? single;
    if (quoted !== undefined) tokens.push(quoted.replace(/\\(.)/g, '$1'));
    else if (punctuation ?? word) tokens.push((punctuation ?? word)!);
  }
  return tokens;
}

/** The directives of an nginx configuration, blocks nested. */
export function parseNginx(text: string): NginxDirective[] {
  const tokens = nginxTokens(text);
  let at = 0;
  const readBlock = (closing: boolean): NginxDirective[] => {
    const directives: NginxDirective[] = [];
    let words: string[] = [];
    while (at < tokens.length) {
      const token = tokens[at++]!;
      if (token === ';') {
        const [name = '', ...args] = words;
        directives.push({name, args});
        words = [];
      } else if (token === '{') {
        const [name = '', ...args] = words;
        directives.push({name, args, block: readBlock(true)});
        words = [];
      } else if (token === '}') {
        if (!closing || words.length) throw new Error('Unbalanced } in the nginx configuration');
        return directives;
      } else words.push(token);
    }
    if (closing || words.length) throw new Error('The nginx configuration ends inside a block or directive');
    return directives;
  };
  return readBlock(false);
}

export interface HeaderLine {
  name: string;
  value: string;
  /** `always`: also on error responses (4xx, 5xx); without it nginx adds the header to 2xx and 3xx only. */
  always: boolean;
}

/**
 * The `add_header` lines in effect in each context of the configuration (the file's top level is
 * the `http` context). nginx's rule: a context inherits its parent's `add_header` lines only when
 * it has none of its own, so one `add_header` in a `location` drops all the server's.
 */
export function headersInEffect(
  directives: NginxDirective[],
  inherited: HeaderLine[] = [],
  context = 'http',
): {context: string; headers: HeaderLine[]}[] {
  const own = directives
    .filter((d) => d.name === 'add_header')
    .map(({args: [name = '', value = '', flag]}) => ({name: name.toLowerCase(), value, always: flag === 'always'}));
  const headers = own.length ? own : inherited;
  return [
    {context, headers},
    ...directives
      .filter((d) => d.block && ['server', 'location', 'if'].includes(d.name))
      .flatMap((d) => headersInEffect(d.block!, headers, `${context === 'http' ? '' : `${context} › `}${[d.name, ...d.args].join(' ')}`)),
  ];
}

// ---------------------------------------------------------------------------------------------
// nginx itself.

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Where this nginx keeps `mime.types`: beside its main configuration file. */
function mimeTypesOf(nginx: string): string {
  const version = spawnSync(nginx, ['-V'], {encoding: 'utf8'});
  const confPath = /--conf-path=(\S+)/.exec(`${version.stdout}${version.stderr}`)?.[1] ?? '/etc/nginx/nginx.conf';
  const path = join(confPath, '..', 'mime.types');
  if (!existsSync(path)) throw new Error(`nginx's mime.types is not at ${path}`);
  return path;
}

/**
 * Replaces `find` in the reader's configuration, which must hold it exactly once: the test serves
 * what the README shows, changing only where it listens and where the files are.
 */
function substitute(text: string, find: string, replacement: string): string {
  const count = text.split(find).length - 1;
  if (count !== 1) throw new Error(`docs/hosting/nginx.conf should contain "${find}" once, has it ${count} times`);
  return text.replace(find, () => replacement);
}

/**
 * Starts nginx in the foreground, in one process, on a free port, with `siteConf` (a file for
 * nginx's `conf.d/`: the `http` context) serving `root`. Temporary files stay in a fresh folder.
 */
export async function startNginx(nginx: string, siteConf: string, root: string): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-hosting-test-'));
  const port = await freePort();
  let site = substitute(siteConf, 'listen 80;', `listen 127.0.0.1:${port};`);
  site = substitute(site, 'root /var/www/january-2022;', `root ${root};`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${join(dir, name)};`).join('\n  ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;\nmaster_process off;\npid ${join(dir, 'nginx.pid')};\nerror_log ${join(dir, 'error.log')} warn;\nevents {}\nhttp {\n  include ${mimeTypesOf(nginx)};\n  default_type application/octet-stream;\n  access_log off;\n  ${temp}\n${site}\n}\n`,
  );
  const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const log = () => `${stderr}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, {recursive: true, force: true});
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${origin}/`);
      return {origin, stop};
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const message = log();
  await stop();
  throw new Error(`nginx did not start:\n${message}`);
}

// ---------------------------------------------------------------------------------------------
// A host that reads `_headers`, as Netlify and Cloudflare Pages document it: a line with a path
// pattern, then indented `Name: value` lines; `*` matches anything, `:name` one path segment; a
// request gets the headers of every rule whose pattern matches its path, whatever the response
// (a header set by several rules gets their values joined with ", ").

export interface HeadersRule {
  pattern: RegExp;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const path = line.trim().replace(/^https?:\/\/[^/]+/, '');
      const source = path
        .split(/(\*|:[A-Za-z]\w*)/)
        .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      rules.push({pattern: new RegExp(`^${source}$`), headers: []});
      continue;
    }
    const rule = rules.at(-1);
    const header = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    if (!rule || !header) throw new Error(`_headers: cannot read "${line}"`);
    rule.headers.push([header[1]!.toLowerCase(), header[2]!.trim()]);
  }
  return rules;
}

export function headersForPath(rules: readonly HeadersRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

/** Serves `root` with the rules of its `_headers` file (which, like those hosts, it does not serve). */
export async function serveWithHeadersFile(root: string): Promise<Served> {
  const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    let file = join(root, normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, ''));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = path !== '/_headers' && existsSync(file);
    const headers = headersForPath(rules, path);
    if (!found) {
      response.writeHead(404, {...headers, 'content-type': 'text/html; charset=utf-8'}).end('<h1>Not found</h1>');
      return;
    }
    response.writeHead(200, {'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', ...headers});
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {origin: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve()))};
}
