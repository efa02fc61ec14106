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
