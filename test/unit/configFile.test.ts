/**
 * The configuration file on disk (server/src/configFile.ts, shared by the server and the CLI) and the edits that
 * write into it (server/src/configEdit.ts): found from the draft's folder up, the nearest wins, JSON with comments,
 * malformed files named with line and column; edits keep comments and layout.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyEdits, parse } from 'jsonc-parser';
import { ConfigFiles, findConfigFile, loadConfigFile, parseConfigText, relativePath } from '../../server/src/configFile';
import { addSuppressionEdits, NEW_CONFIG_HEADER, newConfigText, setFileRuleEdits } from '../../server/src/configEdit';

describe('configuration file on disk', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'govreport-config-'));
    mkdirSync(join(root, 'a', 'b', 'c'), { recursive: true });
    mkdirSync(join(root, 'x'), { recursive: true });
    writeFileSync(join(root, '.govreport.jsonc'), '// top\n{ "rules": { "heading-level": "off" }, }\n');
    writeFileSync(join(root, 'a', 'b', '.govreport.jsonc'), '{\n  /* nearer */ "numberingStyle": "roc",\n  "ignore": ["c/旧/"],\n}\n');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('is found in the draft’s folder or the nearest folder above it, alone (no cascade)', () => {
    assert.equal(findConfigFile(join(root, 'a', 'b', 'c')), join(root, 'a', 'b', '.govreport.jsonc'));
    assert.equal(findConfigFile(join(root, 'a')), join(root, '.govreport.jsonc'));
    assert.equal(findConfigFile(join(root, 'x')), join(root, '.govreport.jsonc'));
    const files = new ConfigFiles();
    const near = files.forDraft(join(root, 'a', 'b', 'c', '报告.txt'));
    assert.deepEqual(near.config, { numberingStyle: 'roc' }, 'the top file’s rules do not cascade');
    assert.equal(files.forDraft(join(root, 'a', 'b', 'c', '旧', '稿.txt')).ignored, true);
    assert.deepEqual(files.forDraft(join(root, 'x', '报告.txt')).config, { rules: { 'heading-level': 'off' } });
  });

  it('is read once per folder until reset', () => {
    let reads = 0;
    const files = new ConfigFiles((path) => {
      reads++;
      return loadConfigFile(path);
    });
    files.forDraft(join(root, 'x', '1.txt'));
    files.forDraft(join(root, 'x', '2.txt'));
    files.forDraft(join(root, 'a', '3.txt'));
    assert.equal(reads, 1);
    files.reset();
    files.forDraft(join(root, 'x', '1.txt'));
    assert.equal(reads, 2);
  });

  it('reads comments, trailing commas, a BOM, and an empty file as {}', () => {
    assert.deepEqual(parseConfigText('\ufeff// c\n{"rules": {"heading-level": "hint",},}', '/p/.govreport.jsonc').file?.config, { rules: { 'heading-level': 'hint' } });
    for (const empty of ['', '  \n', '// nothing yet\n']) assert.deepEqual(parseConfigText(empty, '/p/.govreport.jsonc').file?.config, {});
  });

  it('a file that is not JSON is an error naming the line and column; wrong values are problems', () => {
    const broken = parseConfigText('{\n  "rules": {\n    "heading-level": "off"\n  \n', '/p/.govreport.jsonc');
    assert.equal(broken.file, undefined);
    assert.match(broken.error!, /第 5 行第 1 列.*CloseBraceExpected/);
    const wrong = parseConfigText('{"rules": {"heading-levle": "off"}, "numberingStyle": "roc"}', '/p/.govreport.jsonc');
    assert.deepEqual(wrong.file?.config, { rules: {}, numberingStyle: 'roc' });
    assert.match(wrong.problems[0]!, /未知的规则 "heading-levle"/);
  });

  it('relativePath: `/`-separated, as globs and suppressions write it', () => {
    assert.equal(relativePath(join(root, 'a'), join(root, 'a', 'b', '报告.txt')), 'b/报告.txt');
  });
});

describe('writing into the configuration file', () => {
  const FILE = '// 本单位的设置\n{\n    "rules": { "heading-level": "off" }, // 标题层次另有规定\n    "suppressions": [\n        // 已核对\n        { "rule": "count-mismatch", "text": "甲。" }\n    ]\n}\n';
  const suppression = { rule: 'heading-sequence' as const, text: '（三）改革开放持续深化。', file: 'drafts/报告.txt' };

  it('appends a suppression, keeping comments and the file’s indentation', () => {
    const after = applyEdits(FILE, addSuppressionEdits(FILE, suppression));
    for (const comment of ['// 本单位的设置', '// 标题层次另有规定', '// 已核对']) assert.ok(after.includes(comment), after);
    assert.deepEqual(parse(after).suppressions, [{ rule: 'count-mismatch', text: '甲。' }, suppression]);
    assert.match(after, /\n {8}\{\n {12}"rule": "heading-sequence"/);
    assert.deepEqual(addSuppressionEdits(after, suppression), [], 'already there: nothing to add');
  });

  it('creates the list, and the file, when missing; CRLF files stay CRLF', () => {
    const noList = '{\r\n  "rules": {}\r\n}\r\n';
    const after = applyEdits(noList, addSuppressionEdits(noList, suppression));
    assert.deepEqual(parse(after).suppressions, [suppression]);
    assert.ok(!/[^\r]\n/.test(after), JSON.stringify(after));
    const created = newConfigText((text) => addSuppressionEdits(text, suppression));
    assert.ok(created.startsWith(NEW_CONFIG_HEADER.split('{')[0]!));
    assert.deepEqual(parse(created), { suppressions: [suppression] });
  });

  it('turns a rule off for one file under "files"', () => {
    const after = applyEdits(FILE, setFileRuleEdits(FILE, 'drafts/报告.txt', 'count-mismatch', 'off'));
    assert.deepEqual(parse(after).files, { 'drafts/报告.txt': { rules: { 'count-mismatch': 'off' } } });
    assert.ok(after.includes('// 标题层次另有规定'));
    const again = applyEdits(after, setFileRuleEdits(after, 'drafts/报告.txt', 'heading-sequence', 'off'));
    assert.deepEqual(parse(again).files, { 'drafts/报告.txt': { rules: { 'count-mismatch': 'off', 'heading-sequence': 'off' } } });
  });
});
