/**
 * The nginx the hosting test serves the built site with, using the README's configuration
 * (`docs/hosting/nginx.conf`). Found where Debian and others put it, or installed with apt-get (as
 * root, or through passwordless sudo), as `chromium.mjs` does for the browser.
 */
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';

const CANDIDATES = [
  '/usr/sbin/nginx',
  '/usr/local/sbin/nginx',
  '/usr/local/nginx/sbin/nginx',
  '/usr/local/bin/nginx',
  '/opt/homebrew/bin/nginx',
];

/** The path of an installed nginx, or undefined. `NGINX_PATH` wins when it exists. */
export function findNginx() {
  if (process.env.NGINX_PATH && existsSync(process.env.NGINX_PATH)) return process.env.NGINX_PATH;
  return CANDIDATES.find((path) => existsSync(path));
}

function privileged(command, args) {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const [program, fullArgs] = asRoot ? [command, args] : ['sudo', ['-n', command, ...args]];
  return spawnSync(program, fullArgs, {stdio: 'inherit', env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}}).status === 0;
}

/** Finds nginx, installing Debian's `nginx` package when there is none; exits if it cannot. */
export function ensureNginx() {
  const found = findNginx();
  if (found) return found;
  console.log('\n▶ No nginx found: installing Debian’s nginx package for the hosting test');
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], {stdio: 'ignore'}).status === 0;
  if (hasApt && privileged('apt-get', ['update']) && privileged('apt-get', ['install', '-y', '--no-install-recommends', 'nginx'])) {
    // The package starts a default site on port 80 where systemd runs; the test needs only the
    // program, and starts its own server on a free port.
    if (existsSync('/run/systemd/system')) privileged('systemctl', ['disable', '--now', 'nginx']);
    const installed = findNginx();
    if (installed) return installed;
  }
  console.error('✗ Could not install nginx. Install it (e.g. `apt-get install nginx`) or set NGINX_PATH to an nginx binary.');
  process.exit(1);
}
