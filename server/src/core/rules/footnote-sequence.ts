/**
 * footnote-sequence — 注释标记按首次出现的顺序编号 1…N。
 *
 * 触发：按首次出现的顺序，注释编号不是 1、2、3…：跳号、倒序；同一个编号用在两个不同的词条上（重号）；同一词条
 * 再次标注（只应标注首次出现）；名词解释条目不按编号顺序排列；名词解释条目重复（编号与前面的条目相同，或整组条目
 * 出现了两次，如名词解释部分被粘贴了两遍：整组只报告一次）。
 * 不修复：单处改号会牵动后面的标记和名词解释条目；灯泡中提供“重新编号注释”命令，一次改好全部标记和条目，并可预览。
 * 不检查：没有名词解释部分、从中间编号开始的节选（从 (15) 开始），由 footnote-missing 报告；数字化时标注缺字的“＠①”
 * 在缺字每次出现处都标注，不算重复标注。
 */
import { defineRule } from '../rule';
import { sameTerms, type FootnoteItem, type FootnoteMarker } from '../facts/footnotes';
import { checkSequence } from '../sequence';
import { formatFootnote, quotedTerm } from './footnotes';

export default defineRule({
  meta: {
    id: 'footnote-sequence',
    category: 'footnote',
    description: '注释标记全文统一编号，按首次出现的顺序为 1、2、3…，不跳号、不重号、不倒序，同一词条只在首次出现时标注。',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      gap: '注释编号不连续：按出现顺序此处应为“{expected}”，实际为“{actual}”。',
      reversal: '注释编号倒序：“{actual}”出现在“{previous}”之后，按出现顺序应为“{expected}”。',
      start: '注释编号应从 1 开始，实际首个为“{actual}”。',
      duplicate: '注释编号“{actual}”重复：已用于{firstTerm}，此处又用于{term}。',
      remarked: '{term}已在前文标注为“{actual}”，同一词条只在首次出现时标注。',
      itemOrder: '名词解释条目“{actual}”排在“{previous}”之后，条目应按编号顺序排列。',
      itemDuplicate: '名词解释条目“{actual}”的编号与前面的条目重复。',
      itemsRepeated: '名词解释条目“{actual}”至“{last}”重复出现：这{count}个条目与前面的条目相同（名词解释部分可能粘贴了两次）。',
      earlierItem: '先前的条目“{marker}”',
      previousItem: '前一个条目“{marker}”',
      first: '首次使用“{marker}”之处',
      previous: '前一个注释“{marker}”',
    },
    fixes: {},
    examples: {
      incorrect: ['持续实施“两新”［1］政策，有效运用“两重”［3］。\n名词解释\n［1］两新：……\n［3］两重：……'],
      correct: ['持续实施“两新”［1］政策，有效运用“两重”［2］“两新”。\n名词解释\n［1］两新：……\n［2］两重：……'],
    },
  },
  check(context) {
    const { report } = context;
    const first = new Map<number, FootnoteMarker>();
    const order: FootnoteMarker[] = [];
    for (const marker of report.markers) {
      const earlier = first.get(marker.number);
      // ＠① marks every place the missing character stands (28: twice for one note).
      if (earlier && marker.form === 'glyph' && earlier.form === 'glyph') continue;
      if (!earlier) {
        first.set(marker.number, marker);
        order.push(marker);
        continue;
      }
      const term = report.source.textOf(marker.term);
      const sameTerm = sameTerms(report.source.textOf(earlier.term), term);
      if (!context.problem({
        messageId: sameTerm ? 'remarked' : 'duplicate',
        data: { actual: report.source.textOf(marker.span), term: quotedTerm(term), firstTerm: quotedTerm(report.source.textOf(earlier.term)) },
        offset: marker.span.offset,
        length: marker.span.length,
        related: [{ ...earlier.span, messageId: 'first', data: { marker: report.source.textOf(earlier.span) } }],
      })) return;
    }
    const findings = checkSequence(order.map((m) => m.number), report.notes !== undefined);
    for (const finding of findings) {
      const marker = order[finding.index]!;
      const previous = order[finding.index - 1];
      if (!context.problem({
        messageId: finding.slip === 'duplicate' ? 'gap' : finding.slip,
        data: {
          expected: formatFootnote(marker.form, finding.expected),
          actual: report.source.textOf(marker.span),
          previous: previous ? report.source.textOf(previous.span) : '',
        },
        offset: marker.span.offset,
        length: marker.span.length,
        related: previous ? [{ ...previous.span, messageId: 'previous', data: { marker: report.source.textOf(previous.span) } }] : [],
      })) return;
    }
    const items = report.notes?.items ?? [];
    const seen = new Map<number, FootnoteItem>();
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const earlier = seen.get(item.number);
      if (earlier) {
        // A run of items that repeats earlier ones, each after the last (the section pasted twice): one finding.
        let end = i;
        while (end + 1 < items.length && seen.has(items[end + 1]!.number) && items[end + 1]!.number > items[end]!.number) end++;
        const many = end > i;
        if (!context.problem({
          messageId: many ? 'itemsRepeated' : 'itemDuplicate',
          data: { actual: report.source.textOf(item.label), last: report.source.textOf(items[end]!.label), count: end - i + 1 },
          offset: item.label.offset,
          length: item.label.length,
          related: [{ ...earlier.label, messageId: 'earlierItem', data: { marker: report.source.textOf(earlier.label) } }],
        })) return;
        i = end;
        continue;
      }
      seen.set(item.number, item);
      const previous = items[i - 1];
      if (!previous || item.number > previous.number) continue;
      if (!context.problem({
        messageId: 'itemOrder',
        data: { actual: report.source.textOf(item.label), previous: report.source.textOf(previous.label) },
        offset: item.label.offset,
        length: item.label.length,
        related: [{ ...previous.label, messageId: 'previousItem', data: { marker: report.source.textOf(previous.label) } }],
      })) return;
    }
  },
});
