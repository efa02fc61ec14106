/**
 * footnote-missing — 注释标记要有对应的解释。
 *
 * 触发：正文中的注释标记（［n］、[n]、^[n]、(n)、（n）、上标数字）在名词解释/注释部分中没有编号相同的条目；
 * 文末根本没有名词解释部分时，每个标记都报告，并在消息中说明缺少该部分。
 * 不修复：自动修复无从知道解释的内容。灯泡中提供两个建议：在名词解释部分的相应位置插入带词条的待补充条目
 * （没有该部分时在报告末尾、附件之前新建“名词解释”）；删除多余的标记。条目的词条取正文中首次使用该编号之处的词条
 * （同一编号误用于两个词条时，条目解释的是首次出现的那个，与 footnote-term 的判断一致）。
 * 不检查：分句开头的列举（：（1）做好…）；不含数字的括号（(棚户区)、報(bào)告）。
 */
import { defineRule } from '../rule';
import type { FootnoteForm, FootnoteItem, FootnoteMarker } from '../facts/footnotes';
import type { Report } from '../facts/report';
import type { Fix } from '../types';
import { dominantForm, firstMarkers, formatFootnote, itemsByNumber, lineBreakOf, quotedTerm, unquotedTerm } from './footnotes';

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
    const stubs = new StubWriter(report);
    for (const marker of report.markers) {
      if (items.has(marker.number)) continue;
      const term = quotedTerm(report.source.textOf(marker.term));
      if (!context.problem({
        messageId: report.notes ? 'missing' : 'noSection',
        data: { marker: report.source.textOf(marker.span), term },
        offset: marker.span.offset,
        length: marker.span.length,
        suggestions: [stubs.stub(marker), removeMarker(report, marker)],
      })) return;
    }
  },
});

/**
 * Inserts `［n］term：（待补充）` where item n belongs, or a new 名词解释 section before any appendix. What every stub
 * shares (the section's term style and item form, the appendices) is read once per lint, not once per marker.
 */
class StubWriter {
  private readonly eol: string;
  private readonly quotedTerms: boolean;
  private readonly itemForm: FootnoteForm | undefined;
  /** The first marker of each number: item n explains its term, whichever marker of n the stub is offered on. */
  private readonly firstOf: Map<number, FootnoteMarker>;
  /** Appendix title lines, ascending. */
  private readonly appendices: number[];

  constructor(private readonly report: Report) {
    this.eol = lineBreakOf(report.text);
    // Write the term the way the section writes its terms: with quotes (“两重”：) or without (两重：).
    const items = report.notes?.items ?? [];
    const quotedItems = items.filter((i) => /^[“「『]/.test(report.source.textOf(i.term))).length;
    this.quotedTerms = items.length > 0 && quotedItems * 2 > items.length;
    this.itemForm = dominantForm(items.map((i) => i.form));
    this.firstOf = firstMarkers(report);
    this.appendices = report.parts.filter((part) => part.kind === 'appendix').map((part) => part.line);
  }

  stub(marker: FootnoteMarker): Fix {
    const { report, eol } = this;
    const notes = report.notes;
    const first = this.firstOf.get(marker.number) ?? marker;
    const bodyTerm = report.source.textOf(first.term).trim();
    const term = this.quotedTerms ? quotedTerm(bodyTerm) : unquotedTerm(bodyTerm);
    const itemForm = this.itemForm ?? (marker.form === 'caret' ? 'square' : marker.form);
    const label = formatFootnote(itemForm, marker.number);
    const entry = `${label}${term}：（待补充）`;
    const title = `在名词解释中补充条目 ${label}${term}`;
    if (notes) {
      const after = firstAbove(notes.items, marker.number);
      if (after) {
        const start = report.lines[after.firstLine]!.start;
        return { title, edits: [{ offset: start, length: 0, text: entry + eol }] };
      }
      const last = notes.items[notes.items.length - 1];
      const end = last ? report.lines[last.lastLine]!.end : report.lines[notes.firstLine - 1]!.end;
      return { title, edits: [{ offset: end, length: 0, text: eol + entry }] };
    }
    // No section: at the end of the report, before the first appendix that follows the marker.
    const appendix = this.appendices.find((line) => line > marker.line);
    if (appendix !== undefined) {
      const start = report.lines[appendix]!.start;
      return { title: `新建名词解释部分并补充条目 ${label}${term}`, edits: [{ offset: start, length: 0, text: `名词解释${eol}${entry}${eol}` }] };
    }
    const text = report.text;
    const endsWithBreak = /[\r\n]$/.test(text);
    return {
      title: `新建名词解释部分并补充条目 ${label}${term}`,
      edits: [{ offset: text.length, length: 0, text: `${endsWithBreak ? '' : eol}名词解释${eol}${entry}${eol}` }],
    };
  }
}

/** The first item whose number is higher than `number` (where the stub for `number` goes). */
function firstAbove(items: readonly FootnoteItem[], number: number): FootnoteItem | undefined {
  return items.find((item) => item.number > number);
}

/** The stub for one marker (the lightbulb's suggestion, also used by the server's tests). */
export function explanationStub(report: Report, marker: FootnoteMarker): Fix {
  return new StubWriter(report).stub(marker);
}

function removeMarker(report: Report, marker: FootnoteMarker): Fix {
  return { title: `删除注释标记“${report.source.textOf(marker.span)}”`, edits: [{ offset: marker.span.offset, length: marker.span.length, text: '' }] };
}
