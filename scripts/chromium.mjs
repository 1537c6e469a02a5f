/**
 * The Chromium the browser tests and the benchmark run in. It is looked for in this order:
 *
 *   1. `CHROMIUM_PATH`, when set; a path with no file there is an error, not skipped;
 *   2. Playwright's own browsers, in its folder (`PLAYWRIGHT_BROWSERS_PATH`, else
 *      ~/.cache/ms-playwright, ~/Library/Caches/ms-playwright or %LOCALAPPDATA%\ms-playwright): the
 *      build this version of Playwright expects, then any other chromium or chromium_headless_shell
 *      build there, newest first;
 *   3. where Chrome and Chromium usually are on Linux, macOS and Windows.
 *
 * When none is found, `ensureChromium` installs one, saying so before it does: Playwright's own
 * download first (`npx playwright install chromium`), then Debian's `chromium` package where it may
 * (as root, or through passwordless sudo). `NO_BROWSER_INSTALL=1` turns installing off: it then
 * prints the commands to run and stops.
 */
import {spawnSync} from 'node:child_process';
import {readdirSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import {homedir} from 'node:os';
import {dirname, posix, win32} from 'node:path';

/** The variable that turns installing a browser off, for people who manage their browsers. */
export const NO_INSTALL_VARIABLE = 'NO_BROWSER_INSTALL';

/**
 * Chromium's command-line switches: WebGL through SwiftShader (software), since test machines have
 * no GPU and Chrome no longer falls back to it on its own; then switches that keep a headless
 * Chromium from calling Google's services. `--no-sandbox` only as root, where Chromium's sandbox
 * refuses to start.
 */
export function chromiumArgs({asRoot = isRoot()} = {}) {
  return [
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    ...(asRoot ? ['--no-sandbox'] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

/** The switches for this process (kept for the specs that launch their own browser). */
export const CHROMIUM_ARGS = chromiumArgs();

function isRoot() {
  return process.getuid?.() === 0;
}

/** Whether `NO_BROWSER_INSTALL` turns installing off (any value but empty, `0` or `false`). */
export function installIsOff(env = process.env) {
  const value = (env[NO_INSTALL_VARIABLE] ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

/** The folder Playwright installs its browsers into, as Playwright itself works it out. */
export function playwrightBrowsersFolder({env, platform, home, cwd = process.cwd()}) {
  const path = platform === 'win32' ? win32 : posix;
  const custom = env.PLAYWRIGHT_BROWSERS_PATH;
  // `0` means inside the playwright-core package: the build it expects (`pinned`) is looked at.
  if (custom === '0') return undefined;
  if (custom) return path.resolve(env.INIT_CWD || cwd, custom);
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'ms-playwright');
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'ms-playwright');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'ms-playwright');
}

/** Where the executable is inside a Playwright build folder, newest layout first. */
const PLAYWRIGHT_EXECUTABLES = {
  chromium: {
    linux: [
      ['chrome-linux64', 'chrome'],
      ['chrome-linux-arm64', 'chrome'],
      ['chrome-linux', 'chrome'],
    ],
    darwin: [
      ['chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
      ['chrome-mac-x64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
      ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
    ],
    win32: [
      ['chrome-win64', 'chrome.exe'],
      ['chrome-win', 'chrome.exe'],
    ],
  },
  chromium_headless_shell: {
    linux: [
      ['chrome-headless-shell-linux64', 'chrome-headless-shell'],
      ['chrome-headless-shell-linux-arm64', 'chrome-headless-shell'],
      ['chrome-linux', 'headless_shell'],
    ],
    darwin: [
      ['chrome-headless-shell-mac-arm64', 'chrome-headless-shell'],
      ['chrome-headless-shell-mac-x64', 'chrome-headless-shell'],
      ['chrome-mac', 'headless_shell'],
    ],
    win32: [
      ['chrome-headless-shell-win64', 'chrome-headless-shell.exe'],
      ['chrome-win', 'headless_shell.exe'],
    ],
  },
};

/** Where Chrome and Chromium are usually installed. */
export function systemPaths({env, platform, home}) {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      posix.join(home, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
      posix.join(home, 'Applications/Chromium.app/Contents/MacOS/Chromium'),
    ];
  }
  if (platform === 'win32') {
    const localAppData = env.LOCALAPPDATA || win32.join(home, 'AppData', 'Local');
    return [
      win32.join(env.PROGRAMFILES || 'C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe'),
      win32.join(env['PROGRAMFILES(X86)'] || 'C:\\Program Files (x86)', 'Google', 'Chrome', 'Application', 'chrome.exe'),
      win32.join(localAppData, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      win32.join(localAppData, 'Chromium', 'Application', 'chrome.exe'),
    ];
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ];
}

/**
 * Looks for a browser, in the order described at the top, with everything it reads passed in (so
 * that it can be tested): `isFile(path)`, `listFolder(path)` (names, or [] when there is no such
 * folder) and `pinned()`, the path of the Chromium build this Playwright expects (or undefined).
 * Returns `{path, source}`, or undefined when there is none; throws when `CHROMIUM_PATH` is wrong.
 */
export function findBrowser({env, platform, home, cwd, isFile, listFolder, pinned}) {
  const custom = env.CHROMIUM_PATH;
  if (custom) {
    if (isFile(custom)) return {path: custom, source: 'CHROMIUM_PATH'};
    throw new Error(
      `CHROMIUM_PATH is "${custom}", but there is no such file. Set it to a Chrome or Chromium executable, or unset it to let the tests look for one.`,
    );
  }

  const pinnedPath = pinned();
  if (pinnedPath && isFile(pinnedPath)) return {path: pinnedPath, source: 'Playwright’s browsers'};
  const folder = playwrightBrowsersFolder({env, platform, home, cwd});
  if (folder) {
    const path = platform === 'win32' ? win32 : posix;
    const os = platform === 'win32' || platform === 'darwin' ? platform : 'linux';
    const names = listFolder(folder);
    for (const kind of ['chromium', 'chromium_headless_shell']) {
      const builds = names
        .map((name) => ({name, revision: Number(new RegExp(`^${kind}-(\\d+)$`).exec(name)?.[1])}))
        .filter((build) => Number.isInteger(build.revision))
        .sort((a, b) => b.revision - a.revision);
      for (const build of builds) {
        for (const parts of PLAYWRIGHT_EXECUTABLES[kind][os]) {
          const candidate = path.join(folder, build.name, ...parts);
          if (isFile(candidate)) return {path: candidate, source: 'Playwright’s browsers'};
        }
      }
    }
  }

  const system = systemPaths({env, platform, home}).find((path) => isFile(path));
  return system ? {path: system, source: 'the system'} : undefined;
}

const require = createRequire(import.meta.url);

/** The Chromium build this version of Playwright expects, installed or not. */
function pinnedPlaywrightChromium() {
  try {
    return require('playwright-core').chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** `findBrowser` on this machine. */
function findOnThisMachine() {
  return findBrowser({
    env: process.env,
    platform: process.platform,
    home: homedir(),
    cwd: process.cwd(),
    isFile: (path) => {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
    listFolder: (path) => {
      try {
        return readdirSync(path);
      } catch {
        return [];
      }
    },
    pinned: pinnedPlaywrightChromium,
  });
}

/** The path of the browser `findBrowser` finds on this machine, or undefined. */
export function findChromium() {
  return findOnThisMachine()?.path;
}

/** What to run to install a browser, or to point the tests to one, on this platform. */
export function installCommands(platform = process.platform) {
  const lines = ['Install one, then run npm test again:', '  npx playwright install chromium'];
  if (platform === 'linux') lines.push('  sudo apt-get update && sudo apt-get install chromium     # or this, on Debian');
  lines.push('Or tell the tests where a Chrome or Chromium is:');
  lines.push(
    platform === 'win32' ? '  $env:CHROMIUM_PATH = "C:\\path\\to\\chrome.exe"; npm test' : '  CHROMIUM_PATH=/path/to/chrome npm test',
  );
  return lines.join('\n');
}

/** Runs Playwright's browser download; true when it worked, else says why in one line. */
function installWithPlaywright() {
  console.log('\n▶ No Chrome or Chromium found: downloading Playwright’s Chromium (npx playwright install chromium; a few minutes)');
  const cli = `${dirname(require.resolve('playwright-core/package.json'))}/cli.js`;
  const result = spawnSync(process.execPath, [cli, 'install', 'chromium'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    timeout: 20 * 60 * 1000,
  });
  if (result.status === 0) return true;
  const lines = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.split('\n').map((line) => line.trim());
  const reason =
    result.error?.message ??
    lines.find((line) => /^Error: /.test(line) && !/Download failure|Failed to download/.test(line))?.slice('Error: '.length) ??
    lines.filter(Boolean).at(-1) ??
    `exit ${result.status}`;
  console.log(`✗ Playwright’s download failed (${reason}).`);
  return false;
}

/** Installs Debian's chromium package when apt-get is there and may be used; true when it worked. */
function installWithApt() {
  if (process.platform !== 'linux' || spawnSync('sh', ['-c', 'command -v apt-get'], {stdio: 'ignore'}).status !== 0) return false;
  const asRoot = isRoot();
  if (!asRoot) {
    const sudo = spawnSync('sudo', ['-n', 'true'], {stdio: 'ignore'});
    if (sudo.status !== 0) {
      const why = sudo.error ? 'there is no sudo' : 'sudo asks for a password';
      console.log(`✗ Debian’s chromium package needs root, and ${why}: not installing it.`);
      return false;
    }
  }
  const prefix = asRoot ? [] : ['sudo', '-n'];
  const apt = (args) => {
    const [command, ...rest] = [...prefix, 'apt-get', ...args];
    return spawnSync(command, rest, {stdio: 'inherit', env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}}).status === 0;
  };
  const sudo = asRoot ? '' : 'sudo ';
  console.log(
    `\n▶ Installing Debian’s chromium package (${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends chromium)`,
  );
  return apt(['update']) && apt(['install', '-y', '--no-install-recommends', 'chromium']);
}

/**
 * Finds a Chromium, installing one when there is none (unless `NO_BROWSER_INSTALL` is set); exits
 * with the commands to run when it cannot. Returns `{path, source}`.
 */
export function ensureChromium() {
  const find = () => {
    try {
      return findOnThisMachine();
    } catch (error) {
      console.error(`✗ ${error.message}`);
      process.exit(1);
    }
  };
  const found = find();
  if (found) return found;
  if (installIsOff()) {
    console.error(`✗ No Chrome or Chromium found, and ${NO_INSTALL_VARIABLE} is set, so none is installed.\n${installCommands()}`);
    process.exit(1);
  }
  for (const install of [installWithPlaywright, installWithApt]) {
    if (install()) {
      const installed = find();
      if (installed) return installed;
    }
  }
  console.error(`✗ Could not install a Chromium.\n${installCommands()}`);
  process.exit(1);
}

/**
 * What Playwright's `launch` needs for the browser tests and the benchmark: the browser (found or
 * installed), the switches, and Chromium's sandbox on unless running as root (Playwright turns it
 * off by default).
 */
export function chromiumLaunchOptions() {
  return {executablePath: ensureChromium().path, args: chromiumArgs(), chromiumSandbox: !isRoot()};
}
