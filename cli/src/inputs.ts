/**
 * The command line's operands → the drafts to read, in order, each once.
 * - `-`: standard input, named by `--stdin-filename` (else `<stdin>`).
 * - an existing file: read whatever its extension (the user named it).
 * - an existing directory: every `.txt`, `.md`, `.markdown`, `.govreport` and `.docx` file below it, sorted; `node_modules`
 *   and folders or files whose name starts with a dot are skipped.
 * - otherwise, a glob (`*.txt`, `{2024,2025}/*.txt`, `drafts/**`): expanded here, as a shell would, so that a
 *   quoted pattern works on Windows too; `*` does not match a leading dot, `node_modules` is skipped unless the pattern
 *   names it; on Windows `\` separates folders.
 * - anything else is kept as a file name, and reading it says that it does not exist.
 * An operand that yields no draft is a problem (exit 2), as an unreadable file is; the others are still checked.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
// `require`, not `import`: esbuild then bundles the package's CommonJS build (its ES build asks for import.meta.url,
// which a CommonJS bundle does not have).
import tinyglobby = require('tinyglobby');

const { globSync, isDynamicPattern } = tinyglobby;

export type Input = { kind: 'file'; path: string } | { kind: 'stdin'; name: string };

export interface Expansion {
  inputs: Input[];
  /** Operands (a directory or a glob) that yielded no file, each with its message. */
  problems: { operand: string; message: string }[];
}

/** The extensions a directory is searched for (case-insensitive). */
export const DRAFT_EXTENSIONS = ['.txt', '.md', '.markdown', '.govreport', '.docx'] as const;
const DRAFT_NAME = /\.(txt|md|markdown|govreport|docx)$/i;

export const STDIN_NAME = '<stdin>';

export function expandOperands(operands: readonly string[], stdinFilename?: string): Expansion {
  const inputs: Input[] = [];
  const problems: Expansion['problems'] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ kind: 'file', path });
  };
  for (const operand of operands) {
    if (operand === '-') {
      if (!inputs.some((i) => i.kind === 'stdin')) inputs.push({ kind: 'stdin', name: stdinFilename ?? STDIN_NAME });
      continue;
    }
    const kind = kindOf(operand);
    if (kind === 'file') {
      add(operand);
    } else if (kind === 'directory') {
      const found = draftsUnder(operand);
      if (found.length === 0) problems.push({ operand, message: `目录 ${operand} 中没有 ${DRAFT_EXTENSIONS.join('/')} 文件 (no draft files in the directory)` });
      for (const path of found) add(path);
    } else if (isDynamicPattern(operand)) {
      const found = expandGlob(operand);
      if (found.length === 0) problems.push({ operand, message: `没有与 ${operand} 匹配的文件 (no files match the pattern)` });
      for (const path of found) add(path);
    } else {
      // Missing (or unreadable): reading it says which.
      add(operand);
    }
  }
  return { inputs, problems };
}

function kindOf(path: string): 'file' | 'directory' | undefined {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file';
  } catch {
    return undefined;
  }
}

/** Draft files below `dir`, as `dir/sub/name.txt` (the directory as given, joined), sorted. */
function draftsUnder(dir: string): string[] {
  return globSync('**/*', { cwd: dir, dot: false, ignore: ['**/node_modules/**'], expandDirectories: false, onlyFiles: true })
    // Word's owner file (~$报告.docx) stands beside an open document: it is not a draft.
    .filter((name) => DRAFT_NAME.test(name) && !/(^|\/)~\$[^/]*$/.test(name))
    .sort(byCodeUnits)
    .map((name) => join(dir, name));
}

/** Files matching a glob, relative to the working directory (or absolute when outside it), sorted. */
function expandGlob(operand: string): string[] {
  const pattern = process.platform === 'win32' ? operand.replace(/\\/g, '/') : operand;
  const ignore = /(^|\/)node_modules(\/|$)/.test(pattern) ? [] : ['**/node_modules/**'];
  return globSync(pattern, { dot: false, ignore, expandDirectories: false, onlyFiles: true }).sort(byCodeUnits);
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
