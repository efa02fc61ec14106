/** `govreport-lint report.docx --comments OUT.docx`: the copy written, the original untouched, misuse exit 2. */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { readDocx } from '../../server/src/docx/index';
import { assertNoStack, ensureBundle, runCli } from '../support/cli';
import { docx, HEADING_LIST, pack } from '../support/docx';

const P = (text: string, numbering?: { level: number }) =>
  new docx.Paragraph({ children: [new docx.TextRun(text)], ...(numbering ? { numbering: { reference: HEADING_LIST.reference, level: numbering.level } } : {}) });

describe('cli: --comments', () => {
  let dir = '';
  before(async function () {
    this.timeout(120000);
    ensureBundle();
    dir = mkdtempSync(join(tmpdir(), 'govreport-comments-'));
    const document = new docx.Document({
      numbering: { config: [HEADING_LIST] },
      sections: [{ children: [P('政府工作报告'), P('过去一年工作回顾', { level: 0 }), P('三、今年工作安排'), P('全年增长5%左右,就业稳定。')] }],
    });
    writeFileSync(join(dir, 'report.docx'), await pack(document));
    writeFileSync(join(dir, 'plain.txt'), '政府工作报告\n一、回顾\n三、安排\n');
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the copy with one comment per finding; the original is unchanged', () => {
    const original = readFileSync(join(dir, 'report.docx'));
    const json = runCli(['--format', 'json', 'report.docx', '--comments', 'report-批注.docx'], dir);
    assert.equal(json.status, 1, json.stderr);
    const problems = (JSON.parse(json.stdout) as { problems: { ruleId: string; message: string }[] }[])[0]!.problems;
    assert.ok(problems.length >= 2);
    assert.match(json.stderr, new RegExp(`已写入带 ${problems.length} 条批注的副本：report-批注\\.docx`));
    assert.deepEqual(readFileSync(join(dir, 'report.docx')), original);
    const copy = readFileSync(join(dir, 'report-批注.docx'));
    const comments = strFromU8(unzipSync(copy)['word/comments.xml']!);
    assert.equal([...comments.matchAll(/<w:comment /g)].length, problems.length);
    assert.match(comments, /w:author="政府工作报告校对"/);
    assert.match(comments, /建议：将“三、”改为“二、”/);
    for (const p of problems) assert.ok(comments.includes(p.message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')), p.message);
    assert.equal(readDocx(copy).text, readDocx(original).text);
  });

  it('exit 2 with a clear message: OUT is the input, several inputs, a .txt, standard input, OUT not .docx', () => {
    for (const [args, pattern] of [
      [['report.docx', '--comments', 'report.docx'], /不能是原文件/],
      [['report.docx', '--comments', './report.docx'], /不能是原文件/],
      [['report.docx', 'plain.txt', '--comments', 'out.docx'], /只能用于一个 \.docx/],
      [['plain.txt', '--comments', 'out.docx'], /只能用于一个 \.docx/],
      [['-', '--comments', 'out.docx'], /只能用于一个 \.docx/],
      [['report.docx', '--comments', 'out.txt'], /应以 \.docx 结尾/],
      [['report.docx', '--comments'], /需要一个值/],
    ] as const) {
      const before = readFileSync(join(dir, 'report.docx'));
      const r = runCli(args, dir, '');
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, pattern, args.join(' '));
      assertNoStack(r);
      assert.deepEqual(readFileSync(join(dir, 'report.docx')), before);
      assert.ok(!existsSync(join(dir, 'out.docx')) && !existsSync(join(dir, 'out.txt')));
    }
  });
});
