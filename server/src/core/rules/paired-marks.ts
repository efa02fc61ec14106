/**
 * paired-marks — 引号、括号、书名号成对使用（GB/T 15834—2011）。
 *
 * 触发：“ ” ‘ ’ 「 」 『 』 （ ） 《 》 〈 〉 〔 〕 ［ ］ 【 】在所在段落内不成对：前一半在段内没有闭合（报在前一半上），
 * 后一半前面没有对应的前一半（报在后一半上），两对标号交叉（“…（…”…），两处都指出），前后不是同一种（“X’）。
 * 段落按形状划分（facts/paragraphs.ts）：网页、PDF 副本把一段断成几行时，未以句末点号结尾的行与下一行同段。
 * 修复：只在确定时提供——两个同向的后一半夹着一个短语（”两重”），前一个是打反了的前一半，改为“两重”；两个同向的
 * 前一半（“两重“）同理改后一个。其余不提供修复（后一半该补在哪里，只有起草人知道）。
 * 不检查：名词解释条目词条中由 footnote-term 报告的那个引号（同一处不报两次）；半角 ( ) [ ] 和直引号 " '（全半角是 punctuation-width 的事；半角与全角配成的一对，如“（一)”，也不在此报）；
 * 段内列举的“1）2）”“a）”“一）”；多段引文每段开头用前引号、只在最后一段末尾用后引号的写法；Markdown 代码和表格。
 */
import { defineRule, type RuleContext } from '../rule';
import type { Report } from '../facts/report';
import { readUnpaired, type PairMark, type Unpaired } from '../facts/pairs';
import { termQuoteFindings } from './footnote-term';
import { PAIR_FAMILIES, SENTENCE_OR_SEMICOLON } from '../vocabulary/marks';

/** The longest phrase between two marks of one direction that a fix reads as one quoted or bracketed term. */
const MAX_MIRRORED_TERM = 24;

const OPEN_OF = new Map<string, string>();
const CLOSE_OF = new Map<string, string>();
for (const f of PAIR_FAMILIES) {
  if (f.ascii) continue;
  OPEN_OF.set(f.family, f.open);
  CLOSE_OF.set(f.family, f.close);
}

export default defineRule({
  meta: {
    id: 'paired-marks',
    category: 'usage',
    description: '引号、括号、书名号在所在段落内成对使用：前一半有闭合，后一半有开头，两对之间不交叉（GB/T 15834—2011）。',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      unclosed: '{open}在本段内没有对应的{close}：引号、括号、书名号应成对使用（GB/T 15834—2011）。',
      stray: '{close}前面没有对应的{open}：引号、括号、书名号应成对使用（GB/T 15834—2011）。',
      mirrored: '{actual}方向反了，应为{expected}，与{partner}成对（GB/T 15834—2011）。',
      mismatched: '{open}与{close}不是一对：前后两半应为同一种标号（GB/T 15834—2011）。',
      crossed: '{open}{close}与{outerOpen}{outerClose}交叉：{open}在{outerOpen}{outerClose}之内开始，却在其外结束（GB/T 15834—2011）。',
      openedHere: '{open}在此开始。',
      outerHere: '与之交叉的{outerOpen}{outerClose}在此。',
    },
    fixes: {
      mirror: '将{actual}改为{expected}',
    },
    examples: {
      incorrect: ['坚持“两个毫不动摇”，推进”放管服”改革。\n加快发展现代服务业（生产性服务业。'],
      correct: ['坚持“两个毫不动摇”，推进“放管服”改革。\n加快发展现代服务业（生产性服务业）。'],
    },
  },
  check(context) {
    const { report } = context;
    const paragraphs = report.paragraphs;
    // footnote-term reports an unpaired quote in an explanation item's term (54: [14]“四方责任：): not twice.
    const reportedByTerm = termQuoteFindings(report);
    const all = readUnpaired(report.source, paragraphs).filter((u) => !reportedByTerm.has(u.mark.offset));
    const unclosedAt = new Set(all.filter((u) => u.kind === 'unclosed').map((u) => u.mark.offset));
    let i = 0;
    while (i < all.length) {
      let j = i;
      while (j < all.length && all[j]!.paragraph === all[i]!.paragraph) j++;
      if (!checkParagraph(context, report, all.slice(i, j), unclosedAt)) return;
      i = j;
    }
  },
});

type Context = RuleContext<'unclosed' | 'stray' | 'mirrored' | 'mismatched' | 'crossed' | 'openedHere' | 'outerHere', 'mirror'>;

function checkParagraph(context: Context, report: Report, found: Unpaired[], unclosedAt: ReadonlySet<number>): boolean {
  const { text } = report;
  const paragraph = report.paragraphs[found[0]!.paragraph]!;
  // A quotation over several paragraphs: each opens with “ and only the last closes, at its end (GB/T 15834—2011).
  // The next paragraph goes on with it when it opens with the same mark and that mark closes only at its end, or not.
  if (found.length === 1 && found[0]!.kind === 'unclosed' && found[0]!.mark.quote && found[0]!.mark.offset === paragraph.start) {
    const mark = found[0]!.mark.mark;
    const next = report.paragraphs[found[0]!.paragraph + 1];
    if (next && text[next.start] === mark && (unclosedAt.has(next.start) || closesAtEnd(text, next.start, next.end, mark, CLOSE_OF.get(found[0]!.mark.family)!))) return true;
  }
  const done = new Set<Unpaired>();
  const unclosedByOffset = new Map<number, Unpaired>();
  for (const u of found) if (u.kind === 'unclosed') unclosedByOffset.set(u.mark.offset, u);
  // Two marks of one direction around a short term: one was typed the wrong way round (”两重” → “两重”).
  for (let a = 0; a + 1 < found.length; a++) {
    const first = found[a]!;
    const second = found[a + 1]!;
    if (first.kind !== second.kind || first.kind === 'crossed' || first.mark.family !== second.mark.family) continue;
    if (!isTerm(text, first.mark, second.mark)) continue;
    const wrong = first.kind === 'stray' ? first : second;
    const partner = wrong === first ? second : first;
    const expected = first.kind === 'stray' ? OPEN_OF.get(wrong.mark.family)! : CLOSE_OF.get(wrong.mark.family)!;
    done.add(first).add(second);
    if (!context.problem({
      messageId: 'mirrored',
      data: { actual: wrong.mark.mark, expected, partner: partner.mark.mark },
      offset: wrong.mark.offset,
      length: 1,
      fix: { titleId: 'mirror', titleData: { actual: wrong.mark.mark, expected }, edits: [{ offset: wrong.mark.offset, length: 1, text: expected }] },
      related: [{ offset: partner.mark.offset, length: 1, messageId: 'openedHere', data: { open: partner.mark.mark } }],
    })) return false;
    a++;
  }
  // A closer of another kind than the opener still open (“X’, “纲要》): one slip, reported once, on the closer.
  for (const stray of found) {
    if (done.has(stray) || stray.kind !== 'stray' || !stray.openAtStray) continue;
    const open = stray.openAtStray;
    const unclosed = unclosedByOffset.get(open.offset);
    if (!unclosed || done.has(unclosed)) continue;
    done.add(stray).add(unclosed);
    if (!context.problem({
      messageId: 'mismatched',
      data: { open: open.mark, close: stray.mark.mark },
      offset: stray.mark.offset,
      length: 1,
      related: [{ offset: open.offset, length: 1, messageId: 'openedHere', data: { open: open.mark } }],
    })) return false;
  }
  for (const u of found) {
    if (done.has(u)) continue;
    const ok =
      u.kind === 'unclosed'
        ? context.problem({ messageId: 'unclosed', data: { open: u.mark.mark, close: CLOSE_OF.get(u.mark.family)! }, offset: u.mark.offset, length: 1 })
        : u.kind === 'stray'
          ? context.problem({
              messageId: 'stray',
              data: { close: u.mark.mark, open: OPEN_OF.get(u.mark.family)! },
              offset: u.mark.offset,
              length: 1,
            })
          : context.problem({
              messageId: 'crossed',
              data: crossedData(u),
              offset: u.opener!.offset,
              length: 1,
              related: [
                { offset: u.mark.offset, length: 1, messageId: 'openedHere', data: { open: u.opener!.mark } },
                { offset: u.outer!.open.offset, length: 1, messageId: 'outerHere', data: crossedData(u) },
                { offset: u.outer!.close.offset, length: 1, messageId: 'outerHere', data: crossedData(u) },
              ],
            });
    if (!ok) return false;
  }
  return true;
}

/** Whether the quotation opened at `start` closes at the paragraph's end (its closer is the last mark but spaces). */
function closesAtEnd(text: string, start: number, end: number, open: string, close: string): boolean {
  let last = end;
  while (last > start && /\s/.test(text[last - 1]!)) last--;
  if (text[last - 1] !== close) return false;
  let depth = 0;
  for (let i = start; i < last; i++) {
    if (text[i] === open) depth++;
    else if (text[i] === close && --depth === 0) return i === last - 1;
  }
  return false;
}

function crossedData(u: Unpaired): Record<string, string> {
  return { open: u.opener!.mark, close: u.mark.mark, outerOpen: u.outer!.open.mark, outerClose: u.outer!.close.mark };
}

/** Whether two marks hold a short term between them: no more than a phrase, no sentence or clause end, no other mark of theirs. */
function isTerm(text: string, a: PairMark, b: PairMark): boolean {
  if (b.offset - a.offset - 1 < 1 || b.offset - a.offset - 1 > MAX_MIRRORED_TERM) return false;
  const open = OPEN_OF.get(a.family)!;
  const close = CLOSE_OF.get(a.family)!;
  for (let i = a.offset + 1; i < b.offset; i++) {
    const c = text[i]!;
    if (c === open || c === close || c === '\n' || c === '\r' || SENTENCE_OR_SEMICOLON.includes(c) || c === '，') return false;
  }
  return true;
}
