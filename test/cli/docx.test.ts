/** `govreport-lint report.docx`: positions by paragraph, json and sarif locations, directories, bad input (exit 2). */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNoStack, ensureBundle, runCli } from '../support/cli';
import { docx, HEADING_LIST, pack } from '../support/docx';

const P = (text: string, numbering?: { level: number }) =>
  new docx.Paragraph({ children: [new docx.TextRun(text)], ...(numbering ? { numbering: { reference: HEADING_LIST.reference, level: numbering.level } } : {}) });

describe('cli: .docx', () => {
  let dir = '';
  before(async function () {
    this.timeout(120000);
    ensureBundle();
    dir = mkdtempSync(join(tmpdir(), 'govreport-docx-'));
    // An automatic 一、 then a typed 三、: a skipped number at paragraph 3.
    const document = new docx.Document({
      numbering: { config: [HEADING_LIST] },
      sections: [{ children: [P('政府工作报告'), P('过去一年工作回顾', { level: 0 }), P('三、今年工作安排'), P('全面完成任务。')] }],
    });
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'report.docx'), await pack(document));
    writeFileSync(join(dir, 'drafts', 'plain.txt'), '政府工作报告\n一、回顾\n三、安排\n');
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('text output: file:段落N with the words around the finding; exit 1 on an error', () => {
    const r = runCli(['report.docx'], join(dir, 'drafts'));
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^report\.docx:段落3 error heading-sequence .*（原文：「三、」今年工作安排）$/m);
  });

  it('json: the range in the rendered text and a docx location; sarif: a logical location, a snippet, no fix', () => {
    const json = JSON.parse(runCli(['--format', 'json', 'report.docx'], join(dir, 'drafts')).stdout) as { problems: { ruleId: string; range: { start: { line: number } }; docx: { label: string; paragraph: number; run: number } }[] }[];
    const problem = json[0]!.problems.find((p) => p.ruleId === 'heading-sequence')!;
    assert.deepEqual([problem.range.start.line, problem.docx.label, problem.docx.paragraph, problem.docx.run], [2, '段落3', 3, 0]);
    const sarif = JSON.parse(runCli(['--format', 'sarif', 'report.docx'], join(dir, 'drafts')).stdout);
    const run = sarif.runs[0];
    assert.equal(run.artifacts[0].mimeType, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'heading-sequence');
    assert.equal(result.locations[0].logicalLocations[0].name, '段落3');
    assert.match(result.locations[0].physicalLocation.region.snippet.text, /「三、」/);
    assert.equal(result.fixes, undefined);
  });

  it('a directory includes its .docx files; --fix leaves a .docx untouched', () => {
    const r = runCli(['--format', 'json', 'drafts'], dir);
    assert.deepEqual((JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file), [join('drafts', 'plain.txt'), join('drafts', 'report.docx')]);
    const before = readFileSync(join(dir, 'drafts', 'report.docx'));
    const fixed = runCli(['--fix', 'report.docx'], join(dir, 'drafts'));
    assert.match(fixed.stderr, /不自动修复/);
    assert.deepEqual(readFileSync(join(dir, 'drafts', 'report.docx')), before);
  });

  it('unreadable Word files: exit 2 with a clear message, no stack; the other files are still checked', () => {
    writeFileSync(join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    writeFileSync(join(dir, 'locked.docx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    writeFileSync(join(dir, 'draft.wps'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    writeFileSync(join(dir, 'broken.docx'), readFileSync(join(dir, 'drafts', 'report.docx')).subarray(0, 2000));
    writeFileSync(join(dir, 'text.docx'), '政府工作报告');
    for (const [name, pattern] of [
      ['old.doc', /OLE 复合文档.*\.doc/],
      ['locked.docx', /加密/],
      ['draft.wps', /\.wps/],
      ['broken.docx', /已损坏/],
      ['text.docx', /不是 zip 包/],
    ] as const) {
      const r = runCli([name, join('drafts', 'plain.txt')], dir);
      assert.equal(r.status, 2, name);
      assert.match(r.stderr, pattern, name);
      assert.match(r.stdout, /plain\.txt:3:1 error heading-sequence/, name);
      assertNoStack(r);
    }
  });
});
