/** Configuration shared by the server and the CLI: extra indicator names for target-mismatch. */
import * as assert from 'node:assert/strict';
import { lint, readIndicators, readLintConfig, type LintConfig } from '../../server/src/core/index';
import { parseSettings, defaultSettings, lintConfig } from '../../server/src/settings';
import { parseConfig } from '../../cli/src/config';

const DRAFT = '二、今年工作安排\n主要预期目标是：县域经济总量增长6%左右。\n（一）扩大内需。全年县域经济总量增长7%左右。\n';

describe('indicators from settings', () => {
  it('reads valid entries and names the malformed ones', () => {
    assert.deepEqual(readIndicators({ 县域经济总量: ['县域总量'], 坏: 3, '': ['y'] }), {
      indicators: { 县域经济总量: ['县域总量'] },
      problems: ['指标 "坏" 的同义写法应为字符串数组，或用顿号、逗号分隔的字符串', '指标名 "" 无效'],
    });
  });
  it('reads the synonyms as the Settings UI writes them: one string, separated by 、 or a comma', () => {
    assert.deepEqual(readIndicators({ 县域生产总值: '县域GDP、全县生产总值', 县域经济总量: ' 县域总量 , 全县总量；', 空: '' }).indicators, {
      县域生产总值: ['县域GDP', '全县生产总值'],
      县域经济总量: ['县域总量', '全县总量'],
      空: [],
    });
  });
  it('lets target-mismatch compare an indicator the vocabulary does not know', () => {
    assert.deepEqual(lint(DRAFT).problems.filter((p) => p.ruleId === 'target-mismatch'), []);
    const found = lint(DRAFT, { config: { indicators: { 县域经济总量: [] } } }).problems.filter((p) => p.ruleId === 'target-mismatch');
    assert.deepEqual(found.map((p) => p.message), ['“县域经济总量”与主要预期目标不一致：此处为“增长7%左右”，目标为“增长6%左右”。']);
  });
  it('reaches the engine from the server settings, skipping malformed entries', () => {
    const settings = parseSettings({ indicators: { 县域经济总量: [], 坏: 3 } }, defaultSettings());
    assert.deepEqual(lintConfig(settings).indicators, { 县域经济总量: [] });
  });
  it('is validated strictly by the CLI', () => {
    assert.deepEqual(parseConfig({ indicators: { 县域经济总量: ['县域总量'] } }, 'c.json').indicators, { 县域经济总量: ['县域总量'] });
    assert.throws(() => parseConfig({ indicators: { 县域经济总量: [1] } }, 'c.json'), /indicators/);
  });
});


describe('local anniversaries from settings (govreport.anniversaries)', () => {
  const TEXT = '2026年政府工作报告\n一、2025年工作回顾\n二、2026年工作安排\n今年是建市39周年。\n';
  it('reads valid entries and names the malformed ones', () => {
    const { config, problems } = readLintConfig({ anniversaries: { 建市: 1986, 建县: 'x', '': 1990, 建区2: 1990 } });
    assert.deepEqual(config.anniversaries, { 建市: 1986 });
    assert.equal(problems.length, 3);
    assert.ok(problems.every((p) => p.key === 'anniversaries'));
  });
  it('reaches year-mismatch from the server settings and the CLI alike, and only where set', () => {
    const found = (config: LintConfig) => lint(TEXT, { config }).problems.filter((p) => p.ruleId === 'year-mismatch').map((p) => p.message);
    assert.deepEqual(found({}), []);
    const settings = parseSettings({ anniversaries: { 建市: 1986 } }, defaultSettings());
    assert.deepEqual(found(lintConfig(settings)), ['2026年是建市40周年（1986年），此处写“39周年”。']);
    assert.deepEqual(found(parseConfig({ anniversaries: { 建市: 1986 } }, 'c.json')), ['2026年是建市40周年（1986年），此处写“39周年”。']);
    assert.throws(() => parseConfig({ anniversaries: { 建市: 'x' } }, 'c.json'), /anniversaries/);
  });
});

describe('one configuration contract for the server and the CLI (core readLintConfig)', () => {
  /** Each a configuration as a user writes it; `valid` when it has no mistake. */
  const cases: { raw: Record<string, unknown>; valid: boolean; config: LintConfig }[] = [
    { raw: {}, valid: true, config: {} },
    { raw: { rules: { 'heading-sequence': 'off', 'target-mismatch': 'error' } }, valid: true, config: { rules: { 'heading-sequence': 'off', 'target-mismatch': 'error' } } },
    { raw: { numberingStyle: 'roc' }, valid: true, config: { numberingStyle: 'roc' } },
    { raw: { indicators: { 县域经济总量: ['县域总量'] } }, valid: true, config: { indicators: { 县域经济总量: ['县域总量'] } } },
    { raw: { rules: { 'heading-sequnce': 'off', 'count-mismatch': 'hint' } }, valid: false, config: { rules: { 'count-mismatch': 'hint' } } },
    { raw: { rules: { 'heading-level': 'loud' } }, valid: false, config: { rules: {} } },
    { raw: { rules: ['heading-level'] }, valid: false, config: { rules: {} } },
    { raw: { numberingStyle: 'taiwan' }, valid: false, config: {} },
    { raw: { indicators: { 县域经济总量: [1], 税收: ['税收收入'] } }, valid: false, config: { indicators: { 税收: ['税收收入'] } } },
  ];
  for (const { raw, valid, config } of cases) {
    it(`${JSON.stringify(raw)}: the server keeps what is valid, the CLI ${valid ? 'takes it' : 'refuses it'}`, () => {
      const read = readLintConfig(raw);
      assert.deepEqual(read.config, config);
      assert.equal(read.problems.length === 0, valid, JSON.stringify(read.problems));
      const server = lintConfig(parseSettings(raw, defaultSettings()));
      assert.deepEqual(server.rules, config.rules ?? {});
      assert.equal(server.numberingStyle, config.numberingStyle ?? 'auto');
      assert.deepEqual(server.indicators, config.indicators ?? {});
      if (valid) assert.deepEqual(parseConfig(raw, 'c.json'), config);
      else assert.throws(() => parseConfig(raw, 'c.json'), (error: Error) => error.message.includes(read.problems[0]!.message));
    });
  }
  it('reads the flat keys some clients send (rules.<id>) in settings; the CLI file knows only nested rules', () => {
    assert.deepEqual(lintConfig(parseSettings({ 'rules.heading-level': 'off' }, defaultSettings())).rules, { 'heading-level': 'off' });
    assert.throws(() => parseConfig({ 'rules.heading-level': 'off' }, 'c.json'), /未知的键 "rules.heading-level"/);
  });
});
