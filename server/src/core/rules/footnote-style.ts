/**
 * footnote-style — 注释标记与条目编号的写法统一。
 *
 * 触发：正文中的标记写法不一（多数为“（n）”，个别为“(n)”）；条目编号的分隔符不一（“1.”与“3．”混用）；正文标记与名词
 * 解释条目的方括号写法不同（正文“［n］”，条目“[n]”；正文“^[n]”，条目“[n]”；正文“【n】”，条目“〔n〕”）。正文与条目
 * 整体写法不同时，全文只报告一次（在第一个要改的编号处），说明共有几处。
 * 修复：改为占多数的写法；正文与条目不同时改条目，使之与正文一致，但正文“^[n]”是网页上标的残留，改为条目的写法。可随
 * “全部修复”一并应用。
 * 不检查：正文用圆括号“(n)”、条目用“n.”或“[n]”这类常见搭配；数字化时标注缺字的“＠①”。
 */
import { defineRule } from '../rule';
import type { FootnoteForm, FootnoteItem, FootnoteMarker } from '../facts/footnotes';
import type { Span } from '../types';
import { SQUARE_FORMS } from '../vocabulary/footnotes';
import { dominantForm, formatFootnote } from './footnotes';

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
      bodyAndNotes: '正文注释标记与名词解释条目写法不一致：正文标记的{count}个编号写作“{actual}”这种形式，应与名词解释条目一致，写作“{expected}”。',
      notesAndBody: '正文注释标记与名词解释条目写法不一致：名词解释条目的{count}个编号写作“{actual}”这种形式，应与正文标记一致，写作“{expected}”。',
    },
    fixes: {
      all: '将{count}处编号改为“{expected}”这种写法',
      one: '改为“{expected}”',
    },
    examples: {
      incorrect: ['开展“清四乱”（1）行动，落实“六保”(2)任务。\n注释\n1.清四乱：……\n2.六保：……'],
      correct: ['开展“清四乱”（1）行动，落实“六保”（2）任务。\n注释\n1.清四乱：……\n2.六保：……'],
    },
  },
  check(context) {
    const { report } = context;
    const markers = report.markers.filter((m) => m.form !== 'glyph');
    const items = (report.notes?.items ?? []).filter((i) => i.form !== 'glyph');
    const bodyForm = dominantForm(markers.map((m) => m.form));
    const itemForm = dominantForm(items.map((i) => i.form));
    // Body against notes, closed brackets only: ［n］ / [n] / ^[n] / 【n】 / 〔n〕. ^[n] is never the target.
    let markerTarget = bodyForm;
    let itemTarget = itemForm;
    if (bodyForm && itemForm && SQUARE_FORMS.includes(bodyForm) && SQUARE_FORMS.includes(itemForm) && bodyForm !== itemForm) {
      if (bodyForm === 'caret') markerTarget = itemForm;
      else itemTarget = bodyForm;
    }
    const data = (expected: string, actual: string) => ({ expected, actual });
    // The whole body or the whole notes written in the other form: one finding for the document, one fix for all.
    if (markerTarget && markerTarget !== bodyForm) {
      const group = markers.filter((m) => m.form === bodyForm);
      if (!whole(group.map((m) => m.span), group, markerTarget, 'body')) return;
    }
    if (itemTarget && itemTarget !== itemForm) {
      const group = items.filter((i) => i.form === itemForm);
      if (!whole(group.map((i) => i.label), group, itemTarget, 'notes')) return;
    }
    for (const marker of markers) {
      if (!markerTarget || marker.form === markerTarget || marker.form === bodyForm) continue;
      const expected = formatFootnote(markerTarget, marker.number);
      if (!context.problem({ messageId: 'markers', data: data(expected, report.source.textOf(marker.span)), ...spanFix(marker.span, expected) })) return;
    }
    for (const item of items) {
      if (!itemTarget || item.form === itemTarget || item.form === itemForm) continue;
      const expected = formatFootnote(itemTarget, item.number);
      if (!context.problem({ messageId: 'items', data: data(expected, report.source.textOf(item.label)), ...spanFix(item.label, expected) })) return;
    }
    function whole(spans: Span[], group: readonly (FootnoteMarker | FootnoteItem)[], target: FootnoteForm, side: 'body' | 'notes'): boolean {
      const first = spans[0];
      if (!first) return true;
      const expected = formatFootnote(target, group[0]!.number);
      return context.problem({
        messageId: side === 'body' ? 'bodyAndNotes' : 'notesAndBody',
        data: {
          count: spans.length,
          actual: report.source.textOf(first),
          expected,
        },
        offset: first.offset,
        length: first.length,
        fix: {
          titleId: 'all',
          titleData: { count: spans.length, expected },
          edits: group.map((entry, i) => ({ offset: spans[i]!.offset, length: spans[i]!.length, text: formatFootnote(target, entry.number) })),
        },
      });
    }
  },
});

/** How a message names the body's markers and the notes' items. */
function spanFix(span: Span, expected: string) {
  return {
    offset: span.offset,
    length: span.length,
    fix: { titleId: 'one' as const, titleData: { expected }, edits: [{ offset: span.offset, length: span.length, text: expected }] },
  };
}
