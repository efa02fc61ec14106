/**
 * punctuation-width — 中文文本中用全角标点（GB/T 15834—2011 5.1.1–5.1.3：标点符号各占一个字的位置）。
 *
 * 触发：中文文本中的半角逗号、分号、冒号、问号、叹号“, ; : ? !”，半角括号“( )”（标题序号“(一)”也在内），直引号“"…"”
 * “'…'”。括号与引号成对报告一次。文稿中某一类标点多半写成半角时（从网页复制的稿子：逗号全是半角），这一类不逐处报告，
 * 而是全文报告一次，说明共有几处，修复一次全部改为全角；偶尔混入的半角标点逐处报告。
 * 修复：原位改为对应的全角标点，直引号按位置改为“”或‘’；不改动其他任何字符。
 * 不检查：数字中的标点（1,000、1:1、10:30）、前后都是西文的标点（Hello, world）、网址和电子邮箱、拼音注音“報(bào)”、
 * 复制时无法解码而留下的“??”和“。?”、网页复制留下的字符实体（“&nbsp;”“&quot;”）末尾的分号、Markdown 语法（行内代码、链接地址、HTML 标签、脚注定义）、代码块与表格；
 * 港澳台体例（壹、一、(一)）的半角括号。
 */
import { defineRule } from '../rule';
import type { HalfWidthMark, WidthFamily } from '../facts/widths';
import type { TextEdit } from '../types';

/**
 * A family written half-width this many times, and at least as often as full-width, is the draft's habit (a web
 * copy); written half-width HABIT_ALWAYS times it is a habit whatever else the draft does (one squiggle per mark
 * would bury the draft: 57 semicolons in a county report).
 */
export const HABIT_MIN = 10;
export const HABIT_ALWAYS = 20;
/** A pair shorter than this is quoted whole in the message: (一) → （一）. */
const QUOTED_PAIR_MAX = 12;

export default defineRule({
  meta: {
    id: 'punctuation-width',
    category: 'usage',
    description: '中文文本中的逗号、分号、冒号、问号、叹号、括号和引号用全角形式（GB/T 15834—2011 5.1）；整篇从网页复制而多为半角时只报告一次。',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      halfWidth: '中文文本中应使用全角标点“{expected}”，此处为半角“{actual}”（GB/T 15834—2011 5.1：标点符号各占一个字的位置）。',
      halfWidthPair: '中文文本中应使用全角的“{expected}”，此处为半角的“{actual}”（GB/T 15834—2011 5.1.3）。',
      partner: '与之配对的半角“{actual}”',
      document: '本文档中文文本中的标点多为半角，共{count}处（{detail}），应使用全角标点（GB/T 15834—2011 5.1：标点符号各占一个字的位置）。可一次全部改为全角。',
    },
    fixes: {
      fullWidth: '改为“{expected}”',
      all: '将{count}处半角标点全部改为全角',
    },
    examples: {
      incorrect: ['今年主要预期目标是:地区生产总值增长6%左右,城镇新增就业1万人以上。', '(一)扩大有效需求。实施"两重"项目。'],
      correct: ['今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业1万人以上。', '（一）扩大有效需求。比例为1:1，网址 https://www.gov.cn/?a=1,2。'],
    },
  },
  check(context) {
    const { report } = context;
    const { marks, fullWidth } = report.widths;
    // The Hong Kong, Macao and Taiwan ladder writes (一) and (1) half-width by its own usage (heading-punctuation).
    const read = report.numberingStyle === 'roc' ? marks.filter((m) => m.family !== 'brackets') : marks;
    if (read.length === 0) return;
    const perFamily = new Map<WidthFamily, HalfWidthMark[]>();
    for (const mark of read) {
      const list = perFamily.get(mark.family);
      if (list) list.push(mark);
      else perFamily.set(mark.family, [mark]);
    }
    const byOffset = new Map(read.map((m) => [m.offset, m]));
    let habits = [...perFamily].filter(([family, list]) => list.length >= HABIT_ALWAYS || (list.length >= HABIT_MIN && list.length >= fullWidth[family]));
    // A copy that writes one family half-width writes the others so too wherever they are not mostly full-width:
    // six half-width brackets in a web copy with a hundred half-width commas are part of its habit, not six slips.
    if (habits.length > 0) habits = [...perFamily].filter(([family, list]) => habits.some(([h]) => h === family) || list.length >= fullWidth[family]);
    const habitual = new Set(habits.map(([family]) => family));

    if (habits.length > 0) {
      const all = read.filter((m) => habitual.has(m.family));
      const detail = habits.map(([, list]) => `${[...new Set(list.map((m) => m.mark))].join(' ')} ×${list.length}`).join('；');
      const first = all[0]!;
      if (!context.problem({
        messageId: 'document',
        data: { count: all.length, detail },
        offset: first.offset,
        length: 1,
        fix: { titleId: 'all', titleData: { count: all.length }, edits: all.map(edit) },
      })) return;
    }

    for (const mark of read) {
      if (habitual.has(mark.family)) continue;
      if (mark.partner !== undefined && mark.partner < mark.offset) continue; // reported with its opener
      if (mark.partner === undefined) {
        if (!context.problem({
          messageId: 'halfWidth',
          data: { expected: mark.full, actual: mark.mark },
          offset: mark.offset,
          length: 1,
          fix: { titleId: 'fullWidth', titleData: { expected: mark.full }, edits: [edit(mark)] },
        })) return;
        continue;
      }
      const partner = byOffset.get(mark.partner)!;
      const span = partner.offset + 1 - mark.offset;
      const short = span <= QUOTED_PAIR_MAX;
      const inner = short ? report.text.slice(mark.offset + 1, partner.offset) : '…';
      const expected = mark.full + inner + partner.full;
      if (!context.problem({
        messageId: 'halfWidthPair',
        data: { expected, actual: mark.mark + inner + partner.mark },
        offset: mark.offset,
        length: short ? span : 1,
        fix: { titleId: 'fullWidth', titleData: { expected }, edits: [edit(mark), edit(partner)] },
        related: short ? undefined : [{ offset: partner.offset, length: 1, messageId: 'partner', data: { actual: partner.mark } }],
      })) return;
    }
  },
});

function edit(mark: HalfWidthMark): TextEdit {
  return { offset: mark.offset, length: 1, text: mark.full };
}
