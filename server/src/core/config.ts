/**
 * The one contract of the lint configuration: what the language server (settings, `.govreport.jsonc`) and the CLI
 * (`--config`, `.govreport.jsonc`) accept, read by one function so the two validate alike. The server keeps what is
 * valid and skips the rest; the CLI reports the first problem and stops.
 *
 * The configuration file adds to the settings' keys (`readLintConfig`) what only a file can say (`readConfigFile`):
 * `ignore` (globs of drafts not to check), `suppressions` (findings silenced one by one, each by its rule and the
 * sentence it fired on) and `files` (a glob → the same keys, for some drafts only). Which file applies and reading it
 * are the caller's (server/src/configFile.ts); `configForPath` says what it means for one draft.
 */
import { matchGlob, normalizePath } from './glob';
import { RULE_IDS, SEVERITIES, type LintConfig, type NumberingStyle, type RuleId, type Severity, type Suppression } from './types';

/** The values of `numberingStyle`: detect the ladder, the mainland's 一、（一）1.（1）, or Taiwan's 壹、一、(一)1、(1). */
export const NUMBERING_STYLES: readonly NumberingStyle[] = ['auto', 'mainland', 'roc'];
/** The keys of a lint configuration (`LintConfig`). */
export const CONFIG_KEYS = ['rules', 'numberingStyle', 'indicators', 'reportYear', 'anniversaries'] as const;

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
  if (raw.reportYear !== undefined) {
    if (raw.reportYear === null || (typeof raw.reportYear === 'number' && Number.isInteger(raw.reportYear) && raw.reportYear >= MIN_REPORT_YEAR && raw.reportYear <= MAX_REPORT_YEAR)) {
      config.reportYear = raw.reportYear;
    } else {
      problems.push({
        key: 'reportYear',
        message: `"reportYear" 的值 ${JSON.stringify(raw.reportYear)} 无效 (expected a year from ${MIN_REPORT_YEAR} to ${MAX_REPORT_YEAR}, or null)`,
      });
    }
  }
  if (raw.anniversaries !== undefined) {
    const { anniversaries, problems: malformed } = readAnniversaries(raw.anniversaries);
    config.anniversaries = anniversaries;
    for (const message of malformed) problems.push({ key: 'anniversaries', message });
  }
  if (raw.indicators !== undefined) {
    const { indicators, problems: malformed } = readIndicators(raw.indicators);
    config.indicators = indicators;
    for (const message of malformed) problems.push({ key: 'indicators', message });
  }
  return { config, problems };
}

/** At most this many local anniversaries are read (each is compiled into the phrase pattern). */
export const MAX_ANNIVERSARIES = 50;

/** `anniversaries`: event words (1–20 characters) → a founding year; malformed entries are named and left out. */
export function readAnniversaries(raw: unknown): { anniversaries: Record<string, number>; problems: string[] } {
  const anniversaries: Record<string, number> = {};
  if (!isObject(raw)) return { anniversaries, problems: ['"anniversaries" 应为对象：事件 → 成立年份 (must be an object of event words → founding year)'] };
  const problems: string[] = [];
  const entries = Object.entries(raw);
  if (entries.length > MAX_ANNIVERSARIES) problems.push(`"anniversaries" 中周年事件过多（${entries.length} 个），只读取前 ${MAX_ANNIVERSARIES} 个 (too many; the first ${MAX_ANNIVERSARIES} are read)`);
  for (const [words, year] of entries.slice(0, MAX_ANNIVERSARIES)) {
    const name = words.trim();
    if (name.length < 1 || name.length > 20 || /[\s\d]/.test(name)) {
      problems.push(`"anniversaries" 中的事件 ${JSON.stringify(words)} 无效：应为 1–20 个字、不含数字和空白 (event words must be 1–20 characters, without digits or spaces)`);
    } else if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > MAX_REPORT_YEAR) {
      problems.push(`"anniversaries" 中事件 ${JSON.stringify(words)} 的成立年份 ${JSON.stringify(year)} 无效 (expected a year from 1000 to ${MAX_REPORT_YEAR})`);
    } else anniversaries[name] = year;
  }
  return { anniversaries, problems };
}

/** The years `reportYear` accepts. */
export const MIN_REPORT_YEAR = 1949;
export const MAX_REPORT_YEAR = 2100;

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

/** The name of the configuration file, looked for in a draft's folder and each folder above it. */
export const CONFIG_FILE_NAME = '.govreport.jsonc';
/** The keys of a configuration file: the settings' keys and those only a file has. */
export const CONFIG_FILE_KEYS = [...CONFIG_KEYS, 'ignore', 'suppressions', 'files', '$schema'] as const;
/** The keys of an entry of `files`. */
export const OVERRIDE_KEYS = CONFIG_KEYS;
/** A suppression's sentence longer than this is not a sentence someone meant (the quick fix writes at most 120). */
const MAX_SUPPRESSION_TEXT = 2000;

/** A suppression as the file has it: for one draft (`file`, relative to the file's folder) or for every draft. */
export interface FileSuppression extends Suppression {
  file?: string;
}

/** A configuration file, validated: what applies to every draft under it, and what applies to some. */
export interface ConfigFile {
  config: LintConfig;
  /** Globs of drafts not to check. */
  ignore: string[];
  suppressions: FileSuppression[];
  /** `files`: glob → configuration, in the file's order (later entries win). */
  overrides: { pattern: string; config: LintConfig }[];
}

/**
 * A parsed configuration file (JSON with comments, parsed by the caller): the valid part, and a problem for each
 * value that is malformed and left out (unknown keys included). Never throws.
 */
export function readConfigFile(raw: unknown): { file: ConfigFile; problems: ConfigProblem[] } {
  const file: ConfigFile = { config: {}, ignore: [], suppressions: [], overrides: [] };
  const problems: ConfigProblem[] = [];
  if (!isObject(raw)) return { file, problems: [{ key: '', message: '顶层应为 JSON 对象 (the top level must be an object)' }] };
  for (const key of Object.keys(raw)) {
    if (!(CONFIG_FILE_KEYS as readonly string[]).includes(key)) {
      problems.push({ key, message: `未知的键 "${key}" (unknown key; expected ${CONFIG_FILE_KEYS.filter((k) => k !== '$schema').join(', ')})` });
    }
  }
  const settingsKeys: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) if (key in raw) settingsKeys[key] = raw[key];
  const common = readLintConfig(settingsKeys);
  file.config = common.config;
  for (const p of common.problems) problems.push(p.key === 'indicators' ? { key: p.key, message: `"indicators"：${p.message}` } : p);

  if (raw.ignore !== undefined) {
    if (!Array.isArray(raw.ignore)) problems.push({ key: 'ignore', message: '"ignore" 应为字符串数组 (must be an array of globs)' });
    else {
      raw.ignore.forEach((glob: unknown, i) => {
        if (typeof glob === 'string' && glob.trim() !== '') file.ignore.push(glob.trim());
        else problems.push({ key: `ignore[${i}]`, message: `"ignore" 的第 ${i + 1} 项应为非空字符串 (must be a non-empty glob)` });
      });
    }
  }

  if (raw.suppressions !== undefined) {
    if (!Array.isArray(raw.suppressions)) problems.push({ key: 'suppressions', message: '"suppressions" 应为数组 (must be an array of { rule, text, file? })' });
    else {
      raw.suppressions.forEach((entry: unknown, i) => {
        const read = readSuppression(entry);
        if (typeof read === 'string') problems.push({ key: `suppressions[${i}]`, message: `"suppressions" 的第 ${i + 1} 项${read}` });
        else file.suppressions.push(read);
      });
    }
  }

  if (raw.files !== undefined) {
    if (!isObject(raw.files)) problems.push({ key: 'files', message: '"files" 应为对象：通配符 → 配置 (must be an object of glob → { rules, numberingStyle, indicators })' });
    else {
      for (const [pattern, value] of Object.entries(raw.files)) {
        const key = `files.${pattern}`;
        if (pattern.trim() === '') {
          problems.push({ key, message: '"files" 的键应为非空的通配符 (keys must be non-empty globs)' });
          continue;
        }
        if (!isObject(value)) {
          problems.push({ key, message: `"files" 中 "${pattern}" 的值应为对象 (must be an object of rules, numberingStyle, indicators)` });
          continue;
        }
        for (const k of Object.keys(value)) {
          if (!(OVERRIDE_KEYS as readonly string[]).includes(k)) problems.push({ key: `${key}.${k}`, message: `"files" 中 "${pattern}" 有未知的键 "${k}" (unknown key; expected ${OVERRIDE_KEYS.join(', ')})` });
        }
        const read = readLintConfig(value);
        for (const p of read.problems) problems.push({ key: `${key}.${p.key}`, message: `"files" 中 "${pattern}"：${p.message}` });
        file.overrides.push({ pattern, config: read.config });
      }
    }
  }
  return { file, problems };
}

/** One entry of `suppressions`, or what is wrong with it. */
function readSuppression(entry: unknown): FileSuppression | string {
  if (!isObject(entry)) return '应为对象 { "rule", "text", "file"? } (must be an object)';
  for (const key of Object.keys(entry)) {
    if (key !== 'rule' && key !== 'text' && key !== 'file') return `有未知的键 "${key}" (unknown key; expected rule, text, file)`;
  }
  const { rule, text, file } = entry;
  if (typeof rule !== 'string' || !(RULE_IDS as readonly string[]).includes(rule)) return `的规则 ${JSON.stringify(rule)} 未知 (unknown rule)`;
  if (typeof text !== 'string' || compact(text) === '') return '的 "text" 应为非空字符串：出现问题的句子 (must be the sentence the finding is in)';
  if (text.length > MAX_SUPPRESSION_TEXT) return `的 "text" 过长（${text.length} 个字符） (too long)`;
  if (file !== undefined && (typeof file !== 'string' || file.trim() === '')) return '的 "file" 应为相对路径 (must be a path relative to the configuration file)';
  const suppression: FileSuppression = { rule: rule as RuleId, text };
  if (typeof file === 'string') suppression.file = file.trim();
  return suppression;
}

/** A text without its whitespace: suppressions match with whitespace ignored (suppress.ts). */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * What a configuration file means for one draft: `path` is the draft's path relative to the file's folder
 * (`/`-separated). `ignored` when a glob of `ignore` matches it; the configuration is the file's, then each entry of
 * `files` that matches it in order, with the suppressions meant for it.
 */
export function configForPath(file: ConfigFile, path: string): { config: LintConfig; ignored: boolean } {
  const relative = normalizePath(path);
  const ignored = file.ignore.some((glob) => matchGlob(glob, relative));
  let config = file.config;
  for (const override of file.overrides) if (matchGlob(override.pattern, relative)) config = mergeConfig(config, override.config);
  const suppressions = file.suppressions.filter((s) => s.file === undefined || matchGlob(s.file, relative)).map((s) => ({ rule: s.rule, text: s.text }));
  if (suppressions.length > 0) config = mergeConfig(config, { suppressions });
  return { config, ignored };
}

/**
 * `over` on top of `base`: rule levels and indicators by key (`over` wins), the numbering style replaced,
 * suppressions added. Neither argument is changed.
 */
export function mergeConfig(base: LintConfig, over: LintConfig): LintConfig {
  const merged: LintConfig = { ...base };
  if (over.rules) merged.rules = { ...base.rules, ...over.rules };
  if (over.numberingStyle) merged.numberingStyle = over.numberingStyle;
  if (over.reportYear !== undefined) merged.reportYear = over.reportYear;
  if (over.anniversaries) merged.anniversaries = { ...base.anniversaries, ...over.anniversaries };
  if (over.indicators) merged.indicators = { ...base.indicators, ...over.indicators };
  if (over.suppressions?.length) merged.suppressions = [...(base.suppressions ?? []), ...over.suppressions];
  return merged;
}
