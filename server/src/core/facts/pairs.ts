/**
 * How the paired marks of each paragraph pair up (quotation marks, brackets, book-title marks: PAIR_FAMILIES): which
 * openers close inside their paragraph, which closers close nothing, and which pairs cross (“…（…”…）). A closing
 * bracket that closes nothing after an enumerator at a clause's start (：1）…；2）…) is an enumerator, not a closer.
 * Half-width ( ) [ ] pair with their full-width partners but are never themselves reported. Facts, no verdicts.
 */
import type { Source } from '../source/source';
import type { Paragraph } from './paragraphs';
import { ENUMERATOR_BEFORE_CLOSER, PAIR_FAMILIES } from '../vocabulary/marks';

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
  const lines = source.lines;
  let li = 0;
  for (let p = 0; p < paragraphs.length && out.length < limit; p++) {
    const paragraph = paragraphs[p]!;
    const stack: Open[] = [];
    // One pass over the paragraph's code units through a table (a regex match per mark cost a third of the rule).
    for (let at = paragraph.start; at < paragraph.end; at++) {
      const info = PAIR_INFO[text.charCodeAt(at)];
      if (info === undefined) continue;
      if (out.length >= limit || stack.length >= limit) break;
      // Marks come in document order: the line of each is found by walking forward, not searched for.
      while (li < lines.length - 1 && lines[li]!.end < at) li++;
      const line = lines[li]!;
      if (at < line.contentStart) continue;
      if (info.opens) {
        stack.push({ offset: at, mark: text[at]!, family: info.family, quote: info.quote, ascii: info.ascii });
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
        out.push({ paragraph: p, kind: 'stray', mark: markAt(text, at, info), openAtStray: top && strip(top) });
        continue;
      }
      const open = stack[k]!;
      if (open.interrupted && !open.ascii && !info.ascii) {
        out.push({ paragraph: p, kind: 'crossed', mark: markAt(text, at, info), opener: strip(open), outer: open.interrupted });
      }
      // Openers left open inside this pair stay open: they may close after it (crossed) or never (unclosed).
      if (k < stack.length - 1) {
        const close = markAt(text, at, info);
        for (let j = k + 1; j < stack.length; j++) stack[j]!.interrupted ??= { open: strip(open), close };
      }
      stack.splice(k, 1);
    }
    for (const open of stack) if (!open.ascii && out.length < limit) out.push({ paragraph: p, kind: 'unclosed', mark: strip(open) });
  }
  return out;
}

type MarkInfo = { family: string; quote: boolean; ascii: boolean; opens: boolean };

/** Code unit → what it is as a paired mark. */
const PAIR_INFO: (MarkInfo | undefined)[] = new Array(0x10000);
for (const [mark, info] of BY_MARK) PAIR_INFO[mark.charCodeAt(0)] = info;

function markAt(text: string, at: number, info: MarkInfo): PairMark {
  return { offset: at, mark: text[at]!, family: info.family, quote: info.quote, ascii: info.ascii };
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
