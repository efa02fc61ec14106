/**
 * One lint per document revision and configuration: diagnostics, code actions, symbols and folding all read the
 * same result, so a code action always edits exactly the text its diagnostic was computed from.
 *
 * Entries are keyed by the server's own revision of the document (bumped on every open and change), never by
 * the client's version number: a client that reopens a URI at version 1, or sends a version that goes back, still
 * gets the current text linted. Each entry records how long its lint took; the debounce adapts to it.
 * Entries are dropped when the document closes.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diffEdits, fixAll, lint, type LintConfig, type LintResult, type RuleId, type TextEdit } from './core/index';

/** Languages this server lints; anything else (plaintext included) is ignored. */
export const LANGUAGES = ['govreport', 'markdown'] as const;

export function isHandled(document: TextDocument | undefined): document is TextDocument {
  return document !== undefined && (LANGUAGES as readonly string[]).includes(document.languageId);
}

/** What a lint depends on besides the text: the configuration and a key that identifies it (settings.ts). */
export interface LintSettings {
  config: LintConfig;
  /** Equal keys mean equal configurations: every field of `config`, computed once per settings read. */
  configKey: string;
}

export interface LintEntry {
  /** The server's revision of the document the lint ran on (see `Revisions`). */
  revision: number;
  /** The configuration and mode the lint ran with. */
  key: string;
  /** Unique per computed lint: the diagnostic `resultId`. */
  serial: number;
  markdown: boolean;
  config: LintConfig;
  result: LintResult;
  /** How long the lint took, in milliseconds. */
  elapsed: number;
  /** Fix-all edits, computed on demand: by rule id, `*` for every rule. */
  fixes: Map<RuleId | '*', TextEdit[]>;
}

/** The server's own count of the changes to each open document. */
export class Revisions {
  private readonly byUri = new Map<string, number>();
  private next = 0;

  bump(uri: string): number {
    const revision = ++this.next;
    this.byUri.set(uri, revision);
    return revision;
  }

  of(uri: string): number {
    return this.byUri.get(uri) ?? 0;
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }
}

export class LintCache {
  private readonly entries = new Map<string, LintEntry>();
  /** The last lint time per URI, kept across revisions (the next debounce is sized by it). */
  private readonly lastElapsed = new Map<string, number>();
  private serial = 0;

  constructor(private readonly revisions: Revisions) {}

  get(document: TextDocument, settings: LintSettings): LintEntry {
    const markdown = document.languageId === 'markdown';
    const key = `${markdown ? 'md' : 'txt'}:${settings.configKey}`;
    const revision = this.revisions.of(document.uri);
    const cached = this.entries.get(document.uri);
    if (cached && cached.revision === revision && cached.key === key) return cached;
    const started = performance.now();
    const result = lint(document.getText(), { config: settings.config, markdown });
    const elapsed = performance.now() - started;
    const entry: LintEntry = { revision, key, serial: ++this.serial, markdown, config: settings.config, result, elapsed, fixes: new Map() };
    this.entries.set(document.uri, entry);
    this.lastElapsed.set(document.uri, elapsed);
    return entry;
  }

  /** How long the last lint of `uri` took (any revision), if it was linted. */
  lastLintTime(uri: string): number | undefined {
    return this.lastElapsed.get(uri);
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
    this.lastElapsed.delete(uri);
  }
}
