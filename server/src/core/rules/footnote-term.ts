/**
 * footnote-term — 解释条目的词条与正文标注处一致。
 *
 * 触发：名词解释条目的词条（冒号前的文字）与正文中首次标注该编号之处的词条对不上：去掉引号、括号、顿号和空格后，
 * 二者共有的连续文字不到较短者的六成（“现代化水网”与“现代水网”）。
 * 条目词条中的引号不成对（54：“[14]“四方责任：”，有前引号而无后引号）也在这里报告。
 * 不修复：哪一处写法正确，由起草人决定；引号不成对时建议（不自动）在冒号前补上后引号。默认只作提示。
 * 不检查：引号、书名号、括号和空格的差别（“21”条 与 21条 视为一致）；没有对应标记或条目的编号；数字化时标注缺字的
 * “＠①”（条目说明的是缺字的字形，不是词条）。
 */
import { defineRule } from '../rule';
import { firstMarkers, quotedTerm } from './footnotes';
import { sameTerms } from '../facts/footnotes';
import { TERM_QUOTES } from '../vocabulary/footnotes';
import type { Span } from '../types';
import type { Report } from '../facts/report';

/**
 * The quote of `term` that is opened and not closed (or closed and not opened), with its offset in the term.
 * paired-marks leaves the mark this rule reports to it (termQuoteFindings), so that no mark is reported twice.
 */
export function unpairedQuote(term: string): { mark: string; at: number; closer?: string } | undefined {
  for (const [open, close] of Object.entries(TERM_QUOTES)) {
    let depth = 0;
    let openedAt = -1;
    for (let i = 0; i < term.length; i++) {
      if (term[i] === open) {
        if (depth === 0) openedAt = i;
        depth++;
      } else if (term[i] === close) {
        if (depth === 0) return { mark: close, at: i };
        depth--;
      }
    }
    if (depth > 0) return { mark: open, at: openedAt, closer: close };
  }
  return undefined;
}

/** Offsets of the quotes this rule reports in explanation items' terms. */
export function termQuoteFindings(report: Report): Set<number> {
  const found = new Set<number>();
  if (!report.notes || report.notes.items.length === 0) return found;
  const markers = firstMarkers(report);
  for (const item of report.notes.items) {
    const marker = markers.get(item.number);
    if (!marker || item.form === 'glyph' || marker.form === 'glyph') continue;
    const unpaired = unpairedQuote(report.source.textOf(item.term));
    if (unpaired) found.add(item.term.offset + unpaired.at);
  }
  return found;
}

export default defineRule({
  meta: {
    id: 'footnote-term',
    category: 'footnote',
    description: '名词解释条目的词条应与正文中标注该编号的词条一致。',
    defaultSeverity: 'hint',
    fixable: false,
    messages: {
      mismatch: '注释“{label}”的词条{term}与正文标注处的{bodyTerm}不一致。',
      unpairedOpen: '注释“{label}”的词条中，前引号没有对应的后引号。',
      unpairedClose: '注释“{label}”的词条中，后引号没有对应的前引号。',
      marker: '正文标注处“{marker}”',
    },
    fixes: { close: '在词条后补上“{closer}”' },
    examples: {
      incorrect: ['加快构建“现代化水网”［1］。\n名词解释\n［1］现代水网：……'],
      correct: ['加快构建“现代水网”［1］，稳增长“21”条［2］。\n名词解释\n［1］现代水网：……\n［2］21条：……'],
    },
  },
  check(context) {
    const { report } = context;
    const markers = firstMarkers(report);
    for (const item of report.notes?.items ?? []) {
      const marker = markers.get(item.number);
      if (!marker || item.form === 'glyph' || marker.form === 'glyph') continue;
      const term = report.source.textOf(item.term);
      const unpaired = unpairedQuote(term);
      if (unpaired) {
        const end: Span = { offset: item.term.offset + item.term.length, length: 0 };
        if (!context.problem({
          messageId: unpaired.closer ? 'unpairedOpen' : 'unpairedClose',
          data: { label: report.source.textOf(item.label) },
          offset: item.term.offset + unpaired.at,
          length: unpaired.mark.length,
          suggestions: unpaired.closer && unpaired.at === 0 ? [{ titleId: 'close', titleData: { closer: unpaired.closer }, edits: [{ ...end, text: unpaired.closer }] }] : undefined,
        })) return;
        continue;
      }
      const bodyTerm = report.source.textOf(marker.term);
      if (sameTerms(term, bodyTerm)) continue;
      if (!context.problem({
        messageId: 'mismatch',
        data: { label: report.source.textOf(item.label), term: quotedTerm(term), bodyTerm: quotedTerm(bodyTerm) },
        offset: item.term.offset,
        length: item.term.length,
        related: [{ ...marker.span, messageId: 'marker', data: { marker: report.source.textOf(marker.span) } }],
      })) return;
    }
  },
});
