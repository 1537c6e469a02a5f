/**
 * The benchmark's own tools, resolved from bench/node_modules (bench/package.json), which
 * `npm run bench` installs on its first run: Lighthouse is large and nothing else needs it.
 */
export {default as lighthouse} from 'lighthouse';
export * as chromeLauncher from 'chrome-launcher';
