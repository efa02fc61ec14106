/**
 * Recognises numbered headings at the start of a line and the titles that divide a report into parts.
 * A heading is an ordinal (一、（一）1.（1）① or the ROC top level 壹、) followed by its title; the title is either
 * the whole line or, for a run-in heading, the first sentence of a paragraph that goes on after it.
 */
import { parseArabic, parseCapitalNumeral, parseChineseNumeral, parseCircled } from '../vocabulary/numeral-values';
import { AFTER_BRACKETED_ORDINAL, HEADING_ORDINAL, NOT_A_TITLE_START, RANK, type OrdinalStyle } from '../vocabulary/ordinals';
import {
  APPENDIX_TITLE,
  APPENDIX_WORD,
  ATTACHED_WORD,
  classifyTitle,
  NOTES_TITLE,
  NOTES_TITLES,
  PART_TITLE_CUES,
  TITLE_DECORATIONS,
  UNNUMBERED_PART,
  type PartKind,
} from '../vocabulary/titles';
import { CharSet } from '../source/normalize';
import type { Line } from '../source/lines';
import type { Source } from '../source/source';
import type { Span } from '../types';

export type { OrdinalStyle, PartKind, Span };
export { RANK, classifyTitle };

export interface Heading {
  line: number;
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
  /** True when the paragraph before ends with a colon: the heading opens a list (“如下：”). */
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

/**
 * Reads the ordinal that opens a line, or returns undefined. `text` is the whole document.
 */
export function readHeading(text: string, line: Line): Heading | undefined {
  const at = line.contentStart;
  if (at >= line.end) return undefined;
  HEADING_ORDINAL.lastIndex = at;
  const m = HEADING_ORDINAL.exec(text);
  if (!m || HEADING_ORDINAL.lastIndex > line.end) return undefined;
  let style: OrdinalStyle;
  let ordinal: number;
  let numeralText: string;
  let numeralOffset = at;
  let open: Heading['open'];
  let close: Heading['close'];
  let punctuation: Heading['punctuation'];
  let end = HEADING_ORDINAL.lastIndex;

  if (m[1] !== undefined) {
    style = 'capital';
    numeralText = m[1];
    ordinal = parseCapitalNumeral(numeralText);
    punctuation = { offset: at + numeralText.length, length: 1, text: m[2]! };
  } else if (m[3] !== undefined) {
    style = 'chinese';
    numeralText = m[3];
    ordinal = parseChineseNumeral(numeralText);
    punctuation = { offset: at + numeralText.length, length: 1, text: m[4]! };
  } else if (m[13] !== undefined) {
    style = 'circled';
    numeralText = m[13];
    ordinal = parseCircled(numeralText);
  } else if (m[8] !== undefined) {
    style = 'arabic';
    numeralText = m[8];
    ordinal = parseArabic(numeralText);
    punctuation = { offset: at + numeralText.length, length: 1, text: m[9]! };
  } else {
    const chinese = m[5] !== undefined;
    style = chinese ? 'chinese-paren' : 'arabic-paren';
    const [o, n, c] = chinese ? [m[5]!, m[6]!, m[7]!] : [m[10]!, m[11]!, m[12]!];
    numeralText = n;
    ordinal = chinese ? parseChineseNumeral(n) : parseArabic(n);
    open = { offset: at, length: 1, text: o };
    numeralOffset = text.indexOf(n, at + 1);
    close = { offset: end - 1, length: 1, text: c };
    AFTER_BRACKETED_ORDINAL.lastIndex = end;
    if (AFTER_BRACKETED_ORDINAL.test(text) && AFTER_BRACKETED_ORDINAL.lastIndex <= line.end) {
      punctuation = { offset: end, length: 1, text: text[end]! };
      end++;
    }
  }
  if (!Number.isFinite(ordinal) || ordinal <= 0) return undefined;
  // A heading has words after its ordinal; `一、` alone or `1.` before a number is not one.
  SPACES.lastIndex = end;
  SPACES.test(text);
  const titleStart = Math.min(SPACES.lastIndex, line.end);
  if (titleStart >= line.end) return undefined;
  if (NOT_A_TITLE_START.includes(text[titleStart]!)) return undefined;

  let titleEnd = line.end;
  let runIn = false;
  const lineText = text.slice(titleStart, line.end);
  const sentence = /[。！？!?]/.exec(lineText);
  if (sentence) {
    titleEnd = titleStart + sentence.index;
    runIn = /\S/.test(text.slice(titleEnd + 1, line.end).replace(/[\u3000*_]/g, ''));
  }
  // Trailing Markdown emphasis and spaces are not part of the title.
  while (titleEnd > titleStart && /[\s\u3000*_]/.test(text[titleEnd - 1]!)) titleEnd--;
  return {
    line: line.index,
    style,
    rank: RANK[style],
    ordinal,
    marker: { offset: at, length: end - at },
    numeral: { offset: numeralOffset, length: numeralText.length },
    numeralText,
    open,
    close,
    punctuation,
    title: { offset: titleStart, length: titleEnd - titleStart },
    runIn,
    introduced: false,
    parent: -1,
    part: -1,
    scope: -1,
  };
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
const TRAILING_MARKUP = /[*_#\s\u3000]+$/;

/** The line's content without trailing spaces and Markdown emphasis, when it is short enough to be a title. */
function shortLine(source: Source, line: Line): Span | undefined {
  const length = line.end - line.contentStart;
  if (length === 0 || length > 40) return undefined;
  const raw = source.text.slice(line.contentStart, line.end).replace(TRAILING_MARKUP, '');
  return raw.length > 0 ? { offset: line.contentStart, length: raw.length } : undefined;
}
