/**
 * Half-width marks in Chinese text: every `, ; : ? ! ( ) " '` of the draft's prose that stands in Chinese text, with
 * the full-width mark it would be in a Chinese setting (GB/T 15834—2011 5.1.1–5.1.3), and how the draft writes each
 * family of marks otherwise. What the text says, no verdict: `punctuation-width` decides what to report.
 *
 * A mark is in Chinese text by its neighbours on the line (spaces skipped): a Han character or Chinese punctuation
 * (CHINESE_PUNCTUATION) on either side — after it for a colon only when nothing Latin or numeric stands before it.
 * Brackets and straight quotes are read in pairs on their line: a pair is in Chinese text when what it encloses, or
 * what stands outside it, is. Never read: numbers (1,000; 1:1; 10:30), Latin text on both sides (Hello, world; don't),
 * web and e-mail addresses, the `;` that ends an HTML character reference a web copy left (`&nbsp;`, `&quot;`), pinyin glosses (報(bào)),
 * the `??` and `?` a copy left for characters or bullets it could not decode, and in Markdown, code spans, link and
 * image targets (`](…)`, `![`), autolinks and HTML tags, footnote definitions (`[^1]:`). Lines that are not prose (code blocks, table rows) are not read.
 */
import { endsCharacterReference, isHan } from '../source/normalize';
import { CHINESE_PUNCTUATION, CLAUSE_STARTS_AFTER, CLOSERS, HALF_TO_FULL, QUESTION_CHARS, HALF_WIDTH_MARKS, STRAIGHT_QUOTES, WEB_ADDRESS, WIDTH_FAMILIES } from '../vocabulary/marks';
import { escapeRegex } from '../vocabulary/regex';
import type { Line } from '../source/lines';
import type { Source } from '../source/source';

export type WidthFamily = (typeof WIDTH_FAMILIES)[number]['id'];

export interface HalfWidthMark {
  /** Offset of the mark in the text. */
  offset: number;
  /** The mark as written. */
  mark: string;
  /** What Chinese text writes there. */
  full: string;
  family: WidthFamily;
  /** The other mark of a bracket or quote pair (its offset), when it is on the same line. */
  partner?: number;
}

export interface WidthFacts {
  /** Half-width marks in Chinese text, in document order. */
  marks: HalfWidthMark[];
  /** Per family, how many full-width marks of that family the prose holds (what the draft writes otherwise); counted only when `marks` is not empty. */
  fullWidth: Record<WidthFamily, number>;
}

const ADDRESS_HINT = /:\/\/|www\.|@/g;
const MARK_PATTERN = new RegExp(`[${escapeRegex(HALF_WIDTH_MARKS)}]`, 'g');
const FAMILY_OF = new Map<string, WidthFamily>();
for (const family of WIDTH_FAMILIES) for (const mark of family.half) FAMILY_OF.set(mark, family.id);
/** Code unit → 1 + the index in WIDTH_FAMILIES of the family it is a full-width mark of; 0: none. */
const FULL_FAMILY = new Uint8Array(0x10000);
WIDTH_FAMILIES.forEach((family, index) => {
  for (const mark of family.full) FULL_FAMILY[mark.charCodeAt(0)] = index + 1;
});

/** Code unit → 1 when it is Chinese punctuation. */
const PUNCTUATION = new Uint8Array(0x10000);
for (const mark of CHINESE_PUNCTUATION) PUNCTUATION[mark.charCodeAt(0)] = 1;

const isChinese = (code: number) => isHan(code) || PUNCTUATION[code] === 1;
const isAsciiLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0xa0;
/** The letters of a pinyin gloss: ASCII letters, tone-marked vowels and combining tone marks. */
const isPinyin = (code: number) => isAsciiLetter(code) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x300 && code <= 0x36f) || code === 0x20;

const NO_CODE = -1;

/** Reads the half-width marks of the draft's prose. */
export function readWidths(source: Source): WidthFacts {
  const { text } = source;
  const marks: HalfWidthMark[] = [];
  const fullWidth: Record<WidthFamily, number> = { points: 0, brackets: 0, quotes: 0 };
  const lines = source.lines;
  let lineIndex = 0;
  let lastLine = -1;
  let pending: number[] = [];
  // Where an address may start (://, www., @), found once: a line without one needs no address search.
  const hints: number[] = [];
  for (let m = ADDRESS_HINT.exec(text); m; m = ADDRESS_HINT.exec(text)) hints.push(m.index);
  ADDRESS_HINT.lastIndex = 0;
  let hint = 0;
  const flush = () => {
    if (pending.length > 0) {
      const line = lines[lastLine]!;
      while (hint < hints.length && hints[hint]! < line.start) hint++;
      readLine(source, line, pending, marks, hint < hints.length && hints[hint]! < line.end);
    }
    pending = [];
  };
  MARK_PATTERN.lastIndex = 0;
  for (let match = MARK_PATTERN.exec(text); match; match = MARK_PATTERN.exec(text)) {
    const offset = match.index;
    while (lineIndex < lines.length - 1 && lines[lineIndex]!.end < offset) lineIndex++;
    if (lineIndex !== lastLine) {
      flush();
      lastLine = lineIndex;
    }
    const line = lines[lineIndex]!;
    if (line.prose && offset >= line.start && offset < line.end) pending.push(offset);
  }
  flush();
  // The full-width counts only weigh half-width marks against the draft's habit: a draft without any needs no pass.
  if (marks.length === 0) return { marks, fullWidth };
  const counts = [0, 0, 0, 0];
  for (const line of lines) {
    if (!line.prose) continue;
    for (let i = line.start; i < line.end; i++) counts[FULL_FAMILY[text.charCodeAt(i)]!]++;
  }
  WIDTH_FAMILIES.forEach((family, index) => (fullWidth[family.id] = counts[index + 1]!));
  return { marks, fullWidth };
}

/** The marks of one line (`offsets`: where its half-width marks are), in order. */
function readLine(source: Source, line: Line, offsets: readonly number[], out: HalfWidthMark[], address: boolean): void {
  const { text } = source;
  const skip = skippedSpans(text, line, source.markdown, address);
  let brackets: number[] | undefined;
  let quotes: Map<string, number[]> | undefined;
  const start = out.length;
  for (const offset of offsets) {
    if (skip.length > 0 && inSpans(skip, offset)) continue;
    const mark = text[offset]!;
    if (mark === '(' || mark === ')') (brackets ??= []).push(offset);
    else if (mark === '"' || mark === "'") {
      if (mark === "'" && isAsciiLetter(codeBefore(text, line, offset, false)) && isAsciiLetter(codeAfter(text, line, offset, false))) continue; // don't
      quotes ??= new Map();
      const list = quotes.get(mark);
      if (list) list.push(offset);
      else quotes.set(mark, [offset]);
    } else if (mark === ';' && endsCharacterReference(text, offset, line.start)) {
      continue; // &nbsp; &quot; left by a web copy: markup, not a semicolon
    } else if (isPointInChinese(text, line, offset, mark)) {
      out.push({ offset, mark, full: HALF_TO_FULL[mark]!, family: 'points' });
    }
  }
  if (!brackets && !quotes) return; // points only: already in order
  if (brackets) readBrackets(text, line, brackets, out);
  if (quotes) for (const [mark, list] of quotes) readQuotes(text, line, mark, list, out);
  const found = out.splice(start).sort((a, b) => a.offset - b.offset);
  for (const mark of found) out.push(mark);
}

function inSpans(spans: readonly [number, number][], offset: number): boolean {
  for (const [from, to] of spans) if (offset >= from && offset < to) return true;
  return false;
}

/** Whether a comma, semicolon, colon, question or exclamation mark at `offset` stands in Chinese text. */
function isPointInChinese(text: string, line: Line, offset: number, mark: string): boolean {
  const before = codeBefore(text, line, offset, true);
  const after = codeAfter(text, line, offset, true);
  // 1,000 · 1:1 · 10:30 · 3;4
  if (isDigit(before) && isDigit(after) && isDigit(text.charCodeAt(offset - 1)) && isDigit(text.charCodeAt(offset + 1))) return false;
  if (mark === '?') {
    // A copy's stand-in for what it could not decode: ?? runs, a ? before Latin (報?bào), a ? after a sentence's end
    // (。?对260户: a lost bullet), a ? beside U+FFFD.
    const prev = text.charCodeAt(offset - 1);
    const next = text.charCodeAt(offset + 1);
    if (prev === 0x3f || next === 0x3f || prev === 0xfffd || next === 0xfffd) return false;
    if (!isHan(before) || isAsciiLetter(after)) return false;
    return after === NO_CODE || CLOSERS.includes(String.fromCharCode(after)) || asks(text, line, offset);
  }
  if (mark === '!' && text.charCodeAt(offset + 1) === 0x5b) return false; // ![image]
  if (mark === ':') return isChinese(before) || (isChinese(after) && before === NO_CODE);
  return isChinese(before) || isChinese(after);
}

/** Whether the clause before `offset` asks a question (holds 吗, 怎么, 什么, 谁 …). */
function asks(text: string, line: Line, offset: number): boolean {
  for (let i = offset - 1; i >= line.start && offset - i <= 60; i--) {
    const char = text[i]!;
    if (CLAUSE_STARTS_AFTER.includes(char)) return false;
    if (QUESTION_CHARS.includes(char)) return true;
  }
  return false;
}

/** Pairs ( and ) on the line; a pair, or a lone one, in Chinese text is a mark to report. */
function readBrackets(text: string, line: Line, offsets: readonly number[], out: HalfWidthMark[]): void {
  const open: number[] = [];
  const lone: number[] = [];
  for (const offset of offsets) {
    if (text[offset] === '(') {
      open.push(offset);
      continue;
    }
    const opener = open.pop();
    if (opener === undefined) {
      lone.push(offset);
      continue;
    }
    if (isGloss(text, opener, offset)) continue;
    if (isChinese(codeBefore(text, line, opener, true)) || isChinese(codeAfter(text, line, offset, true)) || hasChinese(text, opener + 1, offset)) {
      out.push({ offset: opener, mark: '(', full: '（', family: 'brackets', partner: offset });
      out.push({ offset, mark: ')', full: '）', family: 'brackets', partner: opener });
    }
  }
  for (const offset of [...open, ...lone]) {
    const mark = text[offset]!;
    // A lone bracket beside Chinese text: （一) typed with one half-width bracket, or a pair broken over lines.
    if (isChinese(codeBefore(text, line, offset, true)) || isChinese(codeAfter(text, line, offset, true))) out.push({ offset, mark, full: HALF_TO_FULL[mark]!, family: 'brackets' });
  }
}

/** Pairs straight quotes of one kind on the line, first with second, third with fourth; a pair in Chinese text becomes curly. */
function readQuotes(text: string, line: Line, mark: string, offsets: readonly number[], out: HalfWidthMark[]): void {
  const [opening, closing] = STRAIGHT_QUOTES[mark]!;
  for (let i = 0; i + 1 < offsets.length; i += 2) {
    const a = offsets[i]!;
    const b = offsets[i + 1]!;
    // Outside the pair only what touches it counts: 说 "Well done" 以示 quotes English in Chinese text, set apart.
    if (isChinese(codeBefore(text, line, a, false)) || isChinese(codeAfter(text, line, b, false)) || hasChinese(text, a + 1, b)) {
      out.push({ offset: a, mark, full: opening, family: 'quotes', partner: b });
      out.push({ offset: b, mark, full: closing, family: 'quotes', partner: a });
    }
  }
  if (offsets.length % 2 === 1) {
    const offset = offsets[offsets.length - 1]!;
    const before = codeBefore(text, line, offset, false);
    const after = codeAfter(text, line, offset, false);
    if (!isChinese(before) && !isChinese(after)) return;
    // Opening when text follows it and none stands before it (or only a mark that opens a clause), closing otherwise.
    const opens = after !== NO_CODE && !isSpace(text.charCodeAt(offset + 1)) && (before === NO_CODE || isSpace(text.charCodeAt(offset - 1)) || PUNCTUATION[before] === 1);
    out.push({ offset, mark, full: opens ? opening : closing, family: 'quotes' });
  }
}

/** Whether `text[open, close]` is a pinyin gloss after a Han character: 報(bào). */
function isGloss(text: string, open: number, close: number): boolean {
  if (close - open < 2 || close - open > 14 || !isHan(text.charCodeAt(open - 1))) return false;
  for (let i = open + 1; i < close; i++) if (!isPinyin(text.charCodeAt(i))) return false;
  return true;
}

function hasChinese(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isChinese(text.charCodeAt(i))) return true;
  return false;
}

/** The code unit before `offset` on the line, spaces skipped when `skipSpaces`; NO_CODE at the line's start. */
function codeBefore(text: string, line: Line, offset: number, skipSpaces: boolean): number {
  let i = offset - 1;
  if (skipSpaces) while (i >= line.start && isSpace(text.charCodeAt(i))) i--;
  // Through a pinyin gloss to the character it glosses: 啟動(dòng),49 is 啟動,49.
  if (text.charCodeAt(i) === 0x29) {
    const open = text.lastIndexOf('(', i);
    if (open >= line.start && isGloss(text, open, i)) i = open - 1;
  }
  return i >= line.start ? text.charCodeAt(i) : NO_CODE;
}

function codeAfter(text: string, line: Line, offset: number, skipSpaces: boolean): number {
  let i = offset + 1;
  if (skipSpaces) while (i < line.end && isSpace(text.charCodeAt(i))) i++;
  return i < line.end ? text.charCodeAt(i) : NO_CODE;
}

/** Markdown code spans, link and image targets, autolinks and HTML tags. */
const MARKDOWN_SKIPPED = /`[^`]*`|\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)|<[^<>\s]+(?:\s[^<>]*)?>|^\[\^[^\]]+\]:/g;

function count(text: string, from: number, to: number, char: string): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text[i] === char) n++;
  return n;
}

/** Stretches of the line whose marks are not Chinese text's: addresses, and in Markdown its syntax. */
const NO_SPANS: [number, number][] = [];

function skippedSpans(text: string, line: Line, markdown: boolean, address: boolean): [number, number][] {
  if (!address && !markdown) return NO_SPANS;
  const content = text.slice(line.start, line.end);
  const spans: [number, number][] = [];
  if (address) {
    WEB_ADDRESS.lastIndex = 0;
    for (let m = WEB_ADDRESS.exec(content); m; m = WEB_ADDRESS.exec(content)) {
      // An address ends before a closing bracket or mark that ends the sentence around it.
      let end = m.index + m[0].length;
      for (;;) {
        const last = content[end - 1]!;
        // A closing bracket belongs to the address only when the address opened it: (见 https://a.cn/x_(1)) keeps one.
        const unbalanced = (last === ')' || last === ']') && count(content, m.index, end, last) > count(content, m.index, end, last === ')' ? '(' : '[');
        if (end > m.index && (unbalanced || /[.,;:!?'"]/.test(last))) end--;
        else break;
      }
      spans.push([line.start + m.index, line.start + end]);
    }
  }
  if (markdown) {
    const from = line.contentStart - line.start;
    MARKDOWN_SKIPPED.lastIndex = 0;
    const stretch = content.slice(from);
    for (let m = MARKDOWN_SKIPPED.exec(stretch); m; m = MARKDOWN_SKIPPED.exec(stretch)) {
      // A link target: its ( and ) are Markdown's, the ] before them too.
      spans.push([line.contentStart + m.index, line.contentStart + m.index + m[0].length]);
      if (m[0].length === 0) MARKDOWN_SKIPPED.lastIndex++;
    }
  }
  return spans;
}
