/**
 * footnote-missing — 注释标记要有对应的解释。
 *
 * 触发：正文中的注释标记（［n］、[n]、^[n]、【n】、〔n〕、(n)、（n）、上标数字、＠①）在名词解释/注释部分中没有编号相同的
 * 条目。文末根本没有名词解释部分时（网页转载常丢失该部分），不逐个标记报告，只在首个标记处报告一次，说明共有几个标记
 * 没有解释。
 * 不修复：自动修复无从知道解释的内容。灯泡中提供两个建议：在名词解释部分的相应位置插入带词条的待补充条目
 * （没有该部分时在报告末尾、附件之前新建“名词解释”，为每个编号各插入一条）；删除多余的标记。条目的词条取正文中首次
 * 使用该编号之处的词条（同一编号误用于两个词条时，条目解释的是首次出现的那个，与 footnote-term 的判断一致）。
 * 不检查：分句开头的列举（：（1）做好…）；不含数字的括号（(棚户区)、報(bào)告）；括号中的年份和表中数字（《阜平年鉴
 * (2020)》）；没有名词解释部分时，不成全文连续编号的圆括号数字（段落内的列举 (1)…(2)…，每段从 1 重新开始）。
 */
import { defineRule, formatMessage, type FixInit } from '../rule';
import type { FootnoteForm, FootnoteItem, FootnoteMarker } from '../facts/footnotes';
import type { Report } from '../facts/report';
import type { Fix, MessageData } from '../types';
import { dominantForm, firstMarkers, formatFootnote, itemsByNumber, lineBreakOf, quotedTerm, unquotedTerm } from './footnotes';

const FOOTNOTE_MISSING_FIXES = {
  stub: '在名词解释中补充条目 {item}',
  sectionWithStub: '新建名词解释部分并补充条目 {item}',
  sectionWithStubs: '新建名词解释部分并补充{count}个待补充条目',
  removeAll: '删除全部{count}个注释标记',
  remove: '删除注释标记“{marker}”',
} as const;
type MissingFix = FixInit<keyof typeof FOOTNOTE_MISSING_FIXES>;

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
      noSectionMany: '正文中有{count}个注释标记没有解释：文末缺少“名词解释”或“注释”部分（首个为{term}的“{marker}”）。',
    },
    fixes: FOOTNOTE_MISSING_FIXES,
    examples: {
      incorrect: ['持续实施“两新”［1］政策，有效运用“两重”［2］。\n名词解释\n［1］两新：……'],
      correct: ['持续实施“两新”［1］政策，有效运用“两重”［2］。\n名词解释\n［1］两新：……\n［2］两重：……'],
    },
  },
  check(context) {
    const { report } = context;
    if (report.markers.length === 0) return;
    const stubs = new StubWriter(report);
    if (!report.notes) {
      // No section at all: one finding for the document, at the first marker (11, 16, 21, 62: the copy lost its notes).
      const first = report.markers[0]!;
      const many = report.markers.length > 1;
      context.problem({
        messageId: many ? 'noSectionMany' : 'noSection',
        data: { marker: report.source.textOf(first.span), term: quotedTerm(report.source.textOf(first.term)), count: report.markers.length },
        offset: first.span.offset,
        length: first.span.length,
        suggestions: many ? [stubs.section(), removeMarkers(report)] : [stubs.stub(first), removeMarker(report, first)],
      });
      return;
    }
    const items = itemsByNumber(report);
    for (const marker of report.markers) {
      if (items.has(marker.number)) continue;
      const term = quotedTerm(report.source.textOf(marker.term));
      if (!context.problem({
        messageId: 'missing',
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

  /** `［n］term：（待补充）` for a marker, the item form the section uses (or the marker's own). */
  private entry(marker: FootnoteMarker): { label: string; term: string; entry: string } {
    const first = this.firstOf.get(marker.number) ?? marker;
    const bodyTerm = this.report.source.textOf(first.term).trim();
    const term = this.quotedTerms ? quotedTerm(bodyTerm) : unquotedTerm(bodyTerm);
    const itemForm = this.itemForm ?? (marker.form === 'caret' ? 'square' : marker.form);
    const label = formatFootnote(itemForm, marker.number);
    return { label, term, entry: `${label}${term}：（待补充）` };
  }

  stub(marker: FootnoteMarker): MissingFix {
    const { report, eol } = this;
    const notes = report.notes;
    const { label, term, entry } = this.entry(marker);
    const titleData = { item: `${label}${term}` };
    if (notes) {
      const after = firstAbove(notes.items, marker.number);
      if (after) {
        const start = report.lines[after.firstLine]!.start;
        return { titleId: 'stub', titleData, edits: [{ offset: start, length: 0, text: entry + eol }] };
      }
      const last = notes.items[notes.items.length - 1];
      const end = last ? report.lines[last.lastLine]!.end : report.lines[notes.firstLine - 1]!.end;
      return { titleId: 'stub', titleData, edits: [{ offset: end, length: 0, text: eol + entry }] };
    }
    return this.newSection('sectionWithStub', titleData, [entry], marker.line);
  }

  /** A new 名词解释 section with a stub for every number the markers use, in ascending order (no section yet). */
  section(): MissingFix {
    const numbers = [...this.firstOf.keys()].sort((a, b) => a - b);
    const entries = numbers.map((number) => this.entry(this.firstOf.get(number)!).entry);
    return this.newSection('sectionWithStubs', { count: entries.length }, entries, this.report.markers[0]!.line);
  }

  /** The section at the end of the report, before the first appendix that follows `line`. */
  private newSection(titleId: MissingFix['titleId'], titleData: MessageData, entries: readonly string[], line: number): MissingFix {
    const { report, eol } = this;
    const body = entries.map((entry) => entry + eol).join('');
    const appendix = this.appendices.find((at) => at > line);
    if (appendix !== undefined) {
      const start = report.lines[appendix]!.start;
      return { titleId, titleData, edits: [{ offset: start, length: 0, text: `名词解释${eol}${body}` }] };
    }
    const text = report.text;
    const endsWithBreak = /[\r\n]$/.test(text);
    return { titleId, titleData, edits: [{ offset: text.length, length: 0, text: `${endsWithBreak ? '' : eol}名词解释${eol}${body}` }] };
  }
}

/** The first item whose number is higher than `number` (where the stub for `number` goes). */
function firstAbove(items: readonly FootnoteItem[], number: number): FootnoteItem | undefined {
  return items.find((item) => item.number > number);
}

/** The stub for one marker (the lightbulb's suggestion, also used by the server's tests). */
export function explanationStub(report: Report, marker: FootnoteMarker): Fix {
  const fix = new StubWriter(report).stub(marker);
  return { ...fix, title: formatMessage(FOOTNOTE_MISSING_FIXES[fix.titleId], fix.titleData) };
}

function removeMarkers(report: Report): MissingFix {
  return {
    titleId: 'removeAll',
    titleData: { count: report.markers.length },
    edits: report.markers.map((marker) => ({ offset: marker.span.offset, length: marker.span.length, text: '' })),
  };
}

function removeMarker(report: Report, marker: FootnoteMarker): MissingFix {
  return { titleId: 'remove', titleData: { marker: report.source.textOf(marker.span) }, edits: [{ offset: marker.span.offset, length: marker.span.length, text: '' }] };
}
