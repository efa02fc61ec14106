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

/** `../shared/corpus-more`: 43 more published reports, kept apart from the 27 pinned ones. */
export function corpusMoreDir(): string {
  return resolve(repoRoot(), '..', 'shared', 'corpus-more');
}

/** The user's sample drafts: `../shared/samples`, else the repository's copies in `samples/`. */
export function samplesDir(): string {
  const shared = resolve(repoRoot(), '..', 'shared', 'samples');
  return existsSync(shared) ? shared : join(repoRoot(), 'samples');
}

export function fixturesDir(...parts: string[]): string {
  return join(repoRoot(), 'test', 'fixtures', ...parts);
}
