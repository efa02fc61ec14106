/**
 * Mutation tests over the corpus reports that have an explanation section and body markers (05, 15, 19, 20, 22,
 * 23): delete an explanation, delete a marker, duplicate a number, rewrite every marker as (n). Each mutation must
 * be reported with the right rule id at the right line in at least 95% of the cases; the (n) rewrite must produce
 * no footnote finding at all.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, parseReport, type Problem } from '../../server/src/core/index';
import { lineOf } from '../support/fixtures';
import { corpusDir } from '../support/paths';

const FILES = ['05_海南省_2026.txt', '15_保定市_2022.txt', '19_易县_2021.txt', '20_博野县_2024.txt', '22_涞水县_2021.txt', '23_定兴县_2022.txt'];

interface Tally {
  tried: number;
  caught: number;
  misses: string[];
}
const tally = (): Tally => ({ tried: 0, caught: 0, misses: [] });

function reportedAt(problems: Problem[], text: string, ruleId: string, line: number): boolean {
  return problems.some((p) => p.ruleId === ruleId && lineOf(text, p.offset) === line);
}

function splice(text: string, offset: number, length: number, insert: string): string {
  return text.slice(0, offset) + insert + text.slice(offset + length);
}

describe('footnote mutations over the corpus', function () {
  this.timeout(300000);
  const deletedExplanation = tally();
  const deletedMarker = tally();
  const duplicatedNumber = tally();
  const rewritten: string[] = [];

  before(() => {
    for (const file of FILES) {
      const text = readFileSync(join(corpusDir(), file), 'utf8');
      const report = parseReport(text);
      const items = report.notes!.items;
      assert.ok(items.length > 0 && report.markers.length > 0, `${file}: no notes or markers`);

      for (const item of items) {
        // Delete the explanation (its lines and one line break): its marker is then unexplained.
        const start = report.lines[item.firstLine]!.start;
        const next = report.lines[item.lastLine + 1];
        const end = next ? next.start : text.length;
        const changed = splice(text, start, end - start, '');
        const marker = report.markers.find((m) => m.number === item.number);
        if (!marker) continue;
        deletedExplanation.tried++;
        if (reportedAt(lint(changed).problems, changed, 'footnote-missing', marker.line)) deletedExplanation.caught++;
        else deletedExplanation.misses.push(`${file} item ${item.number}`);
      }

      for (const marker of report.markers) {
        if (report.markers.filter((m) => m.number === marker.number).length > 1) continue;
        // Delete the marker: its explanation is then unused.
        const changed = splice(text, marker.span.offset, marker.span.length, '');
        const item = items.find((i) => i.number === marker.number)!;
        const line = lineOf(changed, item.label.offset - marker.span.length);
        deletedMarker.tried++;
        if (reportedAt(lint(changed).problems, changed, 'footnote-unused', line)) deletedMarker.caught++;
        else deletedMarker.misses.push(`${file} marker ${marker.number}`);
      }

      for (const marker of report.markers) {
        if (marker.number < 2) continue;
        // Give the marker the previous number: a duplicate on another term.
        const digits = String(marker.number - 1);
        const changed = splice(text, marker.numeral.offset, marker.numeral.length, digits);
        duplicatedNumber.tried++;
        const line = lineOf(changed, marker.numeral.offset);
        if (reportedAt(lint(changed).problems, changed, 'footnote-sequence', line)) duplicatedNumber.caught++;
        else duplicatedNumber.misses.push(`${file} marker ${marker.number}`);
      }

      // Rewrite every marker as (n): with every explanation present, nothing to report.
      let changed = text;
      for (const marker of [...report.markers].reverse()) changed = splice(changed, marker.span.offset, marker.span.length, `(${marker.number})`);
      const findings = lint(changed).problems.filter((p) => p.ruleId.startsWith('footnote-'));
      rewritten.push(...findings.map((p) => `${file}:${lineOf(changed, p.offset) + 1} ${p.ruleId} ${p.message}`));
    }
  });

  const check = (name: string, t: Tally) => {
    const rate = t.caught / t.tried;
    console.log(`      ${name}: ${t.caught}/${t.tried} caught (${(rate * 100).toFixed(1)}%)`);
    if (t.misses.length) console.log(`        missed: ${t.misses.slice(0, 10).join('; ')}`);
    assert.ok(t.tried >= 50, `too few mutations (${t.tried})`);
    assert.ok(rate >= 0.95, `${name}: only ${(rate * 100).toFixed(1)}%`);
  };
  it('a deleted explanation is reported by footnote-missing at its marker', () => check('deleted explanation', deletedExplanation));
  it('a deleted marker is reported by footnote-unused at its explanation', () => check('deleted marker', deletedMarker));
  it('a duplicated number is reported by footnote-sequence at the marker', () => check('duplicated number', duplicatedNumber));
  it('markers rewritten as (n) produce no footnote finding', () => assert.deepEqual(rewritten, []));
});
