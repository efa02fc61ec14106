/**
 * The configuration file on disk, for the language server and the CLI alike: `.govreport.jsonc` (JSON with comments,
 * read with Microsoft's jsonc-parser), looked for in a draft's folder and then in each folder above it up to the
 * filesystem's root; the nearest one applies, alone (no cascade). What its keys mean is the core's
 * (core/config.ts `readConfigFile`, `configForPath`); this module only finds, reads and caches files.
 *
 * A file that cannot be read or is not JSON is `malformed`: the caller warns and goes on with the settings (server)
 * or stops (CLI). A file whose values are partly wrong keeps the rest; its `problems` say what was left out.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse, printParseErrorCode, stripComments, type ParseError } from 'jsonc-parser';
import { CONFIG_FILE_NAME, configForPath, readConfigFile, type ConfigFile, type LintConfig } from './core/index';

export { CONFIG_FILE_NAME };

/** A configuration file as read. */
export interface LoadedConfig {
  /** Absolute path of the file. */
  path: string;
  /** Its folder: globs and suppressions' `file` are relative to it. */
  dir: string;
  /** The valid part; undefined when the file is malformed (`error`). */
  file?: ConfigFile;
  /** Why the file could not be used at all: unreadable, or not JSON. */
  error?: string;
  /** What was wrong with some of its values (left out), each a sentence naming the key. */
  problems: string[];
}

/** What applies to one draft. */
export interface DraftConfig {
  /** The configuration file that applies, if any (malformed ones included: see `loaded.error`). */
  loaded?: LoadedConfig;
  /** The file's configuration for this draft (empty without a usable file). */
  config: LintConfig;
  /** The file's `ignore` matches the draft. */
  ignored: boolean;
}

/** Parses the text of a configuration file; `path` names it in messages. */
export function parseConfigText(text: string, path: string): LoadedConfig {
  const dir = dirname(path);
  const errors: ParseError[] = [];
  const source = text.replace(/^\ufeff/, '');
  // A file with nothing in it yet (or only comments) says nothing: as `{}`.
  if (stripComments(source).trim() === '') return { path, dir, file: readConfigFile({}).file, problems: [] };
  const json: unknown = parse(source, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0]!;
    const { line, column } = positionOf(source, first.offset);
    return { path, dir, error: `第 ${line} 行第 ${column} 列：${describeParseError(printParseErrorCode(first.error))} (${printParseErrorCode(first.error)} at ${line}:${column})`, problems: [] };
  }
  const { file, problems } = readConfigFile(json);
  return { path, dir, file, problems: problems.map((p) => p.message) };
}

/** Reads and parses a configuration file (never throws: an unreadable file is `error`). */
export function loadConfigFile(path: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { path, dir: dirname(path), error: `无法读取 (cannot read): ${(error as NodeJS.ErrnoException).code ?? String(error)}`, problems: [] };
  }
  return parseConfigText(text, path);
}

/** The nearest configuration file for a draft in `dir`: that folder, then each one above it. */
export function findConfigFile(dir: string, isFile: (path: string) => boolean = fileExists): string | undefined {
  let current = resolve(dir);
  for (;;) {
    const candidate = join(current, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** What `loaded` says about the draft at `draftPath` (absolute). */
export function configForDraft(loaded: LoadedConfig | undefined, draftPath: string): DraftConfig {
  if (!loaded?.file) return { loaded, config: {}, ignored: false };
  const { config, ignored } = configForPath(loaded.file, relativePath(loaded.dir, draftPath));
  return { loaded, config, ignored };
}

/** `draftPath` relative to `dir`, `/`-separated (what globs and suppressions' `file` are written as). */
export function relativePath(dir: string, draftPath: string): string {
  return relative(dir, draftPath).split(sep).join('/');
}

/**
 * Configuration files by folder, read once each: the server keeps one for its lifetime and drops it when a
 * configuration file changes (`reset`); the CLI keeps one per run.
 */
export class ConfigFiles {
  /** Folder → the configuration file that applies there (undefined: none). */
  private readonly nearest = new Map<string, string | undefined>();
  /** Path → the file as read. */
  private readonly files = new Map<string, LoadedConfig>();
  /** Bumped by `reset`: what was computed from the files before is stale. */
  generation = 0;

  constructor(
    private readonly load: (path: string) => LoadedConfig = loadConfigFile,
    private readonly isFile: (path: string) => boolean = fileExists,
  ) {}

  /** The configuration file that applies in folder `dir`, read. */
  forFolder(dir: string): LoadedConfig | undefined {
    const key = resolve(dir);
    let path: string | undefined;
    if (this.nearest.has(key)) path = this.nearest.get(key);
    else {
      path = findConfigFile(key, this.isFile);
      this.nearest.set(key, path);
    }
    if (path === undefined) return undefined;
    let loaded = this.files.get(path);
    if (!loaded) {
      loaded = this.load(path);
      this.files.set(path, loaded);
    }
    return loaded;
  }

  /** What applies to the draft at `draftPath`. */
  forDraft(draftPath: string): DraftConfig {
    const absolute = resolve(draftPath);
    return configForDraft(this.forFolder(dirname(absolute)), absolute);
  }

  /** Forget everything (a configuration file was created, changed or deleted). */
  reset(): void {
    this.nearest.clear();
    this.files.clear();
    this.generation++;
  }
}

function fileExists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

const PARSE_ERRORS: Record<string, string> = {
  InvalidSymbol: '无效的符号',
  InvalidNumberFormat: '无效的数字',
  PropertyNameExpected: '此处应为键名（带双引号）',
  ValueExpected: '此处应为值',
  ColonExpected: '此处应为冒号',
  CommaExpected: '此处应为逗号',
  CloseBraceExpected: '缺少右花括号 }',
  CloseBracketExpected: '缺少右方括号 ]',
  EndOfFileExpected: '文件在此处应已结束',
  InvalidCommentToken: '无效的注释',
  UnexpectedEndOfComment: '注释未结束',
  UnexpectedEndOfString: '字符串未结束（缺少双引号）',
  UnexpectedEndOfNumber: '数字未结束',
  InvalidUnicode: '无效的 Unicode 转义',
  InvalidEscapeCharacter: '无效的转义字符',
  InvalidCharacter: '无效的字符',
};

function describeParseError(code: string): string {
  return PARSE_ERRORS[code] ?? '不是有效的 JSON';
}
