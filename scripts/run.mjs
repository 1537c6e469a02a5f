/**
 * Small helpers for the project's own command-line scripts (start, test, bench). Plain Node, no
 * dependencies: they run before `npm ci` has installed anything.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs a command in the project folder with inherited output; exits the process if it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {cwd: root, stdio: 'inherit', ...options, env: {...process.env, ...options.env}});
  if (result.status !== 0) {
    console.error(
      `\n✗ ${[command, ...args].join(' ')} failed${result.status === null ? ` (${result.signal})` : ` (exit ${result.status})`}.`,
    );
    process.exit(result.status ?? 1);
  }
}

export function step(title) {
  console.log(`\n▶ ${title}`);
}

/**
 * Installs the dependencies of the project (or of `folder`, a folder of it with its own
 * package.json, such as bench/) when they are missing or older than its package-lock.json.
 */
export function ensureDependencies(folder = '', title = 'Installing dependencies (npm ci)') {
  const installed = `${root}${folder}node_modules/.package-lock.json`;
  const lock = `${root}${folder}package-lock.json`;
  if (existsSync(installed) && (!existsSync(lock) || statSync(installed).mtimeMs >= statSync(lock).mtimeMs)) return;
  step(title);
  run('npm', existsSync(lock) ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'], {cwd: `${root}${folder}`});
}

/** Path of a binary installed by npm in this project. */
export function bin(name) {
  return `${root}node_modules/.bin/${name}`;
}
