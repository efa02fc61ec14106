/** Configuration shared by the server and the CLI: extra indicator names for target-mismatch. */
import * as assert from 'node:assert/strict';
import { lint, readIndicators } from '../../server/src/core/index';
import { parseSettings, defaultSettings, lintConfig } from '../../server/src/settings';
import { parseConfig } from '../../cli/src/config';

const DRAFT = '二、今年工作安排\n主要预期目标是：县域经济总量增长6%左右。\n（一）扩大内需。全年县域经济总量增长7%左右。\n';

describe('indicators from settings', () => {
  it('reads valid entries and names the malformed ones', () => {
    assert.deepEqual(readIndicators({ 县域经济总量: ['县域总量'], 坏: 'x', '': ['y'] }), {
      indicators: { 县域经济总量: ['县域总量'] },
      problems: ['指标 "坏" 的同义写法应为非空字符串数组', '指标名 "" 无效'],
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
