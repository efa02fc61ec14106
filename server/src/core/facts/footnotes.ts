/**
 * Footnote markers in the body (“一降三减”［1］, 治理六乱(15), 战略目标^[1], 三个圆满收官[1], “两品一标”【2】, 两不愁三保障
 * 〔1〕, 硫＠①) and the items of the explanation section (［1］一降三减：…, [1]“三步走”战略目标：…, 〔1〕…, 1.“两重”：…,
 * ＠①原字…). Markers are numbered once across the report, 1..N in order of first appearance.
 *
 * What looks alike and is not a marker: an enumerator that opens a clause (：（1）做好…；（2）…, ①加强…), a
 * parenthetical without digits ((棚户区), 報(bào)告), a number in a table row (`(23) (21)` after a space), a year or
 * a figure in brackets (《阜平年鉴(2020)》, 表中(104)). Numbers in round brackets after a term are markers only as a
 * series across the report (`selectMarkers`): a list numbers (1)(2)(3) inside one paragraph and starts again at 1.
 */
import { parseArabic, parseCircled } from '../vocabulary/numeral-values';
import { CLAUSE_MARKS } from '../vocabulary/marks';
import { isDigitCode, SUPERSCRIPT_DIGITS } from '../vocabulary/numerals';
import {
  BRACKETED_TERM,
  FOOTNOTE_BRACKET_BY_OPEN,
  ITEM_LABEL,
  MARKER,
  MAX_ROUND_DIGITS,
  MAX_ITEM_TERM,
  MAX_QUOTED_TERM,
  MAX_TERM,
  TERM_COLON,
  TERM_END,
  TERM_NOISE,
  TERM_QUOTES,
  TERM_START,
  ROUND_FORMS,
  type FootnoteForm,
} from '../vocabulary/footnotes';
import type { Line } from '../source/lines';
import type { Span } from '../types';

export type { FootnoteForm };

export interface FootnoteMarker {
  number: number;
  form: FootnoteForm;
  line: number;
  /** The whole marker with its brackets (and any space before it that belongs to it, never). */
  span: Span;
  /** The digits. */
  numeral: Span;
  /** The words the marker follows: the quoted term, or the words since the last clause mark (at most 24). */
  term: Span;
}

export interface FootnoteItem {
  number: number;
  form: FootnoteForm;
  /** The item's number with its brackets or separator (`［1］`, `1.`). */
  label: Span;
  numeral: Span;
  /** The term being explained: the words before the first colon, or the rest of the first line. */
  term: Span;
  firstLine: number;
  /** Last line of the item (explanations may span lines). */
  lastLine: number;
  /** From the label to the end of the item's last line. */
  span: Span;
}

/**
 * Marker candidates on one body line, from `start` to `end`. `circled` markers count only when the notes use ①.
 * Candidates in round brackets are kept here; `selectMarkers` decides over the whole report whether they are markers.
 */
export function readMarkers(text: string, lineIndex: number, start: number, end: number, circled: boolean): FootnoteMarker[] {
  const markers: FootnoteMarker[] = [];
  const segment = text.slice(start, end);
  /** Whether the line holds a clause mark (read once, when a number in round brackets asks). */
  let sentence: boolean | undefined;
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(segment)) !== null) {
    const at = start + m.index;
    const length = m[0].length;
    // Body markers follow a term; none opens a line (a Markdown link definition `[1]: …` does).
    if (at === start) continue;
    let form: FootnoteForm;
    let digits: string;
    let numeralOffset: number;
    let numeralLength: number;
    if (m[2] !== undefined) {
      const bracket = FOOTNOTE_BRACKET_BY_OPEN.get(m[2])!;
      // The closing bracket must close the opening one: ［1] and (1】 are not markers.
      if (bracket.close !== m[5]) continue;
      const caret = m[1] !== '' || m[3] !== '';
      if (caret && bracket.form !== 'square') continue;
      digits = m[4]!;
      numeralOffset = at + m[0].indexOf(digits, m[1]!.length + 1);
      numeralLength = digits.length;
      if (bracket.round) {
        // A parenthesised number is a marker only when it closes a term in a sentence: on a line with no clause mark
        // it numbers a title or a document (51: 「五次会议文件(1)」 above the report's title).
        if (digits.length > MAX_ROUND_DIGITS) continue;
        const before = termEndBefore(text, start, at);
        if (before === undefined || !TERM_END.test(before)) continue;
        sentence ??= hasClauseMark(segment);
        if (!sentence) continue;
      }
      form = caret ? 'caret' : bracket.form;
    } else if (m[8] !== undefined) {
      // ＠①: the digitiser's mark stands in for the missing character itself, after whatever precedes it.
      form = 'glyph';
      digits = m[8];
      numeralOffset = at + 1;
      numeralLength = 1;
    } else {
      const raw = m[6] ?? m[7]!;
      if (!TERM_END.test(text[at - 1]!)) continue;
      form = 'superscript';
      digits = [...raw].map((c) => String(SUPERSCRIPT_DIGITS.indexOf(c))).join('');
      numeralOffset = at + (m[7] !== undefined ? 1 : 0);
      numeralLength = raw.length;
    }
    const number = form === 'glyph' ? parseCircled(digits) : parseArabic(digits);
    if (!(number > 0)) continue;
    markers.push({
      number,
      form,
      line: lineIndex,
      span: { offset: at, length },
      numeral: { offset: numeralOffset, length: numeralLength },
      term: termBefore(text, start, at),
    });
  }
  if (circled) {
    for (let i = 0; i < segment.length; i++) {
      const value = parseCircled(segment[i]!);
      if (!(value > 0)) continue;
      const at = start + i;
      if (at === start || !TERM_END.test(text[at - 1]!)) continue;
      markers.push({ number: value, form: 'circled', line: lineIndex, span: { offset: at, length: 1 }, numeral: { offset: at, length: 1 }, term: termBefore(text, start, at) });
    }
    markers.sort((a, b) => a.span.offset - b.span.offset);
  }
  return markers;
}

function hasClauseMark(segment: string): boolean {
  for (let i = 0; i < segment.length; i++) if (CLAUSE_MARKS.includes(segment[i]!)) return true;
  return false;
}

/** Whether a marker is written in round brackets, (1) or （1）: the form lists are numbered in too. */
export function isRoundMarker(marker: FootnoteMarker): boolean {
  return ROUND_FORMS.includes(marker.form);
}

/** A series of markers in round brackets spreads over at least this many lines when the report has no notes. */
const MIN_ROUND_SERIES_LINES = 3;

/**
 * The report's markers among the candidates of every body line. Numbers in round brackets after a term ((1), （1）)
 * are markers only when they are the report's markers: no marker in closed brackets (［n］ [n] 【n】 〔n〕) or superscript
 * stands in the body (51: 五次会议文件(1) above seventy-five 〔n〕), and they run as one series across the report, not
 * as lists that start again (66: (7)…(15), then (1)(2), then (1); lists whose (1) follows a colon leave (2)(2)(2)).
 * With explanation items, one number that does not rise is allowed (a duplicate or a reversal, which the footnote rules
 * then report); without them, none, and the series must cover at least three lines (60: （1）…（17） over the report; a
 * run-in list stays inside its paragraph).
 */
export function selectMarkers(candidates: readonly FootnoteMarker[], hasItems: boolean): FootnoteMarker[] {
  let round = 0;
  let closed = 0;
  for (const marker of candidates) {
    if (isRoundMarker(marker)) round++;
    else if (marker.form !== 'glyph') closed++;
  }
  if (round === 0) return candidates as FootnoteMarker[];
  let series = closed === 0;
  if (series) {
    let back = 0;
    let lines = 0;
    let previous: FootnoteMarker | undefined;
    for (const marker of candidates) {
      if (!isRoundMarker(marker)) continue;
      if (previous && marker.number <= previous.number) back++;
      if (!previous || marker.line !== previous.line) lines++;
      previous = marker;
    }
    series = hasItems ? back <= 1 : back === 0 && lines >= MIN_ROUND_SERIES_LINES;
  }
  return series ? (candidates as FootnoteMarker[]) : candidates.filter((marker) => !isRoundMarker(marker));
}

/** The character a marker follows, skipping one space (“六稳” ［4］); undefined at the start of the line. */
function termEndBefore(text: string, lineStart: number, at: number): string | undefined {
  let i = at - 1;
  if (i >= lineStart && (text[i] === ' ' || text[i] === '\u3000')) i--;
  return i >= lineStart ? text[i] : undefined;
}

/**
 * The quoted term before a marker, with any quoted terms right before it (“1+5”“6+1”［3］ explains both), else the
 * words since the last clause mark, at most 24.
 */
function termBefore(text: string, lineStart: number, at: number): Span {
  let end = at;
  while (end > lineStart && (text[end - 1] === ' ' || text[end - 1] === '\u3000')) end--;
  let begin = quotedBefore(text, lineStart, end);
  if (begin !== undefined) {
    for (let earlier = quotedBefore(text, lineStart, begin); earlier !== undefined && end - earlier <= MAX_QUOTED_TERM; earlier = quotedBefore(text, lineStart, begin)) {
      begin = earlier;
    }
    return { offset: begin, length: end - begin };
  }
  begin = end;
  while (begin > lineStart && end - begin < MAX_TERM && !TERM_START.test(text[begin - 1]!)) begin--;
  // A quotation that closes inside the term starts it (“放管服”改革［6］ → “放管服”改革, never 放管服”改革); an
  // unclosed one ends it (“治理六乱(15)、… → 治理六乱).
  const closer = begin > lineStart ? TERM_QUOTES[text[begin - 1]!] : undefined;
  if (closer !== undefined && text.slice(begin, end).includes(closer)) begin--;
  return { offset: begin, length: end - begin };
}

/** Closing quote → its opening one. */
const QUOTE_OPENERS: Record<string, string> = Object.fromEntries(Object.entries(TERM_QUOTES).map(([open, close]) => [close, open]));

/** Where the quotation that ends at `end` opens, or undefined. */
function quotedBefore(text: string, lineStart: number, end: number): number | undefined {
  const open = QUOTE_OPENERS[text[end - 1]!];
  if (!open) return undefined;
  const begin = text.lastIndexOf(open, end - 2);
  return begin >= lineStart && end - begin <= MAX_QUOTED_TERM ? begin : undefined;
}

/**
 * Reads the items of the explanation section between `firstLine` and `lastLine` (inclusive). `skip`: lines inside that
 * range that are not the section's text (the title of a second copy of the section).
 */
export function readItems(text: string, lines: readonly Line[], firstLine: number, lastLine: number, skip: readonly number[] = []): FootnoteItem[] {
  const items: FootnoteItem[] = [];
  for (let index = firstLine; index <= lastLine && index < lines.length; index++) {
    const line = lines[index]!;
    if (line.contentStart >= line.end) continue;
    if (skip.length > 0 && skip.includes(index)) continue;
    ITEM_LABEL.lastIndex = line.contentStart;
    const m = ITEM_LABEL.exec(text);
    const bracket = m?.[1] !== undefined ? FOOTNOTE_BRACKET_BY_OPEN.get(m[1])! : undefined;
    if (!m || ITEM_LABEL.lastIndex > line.end || (bracket && bracket.close !== m[3])) {
      // A continuation line of the previous item.
      const last = items[items.length - 1];
      if (last) {
        last.lastLine = index;
        last.span.length = line.end - last.span.offset;
        // 05: `［1］一降三减：` then the explanation on the next line.
      }
      continue;
    }
    let form: FootnoteForm;
    let digits: string;
    if (bracket) [form, digits] = [bracket.form, m[2]!];
    else if (m[4] !== undefined) [form, digits] = [m[5] === '.' ? 'dot' : m[5] === '．' ? 'fullwidth-dot' : 'comma', m[4]];
    else if (m[6] !== undefined) [form, digits] = ['circled', m[6]];
    else [form, digits] = ['glyph', m[7]!];
    const number = form === 'circled' || form === 'glyph' ? parseCircled(digits) : parseArabic(digits);
    const labelEnd = ITEM_LABEL.lastIndex;
    // A figure opening a continuation line (2.5亿元, 1、2月) reads like n. or n、: an item's number follows the last one.
    const last = items[items.length - 1];
    const figure = m[4] !== undefined && isDigitCode(text.charCodeAt(labelEnd)) && last !== undefined && number !== last.number + 1;
    if (!(number > 0) || figure) {
      if (last) {
        last.lastLine = index;
        last.span.length = line.end - last.span.offset;
      }
      continue;
    }
    let termStart = labelEnd;
    while (termStart < line.end && (text[termStart] === ' ' || text[termStart] === '\u3000')) termStart++;
    const rest = text.slice(termStart, line.end);
    const bracketed = BRACKETED_TERM.exec(rest);
    const colon = rest.search(TERM_COLON);
    // 24: `1.[三个收官]即…` names its term in brackets; otherwise the term runs to the colon.
    const termLength = bracketed ? bracketed[0].length : colon >= 0 && colon <= MAX_ITEM_TERM ? colon : Math.min(rest.length, MAX_ITEM_TERM);
    items.push({
      number,
      form,
      label: { offset: line.contentStart, length: labelEnd - line.contentStart },
      numeral: { offset: line.contentStart + m[0].indexOf(digits, bracket ? 1 : form === 'glyph' ? 1 : 0), length: digits.length },
      term: { offset: termStart, length: termLength },
      firstLine: index,
      lastLine: index,
      span: { offset: line.contentStart, length: line.end - line.contentStart },
    });
  }
  return items;
}

/** Whether a numbered item of the explanation section opens the line (for telling a notes title by what follows it). */
export function opensWithItem(text: string, line: Line): boolean {
  if (line.contentStart >= line.end) return false;
  ITEM_LABEL.lastIndex = line.contentStart;
  const m = ITEM_LABEL.exec(text);
  if (!m || ITEM_LABEL.lastIndex > line.end) return false;
  return m[1] === undefined || FOOTNOTE_BRACKET_BY_OPEN.get(m[1])!.close === m[3];
}

/** A term for comparison: no quotes, brackets, spaces, enumeration commas or trailing colon. */
export function normalizeTerm(term: string): string {
  return term.replace(TERM_NOISE, '');
}

/**
 * Whether two terms name the same thing: after normalising, they share a run of characters covering at least 60% of
 * the shorter (“水质III类标准” and “水质稳定达到III类标准” do; “现代化水网” and “现代水网” do not).
 */
export function sameTerms(a: string, b: string): boolean {
  const x = normalizeTerm(a);
  const y = normalizeTerm(b);
  if (x.length === 0 || y.length === 0) return x === y;
  if (x.includes(y) || y.includes(x)) return true;
  return longestCommonRun(x, y) >= Math.max(2, Math.ceil(0.6 * Math.min(x.length, y.length)));
}

function longestCommonRun(a: string, b: string): number {
  let best = 0;
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
      if (row[j]! > best) best = row[j]!;
      diagonal = above;
    }
  }
  return best;
}
