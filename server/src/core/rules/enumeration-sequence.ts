/**
 * enumeration-sequence — 段内列举序号连续。
 *
 * 触发：段落中的列举（一是…二是…、一要…二要…、第一，第二，、（1）…（2）…、①…②…）跳号、重号或倒序，
 * 范围是一个段落，或同一标题下相邻的几个段落。网页复制留下的空格（“三 是”“第 二，”）照常识别；项与项之间没有标点时
 * （“(7)康明大街综合整治(8)城南公园建设”），紧接上一项编号的一项照常计入。
 * 修复：只有这一项错时改这一项；否则从此项起依次重新编号。
 * 不检查：不在分句开头的“列举词”（统一要求、之一是、第一产业、治理六乱(15)）；不从 1 开始的列举（可能是节选，
 * 或第一项在前面的段落）；“一是”总是开始新的一组。
 */
import { defineRule } from '../rule';
import { checkSequence } from '../sequence';
import { MAX_SLIPS_WITH_RUN_FIX, markerText, markerWith, sequenceFixes } from './ordinals';

export default defineRule({
  meta: {
    id: 'enumeration-sequence',
    category: 'numbering',
    description: '段落中的“一是……二是……”“一要……二要……”“第一，第二，”“（1）（2）”“①②”等列举应连续编号，不跳号、不重号、不倒序。',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      gap: '列举序号不连续：应为“{expected}”，实际为“{actual}”。',
      duplicate: '列举序号重复：“{actual}”与前一项相同，应为“{expected}”。',
      reversal: '列举序号倒序：“{actual}”出现在“{previous}”之后，应为“{expected}”。',
      start: '列举序号应从“{expected}”开始，实际为“{actual}”。',
      previousItem: '前一项“{marker}”',
    },
    examples: {
      incorrect: ['（一）扩大有效需求。一是扩大消费；二是扩大投资；四是稳定外需。'],
      correct: ['（一）扩大有效需求。一是扩大消费；二是扩大投资；三是稳定外需。统一要求，唯一是从。'],
    },
  },
  check(context) {
    const { report } = context;
    for (const run of report.enumerations) {
      if (run.items.length < 2) continue;
      const findings = checkSequence(run.items.map((item) => item.ordinal), false);
      const withRunFix = findings.length <= MAX_SLIPS_WITH_RUN_FIX;
      for (const finding of findings) {
        const item = run.items[finding.index]!;
        const previous = run.items[finding.index - 1]!;
        const { fix, suggestions } = sequenceFixes(report, run.items, finding.index, finding.expected, finding.single, withRunFix);
        if (!context.problem({
          messageId: finding.slip,
          data: {
            expected: markerWith(report, item, finding.expected),
            actual: markerText(report, item),
            previous: markerText(report, previous),
          },
          offset: item.marker.offset,
          length: item.marker.length,
          fix,
          suggestions,
          related: [{ ...previous.marker, messageId: 'previousItem', data: { marker: markerText(report, previous) } }],
        })) return;
      }
    }
  },
});
