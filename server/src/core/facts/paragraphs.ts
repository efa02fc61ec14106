/**
 * Paragraphs by shape. A web or PDF copy breaks a paragraph over several lines (at a hyperlink: 做到“ / 两个维护 /
 * ”，…; at the page width: （由小兒科專 / 科…）), and some copies put a blank line between every two lines. A line
 * runs on the paragraph above it when the last non-blank line before it does not end a sentence (。！？；：, with any
 * closing quotes or brackets after the mark) and it does not open a block of its own: a numbered heading, a part title,
 * an item of the explanation section. In Markdown a blank line always ends a paragraph; a table or code block, which is
 * not prose, always does. A fact, no verdict: `paired-marks` pairs quotes and brackets within a paragraph.
 */
import type { Source } from '../source/source';
import type { Line } from '../source/lines';
import { PARAGRAPH_END_MARKS, TRAILING_CLOSERS } from '../vocabulary/marks';

export interface Paragraph {
  /** First and last line (blank lines inside a paragraph a copy broke are part of it). */
  firstLine: number;
  lastLine: number;
  /** Offset of the first character of content, and just past the last. */
  start: number;
  end: number;
}

/**
 * The paragraphs of the prose, in order. `opensBlock(line)` says whether a line opens a block of its own (a heading,
 * a part title, an explanation item): such a line starts a paragraph whatever the line above it ends with.
 */
export function readParagraphs(source: Source, opensBlock: (line: number) => boolean): Paragraph[] {
  const { text, lines, markdown } = source;
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  /** Whether a blank (or non-prose) line came after the current paragraph's last line. */
  let gap = false;
  let complete = true;
  for (const line of lines) {
    if (!line.prose) {
      current = undefined;
      continue;
    }
    if (line.contentStart >= line.end || isBlank(text, line)) {
      gap = true;
      continue;
    }
    if (current && !complete && !(markdown && gap) && !opensBlock(line.index)) {
      current.lastLine = line.index;
      current.end = line.end;
    } else {
      current = { firstLine: line.index, lastLine: line.index, start: line.contentStart, end: line.end };
      paragraphs.push(current);
    }
    gap = false;
    complete = endsParagraph(text, line);
  }
  return paragraphs;
}

function isBlank(text: string, line: Line): boolean {
  for (let i = line.contentStart; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000) return false;
  }
  return true;
}

/** Whether a line ends a sentence: its last mark (after trailing spaces, emphasis and closers) is 。！？；：. */
export function endsParagraph(text: string, line: Line): boolean {
  let end = line.end;
  while (end > line.contentStart && isTrailing(text.charCodeAt(end - 1))) end--;
  while (end > line.contentStart && TRAILING_CLOSERS.includes(text[end - 1]!)) end--;
  return end > line.contentStart && PARAGRAPH_END_MARKS.includes(text[end - 1]!);
}

/** Spaces and Markdown emphasis after a line's last mark. */
function isTrailing(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0x2a || c === 0x5f;
}
