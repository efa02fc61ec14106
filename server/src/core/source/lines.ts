/**
 * Splits the text into lines without copying it. Every offset is a UTF-16 index into the original text,
 * so CRLF, a BOM and U+3000 indents survive any edit computed from them.
 */

export interface Line {
  index: number;
  /** Offset of the first character (after the BOM on line 0). */
  start: number;
  /** Offset just past the last character, before the line break. */
  end: number;
  /**
   * Offset of the first character of content: after indentation (spaces, tabs, U+3000, NBSP) and after
   * Markdown's heading hashes, block-quote marks, list bullets and opening emphasis.
   */
  contentStart: number;
}

const INDENT = /[ \t\u3000\u00a0\u2002\u2003\ufeff]*/y;
const MARKDOWN_PREFIX = /(?:#{1,6}[ \t]+|>[ \t]?|[-+][ \t]+|\*{1,2}(?=\S)|_{2}(?=\S))*/y;

export function splitLines(text: string, markdown: boolean): Line[] {
  const lines: Line[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const length = text.length;
  while (start <= length) {
    let end = start;
    while (end < length) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    lines.push({ index: lines.length, start, end, contentStart: contentStartOf(text, start, end, markdown) });
    if (end >= length) break;
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    if (start === length) {
      lines.push({ index: lines.length, start, end: start, contentStart: start });
      break;
    }
  }
  return lines;
}

function contentStartOf(text: string, start: number, end: number, markdown: boolean): number {
  INDENT.lastIndex = start;
  INDENT.test(text);
  let pos = Math.min(INDENT.lastIndex, end);
  if (markdown) {
    MARKDOWN_PREFIX.lastIndex = pos;
    if (MARKDOWN_PREFIX.test(text)) pos = Math.min(MARKDOWN_PREFIX.lastIndex, end);
    INDENT.lastIndex = pos;
    INDENT.test(text);
    pos = Math.min(INDENT.lastIndex, end);
  }
  return pos;
}

/** Binary search: the line that contains `offset`. */
export function lineAt(lines: readonly Line[], offset: number): Line {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo]!;
}
