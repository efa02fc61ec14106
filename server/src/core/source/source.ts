/**
 * The draft as every reader sees it: the text once, its lines, its script, and normalised views of its lines with one
 * map back to UTF-16 offsets in the original (normalize.ts). Readers of forms (ordinals, brackets, markers) read
 * `text`; readers of words and figures read `view(line)`. Nobody else normalises.
 */
import type { Span } from '../types';
import { lineAt, splitLines, type Line } from './lines';
import { normalize, type View } from './normalize';
import { isTraditionalScript } from './script';

export class Source {
  readonly lines: readonly Line[];
  private traditionalScript: boolean | undefined;
  /** Views of whole lines' content, made on first use (by line index). */
  private readonly views: (View | undefined)[] = [];

  constructor(
    readonly text: string,
    readonly markdown: boolean,
  ) {
    this.lines = splitLines(text, markdown);
  }

  /** Whether the draft is written in traditional characters (for what a fix writes: 兩 or 两, 貳 or 贰). */
  get traditional(): boolean {
    this.traditionalScript ??= isTraditionalScript(this.text);
    return this.traditionalScript;
  }

  /** The original text of a span. */
  textOf(span: Span): string {
    return this.text.slice(span.offset, span.offset + span.length);
  }

  /** The line that holds `offset`. */
  lineAt(offset: number): Line {
    return lineAt(this.lines, offset);
  }

  /** The normalised view of a line's content (from `contentStart`), or of `[from, to)` within it. */
  view(line: Line, from = line.contentStart, to = line.end): View {
    if (from !== line.contentStart || to !== line.end) return normalize(this.text, from, to);
    let view = this.views[line.index];
    if (!view) this.views[line.index] = view = normalize(this.text, from, to);
    return view;
  }
}

export type { Line, View };
