/**
 * The editor side of footnotes (注释), over the cached report of the current version: hover on a marker (its
 * explanation) or on an item label (how many markers use it), go to definition (marker → item), references
 * (every marker of a number), completion of the next marker number after an opening bracket, and the
 * WorkspaceEdit of the 重新编号注释 command (`renumberFootnotes` from the core).
 *
 * What each answers is decided by the core (core/features/footnotes.ts: lookups, explanations, the completion
 * policy); this module only shapes it for LSP: positions ↔ offsets, Markdown, locations, completion items, edits.
 */
import {
  CompletionItemKind,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Hover,
  type Location,
  type LocationLink,
  type Position,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  applyEdits,
  definitionAt,
  describeItemUse,
  describePlan,
  diffEdits,
  explainMarker,
  FOOTNOTE_TRIGGER_CHARACTERS,
  footnoteCompletionAt,
  formatMessage,
  itemLabelAt,
  markerAt,
  referenceSpans,
  renumberFootnotes,
  type FootnoteCandidate,
  type FootnoteDescription,
  type Language,
  type RenumberPlan,
  type Report,
  type Span,
  UI_TEXT,
} from './core/index';
import { workspaceEdit, type EditOptions } from './codeActions';
import { toOffset, toRange } from './diagnostics';
import { escapeMarkdown } from './markdown';

/** Completion is offered after these; VS Code sends them as trigger characters. */
export const TRIGGER_CHARACTERS: string[] = [...FOOTNOTE_TRIGGER_CHARACTERS];

function rangeOf(document: TextDocument, span: Span) {
  return toRange(document, span.offset, span.length);
}

// ---- hover ----

export function footnoteHover(document: TextDocument, report: Report, position: Position, language: Language = 'zh'): Hover | null {
  const offset = toOffset(document, position);
  const marker = markerAt(report, offset, false);
  if (marker) return hover(document, explainMarker(report, marker, language), marker.span);
  const item = itemLabelAt(report, offset, false);
  if (item) return hover(document, describeItemUse(report, item, language), item.label);
  return null;
}

/** The title in bold, then each paragraph; the draft's text escaped so that it reads as written. */
function hover(document: TextDocument, description: FootnoteDescription, span: Span): Hover {
  const value = [`**${escapeMarkdown(description.title)}**`, ...description.paragraphs.map(escapeMarkdown)].join('\n\n');
  return { contents: { kind: MarkupKind.Markdown, value }, range: rangeOf(document, span) };
}

// ---- definition and references ----

/** Marker → the explanation item's label (a LocationLink whose origin is the whole marker). */
export function footnoteDefinition(document: TextDocument, report: Report, position: Position, linkSupport: boolean): LocationLink[] | Location[] | null {
  const found = definitionAt(report, toOffset(document, position));
  if (!found) return null;
  const label = rangeOf(document, found.item.label);
  if (!linkSupport) return [{ uri: document.uri, range: label }];
  return [
    {
      originSelectionRange: rangeOf(document, found.marker.span),
      targetUri: document.uri,
      targetRange: rangeOf(document, found.item.span),
      targetSelectionRange: label,
    },
  ];
}

/** From an item label or a marker: every marker with that number, and the item itself when asked for. */
export function footnoteReferences(document: TextDocument, report: Report, position: Position, includeDeclaration: boolean): Location[] | null {
  const spans = referenceSpans(report, toOffset(document, position), includeDeclaration);
  return spans ? spans.map((span) => ({ uri: document.uri, range: rangeOf(document, span) })) : null;
}

// ---- completion ----

/** The core's candidates after a typed bracket (`footnoteCompletionAt`), as completion items in its order. */
export function footnoteCompletion(document: TextDocument, report: Report, position: Position, language: Language = 'zh'): CompletionList | null {
  const completion = footnoteCompletionAt(report, toOffset(document, position), position.line, language);
  if (!completion) return null;
  const range = rangeOf(document, completion.span);
  const items = completion.candidates.map((candidate, rank): CompletionItem => {
    const item: CompletionItem = {
      label: candidate.label,
      kind: KINDS[candidate.kind],
      detail: candidate.detail,
      filterText: candidate.label,
      sortText: String(rank + 1).padStart(4, '0'),
      textEdit: { range, newText: candidate.text },
    };
    // The candidate the words before the bracket name goes first.
    if (candidate.preselect) {
      item.preselect = true;
      item.sortText = '0000';
    }
    return item;
  });
  return { isIncomplete: false, items };
}

/** A new number is a value; a number that already belongs to a marker or an item refers to it. */
const KINDS: Record<FootnoteCandidate['kind'], CompletionItemKind> = {
  'next-marker': CompletionItemKind.Value,
  'next-item': CompletionItemKind.Value,
  'marker-without-item': CompletionItemKind.Reference,
  'unused-item': CompletionItemKind.Reference,
};

// ---- 重新编号注释 ----

/**
 * The renumbering as one WorkspaceEdit, or undefined when the numbers are already in order. It is applied at once
 * (one undo step), not behind a confirmation: VS Code's refactor preview shows edits that need confirmation
 * unchecked, and its Apply then changes nothing. The edits are the smallest per changed line (`diffEdits`), so the
 * 名词解释 part reads as its items' new numbers, not as one struck-through block.
 */
export function renumberEdit(document: TextDocument, report: Report, options: EditOptions, plan: RenumberPlan = renumberFootnotes(report)): WorkspaceEdit | undefined {
  if (plan.edits.length === 0) return undefined;
  const after = applyEdits(report.text, plan.edits);
  const edits = diffEdits(report.text, after);
  return edits.length > 0 ? workspaceEdit(document, edits, options) : undefined;
}

/** What the renumbering did, for the message after it: `已重新编号注释：3→1（“两重”）、1→2（“两新”）。可按 Ctrl+Z 撤销。`. */
export function renumberedMessage(plan: RenumberPlan, language: Language = 'zh'): string {
  return formatMessage(UI_TEXT[language].renumbered, { changes: describePlan(plan, language) });
}
