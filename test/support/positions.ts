/** LSP positions and ranges of needles in a test's text (UTF-16 offsets; lines end at \r\n or \n). */
import * as assert from 'node:assert/strict';
import type { Position, Range } from 'vscode-languageserver-protocol';

/** The LSP position of a UTF-16 offset. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = (before.match(/\r\n|\n/g) ?? []).length;
  const lineStart = Math.max(before.lastIndexOf('\n') + 1, 0);
  return { line, character: offset - lineStart };
}

/** The position `delta` code units after the start of the `nth` (0-based) occurrence of `needle`. */
export function at(text: string, needle: string, delta = 0, nth = 0): Position {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `${needle} #${i} not in text`);
  }
  return positionAt(text, offset + delta);
}

/** The range of the `nth` occurrence of `needle`. */
export function rangeOf(text: string, needle: string, nth = 0): Range {
  return { start: at(text, needle, 0, nth), end: at(text, needle, needle.length, nth) };
}
