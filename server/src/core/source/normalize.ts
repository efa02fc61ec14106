/**
 * The normalised view of a stretch of one line: what the readers of words and figures match their vocabulary on.
 * Each word of the vocabulary is written once, in simplified script with ASCII digits, and the draft is brought to
 * that form here, with a map from each character of the view back to its UTF-16 offset in the original:
 *
 * - pinyin glosses after a Chinese character are dropped: 報(bào)告 → 報告, 七個（gè）方面 → 七個方面 (sample 004);
 * - full-width digits, ％ and ． between digits become ASCII: ８．５％ → 8.5%;
 * - spaces between two Chinese characters are dropped: 以 上 → 以上, 名 词 解 释 → 名词解释 (Word's spaced titles), and
 *   so is what a web copy leaves of a space there: the entity `&nbsp;` written out, mojibake `??` (政??府??工??作);
 *   elsewhere an entity reads as one space (8.7%&nbsp;和 → 8.7% 和); so is a space between a Chinese character and
 *   a number (56: 地区生产总值实现 43.35亿元, 64: 分别增长 91.2%);
 * - letter-spaced digits close up (30: 1 9 9 8 年 → 1998年, 7 4 7 7 2 亿元 → 74772亿元, 8 ．8 ％ → 8.8%): a space after a
 *   lone digit, before a lone digit, a decimal point, %, ％ or a Chinese character (not 2019 2020, not 2.5 3.5);
 * - traditional characters become simplified, one for one by OpenCC's table (traditional-chars.ts, generated):
 *   名詞解釋 → 名词解释, 兩個 → 两个. One for one keeps offsets; phrase-level choices (乾隆 against 乾淨) do not
 *   matter to the vocabulary.
 *
 * Nothing else changes: brackets, quotes and punctuation keep their width, so a reader that reports a form (（一）
 * against (一)) reads the original text, not this view.
 */
import type { Span } from '../types';
import { SIMPLIFIED_CHARS, TRADITIONAL_CHARS } from './traditional-chars';

export interface View {
  /** The normalised text. */
  readonly text: string;
  /** The original offset of `text[i]`; `offset(text.length)` is the end of the viewed stretch. */
  offset(i: number): number;
  /** The original span of `text[from, to)` (from the first character's offset to the end of the last). */
  span(from: number, to: number): Span;
  /** The index in `text` of the first character at or after original offset `offset`. */
  indexAt(offset: number): number;
}

/** Code unit → its simplified form (0: none), from OpenCC's table. */
const SIMPLIFIED = new Uint16Array(0x10000);
for (let i = 0; i < TRADITIONAL_CHARS.length; i++) SIMPLIFIED[TRADITIONAL_CHARS.charCodeAt(i)] = SIMPLIFIED_CHARS.charCodeAt(i);

/**
 * A set of characters in both scripts: the characters given (simplified) and every traditional character that
 * becomes one of them. For cheap tests on the original text before a view is made (does this line hold a measure
 * word at all?).
 */
export class CharSet {
  private readonly table = new Uint8Array(0x10000);

  constructor(chars: string) {
    for (let i = 0; i < chars.length; i++) this.table[chars.charCodeAt(i)] = 1;
    for (let i = 0; i < TRADITIONAL_CHARS.length; i++) if (this.table[SIMPLIFIED_CHARS.charCodeAt(i)] === 1) this.table[TRADITIONAL_CHARS.charCodeAt(i)] = 1;
  }

  has(code: number): boolean {
    return this.table[code] === 1;
  }

  /** Whether any character of `text[from, to)` is in the set. */
  anyIn(text: string, from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.table[text.charCodeAt(i)] === 1) return true;
    return false;
  }
}

/** A pinyin gloss in either width of brackets: (bào), （gè）, (yù qī). */
const PINYIN_GLOSS = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ\u0304\u0301\u030c\u0300 ]{1,12}[)）]/y;
/** Chinese characters (BMP ideographs, compatibility ideographs, and surrogates of the supplementary planes). */
export const isHan = (code: number) => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd840 && code <= 0xd87f) || (code >= 0xdc00 && code <= 0xdfff);
const isSpace = (code: number) => code === 0x20 || code === 0x3000 || code === 0x09 || code === 0xa0 || code === 0x2002 || code === 0x2003;
/**
 * A space written as an HTML entity by a web copy: &nbsp; &ensp; &emsp; &#160; &#12288;. One pattern for the source
 * layer: indentation (lines.ts) and a space inside a line (here).
 */
export const SPACE_ENTITY_PATTERN = '&(?:nbsp|ensp|emsp|#160|#xa0|#12288);?';
const SPACE_ENTITY = new RegExp(SPACE_ENTITY_PATTERN, 'y');
/** Any HTML character reference a web copy may leave written out (&nbsp; &quot; &amp; &#12288; &#x3000;), sticky. */
const CHARACTER_REFERENCE = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/y;
/** The longest reference `CHARACTER_REFERENCE` reads. */
const CHARACTER_REFERENCE_MAX = 34;

/**
 * Whether the `;` at `at` ends an HTML character reference that starts at `from` or later (69: `&nbsp; &nbsp; （二）…`;
 * `&quot;两新&quot;`): markup a web copy left, not a semicolon of the text.
 */
export function endsCharacterReference(text: string, at: number, from: number): boolean {
  if (text.charCodeAt(at) !== 0x3b) return false;
  const amp = text.lastIndexOf('&', at - 1);
  if (amp < from || at - amp >= CHARACTER_REFERENCE_MAX) return false;
  CHARACTER_REFERENCE.lastIndex = amp;
  return CHARACTER_REFERENCE.test(text) && CHARACTER_REFERENCE.lastIndex === at + 1;
}
/** What a space became when a copy could not decode it: `??` (two or more) or U+FFFD. */
const isMojibake = (code: number) => code === 0x3f || code === 0xfffd;

/**
 * The length of the space that stands at `i` (before `end`): a space character, an entity, or a run of mojibake (two
 * `?` at least: one is a question mark); 0 when there is none.
 */
function spaceAt(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  if (isSpace(code)) return 1;
  if (code === 0x26) {
    SPACE_ENTITY.lastIndex = i;
    return SPACE_ENTITY.test(text) && SPACE_ENTITY.lastIndex <= end ? SPACE_ENTITY.lastIndex - i : 0;
  }
  if (isMojibake(code)) {
    let j = i;
    while (j < end && isMojibake(text.charCodeAt(j))) j++;
    return code === 0xfffd || j - i >= 2 ? j - i : 0;
  }
  return 0;
}
/** A digit that stands alone between non-digits (the 9 of `1 9 9 8`), read on the original text. */
const isLoneDigitAt = (text: string, i: number, start: number, end: number) =>
  i >= start && i < end && isDigit(text.charCodeAt(i)) && !(i > start && isDigitOrPoint(text.charCodeAt(i - 1))) && !(i + 1 < end && isDigitOrPoint(text.charCodeAt(i + 1)));
const isDigitOrPoint = (code: number) => isDigit(code) || code === 0x2e || code === 0xff0e;
/**
 * Whether the space between the digit at `digit` and `text[j]` is letter-spacing: before %, ％ or a Chinese character
 * (8 ％, 8 年); between two lone digits (1 9); after a lone digit before a decimal point (1 5 ．3).
 */
function closesUp(text: string, digit: number, j: number, start: number, end: number): boolean {
  const code = text.charCodeAt(j);
  if (code === 0x25 || code === 0xff05 || isHan(code)) return true;
  if (!isLoneDigitAt(text, digit, start, end)) return false;
  if (isDigit(code)) return isLoneDigitAt(text, j, start, end);
  return (code === 0x2e || code === 0xff0e) && j + 1 < end && isDigit(text.charCodeAt(j + 1));
}
const isFullWidthDigit = (code: number) => code >= 0xff10 && code <= 0xff19;
const isDigit = (code: number) => (code >= 0x30 && code <= 0x39) || isFullWidthDigit(code);
/**
 * Code units into a string: a long line natively, in one call (String.fromCharCode over a spread array was most of a
 * traditional draft's lint time), a short one by String.fromCharCode.apply (as fast there, and without the decoder's
 * setup). UTF-16LE is the byte order of typed arrays on every machine V8 runs on; `ignoreBOM` keeps a U+FEFF.
 */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** The text without its pinyin glosses (報(bào)告 → 報告), nothing else changed: for quoting the draft in a message. */
export function withoutGlosses(text: string): string {
  if (!text.includes('(') && !text.includes('（')) return text;
  let out = '';
  let last = 0;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code !== 0x28 && code !== 0xff08) || !isHan(text.charCodeAt(i - 1))) continue;
    PINYIN_GLOSS.lastIndex = i;
    if (!PINYIN_GLOSS.test(text)) continue;
    out += text.slice(last, i);
    last = PINYIN_GLOSS.lastIndex;
    i = last - 1;
  }
  return out + text.slice(last);
}

/** The view of `text[start, end)`. */
export function normalize(text: string, start: number, end: number): View {
  if (!needsChange(text, start, end)) return new IdentityView(text.slice(start, end), start);
  if (end - start > LONGEST_REMEMBERED) return made(text, start, end);
  // From one lint to the next almost every line is the same: views are remembered by their text (hashing a line
  // costs a fraction of normalising it again).
  const raw = text.slice(start, end);
  let known = remembered.get(raw);
  if (!known) {
    if (rememberedChars + raw.length > REMEMBERED_CHARS) {
      remembered.clear();
      rememberedChars = 0;
    }
    const view = made(raw, 0, raw.length);
    known = { text: view.text, origin: view instanceof MappedView ? view.relativeOrigin : undefined };
    remembered.set(raw, known);
    rememberedChars += raw.length;
  }
  return known.origin ? new MappedView(known.text, known.origin, start, end) : new IdentityView(known.text, start);
}

/** Views are remembered up to this many characters in all (then forgotten at once), and lines up to this long. */
const REMEMBERED_CHARS = 4_000_000;
const LONGEST_REMEMBERED = 200_000;
const remembered = new Map<string, { text: string; origin: Int32Array | undefined }>();
let rememberedChars = 0;

function made(text: string, start: number, end: number): View {
  const length = end - start;
  const codes = scratchFor(length);
  /** Made at the first character dropped: until then each character stands where it stood. */
  let origin: Int32Array | undefined;
  let n = 0;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    const previous = n > 0 ? codes[n - 1]! : 0;
    let skipTo = -1;
    if ((code === 0x28 || code === 0xff08) && n > 0 && isHan(previous)) {
      PINYIN_GLOSS.lastIndex = i;
      if (PINYIN_GLOSS.test(text) && PINYIN_GLOSS.lastIndex <= end) skipTo = PINYIN_GLOSS.lastIndex;
    } else if (isSpace(code) || code === 0x26 || code === 0x3f || code === 0xfffd) {
      const space = spaceAt(text, i, end);
      if (space > 0) {
        let j = i + space;
        for (let more = j < end ? spaceAt(text, j, end) : 0; more > 0; more = j < end ? spaceAt(text, j, end) : 0) j += more;
        const next = j < end ? text.charCodeAt(j) : -1;
        if (n > 0 && isHan(previous) && (isHan(next) || isDigit(next))) skipTo = j;
        else if (code === 0x20 && j === i + 1 && isDigit(previous) && closesUp(text, i - 1, j, start, end)) skipTo = j;
        else if (space > 1 || code === 0xfffd) {
          // An entity or mojibake elsewhere reads as one space.
          if (!origin) {
            origin = new Int32Array(length);
            for (let k = 0; k < n; k++) origin[k] = k;
          }
          codes[n] = 0x20;
          origin[n] = i - start;
          n++;
          i = j - 1;
          continue;
        }
      }
    }
    if (skipTo >= 0) {
      if (!origin) {
        origin = new Int32Array(length);
        for (let k = 0; k < n; k++) origin[k] = k;
      }
      i = skipTo - 1;
      continue;
    }
    if (isFullWidthDigit(code)) code -= 0xfee0;
    else if (code === 0xff05) code = 0x25; // ％
    else if (code === 0xff0e && n > 0 && i + 1 < end && isDigit(previous) && isDigit(text.charCodeAt(i + 1))) code = 0x2e; // ．
    else if (SIMPLIFIED[code] !== 0) code = SIMPLIFIED[code]!;
    codes[n] = code;
    if (origin) origin[n] = i - start;
    n++;
  }
  const normalised = n > SHORT ? UTF16.decode(codes.subarray(0, n)) : String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  return origin ? new MappedView(normalised, origin.subarray(0, n), start, end) : new IdentityView(normalised, start);
}

/**
 * The code units of a view are written into one buffer, reused: a typed array made per line cost more than the
 * line's own work in a draft of two thousand short lines.
 */
let scratch = new Uint16Array(4096);
function scratchFor(length: number): Uint16Array {
  if (scratch.length < length) scratch = new Uint16Array(Math.max(length, scratch.length * 2));
  return scratch;
}
/** Up to this many code units a string is made by String.fromCharCode.apply, longer ones by the decoder. */
const SHORT = 2048;

/** One pass over the code units: is there anything to normalise? (Most lines of a simplified draft: no.) */
function needsChange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 0x28 || code === 0x20 || code === 0x09 || code === 0x26 || code === 0x3f) return true;
      continue;
    }
    if (SIMPLIFIED[code] !== 0 || code === 0xff08 || code === 0x3000 || code === 0xff05 || code === 0xff0e || isFullWidthDigit(code) || isSpace(code) || code === 0xfffd) return true;
  }
  return false;
}

class IdentityView implements View {
  constructor(
    readonly text: string,
    private readonly start: number,
  ) {}
  offset(i: number): number {
    return this.start + Math.max(0, Math.min(i, this.text.length));
  }
  span(from: number, to: number): Span {
    return { offset: this.start + from, length: to - from };
  }
  indexAt(offset: number): number {
    return Math.max(0, Math.min(offset - this.start, this.text.length));
  }
}

class MappedView implements View {
  constructor(
    readonly text: string,
    /** Offsets relative to `start`, one per character of `text`, ascending. */
    readonly relativeOrigin: Int32Array,
    private readonly start: number,
    /** The end of the viewed stretch in the original (a gloss dropped at the end still lies before it). */
    private readonly end: number,
  ) {}
  offset(i: number): number {
    if (i >= this.relativeOrigin.length) return this.end;
    return this.start + this.relativeOrigin[Math.max(0, i)]!;
  }
  span(from: number, to: number): Span {
    const offset = this.offset(from);
    return { offset, length: (to > from ? this.start + this.relativeOrigin[to - 1]! + 1 : offset) - offset };
  }
  indexAt(offset: number): number {
    const target = offset - this.start;
    let lo = 0;
    let hi = this.relativeOrigin.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.relativeOrigin[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
