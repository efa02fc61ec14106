/**
 * Mutation tests over every corpus report and sample with a 主要预期目标 paragraph: insert, right after it, a
 * restatement of one target that contradicts it (another number, qualifier or unit) — it must be reported (≥90%);
 * one that agrees — it must not (≤2%); and a different “actual” into the review part — never reported (≤2%).
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lint, type Figure, type Report } from '../../server/src/core/index';
import { lineOf } from '../support/fixtures';
import { corpusDir, repoRoot } from '../support/paths';

function documents(): { name: string; text: string }[] {
  const samples = resolve(repoRoot(), '..', 'shared', 'samples');
  const dirs = [corpusDir(), existsSync(samples) ? samples : join(repoRoot(), 'samples')];
  return dirs.flatMap((dir) => readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })));
}

const eolOf = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');
const insertAfterLine = (report: Report, line: number, sentence: string) => {
  const at = report.lines[line]!.end;
  return report.text.slice(0, at) + eolOf(report.text) + sentence + report.text.slice(at);
};
const valueText = (_report: Report, f: Figure) => f.wording;

/** Three contradictions per target: the number + 1, another qualifier, another unit where one makes sense. */
function contradictions(value: string): string[] {
  const out: string[] = [];
  out.push(value.replace(/[0-9０-９]+(?:[.．][0-9０-９]+)?/, (n) => String(Number(n.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace('．', '.')) + 1)));
  if (/左右/.test(value)) out.push(value.replace('左右', '以上'));
  else if (/以上|以[内內]|以下/.test(value)) out.push(value.replace(/以上|以[内內]|以下/, '左右'));
  else out.push(`${value}左右`);
  if (/[%％]/.test(value) && !/[-－—～~]/.test(value)) out.push(value.replace(/[%％]/, '个百分点'));
  return out;
}

describe('target mutations over the corpus and samples', function () {
  this.timeout(300000);
  const contradicting = { tried: 0, caught: 0, misses: [] as string[] };
  const agreeing = { tried: 0, flagged: 0, flags: [] as string[] };
  const review = { tried: 0, flagged: 0, flags: [] as string[] };

  before(() => {
    for (const { name, text } of documents()) {
      const { report, problems } = lint(text);
      const targets = report.figures.targets;
      if (!targets) continue;
      const before = problems.filter((p) => p.ruleId === 'target-mismatch').length;
      const reviewPart = report.parts.find((p) => p.kind === 'review' && p.line < targets.firstLine);
      for (const target of targets.figures) {
        const indicator = target.indicator;
        const wanted = valueText(report, target);
        // The restatement goes on its own line right after the targets paragraph, in the plan part.
        for (const contradiction of contradictions(wanted)) {
          const changed = insertAfterLine(report, targets.lastLine, `全年${indicator}${contradiction}。`);
          contradicting.tried++;
          const found = lint(changed).problems.some((p) => p.ruleId === 'target-mismatch' && lineOf(changed, p.offset) === targets.lastLine + 1);
          if (found) contradicting.caught++;
          else contradicting.misses.push(`${name}: ${indicator}${wanted} → ${contradiction}`);
        }
        {
          const changed = insertAfterLine(report, targets.lastLine, `全年${indicator}${wanted}。`);
          agreeing.tried++;
          const after = lint(changed).problems.filter((p) => p.ruleId === 'target-mismatch').length;
          if (after > before) {
            agreeing.flagged++;
            agreeing.flags.push(`${name}: ${indicator}${wanted}`);
          }
        }
        if (reviewPart) {
          const actual = contradictions(wanted)[0]!;
          const changed = insertAfterLine(report, reviewPart.line, `过去一年，${indicator}${actual}。`);
          review.tried++;
          const after = lint(changed).problems.filter((p) => p.ruleId === 'target-mismatch').length;
          if (after > before) {
            review.flagged++;
            review.flags.push(`${name}: ${indicator}${actual}`);
          }
        }
      }
    }
  });

  it('contradicting restatements are reported (≥90%)', () => {
    const rate = contradicting.caught / contradicting.tried;
    console.log(`      contradicting: ${contradicting.caught}/${contradicting.tried} (${(rate * 100).toFixed(1)}%)`);
    if (contradicting.misses.length) console.log(`        missed: ${contradicting.misses.slice(0, 8).join('; ')}`);
    assert.ok(contradicting.tried >= 100, `too few (${contradicting.tried})`);
    assert.ok(rate >= 0.9);
  });
  it('agreeing restatements are not reported (≤2%)', () => {
    console.log(`      agreeing flagged: ${agreeing.flagged}/${agreeing.tried}${agreeing.flags.length ? ' — ' + agreeing.flags.slice(0, 5).join('; ') : ''}`);
    assert.ok(agreeing.tried >= 50);
    assert.ok(agreeing.flagged / agreeing.tried <= 0.02);
  });
  it('a different actual in the review part is never reported (≤2%)', () => {
    console.log(`      review-part actuals flagged: ${review.flagged}/${review.tried}${review.flags.length ? ' — ' + review.flags.slice(0, 5).join('; ') : ''}`);
    assert.ok(review.tried >= 50);
    assert.ok(review.flagged / review.tried <= 0.02);
  });
});
