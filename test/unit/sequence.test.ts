/** The continuity check shared by heading-sequence and enumeration-sequence. */
import * as assert from 'node:assert/strict';
import { checkSequence } from '../../server/src/core/sequence';
import { fixAll, lint } from '../../server/src/core/index';

const run = (ordinals: number[], mustStartAtOne = false) =>
  checkSequence(ordinals, mustStartAtOne).map((f) => [f.index, f.slip, f.expected, f.single]);

describe('checkSequence', () => {
  it('accepts a clean run, and an excerpt that starts mid-run', () => {
    assert.deepEqual(run([1, 2, 3]), []);
    assert.deepEqual(run([4, 5, 6]), []);
  });
  it('reports one wrong item once, as a single fix', () => {
    assert.deepEqual(run([1, 2, 2, 4]), [[2, 'duplicate', 3, true]]);
    assert.deepEqual(run([1, 2, 4, 4]), [[2, 'gap', 3, true]]);
  });
  it('reports a gap the rest follows once, as a renumbering', () => {
    assert.deepEqual(run([1, 2, 4, 5, 6]), [[2, 'gap', 3, false]]);
  });
  it('gives later slips the value the renumbering writes', () => {
    assert.deepEqual(run([1, 3, 2]), [
      [1, 'gap', 2, false],
      [2, 'reversal', 3, true],
    ]);
  });
  it('requires 1 first under a parent', () => {
    assert.deepEqual(run([2, 3], true), [[0, 'start', 1, false]]);
    assert.deepEqual(run([3, 2, 3], true), [[0, 'start', 1, true]]);
  });
  it('every fix of a swapped pair agrees with fix-all', () => {
    const text = '一、回顾\n（一）甲\n（三）乙\n（二）丙\n';
    const problems = lint(text).problems.filter((p) => p.ruleId === 'heading-sequence');
    assert.deepEqual(problems.map((p) => p.message), ['标题序号不连续：应为“（二）”，实际为“（三）”。', '标题序号倒序：“（二）”出现在“（三）”之后，应为“（三）”。']);
    assert.equal(fixAll(text), '一、回顾\n（一）甲\n（二）乙\n（三）丙\n');
  });
});

describe('checkSequence after a renumbering slip', () => {
  it('does not report an item that already has the number the renumbering gives it', () => {
    assert.deepEqual(run([2, 1, 3], true), [
      [0, 'start', 1, false],
      [1, 'reversal', 2, true],
    ]);
  });
});
