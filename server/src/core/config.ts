/**
 * Reading configuration values that both the language server (settings) and the CLI (--config) accept, so the
 * two validate alike. The server skips what is malformed; the CLI reports it and stops.
 */
import type { LintConfig } from './types';

/** Longest indicator name accepted: longer strings are almost certainly pasted sentences. */
const MAX_NAME = 40;
/** More indicators than any report has; a larger setting is a mistake (or hostile), and is cut here. */
export const MAX_INDICATORS = 1000;
/** Ways of writing one indicator. */
export const MAX_SYNONYMS = 50;

/**
 * `indicators`: canonical name → other ways of writing it, e.g. `{ "全县生产总值": ["县域GDP"] }`. Returns the valid
 * entries and a description of each malformed one.
 */
export function readIndicators(raw: unknown): { indicators: Record<string, string[]>; problems: string[] } {
  const indicators: Record<string, string[]> = {};
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { indicators, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { indicators, problems: ['应为对象：指标名 → 同义写法数组'] };
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length > MAX_INDICATORS) problems.push(`指标过多（${entries.length} 个），只读取前 ${MAX_INDICATORS} 个`);
  for (const [name, synonyms] of entries.slice(0, MAX_INDICATORS)) {
    if (name.trim().length === 0 || name.length > MAX_NAME) {
      problems.push(`指标名 ${JSON.stringify(name)} 无效`);
      continue;
    }
    if (!Array.isArray(synonyms) || !synonyms.every((s) => typeof s === 'string' && s.trim().length > 0 && s.length <= MAX_NAME)) {
      problems.push(`指标 ${JSON.stringify(name)} 的同义写法应为非空字符串数组`);
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
