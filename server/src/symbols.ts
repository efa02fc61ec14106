/**
 * The heading tree as document symbols and folding ranges, from the core's `outline()` / `foldingRanges()` over
 * the cached lint of the current version.
 *
 * Symbol kinds: part titles (过去一年工作回顾 …) → Namespace, 附件 → Module, 名词解释 → Key (a list of terms),
 * numbered headings → String: VS Code's Markdown outline shows headings as String, so prose headings look the
 * same in both; Object would suggest a data structure. Unnumbered topic sentences (提升改造传统产业。…) sit under
 * the headings as Property. A kind the core adds later falls back to String rather than breaking the outline.
 */
import { SymbolKind, type DocumentSymbol, type FoldingRange, type SymbolInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { foldingRanges, outline, type OutlineNode } from './core/index';
import { toRange } from './diagnostics';
import type { LintEntry } from './lintCache';

const KIND: Partial<Record<string, SymbolKind>> = {
  part: SymbolKind.Namespace,
  appendix: SymbolKind.Module,
  notes: SymbolKind.Key,
  heading: SymbolKind.String,
  topic: SymbolKind.Property,
} satisfies Record<OutlineNode['kind'], SymbolKind>;

export function documentSymbols(document: TextDocument, entry: LintEntry): DocumentSymbol[] {
  return outline(entry.result.report).map((node) => toSymbol(document, node));
}

function toSymbol(document: TextDocument, node: OutlineNode): DocumentSymbol {
  const start = Math.max(0, node.offset);
  const end = Math.max(start, node.offset + node.length);
  // LSP requires selectionRange ⊆ range: clamp rather than trust.
  const selStart = Math.min(Math.max(node.selectionOffset, start), end);
  const selEnd = Math.min(Math.max(node.selectionOffset + node.selectionLength, selStart), end);
  return {
    name: node.name || '（无标题）',
    kind: KIND[node.kind] ?? SymbolKind.String,
    range: toRange(document, start, end - start),
    selectionRange: toRange(document, selStart, selEnd - selStart),
    children: node.children.map((child) => toSymbol(document, child)),
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
