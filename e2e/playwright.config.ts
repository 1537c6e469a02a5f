import {defineConfig} from '@playwright/test';
import {chromiumLaunchOptions} from '../scripts/chromium.mjs';

/**
 * Port of the preview server the tests start (not the one `npm start` uses); `E2E_PORT` picks
 * another, so that two checkouts can run their browser tests side by side.
 */
const PORT = Number(process.env.E2E_PORT) || 4174;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  // SwiftShader renders on the CPU; two workers keep a 2-core machine busy without starving it.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: {timeout: 20_000},
  use: {
    baseURL: `http://localhost:${PORT}/`,
    viewport: {width: 1280, height: 800},
    deviceScaleFactor: 1,
    timezoneId: 'UTC',
    locale: 'en-GB',
    // The browser `npm test` found or installed (it passes its path in CHROMIUM_PATH); run on
    // their own, the tests look for one the same way (scripts/chromium.mjs).
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    // `npm test` builds first; the preview server serves exactly what would be deployed.
    command: `npx vite preview --port ${PORT} --strictPort`,
    cwd: '..',
    port: PORT,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
