/**
 * heading-sequence — 同级标题序号连续。
 *
 * 触发：同一上级标题（或同一部分、同一附件）下的同级标题没有按 1、2、3… 编号：跳号（一、二、四、）、重号
 * （（二）（二））、倒序，或上级标题下第一个子标题不从 1 开始。
 * 复制造成的断行照常识别：左括号单独一行（“（”/“三）……”）、序号单独一行、标题被链接拆成几行；行首的“&nbsp;”、乱码“??”
 * 视同缩进。
 * 修复：只有这一处错时改这一处；后面的标题随之顺延时，从此处起依次重新编号（两种修复都提供）。
 * 不检查：没有上级标题、从中间开始的节选（从“（四）”开始的文稿）；在新的上级标题、无编号的部分标题（如
 * “2023年工作目标任务”）、附件之后重新编号；冒号或引导句（“主要做了以下工作。”）引出的第二个列表；名词解释部分的条目；
 * 表格标题“表N、”之后的表格行。
 */
import { defineRule } from '../rule';
import type { Heading } from '../facts/headings';
import { checkSequence } from '../sequence';
import { MAX_SLIPS_WITH_RUN_FIX, markerText, markerWith, SEQUENCE_FIXES, sequenceFixes } from './ordinals';

export default defineRule({
  meta: {
    id: 'heading-sequence',
    category: 'numbering',
    description: '同一上级标题下的同级标题应按 1、2、3… 连续编号，不跳号、不重号、不倒序，并在新的上级标题下从头编号。',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      gap: '标题序号不连续：应为“{expected}”，实际为“{actual}”。',
      duplicate: '标题序号重复：“{actual}”与上一个同级标题相同，应为“{expected}”。',
      reversal: '标题序号倒序：“{actual}”出现在“{previous}”之后，应为“{expected}”。',
      start: '标题序号应从“{expected}”开始，实际为“{actual}”。',
      previousSibling: '上一个同级标题“{marker}”',
      parent: '上级标题“{marker}”',
    },
    fixes: SEQUENCE_FIXES,
    examples: {
      incorrect: ['一、过去一年工作回顾\n（一）经济运行稳中有进。\n（三）改革开放持续深化。'],
      correct: ['一、过去一年工作回顾\n（一）经济运行稳中有进。\n（二）改革开放持续深化。\n二、今年工作安排\n（一）扩大有效需求。'],
    },
  },
  check(context) {
    const { report } = context;
    for (const run of siblingRuns(report.headings)) {
      const first = run[0]!;
      const mustStartAtOne = first.parent >= 0 || first.scope >= 0;
      const findings = checkSequence(run.map((h) => h.ordinal), mustStartAtOne);
      const withRunFix = findings.length <= MAX_SLIPS_WITH_RUN_FIX;
      for (const finding of findings) {
        const heading = run[finding.index]!;
        const previous = finding.index > 0 ? run[finding.index - 1] : undefined;
        const { fix, suggestions } = sequenceFixes(report, run, finding.index, finding.expected, finding.single, withRunFix);
        const parent = first.parent >= 0 ? report.headings[first.parent] : undefined;
        const related = previous
          ? [{ ...previous.marker, messageId: 'previousSibling' as const, data: { marker: markerText(report, previous) } }]
          : parent
            ? [{ ...parent.marker, messageId: 'parent' as const, data: { marker: markerText(report, parent) } }]
            : [];
        if (!context.problem({
          messageId: finding.slip,
          data: {
            expected: markerWith(report, heading, finding.expected),
            actual: markerText(report, heading),
            previous: previous ? markerText(report, previous) : '',
          },
          offset: heading.marker.offset,
          length: heading.marker.length,
          fix,
          suggestions,
          related,
        })) return;
      }
    }
  },
});

/**
 * Headings grouped by (parent or part scope, rank), each group in document order. A heading numbered 1 right
 * after a sentence ending in a colon opens a new list under the same parent (“其開發時程如下：” 1、…).
 */
export function siblingRuns(headings: readonly Heading[]): Heading[][] {
  const open = new Map<string, Heading[]>();
  const runs: Heading[][] = [];
  for (const h of headings) {
    const key = `${h.parent >= 0 ? `h${h.parent}` : `s${h.scope}`}:${h.rank}`;
    let run = open.get(key);
    if (!run || (h.ordinal === 1 && h.introduced && run.length > 0)) {
      run = [];
      open.set(key, run);
      runs.push(run);
    }
    run.push(h);
  }
  return runs;
}
