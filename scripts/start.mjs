/**
 * `npm start`: installs what is missing, builds the data and serves the app with Vite's dev server,
 * which prints the address to open.
 */
import {bin, ensureDependencies, run, step} from './run.mjs';

ensureDependencies();
step('Building the data (data/ → public/data/)');
run(bin('tsx'), ['data/scripts/build-data.ts']);
step('Serving the app');
run(bin('vite'), process.argv.slice(2));
