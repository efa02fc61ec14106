/**
 * One test per fixture in test/fixtures/rules/<rule-id>/: the problems found must equal the annotated set
 * exactly; where a `.fixed.txt` exists, applying every fix must give it byte for byte, and the fixed text must
 * have nothing fixable left. `UPDATE_FIXTURES=1 npm test` rewrites only the `.fixed.txt` files.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixAll, lint, RULE_IDS, RULE_METAS, type LintConfig, type Problem } from '../../server/src/core/index';
import { lineOf, parseFixture, type Expectation } from '../support/fixtures';
import { fixturesDir } from '../support/paths';

const rulesDir = fixturesDir('rules');

/** The rules of punctuation and number usage (GB/T 15834, 15835): they read marks and numbers, not structure. */
const USAGE_RULES: readonly string[] = RULE_METAS.filter((m) => m.category === 'usage').map((m) => m.id);

/**
 * The configuration a fixture is linted with: its own, with the usage rules off except the fixture's own rule and
 * those it annotates. Structure fixtures are excerpts of real reports, many of them web copies
 * written half-width; what the usage rules say about them is pinned in their own fixtures and over the whole reports
 * (corpus.test.ts), and would otherwise bury what each structure fixture is about.
 */
function fixtureConfig(ruleId: string, fixture: { config: LintConfig; expectations: readonly Expectation[] }): LintConfig {
  const quiet = USAGE_RULES.filter((id) => id !== ruleId && !fixture.expectations.some((e) => e.ruleId === id));
  const rules = { ...Object.fromEntries(quiet.map((id) => [id, 'off'])), ...fixture.config.rules };
  return { ...fixture.config, rules } as LintConfig;
}

function describeProblem(text: string, p: Problem): string {
  return `${p.ruleId}:${p.messageId} line ${lineOf(text, p.offset) + 1} \`${text.slice(p.offset, p.offset + p.length)}\` (${p.message})`;
}

function matches(text: string, e: Expectation, p: Problem): boolean {
  if (p.ruleId !== e.ruleId) return false;
  if (e.messageId !== undefined && p.messageId !== e.messageId) return false;
  if (lineOf(text, p.offset) !== e.line) return false;
  return e.offset === undefined || (p.offset === e.offset && p.length === e.length);
}

describe('rule fixtures', () => {
  for (const ruleId of readdirSync(rulesDir).sort()) {
    describe(ruleId, () => {
      it('is a known rule id', () => assert.ok((RULE_IDS as readonly string[]).includes(ruleId), `unknown rule folder ${ruleId}`));
      const dir = join(rulesDir, ruleId);
      for (const name of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n) && !n.includes('.fixed.')).sort()) {
        it(name, () => {
          const markdown = name.endsWith('.md');
          const parsed = parseFixture(readFileSync(join(dir, name), 'utf8'), markdown);
          const fixture = { ...parsed, config: fixtureConfig(ruleId, parsed) };
          const { problems } = lint(fixture.text, { config: fixture.config, markdown });
          const unmatched = [...problems];
          const missing: Expectation[] = [];
          for (const e of fixture.expectations) {
            const at = unmatched.findIndex((p) => matches(fixture.text, e, p));
            if (at < 0) missing.push(e);
            else unmatched.splice(at, 1);
          }
          assert.deepEqual(
            { missing: missing.map((e) => e.source), unexpected: unmatched.map((p) => describeProblem(fixture.text, p)) },
            { missing: [], unexpected: [] },
            'too few or too many problems',
          );

          const fixedPath = join(dir, name.replace(/\.(txt|md)$/, '.fixed.$1'));
          const fixable = problems.some((p) => p.fix);
          if (!fixable) {
            assert.ok(!existsSync(fixedPath), `${fixedPath} exists but nothing is fixable`);
            return;
          }
          const fixed = fixAll(fixture.text, { config: fixture.config, markdown });
          if (process.env.UPDATE_FIXTURES) writeFileSync(fixedPath, fixed);
          assert.ok(existsSync(fixedPath), `fixable problems but no ${fixedPath} (run UPDATE_FIXTURES=1 npm test and review it)`);
          assert.equal(fixed, readFileSync(fixedPath, 'utf8'), 'fixed text differs from the .fixed file');
          const left = lint(fixed, { config: fixture.config, markdown }).problems.filter((p) => p.fix);
          assert.deepEqual(left.map((p) => describeProblem(fixed, p)), [], 'fixable problems left after fixing');
        });
      }
    });
  }
});
