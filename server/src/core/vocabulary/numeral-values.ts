/**
 * The values of numerals both ways: 十二 ↔ 12, 貳拾 ↔ 20, ⑫ ↔ 12, １２ ↔ 12, written back in the style of the original.
 * Conversion is nzh's; the characters are numerals.ts's.
 */
import Nzh from 'nzh/cn';
import { CAPITAL_DIGITS, CIRCLED_FIRST, CIRCLED_LAST, CN_DIGITS, PARENTHESIZED_NUMBERS, TRADITIONAL_CAPITAL } from './numerals';

const chineseValues = new Map<string, number>();

/** Value of a lower-case Chinese numeral such as 十二 or 二十一; NaN when it is not one. */
export function parseChineseNumeral(text: string): number {
  if (text.length === 0 || text.length > 5) return NaN;
  let value = chineseValues.get(text);
  if (value !== undefined) return value;
  for (let i = 0; i < text.length; i++) if (!CN_DIGITS.includes(text[i]!)) return NaN;
  value = Number(Nzh.decodeS(text));
  if (!Number.isInteger(value) || value <= 0) value = NaN;
  // Ordinals are a small set (一 … 九十九): the cache stays tiny and saves nzh's parse on every heading.
  chineseValues.set(text, value);
  return value;
}

/** Value of a capital numeral such as 壹 or 貳拾; NaN when it is not one. */
export function parseCapitalNumeral(text: string): number {
  if (text.length === 0 || text.length > 4) return NaN;
  let simplified = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!CAPITAL_DIGITS.includes(c)) return NaN;
    simplified += TRADITIONAL_CAPITAL[c] ?? c;
  }
  const value = Number(Nzh.decodeB(simplified));
  return Number.isInteger(value) && value > 0 ? value : NaN;
}

/** 12 → 十二 (never 一十二). */
export function formatChineseNumeral(value: number): string {
  return Nzh.encodeS(value);
}

/** 2 → 贰, or 貳 when the original used traditional capitals. */
/** Whether a capital numeral is written in traditional script (貳 參 陸), so a new one is written so too. */
export function writesTraditionalCapitals(numeral: string): boolean {
  return [...numeral].some((c) => c in TRADITIONAL_CAPITAL);
}

export function formatCapitalNumeral(value: number, traditional: boolean): string {
  const simplified = Nzh.encodeB(value);
  if (!traditional) return simplified;
  let out = '';
  for (const c of simplified) {
    const entry = Object.entries(TRADITIONAL_CAPITAL).find(([, s]) => s === c);
    out += entry ? entry[0] : c;
  }
  return out;
}

export function isCircledNumber(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return ch.length === 1 && code >= CIRCLED_FIRST && code <= CIRCLED_LAST;
}

export function parseCircled(ch: string): number {
  return isCircledNumber(ch) ? ch.charCodeAt(0) - CIRCLED_FIRST + 1 : NaN;
}

export function formatCircled(value: number): string | undefined {
  return value >= 1 && value <= 20 ? String.fromCharCode(CIRCLED_FIRST + value - 1) : undefined;
}

/** ⑴ … ⒇: a bracketed number written as one character (66: 「⑴城内大街南延…⑹」). */
export function isParenthesizedNumber(ch: string): boolean {
  const code = ch.length === 1 ? ch.charCodeAt(0) : -1;
  return code >= PARENTHESIZED_NUMBERS[0] && code <= PARENTHESIZED_NUMBERS[1];
}

export function parseParenthesized(ch: string): number {
  return isParenthesizedNumber(ch) ? ch.charCodeAt(0) - PARENTHESIZED_NUMBERS[0] + 1 : NaN;
}

export function formatParenthesized(value: number): string | undefined {
  return value >= 1 && value <= PARENTHESIZED_NUMBERS[1] - PARENTHESIZED_NUMBERS[0] + 1 ? String.fromCharCode(PARENTHESIZED_NUMBERS[0] + value - 1) : undefined;
}

/** Parses ASCII or full-width digits (１２ is a copy-paste artefact but still the number 12). */
export function parseArabic(text: string): number {
  let value = 0;
  if (text.length === 0 || text.length > 3) return NaN;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code >= 0x30 && code <= 0x39 ? code - 0x30 : code >= 0xff10 && code <= 0xff19 ? code - 0xff10 : -1;
    if (digit < 0) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** Writes `value` in the digit width of `original` (ASCII unless the original was full-width). */
export function formatArabic(value: number, original: string): string {
  const fullWidth = original.length > 0 && original.charCodeAt(0) >= 0xff10;
  const ascii = String(value);
  return fullWidth ? ascii.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x30 + 0xff10)) : ascii;
}
