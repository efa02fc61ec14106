/**
 * Reading configuration values that both the language server (settings) and the CLI (--config) accept, so the
 * two validate alike. The server skips what is malformed; the CLI reports it and stops.
 */

/** Longest indicator name accepted: longer strings are almost certainly pasted sentences. */
const MAX_NAME = 40;

/**
 * `indicators`: canonical name → other ways of writing it, e.g. `{ "全县生产总值": ["县域GDP"] }`. Returns the valid
 * entries and a description of each malformed one.
 */
export function readIndicators(raw: unknown): { indicators: Record<string, string[]>; problems: string[] } {
  const indicators: Record<string, string[]> = {};
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { indicators, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { indicators, problems: ['应为对象：指标名 → 同义写法数组'] };
  for (const [name, synonyms] of Object.entries(raw as Record<string, unknown>)) {
    if (name.trim().length === 0 || name.length > MAX_NAME) {
      problems.push(`指标名 ${JSON.stringify(name)} 无效`);
      continue;
    }
    if (!Array.isArray(synonyms) || !synonyms.every((s) => typeof s === 'string' && s.trim().length > 0 && s.length <= MAX_NAME)) {
      problems.push(`指标 ${JSON.stringify(name)} 的同义写法应为非空字符串数组`);
      continue;
    }
    indicators[name] = synonyms.map((s: string) => s.trim());
  }
  return { indicators, problems };
}
