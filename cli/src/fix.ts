/** `--fix` and `--fix-dry-run`: what the fixes change, said per file (stderr) or as a unified diff (stdout). */
import { RULE_IDS, type RuleId } from '../../server/src/core/index';
import { changedBlocks, displayLines, type Block } from './diff';

/** `slip.txt：已修复 2 处（heading-sequence 1，heading-punctuation 1） (fixed 2: …)` and the changed lines. */
export function fixLog(file: string, before: string, after: string, applied: Partial<Record<RuleId, number>>, dryRun: boolean): string {
  const counts = RULE_IDS.filter((id) => applied[id]).map((id) => [id, applied[id]!] as const);
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  const zh = counts.map(([id, n]) => `${id} ${n}`).join('，');
  const en = counts.map(([id, n]) => `${id} ${n}`).join(', ');
  const head = dryRun ? `${file}：可修复 ${total} 处（${zh}） (would fix ${total}: ${en})` : `${file}：已修复 ${total} 处（${zh}） (fixed ${total}: ${en})`;
  if (dryRun) return head;
  const blocks = changedBlocks(displayLines(before), displayLines(after));
  const width = String(Math.max(1, ...blocks.map((b) => Math.max(b.oldStart + b.oldLines.length, b.newStart + b.newLines.length)))).length;
  const lines = [head];
  const was = (block: Block, i: number) => `  ${String(block.oldStart + i + 1).padStart(width)} - ${block.oldLines[i]}`;
  const now = (block: Block, i: number) => `  ${String(block.newStart + i + 1).padStart(width)} + ${block.newLines[i]}`;
  for (const block of blocks) {
    if (block.oldLines.length === block.newLines.length) {
      // Line by line: each line as it was, then as it is.
      block.oldLines.forEach((_, i) => lines.push(was(block, i), now(block, i)));
    } else {
      block.oldLines.forEach((_, i) => lines.push(was(block, i)));
      block.newLines.forEach((_, i) => lines.push(now(block, i)));
    }
  }
  return lines.join('\n');
}
