/**
 * The CLI's configuration: `--config FILE`, or else for each draft the nearest `.govreport.jsonc` in its folder or a
 * folder above it, the same file the editor reads (server/src/configFile.ts finds and reads it; the core says what
 * its keys mean). JSON with comments:
 * `{ "rules": { "<rule-id>": "off|hint|info|warning|error" }, "numberingStyle": "auto|mainland|roc",
 *    "indicators": { "<指标名>": ["<同义写法>", …] }, "ignore": ["<glob>"], "files": { "<glob>": { "rules": … } },
 *    "suppressions": [{ "rule", "text", "file"? }] }`.
 * Validated strictly: every mistake is a `UserError` naming the file and the offending key or value (exit 2).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readConfigFile, type ConfigFile, type LintConfig } from '../../server/src/core/index';
import { ConfigFiles, configForDraft, parseConfigText, type LoadedConfig } from '../../server/src/configFile';
import { UserError } from './errors';
import { describeFsError } from './read';

/** What applies to one draft. */
export interface DraftSettings {
  config: LintConfig | undefined;
  /** The configuration file's `ignore` matches the draft: it is not checked. */
  ignored: boolean;
}

/** Reads `--config FILE` strictly. */
export function loadConfig(path: string): LoadedConfig {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`无法读取配置文件：${path}：${describeFsError(error)}`);
  }
  return checked(parseConfigText(source, resolve(path)), path);
}

/** A configuration file as read, or the `UserError` that names its first mistake. */
function checked(loaded: LoadedConfig, shown: string): LoadedConfig {
  if (loaded.error !== undefined) throw new UserError(`配置文件 ${shown} 不是有效的 JSON (invalid JSON)：${loaded.error}`);
  const problem = loaded.problems[0];
  if (problem !== undefined) throw new UserError(`配置文件 ${shown} 有误 (invalid config)：${problem}`);
  return loaded;
}

/** The configuration of an already parsed file, strictly: its settings part (the unit tests' entry point). */
export function parseConfig(json: unknown, path: string): LintConfig {
  return parseConfigFile(json, path).config;
}

export function parseConfigFile(json: unknown, path: string): ConfigFile {
  const { file, problems } = readConfigFile(json);
  if (problems[0]) throw new UserError(`配置文件 ${path} 有误 (invalid config)：${problems[0].message}`);
  return file;
}

/** The configuration of each draft: `--config FILE` for all, or each draft's nearest `.govreport.jsonc`. */
export class DraftConfigs {
  private readonly explicit: LoadedConfig | undefined;
  private readonly files = new ConfigFiles();

  constructor(configPath: string | undefined) {
    this.explicit = configPath !== undefined ? loadConfig(configPath) : undefined;
  }

  /** What applies to `draftPath`; a malformed configuration file is a `UserError`. */
  for(draftPath: string): DraftSettings {
    const absolute = resolve(draftPath);
    const draft = this.explicit ? configForDraft(this.explicit, absolute) : this.files.forDraft(absolute);
    if (draft.loaded && !this.explicit) checked(draft.loaded, draft.loaded.path);
    return { config: draft.loaded ? draft.config : undefined, ignored: draft.ignored };
  }
}
