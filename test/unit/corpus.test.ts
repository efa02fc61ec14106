/**
 * The whole corpus (27 published reports, ../shared/corpus) and the user's samples are linted, and every finding
 * must be one of the reviewed findings pinned in test/fixtures/reports/findings.json, each with the reason it is
 * a real slip. A new finding (a false positive, or a real slip nobody reviewed) or a lost one fails the test.
 * `UPDATE_FINDINGS=1 npm test` rewrites the file, keeping existing reviews; new entries get `"review": "TODO"`,
 * which fails until someone writes the review.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/core/index';
import { lineOf } from '../support/fixtures';
import { corpusDir, corpusMoreDir, fixturesDir, samplesDir } from '../support/paths';

interface PinnedFinding {
  line: number;
  ruleId: string;
  messageId: string;
  text: string;
  review: string;
}
type Pinned = Record<string, PinnedFinding[]>;

const pinnedPath = fixturesDir('reports', 'findings.json');

function documents(): { key: string; path: string }[] {
  const docs: { key: string; path: string }[] = [];
  assert.ok(existsSync(corpusDir()), `corpus not found at ${corpusDir()}`);
  for (const name of readdirSync(corpusDir()).filter((n) => n.endsWith('.txt')).sort()) docs.push({ key: `corpus/${name}`, path: join(corpusDir(), name) });
  assert.ok(existsSync(corpusMoreDir()), `corpus-more not found at ${corpusMoreDir()}`);
  for (const name of readdirSync(corpusMoreDir()).filter((n) => n.endsWith('.txt')).sort()) docs.push({ key: `corpus-more/${name}`, path: join(corpusMoreDir(), name) });
  for (const name of readdirSync(samplesDir()).filter((n) => n.endsWith('.txt')).sort()) docs.push({ key: `samples/${name}`, path: join(samplesDir(), name) });
  return docs;
}

function findingsOf(path: string): Omit<PinnedFinding, 'review'>[] {
  const text = readFileSync(path, 'utf8');
  return lint(text).problems.map((p) => ({
    line: lineOf(text, p.offset) + 1,
    ruleId: p.ruleId,
    messageId: p.messageId,
    text: text.slice(p.offset, p.offset + p.length),
  }));
}

const key = (f: Omit<PinnedFinding, 'review'>) => `${f.line}:${f.ruleId}:${f.messageId}:${f.text}`;

describe('corpus and samples: reviewed findings', () => {
  const pinned: Pinned = existsSync(pinnedPath) ? (JSON.parse(readFileSync(pinnedPath, 'utf8')) as Pinned) : {};
  const docs = documents();

  it('covers the 27 + 43 corpus reports and the 5 samples', () => {
    assert.equal(docs.filter((d) => d.key.startsWith('corpus/')).length, 27);
    assert.equal(docs.filter((d) => d.key.startsWith('corpus-more/')).length, 43);
    assert.equal(docs.filter((d) => d.key.startsWith('samples/')).length, 5);
  });

  if (process.env.UPDATE_FINDINGS) {
    it('rewrites findings.json', () => {
      const next: Pinned = {};
      for (const doc of docs) {
        const old = new Map((pinned[doc.key] ?? []).map((f) => [key(f), f.review]));
        next[doc.key] = findingsOf(doc.path).map((f) => ({ ...f, review: old.get(key(f)) ?? 'TODO' }));
      }
      writeFileSync(pinnedPath, JSON.stringify(next, null, 2) + '\n');
    });
    return;
  }

  for (const doc of docs) {
    it(doc.key, () => {
      const actual = findingsOf(doc.path).map(key).sort();
      const expected = (pinned[doc.key] ?? []).map(key).sort();
      assert.deepEqual(actual, expected, 'findings differ from the reviewed list');
      for (const f of pinned[doc.key] ?? []) assert.ok(f.review && f.review !== 'TODO', `finding ${key(f)} has no review`);
    });
  }
});
