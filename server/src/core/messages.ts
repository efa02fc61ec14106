/**
 * The message catalogue: every text a finding shows, in Chinese and English. The Chinese templates are the rules'
 * own (`RuleMeta.messages` and `RuleMeta.fixes`, the ones the engine formats); the English ones are in
 * messages-en.ts under the same ids with the same `{name}` placeholders. A problem keeps its message id and
 * placeholder values (`Problem.data`, `RelatedLocation.data`, `Fix.titleData`), so the server and the CLI write it in
 * the reader's language when they shape it (`localizeProblem`) — the lint itself, and its cache, are the same in both.
 *
 * Besides the rules': `COMMON_MESSAGES` (what any rule may say) and `UI_TEXT` (the titles and notices of the
 * language server's own actions).
 */
import { EN_RULES, type RuleTexts } from './messages-en';
import type { Fix, MessageData, Problem, RelatedLocation, RuleId, RuleMeta } from './types';

export type Language = 'zh' | 'en';
export const LANGUAGES: readonly Language[] = ['zh', 'en'];

/** Replaces `{name}` placeholders; an unknown name stays visible rather than vanishing. */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** The placeholder names of a template, sorted (the catalogue test compares them across languages). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

/** Messages any rule may report (`messageId` outside the rule's own). */
export const COMMON_MESSAGES: Record<Language, { tooMany: string }> = {
  zh: { tooMany: '“{rule}”发现的问题超过{max}个，其余未显示；请先处理已显示的问题。' },
  en: { tooMany: '“{rule}” found more than {max} problems; the rest are not shown. Deal with the ones shown first.' },
};

/** The language server's own titles and notices. */
export const UI_TEXT: Record<
  Language,
  {
    fixAll: string;
    fixRule: string;
    renumber: string;
    renumbered: string;
    renumberFailed: string;
    documentSymbols: string;
    ignoreHere: string;
    ruleOffForFile: string;
    saveConfig: string;
    configInvalid: string;
    configProblems: string;
    suggestedFix: string;
    suggestionSeparator: string;
  }
> = {
  zh: {
    fixAll: '修复本文档中所有可自动修复的问题',
    fixRule: '修复本文档中所有「{rule}」问题',
    renumber: '重新编号注释',
    renumbered: '已重新编号注释：{changes}。可按 Ctrl+Z 撤销。',
    renumberFailed: '未能重新编号注释：{reason}',
    documentSymbols: '政府工作报告',
    ignoreHere: '忽略此处（{rule}）',
    ruleOffForFile: '本文件关闭此规则（{rule}）',
    saveConfig: '保存配置文件',
    configInvalid: '配置文件 {path} 有误，未采用（改用设置）：{error}',
    configProblems: '配置文件 {path} 中以下内容有误，已忽略：{problems}',
    suggestedFix: '建议：{fix}',
    suggestionSeparator: '；或',
  },
  en: {
    fixAll: 'Fix all auto-fixable problems in this document',
    fixRule: 'Fix all “{rule}” problems in this document',
    renumber: 'Renumber the notes',
    renumbered: 'Notes renumbered: {changes}. Ctrl+Z undoes it.',
    renumberFailed: 'Could not renumber the notes: {reason}',
    documentSymbols: 'Government work report',
    ignoreHere: 'Ignore here ({rule})',
    ruleOffForFile: 'Turn {rule} off for this file',
    saveConfig: 'Save the configuration file',
    configInvalid: 'The configuration file {path} is not valid and is not used (the settings apply): {error}',
    configProblems: 'These entries of the configuration file {path} are wrong and are ignored: {problems}',
    suggestedFix: 'Suggested fix: {fix}',
    suggestionSeparator: '; or ',
  },
};

/**
 * The fix a problem offers, written out (建议：将“三、”改为“二、”), for readers who cannot apply it: a Word comment, a
 * read-only view of a .docx. The preferred fix, else every suggestion; undefined when the rule offers none. The
 * problem is expected in `language` already (`localizeProblem`).
 */
export function suggestedFixText(problem: Problem, language: Language): string | undefined {
  const texts = UI_TEXT[language];
  const titles = problem.fix ? [problem.fix.title] : (problem.suggestions ?? []).map((s) => s.title);
  return titles.length > 0 ? formatMessage(texts.suggestedFix, { fix: titles.join(texts.suggestionSeparator) }) : undefined;
}

export const EN_CATALOGUE: Readonly<Record<RuleId, RuleTexts>> = EN_RULES;

/** The texts of one rule in one language: Chinese from its metadata, English from the catalogue. */
export function ruleTexts(meta: RuleMeta, language: Language): RuleTexts {
  if (language === 'zh') return { description: meta.description, messages: meta.messages, fixes: meta.fixes };
  return EN_RULES[meta.id];
}

/**
 * Every key of the catalogue in one language, `ruleId.messageId` for messages and `ruleId.fixes.fixId` for fix
 * titles, with its template.
 */
export function catalogue(metas: readonly RuleMeta[], language: Language): Map<string, string> {
  const keys = new Map<string, string>();
  for (const meta of metas) {
    const texts = ruleTexts(meta, language);
    for (const [id, template] of Object.entries(texts.messages)) keys.set(`${meta.id}.${id}`, template);
    for (const [id, template] of Object.entries(texts.fixes)) keys.set(`${meta.id}.fixes.${id}`, template);
  }
  return keys;
}

function template(ruleId: RuleId, messageId: string, language: Language): string | undefined {
  const own = EN_RULES[ruleId]?.messages[messageId];
  if (own !== undefined || language !== 'en') return own;
  return (COMMON_MESSAGES.en as Record<string, string>)[messageId];
}

/**
 * The problem as a reader of `language` sees it: its message, related messages and fix titles written from the
 * catalogue. Chinese is what the engine wrote; a message id the catalogue lacks keeps its Chinese text.
 */
export function localizeProblem(problem: Problem, language: Language): Problem {
  if (language === 'zh') return problem;
  const message = template(problem.ruleId, problem.messageId, language);
  const rules = EN_RULES[problem.ruleId];
  const fix = (f: Fix): Fix => {
    const title = rules?.fixes[f.titleId];
    return title === undefined ? f : { ...f, title: formatMessage(title, f.titleData) };
  };
  const related = (r: RelatedLocation): RelatedLocation => {
    const text = rules?.messages[r.messageId];
    return text === undefined ? r : { ...r, message: formatMessage(text, r.data) };
  };
  return {
    ...problem,
    message: message === undefined ? problem.message : formatMessage(message, problem.data),
    fix: problem.fix && fix(problem.fix),
    suggestions: problem.suggestions?.map(fix),
    related: problem.related?.map(related),
  };
}

/**
 * The language of the findings. `setting` is `govreport.language` (`auto`, `zh-cn`, `en`; `zh` too); `auto` follows
 * `locale`, the editor's display language (VS Code's `env.language`): Chinese for any `zh…` locale, English for
 * any other, and Chinese when no locale is known (reports are Chinese; an editor that says nothing gets what it
 * always got).
 */
export function resolveLanguage(setting: unknown, locale?: unknown): Language {
  if (typeof setting === 'string') {
    const value = setting.toLowerCase();
    if (value === 'en' || value.startsWith('en-')) return 'en';
    if (value === 'zh' || value.startsWith('zh-')) return 'zh';
  }
  if (typeof locale === 'string' && locale.length > 0) return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  return 'zh';
}
