/**
 * The one contract of the lint configuration: what the language server (settings) and the CLI (--config) accept,
 * read by one function so the two validate alike. The server keeps what is valid and skips the rest; the CLI
 * reports the first problem and stops.
 */
import { RULE_IDS, SEVERITIES, type LintConfig, type NumberingStyle, type RuleId, type Severity } from './types';

/** The values of `numberingStyle`: detect the ladder, the mainland's 一、（一）1.（1）, or Taiwan's 壹、一、(一)1、(1). */
export const NUMBERING_STYLES: readonly NumberingStyle[] = ['auto', 'mainland', 'roc'];
/** The keys of a lint configuration (`LintConfig`). */
export const CONFIG_KEYS = ['rules', 'numberingStyle', 'indicators'] as const;

/** What is wrong with one key of a configuration, in Chinese with the English in brackets. */
export interface ConfigProblem {
  key: string;
  message: string;
}

/**
 * The lint configuration in `raw` (an object: a settings section or a config file), and a problem for each value
 * that is malformed (and left out). Other keys are the caller's. Rules may be nested (`rules: { id: level }`, as
 * VS Code sends dotted keys) or flat (`'rules.<id>': level`, as some clients send them).
 */
export function readLintConfig(raw: Readonly<Record<string, unknown>>): { config: LintConfig; problems: ConfigProblem[] } {
  const config: LintConfig = {};
  const problems: ConfigProblem[] = [];
  const rules: Partial<Record<RuleId, Severity>> = {};
  let hasRules = false;
  const readRule = (id: string, severity: unknown) => {
    if (!(RULE_IDS as readonly string[]).includes(id)) {
      problems.push({ key: `rules.${id}`, message: `未知的规则 "${id}" (unknown rule; known rules: ${RULE_IDS.join(', ')})` });
    } else if (typeof severity !== 'string' || !(SEVERITIES as readonly string[]).includes(severity)) {
      problems.push({ key: `rules.${id}`, message: `规则 "${id}" 的级别 ${JSON.stringify(severity)} 无效 (unknown severity; expected ${SEVERITIES.join(', ')})` });
    } else {
      rules[id as RuleId] = severity as Severity;
      hasRules = true;
    }
  };
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) problems.push({ key: 'rules', message: '"rules" 应为对象 (must be an object of rule id → severity)' });
    else for (const [id, severity] of Object.entries(raw.rules)) readRule(id, severity);
  }
  for (const [key, severity] of Object.entries(raw)) {
    if (key.startsWith('rules.')) readRule(key.slice('rules.'.length), severity);
  }
  if (hasRules || raw.rules !== undefined) config.rules = rules;
  if (raw.numberingStyle !== undefined) {
    if (typeof raw.numberingStyle === 'string' && (NUMBERING_STYLES as readonly string[]).includes(raw.numberingStyle)) {
      config.numberingStyle = raw.numberingStyle as NumberingStyle;
    } else {
      problems.push({
        key: 'numberingStyle',
        message: `"numberingStyle" 的值 ${JSON.stringify(raw.numberingStyle)} 无效 (expected ${NUMBERING_STYLES.join(', ')})`,
      });
    }
  }
  if (raw.indicators !== undefined) {
    const { indicators, problems: malformed } = readIndicators(raw.indicators);
    config.indicators = indicators;
    for (const message of malformed) problems.push({ key: 'indicators', message });
  }
  return { config, problems };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Longest indicator name accepted: longer strings are almost certainly pasted sentences. */
const MAX_NAME = 40;
/** More indicators than any report has; a larger setting is a mistake (or hostile), and is cut here. */
export const MAX_INDICATORS = 1000;
/** Ways of writing one indicator. */
export const MAX_SYNONYMS = 50;

/**
 * How the Settings UI writes several synonyms in one string (its object editor edits string values only, so the
 * setting's schema declares strings there): separated by 、 ， , ; ；.
 */
const SYNONYM_SEPARATORS = /[、，,;；]/;

/**
 * `indicators`: canonical name → other ways of writing it, as an array (`{ "全县生产总值": ["县域GDP"] }`, settings.json
 * and configuration files) or as one string of synonyms separated by 、 or a comma (`{ "全县生产总值": "县域GDP、全县GDP" }`,
 * what the Settings UI edits). Returns the valid entries and a description of each malformed one.
 */
export function readIndicators(raw: unknown): { indicators: Record<string, string[]>; problems: string[] } {
  const indicators: Record<string, string[]> = {};
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { indicators, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { indicators, problems: ['应为对象：指标名 → 同义写法数组'] };
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length > MAX_INDICATORS) problems.push(`指标过多（${entries.length} 个），只读取前 ${MAX_INDICATORS} 个`);
  for (const [name, value] of entries.slice(0, MAX_INDICATORS)) {
    const synonyms: unknown = typeof value === 'string' ? value.split(SYNONYM_SEPARATORS).map((s) => s.trim()).filter((s) => s.length > 0) : value;
    if (name.trim().length === 0 || name.length > MAX_NAME) {
      problems.push(`指标名 ${JSON.stringify(name)} 无效`);
      continue;
    }
    if (!Array.isArray(synonyms) || !synonyms.every((s) => typeof s === 'string' && s.trim().length > 0 && s.length <= MAX_NAME)) {
      problems.push(`指标 ${JSON.stringify(name)} 的同义写法应为字符串数组，或用顿号、逗号分隔的字符串`);
      continue;
    }
    if (synonyms.length > MAX_SYNONYMS) problems.push(`指标 ${JSON.stringify(name)} 的同义写法过多（${synonyms.length} 个），只读取前 ${MAX_SYNONYMS} 个`);
    indicators[name] = synonyms.slice(0, MAX_SYNONYMS).map((s: string) => s.trim());
  }
  return { indicators, problems };
}

/**
 * A string that is equal for two configurations exactly when they lint alike: every field of `LintConfig`, with
 * object keys sorted. Caches key their lints by it (a key built by hand once left out `indicators`).
 */
export function configKey(config: LintConfig): string {
  return JSON.stringify(config, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) sorted[key] = (value as Record<string, unknown>)[key];
    return sorted;
  });
}
