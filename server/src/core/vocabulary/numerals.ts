/**
 * Numerals: the characters that write them and their values both ways. Ordinals (一 … 九十九, 壹 … 拾, 1 … 99, ① …
 * ⑳) and counts (十件, 两大) are read with these; conversion is nzh's, and a new numeral is written in the style of
 * the original (a fix writes 十一, not 一十一; 壹 stays 壹; full-width digits stay full-width).
 */
import { charClass } from './regex';

/** The digits of a Chinese ordinal as headings and run-in enumerators write them: 一 … 十 (up to 九十九). */
export const ORDINAL_DIGITS = '一二三四五六七八九十';
/** The same as a character class, written once for every pattern: `[一二三四五六七八九十]`. */
export const ORDINAL_DIGIT = charClass(ORDINAL_DIGITS);
/** A Chinese ordinal of one to three characters (一, 十二, 九十九). */
export const CHINESE_ORDINAL = `${ORDINAL_DIGIT}{1,3}`;
/** Characters of a lower-case Chinese numeral (〇 and 百 included, for values the ordinal forms cannot write). */
export const CN_DIGITS = '〇零一二三四五六七八九十百';
/** Financial (capital) numerals: the top level of the ROC ladder (壹、), simplified and traditional. */
export const CAPITAL_DIGITS = '零壹贰貳叁參肆伍陆陸柒捌玖拾佰';
/** The capitals of an ordinal (壹 … 玖拾玖). */
export const CAPITAL_ORDINAL = `${charClass('壹贰貳叁參肆伍陆陸柒捌玖拾')}{1,3}`;
/** Traditional capitals → simplified. */
export const TRADITIONAL_CAPITAL: Readonly<Record<string, string>> = { 貳: '贰', 參: '叁', 陸: '陆' };
/** 两, the count form of two (两大, 两个), and its traditional 兩. */
export const COUNT_TWO = '两';
export const COUNT_TWO_TRADITIONAL = '兩';
/** The digits of a count (十件, 两大, 兩個): the ordinal digits and 两 (兩 becomes 两 in the normalised view). */
export const COUNT_DIGITS = `${ORDINAL_DIGITS}两`;
/** Characters that, right before a numeral, make it part of a larger number, an ordinal or a range (第十, 1、2个). */
export const NOT_BEFORE_COUNT = '0123456789一二三四五六七八九十两百千万亿零〇点.第、~～-—－';
/** Arabic digits, ASCII and full-width. */
export const DIGIT = '[0-9０-９]';
/** A number written in Arabic digits only, either width. */
export const ARABIC_NUMBER = new RegExp(`^${DIGIT}+$`);
/** Whether the code unit is an Arabic digit, ASCII or full-width. */
export function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}
/** Whether text[start, end) holds an Arabic digit (no copy of the text). */
export function hasDigit(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (isDigitCode(text.charCodeAt(i))) return true;
  return false;
}
/** The digit characters, for tests of single characters. */
export const DIGITS = '0123456789０１２３４５６７８９';

export const CIRCLED_FIRST = 0x2460; // ①
export const CIRCLED_LAST = 0x2473; // ⑳
/** ① … ⑳ as a character class. */
export const CIRCLED = '[\u2460-\u2473]';
/** Superscript digits, in the order of their values: ⁰ … ⁹. */
export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The decimal point, both widths (5.5, 5．5). */
export const DECIMAL_POINTS = '.．';

/** A run of code points, first and last included. */
export type CodePointRange = readonly [first: number, last: number];
/**
 * Every circled number a draft may number with: ① … ⑳ (those the linter reads, CIRCLED_FIRST … CIRCLED_LAST),
 * ㉑ … ㉟, ㊱ … ㊿ and the negative ❶ … ❿. The grammar (syntaxes/src/govreport.grammar.mjs) colours them all as
 * level-5 headings, run-in enumerators and explanation-item numbers.
 */
export const CIRCLED_NUMBERS: readonly CodePointRange[] = [
  [CIRCLED_FIRST, CIRCLED_LAST],
  [0x3251, 0x325f],
  [0x32b1, 0x32bf],
  [0x2776, 0x277f],
];
/** ⑴ … ⒇, a bracketed number in one character: the grammar colours it as level 4 (like （1）) and as an enumerator. */
export const PARENTHESIZED_NUMBERS: CodePointRange = [0x2474, 0x2487];
/** ⒈ … ⒛, a number and its full stop in one character: the grammar colours it as level 3 (like 1.). */
export const NUMBERS_WITH_STOP: CodePointRange = [0x2488, 0x249b];
