/**
 * The heading tree for the editor's outline and folding: part titles (unnumbered, 附件, the explanation
 * section) at the top, numbered headings nested by rank below them.
 */
import type { FootnoteItem } from '../facts/footnotes';
import type { Report } from '../facts/report';
import { yearsOfPart } from '../facts/report-year';
import { YEAR_WORD } from '../vocabulary/titles';

export interface OutlineNode {
  /** The heading as written: ordinal and title (`（一）经济运行稳中有进`). */
  name: string;
  kind: 'part' | 'heading' | 'topic' | 'notes' | 'appendix';
  /** From the heading to the end of its section (UTF-16 offsets). */
  offset: number;
  length: number;
  /** The heading line's own text. */
  selectionOffset: number;
  selectionLength: number;
  startLine: number;
  endLine: number;
  children: OutlineNode[];
  /** The years a review or plan part speaks of (2025年, 2021—2025年), from the report year; none elsewhere. */
  detail?: string;
}

export interface FoldingRange {
  startLine: number;
  endLine: number;
}

interface Entry {
  line: number;
  /** -1 for titles that restart numbering, the rank for numbered headings, TOPIC_LEVEL for topic sentences. */
  level: number;
  node: OutlineNode;
}

const MAX_NAME = 60;
/** Names of explanation items in the outline are cut here. */
const MAX_ITEM_NAME = 60;

/** Markdown emphasis and heading marks around a title (`**一、…**`, `## 二、…`): not part of its name. */
/** A name without Markdown markup, and one a copy split over lines (三、关于《 / … / 》的说明) joined into one line. */
function withoutMarkup(text: string): string {
  return text.replace(/[*_#]+/g, '').replace(/[ \t\u3000\u00a0]*[\r\n]+[ \t\u3000\u00a0]*/g, '').trim();
}

/** An explanation item's name in the outline: its label and term, `［1］两新` (emphasis dropped, cut at 60). */
export function footnoteItemName(report: Report, item: FootnoteItem): string {
  const raw = (report.source.textOf(item.label) + report.source.textOf(item.term)).replace(/\*\*|__/g, '').trim();
  return raw.length > MAX_ITEM_NAME ? `${raw.slice(0, MAX_ITEM_NAME)}…` : raw;
}
/** The first sentence of a paragraph, without its closing mark. */
const FIRST_SENTENCE = /^[^。；;！？!?]+/;
/** Topic sentences sit below every numbered level. */
const TOPIC_LEVEL = 9;

export function outline(report: Report): OutlineNode[] {
  const { lines } = report;
  const entries: Entry[] = [];
  const years = partYears(report);
  for (const part of report.parts) {
    if (part.heading >= 0 || !part.restartsNumbering) continue;
    const kind = part.kind === 'notes' ? 'notes' : part.kind === 'appendix' ? 'appendix' : 'part';
    const n = node(report, kind, part.line, part.title.offset, part.title.length);
    const detail = years.get(part.line);
    if (detail) n.detail = detail;
    entries.push({ line: part.line, level: -1, node: n });
  }
  for (const h of report.headings) {
    const line = lines[h.line]!;
    const end = h.title.offset + h.title.length;
    const n = node(report, 'heading', h.line, line.contentStart, end - line.contentStart);
    const detail = years.get(h.line);
    if (detail) n.detail = detail;
    entries.push({ line: h.line, level: h.rank, node: n });
  }
  for (const topic of report.topics) {
    entries.push({ line: topic.line, level: TOPIC_LEVEL, node: node(report, 'topic', topic.line, topic.title.offset, topic.title.length) });
  }
  // Paragraphs that open with 一是… / 第一，…: the sub-heads of reports that number them so (15: 一是协同发展实现新突破。).
  for (const run of report.enumerations) {
    if (run.kind !== 'shi' && run.kind !== 'yao' && run.kind !== 'di') continue;
    for (const item of run.items) {
      const line = lines[item.line]!;
      if (item.marker.offset !== line.contentStart) continue;
      const sentence = FIRST_SENTENCE.exec(report.text.slice(line.contentStart, Math.min(line.end, line.contentStart + 200)));
      const length = sentence ? sentence[0].length : Math.min(line.end - line.contentStart, MAX_NAME);
      entries.push({ line: item.line, level: TOPIC_LEVEL, node: node(report, 'topic', item.line, line.contentStart, length) });
    }
  }
  entries.sort((a, b) => a.line - b.line);

  const roots: OutlineNode[] = [];
  const stack: Entry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    let endLine = lines.length - 1;
    for (let j = i + 1; j < entries.length; j++) {
      const later = entries[j]!;
      if (later.level <= entry.level || later.level === -1) {
        endLine = later.line - 1;
        break;
      }
    }
    while (endLine > entry.line && lines[endLine]!.contentStart >= lines[endLine]!.end) endLine--;
    entry.node.endLine = endLine;
    entry.node.length = lines[endLine]!.end - entry.node.offset;
    while (stack.length > 0 && (stack[stack.length - 1]!.level >= entry.level || entry.level === -1)) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.node.children : roots).push(entry.node);
    stack.push(entry);
  }
  return roots;
}

/** Line of each review or plan part title → the years it speaks of, written 2025年 or 2021—2025年. */
function partYears(report: Report): Map<number, string> {
  const out = new Map<number, string>();
  if (report.year.year === undefined) return out;
  report.parts.forEach((part, i) => {
    const span = yearsOfPart(report.source, report.year, report.parts, i);
    if (span) out.set(part.line, span.first === span.last ? `${span.first}${YEAR_WORD}` : `${span.first}—${span.last}${YEAR_WORD}`);
  });
  return out;
}

function node(report: Report, kind: OutlineNode['kind'], line: number, offset: number, length: number): OutlineNode {
  const raw = withoutMarkup(report.source.textOf({ offset, length }));
  const name = raw.length > MAX_NAME ? `${raw.slice(0, MAX_NAME)}…` : raw || '（无标题）';
  const start = report.lines[line]!.start;
  return { name, kind, offset: start, length: 0, selectionOffset: offset, selectionLength: length, startLine: line, endLine: line, children: [] };
}

export function foldingRanges(report: Report): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const visit = (nodes: OutlineNode[]) => {
    for (const n of nodes) {
      if (n.endLine > n.startLine) ranges.push({ startLine: n.startLine, endLine: n.endLine });
      visit(n.children);
    }
  };
  visit(outline(report));
  return ranges;
}
