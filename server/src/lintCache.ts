/**
 * One lint per document version and configuration: diagnostics, code actions, symbols and folding all read the
 * same result, so a code action always edits exactly the text its diagnostic was computed from.
 * Entries are dropped when the document closes.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diffEdits, fixAll, lint, type LintConfig, type LintResult, type RuleId, type TextEdit } from './core/index';

/** Languages this server lints; anything else (plaintext included) is ignored. */
export const LANGUAGES = ['govreport', 'markdown'] as const;

export function isHandled(document: TextDocument | undefined): document is TextDocument {
  return document !== undefined && (LANGUAGES as readonly string[]).includes(document.languageId);
}

export interface LintEntry {
  version: number;
  /** The configuration and mode the lint ran with. */
  key: string;
  /** Unique per computed lint: the diagnostic `resultId`. */
  serial: number;
  markdown: boolean;
  config: LintConfig;
  result: LintResult;
  /** Fix-all edits, computed on demand: by rule id, `*` for every rule. */
  fixes: Map<RuleId | '*', TextEdit[]>;
}

export class LintCache {
  private readonly entries = new Map<string, LintEntry>();
  private serial = 0;

  get(document: TextDocument, config: LintConfig): LintEntry {
    const markdown = document.languageId === 'markdown';
    const key = JSON.stringify([markdown, config.numberingStyle ?? 'auto', config.rules ?? {}]);
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && cached.key === key) return cached;
    const result = lint(document.getText(), { config, markdown });
    const entry: LintEntry = { version: document.version, key, serial: ++this.serial, markdown, config, result, fixes: new Map() };
    this.entries.set(document.uri, entry);
    return entry;
  }

  /** The minimal edits that apply every preferred fix (of one rule, or of all), re-linting until stable. */
  fixAllEdits(entry: LintEntry, ruleId?: RuleId): TextEdit[] {
    const slot = ruleId ?? '*';
    let edits = entry.fixes.get(slot);
    if (!edits) {
      const before = entry.result.report.text;
      edits = diffEdits(before, fixAll(before, { config: entry.config, markdown: entry.markdown, ruleId }));
      entry.fixes.set(slot, edits);
    }
    return edits;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
