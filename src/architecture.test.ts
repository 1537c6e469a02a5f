/**
 * The house rules of `src/`, checked so that they hold as the code grows: shared code lives in the
 * shared folders, each feature folder imports only from itself and from them, and no file grows
 * past what a newcomer reads in one sitting.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));

/** Folders any module may import from: they know nothing of the features. */
const SHARED = new Set(['lib', 'story', 'state']);
/** What the shared folders may import, in order of dependency: lib knows only the story's types. */
const SHARED_ALLOWED: Record<string, readonly string[]> = {
  lib: ['lib', 'story'],
  story: ['story', 'lib'],
  state: ['state', 'story', 'lib'],
};
const MAX_LINES = 300;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The top-level folder of `src/` a file is in ('' for main.ts and app.ts). */
const folderOf = (path: string) => {
  const parts = relative(SRC, path).split('/');
  return parts.length > 1 ? parts[0]! : '';
};

const sources = files(SRC).filter((f) => /\.(ts|css)$/.test(f));

describe('the structure of src/', () => {
  it('keeps every file under 300 lines', () => {
    const long = sources
      .map((f) => [relative(SRC, f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('imports across folders only from the shared ones', () => {
    const wrong: string[] = [];
    for (const file of sources.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const from = folderOf(file);
      if (from === '') continue;
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
        const to = folderOf(resolve(dirname(file), specifier!));
        const allowed = SHARED.has(from) ? SHARED_ALLOWED[from]!.includes(to) : to === from || SHARED.has(to);
        if (!allowed) wrong.push(`${relative(SRC, file)} imports ${specifier}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
