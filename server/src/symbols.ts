/**
 * The heading tree as document symbols and folding ranges, from the core's `outline()` / `foldingRanges()` over
 * the cached lint of the current version.
 *
 * Symbol kinds: part titles (过去一年工作回顾 …) → Namespace, 附件 → Module, 名词解释 → Key (a list of terms),
 * numbered headings → String: VS Code's Markdown outline shows headings as String, so prose headings look the
 * same in both; Object would suggest a data structure. Unnumbered sub-heads (topic sentences such as
 * 提升改造传统产业。…, and paragraphs that open with 一是…) sit under the headings, also as String: they are headings
 * of the prose, and VS Code labels Property symbols “(property)”. A kind the core adds later falls back to String
 * rather than breaking the outline.
 * The items of the explanation section (［1］两新, read from `report.notes.items`) sit under 名词解释 as EnumMember.
 */
import { SymbolKind, type DocumentSymbol, type FoldingRange, type SymbolInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { foldingRanges, footnoteItemName, outline, type FootnoteItem, type OutlineNode, type Report } from './core/index';
import { toRange } from './diagnostics';
import type { LintEntry } from './lintCache';

const KIND: Partial<Record<string, SymbolKind>> = {
  part: SymbolKind.Namespace,
  appendix: SymbolKind.Module,
  notes: SymbolKind.Key,
  heading: SymbolKind.String,
  topic: SymbolKind.String,
} satisfies Record<OutlineNode['kind'], SymbolKind>;


export function documentSymbols(document: TextDocument, entry: LintEntry): DocumentSymbol[] {
  const report = entry.result.report;
  return outline(report).map((node) => toSymbol(document, report, node));
}

function toSymbol(document: TextDocument, report: Report, node: OutlineNode): DocumentSymbol {
  const start = Math.max(0, node.offset);
  const end = Math.max(start, node.offset + node.length);
  // LSP requires selectionRange ⊆ range: clamp rather than trust.
  const selStart = Math.min(Math.max(node.selectionOffset, start), end);
  const selEnd = Math.min(Math.max(node.selectionOffset + node.selectionLength, selStart), end);
  const children = node.children.map((child) => toSymbol(document, report, child));
  const notes = report.notes;
  if (node.kind === 'notes' && notes && node.selectionOffset === notes.title.offset) {
    for (const item of notes.items) children.push(itemSymbol(document, report, item, start, end));
  }
  return {
    name: node.name || '（无标题）',
    kind: KIND[node.kind] ?? SymbolKind.String,
    range: toRange(document, start, end - start),
    selectionRange: toRange(document, selStart, selEnd - selStart),
    children,
    ...(node.detail ? { detail: node.detail } : {}),
  };
}

/** An explanation item: `［1］两新`, its range the item's lines (clamped into the section's), selected label and term. */
function itemSymbol(document: TextDocument, report: Report, item: FootnoteItem, sectionStart: number, sectionEnd: number): DocumentSymbol {
  const name = footnoteItemName(report, item);
  const start = Math.min(Math.max(item.span.offset, sectionStart), sectionEnd);
  const end = Math.min(Math.max(item.span.offset + item.span.length, start), sectionEnd);
  const selStart = Math.min(Math.max(item.label.offset, start), end);
  const selEnd = Math.min(Math.max(item.label.offset + item.label.length, item.term.offset + item.term.length, selStart), end);
  return {
    name: name || '（无词条）',
    kind: SymbolKind.EnumMember,
    range: toRange(document, start, end - start),
    selectionRange: toRange(document, selStart, selEnd - selStart),
    children: [],
  };
}

/** For clients without hierarchical symbol support: the same tree, flattened, with container names. */
export function symbolInformation(document: TextDocument, entry: LintEntry): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const visit = (symbols: DocumentSymbol[], container?: string) => {
    for (const s of symbols) {
      out.push({ name: s.name, kind: s.kind, location: { uri: document.uri, range: s.range }, containerName: container });
      visit(s.children ?? [], s.name);
    }
  };
  visit(documentSymbols(document, entry));
  return out;
}

export function folding(entry: LintEntry): FoldingRange[] {
  return foldingRanges(entry.result.report).map((r) => ({ startLine: r.startLine, endLine: r.endLine }));
}
