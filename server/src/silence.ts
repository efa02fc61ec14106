/**
 * Silencing one finding without touching the report: two quick fixes on every diagnostic of a draft on disk.
 *
 * - 忽略此处: records `{ rule, text: <the sentence the finding is in>, file: <the draft, relative> }` in the
 *   configuration file's `suppressions`; the core then drops that finding (and only findings of that rule in that
 *   sentence), wherever the sentence moves (core/suppress.ts).
 * - 本文件关闭此规则: sets `files.<the draft>.rules.<rule>` to `off`.
 *
 * Both write into the configuration file that applies to the draft (configFile.ts), through a WorkspaceEdit that
 * keeps its comments and layout (configEdit.ts), so the editor applies it, can undo it and saves it; without one,
 * the edit creates `.govreport.jsonc` in the draft's workspace folder (or its own folder) when the client can
 * create files. A malformed configuration file is left alone (nothing is offered). Then the file watcher reports the
 * change and the draft is linted again with it.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { CodeActionKind, type CodeAction, type Command, type Diagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit } from 'jsonc-parser';
import { formatMessage, suppressionText, UI_TEXT, type Language, type Problem } from './core/index';
import { addSuppressionEdits, newConfigText, setFileRuleEdits } from './configEdit';
import { CONFIG_FILE_NAME, relativePath } from './configFile';

export function ignoreTitle(ruleId: string, language: Language = 'zh'): string {
  return formatMessage(UI_TEXT[language].ignoreHere, { rule: ruleId });
}
export function ruleOffTitle(ruleId: string, language: Language = 'zh'): string {
  return formatMessage(UI_TEXT[language].ruleOffForFile, { rule: ruleId });
}
/** A client command (the VS Code client registers it) that saves the configuration file once the edit is applied. */
export const SAVE_CONFIG_COMMAND = 'govreport.config.save';

/** Where the silencing edits go, worked out by the server for one draft. */
export interface SilenceTarget {
  /** The draft's path on disk. */
  draftPath: string;
  /** The configuration file that applies to the draft (valid), with its current text; undefined: none yet. */
  config?: { path: string; text: string };
  /** Where a new configuration file is created when there is none (the workspace folder or the draft's folder). */
  newConfigDir: string;
  /** The client applies `documentChanges` (needed to write an existing file by URI with a null version too). */
  documentChanges: boolean;
  /** The client can create files in a WorkspaceEdit (needed when there is no configuration file yet). */
  canCreate: boolean;
  /** The client has `SAVE_CONFIG_COMMAND`. */
  saveCommand: boolean;
}

/** 忽略此处 and 本文件关闭此规则 for one finding (none when the edit cannot be expressed for this client). */
export function silenceActions(document: TextDocument, problem: Problem, diagnostic: Diagnostic, target: SilenceTarget, language: Language = 'zh'): CodeAction[] {
  const actions: CodeAction[] = [];
  const configPath = target.config?.path ?? join(target.newConfigDir, CONFIG_FILE_NAME);
  const file = relativePath(join(configPath, '..'), target.draftPath);
  const suppression = { rule: problem.ruleId, text: suppressionText(document.getText(), problem.offset, problem.length), file };
  const ignore = configEdit(target, configPath, (text) => addSuppressionEdits(text, suppression));
  if (ignore) actions.push(action(ignoreTitle(problem.ruleId, language), diagnostic, ignore, configPath, target, language));
  const off = configEdit(target, configPath, (text) => setFileRuleEdits(text, file, problem.ruleId, 'off'));
  if (off) actions.push(action(ruleOffTitle(problem.ruleId, language), diagnostic, off, configPath, target, language));
  return actions;
}

function action(title: string, diagnostic: Diagnostic, edit: WorkspaceEdit, configPath: string, target: SilenceTarget, language: Language): CodeAction {
  const result: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit };
  if (target.saveCommand) {
    const command: Command = { title: UI_TEXT[language].saveConfig, command: SAVE_CONFIG_COMMAND, arguments: [pathToFileURL(configPath).href] };
    result.command = command;
  }
  return result;
}

/** The WorkspaceEdit that applies `make`'s edits to the configuration file (created if need be), if the client can. */
function configEdit(target: SilenceTarget, configPath: string, make: (text: string) => Edit[]): WorkspaceEdit | undefined {
  const uri = pathToFileURL(configPath).href;
  if (target.config) {
    const edits = make(target.config.text);
    if (edits.length === 0) return undefined;
    const config = TextDocument.create(uri, 'jsonc', 0, target.config.text);
    const lspEdits: LspTextEdit[] = edits.map((e) => ({
      range: { start: config.positionAt(e.offset), end: config.positionAt(e.offset + e.length) },
      newText: e.content,
    }));
    if (!target.documentChanges) return { changes: { [uri]: lspEdits } };
    return { documentChanges: [{ textDocument: { uri, version: null }, edits: lspEdits }] };
  }
  if (!target.canCreate || !target.documentChanges) return undefined;
  const text = newConfigText(make);
  const start = { line: 0, character: 0 };
  return {
    documentChanges: [
      // Fails (and with it the whole edit) if the file appeared meanwhile: never written over.
      { kind: 'create', uri },
      { textDocument: { uri, version: null }, edits: [{ range: { start, end: start }, newText: text }] },
    ],
  };
}
