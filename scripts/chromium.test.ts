import {describe, expect, it} from 'vitest';
import {chromiumArgs, findBrowser, installCommands, installIsOff, playwrightBrowsersFolder, type SearchContext} from './chromium.mjs';

/** A machine with these files (and the folders they are in), nothing else. */
function machine(files: string[], overrides: Partial<SearchContext> = {}): SearchContext {
  const set = new Set(files);
  return {
    env: {},
    platform: 'linux',
    home: '/home/ada',
    cwd: '/work',
    isFile: (path) => set.has(path),
    listFolder: (folder) => [
      ...new Set(
        files
          .filter((file) => file.startsWith(`${folder}/`) || file.startsWith(`${folder}\\`))
          .map((file) => file.slice(folder.length + 1).split(/[/\\]/)[0]!),
      ),
    ],
    pinned: () => '/home/ada/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome',
    ...overrides,
  };
}

const PINNED = '/home/ada/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH first, when the file is there', () => {
    const found = findBrowser(machine(['/opt/chrome/chrome', PINNED, '/usr/bin/chromium'], {env: {CHROMIUM_PATH: '/opt/chrome/chrome'}}));
    expect(found).toEqual({path: '/opt/chrome/chrome', source: 'CHROMIUM_PATH'});
  });

  it('fails on a CHROMIUM_PATH with no file, rather than looking elsewhere', () => {
    expect(() => findBrowser(machine([PINNED, '/usr/bin/chromium'], {env: {CHROMIUM_PATH: '/opt/nothing'}}))).toThrow(
      /CHROMIUM_PATH is "\/opt\/nothing", but there is no such file/,
    );
  });

  it('prefers the build Playwright expects to the system’s browser', () => {
    expect(findBrowser(machine([PINNED, '/usr/bin/chromium']))).toEqual({path: PINNED, source: 'Playwright’s browsers'});
  });

  it('then any other Playwright build, newest first, full Chromium before the headless shell', () => {
    const folder = '/home/ada/.cache/ms-playwright';
    const files = [
      `${folder}/chromium-1100/chrome-linux/chrome`,
      `${folder}/chromium-1200/chrome-linux64/chrome`,
      `${folder}/chromium_headless_shell-1300/chrome-headless-shell-linux64/chrome-headless-shell`,
      '/usr/bin/chromium',
    ];
    expect(findBrowser(machine(files))?.path).toBe(`${folder}/chromium-1200/chrome-linux64/chrome`);
    expect(findBrowser(machine(files.slice(2)))?.path).toBe(
      `${folder}/chromium_headless_shell-1300/chrome-headless-shell-linux64/chrome-headless-shell`,
    );
  });

  it('looks in PLAYWRIGHT_BROWSERS_PATH instead of the cache folder', () => {
    const files = ['/srv/browsers/chromium-1255/chrome-linux64/chrome', '/usr/bin/chromium'];
    const found = findBrowser(machine(files, {env: {PLAYWRIGHT_BROWSERS_PATH: '/srv/browsers'}, pinned: () => undefined}));
    expect(found?.path).toBe('/srv/browsers/chromium-1255/chrome-linux64/chrome');
  });

  it('then the usual system paths, in order', () => {
    expect(findBrowser(machine(['/usr/bin/google-chrome', '/snap/bin/chromium']))).toEqual({
      path: '/usr/bin/google-chrome',
      source: 'the system',
    });
    expect(findBrowser(machine(['/snap/bin/chromium']))?.path).toBe('/snap/bin/chromium');
  });

  it('knows where Chrome is on macOS and Windows', () => {
    const mac = machine(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'], {platform: 'darwin', home: '/Users/ada'});
    expect(findBrowser(mac)?.path).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const windows = machine([chrome], {platform: 'win32', home: 'C:\\Users\\ada', env: {PROGRAMFILES: 'C:\\Program Files'}});
    expect(findBrowser(windows)?.path).toBe(chrome);
  });

  it('finds a Playwright build on Windows', () => {
    const build = 'C:\\Users\\ada\\AppData\\Local\\ms-playwright\\chromium-1255\\chrome-win64\\chrome.exe';
    const windows = machine([build], {
      platform: 'win32',
      home: 'C:\\Users\\ada',
      env: {LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local'},
      pinned: () => undefined,
    });
    expect(findBrowser(windows)).toEqual({path: build, source: 'Playwright’s browsers'});
  });

  it('finds nothing on a machine without a browser', () => {
    expect(findBrowser(machine(['/usr/bin/firefox']))).toBeUndefined();
  });
});

describe('playwrightBrowsersFolder', () => {
  const at = (platform: string, env: Record<string, string> = {}, home = '/home/ada') =>
    playwrightBrowsersFolder({env, platform, home, cwd: '/work'});

  it('is Playwright’s cache folder on each system', () => {
    expect(at('linux')).toBe('/home/ada/.cache/ms-playwright');
    expect(at('linux', {XDG_CACHE_HOME: '/tmp/cache'})).toBe('/tmp/cache/ms-playwright');
    expect(at('darwin', {}, '/Users/ada')).toBe('/Users/ada/Library/Caches/ms-playwright');
    expect(at('win32', {}, 'C:\\Users\\ada')).toBe('C:\\Users\\ada\\AppData\\Local\\ms-playwright');
  });

  it('follows PLAYWRIGHT_BROWSERS_PATH, relative to where npm was started', () => {
    expect(at('linux', {PLAYWRIGHT_BROWSERS_PATH: '/srv/browsers'})).toBe('/srv/browsers');
    expect(at('linux', {PLAYWRIGHT_BROWSERS_PATH: 'browsers'})).toBe('/work/browsers');
    expect(at('linux', {PLAYWRIGHT_BROWSERS_PATH: '0'})).toBeUndefined();
  });
});

describe('installing', () => {
  it('is turned off by NO_BROWSER_INSTALL', () => {
    expect(installIsOff({})).toBe(false);
    expect(installIsOff({NO_BROWSER_INSTALL: '1'})).toBe(true);
    expect(installIsOff({NO_BROWSER_INSTALL: 'true'})).toBe(true);
    expect(installIsOff({NO_BROWSER_INSTALL: '0'})).toBe(false);
    expect(installIsOff({NO_BROWSER_INSTALL: ''})).toBe(false);
  });

  it('names the exact commands to run instead', () => {
    expect(installCommands('linux')).toContain('npx playwright install chromium');
    expect(installCommands('linux')).toContain('sudo apt-get install chromium');
    expect(installCommands('linux')).toContain('CHROMIUM_PATH=/path/to/chrome npm test');
    expect(installCommands('darwin')).not.toContain('apt-get');
    expect(installCommands('win32')).toContain('$env:CHROMIUM_PATH');
  });
});

describe('chromiumArgs', () => {
  it('turns the sandbox off only as root', () => {
    expect(chromiumArgs({asRoot: true})).toContain('--no-sandbox');
    expect(chromiumArgs({asRoot: false})).not.toContain('--no-sandbox');
    expect(chromiumArgs({asRoot: false})).toContain('--use-angle=swiftshader');
  });
});
