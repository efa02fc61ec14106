/**
 * The report model: parsed once per document version, read by every rule, the outline and folding.
 * It holds the lines, the numbered headings with their parents, the titles that divide the report into parts
 * (review, plan, government, appendices, the explanation section), and the run-in enumerations.
 */
import type { NumberingStyle, Span } from '../types';
import { Source } from '../source/source';
import { firstIndexAtOrAfter, lastIndexAtOrBefore } from '../source/search';
import type { Line } from '../source/lines';
import { CLOSING, NOT_A_TOPIC, type PartKind } from '../vocabulary/titles';
import { TABLE_CAPTION } from '../vocabulary/ordinals';
import { isDigitCode } from '../vocabulary/numerals';
import { groupRuns, readEnumerationItems, type EnumerationItem, type EnumerationRun } from './enumerations';
import { classifyTitle, readHeading, readSectionTitle, readUnnumberedPart, type Heading, type PartTitle } from './headings';
import { opensWithItem, readItems, readMarkers, selectMarkers, type FootnoteItem, type FootnoteMarker } from './footnotes';
import { readFigures, type Figures } from './figures';
import { readCounts, type StatedCount } from './counts';

export interface NotesSection {
  /** Index into `Report.parts` of the section's title. */
  part: number;
  title: Span;
  /** First and last line of the section's items (after the title, before any appendix). */
  firstLine: number;
  lastLine: number;
  /**
   * Titles of further copies of the section that follow it directly (the section pasted twice): their items are read
   * with the first copy's, so that the repetition is seen.
   */
  repeatedTitles: number[];
  items: FootnoteItem[];
}

/**
 * An unnumbered topic sentence that heads a paragraph (提升改造传统产业。坚持…, or **…** in Markdown). It is a
 * heading for the outline, never a missing numbering level.
 */
export interface Topic {
  line: number;
  title: Span;
}

export interface Report {
  /** The draft: its text, lines and normalised views. */
  source: Source;
  text: string;
  markdown: boolean;
  traditional: boolean;
  /** The ladder in force: `auto` resolved against the draft. */
  numberingStyle: Exclude<NumberingStyle, 'auto'>;
  lines: Line[];
  headings: Heading[];
  parts: PartTitle[];
  enumerations: EnumerationRun[];
  topics: Topic[];
  /** Footnote markers in the body, in document order. */
  markers: FootnoteMarker[];
  /** The 主要预期目标 and every other statement of an indicator's figure (read on first use). */
  readonly figures: Figures;
  /** Stated counts (十方面工作, 十件民生实事, 四大攻坚战：…) and the lists they introduce (read on first use). */
  readonly counts: readonly StatedCount[];
  notes?: NotesSection;
  /** The kind of part a line stands in (the last part title at or above it), if any. */
  partOf(line: number): PartKind | undefined;
}

export interface ParseOptions {
  markdown?: boolean;
  numberingStyle?: NumberingStyle;
  indicators?: Record<string, string[]>;
}

/** Longer lines are still read, but enumerations and markers are not searched past this many code units per line. */
const MAX_ENUMERATION_SCAN = 20000;

export function parseReport(text: string, options: ParseOptions = {}): Report {
  const markdown = options.markdown ?? false;
  const source = new Source(text, markdown);
  const lines = source.lines;
  const headings: Heading[] = [];
  const parts: PartTitle[] = [];
  const enumerationItems: EnumerationItem[] = [];
  /** Lines that end an enumeration run: headings and part titles. */
  const breaks: number[] = [];
  let notes: NotesSection | undefined;
  let inNotes = false;
  /** Lines of table captions (表1、…): PDF copies flatten tables into numbered-looking rows. */
  const tableCaptions: number[] = [];
  const topics: Topic[] = [];
  /** Lines outside the explanation section: where footnote markers may stand. */
  const bodyLines: Line[] = [];
  /** The last non-blank line before this one: a title, or text that ends mid-sentence (a PDF copy broke it). */
  let previous: 'title' | 'sentence-end' | 'mid-sentence' = 'title';

  for (const line of lines) {
    if (line.contentStart >= line.end) continue;
    const before = previous;
    previous = endsSentence(text, line) ? 'sentence-end' : 'mid-sentence';
    if (!line.prose) continue;
    const section = readSectionTitle(source, line);
    if (section && (section.kind !== 'notes' || isNotesSection(source, line.index))) {
      if (section.kind === 'notes' && notes === undefined) {
        notes = { part: -1, title: section.title, firstLine: line.index + 1, lastLine: lines.length - 1, repeatedTitles: [], items: [] };
      } else if (section.kind === 'notes' && inNotes && notes && notes.lastLine === lines.length - 1) {
        // The section again, right after itself: read on as one section.
        notes.repeatedTitles.push(line.index);
      } else if (inNotes && notes && notes.lastLine === lines.length - 1) {
        notes.lastLine = line.index - 1;
      }
      inNotes = section.kind === 'notes';
      parts.push({ ...section, heading: -1 });
      breaks.push(line.index);
      previous = 'title';
      continue;
    }
    if (inNotes) continue;
    bodyLines.push(line);
    if (TABLE_CAPTION.test(text.slice(line.contentStart, line.contentStart + 8))) {
      tableCaptions.push(line.index);
      continue;
    }
    const heading = readHeading(text, line);
    if (heading) {
      heading.introduced = previousEndsWithColon(text, lines, line.index);
      headings.push(heading);
      breaks.push(line.index);
      const from = heading.runIn ? heading.title.offset + heading.title.length : line.end;
      collectEnumerations(text, line.index, from, line.end, enumerationItems);
      if (!heading.runIn) previous = 'title';
      continue;
    }
    const part = readUnnumberedPart(source, line);
    if (part) {
      parts.push({ ...part, heading: -1 });
      breaks.push(line.index);
      previous = 'title';
      continue;
    }
    // A topic opens a paragraph: not a line that continues a sentence broken by a PDF copy (创建省 / 级及以上…。).
    if (headings.length > 0 && before !== 'mid-sentence') {
      const topic = readTopic(text, line);
      if (topic) topics.push(topic);
    }
    collectEnumerations(text, line.index, line.contentStart, line.end, enumerationItems);
  }

  const linked = linkHeadings(source, dropTableRows(text, headings, tableCaptions), parts);
  const traditional = source.traditional;
  const numberingStyle = resolveStyle(options.numberingStyle ?? 'auto', linked, traditional);
  if (notes) {
    notes.part = parts.findIndex((part) => part.kind === 'notes');
    notes.items = readItems(text, lines, notes.firstLine, notes.lastLine, notes.repeatedTitles);
  }
  const circled = notes?.items.some((item) => item.form === 'circled') ?? false;
  const candidates: FootnoteMarker[] = [];
  for (const line of bodyLines) {
    for (const marker of readMarkers(text, line.index, line.contentStart, Math.min(line.end, line.contentStart + MAX_ENUMERATION_SCAN), circled)) candidates.push(marker);
  }
  const markers = selectMarkers(candidates, (notes?.items.length ?? 0) > 0);
  const enumerations = groupRuns(enumerationItems, (a, b) => hasBreakBetween(breaks, a, b));
  const partOf = (line: number): PartKind | undefined => parts[lastIndexAtOrBefore(parts, line, (part) => part.line)]?.kind;
  let figures: Figures | undefined;
  let counts: StatedCount[] | undefined;
  return {
    source,
    text,
    markdown,
    traditional,
    numberingStyle,
    lines: lines as Line[],
    headings: linked,
    parts,
    enumerations,
    topics,
    markers,
    notes,
    partOf,
    get figures() {
      figures ??= readFigures({ source, body: bodyLines, partOf, indicators: options.indicators });
      return figures;
    },
    get counts() {
      counts ??= readCounts({
        source,
        headings: linked,
        parts,
        enumerations,
        inNotes: notes ? (line) => line >= notes!.firstLine && line <= notes!.lastLine : undefined,
        maxScan: MAX_ENUMERATION_SCAN,
      });
      return counts;
    },
  };
}

/**
 * Whether the notes title on line `title` opens the explanation section, by what follows it: numbered items (［1］…,
 * 1.…, 〔1〕…) from the next non-blank line on, or nothing at all (a title just typed at the end, or right before an
 * appendix). A section stands at the end of the report or of an appendix: a title followed by the report's own text
 * (a 一、 part heading, the closing 各位代表！) is a word on a line of its own, not the section.
 */
function isNotesSection(source: Source, title: number): boolean {
  const { text, lines } = source;
  let first = true;
  for (let i = title + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.contentStart >= line.end || !line.prose) continue;
    if (readSectionTitle(source, line)) return true;
    const item = opensWithItem(text, line);
    if (first && !item) return false;
    first = false;
    if (item) continue;
    const heading = readHeading(text, line);
    if (heading && (heading.style === 'chinese' || heading.style === 'capital')) return false;
    if (CLOSING.test(text.slice(line.contentStart, line.contentStart + 8))) return false;
  }
  return true;
}

function previousEndsWithColon(text: string, lines: readonly Line[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i]!;
    let end = line.end;
    while (end > line.contentStart && /[\s\u3000*]/.test(text[end - 1]!)) end--;
    if (end > line.contentStart) return text[end - 1] === '：' || text[end - 1] === ':';
  }
  return false;
}

/** Whether a line ends with a closing mark (。！？；：or a closing quote or bracket), not mid-sentence. */
function endsSentence(text: string, line: Line): boolean {
  let end = line.end;
  while (end > line.contentStart && /[\s\u3000*_]/.test(text[end - 1]!)) end--;
  return end > line.contentStart && /[。！？!?；;：:”’」』）)】]/.test(text[end - 1]!);
}

/** A short first sentence with no inner punctuation, followed by the paragraph's body: 提升改造传统产业。坚持… */
const TOPIC_SENTENCE = /^[^，,、；;：:“”"（）()。！？!?\s]{4,20}[。！]/;

function readTopic(text: string, line: Line): Topic | undefined {
  const head = text.slice(line.contentStart, Math.min(line.end, line.contentStart + 24));
  const m = TOPIC_SENTENCE.exec(head);
  if (!m || line.contentStart + m[0].length >= line.end) return undefined;
  // 一是…, 一年来… and dates open ordinary paragraphs, not topics.
  if (NOT_A_TOPIC.test(m[0])) return undefined;
  return { line: line.index, title: { offset: line.contentStart, length: m[0].length - 1 } };
}

/**
 * Removes the rows of flattened tables. After a caption, a line that looks like a heading is a row unless it
 * is a top or second level heading, or continues the run of an open heading of its rank with the same shape
 * (`2、一區一行動圖書館` after `1、興建桃園市立圖書館` ends the table; `2. 完成委託先期規劃案` does not), does not
 * follow the last row (3、 then 4、), and does not start with a figure (`2、10 月：…` is a schedule row).
 */
function dropTableRows(text: string, headings: Heading[], captions: readonly number[]): Heading[] {
  if (captions.length === 0) return headings;
  const kept: Heading[] = [];
  const open: Heading[] = [];
  let c = 0;
  let inTable = false;
  /** The last row dropped at each rank: a row that follows it (3、 then 4、) is another row. */
  const lastRow = new Map<number, number>();
  for (const h of headings) {
    while (c < captions.length && captions[c]! < h.line) {
      inTable = true;
      lastRow.clear();
      c++;
    }
    if (inTable) {
      const sameRank = open.find((o) => o.rank === h.rank);
      const continues =
        h.rank <= 2 ||
        (sameRank !== undefined &&
          h.ordinal === sameRank.ordinal + 1 &&
          !isDigitCode(text.charCodeAt(h.title.offset)) &&
          h.ordinal !== (lastRow.get(h.rank) ?? -1) + 1 &&
          shape(text, sameRank) === shape(text, h));
      if (!continues) {
        lastRow.set(h.rank, h.ordinal);
        continue;
      }
      inTable = false;
    }
    while (open.length > 0 && open[open.length - 1]!.rank >= h.rank) open.pop();
    open.push(h);
    kept.push(h);
  }
  return kept;
}

/** The marker with its numeral blanked, and whether a space follows: `#、`, `(#) `. */
function shape(text: string, h: Heading): string {
  const marker = text.slice(h.marker.offset, h.numeral.offset) + '#' + text.slice(h.numeral.offset + h.numeral.length, h.marker.offset + h.marker.length);
  const after = text[h.marker.offset + h.marker.length];
  return after === ' ' || after === '\u3000' ? `${marker} ` : marker;
}

function collectEnumerations(text: string, line: number, start: number, end: number, out: EnumerationItem[]): void {
  const items = readEnumerationItems(text, line, start, Math.min(end, start + MAX_ENUMERATION_SCAN));
  for (const item of items) out.push(item);
}

/** True when a heading or part title stands on a line after `a` and at or before `b`. */
function hasBreakBetween(breaks: readonly number[], a: number, b: number): boolean {
  if (a === b) return false;
  const next = breaks[firstIndexAtOrAfter(breaks, a + 1, (line) => line)];
  return next !== undefined && next <= b;
}

function resolveStyle(style: NumberingStyle, headings: readonly Heading[], traditional: boolean): 'mainland' | 'roc' {
  if (style !== 'auto') return style;
  if (headings.some((h) => h.style === 'capital')) return 'roc';
  const arabic = headings.filter((h) => h.style === 'arabic');
  const withComma = arabic.filter((h) => h.punctuation?.text === '、').length;
  if (arabic.length > 0 && withComma * 2 > arabic.length && traditional) return 'roc';
  return 'mainland';
}

/**
 * Gives each heading its parent (the nearest heading above it with a smaller rank) and its scope (the last
 * part title above it that restarts numbering). Numbered top-level headings become part titles themselves.
 */
function linkHeadings(source: Source, headings: Heading[], parts: PartTitle[]): Heading[] {
  const stack: number[] = [];
  let partIndex = -1;
  let scope = -1;
  let p = 0;
  const topRank = headings.reduce((min, h) => Math.min(min, h.rank), Infinity);
  const merged: PartTitle[] = [];
  const takePartsBefore = (line: number) => {
    while (p < parts.length && parts[p]!.line < line) {
      merged.push(parts[p]!);
      partIndex = merged.length - 1;
      if (parts[p]!.restartsNumbering) {
        stack.length = 0;
        scope = partIndex;
      }
      p++;
    }
  };
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    takePartsBefore(h.line);
    while (stack.length > 0 && headings[stack[stack.length - 1]!]!.rank >= h.rank) stack.pop();
    h.parent = stack.length > 0 ? stack[stack.length - 1]! : -1;
    h.scope = scope;
    if (h.rank === topRank && h.rank <= 1 && h.parent === -1) {
      const line = source.lines[h.line]!;
      const title = source.view(line, h.title.offset, h.title.offset + h.title.length).text;
      // Under an unnumbered part title (2023年工作目标任务 → 一、…) a heading without its own cue belongs to that part.
      const own = classifyTitle(title);
      const kind = own === 'other' && scope >= 0 ? merged[scope]!.kind : own;
      merged.push({ kind, line: h.line, title: h.title, restartsNumbering: false, heading: i });
      partIndex = merged.length - 1;
    }
    h.part = partIndex;
    stack.push(i);
  }
  takePartsBefore(Infinity);
  // A loop, not push(...merged): spreading 130,000 part titles into one call overflows the stack.
  parts.length = 0;
  for (const part of merged) parts.push(part);
  return headings;
}

/** The part title a heading or line falls under (the last one above it), or undefined. */
export function partBefore(report: Report, line: number): PartTitle | undefined {
  let found: PartTitle | undefined;
  for (const part of report.parts) {
    if (part.line > line) break;
    found = part;
  }
  return found;
}
