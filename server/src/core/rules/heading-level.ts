/**
 * heading-level — 标题层次不跳级、不颠倒（GB/T 15834—2011 B.3.8）。
 *
 * 触发：上级标题下跳过一级（文稿其他地方用了“（一）”，此处却在“一、”下直接用“1.”）；同一上级标题下
 * 已用过较低层级的序号后又用较高层级（同一个“一、”下先“1.”后“（一）”）。
 * 不修复：应改成哪一级，由起草人决定。
 * 不检查：全文都不用某一级时的省略（只用“一、”和“1.”两级）；节选的第一个标题；编号层级之间的无编号主题句。
 * 附件自成一篇：附件里用了哪几级、是否跳级，只看附件本身，不与正文的层级互相比较。
 */
import { defineRule } from '../rule';
import type { Heading, OrdinalStyle } from '../facts/headings';
import { markerText } from './ordinals';

const LEVEL_EXAMPLE: Record<OrdinalStyle, string> = {
  capital: '壹、',
  chinese: '一、',
  'chinese-paren': '（一）',
  arabic: '1.',
  'arabic-paren': '（1）',
  circled: '①',
};
const STYLE_OF_RANK: OrdinalStyle[] = ['capital', 'chinese', 'chinese-paren', 'arabic', 'arabic-paren', 'circled'];

export default defineRule({
  meta: {
    id: 'heading-level',
    category: 'numbering',
    description: '标题层次按“一、”“（一）”“1.”“（1）”逐级使用，不跳级；用过低层级序号后，同一上级下不再使用更高层级的序号。',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      skipped: '标题层次跳级：“{parent}”下应先用“{missing}”一级，实际直接用了“{actual}”。',
      inverted: '标题层次颠倒：“{actual}”比已出现的同级下属标题“{lower}”层级更高，不宜在其后使用。',
      parent: '上级标题“{marker}”',
      lower: '较低层级的标题“{marker}”',
    },
    fixes: {},
    examples: {
      incorrect: ['一、过去一年工作回顾\n（一）经济运行稳中有进。\n二、今年工作安排\n1.扩大有效需求。'],
      correct: ['一、过去一年工作回顾\n1.经济运行稳中有进。\n二、今年工作安排\n1.扩大有效需求。'],
    },
  },
  check(context) {
    const { report } = context;
    // Each appendix is a document of its own: the ranks its ladder uses are its own (附件 with 一、 and 1. under a
    // report that uses （一）).
    const usedRanks = new Map<number, Set<number>>();
    for (const h of report.headings) {
      let ranks = usedRanks.get(h.document);
      if (!ranks) usedRanks.set(h.document, (ranks = new Set()));
      ranks.add(h.rank);
    }
    /** Lowest-level (largest rank) direct child seen so far, per parent key. */
    const deepestChild = new Map<string, Heading>();
    for (const heading of report.headings) {
      const parent = heading.parent >= 0 ? report.headings[heading.parent]! : undefined;
      if (parent && heading.rank > parent.rank + 1) {
        for (let rank = parent.rank + 1; rank < heading.rank; rank++) {
          if (!usedRanks.get(heading.document)!.has(rank)) continue;
          if (!context.problem({
            messageId: 'skipped',
            data: { parent: markerText(report, parent), missing: LEVEL_EXAMPLE[STYLE_OF_RANK[rank]!], actual: markerText(report, heading) },
            offset: heading.marker.offset,
            length: heading.marker.length,
            related: [{ ...parent.marker, messageId: 'parent', data: { marker: markerText(report, parent) } }],
          })) return;
          break;
        }
      }
      const key = heading.parent >= 0 ? `h${heading.parent}` : `s${heading.scope}`;
      const deepest = deepestChild.get(key);
      if (deepest && deepest.rank > heading.rank && (parent !== undefined || heading.scope >= 0)) {
        if (!context.problem({
          messageId: 'inverted',
          data: { actual: markerText(report, heading), lower: markerText(report, deepest) },
          offset: heading.marker.offset,
          length: heading.marker.length,
          related: [{ ...deepest.marker, messageId: 'lower', data: { marker: markerText(report, deepest) } }],
        })) return;
      }
      if (!deepest || heading.rank > deepest.rank) deepestChild.set(key, heading);
    }
  },
});
