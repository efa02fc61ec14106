/**
 * The mutation tests' own reader and writer of the numerals they change, written apart from the linter's numeral
 * code so that a slip there cannot hide a slip of the linter: Chinese numerals 一…九十九 (and 两/兩 for two, 〇
 * nowhere), the financial numerals of Taiwan's top headings 壹…玖拾玖, circled numbers ①…⑳, and Arabic digits
 * in half or full width.
 */

const DIGITS = '一二三四五六七八九';
const FINANCIAL_DIGITS = '壹貳參肆伍陸柒捌玖';
/** Simplified-script financial digits, read as well (written back in the script they came in). */
const FINANCIAL_DIGITS_SIMPLIFIED = '壹贰叁肆伍陆柒捌玖';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The style a numeral is written in; a changed numeral is written in the same one. */
export type NumeralStyle = 'chinese' | 'financial' | 'financial-simplified' | 'circled' | 'arabic' | 'arabic-full-width';

function digitValue(c: string): number | undefined {
  if (c === '两' || c === '兩') return 2;
  for (const set of [DIGITS, FINANCIAL_DIGITS, FINANCIAL_DIGITS_SIMPLIFIED]) {
    const at = set.indexOf(c);
    if (at >= 0) return at + 1;
  }
  return undefined;
}

const isTen = (c: string) => c === '十' || c === '拾';

/** 一…九十九 (also 两, 壹…玖拾玖); undefined for anything else, 一十 and 十十 included. */
function readChinese(text: string): number | undefined {
  const chars = [...text];
  if (chars.length === 1) return isTen(chars[0]!) ? 10 : digitValue(chars[0]!);
  if (chars.length === 2 && isTen(chars[0]!)) {
    const ones = digitValue(chars[1]!);
    return ones === undefined ? undefined : 10 + ones;
  }
  if (chars.length === 2 && isTen(chars[1]!)) {
    const tens = digitValue(chars[0]!);
    return tens === undefined || tens < 2 ? undefined : tens * 10;
  }
  if (chars.length === 3 && isTen(chars[1]!)) {
    const tens = digitValue(chars[0]!);
    const ones = digitValue(chars[2]!);
    return tens === undefined || ones === undefined || tens < 2 ? undefined : tens * 10 + ones;
  }
  return undefined;
}

/** The value of a numeral in any of the styles above; undefined when it is none of them. */
export function readNumeral(text: string): number | undefined {
  if (/^[0-9]+$/.test(text)) return Number(text);
  if (/^[０-９]+$/.test(text)) return Number(text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  if (text.length === 1 && CIRCLED.includes(text)) return CIRCLED.indexOf(text) + 1;
  return readChinese(text);
}

/** The style of a numeral, to write a changed value the way the original was written. */
export function styleOf(text: string): NumeralStyle {
  if (/^[０-９]+$/.test(text)) return 'arabic-full-width';
  if (/^[0-9]+$/.test(text)) return 'arabic';
  if (CIRCLED.includes(text[0]!)) return 'circled';
  if ([...text].some((c) => FINANCIAL_DIGITS_SIMPLIFIED.includes(c) && !FINANCIAL_DIGITS.includes(c))) return 'financial-simplified';
  if ([...text].some((c) => FINANCIAL_DIGITS.includes(c) || c === '拾')) return 'financial';
  return 'chinese';
}

/** `value` (1…99; circled 1…20) written in `style`; undefined when the style cannot write it. */
export function writeNumeral(value: number, style: NumeralStyle): string | undefined {
  if (!Number.isInteger(value) || value < 1) return undefined;
  if (style === 'arabic') return String(value);
  if (style === 'arabic-full-width') return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  if (style === 'circled') return value <= CIRCLED.length ? CIRCLED[value - 1] : undefined;
  if (value > 99) return undefined;
  const digits = style === 'chinese' ? DIGITS : style === 'financial' ? FINANCIAL_DIGITS : FINANCIAL_DIGITS_SIMPLIFIED;
  const ten = style === 'chinese' ? '十' : '拾';
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  const onesText = ones ? digits[ones - 1]! : '';
  if (tens === 0) return onesText;
  return (tens === 1 ? '' : digits[tens - 1]!) + ten + onesText;
}

/** A numeral changed to `value`, written in the style it came in. */
export function rewriteNumeral(original: string, value: number): string | undefined {
  return writeNumeral(value, styleOf(original));
}
