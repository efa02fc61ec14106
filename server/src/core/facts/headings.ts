/**
 * Recognises numbered headings at the start of a line and the titles that divide a report into parts.
 * A heading is an ordinal (一、（一）1.（1）① or the ROC top level 壹、) followed by its title; the title is either
 * the whole line or, for a run-in heading, the first sentence of a paragraph that goes on after it.
 */
import {
  parseArabic,
  parseCapitalNumeral,
  parseChineseNumeral,
  parseCircled,
} from '../vocabulary/numeral-values';
import { toSimplified } from '../source/script';
import type { Line } from '../source/lines';

/** How the ordinal is written. The rank on the ladder follows from it (see `RANK`). */
export type OrdinalStyle = 'capital' | 'chinese' | 'chinese-paren' | 'arabic' | 'arabic-paren' | 'circled';

/** GB/T 15834 B.3.8: 一、 > （一） > 1. > （1） > ①; the ROC ladder puts 壹、 above 一、. */
export const RANK: Record<OrdinalStyle, number> = {
  capital: 0,
  chinese: 1,
  'chinese-paren': 2,
  arabic: 3,
  'arabic-paren': 4,
  circled: 5,
};

export interface Span {
  offset: number;
  length: number;
}

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

export type PartKind = 'review' | 'plan' | 'government' | 'appendix' | 'notes' | 'other';

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

// Ordinal at the start of a line. Groups: capital, its punctuation; chinese, its punctuation;
// chinese-paren open, numeral, close; arabic, punctuation; arabic-paren open, numeral, close; circled.
const ORDINAL =
  /([壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3})([、，,．.])|([一二三四五六七八九十]{1,3})([、，,．]|\.(?![0-9]))|([（(])[ \u3000]?([一二三四五六七八九十]{1,3})[ \u3000]?([）)])|([0-9０-９]{1,2})(\.(?![0-9])|．(?![0-9０-９])|、)|([（(])[ \u3000]?([0-9０-９]{1,2})[ \u3000]?([）)])|([\u2460-\u2473])/y;

/** Wrong punctuation that may follow a bracketed ordinal (B.3.4: nothing may). */
const AFTER_BRACKET = /[、，,．.：:]/y;
const SPACES = /[ \t\u3000]*/y;

/**
 * Reads the ordinal that opens a line, or returns undefined. `text` is the whole document.
 */
export function readHeading(text: string, line: Line): Heading | undefined {
  const at = line.contentStart;
  if (at >= line.end) return undefined;
  ORDINAL.lastIndex = at;
  const m = ORDINAL.exec(text);
  if (!m || ORDINAL.lastIndex > line.end) return undefined;
  let style: OrdinalStyle;
  let ordinal: number;
  let numeralText: string;
  let numeralOffset = at;
  let open: Heading['open'];
  let close: Heading['close'];
  let punctuation: Heading['punctuation'];
  let end = ORDINAL.lastIndex;

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
    AFTER_BRACKET.lastIndex = end;
    if (AFTER_BRACKET.test(text) && AFTER_BRACKET.lastIndex <= line.end) {
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
  if (text[titleStart] === '%' || text[titleStart] === '％') return undefined;

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

// Part titles, matched on simplified text.
const NOTES_TITLE =
  /^(?:附件\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?\s*)?(?:附\s*[:：]\s*)?[※\s]*(?:《?[^》]{0,12}》?有关内容)?(?:名词解释|名词注释|注释|附注|注)[※\s]*[:：]?$/;
const APPENDIX_TITLE = /^附件\s*[0-9０-９一二三四五六七八九十]*\s*(?:[:：]|$)|^附\s*[:：]/;
const UNNUMBERED_PART =
  /^(?:[〇○零一二三四五六七八九]{4}年|\d{4}年|今年|明年|去年|上年|过去[一五]年|[一五]年来|本届政府|\d{4}—\d{4}年)?[^。，,；]{0,14}(?:工作回顾|工作安排|工作任务|目标任务|主要任务|政府自身建设|总体要求|工作总结|工作建议|工作的建议|奋斗目标)[:：]?$/;

export function classifyTitle(simplified: string): PartKind {
  if (/回顾|过去[一五]年|[一五]年来|工作总结|取得的(?:主要)?成[绩就]/.test(simplified)) return 'review';
  if (/自身建设|政府建设|作风建设/.test(simplified)) return 'government';
  if (/安排|今年|明年|\d{4}年.*(?:工作|任务)|总体要求|目标任务|主要任务|重点工作|工作任务|工作建议|奋斗目标|发展目标|主要目标/.test(simplified))
    return 'plan';
  return 'other';
}

/** First characters a notes or appendix title can start with (名词解释, 注释, ※…※, 附件, 附：, 《…》有关内容…). */
const SECTION_TITLE_START = /[附名注註※《]/;
/** Characters every unnumbered part title contains (回顾, 安排, 任务, 建设, 总结, 要求, 建议, 目标), in both scripts. */
const PART_TITLE_CUE = /[顾顧排务務设設结結求议議标標]/;

/** A line that is the title of the explanation section or of an appendix, or undefined. */
export function readSectionTitle(text: string, line: Line): Omit<PartTitle, 'heading'> | undefined {
  const raw = shortLine(text, line);
  if (raw === undefined || !SECTION_TITLE_START.test(raw[0]!)) return undefined;
  const simplified = toSimplified(raw);
  const title = { offset: line.contentStart, length: raw.length };
  if (NOTES_TITLE.test(simplified)) return { kind: 'notes', line: line.index, title, restartsNumbering: true };
  if (APPENDIX_TITLE.test(simplified)) return { kind: 'appendix', line: line.index, title, restartsNumbering: true };
  return undefined;
}

/** A short line that titles a part without a number (2023年工作目标任务), or undefined. Call it on non-headings. */
export function readUnnumberedPart(text: string, line: Line): Omit<PartTitle, 'heading'> | undefined {
  const raw = shortLine(text, line);
  if (raw === undefined || !PART_TITLE_CUE.test(raw)) return undefined;
  const simplified = toSimplified(raw);
  if (!UNNUMBERED_PART.test(simplified)) return undefined;
  return { kind: classifyTitle(simplified), line: line.index, title: { offset: line.contentStart, length: raw.length }, restartsNumbering: true };
}

/** The line's content without trailing spaces and Markdown emphasis, when it is short enough to be a title. */
function shortLine(text: string, line: Line): string | undefined {
  const length = line.end - line.contentStart;
  if (length === 0 || length > 40) return undefined;
  const raw = text.slice(line.contentStart, line.end).replace(/[*_#\s\u3000]+$/, '');
  return raw.length > 0 ? raw : undefined;
}
