/**
 * Mutation tests over the corpus: change one heading or run-in ordinal of a real report into a duplicate of its
 * neighbour or a skip, and check that the change is reported with the right rule id at the changed line or at
 * its next sibling. The bar is 95% per kind; the test also prints the rate.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, parseReport, type Problem } from '../../server/src/core/index';
import { siblingRuns } from '../../server/src/core/rules/heading-sequence';
import { numeralFor } from '../../server/src/core/rules/ordinals';
import { lineOf } from '../support/fixtures';
import { corpusDir } from '../support/paths';

interface Numbered {
  numeral: { offset: number; length: number };
  numeralText: string;
  marker: { offset: number; length: number };
  ordinal: number;
  line: number;
  style?: string;
  kind?: string;
}

interface Tally {
  tried: number;
  caught: number;
  misses: string[];
}

function mutate(text: string, item: Numbered, value: number): string | undefined {
  const numeral = numeralFor(item as Parameters<typeof numeralFor>[0], value);
  if (numeral === undefined) return undefined;
  return text.slice(0, item.numeral.offset) + numeral + text.slice(item.numeral.offset + item.numeral.length);
}

/** The mutation is caught when the rule reports on the changed line or the next sibling's line. */
function caught(problems: Problem[], text: string, ruleId: string, lines: number[]): boolean {
  return problems.some((p) => p.ruleId === ruleId && lines.includes(lineOf(text, p.offset)));
}

function tryRuns(file: string, text: string, runs: Numbered[][], ruleId: string, tally: Record<'duplicate' | 'skip', Tally>): void {
  for (const run of runs) {
    if (run.length < 2) continue;
    for (let i = 0; i < run.length; i++) {
      const item = run[i]!;
      const next = run[i + 1];
      const lines = [item.line, ...(next ? [next.line] : [])];
      // A duplicate: the previous sibling's number (or, for the first, the next one's).
      const twin = i > 0 ? run[i - 1]!.ordinal : run[1]!.ordinal;
      const mutations: ['duplicate' | 'skip', number][] = [
        ['duplicate', twin],
        ['skip', item.ordinal + 1],
      ];
      for (const [kind, value] of mutations) {
        if (value === item.ordinal) continue;
        const changed = mutate(text, item, value);
        if (changed === undefined) continue;
        tally[kind].tried++;
        if (caught(lint(changed).problems, changed, ruleId, lines)) tally[kind].caught++;
        else tally[kind].misses.push(`${file}:${item.line + 1} ${text.slice(item.marker.offset, item.marker.offset + item.marker.length)}→${value}`);
      }
    }
  }
}

describe('mutations over the corpus', function () {
  this.timeout(300000);
  const files = readdirSync(corpusDir()).filter((n) => n.endsWith('.txt')).sort();
  const headings = { duplicate: { tried: 0, caught: 0, misses: [] }, skip: { tried: 0, caught: 0, misses: [] } } as Record<'duplicate' | 'skip', Tally>;
  const enumerations = { duplicate: { tried: 0, caught: 0, misses: [] }, skip: { tried: 0, caught: 0, misses: [] } } as Record<'duplicate' | 'skip', Tally>;

  before(() => {
    for (const file of files) {
      const text = readFileSync(join(corpusDir(), file), 'utf8');
      const report = parseReport(text);
      tryRuns(file, text, siblingRuns(report.headings), 'heading-sequence', headings);
      tryRuns(file, text, report.enumerations.map((run) => run.items), 'enumeration-sequence', enumerations);
    }
  });

  const check = (name: string, tally: Tally) => {
    const rate = tally.caught / tally.tried;
    console.log(`      ${name}: ${tally.caught}/${tally.tried} caught (${(rate * 100).toFixed(1)}%)`);
    if (tally.misses.length) console.log(`        missed: ${tally.misses.slice(0, 10).join('; ')}`);
    assert.ok(tally.tried >= 50, `too few mutations tried (${tally.tried})`);
    assert.ok(rate >= 0.95, `${name}: only ${(rate * 100).toFixed(1)}% caught`);
  };
  it('heading duplicates are reported (≥95%)', () => check('heading duplicate', headings.duplicate));
  it('heading skips are reported (≥95%)', () => check('heading skip', headings.skip));
  it('enumeration duplicates are reported (≥95%)', () => check('enumeration duplicate', enumerations.duplicate));
  it('enumeration skips are reported (≥95%)', () => check('enumeration skip', enumerations.skip));
});
