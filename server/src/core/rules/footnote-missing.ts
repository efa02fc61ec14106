/**
 * footnote-missing — 注释标记要有对应的解释。
 *
 * 触发：正文中的注释标记（［n］、[n]、^[n]、(n)、（n）、上标数字）在名词解释/注释部分中没有编号相同的条目；
 * 文末根本没有名词解释部分时，每个标记都报告，并在消息中说明缺少该部分。
 * 不修复：自动修复无从知道解释的内容。灯泡中提供两个建议：在名词解释部分的相应位置插入带词条的待补充条目
 * （没有该部分时在报告末尾、附件之前新建“名词解释”）；删除多余的标记。
 * 不检查：分句开头的列举（：（1）做好…）；不含数字的括号（(棚户区)、報(bào)告）。
 */
import { defineRule } from '../rule';
import type { FootnoteMarker } from '../model/footnotes';
import type { Report } from '../model/report';
import type { Fix } from '../types';
import { dominantForm, formatFootnote, itemsByNumber, lineBreakOf, quotedTerm, spanText, unquotedTerm } from './footnotes';

export default defineRule({
  meta: {
    id: 'footnote-missing',
    category: 'footnote',
    description: '正文中的每个注释标记都应在文末的名词解释（注释）部分有编号相同的解释条目。',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      missing: '{term}的注释“{marker}”在名词解释部分没有对应条目。',
      noSection: '{term}的注释“{marker}”没有解释：文末缺少“名词解释”或“注释”部分。',
    },
    examples: {
      incorrect: ['持续实施“两新”［1］政策，有效运用“两重”［2］。\n名词解释\n［1］两新：……'],
      correct: ['持续实施“两新”［1］政策，有效运用“两重”［2］。\n名词解释\n［1］两新：……\n［2］两重：……'],
    },
  },
  check(context) {
    const { report } = context;
    const items = itemsByNumber(report);
    for (const marker of report.markers) {
      if (items.has(marker.number)) continue;
      const term = quotedTerm(spanText(report, marker.term));
      if (!context.problem({
        messageId: report.notes ? 'missing' : 'noSection',
        data: { marker: spanText(report, marker.span), term },
        offset: marker.span.offset,
        length: marker.span.length,
        suggestions: [explanationStub(report, marker), removeMarker(report, marker)],
      })) return;
    }
  },
});

/** Inserts `［n］term：（待补充）` where item n belongs, or a new 名词解释 section before any appendix. */
export function explanationStub(report: Report, marker: FootnoteMarker): Fix {
  const eol = lineBreakOf(report.text);
  const notes = report.notes;
  // Write the term the way the section writes its terms: with quotes (“两重”：) or without (两重：).
  const items = notes?.items ?? [];
  const quotedItems = items.filter((i) => /^[“「『]/.test(spanText(report, i.term))).length;
  const bodyTerm = spanText(report, marker.term).trim();
  const term = items.length > 0 && quotedItems * 2 > items.length ? quotedTerm(bodyTerm) : unquotedTerm(bodyTerm);
  const itemForm = dominantForm(items.map((i) => i.form)) ?? (marker.form === 'caret' ? 'square' : marker.form);
  const entry = `${formatFootnote(itemForm, marker.number)}${term}：（待补充）`;
  const label = formatFootnote(itemForm, marker.number);
  const title = `在名词解释中补充条目 ${label}${term}`;
  if (notes) {
    const after = notes.items.find((item) => item.number > marker.number);
    if (after) {
      const start = report.lines[after.firstLine]!.start;
      return { title, edits: [{ offset: start, length: 0, text: entry + eol }] };
    }
    const last = notes.items[notes.items.length - 1];
    const end = last ? report.lines[last.lastLine]!.end : report.lines[notes.firstLine - 1]!.end;
    return { title, edits: [{ offset: end, length: 0, text: eol + entry }] };
  }
  // No section: at the end of the report, before the first appendix that follows the last marker.
  const appendix = report.parts.find((part) => part.kind === 'appendix' && part.line > marker.line);
  if (appendix) {
    const start = report.lines[appendix.line]!.start;
    return { title: `新建名词解释部分并补充条目 ${label}${term}`, edits: [{ offset: start, length: 0, text: `名词解释${eol}${entry}${eol}` }] };
  }
  const text = report.text;
  const endsWithBreak = /[\r\n]$/.test(text);
  return {
    title: `新建名词解释部分并补充条目 ${label}${term}`,
    edits: [{ offset: text.length, length: 0, text: `${endsWithBreak ? '' : eol}名词解释${eol}${entry}${eol}` }],
  };
}

function removeMarker(report: Report, marker: FootnoteMarker): Fix {
  return { title: `删除注释标记“${spanText(report, marker.span)}”`, edits: [{ offset: marker.span.offset, length: marker.span.length, text: '' }] };
}
