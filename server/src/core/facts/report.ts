/**
 * The report model: parsed once per document version, read by every rule, the outline and folding.
 * It holds the lines, the numbered headings with their parents, the titles that divide the report into parts
 * (review, plan, government, appendices, the explanation section), and the run-in enumerations.
 */
import { readWidths, type WidthFacts } from './widths';
import type { NumberingStyle, Span } from '../types';
import { Source } from '../source/source';
import { firstIndexAtOrAfter, lastIndexAtOrBefore } from '../source/search';
import type { Line } from '../source/lines';
import { CLOSING, NOT_A_TOPIC, titleYear, type PartKind } from '../vocabulary/titles';
import { LIST_ANNOUNCEMENT, TABLE_CAPTION } from '../vocabulary/ordinals';
import { SENTENCE_ENDS } from '../vocabulary/marks';
import { isDigitCode } from '../vocabulary/numerals';
import { groupRuns, readEnumerationItems, type EnumerationItem, type EnumerationRun } from './enumerations';
import {
  classifyTitle,
  hasSloganShape,
  readHeading,
  readSectionTitle,
  readSloganTitle,
  readUnnumberedPart,
  SectionFrames,
  wordsOf,
  type Heading,
  type PartTitle,
} from './headings';
import { opensWithItem, readItems, readMarkers, selectMarkers, type FootnoteItem, type FootnoteMarker } from './footnotes';
import { readFigures, type Figures } from './figures';
import { readCounts, type StatedCount } from './counts';
import { readParagraphs, type Paragraph } from './paragraphs';
import { readRanges, type NumberRange } from './ranges';
import { readReportYear, type ReportYear } from './report-year';
import { readDoublyQualified, type DoublyQualifiedFigure } from './approximations';

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
  /** Half-width marks in Chinese text, and how often the draft writes each family full-width (read on first use). */
  readonly widths: WidthFacts;
  /** Ranges of figures in the prose outside the explanation section: 30%—40%, 5-10万元, 2021-2025年 (read on first use). */
  readonly ranges: readonly NumberRange[];
  /** Figures with a word before and after them that say the same: 约30%左右, 超过80%以上 (read on first use). */
  readonly doublyQualified: readonly DoublyQualifiedFigure[];
  notes?: NotesSection;
  /**
   * The year the report plans and where it was read (header, plan title, review title, or the setting), and the
   * part titles that name a year (report-year.ts; read on first use).
   */
  readonly year: ReportYear;
  /** Local anniversaries as set (`govreport.anniversaries`): event words → founding year. */
  anniversaries?: Readonly<Record<string, number>>;
  /**
   * The paragraphs of the prose by shape (paragraphs.ts): a line a copy broke off runs on its paragraph; headings, part
   * titles and explanation items open their own (read on first use).
   */
  readonly paragraphs: readonly Paragraph[];
  /** The kind of part a line stands in (the last part title at or above it), if any. */
  partOf(line: number): PartKind | undefined;
}

export interface ParseOptions {
  markdown?: boolean;
  numberingStyle?: NumberingStyle;
  indicators?: Record<string, string[]>;
  /** The report's year as set (`govreport.reportYear`): overrides what the draft says. */
  reportYear?: number | null;
  /** Local anniversaries (`govreport.anniversaries`): event words → founding year. */
  anniversaries?: Record<string, number>;
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
  /** The last line of a heading a copy split over lines (its later lines are read as part of it). */
  let consumedTo = -1;
  /** Short lines shaped `slogan：title` (67): part titles when a part title of this shape is one by its words. */
  const slogans: PartTitle[] = [];

  for (const line of lines) {
    if (line.contentStart >= line.end || line.index <= consumedTo) continue;
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
    const heading = readHeading(source, line, headings[headings.length - 1]);
    if (heading) {
      heading.introduced = heading.ordinal === 1 && previousIntroducesList(source, line.index);
      headings.push(heading);
      breaks.push(line.index);
      const last = lines[heading.endLine]!;
      const from = heading.runIn ? heading.title.offset + heading.title.length : last.end;
      collectEnumerations(text, last.index, from, last.end, enumerationItems);
      if (!heading.runIn) previous = 'title';
      else if (last !== line) previous = endsSentence(text, last) ? 'sentence-end' : 'mid-sentence';
      consumedTo = heading.endLine;
      continue;
    }
    const part = readUnnumberedPart(source, line);
    if (part) {
      parts.push({ ...part, heading: -1 });
      breaks.push(line.index);
      previous = 'title';
      continue;
    }
    const slogan = readSloganTitle(source, line);
    if (slogan) slogans.push({ ...slogan, heading: -1 });
    // A topic opens a paragraph: not a line that continues a sentence broken by a PDF copy (创建省 / 级及以上…。).
    if (headings.length > 0 && before !== 'mid-sentence') {
      const topic = readTopic(text, line);
      if (topic) topics.push(topic);
    }
    collectEnumerations(text, line.index, line.contentStart, line.end, enumerationItems);
  }

  // Only an unnumbered part title vouches for the shape: in a report whose parts are numbered, 总体要求：… is prose.
  if (slogans.length > 0 && parts.some((part) => part.heading < 0 && part.kind !== 'appendix' && part.kind !== 'notes' && hasSloganShape(source, part))) {
    for (const slogan of slogans) {
      parts.push(slogan);
      breaks.push(slogan.line);
    }
    parts.sort((a, b) => a.line - b.line);
    breaks.sort((a, b) => a - b);
  }
  const ownKinds: OwnKinds = new WeakMap();
  const linked = linkHeadings(source, dropTableRows(text, headings, tableCaptions), parts, ownKinds);
  const traditional = source.traditional;
  const numberingStyle = resolveStyle(options.numberingStyle ?? 'auto', linked.filter((h) => h.document === -1), traditional);
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
  const frames = new SectionFrames(source, linked, parts);
  // The goal paragraph is found with the kinds the titles' words give; the structure then names the parts no word
  // names (the part that holds the goal paragraph plans the year), and the frames know which sections hold it.
  const figures = readFigures({ source, body: bodyLines, partOf, indicators: options.indicators, frameOf: (line) => frames.frameOf(line) });
  if (figures.targets) {
    kindsFromStructure(parts, linked, ownKinds, figures.targets.firstLine);
    frames.holdingGoal(figures.targets.firstLine);
  }
  let counts: StatedCount[] | undefined;
  let widths: WidthFacts | undefined;
  let paragraphs: Paragraph[] | undefined;
  let ranges: NumberRange[] | undefined;
  let doublyQualified: DoublyQualifiedFigure[] | undefined;
  let year: ReportYear | undefined;
  const inNotesSection = notes ? (line: number) => line >= notes!.firstLine && line <= notes!.lastLine : undefined;
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
    get widths() {
      widths ??= readWidths(source);
      return widths;
    },
    get paragraphs() {
      paragraphs ??= readParagraphs(source, blockOpeners(lines.length, linked, parts, notes));
      return paragraphs;
    },
    get ranges() {
      ranges ??= readRanges({ source, inNotes: inNotesSection });
      return ranges;
    },
    anniversaries: options.anniversaries,
    get year() {
      year ??= readReportYear(source, parts, options.reportYear ?? undefined);
      return year;
    },
    get doublyQualified() {
      doublyQualified ??= readDoublyQualified({ source, inNotes: inNotesSection });
      return doublyQualified;
    },
  };
}

/** Lines that open a block of their own: headings, part titles, explanation items (for paragraphs). */
function blockOpeners(count: number, headings: readonly Heading[], parts: readonly PartTitle[], notes: NotesSection | undefined): (line: number) => boolean {
  const opens = new Uint8Array(count);
  for (const h of headings) opens[h.line] = 1;
  for (const part of parts) opens[part.line] = 1;
  if (notes) for (const item of notes.items) opens[item.firstLine] = 1;
  return (line) => opens[line] === 1;
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
    const heading = readHeading(source, line);
    if (heading && (heading.style === 'chinese' || heading.style === 'capital')) return false;
    if (CLOSING.test(text.slice(line.contentStart, line.contentStart + 8))) return false;
  }
  return true;
}

/**
 * Whether the paragraph before the line introduces a list: it ends with a colon (“如下：”), or its last sentence
 * announces one (今年要重点做好以下八个方面工作。). A heading numbered 1 after it opens a second list.
 */
function previousIntroducesList(source: Source, index: number): boolean {
  const { text, lines } = source;
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i]!;
    let end = line.end;
    while (end > line.contentStart && /[\s\u3000*]/.test(text[end - 1]!)) end--;
    if (end <= line.contentStart) continue;
    if (text[end - 1] === '：' || text[end - 1] === ':') return true;
    if (!SENTENCE_ENDS.includes(text[end - 1]!)) return false;
    let from = end - 1;
    while (from > line.contentStart && !SENTENCE_ENDS.includes(text[from - 1]!)) from--;
    return LIST_ANNOUNCEMENT.test(source.view(line, from, end).text);
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
 * Gives each heading its parent (the nearest heading above it with a smaller rank), its scope (the last part title
 * above it that restarts numbering) and its document (the appendix it stands in, or the report). Numbered top-level
 * headings become part titles themselves. Part kinds come from the titles' words; a title that names only a year
 * earlier than the year the report plans reviews it.
 */
function linkHeadings(source: Source, headings: Heading[], parts: PartTitle[], own: OwnKinds): Heading[] {
  const stack: number[] = [];
  let partIndex = -1;
  let scope = -1;
  let document = -1;
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
      if (parts[p]!.kind === 'appendix') document = partIndex;
      p++;
    }
  };
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    takePartsBefore(h.line);
    while (stack.length > 0 && headings[stack[stack.length - 1]!]!.rank >= h.rank) stack.pop();
    h.parent = stack.length > 0 ? stack[stack.length - 1]! : -1;
    h.scope = scope;
    h.document = document;
    if (h.rank === topRank && h.rank <= 1 && h.parent === -1) {
      const part: PartTitle = { kind: classifyTitle(wordsOf(source, h.title)), line: h.line, title: h.title, restartsNumbering: false, heading: i };
      merged.push(part);
      own.set(part, part.kind);
      partIndex = merged.length - 1;
    }
    h.part = partIndex;
    stack.push(i);
  }
  takePartsBefore(Infinity);
  // A loop, not push(...merged): spreading 130,000 part titles into one call overflows the stack.
  parts.length = 0;
  for (const part of merged) parts.push(part);
  // The year the report plans: the latest a title names. 关于2014年政府工作 before 2015年…重点工作 reviews 2014.
  let reportYear: number | undefined;
  for (const part of parts) {
    if (part.kind === 'appendix' || part.kind === 'notes') continue;
    const year = titleYear(wordsOf(source, part.title));
    if (year !== undefined && (reportYear === undefined || year > reportYear)) reportYear = year;
  }
  for (const part of parts) {
    if (part.kind !== 'plan' || reportYear === undefined) continue;
    part.kind = classifyTitle(wordsOf(source, part.title), reportYear);
    if (own.has(part)) own.set(part, part.kind);
  }
  inheritKinds(parts, headings, own);
  return headings;
}

/** The kind each numbered top-level part's own title gives it (before it takes its scope's). */
type OwnKinds = WeakMap<PartTitle, PartKind>;

/**
 * Under an unnumbered part title (2023年工作目标任务 → 一、…) a numbered top-level heading without a cue of its own
 * belongs to that part: it takes the part's kind.
 */
function inheritKinds(parts: PartTitle[], headings: readonly Heading[], own: OwnKinds): void {
  for (const part of parts) {
    if (part.heading < 0 || own.get(part) !== 'other') continue;
    const scope = headings[part.heading]!.scope;
    if (scope >= 0) part.kind = parts[scope]!.kind;
  }
}

/**
 * Names the parts no title's words name, from the report's structure: the part that holds the goal paragraph
 * (主要预期目标) plans the year; the report's first part, before it, reviews the last one (36: 一、一年接着一年干，…).
 */
function kindsFromStructure(parts: PartTitle[], headings: readonly Heading[], own: OwnKinds, goalLine: number): void {
  const at = lastIndexAtOrBefore(parts, goalLine, (part) => part.line);
  if (at < 0) return;
  // The outermost part at the goal line: an unnumbered title, or a numbered top-level heading outside any.
  let holder = parts[at]!;
  if (holder.heading >= 0 && headings[holder.heading]!.scope >= 0) holder = parts[headings[holder.heading]!.scope]!;
  if (holder.kind === 'other') holder.kind = 'plan';
  const first = parts.find((part) => (part.heading < 0 ? part.kind !== 'appendix' && part.kind !== 'notes' : headings[part.heading]!.scope < 0));
  if (first && first !== holder && first.line < holder.line && first.kind === 'other') first.kind = 'review';
  inheritKinds(parts, headings, own);
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
