/**
 * The CLI reads the editor's configuration file: for each draft the nearest `.govreport.jsonc` in its folder or above
 * (rules, ignore, files, suppressions, JSON with comments); `--config FILE` wins over it; a malformed file stops the
 * run with exit status 2 and a message naming the file and the place, before anything is written.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/paths';

const BUNDLE = join(repoRoot(), 'cli', 'dist', 'govreport-lint.js');
const SLIP = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（三）改革开放持续深化。\n（五）民生持续改善。\n';
/** A heading-punctuation warning with a fix: 二， for 二、. */
const FIXABLE = '一、过去一年工作回顾\n二，今年工作安排\n';

describe('govreport-lint and .govreport.jsonc', function () {
  this.timeout(60_000);
  let dir: string;
  const run = (args: string[], cwd = dir) => {
    const r = spawnSync(process.execPath, [BUNDLE, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
    if (r.error) throw r.error;
    return r;
  };
  const write = (name: string, text: string) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
    return name;
  };
  const rules = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => `${l.split(' ')[0]} ${l.split(' ')[1]}`);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'govreport-cli-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the file in the draft’s folder or above it; the nearest wins, for each draft on its own', () => {
    write('.govreport.jsonc', '// 全局\n{ "rules": { "heading-sequence": "hint" }, }\n');
    write('甲/.govreport.jsonc', '{ /* 本处 */ "rules": { "heading-sequence": "off" } }');
    write('甲/一/报告.txt', SLIP);
    write('乙/报告.txt', SLIP);
    const r = run(['甲/一/报告.txt', '乙/报告.txt']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(rules(r.stdout), ['乙/报告.txt:3:1 hint', '乙/报告.txt:4:1 hint']);
    // Run from elsewhere: the draft's folder counts, not the working directory.
    const elsewhere = run([join(dir, '甲', '一', '报告.txt')], tmpdir());
    assert.equal(elsewhere.stdout, '');
  });

  it('--config FILE wins over the files found', () => {
    write('.govreport.jsonc', '{ "rules": { "heading-sequence": "off" } }');
    write('报告.txt', SLIP);
    write('ci.jsonc', '{ "rules": { "heading-sequence": "error" } } // CI');
    const r = run(['--config', 'ci.jsonc', '报告.txt']);
    assert.equal(r.status, 1);
    assert.deepEqual(rules(r.stdout), ['报告.txt:3:1 error', '报告.txt:4:1 error']);
  });

  it('ignore skips drafts; files overrides; suppressions silence one finding by its sentence', () => {
    write('.govreport.jsonc', JSON.stringify({
      ignore: ['旧稿/'],
      files: { '附件/*.txt': { rules: { 'heading-sequence': 'off' } } },
      suppressions: [{ rule: 'heading-sequence', text: '（三）改革开放 持续深化。', file: '报告.txt' }],
    }));
    write('旧稿/报告.txt', SLIP);
    write('附件/一.txt', SLIP);
    write('报告.txt', SLIP);
    write('其他.txt', SLIP);
    const r = run(['旧稿/报告.txt', '附件/一.txt', '报告.txt', '其他.txt']);
    assert.deepEqual(rules(r.stdout), ['报告.txt:4:1 error', '其他.txt:3:1 error', '其他.txt:4:1 error']);
  });

  it('a malformed file found for a draft: exit 2, the file and the place named, nothing written by --fix', () => {
    write('甲/.govreport.jsonc', '{ "rules": { "heading-sequence": "of" } }');
    write('乙/.govreport.jsonc', '{\n  "rules": {\n');
    write('甲/a.txt', FIXABLE);
    write('乙/b.txt', FIXABLE);
    const a = run(['--fix', '甲/a.txt']);
    assert.equal(a.status, 2);
    assert.match(a.stderr, /甲[/\\]\.govreport\.jsonc 有误.*"of" 无效/);
    assert.equal(readFileSync(join(dir, '甲', 'a.txt'), 'utf8'), FIXABLE);
    const b = run(['--fix', '乙/b.txt']);
    assert.equal(b.status, 2);
    assert.match(b.stderr, /乙[/\\]\.govreport\.jsonc 不是有效的 JSON.*第 3 行/);
    assert.equal(readFileSync(join(dir, '乙', 'b.txt'), 'utf8'), FIXABLE);
    assert.doesNotMatch(a.stderr + b.stderr, /\n\s+at .+:\d+:\d+/, 'no stack trace');
  });

  it('--fix leaves a silenced finding’s fix alone', () => {
    write('.govreport.jsonc', '{ "suppressions": [{ "rule": "heading-punctuation", "text": "二，今年工作安排" }] }');
    write('a.txt', FIXABLE);
    assert.equal(run(['--fix', 'a.txt']).status, 0);
    assert.equal(readFileSync(join(dir, 'a.txt'), 'utf8'), FIXABLE);
  });
});
