/**
 * How the paired marks of each paragraph pair up (quotation marks, brackets, book-title marks: PAIR_FAMILIES): which
 * openers close inside their paragraph, which closers close nothing, and which pairs cross (“…（…”…）). A closing
 * bracket that closes nothing after an enumerator at a clause's start (：1）…；2）…) is an enumerator, not a closer.
 * Half-width ( ) [ ] pair with their full-width partners but are never themselves reported. Facts, no verdicts.
 */
import type { Source } from '../source/source';
import type { Paragraph } from './paragraphs';
import { ENUMERATOR_BEFORE_CLOSER, PAIR_FAMILIES, PAIR_MARK } from '../vocabulary/marks';

export interface PairMark {
  offset: number;
  mark: string;
  family: string;
  quote: boolean;
  ascii: boolean;
}

export interface Unpaired {
  /** Index into the paragraphs. */
  paragraph: number;
  /** An opener that does not close in its paragraph, or a closer with no opener. */
  kind: 'unclosed' | 'stray' | 'crossed';
  mark: PairMark;
  /**
   * `crossed`: the opener closed by `mark` (a closer) while `inner` was still open; `inner` closed after the pair it
   * opened in (“…（…”…）: mark ）, opener （, outer “ and ”).
   */
  opener?: PairMark;
  outer?: { open: PairMark; close: PairMark };
  /** `stray`: the innermost opener still open when the closer came, if any. */
  openAtStray?: PairMark;
}

/** How many open marks a closer looks through for its opener. */
const MAX_DEPTH = 32;

const BY_MARK = new Map<string, { family: string; quote: boolean; ascii: boolean; opens: boolean }>();
for (const f of PAIR_FAMILIES) {
  BY_MARK.set(f.open, { family: f.family, quote: f.quote, ascii: f.ascii === true, opens: true });
  BY_MARK.set(f.close, { family: f.family, quote: f.quote, ascii: f.ascii === true, opens: false });
}

interface Open extends PairMark {
  /** The pair that closed while this opener was still open inside it. */
  interrupted?: { open: PairMark; close: PairMark };
}

/**
 * Every unpaired mark of every paragraph, in document order of paragraphs. One scan of the text. A draft with more
 * than `limit` is read up to there (rules report at most a few hundred).
 */
export function readUnpaired(source: Source, paragraphs: readonly Paragraph[], limit = 5000): Unpaired[] {
  const { text } = source;
  const out: Unpaired[] = [];
  if (paragraphs.length === 0) return out;
  let p = 0;
  let stack: Open[] = [];
  const finish = (index: number) => {
    for (const open of stack) if (!open.ascii) out.push({ paragraph: index, kind: 'unclosed', mark: strip(open) });
    stack = [];
  };
  const re = new RegExp(PAIR_MARK.source, 'g');
  re.lastIndex = paragraphs[0]!.start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (out.length >= limit || stack.length >= limit) break;
    const at = m.index;
    while (p < paragraphs.length && at >= paragraphs[p]!.end) {
      finish(p);
      p++;
    }
    if (p >= paragraphs.length) break;
    const paragraph = paragraphs[p]!;
    if (at < paragraph.start) {
      // Between paragraphs (a table, an indentation): skip to the paragraph.
      re.lastIndex = paragraph.start;
      continue;
    }
    const line = source.lineAt(at);
    if (at < line.contentStart) continue;
    const info = BY_MARK.get(m[0])!;
    const mark: PairMark = { offset: at, mark: m[0], family: info.family, quote: info.quote, ascii: info.ascii };
    if (info.opens) {
      stack.push(mark);
      continue;
    }
    // Real nesting is a few levels deep: a closer looks no deeper than MAX_DEPTH openers (a hostile draft stays linear).
    let k = stack.length - 1;
    const floor = Math.max(0, stack.length - MAX_DEPTH);
    while (k >= floor && stack[k]!.family !== info.family) k--;
    if (k < floor) k = -1;
    if (k < 0) {
      if (info.ascii || isEnumerator(text, line.contentStart, at)) continue;
      const top = stack[stack.length - 1];
      out.push({ paragraph: p, kind: 'stray', mark, openAtStray: top && strip(top) });
      continue;
    }
    const open = stack[k]!;
    if (open.interrupted && !open.ascii && !mark.ascii) {
      out.push({ paragraph: p, kind: 'crossed', mark, opener: strip(open), outer: open.interrupted });
    }
    // Openers left open inside this pair stay open: they may close after it (crossed) or never (unclosed).
    for (let j = k + 1; j < stack.length; j++) stack[j]!.interrupted ??= { open: strip(open), close: mark };
    stack.splice(k, 1);
  }
  while (p < paragraphs.length && out.length < limit) finish(p++);
  return out;
}

function strip(open: Open): PairMark {
  return { offset: open.offset, mark: open.mark, family: open.family, quote: open.quote, ascii: open.ascii };
}

/** A closing bracket after an enumerator at a clause's start (1）2）, a）, 一）): not a closer. */
function isEnumerator(text: string, lineStart: number, at: number): boolean {
  const from = Math.max(lineStart, at - 4);
  // A space stands for the line's start; NUL for text cut off before the window (never a clause mark).
  return ENUMERATOR_BEFORE_CLOSER.test((from === lineStart ? ' ' : '\u0000') + text.slice(from, at));
}
