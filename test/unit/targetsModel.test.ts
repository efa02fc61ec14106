/**
 * The 预期目标 view's model (client/src/targetsModel.ts, no vscode): a `govreport/targets` result → the tree's
 * labelled nodes. The view itself only maps these to TreeItems.
 */
import * as assert from 'node:assert/strict';
import { hasTargets, toTreeNodes, type TargetNode } from '../../client/src/targetsModel';
import { clientLanguage, TEXTS } from '../../client/src/texts';
import { resolveLanguage } from '../../server/src/core/index';
import type { TargetsRange, TargetsResult } from '../../server/src/protocol';

const range = (line: number, from: number, to: number): TargetsRange => ({ start: { line, character: from }, end: { line, character: to } });

const RESULT: TargetsResult = {
  version: 3,
  targets: [
    {
      indicator: '地区生产总值',
      text: '地区生产总值增长6%左右',
      range: range(5, 10, 22),
      value: { direction: 'up', low: 6, high: 6, unit: '%', qualifier: '左右' },
      mentions: [
        { text: '地区生产总值增长6%左右', valueText: '增长6%左右', range: range(6, 10, 24), agrees: true },
        { text: '全年GDP增长7%左右', valueText: '增长7%左右', range: range(11, 0, 12), agrees: false },
      ],
    },
    {
      indicator: '城镇新增就业',
      text: '城镇新增就业1万人以上',
      range: range(5, 23, 34),
      value: { direction: 'level', low: 1, high: 1, unit: '万人', qualifier: '以上' },
      mentions: [{ text: '城镇新增就业10000人以上', valueText: '10000人以上', range: range(8, 2, 17), agrees: true }],
    },
    {
      indicator: '居民消费价格涨幅',
      text: '居民消费价格涨幅3%左右',
      range: range(5, 35, 47),
      value: { direction: 'up', low: 3, high: 3, unit: '%', qualifier: '左右' },
      mentions: [],
    },
  ],
};

/** What the tree shows, without ids and ranges. */
function shown(nodes: TargetNode[]): unknown[] {
  return nodes.map((n) => [n.kind, n.label, n.description, n.icon, shown(n.children)]);
}

describe('targets view model', () => {
  it('lists each target with its line and how its statements compare; the statements as children, 一致 / 不一致', () => {
    assert.deepEqual(shown(toTreeNodes(RESULT)), [
      ['target', '地区生产总值增长6%左右', '1处不一致，共2处', 'error', [
        ['mention', '增长6%左右', '一致 · 第7行', 'pass', []],
        ['mention', '增长7%左右', '不一致 · 第12行', 'error', []],
      ]],
      ['target', '城镇新增就业1万人以上', '1处一致', 'target', [
        ['mention', '10000人以上', '一致 · 第9行', 'pass', []],
      ]],
      ['target', '居民消费价格涨幅3%左右', '后文未写到', 'target', []],
    ]);
  });

  it('in English when the findings are English (govreport.language, or auto in an English VS Code)', () => {
    assert.deepEqual(shown(toTreeNodes(RESULT, TEXTS.en.targets)), [
      ['target', '地区生产总值增长6%左右', '1 of 2 differ', 'error', [
        ['mention', '增长6%左右', 'agrees · line 7', 'pass', []],
        ['mention', '增长7%左右', 'differs · line 12', 'error', []],
      ]],
      ['target', '城镇新增就业1万人以上', '1 agrees', 'target', [
        ['mention', '10000人以上', 'agrees · line 9', 'pass', []],
      ]],
      ['target', '居民消费价格涨幅3%左右', 'not restated', 'target', []],
    ]);
    assert.equal(toTreeNodes(RESULT, TEXTS.en.targets)[0]!.children[1]!.tooltip, 'Differs: here “全年GDP增长7%左右”, the target is “地区生产总值增长6%左右” (line 12)');
  });

  it('the client picks its language as the server picks the findings’ (the same rule, written twice)', () => {
    for (const setting of ['auto', 'en', 'zh-cn', 'zh', undefined, 'EN-us']) {
      for (const locale of ['en', 'zh-cn', 'zh-tw', 'de', undefined]) assert.equal(clientLanguage(setting, locale), resolveLanguage(setting, locale), `${setting} ${locale}`);
    }
    for (const [language, texts] of Object.entries(TEXTS)) assert.deepEqual(Object.keys(texts.targets).sort(), Object.keys(TEXTS.zh.targets).sort(), language);
  });

  it('summarises a target whose statements all agree or all contradict it', () => {
    const gdp = RESULT.targets[0]!;
    const summary = (agrees: boolean[]) =>
      toTreeNodes({ targets: [{ ...gdp, mentions: agrees.map((a, i) => ({ ...gdp.mentions[0]!, range: range(7 + i, 0, 12), agrees: a })) }] })[0]!.description;
    assert.equal(summary([true, true, true]), '3处均一致');
    assert.equal(summary([false, false]), '2处均不一致');
    assert.equal(summary([false]), '1处不一致');
    assert.equal(summary([false, true, false]), '2处不一致，共3处');
  });

  it('keeps each item’s range for the click, and says in the tooltip what differs', () => {
    const [gdp] = toTreeNodes(RESULT);
    assert.deepEqual(gdp!.range, range(5, 10, 22));
    assert.deepEqual(gdp!.children.map((c) => c.range), [range(6, 10, 24), range(11, 0, 12)]);
    assert.equal(gdp!.children[1]!.tooltip, '不一致：此处为“全年GDP增长7%左右”，目标为“地区生产总值增长6%左右”（第12行）');
    assert.equal(gdp!.children[0]!.tooltip, '一致：与主要预期目标“地区生产总值增长6%左右”相同（第7行）');
    assert.equal(gdp!.tooltip, '主要预期目标：地区生产总值增长6%左右（第6行）\n后文：1处不一致，共2处');
  });

  it('gives every node an id unique in the tree and the same on the next refresh', () => {
    const ids = (nodes: TargetNode[]): string[] => nodes.flatMap((n) => [n.id, ...ids(n.children)]);
    const first = ids(toTreeNodes(RESULT));
    assert.equal(new Set(first).size, 6);
    assert.deepEqual(ids(toTreeNodes(structuredClone(RESULT))), first);
  });

  it('labels a statement from an older server (no valueText) with its whole text', () => {
    const [gdp] = toTreeNodes({ targets: [{ ...RESULT.targets[0]!, mentions: [{ text: '地区生产总值增长7%左右', range: range(11, 0, 12), agrees: false } as never] }] });
    assert.equal(gdp!.children[0]!.label, '地区生产总值增长7%左右');
  });

  it('is empty for no targets, no answer or a malformed one', () => {
    assert.deepEqual(toTreeNodes({ targets: [] }), []);
    assert.deepEqual(toTreeNodes(undefined), []);
    assert.deepEqual(toTreeNodes(null), []);
    assert.deepEqual(toTreeNodes({} as TargetsResult), []);
    const noMentions = toTreeNodes({ targets: [{ ...RESULT.targets[0]!, mentions: undefined as never }] });
    assert.deepEqual(noMentions[0]!.children, []);
    assert.equal(hasTargets(RESULT), true);
    assert.equal(hasTargets({ targets: [] }), false);
    assert.equal(hasTargets(undefined), false);
  });
});
