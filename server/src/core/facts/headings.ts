/**
 * Recognises numbered headings at the start of a line and the titles that divide a report into parts.
 * A heading is an ordinal (一、（一）1.（1）① or the ROC top level 壹、) followed by its title; the title is either
 * the whole line or, for a run-in heading, the first sentence of a paragraph that goes on after it.
 */
import { parseArabic, parseCapitalNumeral, parseChineseNumeral, parseCircled } from '../vocabulary/numeral-values';
import { isDigitCode } from '../vocabulary/numerals';
import {
  AFTER_BRACKETED_ORDINAL,
  BRACKETED_ORDINAL_REST,
  FIGURE_AFTER_DIGITS,
  HEADING_ORDINAL,
  NOT_A_TITLE_START,
  ORDINAL_BEFORE_DIGITS,
  ORDINAL_OPENING_BRACKETS,
  RANK,
  type OrdinalStyle,
} from '../vocabulary/ordinals';
import { CLAUSE_MARKS, CLOSERS, COLONS, OPENERS } from '../vocabulary/marks';
import { SECTION_FRAME_CUES } from '../vocabulary/figures';
import {
  ADDRESS,
  APPENDIX_TITLE,
  APPENDIX_WORD,
  ATTACHED_WORD,
  classifyTitle,
  NOTES_TITLE,
  NOTES_TITLES,
  PART_TITLE_CUES,
  SLOGAN_PART,
  TITLE_DECORATIONS,
  UNNUMBERED_PART,
  type PartKind,
} from '../vocabulary/titles';
import { CharSet } from '../source/normalize';
import type { Line } from '../source/lines';
import type { Source } from '../source/source';
import { lastIndexAtOrBefore } from '../source/search';
import type { Span } from '../types';

export type { OrdinalStyle, PartKind, Span };
export { RANK, classifyTitle };

export interface Heading {
  line: number;
  /** The last line the heading stands on: its own, or the line its title ends on when a copy split it. */
  endLine: number;
  style: OrdinalStyle;
  rank: number;
  ordinal: number;
  /** The whole marker: brackets, numeral and any punctuation after it, e.g. `（一）`, `一、`, `(一)，`. */
  marker: Span;
  /** The numeral alone (`一`, `12`, `①`). */
  numeral: Span;
  numeralText: string;
  /** Opening and closing bracket of a bracketed ordinal. */
  open?: Span & { text: string };
  close?: Span & { text: string };
  /** Punctuation written after the ordinal (`、` `.` `，` …), if any. */
  punctuation?: Span & { text: string };
  /** The heading's own words, without the ordinal and the final 。. */
  title: Span;
  /** True when body text follows the heading sentence on the same line. */
  runIn: boolean;
  /**
   * True for a heading numbered 1 when the paragraph before introduces a list: it ends with a colon (“如下：”) or its
   * last sentence announces one (主要做了以下工作。). The heading opens a second list under the same parent.
   */
  introduced: boolean;
  /** Index of the parent heading in `Report.headings`, or -1 (top level, or under a part title). */
  parent: number;
  /** Index of the part title the heading falls under, or -1. */
  part: number;
  /**
   * Index of the last part title above that restarts numbering (an unnumbered part title, 附件), or -1 for the
   * document itself. Siblings share parent and scope; under a scope or a parent, numbering starts at 1.
   */
  scope: number;
  /**
   * Index of the appendix title (附件, 附件2：…) the heading stands under, or -1 for the report itself: each appendix is
   * a document of its own, with its own ladder.
   */
  document: number;
}

/** A title that divides the report: a top-level numbered heading, an unnumbered part title, 附件 or the notes. */
export interface PartTitle {
  kind: PartKind;
  line: number;
  title: Span;
  /** Unnumbered titles and appendices restart all heading numbering below them. */
  restartsNumbering: boolean;
  /** Index of the heading that is this title (a numbered top-level part), or -1. */
  heading: number;
}

const SPACES = /[ \t\u3000]*/y;

/** The parts of an ordinal: what `readMarker` reads at the start of a line. */
interface Marker {
  style: OrdinalStyle;
  ordinal: number;
  numeralText: string;
  numeralOffset: number;
  open?: Heading['open'];
  close?: Heading['close'];
  punctuation?: Heading['punctuation'];
  /** Offset just past the marker (and the punctuation after a bracketed ordinal). */
  end: number;
}

/**
 * A copy may split one heading over several lines: 「（」 / 「三）…」 (33), an ordinal alone on its line with its title
 * on the next, a title cut by hyperlinks (43: 「二、“」 / 「十四五」 / 「”时期…」; 31: 「三、关于《」 / … / 「》的说明」) or by
 * a paragraph break (41: 「三、持续提升政府」 / 「治理效能和服务水平」). The pieces are read as one heading when they are
 * at most this many lines (blank lines between them not counted) …
 */
const MAX_HEADING_PIECES = 4;
/** … with at most this many blank lines between two pieces … */
const MAX_BLANKS_BETWEEN_PIECES = 2;
/** … and a piece that continues a title is at most this long. */
const MAX_TITLE_PIECE = 60;
/** A title cut by a paragraph break (41) is continued only when both pieces are this short and hold no punctuation. */
const MAX_BROKEN_TITLE = 20;

const OPENER_SET = new CharSet(OPENERS);
const CLOSER_SET = new CharSet(CLOSERS);
/** Marks that make a short line prose rather than the rest of a title: clause marks and sentence ends, both widths. */
const PROSE_MARKS = new CharSet(CLAUSE_MARKS);

/**
 * Reads the heading that opens a line, or returns undefined. `previous` is the heading read last (an ordinal whose
 * title opens with digits, 21.123…, is read only where it continues its list). A heading split over lines by a copy
 * is read whole: `endLine` is the last line it stands on, and its title may span lines.
 */
export function readHeading(source: Source, line: Line, previous?: Heading): Heading | undefined {
  const text = source.text;
  const lines = source.lines;
  const at = line.contentStart;
  if (at >= line.end) return undefined;
  let markerLine = line;
  let marker = readMarker(text, at, line.end);
  if (!marker && isLoneOpeningBracket(text, line)) {
    // 「（」 alone, 「三）改革开放…」 below it.
    const next = nextContentLine(lines, line.index);
    if (next) {
      marker = readBracketRest(text, at, next);
      if (marker) markerLine = next;
    }
  }
  if (!marker && previous?.style === 'arabic') marker = readOrdinalBeforeDigits(text, line, previous);
  if (!marker) return undefined;
  const { style, ordinal } = marker;
  if (!Number.isFinite(ordinal) || ordinal <= 0) return undefined;

  // A heading has words after its ordinal; `一、` alone or `1.` before a number is not one, unless its title stands
  // alone on the next line.
  let titleLine = markerLine;
  SPACES.lastIndex = marker.end;
  SPACES.test(text);
  let titleStart = Math.min(SPACES.lastIndex, markerLine.end);
  if (titleStart >= markerLine.end) {
    const next = nextContentLine(lines, markerLine.index);
    if (!next || readMarker(text, next.contentStart, next.end)) return undefined;
    titleLine = next;
    titleStart = next.contentStart;
  }
  if (NOT_A_TITLE_START.includes(text[titleStart]!)) return undefined;

  let { end: titleEnd, runIn } = titleIn(text, titleStart, titleLine.end);
  let endLine = titleLine.index;
  if (!runIn) {
    // A title cut by links: its quotes and brackets close on a later line.
    let open = unclosed(text, titleStart, titleEnd);
    for (let pieces = 1; open > 0 && pieces < MAX_HEADING_PIECES; pieces++) {
      const next = nextContentLine(lines, endLine);
      if (!next || next.end - next.contentStart > MAX_TITLE_PIECE || readMarker(text, next.contentStart, next.end)) break;
      const piece = titleIn(text, next.contentStart, next.end);
      open += unclosed(text, next.contentStart, piece.end);
      titleEnd = piece.end;
      runIn = piece.runIn;
      endLine = next.index;
      if (runIn) break;
    }
    // A short title cut by a paragraph break: the next line is a short piece of words, no punctuation.
    if (endLine === titleLine.index && titleEnd - titleStart <= MAX_BROKEN_TITLE && !hasProseMark(text, titleStart, titleEnd) && titleEnd === trimmedEnd(text, titleLine)) {
      const next = nextContentLine(lines, endLine, 0);
      const nextEnd = next ? trimmedEnd(text, next) : 0;
      // The piece is followed by a paragraph of the section (not by a heading: `一、回顾` / `正文` / `二、…` is a draft
      // being written), and the copy's lines are paragraphs, not a PDF's lines wrapped mid-sentence.
      const after = next && nextContentLine(lines, next.index, 0);
      if (
        next &&
        after &&
        nextEnd - next.contentStart <= MAX_BROKEN_TITLE &&
        isPlainWords(text, next.contentStart, nextEnd) &&
        endsWithMark(text, after, SENTENCE_OR_CLAUSE_END) &&
        !readMarker(text, after.contentStart, after.end) &&
        !readMarker(text, next.contentStart, next.end) &&
        !readSectionTitle(source, next) &&
        !readUnnumberedPart(source, next)
      ) {
        titleEnd = nextEnd;
        endLine = next.index;
      }
    }
  }
  return {
    line: line.index,
    endLine,
    style,
    rank: RANK[style],
    ordinal,
    marker: { offset: at, length: marker.end - at },
    numeral: { offset: marker.numeralOffset, length: marker.numeralText.length },
    numeralText: marker.numeralText,
    open: marker.open,
    close: marker.close,
    punctuation: marker.punctuation,
    title: { offset: titleStart, length: titleEnd - titleStart },
    runIn,
    introduced: false,
    parent: -1,
    part: -1,
    scope: -1,
    document: -1,
  };
}

/** The ordinal at `at` (a line's content start), or undefined. */
function readMarker(text: string, at: number, lineEnd: number): Marker | undefined {
  if (at >= lineEnd) return undefined;
  HEADING_ORDINAL.lastIndex = at;
  const m = HEADING_ORDINAL.exec(text);
  if (!m || HEADING_ORDINAL.lastIndex > lineEnd) return undefined;
  let end = HEADING_ORDINAL.lastIndex;
  const mark = (t: string): Heading['punctuation'] => ({ offset: end - 1, length: 1, text: t });
  if (m[1] !== undefined) return { style: 'capital', numeralText: m[1], ordinal: parseCapitalNumeral(m[1]), numeralOffset: at, punctuation: mark(m[2]!), end };
  if (m[3] !== undefined) return { style: 'chinese', numeralText: m[3], ordinal: parseChineseNumeral(m[3]), numeralOffset: at, punctuation: mark(m[4]!), end };
  if (m[13] !== undefined) return { style: 'circled', numeralText: m[13], ordinal: parseCircled(m[13]), numeralOffset: at, end };
  if (m[8] !== undefined) return { style: 'arabic', numeralText: m[8], ordinal: parseArabic(m[8]), numeralOffset: at, punctuation: mark(m[9]!), end };
  const chinese = m[5] !== undefined;
  const [o, n, c] = chinese ? [m[5]!, m[6]!, m[7]!] : [m[10]!, m[11]!, m[12]!];
  const marker: Marker = {
    style: chinese ? 'chinese-paren' : 'arabic-paren',
    numeralText: n,
    ordinal: chinese ? parseChineseNumeral(n) : parseArabic(n),
    numeralOffset: text.indexOf(n, at + 1),
    open: { offset: at, length: 1, text: o },
    close: { offset: end - 1, length: 1, text: c },
    end,
  };
  return withMarkAfterBracket(text, marker, lineEnd);
}

/** The rest of a bracketed ordinal on `next`, its opening bracket at `open` on the line above (「（」 / 「三）…」). */
function readBracketRest(text: string, open: number, next: Line): Marker | undefined {
  BRACKETED_ORDINAL_REST.lastIndex = next.contentStart;
  const m = BRACKETED_ORDINAL_REST.exec(text);
  if (!m || BRACKETED_ORDINAL_REST.lastIndex > next.end) return undefined;
  const end = BRACKETED_ORDINAL_REST.lastIndex;
  const chinese = m[1] !== undefined;
  const n = chinese ? m[1]! : m[2]!;
  const marker: Marker = {
    style: chinese ? 'chinese-paren' : 'arabic-paren',
    numeralText: n,
    ordinal: chinese ? parseChineseNumeral(n) : parseArabic(n),
    numeralOffset: text.indexOf(n, next.contentStart),
    open: { offset: open, length: 1, text: text[open]! },
    close: { offset: end - 1, length: 1, text: m[3]! },
    end,
  };
  return withMarkAfterBracket(text, marker, next.end);
}

/** An Arabic ordinal before digits (21.123制造业体系) that continues `previous` (20.…) with the same mark. */
function readOrdinalBeforeDigits(text: string, line: Line, previous: Heading): Marker | undefined {
  ORDINAL_BEFORE_DIGITS.lastIndex = line.contentStart;
  const m = ORDINAL_BEFORE_DIGITS.exec(text);
  if (!m || parseArabic(m[1]!) !== previous.ordinal + 1 || previous.punctuation?.text !== m[2]) return undefined;
  const end = ORDINAL_BEFORE_DIGITS.lastIndex;
  let after = end;
  while (after < line.end && isDigitCode(text.charCodeAt(after))) after++;
  if (after >= line.end || FIGURE_AFTER_DIGITS.includes(text[after]!)) return undefined;
  return { style: 'arabic', numeralText: m[1]!, ordinal: previous.ordinal + 1, numeralOffset: line.contentStart, punctuation: { offset: end - 1, length: 1, text: m[2]! }, end };
}

/** Wrong punctuation after a bracketed ordinal ((一)、) belongs to its marker. */
function withMarkAfterBracket(text: string, marker: Marker, lineEnd: number): Marker {
  AFTER_BRACKETED_ORDINAL.lastIndex = marker.end;
  if (AFTER_BRACKETED_ORDINAL.test(text) && AFTER_BRACKETED_ORDINAL.lastIndex <= lineEnd) {
    marker.punctuation = { offset: marker.end, length: 1, text: text[marker.end]! };
    marker.end++;
  }
  return marker;
}

/** Whether the line holds an opening bracket and nothing else (trailing spaces aside). */
function isLoneOpeningBracket(text: string, line: Line): boolean {
  return ORDINAL_OPENING_BRACKETS.includes(text[line.contentStart]!) && trimmedEnd(text, line) === line.contentStart + 1;
}

/** The title from `start`: to the first sentence end (then run-in when words follow it) or to the end of the line. */
function titleIn(text: string, start: number, lineEnd: number): { end: number; runIn: boolean } {
  let end = lineEnd;
  let runIn = false;
  const sentence = /[。！？!?]/.exec(text.slice(start, lineEnd));
  if (sentence) {
    end = start + sentence.index;
    runIn = /\S/.test(text.slice(end + 1, lineEnd).replace(/[\u3000*_]/g, ''));
  }
  // Trailing Markdown emphasis and spaces are not part of the title.
  while (end > start && /[\s\u3000*_]/.test(text[end - 1]!)) end--;
  return { end, runIn };
}

/** Opening quotes and brackets in text[start, end) not closed there (closers of earlier pieces count against them). */
function unclosed(text: string, start: number, end: number): number {
  let open = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (OPENER_SET.has(code)) open++;
    else if (CLOSER_SET.has(code)) open--;
  }
  return open;
}

function hasProseMark(text: string, start: number, end: number): boolean {
  return PROSE_MARKS.anyIn(text, start, end);
}

/** Words alone: no punctuation, quote, bracket, space or digit (治理效能和服务水平), not a piece of a sentence cut by a link. */
function isPlainWords(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (PROSE_MARKS.has(code) || OPENER_SET.has(code) || CLOSER_SET.has(code) || NOT_WORDS.has(code) || isDigitCode(code)) return false;
  }
  return true;
}
const NOT_WORDS = new CharSet(' \t\u3000\u00a0"\'*_#-—');

/** Marks a paragraph ends with: a sentence's end, a colon or semicolon, a closing quote or bracket. */
const SENTENCE_OR_CLAUSE_END = new Set('。！？!?；;：:”’」』）)】》');

function endsWithMark(text: string, line: Line, marks: ReadonlySet<string>): boolean {
  const end = trimmedEnd(text, line);
  return end > line.contentStart && marks.has(text[end - 1]!);
}

/** The end of the line's content without trailing spaces and Markdown emphasis. */
function trimmedEnd(text: string, line: Line): number {
  let end = line.end;
  while (end > line.contentStart && /[\s\u3000*_]/.test(text[end - 1]!)) end--;
  return end;
}

/** The next line with content after `index`, past at most `blanks` blank lines, if it is prose. */
function nextContentLine(lines: readonly Line[], index: number, blanks = MAX_BLANKS_BETWEEN_PIECES): Line | undefined {
  for (let i = index + 1; i < lines.length && i <= index + 1 + blanks; i++) {
    const line = lines[i]!;
    if (line.contentStart < line.end) return line.prose ? line : undefined;
  }
  return undefined;
}

/**
 * The words of a span that may cross lines (a split heading's title), each line's piece read on the normalised view
 * and joined without the breaks and indentation between them.
 */
export function wordsOf(source: Source, span: Span): string {
  const end = span.offset + span.length;
  let line = source.lineAt(span.offset);
  let from = span.offset;
  let words = '';
  for (;;) {
    const to = Math.min(end, line.end);
    if (to > from) words += source.view(line, from, to).text;
    const next = source.lines[line.index + 1];
    if (to >= end || !next) return words;
    line = next;
    from = line.contentStart;
  }
}

/**
 * The characters a notes or appendix title can open with (名词解释, 注释, ※…※, 附件, 附：, 《…》有关内容…), and those
 * every unnumbered part title holds (the last of its cue: 回顾, 安排, 任务, 建设 …), in both scripts: most lines are
 * passed over on one character.
 */
const SECTION_TITLE_OPENERS = new CharSet(NOTES_TITLES.map((title) => title[0]).join('') + APPENDIX_WORD[0] + ATTACHED_WORD + TITLE_DECORATIONS + '《');
const PART_TITLE_ENDINGS = new CharSet(PART_TITLE_CUES.map((cue) => cue[cue.length - 1]).join(''));

/** A line that is the title of the explanation section or of an appendix, or undefined. */
export function readSectionTitle(source: Source, line: Line): Omit<PartTitle, 'heading'> | undefined {
  const title = shortLine(source, line);
  if (title === undefined || !SECTION_TITLE_OPENERS.has(source.text.charCodeAt(title.offset))) return undefined;
  const words = source.view(line, title.offset, title.offset + title.length).text;
  if (NOTES_TITLE.test(words)) return { kind: 'notes', line: line.index, title, restartsNumbering: true };
  if (APPENDIX_TITLE.test(words)) return { kind: 'appendix', line: line.index, title, restartsNumbering: true };
  return undefined;
}

/** A short line that titles a part without a number (2023年工作目标任务), or undefined. Call it on non-headings. */
export function readUnnumberedPart(source: Source, line: Line): Omit<PartTitle, 'heading'> | undefined {
  const title = shortLine(source, line);
  if (title === undefined || !PART_TITLE_ENDINGS.anyIn(source.text, title.offset, title.offset + title.length)) return undefined;
  const words = source.view(line, title.offset, title.offset + title.length).text;
  if (!UNNUMBERED_PART.test(words)) return undefined;
  return { kind: classifyTitle(words), line: line.index, title, restartsNumbering: true };
}

/** Markup and spaces after a title (`**名词解释**`, `## 名词解释 ##`). */
const TRAILING_MARKUP_CHARS = new CharSet('*_# \t\r\n\u3000\u00a0\u2002\u2003\ufeff');

/** The line's content without trailing spaces and Markdown emphasis, when it is short enough to be a title. */
function shortLine(source: Source, line: Line): Span | undefined {
  const length = line.end - line.contentStart;
  if (length === 0 || length > 40) return undefined;
  let end = line.end;
  while (end > line.contentStart && TRAILING_MARKUP_CHARS.has(source.text.charCodeAt(end - 1))) end--;
  return end > line.contentStart ? { offset: line.contentStart, length: end - line.contentStart } : undefined;
}

/**
 * A short line shaped `slogan：title` (67: 开启新征程：确保五年稳定脱贫八年全面建成小康强势开局). It is a part title when
 * another part title of the report, told by its words, has the same shape (站在新起点：2012年工作回顾).
 */
export function readSloganTitle(source: Source, line: Line): Omit<PartTitle, 'heading'> | undefined {
  if (line.end - line.contentStart > 40 || !hasColon(source.text, line.contentStart, line.end)) return undefined;
  const title = shortLine(source, line);
  if (title === undefined) return undefined;
  const words = source.view(line, title.offset, title.offset + title.length).text;
  if (!SLOGAN_PART.test(words) || words.startsWith(ADDRESS)) return undefined;
  return { kind: classifyTitle(words), line: line.index, title, restartsNumbering: true };
}

const COLON_SET = new CharSet(COLONS);

function hasColon(text: string, start: number, end: number): boolean {
  return COLON_SET.anyIn(text, start, end);
}

/** Whether a part title, told by its words, has the slogan shape. */
export function hasSloganShape(source: Source, part: Pick<PartTitle, 'title'>): boolean {
  return SLOGAN_PART.test(wordsOf(source, part.title));
}

/**
 * The span of years a section is about, from the titles above a line (31: （二）“十五”期间国民经济和社会发展主要情况;
 * 三、关于《…第十一个五年规划纲要（草案）》的说明): figures under such a title are not this year's. A section that holds
 * the goal paragraph is this year's whatever its title says (36: 三、…全力推动“十五五”开好局).
 */
export class SectionFrames {
  /** Per section (a heading's index, or -1 - a part title's index): the cue its title holds, or null. */
  private readonly cues = new Map<number, string | null>();
  private goal = new Set<number>();

  constructor(
    private readonly source: Source,
    private readonly headings: readonly Heading[],
    private readonly parts: readonly PartTitle[],
  ) {}

  /** The sections that hold the goal paragraph's first line are this year's. */
  holdingGoal(line: number): void {
    this.goal = new Set(this.enclosing(line));
  }

  /** The cue of the span of years the line's sections are about, if any. */
  frameOf(line: number): string | undefined {
    for (const section of this.enclosing(line)) {
      if (this.goal.has(section)) continue;
      let cue = this.cues.get(section);
      if (cue === undefined) {
        const title = section >= 0 ? this.headings[section]!.title : this.parts[-1 - section]!.title;
        cue = SECTION_FRAME_CUES.exec(wordsOf(this.source, title))?.[0] ?? null;
        this.cues.set(section, cue);
      }
      if (cue !== null) return cue;
    }
    return undefined;
  }

  /** The sections a line stands in, innermost first: its heading and theirs, then the unnumbered part title. */
  private enclosing(line: number): number[] {
    const sections: number[] = [];
    const p = lastIndexAtOrBefore(this.parts, line, (part) => part.line);
    let h = lastIndexAtOrBefore(this.headings, line, (heading) => heading.line);
    // An unnumbered title after the last heading ends every heading's section.
    if (h >= 0 && p >= 0 && this.parts[p]!.heading < 0 && this.parts[p]!.line > this.headings[h]!.line) h = -1;
    const scope = h >= 0 ? this.headings[h]!.scope : p >= 0 && this.parts[p]!.heading < 0 ? p : -1;
    for (; h >= 0; h = this.headings[h]!.parent) sections.push(h);
    if (scope >= 0) sections.push(-1 - scope);
    return sections;
  }
}
