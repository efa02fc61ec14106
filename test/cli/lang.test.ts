/** `govreport-lint --lang zh|en`: the messages in Chinese (the default) or English, in text and JSON output alike. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/paths';

const BUNDLE = join(repoRoot(), 'cli', 'dist', 'govreport-lint.js');
const SLIP = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（三）改革开放持续深化。\n';

describe('cli --lang', () => {
  let dir: string;
  let file: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'govreport-lang-'));
    file = join(dir, 'draft.txt');
    writeFileSync(file, SLIP);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, [BUNDLE, ...args], { cwd: dir, encoding: 'utf8' });

  it('writes Chinese by default and with --lang zh, English with --lang en; the exit status is the same', () => {
    const zh = run('draft.txt');
    assert.equal(zh.stdout, 'draft.txt:3:1 error heading-sequence 标题序号不连续：应为“（二）”，实际为“（三）”。\n');
    assert.equal(run('--lang', 'zh', 'draft.txt').stdout, zh.stdout);
    const en = run('--lang=en', 'draft.txt');
    assert.equal(en.stdout, 'draft.txt:3:1 error heading-sequence Heading number out of sequence: expected “（二）”, found “（三）”.\n');
    assert.equal(en.status, zh.status);
  });

  it('JSON output carries the English message and related messages', () => {
    const [result] = JSON.parse(run('--format', 'json', '--lang', 'en', 'draft.txt').stdout) as { problems: { message: string; related: { message: string }[] }[] }[];
    assert.equal(result!.problems[0]!.message, 'Heading number out of sequence: expected “（二）”, found “（三）”.');
    assert.deepEqual(result!.problems[0]!.related.map((r) => r.message), ['Previous heading of this level “（一）”']);
  });

  it('an unknown language is a usage error (exit 2)', () => {
    const result = run('--lang', 'fr', 'draft.txt');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /zh or en/);
  });
});
