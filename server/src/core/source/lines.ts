/**
 * Splits the text into lines without copying it. Every offset is a UTF-16 index into the original text,
 * so CRLF, a BOM and U+3000 indents survive any edit computed from them.
 */
import { SPACE_ENTITY_PATTERN } from './normalize';
import { lastIndexAtOrBefore } from './search';

export interface Line {
  index: number;
  /** Offset of the first character (after the BOM on line 0). */
  start: number;
  /** Offset just past the last character, before the line break. */
  end: number;
  /**
   * Offset of the first character of content: after indentation (spaces, tabs, U+3000, NBSP, EM SPACE, and what web
   * copies leave of them: the HTML entity `&nbsp;` written out, mojibake `??` or U+FFFD) and after Markdown's heading
   * hashes, block-quote marks, list bullets and opening emphasis.
   */
  contentStart: number;
  /**
   * False for what is not the report's prose, which no reader parses: in Markdown, a table row, a fenced code block's
   * fences and every line between them.
   */
  prose: boolean;
  /** Markdown: the line is one HTML comment (`<!-- … -->`), such as a `govreport-disable` directive; not prose. */
  comment?: true;
}

/**
 * Indentation: space characters, and the residue of a web copy's indentation (69: `&nbsp; &nbsp; （一）…`; 63, 65: lines
 * that read `&nbsp;`; 53–62: `??` where a space could not be decoded). No sentence opens with `?` or an entity.
 */
const INDENT = new RegExp(`(?:[ \\t\\u3000\\u00a0\\u2002\\u2003\\ufeff\\ufffd?]|${SPACE_ENTITY_PATTERN})*`, 'y');
const MARKDOWN_PREFIX = /(?:#{1,6}[ \t]+|>[ \t]?|[-+][ \t]+|\*{1,2}(?=\S)|_{2}(?=\S))*/y;

/** A Markdown code fence (CommonMark): three or more backticks or tildes. Groups: the fence. */
const FENCE = /(`{3,}|~{3,})/y;

export function splitLines(text: string, markdown: boolean): Line[] {
  const lines: Line[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const length = text.length;
  /** The fence that opened the code block we are in, if any. */
  let fence: string | undefined;
  // The next CR at or after `start` (-1: none left): most drafts have none, or one before every LF.
  let nextCR = text.indexOf('\r', start);
  while (start <= length) {
    // Native searches: a loop over code units was a tenth of a long draft's lint.
    let end = text.indexOf('\n', start);
    if (end < 0) end = length;
    if (nextCR >= 0 && nextCR < start) nextCR = text.indexOf('\r', start);
    if (nextCR >= 0 && nextCR < end) end = nextCR;
    const contentStart = contentStartOf(text, start, end, markdown);
    let prose = true;
    let comment = false;
    if (markdown) {
      const opened = fenceAt(text, contentStart, end);
      if (fence !== undefined) {
        prose = false;
        // A fence closes with the same character, at least as long, and nothing after it.
        if (opened !== undefined && opened[0] === fence[0] && opened.length >= fence.length && text.slice(contentStart + opened.length, end).trim() === '') fence = undefined;
      } else if (opened !== undefined) {
        prose = false;
        fence = opened;
      } else if (text.charCodeAt(contentStart) === 0x7c) prose = false; // | a table row
      // An HTML comment, invisible when rendered, is not prose (a directive such as <!-- govreport-disable … -->).
      else if (isComment(text, contentStart, end)) {
        prose = false;
        comment = true;
      }
    }
    const line: Line = { index: lines.length, start, end, contentStart, prose };
    if (comment) line.comment = true;
    lines.push(line);
    if (end >= length) break;
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    if (start === length) {
      lines.push({ index: lines.length, start, end: start, contentStart: start, prose: fence === undefined });
      break;
    }
  }
  return lines;
}

/** An HTML comment that fills the line: `<!--` at the content's start, `-->` at its end. */
function isComment(text: string, at: number, end: number): boolean {
  if (!text.startsWith('<!--', at)) return false;
  let last = end;
  while (last > at && (text.charCodeAt(last - 1) === 0x20 || text.charCodeAt(last - 1) === 0x09)) last--;
  return last - at >= 7 && text.startsWith('-->', last - 3);
}

function fenceAt(text: string, at: number, end: number): string | undefined {
  FENCE.lastIndex = at;
  const m = FENCE.exec(text);
  return m && FENCE.lastIndex <= end ? m[1] : undefined;
}

/** The code units indentation can open with (INDENT): most lines open with none of them and skip the regex. */
const INDENT_OPENERS = new Set([0x20, 0x09, 0x3000, 0xa0, 0x2002, 0x2003, 0xfeff, 0xfffd, 0x3f, 0x26]);

function contentStartOf(text: string, start: number, end: number, markdown: boolean): number {
  let pos = start;
  if (INDENT_OPENERS.has(text.charCodeAt(start))) {
    INDENT.lastIndex = start;
    INDENT.test(text);
    pos = Math.min(INDENT.lastIndex, end);
  }
  if (markdown) {
    MARKDOWN_PREFIX.lastIndex = pos;
    if (MARKDOWN_PREFIX.test(text)) pos = Math.min(MARKDOWN_PREFIX.lastIndex, end);
    INDENT.lastIndex = pos;
    INDENT.test(text);
    pos = Math.min(INDENT.lastIndex, end);
  }
  return pos;
}

/** The line that contains `offset`. */
export function lineAt(lines: readonly Line[], offset: number): Line {
  return lines[Math.max(0, lastIndexAtOrBefore(lines, offset, (line) => line.start))]!;
}

/**
 * Each match of `pattern` (global; searched from the start) over the whole text with the line it starts on, in
 * document order: one pattern over the text and a forward walk over the lines, instead of a search per line.
 */
export function* matchesWithLines(text: string, lines: readonly Line[], pattern: RegExp): Generator<[RegExpExecArray, Line]> {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  global.lastIndex = 0;
  let index = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    while (index + 1 < lines.length && lines[index + 1]!.start <= m.index) index++;
    yield [m, lines[index]!];
    if (m[0].length === 0) global.lastIndex++;
  }
}
