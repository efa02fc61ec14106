/**
 * The configuration file's contract (core/config.ts `readConfigFile`, `configForPath`, core/glob.ts) and silencing
 * findings (core/suppress.ts): suppressions by rule and sentence, which must survive edits elsewhere, and Markdown
 * directives. The suppression tests run over every finding of the corpus reports and the rules' examples (the class,
 * not one instance): silencing one finding removes it and nothing outside its sentence.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  configForPath,
  configKey,
  fixAll,
  lint,
  matchGlob,
  mergeConfig,
  readConfigFile,
  RULE_METAS,
  suppressionText,
  type LintConfig,
  type Problem,
  type Suppression,
} from '../../server/src/core/index';
import { corpusDir, fixturesDir } from '../support/paths';

const SLIP = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（三）改革开放持续深化。\n（五）民生持续改善。\n';
const where = (p: Problem) => `${p.ruleId}@${p.offset}`;

describe('configuration file: readConfigFile', () => {
  it('reads every key; the settings keys as the settings do', () => {
    const { file, problems } = readConfigFile({
      $schema: './x.json',
      rules: { 'heading-level': 'off' },
      numberingStyle: 'roc',
      indicators: { 地区生产总值: ['GDP'] },
      ignore: ['旧稿/', '*.md'],
      files: { '附件/*.txt': { rules: { 'count-mismatch': 'hint' } } },
      suppressions: [{ rule: 'count-mismatch', text: '重点做好三个方面工作。' }, { rule: 'heading-sequence', text: '（三）改革', file: 'a/b.txt' }],
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(file.config, { rules: { 'heading-level': 'off' }, numberingStyle: 'roc', indicators: { 地区生产总值: ['GDP'] } });
    assert.deepEqual(file.ignore, ['旧稿/', '*.md']);
    assert.deepEqual(file.overrides, [{ pattern: '附件/*.txt', config: { rules: { 'count-mismatch': 'hint' } } }]);
    assert.equal(file.suppressions.length, 2);
    assert.equal(file.suppressions[1]!.file, 'a/b.txt');
  });

  const bad: [unknown, RegExp][] = [
    [[], /顶层应为 JSON 对象/],
    [{ rule: {} }, /未知的键 "rule"/],
    [{ ignore: 'old' }, /"ignore" 应为字符串数组/],
    [{ ignore: [''] }, /"ignore" 的第 1 项/],
    [{ suppressions: {} }, /"suppressions" 应为数组/],
    [{ suppressions: [{ rule: 'no-such-rule', text: 'x' }] }, /规则 "no-such-rule" 未知/],
    [{ suppressions: [{ rule: 'heading-level', text: '  ' }] }, /"text" 应为非空字符串/],
    [{ suppressions: [{ rule: 'heading-level', text: 'x', line: 3 }] }, /未知的键 "line"/],
    [{ suppressions: [{ rule: 'heading-level', text: 'x', file: 3 }] }, /"file" 应为相对路径/],
    [{ files: [] }, /"files" 应为对象/],
    [{ files: { 'a/*': { ignore: [] } } }, /未知的键 "ignore"/],
    [{ files: { 'a/*': { rules: { 'heading-level': 'loud' } } } }, /"a\/\*".*"loud" 无效/],
    [{ indicators: { 地区生产总值: [1] } }, /"indicators"/],
  ];
  for (const [raw, message] of bad) {
    it(`names the mistake and keeps the rest: ${JSON.stringify(raw)}`, () => {
      const { problems } = readConfigFile(raw);
      assert.ok(problems.some((p) => message.test(p.message)), JSON.stringify(problems));
    });
  }

  it('keeps the valid entries next to a malformed one', () => {
    const { file, problems } = readConfigFile({ rules: { 'heading-level': 'off', nope: 'off' }, suppressions: [{ rule: 'x', text: 'y' }, { rule: 'heading-level', text: 'z' }] });
    assert.equal(problems.length, 2);
    assert.deepEqual(file.config.rules, { 'heading-level': 'off' });
    assert.deepEqual(file.suppressions, [{ rule: 'heading-level', text: 'z' }]);
  });
});

describe('configuration file: configForPath and globs', () => {
  const { file } = readConfigFile({
    rules: { 'heading-level': 'off', 'count-mismatch': 'warning' },
    ignore: ['旧稿/', '**/*.bak.txt', '/草稿.md'],
    files: { '附件/*.txt': { rules: { 'count-mismatch': 'off' }, numberingStyle: 'roc' }, '附件/二.txt': { rules: { 'count-mismatch': 'hint' } } },
    suppressions: [
      { rule: 'heading-sequence', text: '全部' },
      { rule: 'heading-sequence', text: '一个', file: '报告/一.txt' },
      { rule: 'heading-sequence', text: '一类', file: '报告/*.md' },
    ],
  });

  it('ignore: a folder with or without its slash, a name at any depth, an anchored path', () => {
    const ignored = (path: string) => configForPath(file, path).ignored;
    assert.ok(ignored('旧稿/a.txt') && ignored('旧稿/深/b.md') && ignored('x/旧稿/c.txt'));
    assert.ok(ignored('a.bak.txt') && ignored('x/y/a.bak.txt'));
    assert.ok(ignored('草稿.md') && !ignored('x/草稿.md'));
    assert.ok(!ignored('新稿/a.txt') && !ignored('旧稿a.txt'));
  });

  it('files: each matching entry in order on top of the file’s own values', () => {
    assert.deepEqual(configForPath(file, '附件/一.txt').config.rules, { 'heading-level': 'off', 'count-mismatch': 'off' });
    assert.equal(configForPath(file, '附件/一.txt').config.numberingStyle, 'roc');
    assert.deepEqual(configForPath(file, '附件/二.txt').config.rules, { 'heading-level': 'off', 'count-mismatch': 'hint' });
    assert.deepEqual(configForPath(file, '报告/一.txt').config.rules, { 'heading-level': 'off', 'count-mismatch': 'warning' });
    assert.equal(configForPath(file, '附件/深/一.txt').config.numberingStyle, undefined, '* stays within a folder');
  });

  it('suppressions: those without a file everywhere, the others for their file (a path or a glob)', () => {
    const texts = (path: string) => (configForPath(file, path).config.suppressions ?? []).map((s) => s.text);
    assert.deepEqual(texts('报告/一.txt'), ['全部', '一个']);
    assert.deepEqual(texts('报告/二.md'), ['全部', '一类']);
    assert.deepEqual(texts('其他.txt'), ['全部']);
  });

  it('globs: * ? ** {a,b} [ab], Windows separators, and a file name with glob characters written as is', () => {
    assert.ok(matchGlob('*.md', 'a/b/c.md') && !matchGlob('*.md', 'c.txt'));
    assert.ok(matchGlob('报告?.txt', '报告1.txt') && !matchGlob('报告?.txt', '报告10.txt'));
    assert.ok(matchGlob('a/**/c.txt', 'a/c.txt') && matchGlob('a/**/c.txt', 'a/b/b/c.txt') && !matchGlob('a/**/c.txt', 'b/a/c.txt'));
    assert.ok(matchGlob('{旧,废}稿/', '废稿/x.txt') && matchGlob('[ab].txt', 'b.txt') && !matchGlob('[!ab].txt', 'b.txt'));
    assert.ok(matchGlob('./a/b.txt', 'a\\b.txt'));
    assert.ok(matchGlob('报告[2024]{终稿}.txt', '报告[2024]{终稿}.txt'));
    assert.ok(!matchGlob('[z-a].txt', 'a.txt'), 'a class the engine rejects matches literally only');
  });

  it('mergeConfig: rules and indicators by key, style replaced, suppressions added; configKey sees suppressions', () => {
    const base: LintConfig = { rules: { 'heading-level': 'off' }, indicators: { a: ['b'] }, numberingStyle: 'mainland' };
    const merged = mergeConfig(base, { rules: { 'count-mismatch': 'hint' }, indicators: { c: ['d'] }, numberingStyle: 'roc', suppressions: [{ rule: 'heading-level', text: 'x' }] });
    assert.deepEqual(merged, {
      rules: { 'heading-level': 'off', 'count-mismatch': 'hint' },
      indicators: { a: ['b'], c: ['d'] },
      numberingStyle: 'roc',
      suppressions: [{ rule: 'heading-level', text: 'x' }],
    });
    assert.deepEqual(base, { rules: { 'heading-level': 'off' }, indicators: { a: ['b'] }, numberingStyle: 'mainland' }, 'unchanged');
    assert.notEqual(configKey(merged), configKey({ ...merged, suppressions: [{ rule: 'heading-level', text: 'y' }] }));
  });
});

/** `text` with the finding `p` silenced the way the quick fix does it. */
function silence(text: string, p: Problem, config: LintConfig = {}): LintConfig {
  const suppression: Suppression = { rule: p.ruleId, text: suppressionText(text, p.offset, p.length) };
  return mergeConfig(config, { suppressions: [suppression] });
}

/** The findings of `after` that are in the same sentence as `p` (those the suppression may take with it). */
function sameSentence(text: string, p: Problem, q: Problem): boolean {
  const sentence = suppressionText(text, p.offset, p.length).replace(/\s+/g, '');
  const other = suppressionText(text, q.offset, q.length).replace(/\s+/g, '');
  return q.ruleId === p.ruleId && (other.includes(sentence) || sentence.includes(other));
}

describe('suppressions (rule + sentence)', () => {
  it('silence exactly that finding; the others of the same rule stay', () => {
    const all = lint(SLIP).problems;
    assert.deepEqual(all.map((p) => p.ruleId), ['heading-sequence', 'heading-sequence']);
    const config = silence(SLIP, all[0]!);
    assert.deepEqual(config.suppressions, [{ rule: 'heading-sequence', text: '（三）改革开放持续深化。' }]);
    assert.deepEqual(lint(SLIP, { config }).problems.map(where), [where(all[1]!)]);
  });

  it('survive an edit elsewhere: a paragraph added above, the slip moved, the lines re-wrapped and re-indented, CRLF', () => {
    const config = silence(SLIP, lint(SLIP).problems[0]!);
    const edits = [
      (t: string) => `前言段落。\n\n${t}`,
      (t: string) => t.replace('（五）民生持续改善。', '（五）民生持续改善，社会大局稳定。'),
      (t: string) => t.replace('（三）改革开放持续深化。', '　　（三）改革开放\n持续 深化。'),
      (t: string) => t.replace(/\n/g, '\r\n'),
    ];
    for (const edit of edits) {
      const text = edit(SLIP);
      const found = lint(text, { config }).problems;
      assert.equal(found.length, 1, `${JSON.stringify(text)}: ${found.map(where)}`);
      assert.ok(text.slice(found[0]!.offset).startsWith('（五）'), JSON.stringify(text));
    }
  });

  it('do not survive a change to the sentence itself, and silence only their rule', () => {
    const config = silence(SLIP, lint(SLIP).problems[0]!);
    assert.equal(lint(SLIP.replace('持续深化', '全面深化'), { config }).problems.length, 2);
    const other = mergeConfig({}, { suppressions: [{ rule: 'heading-level', text: '（三）改革开放持续深化。' }] });
    assert.equal(lint(SLIP, { config: other }).problems.length, 2);
  });

  it('over the findings of every rule example, rule fixture and corpus report: one silenced, nothing outside its sentence lost', () => {
    const drafts: { name: string; text: string }[] = RULE_METAS.flatMap((m) => m.examples.incorrect.map((text, i) => ({ name: `${m.id} example ${i}`, text })));
    for (const name of readdirSync(corpusDir()).filter((n) => n.endsWith('.txt')).sort()) {
      drafts.push({ name, text: readFileSync(join(corpusDir(), name), 'utf8') });
    }
    for (const rule of readdirSync(fixturesDir('rules')).sort()) {
      for (const name of readdirSync(fixturesDir('rules', rule)).filter((n) => !n.startsWith('clean-') && !n.endsWith('.fixed.txt')).sort()) {
        drafts.push({ name: `${rule}/${name}`, text: readFileSync(fixturesDir('rules', rule, name), 'utf8') });
      }
    }
    let checked = 0;
    for (const { name, text } of drafts) {
      const all = lint(text).problems;
      for (const p of all.slice(0, 4)) {
        const config = silence(text, p);
        const kept = lint(text, { config }).problems;
        const gone = all.filter((q) => !kept.some((k) => where(k) === where(q) && k.messageId === q.messageId));
        assert.ok(gone.some((q) => where(q) === where(p)), `${name}: ${where(p)} ${p.message} not silenced by ${JSON.stringify(config.suppressions)}`);
        const wrongly = gone.filter((q) => !sameSentence(text, p, q));
        assert.deepEqual(wrongly.map(where), [], `${name}: silencing ${where(p)} also silenced findings outside its sentence`);
        // And after a paragraph is added at the top it is still silenced (the offsets moved).
        const moved = lint(`新增的一段文字。\n${text}`, { config }).problems;
        assert.ok(!moved.some((q) => q.ruleId === p.ruleId && q.offset === p.offset + '新增的一段文字。\n'.length && q.messageId === p.messageId), `${name}: ${where(p)} back after an edit above it`);
        checked++;
      }
    }
    assert.ok(checked > 120, `only ${checked} findings checked`);
  });

  it('the recorded sentence: bounded by 。！？ and line breaks, narrowed to clauses when long, whitespace as one space', () => {
    const text = '一、总体要求\n今年是关键之年。我们要 稳中求进，\n坚持高质量发展！下一句。';
    const at = text.indexOf('稳中求进');
    assert.equal(suppressionText(text, at, 4), '我们要 稳中求进，');
    assert.equal(suppressionText(text, text.indexOf('总体'), 2), '一、总体要求');
    const long = `${'甲'.repeat(80)}，${'乙'.repeat(30)}；${'丙'.repeat(50)}，目标在此${'丁'.repeat(40)}。`;
    const sentence = suppressionText(long, long.indexOf('目标'), 2);
    assert.ok(sentence.length <= 120 && sentence.includes('目标在此'), sentence);
    assert.equal(suppressionText('“引语。”后文。', 1, 2), '“引语。”');
  });
});

describe('Markdown directives', () => {
  const MD = '# 一、过去一年工作回顾\n\n（一）经济运行稳中有进。\n\n（三）改革开放持续深化。\n\n（五）民生持续改善。\n';
  const found = (text: string, markdown = true) => lint(text, { markdown }).problems.map((p) => p.ruleId);

  it('disable-next-line silences the next line only, for the named rules or all', () => {
    assert.deepEqual(found(MD), ['heading-sequence', 'heading-sequence']);
    const next = MD.replace('（三）', '<!-- govreport-disable-next-line heading-sequence -->\n（三）');
    assert.deepEqual(found(next), ['heading-sequence']);
    assert.deepEqual(found(MD.replace('（三）', '<!-- govreport-disable-next-line -->\n（三）')), ['heading-sequence']);
    assert.deepEqual(found(MD.replace('（三）', '<!-- govreport-disable-next-line heading-level -->\n（三）')).length, 2, 'another rule');
    assert.deepEqual(found(MD.replace('（三）', '<!-- govreport-disable-next-line unknown-rule -->\n（三）')).length, 2, 'unknown ids are ignored');
  });

  it('disable … enable silences the lines between; disable without enable to the end', () => {
    const between = MD.replace('（三）', '<!-- govreport-disable heading-sequence -->\n（三）').replace('（五）', '<!-- govreport-enable heading-sequence -->\n（五）');
    assert.deepEqual(found(between), ['heading-sequence']);
    assert.deepEqual(found(MD.replace('（三）', '<!-- govreport-disable -->\n\n（三）')), []);
    const reenabled = MD.replace('（三）', '<!-- govreport-disable -->\n（三）').replace('（五）', '<!--govreport-enable heading-sequence-->\n（五）');
    assert.deepEqual(found(reenabled), ['heading-sequence']);
  });

  it('a directive line is not prose (the numbering around it reads on), and is only a directive in Markdown, outside code', () => {
    const comment = MD.replace('（五）', '<!-- 这里是批注 -->\n（四）');
    assert.deepEqual(found(comment), ['heading-sequence']);
    const fenced = MD.replace('（三）', '```\n<!-- govreport-disable-next-line -->\n```\n（三）');
    assert.equal(found(fenced).length, 2);
    assert.equal(found(MD.replace('（三）', '<!-- govreport-disable-next-line -->\n（三）').replace(/^# /, ''), false).filter((r) => r === 'heading-sequence').length, 2);
  });

  it('fix-all leaves silenced findings alone', () => {
    const text = MD.replace('（三）', '<!-- govreport-disable-next-line -->\n（三）');
    const fixed = fixAll(text, { markdown: true });
    assert.ok(fixed.includes('（三）改革开放'), fixed);
    const config = silence(SLIP, lint(SLIP).problems[0]!);
    assert.ok(fixAll(SLIP, { config }).includes('（三）改革开放'));
  });
});
