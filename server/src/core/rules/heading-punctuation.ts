/**
 * heading-punctuation — 序号后的标点与括号（GB/T 15834—2011 B.3.2–B.3.4）。
 *
 * 触发（内地体例）：“一，”“一.”“一．”应为“一、”；“1、”“1．”应为“1.”；括号序号后加了标点（“（一）、”“（1），”）。
 * 港澳台体例（壹、一、(一) 1、(1)）：序号后用逗号、括号后加标点、同级括号宽窄不一。
 * 内地体例中半角的括号“(一)”“（一)”由 punctuation-width 报告（与正文中的半角括号一并，不重复报告）。
 * 修复：原位改为规范的标点或括号，或删去多余的标点；可随“全部修复”一并应用。
 * 不检查：段内列举（“一是”后不加标点，B.3.7）；名词解释部分的条目。
 */
import { defineRule, type RuleContext } from '../rule';
import type { Heading } from '../facts/headings';
import type { Report } from '../facts/report';
import type { TextEdit } from '../types';
import { markerText } from './ordinals';
import { siblingRuns } from './heading-sequence';

export default defineRule({
  meta: {
    id: 'heading-punctuation',
    category: 'numbering',
    description: '“一、”后用顿号，“1.”后用下脚点，括号序号“（一）”“（1）”后不加标点（港澳台“壹、一、(一)1、(1)”体例另计；括号的全角半角见 punctuation-width）。',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      wrongMark: '序号“{ordinal}”后应用“{expected}”，实际为“{actual}”。',
      extraMark: '括号序号“{ordinal}”后不加标点，应删除“{actual}”。',
      mixedWidth: '同级括号序号宽度不一致：同级多用“{expected}”，此处为“{actual}”。',
    },
    fixes: {
      replace: '将“{actual}”改为“{expected}”',
      remove: '删除“{actual}”',
      brackets: '改为“{expected}”',
    },
    examples: {
      incorrect: ['一，过去一年工作回顾\n（一）、经济运行稳中有进。\n1、工业增长较快。\n(二)改革开放持续深化。'],
      correct: ['一、过去一年工作回顾\n（一）经济运行稳中有进。\n1.工业增长较快。\n（二）改革开放持续深化。'],
    },
  },
  check(context) {
    const { report } = context;
    const roc = report.numberingStyle === 'roc';
    for (const h of report.headings) {
      const mark = h.punctuation;
      const ordinal = report.source.textOf(h.numeral);
      if (mark && !h.open) {
        const expected = expectedMark(h, roc);
        if (expected && !expected.accepted.includes(mark.text)) {
          if (!context.problem({
            messageId: 'wrongMark',
            data: { ordinal, expected: expected.write, actual: mark.text },
            offset: mark.offset,
            length: mark.length,
            fix: { titleId: 'replace', titleData: { actual: mark.text, expected: expected.write }, edits: [{ offset: mark.offset, length: mark.length, text: expected.write }] },
          })) return;
        }
      }
      if (mark && h.open) {
        if (!context.problem({
          messageId: 'extraMark',
          data: { ordinal: markerText(report, h).slice(0, h.close!.offset + 1 - h.marker.offset), actual: mark.text },
          offset: mark.offset,
          length: mark.length,
          fix: { titleId: 'remove', titleData: { actual: mark.text }, edits: [{ offset: mark.offset, length: mark.length, text: '' }] },
        })) return;
      }
    }
    if (roc) checkRunWidths(context, report);
  },
});

/** What may follow an unbracketed ordinal, and what a fix writes. */
function expectedMark(h: Heading, roc: boolean): { accepted: string[]; write: string } | undefined {
  switch (h.style) {
    case 'capital':
    case 'chinese':
      return { accepted: ['、'], write: '、' };
    case 'arabic':
      return roc ? { accepted: ['、', '.', '．'], write: '、' } : { accepted: ['.'], write: '.' };
    default:
      return undefined;
  }
}

function bracketed(report: Report, h: Heading, open: string, close: string): string {
  return open + report.source.textOf(h.numeral) + close;
}

function bracketEdits(h: Heading, open: string, close: string): TextEdit[] {
  const edits: TextEdit[] = [];
  if (h.open!.text !== open) edits.push({ offset: h.open!.offset, length: 1, text: open });
  if (h.close!.text !== close) edits.push({ offset: h.close!.offset, length: 1, text: close });
  return edits;
}

/** ROC style accepts either bracket width, but one run of siblings keeps one. */
function checkRunWidths(context: RuleContext<'mixedWidth', 'brackets'>, report: Report): void {
  for (const run of siblingRuns(report.headings)) {
    const bracketedRun = run.filter((h) => h.open);
    if (bracketedRun.length < 2) continue;
    const full = bracketedRun.filter((h) => h.open!.text === '（').length;
    const [open, close] = full * 2 >= bracketedRun.length ? ['（', '）'] : ['(', ')'];
    for (const h of bracketedRun) {
      if (h.open!.text === open && h.close!.text === close) continue;
      const expected = bracketed(report, h, open, close);
      if (!context.problem({
        messageId: 'mixedWidth',
        data: { expected, actual: bracketed(report, h, h.open!.text, h.close!.text) },
        offset: h.open!.offset,
        length: h.close!.offset + 1 - h.open!.offset,
        fix: { titleId: 'brackets', titleData: { expected }, edits: bracketEdits(h, open, close) },
      })) return;
    }
  }
}
