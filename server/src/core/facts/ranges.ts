/**
 * Ranges of figures as the draft writes them: two numbers joined by a dash, a wave or 至/到 (30%—40%, 5-10万元,
 * 2021-2025年), with what each term carries. Found by one scan of the original text for a digit, a connector and a
 * digit; each spot is then read on its line's normalised view. Only the report's prose is read: not Markdown tables
 * or code, not the explanation section.
 *
 * Not a range: a code, a ratio or a power (a number right after a Latin letter, a digit, `/`, `.`, `:`, `-`, `×`:
 * GB/T 15835-2011, ISO 9001-2015, PM2.5, 1:1-2, 3×10-5), nor a date or a number with more parts (2026-01-27, 0898-1234-5678).
 */
import { matchesWithLines } from '../source/lines';
import type { Span } from '../types';
import type { Source } from '../source/source';
import type { Line, View } from '../source/source';
import { RANGE, RANGE_CANDIDATE, RANGE_MAGNITUDES, RANGE_SIGNS, YEAR_RANGE_CLOSERS, YEAR_RANGE_OPENERS } from '../vocabulary/usage';
import { isDigitCode } from '../vocabulary/numerals';

export interface RangeTerm {
  /** The number as written (without its marks). */
  span: Span;
  /** Its value (thousands separators dropped). */
  value: number;
  /** Whether it is an integer of four digits (a year, when the other term is one too). */
  fourDigits: boolean;
}

export interface NumberRange {
  line: number;
  /** From the first number to the end of the second term's marks. */
  span: Span;
  first: RangeTerm;
  /** The sign or magnitude written after the first number (5%-, 5万-), if any. */
  firstMark?: Span;
  connector: Span;
  second: RangeTerm;
  /** The magnitude after the second number (万, 亿, 万亿), and its sign (%, ‰), as written. */
  secondMagnitude?: Span;
  secondSign?: Span;
  /** The normalised forms of those marks. */
  firstMarkText?: string;
  secondMagnitudeText?: string;
  secondSignText?: string;
  /** The unit after the second term (元, 吨, 年 …), for quoting. */
  unit?: Span;
  /** The range stands alone in round brackets: （2020-2035）. */
  bracketed: boolean;
}

export interface RangeSource {
  source: Source;
  /** Whether a line lies in the explanation section. */
  inNotes?: (line: number) => boolean;
}

export function readRanges({ source, inNotes }: RangeSource): NumberRange[] {
  const { text, lines } = source;
  const ranges: NumberRange[] = [];
  // The reader moves `lastIndex` past what a range took: the walk resumes from there.
  const candidate = new RegExp(RANGE_CANDIDATE.source, 'g');
  for (const [m, line] of matchesWithLines(text, lines, candidate)) {
    const at = m.index;
    if (!line.prose || at < line.contentStart || inNotes?.(line.index)) continue;
    const range = readRangeAt(source, line, at);
    if (!range) {
      // Go on from the connector: 1-2-3 holds no range, 2026-01-27 none either, but 2025-2026-30%… is not our case.
      candidate.lastIndex = at + 1;
      continue;
    }
    ranges.push(range);
    candidate.lastIndex = Math.max(at + 1, range.span.offset + range.span.length);
  }
  return ranges;
}

const isLatin = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
/** What a code, a ratio or a power has right before its number: a letter, a digit, / . : ∶ - _ # × * ^ and the like. */
const isCodeMark = (code: number) => isLatin(code) || isDigitCode(code) || code === 0xd7 || code === 0x2a || code === 0x5e || code === 0x2f || code === 0x2e || code === 0x2d || code === 0x5f || code === 0x23 || code === 0xff0f;
/** A ratio's colon (1:1-2万, 1∶500): a colon after a digit; after a word it introduces the figure (目标:30%-40%). */
const isRatioColon = (t: string, at: number) => { const code = t.charCodeAt(at); return (code === 0x3a || code === 0x2236 || code === 0xff1a) && at > 0 && isDigitCode(t.charCodeAt(at - 1)); };

function readRangeAt(source: Source, line: Line, digitOffset: number): NumberRange | undefined {
  const view = source.view(line);
  const t = view.text;
  let start = view.indexAt(digitOffset);
  // Back to the first digit of the number (over a decimal point and thousands separators).
  while (start > 0) {
    const code = t.charCodeAt(start - 1);
    if (isDigitCode(code) || (code === 0x2e && start > 1 && isDigitCode(t.charCodeAt(start - 2)))) start--;
    else if (code === 0x2c && start > 1 && isDigitCode(t.charCodeAt(start - 2)) && threeDigitsAt(t, start)) start--;
    else break;
  }
  if (start > 0 && (isCodeMark(t.charCodeAt(start - 1)) || isRatioColon(t, start - 1))) return undefined;
  // A space after a letter or a digit (ISO 9001-2015, GB/T 15835-2011): a code too.
  if (start > 1 && t.charCodeAt(start - 1) === 0x20 && isCodeMark(t.charCodeAt(start - 2))) return undefined;
  const regex = RANGE;
  regex.lastIndex = start;
  const m = regex.exec(t);
  if (!m) return undefined;
  let end = regex.lastIndex;
  const unitText = m[7];
  const marksEnd = end - (unitText?.length ?? 0);
  // More parts after the second number (a date, a phone number, a code): not a range.
  const next = t.charCodeAt(marksEnd);
  if (!unitText && !m[5] && !m[6] && (isDigitCode(next) || isLatin(next) || ((next === 0x2d || next === 0x2e || next === 0x2f || next === 0x3a) && isDigitCode(t.charCodeAt(marksEnd + 1))))) return undefined;
  let i = start;
  const firstText = m[1]!;
  const first = term(view, i, firstText);
  i += firstText.length;
  let firstMark: Span | undefined;
  if (m[2]) {
    firstMark = view.span(i, i + m[2].length);
    i += m[2].length;
  }
  while (t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 0x3000) i++;
  const connector = view.span(i, i + m[3]!.length);
  i += m[3]!.length;
  while (t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 0x3000) i++;
  const second = term(view, i, m[4]!);
  i += m[4]!.length;
  let secondMagnitude: Span | undefined;
  let secondSign: Span | undefined;
  if (m[5]) {
    secondMagnitude = view.span(i, i + m[5].length);
    i += m[5].length;
  }
  if (m[6]) {
    secondSign = view.span(i, i + m[6].length);
    i += m[6].length;
  }
  const unit = unitText ? view.span(i, i + unitText.length) : undefined;
  end = unitText ? i + unitText.length : i;
  const before = start > 0 ? t[start - 1]! : '';
  const after = t[end] ?? '';
  const whole = view.span(start, marksEnd);
  return {
    line: line.index,
    span: whole,
    first,
    firstMark,
    connector,
    second,
    secondMagnitude,
    secondSign,
    firstMarkText: m[2],
    secondMagnitudeText: m[5],
    secondSignText: m[6],
    unit,
    bracketed: YEAR_RANGE_OPENERS.includes(before) && before !== '' && YEAR_RANGE_CLOSERS.includes(after) && after !== '',
  };
}

function threeDigitsAt(t: string, comma: number): boolean {
  for (let k = comma; k < comma + 3; k++) if (!isDigitCode(t.charCodeAt(k))) return false;
  return !isDigitCode(t.charCodeAt(comma + 3));
}

function term(view: View, at: number, written: string): RangeTerm {
  return { span: view.span(at, at + written.length), value: Number(written.replace(/,/g, '')), fourDigits: /^\d{4}$/.test(written) };
}

/** Whether a mark read after a number is a sign (%, ‰) rather than a magnitude. */
export const isRangeSign = (mark: string | undefined): boolean => mark !== undefined && RANGE_SIGNS.includes(mark);
export const isRangeMagnitude = (mark: string | undefined): boolean => mark !== undefined && RANGE_MAGNITUDES.includes(mark);
