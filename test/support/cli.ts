/** Running the bundled CLI (cli/dist/govreport-lint.js) as a user would, without a shell (so no glob expansion). */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths';

export const ROOT = repoRoot();
export const BUNDLE = join(ROOT, 'cli', 'dist', 'govreport-lint.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in `cwd` with `args` passed as they are (no shell), `input` on standard input. */
export function runCli(args: readonly string[], cwd: string, input?: string | Uint8Array): Run {
  const result = spawnSync(process.execPath, [BUNDLE, ...args], { cwd, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Builds the bundle when it is missing or older than its sources (npm test builds it in pretest). */
export function ensureBundle(): void {
  const newest = (path: string): number => {
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
  };
  const fresh = () => {
    try {
      return statSync(BUNDLE).mtimeMs >= Math.max(newest(join(ROOT, 'cli', 'src')), newest(join(ROOT, 'server', 'src', 'core')), newest(join(ROOT, 'server', 'src', 'docx')));
    } catch {
      return false;
    }
  };
  if (fresh()) return;
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.ok(fresh(), `cli/dist/govreport-lint.js is missing or stale and \`node esbuild.mjs\` did not build it:\n${build.stderr}`);
}

export function assertNoStack(r: Run): void {
  assert.doesNotMatch(r.stderr, /\n\s+at .+:\d+:\d+/, 'no stack trace');
  assert.doesNotMatch(r.stderr, /内部错误|internal error/);
}
