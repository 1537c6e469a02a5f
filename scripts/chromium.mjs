/**
 * The Chromium the browser tests and the benchmark run in. Playwright cannot download its own
 * browsers on the build machines, so the system's Chromium is used: found where Debian and others
 * put it, or installed with apt-get (as root, or through passwordless sudo).
 */
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * WebGL through SwiftShader (software), since test machines have no GPU and Chrome no longer falls
 * back to it on its own. The rest keep a headless Chromium from calling Google's services.
 */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The path of an installed Chromium, or undefined. `CHROMIUM_PATH` wins when it exists. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return CANDIDATES.find((path) => existsSync(path));
}

function apt(args) {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const [command, fullArgs] = asRoot ? ['apt-get', args] : ['sudo', ['-n', 'apt-get', ...args]];
  return spawnSync(command, fullArgs, {stdio: 'inherit', env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}}).status === 0;
}

/** Finds a Chromium, installing Debian's `chromium` package when there is none; exits if it cannot. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  console.log('\n▶ No Chromium found: installing Debian’s chromium package for the browser tests');
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], {stdio: 'ignore'}).status === 0;
  if (hasApt && apt(['update']) && apt(['install', '-y', '--no-install-recommends', 'chromium'])) {
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    '✗ Could not install Chromium. Install it (e.g. `apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
