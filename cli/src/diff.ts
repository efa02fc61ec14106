/**
 * Line differences for `--fix` (the changed lines it prints) and `--fix-dry-run` (a unified diff).
 * Fixes change characters inside lines, so the common case — as many lines before as after — pairs the lines one to
 * one in linear time (a 10 MB draft with thousands of fixes stays fast). The lines between the common head and tail
 * are first compared by Myers' O(ND) algorithm within a budget, so that a line added or removed does not make every
 * line after it look changed; past the budget, lines are paired (same count) or shown as one changed block.
 */

/** One run of changed lines: `oldLines` at `oldStart` became `newLines` at `newStart` (0-based line numbers). */
export interface Block {
  oldStart: number;
  oldLines: string[];
  newStart: number;
  newLines: string[];
}

const MAX_EDITS = 2000;
/** Lines compared, at most, by the search for a shortest edit script (its cost is lines × edits). */
const MAX_WORK = 50_000_000;

export function changedBlocks(a: readonly string[], b: readonly string[]): Block[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  if (midA.length === 0 && midB.length === 0) return [];
  // Pairing lines one to one is right when fixes only change characters inside lines; a shortest edit script is
  // tried first, within a budget of work, in case a line was added or removed (which shifts all that follows).
  const paired = midA.length === midB.length ? midA.map((line, i) => line !== midB[i]) : undefined;
  const pairedEdits = paired ? 2 * paired.filter(Boolean).length : Infinity;
  const budget = Math.min(MAX_EDITS, Math.floor(MAX_WORK / (midA.length + midB.length)), pairedEdits - 1);
  const changes = myers(midA, midB, budget) ?? (paired ? { deleted: paired, inserted: paired } : undefined);
  if (!changes) return [{ oldStart: head, oldLines: midA, newStart: head, newLines: midB }];
  const blocks: Block[] = [];
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && !changes.deleted[i] && !changes.inserted[j]) {
      i++;
      j++;
      continue;
    }
    const block: Block = { oldStart: head + i, oldLines: [], newStart: head + j, newLines: [] };
    while (i < midA.length && changes.deleted[i]) block.oldLines.push(midA[i++]!);
    while (j < midB.length && changes.inserted[j]) block.newLines.push(midB[j++]!);
    blocks.push(block);
  }
  return blocks;
}

/** Which lines of `a` are deleted and which of `b` inserted, by a shortest edit script; undefined past MAX_EDITS. */
function myers(a: readonly string[], b: readonly string[], maxEdits: number): { deleted: boolean[]; inserted: boolean[] } | undefined {
  const n = a.length;
  const m = b.length;
  // v[k] for diagonals -d..d, kept per step (O(D²) memory) to walk back.
  const trace: Int32Array[] = [];
  let v = new Int32Array(0);
  let found = -1;
  for (let d = 0; d <= Math.min(n + m, maxEdits); d++) {
    const next = new Int32Array(2 * d + 1);
    // The furthest x on diagonal k after step d - 1 (v holds diagonals -(d - 1)..d - 1).
    const prev = (k: number) => v[k + d - 1]!;
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (d === 0) x = 0;
      else if (k === -d || (k !== d && prev(k - 1) < prev(k + 1))) x = prev(k + 1);
      else x = prev(k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[k + d] = x;
      if (x >= n && y >= m) found = d;
    }
    trace.push(next);
    v = next;
    if (found >= 0) break;
  }
  if (found < 0) return undefined;
  const deleted = new Array<boolean>(n).fill(false);
  const inserted = new Array<boolean>(m).fill(false);
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const before = trace[d - 1]!;
    const at = (k: number) => before[k + d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    // Back along the snake to the point right after the edit.
    const startX = down ? prevX : prevX + 1;
    while (x > startX) {
      x--;
      y--;
    }
    if (down) inserted[prevY] = true;
    else deleted[prevX] = true;
    x = prevX;
    y = prevY;
  }
  return { deleted, inserted };
}

/** The lines of a text as the outputs number them: `\r\n`, `\n` and `\r` each end a line; breaks dropped. */
export function displayLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\r|\n/);
  if (/[\r\n]$/.test(text)) lines.pop();
  return lines;
}

/**
 * A unified diff of `before` → `after` (`--- a/name` `+++ b/name`, 3 lines of context), as `diff -u` and `git diff`
 * print it: lines split at `\n` (a `\r` stays in its line), `\ No newline at end of file` where one is missing.
 * Empty when the texts are equal.
 */
export function unifiedDiff(name: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const a = patchLines(before);
  const b = patchLines(after);
  const blocks = changedBlocks(a.keys, b.keys);
  const out: string[] = [];
  const path = name.replace(/\\/g, '/');
  const absolute = /^(\/|[A-Za-z]:\/)/.test(path);
  out.push(`--- ${absolute ? '' : 'a/'}${path}`, `+++ ${absolute ? '' : 'b/'}${path}`);
  let index = 0;
  while (index < blocks.length) {
    // A hunk: this block and the following ones whose unchanged gap is within twice the context.
    let last = index;
    while (last + 1 < blocks.length && blocks[last + 1]!.oldStart - (blocks[last]!.oldStart + blocks[last]!.oldLines.length) <= 2 * context) last++;
    const first = blocks[index]!;
    const end = blocks[last]!;
    const oldFrom = Math.max(0, first.oldStart - context);
    const oldTo = Math.min(a.keys.length, end.oldStart + end.oldLines.length + context);
    const newFrom = first.newStart - (first.oldStart - oldFrom);
    const newTo = end.newStart + end.newLines.length + (oldTo - (end.oldStart + end.oldLines.length));
    out.push(`@@ -${range(oldFrom, oldTo - oldFrom)} +${range(newFrom, newTo - newFrom)} @@`);
    let at = oldFrom;
    for (let i = index; i <= last; i++) {
      const block = blocks[i]!;
      for (; at < block.oldStart; at++) out.push(...line(' ', a, at));
      for (let k = 0; k < block.oldLines.length; k++) out.push(...line('-', a, block.oldStart + k));
      for (let k = 0; k < block.newLines.length; k++) out.push(...line('+', b, block.newStart + k));
      at = block.oldStart + block.oldLines.length;
    }
    for (; at < oldTo; at++) out.push(...line(' ', a, at));
    index = last + 1;
  }
  return out.join('\n') + '\n';
}

interface PatchLines {
  lines: string[];
  /** What lines are compared by: the last line of a text without a final `\n` is marked, so adding one is a change. */
  keys: string[];
  missingNewline: boolean;
}

function patchLines(text: string): PatchLines {
  const lines = text === '' ? [] : text.split('\n');
  const missingNewline = lines.length > 0 && !text.endsWith('\n');
  if (text.endsWith('\n')) lines.pop();
  const keys = missingNewline ? [...lines.slice(0, -1), `${lines[lines.length - 1]}\u0000`] : lines;
  return { lines, keys, missingNewline };
}

function line(prefix: string, text: PatchLines, at: number): string[] {
  const out = [`${prefix}${text.lines[at]}`];
  if (text.missingNewline && at === text.lines.length - 1) out.push('\\ No newline at end of file');
  return out;
}

/** `start,count` with a 1-based start; an empty range names the line before it. */
function range(from: number, count: number): string {
  return `${count === 0 ? from : from + 1},${count}`;
}
