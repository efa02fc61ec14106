/**
 * `--config FILE`: `{ "rules": { "<rule-id>": "off|hint|info|warning|error" }, "numberingStyle": "auto|mainland|roc",
 * "indicators": { "<指标名>": ["<同义写法>", …] } }`.
 * Validated strictly; every mistake is a `UserError` naming the file and the offending key or value.
 */
import { readFileSync } from 'node:fs';
import { CONFIG_KEYS, readLintConfig, type LintConfig } from '../../server/src/core/index';
import { UserError } from './errors';
import { describeFsError } from './read';


export function loadConfig(path: string): LintConfig {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`无法读取配置文件：${path}：${describeFsError(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(source.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new UserError(`配置文件 ${path} 不是有效的 JSON (invalid JSON)：${(error as Error).message}`);
  }
  return parseConfig(json, path);
}

export function parseConfig(json: unknown, path: string): LintConfig {
  const bad = (what: string) => new UserError(`配置文件 ${path} 有误 (invalid config)：${what}`);
  if (!isObject(json)) throw bad('顶层应为 JSON 对象 (the top level must be an object)');
  for (const key of Object.keys(json)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) throw bad(`未知的键 "${key}" (unknown key; expected ${CONFIG_KEYS.join(', ')})`);
  }
  // The core's reader, as the server's; the CLI stops at the first problem.
  const { config, problems } = readLintConfig(json);
  const problem = problems[0];
  if (problem) throw bad(problem.key === 'indicators' ? `"indicators" ${problems.filter((p) => p.key === 'indicators').map((p) => p.message).join('；')}` : problem.message);
  return config;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
