/**
 * 重新编号注释: renumbers every footnote marker 1..N in order of first appearance and gives the explanation items
 * the same numbers, in ascending order, in one set of edits (the editor shows them as a preview).
 *
 * A number used for two different terms (21: ［4］ on “六稳” and on “四乱”) becomes two numbers; the second term has
 * no explanation yet, which footnote-missing then reports. Items no marker uses keep their order after the others.
 */
import { normalizeTerm, sameTerms, type FootnoteItem, type FootnoteMarker } from '../facts/footnotes';
import type { Report } from '../facts/report';
import { formatFootnote } from '../rules/footnotes';
import type { TextEdit } from '../types';

export interface RenumberPlan {
  edits: TextEdit[];
  /** Old → new number of each footnote, in the new order (for the preview's description). */
  mapping: { from: number; to: number; term: string }[];
}

/**
 * How many earlier footnotes of the same number a marker's term is compared with (by `sameTerms`) when it matches
 * none exactly. A real draft has two or three terms per reused number; a draft marked ［1］ everywhere before
 * numbering has thousands, and comparing each with all of them took seconds per lightbulb.
 */
const MAX_FUZZY_COMPARISONS = 32;

/** The footnotes already seen under one old number: exact terms in a map, the first few compared by `sameTerms`. */
class TermIndex<T> {
  private readonly exact = new Map<string, T>();
  private readonly first: { term: string; pairs: Set<string>; value: T }[] = [];

  find(term: string): T | undefined {
    const key = normalizeTerm(term);
    const hit = this.exact.get(key);
    if (hit !== undefined) return hit;
    const pairs = pairsOf(key);
    for (const candidate of this.first) {
      // Terms `sameTerms` matches share a run of two characters; a term of one character is compared anyway.
      if (key.length > 1 && candidate.pairs.size > 0 && !sharesAny(pairs, candidate.pairs)) continue;
      if (sameTerms(candidate.term, term)) return candidate.value;
    }
    return undefined;
  }

  add(term: string, value: T): void {
    const key = normalizeTerm(term);
    if (!this.exact.has(key)) this.exact.set(key, value);
    if (this.first.length < MAX_FUZZY_COMPARISONS) this.first.push({ term, pairs: pairsOf(key), value });
  }
}

/** The pairs of adjacent characters of a normalised term. */
function pairsOf(key: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) pairs.add(key.slice(i, i + 2));
  return pairs;
}

function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const pair of a) if (b.has(pair)) return true;
  return false;
}

export function renumberFootnotes(report: Report): RenumberPlan {
  const { text } = report;
  const edits: TextEdit[] = [];
  const mapping: RenumberPlan['mapping'] = [];
  /** One entry per footnote: its first marker and its new number. */
  const footnotes: { first: FootnoteMarker; to: number }[] = [];
  const byNumber = new Map<number, { first: FootnoteMarker; to: number }[]>();
  const terms = new Map<number, TermIndex<{ first: FootnoteMarker; to: number }>>();

  for (const marker of report.markers) {
    const term = report.source.textOf(marker.term);
    const index = terms.get(marker.number) ?? new TermIndex();
    terms.set(marker.number, index);
    let footnote = index.find(term);
    if (!footnote) {
      footnote = { first: marker, to: footnotes.length + 1 };
      footnotes.push(footnote);
      const candidates = byNumber.get(marker.number) ?? [];
      candidates.push(footnote);
      byNumber.set(marker.number, candidates);
      index.add(term, footnote);
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
