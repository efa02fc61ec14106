/**
 * 重新编号注释: renumbers every footnote marker 1..N in order of first appearance and gives the explanation items
 * the same numbers, in ascending order, in one set of edits (the editor shows them as a preview).
 *
 * A number used for two different terms (21: ［4］ on “六稳” and on “四乱”) becomes two numbers; the second term has
 * no explanation yet, which footnote-missing then reports. Items no marker uses keep their order after the others.
 */
import { sameTerms, type FootnoteItem, type FootnoteMarker } from './model/footnotes';
import type { Report } from './model/report';
import { formatFootnote } from './rules/footnotes';
import type { TextEdit } from './types';

export interface RenumberPlan {
  edits: TextEdit[];
  /** Old → new number of each footnote, in the new order (for the preview's description). */
  mapping: { from: number; to: number; term: string }[];
}

export function renumberFootnotes(report: Report): RenumberPlan {
  const { text } = report;
  const edits: TextEdit[] = [];
  const mapping: RenumberPlan['mapping'] = [];
  /** One entry per footnote: its first marker and its new number. */
  const footnotes: { first: FootnoteMarker; to: number }[] = [];
  const byNumber = new Map<number, { first: FootnoteMarker; to: number }[]>();

  for (const marker of report.markers) {
    const term = text.slice(marker.term.offset, marker.term.offset + marker.term.length);
    const candidates = byNumber.get(marker.number) ?? [];
    let footnote = candidates.find((f) => sameTerms(text.slice(f.first.term.offset, f.first.term.offset + f.first.term.length), term));
    if (!footnote) {
      footnote = { first: marker, to: footnotes.length + 1 };
      footnotes.push(footnote);
      candidates.push(footnote);
      byNumber.set(marker.number, candidates);
      mapping.push({ from: marker.number, to: footnote.to, term });
    }
    if (marker.number !== footnote.to) {
      edits.push({ offset: marker.span.offset, length: marker.span.length, text: formatFootnote(marker.form, footnote.to) });
    }
  }

  const items = report.notes?.items ?? [];
  if (items.length > 0) {
    // An item takes the number of the first footnote that used its old number; the others follow in their order.
    const used = new Set<{ first: FootnoteMarker; to: number }>();
    let next = footnotes.length + 1;
    const renumbered = items.map((item, index) => {
      const footnote = byNumber.get(item.number)?.find((f) => !used.has(f));
      if (footnote) used.add(footnote);
      return { item, index, to: footnote ? footnote.to : next++ };
    });
    const sorted = [...renumbered].sort((a, b) => a.to - b.to || a.index - b.index);
    const changed = sorted.some((entry, i) => entry.item !== items[i] || entry.to !== entry.item.number);
    if (changed) {
      // Each item keeps its own lines; the breaks (and blank lines) between items stay where they were.
      const start = report.lines[items[0]!.firstLine]!.start;
      const end = report.lines[items[items.length - 1]!.lastLine]!.end;
      const separators = items.slice(1).map((item, i) => text.slice(report.lines[items[i]!.lastLine]!.end, report.lines[item.firstLine]!.start));
      let replacement = '';
      sorted.forEach(({ item, to }, i) => {
        replacement += itemBlock(report, item, to) + (i < separators.length ? separators[i] : '');
      });
      if (replacement !== text.slice(start, end)) edits.push({ offset: start, length: end - start, text: replacement });
    }
  }
  return { edits, mapping };
}

/** The item's lines, with its number rewritten. */
function itemBlock(report: Report, item: FootnoteItem, to: number): string {
  const { text, lines } = report;
  const start = lines[item.firstLine]!.start;
  const end = lines[item.lastLine]!.end;
  const block = text.slice(start, end);
  const at = item.label.offset - start;
  return block.slice(0, at) + formatFootnote(item.form, to) + block.slice(at + item.label.length);
}
