/**
 * Offsets (UTF-16 code units) → LSP positions (0-based line, UTF-16 character).
 * Mirrors `TextDocument.positionAt` of vscode-languageserver-textdocument: `\r\n`, `\n` and `\r` each end
 * a line, a BOM is an ordinary character (character 0 of line 0), and an offset that falls inside a line
 * break is moved back to the end of the line's content.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 || c === 10) {
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! > offset) hi = mid;
      else lo = mid + 1;
    }
    const line = lo - 1;
    const lineStart = this.starts[line]!;
    while (offset > lineStart && isEol(this.text.charCodeAt(offset - 1))) offset--;
    return { line, character: offset - lineStart };
  }

  rangeOf(offset: number, length: number): Range {
    return { start: this.positionAt(offset), end: this.positionAt(offset + length) };
  }
}

function isEol(c: number): boolean {
  return c === 13 || c === 10;
}

/**
 * A 1-based text region as SARIF (§3.30) and GitHub annotations count: columns in UTF-16 code units, `endColumn`
 * one past the last character, and a BOM not counted (SARIF §3.30.2: text properties do not depend on it; GitHub shows
 * files without it). A problem's span that ends with a line break ends at the end of that line's text (`trimEnd`);
 * an edit's span is kept exact, so that deleting a line break stays a region across two lines.
 */
export interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export function regionOf(index: LineIndex, text: string, offset: number, length: number, trimEnd = true): Region {
  const start = index.positionAt(offset);
  let end = index.positionAt(offset + length);
  if (trimEnd && length > 0 && end.character === 0 && end.line > start.line) end = index.positionAt(offset + length - 1);
  const bom = text.charCodeAt(0) === 0xfeff;
  const column = (p: Position) => p.character + 1 - (bom && p.line === 0 && p.character > 0 ? 1 : 0);
  return { startLine: start.line + 1, startColumn: column(start), endLine: end.line + 1, endColumn: column(end) };
}
