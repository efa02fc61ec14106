/**
 * The normalised view of a stretch of one line: what the readers of words and figures match their vocabulary on.
 * Each word of the vocabulary is written once, in simplified script with ASCII digits, and the draft is brought to
 * that form here, with a map from each character of the view back to its UTF-16 offset in the original:
 *
 * - pinyin glosses after a Chinese character are dropped: 報(bào)告 → 報告, 七個（gè）方面 → 七個方面 (sample 004);
 * - full-width digits, ％ and ． between digits become ASCII: ８．５％ → 8.5%;
 * - spaces between two Chinese characters are dropped: 以 上 → 以上, 名 词 解 释 → 名词解释 (Word's spaced titles);
 * - traditional characters become simplified (OpenCC): 名詞解釋 → 名词解释, 兩個 → 两个, in a line that holds any.
 *
 * Nothing else changes: brackets, quotes and punctuation keep their width, so a reader that reports a form (（一）
 * against (一)) reads the original text, not this view.
 */
import type { Span } from '../types';
import { toSimplified } from './script';
import { TRADITIONAL_CHARS } from './traditional-chars';

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

/** Code units of the characters OpenCC converts (1), to find a line that needs conversion in the copying loop. */
const TRADITIONAL = new Uint8Array(0x10000);
for (let i = 0; i < TRADITIONAL_CHARS.length; i++) TRADITIONAL[TRADITIONAL_CHARS.charCodeAt(i)] = 1;

/** A pinyin gloss in either width of brackets: (bào), （gè）, (yù qī). */
const PINYIN_GLOSS = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ\u0304\u0301\u030c\u0300 ]{1,12}[)）]/y;
/** Chinese characters (BMP ideographs, compatibility ideographs, and surrogates of the supplementary planes). */
const isHan = (code: number) => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd840 && code <= 0xd87f) || (code >= 0xdc00 && code <= 0xdfff);
const isSpace = (code: number) => code === 0x20 || code === 0x3000 || code === 0x09;
const isFullWidthDigit = (code: number) => code >= 0xff10 && code <= 0xff19;
const isDigit = (code: number) => (code >= 0x30 && code <= 0x39) || isFullWidthDigit(code);
/** Code units turned into a string in slices: String.fromCharCode takes its arguments on the stack. */
const CHUNK = 8192;

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
  const cached = cache.get(text, start, end);
  if (cached) return new MappedView(cached.text, cached.origin, start, end);
  const { codes, origin, length, traditional } = copyNormalised(text, start, end);
  const pieces: string[] = [];
  for (let k = 0; k < length; k += CHUNK) pieces.push(String.fromCharCode(...codes.subarray(k, Math.min(length, k + CHUNK))));
  let normalised = pieces.join('');
  if (traditional) normalised = simplified(normalised);
  const relative = origin.subarray(0, length);
  cache.set(text, start, end, normalised, relative);
  return new MappedView(normalised, relative, start, end);
}

/** One pass over the code units: is there anything to normalise? (Most lines of a simplified draft: no.) */
function needsChange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 0x28 || code === 0x20 || code === 0x09) return true;
      continue;
    }
    if (TRADITIONAL[code] === 1 || code === 0xff08 || code === 0x3000 || code === 0xff05 || code === 0xff0e || isFullWidthDigit(code)) return true;
  }
  return false;
}

/** The normalised code units before script conversion, their offsets relative to `start`, and whether any is traditional. */
function copyNormalised(text: string, start: number, end: number): { codes: Uint16Array; origin: Int32Array; length: number; traditional: boolean } {
  const codes = new Uint16Array(end - start);
  const origin = new Int32Array(end - start);
  let n = 0;
  let traditional = false;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    const previous = n > 0 ? codes[n - 1]! : 0;
    if ((code === 0x28 || code === 0xff08) && n > 0 && isHan(previous)) {
      PINYIN_GLOSS.lastIndex = i;
      if (PINYIN_GLOSS.test(text) && PINYIN_GLOSS.lastIndex <= end) {
        i = PINYIN_GLOSS.lastIndex - 1;
        continue;
      }
    }
    if (isSpace(code) && n > 0 && isHan(previous)) {
      let j = i + 1;
      while (j < end && isSpace(text.charCodeAt(j))) j++;
      if (j < end && isHan(text.charCodeAt(j))) {
        i = j - 1;
        continue;
      }
    }
    if (isFullWidthDigit(code)) code -= 0xfee0;
    else if (code === 0xff05) code = 0x25; // ％
    else if (code === 0xff0e && i > start && i + 1 < end && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) code = 0x2e; // ．
    else if (TRADITIONAL[code] === 1) traditional = true;
    codes[n] = code;
    origin[n] = i - start;
    n++;
  }
  return { codes, origin, length: n, traditional };
}

/**
 * Traditional → simplified without changing the length: OpenCC's phrase tables may (a phrase of two characters
 * becoming one), and then the line is converted character by character so that every offset still maps.
 */
function simplified(text: string): string {
  const converted = toSimplified(text);
  if (converted.length === text.length) return converted;
  let out = '';
  for (const c of text) {
    const one = c.length === 1 && TRADITIONAL[c.charCodeAt(0)] === 1 ? toSimplified(c) : c;
    out += one.length === c.length ? one : c;
  }
  return out;
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
    private readonly origin: Int32Array,
    private readonly start: number,
    /** The end of the viewed stretch in the original (a gloss dropped at the end still lies before it). */
    private readonly end: number,
  ) {}
  offset(i: number): number {
    if (i >= this.origin.length) return this.end;
    return this.start + this.origin[Math.max(0, i)]!;
  }
  span(from: number, to: number): Span {
    const offset = this.offset(from);
    return { offset, length: (to > from ? this.start + this.origin[to - 1]! + 1 : offset) - offset };
  }
  indexAt(offset: number): number {
    const target = offset - this.start;
    let lo = 0;
    let hi = this.origin.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.origin[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * Views of lines that changed, by the line's text: from one keystroke to the next, all lines but one are the same,
 * and a traditional draft would otherwise go through OpenCC in full at every lint. Bounded by the characters held.
 */
class ViewCache {
  private readonly entries = new Map<string, { text: string; origin: Int32Array }>();
  private held = 0;
  private static readonly BUDGET = 8_000_000;
  /** Stretches longer than this are not kept (a 1 MB line would push out everything else). */
  private static readonly LONGEST = 100_000;

  get(source: string, start: number, end: number): { text: string; origin: Int32Array } | undefined {
    if (end - start > ViewCache.LONGEST) return undefined;
    return this.entries.get(source.slice(start, end));
  }

  set(source: string, start: number, end: number, text: string, origin: Int32Array): void {
    if (end - start > ViewCache.LONGEST) return;
    if (this.held + (end - start) > ViewCache.BUDGET) {
      this.entries.clear();
      this.held = 0;
    }
    this.entries.set(source.slice(start, end), { text, origin });
    this.held += end - start;
  }
}

const cache = new ViewCache();
