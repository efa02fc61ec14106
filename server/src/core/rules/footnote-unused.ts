/**
 * footnote-unused — 名词解释条目要有正文标记。
 *
 * 触发：名词解释/注释部分的条目，其编号在正文中没有任何注释标记使用。正文中一个标记都没有时（常见于网页转载丢失了
 * 上标），不逐条报告，只在名词解释标题处报告一次。
 * 不修复：是删去条目还是补上标记，由起草人决定。
 * 不检查：附件中的编号列表（如民生实事清单）。
 */
import { defineRule } from '../rule';
import { firstMarkers, quotedTerm } from './footnotes';

export default defineRule({
  meta: {
    id: 'footnote-unused',
    category: 'footnote',
    description: '名词解释（注释）部分的每个条目都应被正文中编号相同的注释标记引用。',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      unused: '名词解释条目“{label}”{term}在正文中没有对应的注释标记。',
      noMarkers: '名词解释有{count}个条目，正文中却没有任何注释标记（可能在复制时丢失了上标）。',
    },
    fixes: {},
    examples: {
      incorrect: ['持续实施“两新”［1］政策。\n名词解释\n［1］两新：……\n［2］两重：……'],
      correct: ['持续实施“两新”［1］政策，有效运用“两重”［2］。\n名词解释\n［1］两新：……\n［2］两重：……'],
    },
  },
  check(context) {
    const { report } = context;
    const notes = report.notes;
    if (!notes) return;
    const markers = firstMarkers(report);
    if (markers.size === 0) {
      if (notes.items.length > 0) {
        context.problem({ messageId: 'noMarkers', data: { count: notes.items.length }, offset: notes.title.offset, length: notes.title.length });
      }
      return;
    }
    for (const item of notes.items) {
      if (markers.has(item.number)) continue;
      const data = { label: report.source.textOf(item.label), term: quotedTerm(report.source.textOf(item.term)) };
      if (!context.problem({ messageId: 'unused', data, offset: item.label.offset, length: item.label.length })) return;
    }
  },
});
