/**
 * `npm test`: every check, in the order that fails fastest. Installs dependencies and a Chromium
 * first when they are missing, so it works on a fresh clone with nothing but Node.js.
 */
import {ensureChromium} from './chromium.mjs';
import {ensureNginx} from './nginx.mjs';
import {bin, ensureDependencies, run, step} from './run.mjs';

// Dates are formatted in UTC on purpose; a fixed zone proves it does not depend on the machine's.
const env = {TZ: 'UTC'};

ensureDependencies();
step('Building the data (schemas, references, geography)');
run(bin('tsx'), ['data/scripts/build-data.ts'], {env});
step('Type check');
run(bin('tsc'), ['--noEmit']);
step('Lint and format');
run(bin('eslint'), ['.']);
run(bin('prettier'), ['--check', '.']);
step('Unit tests (src/, scripts/)');
run(bin('vitest'), ['run', '--project', 'unit'], {env});
step('Data-build tests (data/scripts/)');
run(bin('vitest'), ['run', '--project', 'data'], {env});
step('Production build');
run(bin('vite'), ['build', '--logLevel', 'warn']);
const chromium = ensureChromium();
const nginx = ensureNginx();
step(`Browser and hosting tests (${chromium.path}, from ${chromium.source}; nginx at ${nginx})`);
run(bin('playwright'), ['test', '--config', 'e2e/playwright.config.ts', ...process.argv.slice(2)], {
  env: {...env, CHROMIUM_PATH: chromium.path, NGINX_PATH: nginx},
});
console.log('\n✓ All checks passed.');
