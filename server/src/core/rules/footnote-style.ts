/**
 * footnote-style — 注释标记与条目编号的写法统一。
 *
 * 触发：正文中的标记写法不一（多数为“（n）”，个别为“(n)”）；正文标记与名词解释条目的方括号写法不同（正文“［n］”，
 * 条目“[n]”；正文“^[n]”，条目“[n]”）；条目编号的分隔符不一（“1.”与“3．”混用）。
 * 修复：改为占多数的写法；正文“^[n]”是网页上标的残留，改为条目的写法。可随“全部修复”一并应用。
 * 不检查：正文用圆括号“(n)”、条目用“n.”这类常见搭配。
 */
import { defineRule } from '../rule';
import type { FootnoteForm } from '../facts/footnotes';
import { dominantForm, formatFootnote } from './footnotes';

const SQUARE: readonly FootnoteForm[] = ['fullwidth-square', 'square', 'caret'];

export default defineRule({
  meta: {
    id: 'footnote-style',
    category: 'footnote',
    description: '全文注释标记用同一种写法，名词解释条目的编号写法一致，且与正文标记的方括号写法相同。',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      markers: '注释标记写法不统一：全文多用“{expected}”这种写法，此处为“{actual}”。',
      items: '名词解释条目编号写法不统一：多用“{expected}”这种写法，此处为“{actual}”。',
      bodyAndNotes: '正文注释标记与名词解释条目写法不一致：应为“{expected}”，此处为“{actual}”。',
    },
    examples: {
      incorrect: ['开展“清四乱”（1）行动，落实“六保”(2)任务。\n注释\n1.清四乱：……\n2.六保：……'],
      correct: ['开展“清四乱”（1）行动，落实“六保”（2）任务。\n注释\n1.清四乱：……\n2.六保：……'],
    },
  },
  check(context) {
    const { report } = context;
    const items = report.notes?.items ?? [];
    const bodyForm = dominantForm(report.markers.map((m) => m.form));
    const itemForm = dominantForm(items.map((i) => i.form));
    // Body against notes, square brackets only: ［n］ / [n] / ^[n]. ^[n] is never the target.
    let target = bodyForm;
    let fixNotes = false;
    if (bodyForm && itemForm && SQUARE.includes(bodyForm) && SQUARE.includes(itemForm) && bodyForm !== itemForm) {
      if (bodyForm === 'caret') target = itemForm;
      else fixNotes = true;
    }
    for (const marker of report.markers) {
      if (!target || marker.form === target) continue;
      const expected = formatFootnote(target, marker.number);
      const actual = report.source.textOf(marker.span);
      if (!context.problem({
        messageId: target === bodyForm ? 'markers' : 'bodyAndNotes',
        data: { expected, actual },
        offset: marker.span.offset,
        length: marker.span.length,
        fix: { title: `改为“${expected}”`, edits: [{ offset: marker.span.offset, length: marker.span.length, text: expected }] },
      })) return;
    }
    const itemTarget = fixNotes ? bodyForm : itemForm;
    for (const item of items) {
      if (!itemTarget || item.form === itemTarget) continue;
      const expected = formatFootnote(itemTarget, item.number);
      const actual = report.source.textOf(item.label);
      if (!context.problem({
        messageId: fixNotes ? 'bodyAndNotes' : 'items',
        data: { expected, actual },
        offset: item.label.offset,
        length: item.label.length,
        fix: { title: `改为“${expected}”`, edits: [{ offset: item.label.offset, length: item.label.length, text: expected }] },
      })) return;
    }
  },
});
