/**
 * `--config FILE`: `{ "rules": { "<rule-id>": "off|hint|info|warning|error" }, "numberingStyle": "auto|mainland|roc",
 * "indicators": { "<指标名>": ["<同义写法>", …] } }`.
 * Validated strictly; every mistake is a `UserError` naming the file and the offending key or value.
 */
import { readFileSync } from 'node:fs';
import { readIndicators, RULE_IDS, SEVERITIES, type LintConfig, type NumberingStyle, type RuleId, type Severity } from '../../server/src/core/index';
import { UserError } from './errors';
import { describeFsError } from './read';

const NUMBERING_STYLES: readonly NumberingStyle[] = ['auto', 'mainland', 'roc'];
const KEYS = ['rules', 'numberingStyle', 'indicators'];

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
  const config: LintConfig = {};
  for (const key of Object.keys(json)) {
    if (!KEYS.includes(key)) throw bad(`未知的键 "${key}" (unknown key; expected ${list(KEYS)})`);
  }
  if (json.rules !== undefined) {
    if (!isObject(json.rules)) throw bad('"rules" 应为对象 (must be an object of rule id → severity)');
    const rules: Partial<Record<RuleId, Severity>> = {};
    for (const [id, severity] of Object.entries(json.rules)) {
      if (!(RULE_IDS as readonly string[]).includes(id)) throw bad(`未知的规则 "${id}" (unknown rule; known rules: ${list(RULE_IDS)})`);
      if (typeof severity !== 'string' || !(SEVERITIES as readonly string[]).includes(severity)) {
        throw bad(`规则 "${id}" 的级别 ${JSON.stringify(severity)} 无效 (unknown severity; expected ${list(SEVERITIES)})`);
      }
      rules[id as RuleId] = severity as Severity;
    }
    config.rules = rules;
  }
  if (json.numberingStyle !== undefined) {
    if (typeof json.numberingStyle !== 'string' || !(NUMBERING_STYLES as readonly string[]).includes(json.numberingStyle)) {
      throw bad(`"numberingStyle" 的值 ${JSON.stringify(json.numberingStyle)} 无效 (expected ${list(NUMBERING_STYLES)})`);
    }
    config.numberingStyle = json.numberingStyle as NumberingStyle;
  }
  if (json.indicators !== undefined) {
    const { indicators, problems } = readIndicators(json.indicators);
    if (problems.length > 0) throw bad(`"indicators" ${problems.join('；')}`);
    config.indicators = indicators;
  }
  return config;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(values: readonly string[]): string {
  return values.join(', ');
}
