/**
 * target-mismatch — 后文所述指标与主要预期目标一致。
 *
 * 触发：主要预期目标段落之后，工作安排部分（含附件）再次写到目标中的同一指标，而方向（增长/下降/控制在）、数值或
 * 区间、单位、限定词（左右/以上/以内/以下）与目标不同，如目标“地区生产总值增长8%左右”，后文“全年地区生产总值增长7%左右”。
 * 同类单位可换算（1万人即10000人）；百分比、千分比与“个百分点”不互换。
 * 工作安排部分按标题的用词认定（2026年工作安排、对今年政府工作的建议、主要目标任务…）；标题不含这类用词的（“一鼓作气
 * 勇争先，全力推动‘十五五’开好局”），以写有主要预期目标的那一部分为工作安排部分。
 * 不修复：改哪一处由起草人决定。灯泡中提供两个建议：此处改用目标的写法；或把目标改成此处的写法。
 * 不检查：工作回顾部分（上年实绩）；讲多年目标或过去情况的句子（“十五五”时期、到2027年、年均、去年、预计、一年来）；
 * 标题讲多年的部分或标题之下（“十五”期间……主要情况、“十五五”时期主要目标任务、关于《……第十一个五年规划纲要》的说明），
 * 写有主要预期目标的部分除外；
 * “其中”引出的分项；名称相近的不同指标（城镇居民人均可支配收入不是居民人均可支配收入；海洋生产总值、人均GDP、
 * 工业固定资产投资、农村劳动力新增就业不是目标中简写的生产总值、GDP、固定资产投资、新增就业）；与目标一致的复述；
 * 另一类说法（目标是增速，此处是总量“10亿元”）。
 */
import { defineRule } from '../rule';
import { targetLinks, valueAsWritten } from '../features/targets';

export default defineRule({
  meta: {
    id: 'target-mismatch',
    category: 'figure',
    description: '工作安排部分再次写到主要预期目标中的指标时，方向、数值、单位和“左右/以上/以内”等限定应与目标一致。',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      mismatch: '“{indicator}”与主要预期目标不一致：此处为“{actual}”，目标为“{target}”。',
      target: '主要预期目标：“{indicator}{target}”',
    },
    fixes: {
      useTarget: '改为目标的“{target}”',
      changeTarget: '把主要预期目标改为“{actual}”',
    },
    examples: {
      incorrect: ['二、今年工作安排\n今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业1万人以上。\n（一）扩大内需。确保全年地区生产总值增长7%左右。'],
      correct: ['一、过去一年工作回顾\n地区生产总值增长5.2%。\n二、今年工作安排\n今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业1万人以上。\n（一）扩大内需。确保全年地区生产总值增长6%左右，城镇居民人均可支配收入增长7%，到2027年地区生产总值年均增长6.5%。'],
    },
  },
  check(context) {
    const { report } = context;
    // Every statement linked to its target and compared with it (features/targets.ts), as the 预期目标 view shows them.
    for (const { figure: mention, target, compared, agrees } of targetLinks(report).statements) {
      if (!compared || agrees) continue;
      const actual = report.source.textOf(mention.valueSpan);
      // As written in the draft (traditional script stays traditional); a distributive target lends its verb.
      const wanted = valueAsWritten(report, target);
      if (!context.problem({
        messageId: 'mismatch',
        data: { indicator: mention.indicator, actual, target: wanted },
        offset: mention.valueSpan.offset,
        length: mention.valueSpan.length,
        suggestions: [
          { titleId: 'useTarget', titleData: { target: wanted }, edits: [{ offset: mention.valueSpan.offset, length: mention.valueSpan.length, text: wanted }] },
          // A distributive target (分别增长4.5%、5.5%) shares its verb: there only the number part is replaced.
          {
            titleId: 'changeTarget',
            titleData: { actual },
            edits: [{ offset: target.valueSpan.offset, length: target.valueSpan.length, text: target.distributive ? actual.replace(/^\D+/, '') : actual }],
          },
        ],
        related: [{ ...target.valueSpan, messageId: 'target', data: { indicator: target.distributive ? target.indicator : report.source.textOf(target.name), target: wanted } }],
      })) return;
    }
  },
});
