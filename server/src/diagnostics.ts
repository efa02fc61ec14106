/**
 * Problem → Diagnostic. This module is the only place where the engine's UTF-16 offsets become LSP positions
 * (`toRange`, through `TextDocument.positionAt`) and positions become offsets (`toOffset`); code actions,
 * symbols, folding and the footnote features call it too.
 */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Position, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Language, Problem, ReportedSeverity, RuleId, TextEdit } from './core/index';
import { localizeProblem, RULE_IDS, suggestedFixText } from './core/index';

/** `Diagnostic.source` of every diagnostic this server publishes. */
export const SOURCE = 'govreport';
/**
 * The rule reference in the repository the manifest names (`repository`, `homepage`); each rule id is an anchor on
 * it (scripts/generate.mjs writes the page). A client that ships the page itself names its own base in
 * `initializationOptions.ruleDocs` (the VS Code extension: a URI its URI handler opens in the Markdown preview).
 */
export const DOCS_BASE = 'https://github.com/govreport/govreport-lint/blob/main/docs/rules.md';

/** The documentation link of a rule: `base#rule-id`. */
export function docsUrl(ruleId: string, base: string = DOCS_BASE): string {
  return `${base}#${ruleId}`;
}

/** `initializationOptions.ruleDocs`, when it is an absolute URI without a fragment (`scheme:…`); else the default. */
export function readDocsBase(initializationOptions: unknown): string {
  const value = (initializationOptions as { ruleDocs?: unknown } | null | undefined)?.ruleDocs;
  return typeof value === 'string' && /^[a-z][\w+.-]*:[^#\s]+$/i.test(value) ? value : DOCS_BASE;
}

/** How diagnostics are written for one client: the language of their texts and where their rule links lead. */
export interface Shaping {
  language: Language;
  docsBase: string;
  /** A read-only document (the 校对视图 of a .docx): no quick fix applies, so the message says what it would do. */
  fixInMessage?: boolean;
}

export const DEFAULT_SHAPING: Shaping = { language: 'zh', docsBase: DOCS_BASE };

/**
 * `Diagnostic.data`: a documented contract between diagnostics and code actions. Code actions read it
 * defensively (`readDiagnosticData`) and recompute fixes from the lint cache; they never parse the message.
 */
export interface DiagnosticData {
  ruleId: RuleId;
  /** The document version the diagnostic was computed for. */
  version: number;
}

export function readDiagnosticData(diagnostic: Diagnostic): DiagnosticData | undefined {
  const data: unknown = diagnostic.data;
  if (typeof data === 'object' && data !== null) {
    const { ruleId, version } = data as Record<string, unknown>;
    if (typeof ruleId === 'string' && (RULE_IDS as readonly string[]).includes(ruleId)) {
      return { ruleId: ruleId as RuleId, version: typeof version === 'number' ? version : -1 };
    }
  }
  // A client that drops `data` still sends `code`.
  if (diagnostic.source === SOURCE && typeof diagnostic.code === 'string' && (RULE_IDS as readonly string[]).includes(diagnostic.code)) {
    return { ruleId: diagnostic.code as RuleId, version: -1 };
  }
  return undefined;
}

const SEVERITY: Record<ReportedSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The one conversion from engine offsets (UTF-16 code units) to an LSP range. */
export function toRange(document: TextDocument, offset: number, length: number): Range {
  return { start: document.positionAt(offset), end: document.positionAt(offset + length) };
}

/** And back: an LSP position (hover, definition, completion) → an engine offset, clamped to the text. */
export function toOffset(document: TextDocument, position: Position): number {
  return document.offsetAt(position);
}

export function toLspEdit(document: TextDocument, edit: TextEdit): { range: Range; newText: string } {
  return { range: toRange(document, edit.offset, edit.length), newText: edit.text };
}

export function toDiagnostic(document: TextDocument, found: Problem, shaping: Shaping = DEFAULT_SHAPING): Diagnostic {
  const problem = localizeProblem(found, shaping.language);
  const diagnostic: Diagnostic = {
    range: toRange(document, problem.offset, problem.length),
    severity: SEVERITY[problem.severity] ?? DiagnosticSeverity.Warning,
    code: problem.ruleId,
    codeDescription: { href: docsUrl(problem.ruleId, shaping.docsBase) },
    source: SOURCE,
    message: fixInMessage(problem, shaping),
    data: { ruleId: problem.ruleId, version: document.version } satisfies DiagnosticData,
  };
  if (problem.related && problem.related.length > 0) {
    diagnostic.relatedInformation = problem.related.map(
      (r): DiagnosticRelatedInformation => ({
        location: { uri: document.uri, range: toRange(document, r.offset, r.length) },
        message: r.message,
      }),
    );
  }
  return diagnostic;
}

function fixInMessage(problem: Problem, shaping: Shaping): string {
  const fix = shaping.fixInMessage ? suggestedFixText(problem, shaping.language) : undefined;
  return fix === undefined ? problem.message : `${problem.message}\n${fix}`;
}

/** Is this diagnostic the one published for `problem` (same rule, same range in the current text)? */
export function sameProblem(document: TextDocument, diagnostic: Diagnostic, ruleId: RuleId, problem: Problem): boolean {
  if (problem.ruleId !== ruleId) return false;
  const range = toRange(document, problem.offset, problem.length);
  const given = diagnostic.range;
  return (
    given?.start?.line === range.start.line &&
    given.start.character === range.start.character &&
    given.end?.line === range.end.line &&
    given.end.character === range.end.character
  );
}
