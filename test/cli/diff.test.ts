/** cli/src/diff.ts: the changed lines --fix prints and the unified diff of --fix-dry-run, checked by jsdiff's applyPatch. */
import * as assert from 'node:assert/strict';
import { applyPatch } from 'diff';
import { changedBlocks, displayLines, unifiedDiff } from '../../cli/src/diff';

/** A small deterministic generator (no Math.random: a failure must reproduce). */
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
}

describe('cli diff', () => {
  it('the unified diff of random edits patches the old text into the new one (LF, CRLF, no final newline)', () => {
    const rnd = generator(7);
    for (let t = 0; t < 2000; t++) {
      const a = Array.from({ length: rnd(15) }, () => `行${rnd(5)}${rnd(4) === 0 ? '\r' : ''}`);
      const b = a.slice();
      for (let o = rnd(4); o > 0; o--) {
        const i = rnd(b.length + 1);
        const op = rnd(3);
        if (op === 0) b.splice(i, 0, `新${rnd(3)}`);
        else if (op === 1 && b.length > 0) b.splice(i % b.length, 1);
        else if (b.length > 0) b[i % b.length] = `改${rnd(3)}`;
      }
      const before = a.join('\n') + (rnd(2) ? '\n' : '');
      const after = b.join('\n') + (rnd(2) ? '\n' : '');
      const patch = unifiedDiff('f.txt', before, after);
      if (before === after) assert.equal(patch, '');
      else assert.equal(applyPatch(before, patch), after, JSON.stringify({ before, after, patch }));
    }
  });

  it('a line added or removed does not make every later line look changed', () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `第${i}行`);
    const changed = lines.slice();
    changed.splice(100, 1);
    changed[30_000] = '改';
    changed.splice(40_000, 0, '加');
    const patch = unifiedDiff('big.txt', lines.join('\n') + '\n', changed.join('\n') + '\n');
    assert.equal(patch.split('\n').filter((l) => /^[-+][^-+]/.test(l)).length, 4);
    assert.equal(applyPatch(lines.join('\n') + '\n', patch), changed.join('\n') + '\n');
  });

  it('many changes within lines: linear, each line paired with itself', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `（${i}）`);
    const changed = lines.map((l, i) => (i % 50 === 0 ? `${l}改` : l));
    const started = Date.now();
    const blocks = changedBlocks(lines, changed);
    assert.ok(Date.now() - started < 3000);
    assert.equal(blocks.length, 4000);
    assert.ok(blocks.every((b) => b.oldLines.length === 1 && b.newLines.length === 1 && b.oldStart === b.newStart));
  });

  it('numbers lines as the outputs do: CRLF, LF and CR each end a line', () => {
    assert.deepEqual(displayLines('a\r\nb\rc\nd'), ['a', 'b', 'c', 'd']);
    assert.deepEqual(displayLines('a\n'), ['a']);
    assert.deepEqual(displayLines(''), []);
    assert.deepEqual(changedBlocks(displayLines('一\r二\r三\r'), displayLines('一\r贰\r三\r')), [{ oldStart: 1, oldLines: ['二'], newStart: 1, newLines: ['贰'] }]);
  });
});
