import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder above this file that holds package.json. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

/** `../shared/corpus` beside the repository (CI clones with shared/ beside it). */
export function corpusDir(): string {
  return resolve(repoRoot(), '..', 'shared', 'corpus');
}

export function fixturesDir(...parts: string[]): string {
  return join(repoRoot(), 'test', 'fixtures', ...parts);
}
