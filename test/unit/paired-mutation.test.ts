/**
 * Mutation test for paired-marks over the 70 corpus reports (issue 13: at least 95% found at the right place): a
 * closing ” or ） is deleted, and paired-marks must report the opener it belonged to (a finding on the opener, or one
 * whose related information points at it).
 *
 * The pairs are found by this file's own patterns over the raw lines, never by the linter's parser: a quoted term
 * “X” with X of 1–16 characters and no quotation mark, or a bracketed （X） with X of 1–40 characters and no round
 * bracket, on one line. Every third such pair of each report is tried, at most four of each kind per report.
 */
import { lint } from '../../server/src/core/index';
import { checkCaught, corpusDocuments, newTally, rawLines, record, splice } from '../support/mutations';

const QUOTED = /“[^“”\r\n]{1,16}”/g;
const BRACKETED = /（[^（）\r\n]{1,40}）/g;
const PER_KIND = 4;

describe('paired-marks mutations', () => {
  it('a deleted closing ” or ） is found at its opener (≥95%)', function () {
    this.timeout(60000);
    const tally = newTally();
    for (const doc of corpusDocuments()) {
      for (const pattern of [QUOTED, BRACKETED]) {
        let seen = 0;
        let tried = 0;
        for (const line of rawLines(doc.text)) {
          pattern.lastIndex = 0;
          for (let m = pattern.exec(line.text); m && tried < PER_KIND; m = pattern.exec(line.text)) {
            if (seen++ % 3 !== 0) continue;
            tried++;
            const opener = line.start + m.index;
            const closer = opener + m[0].length - 1;
            const mutated = splice(doc.text, closer, 1, '');
            const caught = lint(mutated).problems.some(
              (p) => p.ruleId === 'paired-marks' && (p.offset === opener || (p.related ?? []).some((r) => r.offset === opener)),
            );
            record(tally, caught, `${doc.key}:${line.index + 1} ${m[0]}`);
          }
          if (tried >= PER_KIND) break;
        }
      }
    }
    checkCaught('closer deleted', tally, 300, 0.95);
  });
});

describe('paired-marks on hostile drafts', () => {
  for (const [name, unit] of [
    ['1 MB of openers', '“'],
    ['1 MB of openers of two kinds, each followed by a closer of a third', '《“’'],
    ['1 MB of nested openers closed from the bottom', '《“'],
    ['1 MB of stray closers', '”）'],
  ] as const) {
    it(`${name} stays linear`, function () {
      this.timeout(20000);
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length)) + '》'.repeat(1000);
      const started = Date.now();
      lint(text);
      const ms = Date.now() - started;
      if (ms > 3000) throw new Error(`${ms} ms`);
    });
  }
});
