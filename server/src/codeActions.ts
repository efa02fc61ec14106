/**
 * Problem → CodeAction. For each govreport diagnostic in the request: its preferred fix (quickfix, isPreferred),
 * one quickfix per suggestion, and “fix all of this rule” when the rule has two or more fixable problems;
 * for footnote-sequence problems, which have no fix of their own, one “重新编号注释” action that runs the
 * renumbering command (the server then asks the client to apply an edit it previews); once per request, “fix
 * everything fixable” under `source.fixAll.govreport` (for editor.codeActionsOnSave).
 *
 * Last, for a draft on disk, 忽略此处 and 本文件关闭此规则 on each finding (silence.ts): they write the
 * configuration file, not the draft.
 *
 * Everything is recomputed from the cached lint of the document's current version; diagnostics are matched by
 * `data.ruleId` (or `code`) and range, never by message. Edits are WorkspaceEdits on a
 * VersionedTextDocumentIdentifier, so the editor rejects an edit computed for older text.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatMessage, localizeProblem, renumberFootnotes, RULE_IDS, UI_TEXT, type Fix, type Language, type RuleId, type TextEdit } from './core/index';
import { readDiagnosticData, sameProblem, SOURCE, toLspEdit } from './diagnostics';
import type { LintCache, LintEntry } from './lintCache';
import { silenceActions, type SilenceTarget } from './silence';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.govreport`;
export const FIX_ALL_TITLE = UI_TEXT.zh.fixAll;
export function fixAllTitle(language: Language = 'zh'): string {
  return UI_TEXT[language].fixAll;
}
export function fixRuleTitle(ruleId: RuleId, language: Language = 'zh'): string {
  return formatMessage(UI_TEXT[language].fixRule, { rule: ruleId });
}

/** workspace/executeCommand: renumber the footnotes of the document whose URI is the first argument. */
export const RENUMBER_COMMAND = 'govreport.server.renumberFootnotes';
export const RENUMBER_TITLE = UI_TEXT.zh.renumber;
export function renumberTitle(language: Language = 'zh'): string {
  return UI_TEXT[language].renumber;
}

export interface EditOptions {
  /** The client accepts `documentChanges` (versioned edits); otherwise plain `changes` are sent. */
  documentChanges: boolean;
  /**
   * The client resolves a code action's `edit` lazily (codeAction/resolve). Fix-all edits re-lint the document
   * until stable, so they are then computed only when the user picks the action, not for every lightbulb request.
   */
  resolveEdits?: boolean;
  /** The language of titles (default Chinese). */
  language?: Language;
}

/** `CodeAction.data` of a fix-all action whose edit is computed in codeAction/resolve. */
export interface FixAllData {
  uri: string;
  version: number;
  /** The rule to fix, or `*` for every rule. */
  fixAll: RuleId | '*';
}

export function readFixAllData(data: unknown): FixAllData | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { uri, version, fixAll } = data as Record<string, unknown>;
  if (typeof uri !== 'string' || typeof fixAll !== 'string') return undefined;
  return { uri, version: typeof version === 'number' ? version : -1, fixAll: fixAll as RuleId | '*' };
}

/** Fills in the edit of a lazily offered fix-all action. */
export function resolveFixAll(document: TextDocument, entry: LintEntry, cache: LintCache, action: CodeAction, data: FixAllData, options: EditOptions): CodeAction {
  const ruleId = data.fixAll === '*' ? undefined : data.fixAll;
  if (ruleId !== undefined && !(RULE_IDS as readonly string[]).includes(ruleId)) return action;
  return { ...action, edit: workspaceEdit(document, cache.fixAllEdits(entry, ruleId), options) };
}

/** Does a requested kind (`context.only`) cover `kind`? `source` covers `source.fixAll.govreport`. */
export function kindRequested(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export function workspaceEdit(document: TextDocument, edits: readonly TextEdit[], options: EditOptions): WorkspaceEdit {
  const lspEdits = edits.map((e) => toLspEdit(document, e));
  if (!options.documentChanges) return { changes: { [document.uri]: lspEdits } };
  const change: TextDocumentEdit = { textDocument: { uri: document.uri, version: document.version }, edits: lspEdits };
  return { documentChanges: [change] };
}

export function codeActions(
  document: TextDocument,
  entry: LintEntry,
  cache: LintCache,
  params: CodeActionParams,
  options: EditOptions,
  silence?: SilenceTarget,
): CodeAction[] {
  const only = params.context.only;
  const language = options.language ?? 'zh';
  const actions: CodeAction[] = [];
  const { problems } = entry.result;

  if (kindRequested(only, CodeActionKind.QuickFix)) {
    const byRule = new Map<RuleId, Diagnostic[]>();
    const seen = new Set<string>();
    const silencing: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics ?? []) {
      if (diagnostic?.source !== SOURCE) continue;
      const data = readDiagnosticData(diagnostic);
      if (!data) continue;
      const found = problems.find((p) => sameProblem(document, diagnostic, data.ruleId, p));
      if (!found) continue; // stale: the next pull brings the current diagnostics
      const problem = localizeProblem(found, language);
      const id = `${problem.ruleId}@${problem.offset}:${problem.length}:${problem.messageId}`;
      if (seen.has(id)) continue;
      seen.add(id);
      if (problem.fix) actions.push(quickFix(document, problem.fix, diagnostic, true, options));
      for (const suggestion of problem.suggestions ?? []) actions.push(quickFix(document, suggestion, diagnostic, false, options));
      if (silence) silencing.push(...silenceActions(document, problem, diagnostic, silence, language));
      const list = byRule.get(problem.ruleId) ?? [];
      list.push(diagnostic);
      byRule.set(problem.ruleId, list);
    }
    const sequence = byRule.get('footnote-sequence');
    // Offered only when renumbering changes something (a footnote marked twice alone does not).
    if (sequence && renumberFootnotes(entry.result.report).edits.length > 0) {
      actions.push({
        title: renumberTitle(language),
        kind: CodeActionKind.QuickFix,
        diagnostics: sequence,
        command: { title: renumberTitle(language), command: RENUMBER_COMMAND, arguments: [document.uri] },
      });
    }
    for (const [ruleId, diagnostics] of byRule) {
      const fixable = problems.filter((p) => p.ruleId === ruleId && p.fix).length;
      if (fixable < 2) continue;
      const action: CodeAction = { title: fixRuleTitle(ruleId, language), kind: CodeActionKind.QuickFix, diagnostics };
      if (options.resolveEdits) {
        action.data = { uri: document.uri, version: document.version, fixAll: ruleId } satisfies FixAllData;
      } else {
        const edits = cache.fixAllEdits(entry, ruleId);
        if (edits.length === 0) continue;
        action.edit = workspaceEdit(document, edits, options);
      }
      actions.push(action);
    }
    actions.push(...silencing);
  }

  if (kindRequested(only, FIX_ALL_KIND) && problems.some((p) => p.fix)) {
    const action: CodeAction = { title: fixAllTitle(language), kind: FIX_ALL_KIND };
    // Asked for explicitly (code actions on save, the Source Action menu): answer with the edit at once.
    if (options.resolveEdits && only === undefined) {
      action.data = { uri: document.uri, version: document.version, fixAll: '*' } satisfies FixAllData;
      actions.push(action);
    } else {
      const edits = cache.fixAllEdits(entry);
      if (edits.length > 0) actions.push({ ...action, edit: workspaceEdit(document, edits, options) });
    }
  }
  return actions;
}

function quickFix(document: TextDocument, fix: Fix, diagnostic: Diagnostic, isPreferred: boolean, options: EditOptions): CodeAction {
  const action: CodeAction = {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(document, fix.edits, options),
  };
  if (isPreferred) action.isPreferred = true;
  return action;
}

