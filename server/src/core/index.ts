/**
 * The analysis engine: `lint(text) → problems`. Pure and synchronous (no vscode, no LSP, no Node I/O);
 * offsets are UTF-16 code units. Used by the language server, the `govreport-lint` CLI and the tests.
 */
import { createContext } from './rule';
import { parseReport, type Report } from './facts/report';
import { RULES } from './rules/index';
import { unsuppressed } from './suppress';
import type { LintConfig, Problem, ReportedSeverity, RuleId, RuleMeta, Severity, TextEdit } from './types';

export * from './types';
export {
  localizeProblem,
  suggestedFixText,
  resolveLanguage,
  formatMessage,
  placeholders,
  catalogue,
  ruleTexts,
  COMMON_MESSAGES,
  UI_TEXT,
  LANGUAGES,
  type Language,
} from './messages';
export type { RuleTexts } from './messages-en';
export { parseReport, type Report } from './facts/report';
export type { Heading, PartTitle, PartKind, OrdinalStyle } from './facts/headings';
export type { EnumerationRun, EnumerationItem } from './facts/enumerations';
export { looksLikeReport } from './detect';
export {
  readIndicators,
  readLintConfig,
  readConfigFile,
  configForPath,
  mergeConfig,
  configKey,
  CONFIG_KEYS,
  CONFIG_FILE_KEYS,
  CONFIG_FILE_NAME,
  OVERRIDE_KEYS,
  NUMBERING_STYLES,
  MAX_INDICATORS,
  MAX_SYNONYMS,
  type ConfigProblem,
  type ConfigFile,
  type FileSuppression,
} from './config';
export { matchGlob, normalizePath } from './glob';
export { suppressionText, DIRECTIVE_PREFIX } from './suppress';
export { outline, foldingRanges, footnoteItemName, type OutlineNode, type FoldingRange } from './features/outline';
export { renumberFootnotes, type RenumberPlan } from './features/renumber';
export {
  markerAt,
  itemLabelAt,
  itemFor,
  markersOf,
  highestNumber,
  definitionAt,
  referenceSpans,
  explainMarker,
  describeItemUse,
  explanationOf,
  footnoteCompletionAt,
  describePlan,
  nothingToRenumber,
  FOOTNOTE_TEXT,
  FOOTNOTE_TRIGGER_CHARACTERS,
  MAX_EXPLANATION,
  type FootnoteDescription,
  type MarkerExplanation,
  type ItemUse,
  type FootnoteCandidate,
  type FootnoteCandidateKind,
  type FootnoteCompletion,
} from './features/footnotes';
export { explanationStub } from './rules/footnote-missing';
export type { FootnoteMarker, FootnoteItem, FootnoteForm } from './facts/footnotes';
export { normalizeTerm, sameTerms } from './facts/footnotes';
export { formatFootnote, FOOTNOTE_BRACKETS, type FootnoteBracket } from './vocabulary/footnotes';
// For the .docx reader (server/src/docx): Word's list numbers are written with the same numerals, and Word footnotes
// become a notes section under the usual title.
export { formatChineseNumeral, formatCapitalNumeral, formatCircled } from './vocabulary/numeral-values';
export { NOTES_TITLES } from './vocabulary/titles';
export type { Figure, FigureValue, Figures, Targets } from './facts/figures';
export { comparable, sameValue } from './facts/figures';
export {
  targetLinks,
  restatesTarget,
  valueAsWritten,
  figureAsWritten,
  figureSpan,
  statementAt,
  type TargetLinks,
  type TargetStatement,
} from './features/targets';
export type { Source, View } from './source/source';

export const RULE_METAS: readonly RuleMeta[] = RULES.map((rule) => rule.meta);

export interface LintOptions {
  config?: LintConfig;
  /** Markdown drafts: `#` headings, `**` emphasis and tables are read as such. */
  markdown?: boolean;
  /**
   * At most this many problems per rule (default `MAX_PROBLEMS_PER_RULE`, then one more problem says so).
   * `fixAll` lints without a limit.
   */
  maxProblemsPerRule?: number;
  /** Only the rules this accepts run (fix-all runs the fixable ones). */
  rules?: (meta: RuleMeta) => boolean;
}

export interface LintResult {
  report: Report;
  problems: Problem[];
}

export function severityOf(config: LintConfig | undefined, ruleId: RuleId): Severity {
  const configured = config?.rules?.[ruleId];
  return configured ?? RULES.find((rule) => rule.meta.id === ruleId)!.meta.defaultSeverity;
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const report = parseReport(text, { markdown: options.markdown, numberingStyle: options.config?.numberingStyle, indicators: options.config?.indicators, reportYear: options.config?.reportYear, anniversaries: options.config?.anniversaries });
  const problems: Problem[] = [];
  for (const rule of RULES) {
    const severity = severityOf(options.config, rule.meta.id);
    if (severity === 'off' || (options.rules && !options.rules(rule.meta))) continue;
    rule.check(createContext(rule, report, severity as ReportedSeverity, problems, options.maxProblemsPerRule));
  }
  problems.sort((a, b) => a.offset - b.offset || RULES.findIndex((r) => r.meta.id === a.ruleId) - RULES.findIndex((r) => r.meta.id === b.ruleId));
  // Silenced findings (the configuration file's suppressions, Markdown directives) are neither shown nor fixed.
  return { report, problems: unsuppressed(problems, report.source, options.config?.suppressions) };
}

/**
 * Applies edits to a text. An edit overlapping one already taken is dropped (the caller can lint again and
 * apply the rest); identical edits offered by two problems are applied once.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // One forward pass over sorted edits: linear in the text, however many edits (10 MB and 300 edits stay fast).
  const pieces: string[] = [];
  let at = 0;
  for (const e of nonOverlapping(edits)) {
    pieces.push(text.slice(at, e.offset), e.text);
    at = e.offset + e.length;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/** Sorted, non-overlapping subset of `edits` (earlier edits win). */
export function nonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  const chosen: TextEdit[] = [];
  let end = -1;
  for (const e of sorted) {
    if (e.offset < end || (e.offset === end && e.length === 0 && chosen.length > 0 && chosen[chosen.length - 1]!.offset === e.offset)) continue;
    const last = chosen[chosen.length - 1];
    if (last && last.offset === e.offset && last.length === e.length && last.text === e.text) continue;
    chosen.push(e);
    end = e.offset + e.length;
  }
  return chosen;
}

/**
 * Applies every preferred fix (of one rule, or of all rules), linting again until nothing fixable is left
 * or `maxPasses` is reached, and returns the final text. Renumbering fixes can overlap; later passes take them.
 */
export function fixAll(text: string, options: LintOptions & { ruleId?: RuleId; maxPasses?: number } = {}): string {
  return fixAllCounted(text, options).text;
}

export interface FixAllResult {
  text: string;
  /** How many problems had their fix applied, per rule, over all passes (the CLI's `--fix` says so). */
  applied: Partial<Record<RuleId, number>>;
}

/** `fixAll`, also counting the fixes it applied by rule: a problem counts when an edit of its fix was taken. */
export function fixAllCounted(text: string, options: LintOptions & { ruleId?: RuleId; maxPasses?: number } = {}): FixAllResult {
  let current = text;
  const applied: Partial<Record<RuleId, number>> = {};
  for (let pass = 0; pass < (options.maxPasses ?? 10); pass++) {
    // Only the rules that can fix, without the editor's cap on problems: one pass fixes all that a rule finds.
    const rules = (meta: RuleMeta) => meta.fixable && (!options.ruleId || meta.id === options.ruleId);
    const fixes = lint(current, { ...options, maxProblemsPerRule: Infinity, rules }).problems.filter((p) => p.fix);
    if (fixes.length === 0) break;
    const chosen = nonOverlapping(fixes.flatMap((p) => p.fix!.edits));
    const next = applyEdits(current, chosen);
    if (next === current) break;
    // An edit identical to a chosen one (offered by two problems) was applied too.
    const taken = new Set(chosen.map(editKey));
    for (const p of fixes) if (p.fix!.edits.some((e) => taken.has(editKey(e)))) applied[p.ruleId] = (applied[p.ruleId] ?? 0) + 1;
    current = next;
  }
  return { text: current, applied };
}

function editKey(e: TextEdit): string {
  return `${e.offset}:${e.length}:${e.text}`;
}

/**
 * The smallest edits that turn `before` into `after`: one per changed line when both have the same lines,
 * otherwise one edit spanning the changed middle. Fix-all answers with these, so untouched text keeps its
 * position, markers and undo history.
 */
export function diffEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = splitKeepingBreaks(before);
  const b = splitKeepingBreaks(after);
  if (a.length === b.length) {
    const edits: TextEdit[] = [];
    let offset = 0;
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) edits.push(middleEdit(a[i]!, b[i]!, offset));
      offset += a[i]!.length;
    }
    return edits;
  }
  return [middleEdit(before, after, 0)];
}

function splitKeepingBreaks(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

function middleEdit(before: string, after: string, base: number): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a surrogate pair.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let endA = before.length;
  let endB = after.length;
  while (endA > start && endB > start && before.charCodeAt(endA - 1) === after.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  if (endA < before.length && isLowSurrogate(before.charCodeAt(endA))) {
    endA++;
    endB++;
  }
  return { offset: base + start, length: endA - start, text: after.slice(start, endB) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
