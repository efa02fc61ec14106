/**
 * enumeration-sequence — 段内列举序号连续。
 *
 * 触发：段落中的列举（一是…二是…、一要…二要…、第一，第二，、（1）…（2）…、①…②…）跳号、重号或倒序，
 * 范围是一个段落，或同一标题下相邻的几个段落。网页复制留下的空格（“三 是”“第 二，”）照常识别；项与项之间没有标点时
 * （“(7)康明大街综合整治(8)城南公园建设”），紧接上一项编号的一项照常计入。
 * 同一组带括号的序号写法不一（66：“⑴…⑹”之后接“(7)…(15)”，或全角“（1）”与半角“(2)”混用）时，在第一个与本组
 * 多数写法不同的项报告一次。
 * 修复：只有这一项错时改这一项；否则从此项起依次重新编号；写法不一时把少数写法的各项都改为本组多数的写法。
 * 不检查：不在分句开头的“列举词”（统一要求、之一是、第一产业、治理六乱(15)）；不从 1 开始的列举（可能是节选，
 * 或第一项在前面的段落）；“一是”总是开始新的一组。
 */
import type { EnumerationItem } from '../facts/enumerations';
import type { Report } from '../facts/report';
import { defineRule, type RuleContext } from '../rule';
import { formatArabic, formatParenthesized, isParenthesizedNumber } from '../vocabulary/numeral-values';
import { checkSequence } from '../sequence';
import { MAX_SLIPS_WITH_RUN_FIX, markerText, markerWith, SEQUENCE_FIXES, sequenceFixes } from './ordinals';

export default defineRule({
  meta: {
    id: 'enumeration-sequence',
    category: 'numbering',
    description: '段落中的“一是……二是……”“一要……二要……”“第一，第二，”“（1）（2）”“①②”等列举应连续编号，不跳号、不重号、不倒序。',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      gap: '列举序号不连续：应为“{expected}”，实际为“{actual}”。',
      duplicate: '列举序号重复：“{actual}”与前一项相同，应为“{expected}”。',
      reversal: '列举序号倒序：“{actual}”出现在“{previous}”之后，应为“{expected}”。',
      start: '列举序号应从“{expected}”开始，实际为“{actual}”。',
      form: '同一组列举的序号写法不一致：“{actual}”应与其余各项一样写作“{expected}”这种形式。',
      formMany: '同一组列举的序号写法不一致：“{actual}”等{count}项应与其余各项一样写作“{expected}”这种形式。',
      previousItem: '前一项“{marker}”',
    },
    fixes: { ...SEQUENCE_FIXES, form: '将这一组的{count}个序号改为“{expected}”这种写法' },
    examples: {
      incorrect: ['（一）扩大有效需求。一是扩大消费；二是扩大投资；四是稳定外需。'],
      correct: ['（一）扩大有效需求。一是扩大消费；二是扩大投资；三是稳定外需。统一要求，唯一是从。'],
    },
  },
  check(context) {
    const { report } = context;
    for (const run of report.enumerations) {
      if (run.items.length < 2) continue;
      const findings = checkSequence(run.items.map((item) => item.ordinal), false);
      const withRunFix = findings.length <= MAX_SLIPS_WITH_RUN_FIX;
      for (const finding of findings) {
        const item = run.items[finding.index]!;
        const previous = run.items[finding.index - 1]!;
        const { fix, suggestions } = sequenceFixes(report, run.items, finding.index, finding.expected, finding.single, withRunFix);
        if (!context.problem({
          messageId: finding.slip,
          data: {
            expected: markerWith(report, item, finding.expected),
            actual: markerText(report, item),
            previous: markerText(report, previous),
          },
          offset: item.marker.offset,
          length: item.marker.length,
          fix,
          suggestions,
          related: [{ ...previous.marker, messageId: 'previousItem', data: { marker: markerText(report, previous) } }],
        })) return;
      }
      if (run.kind === 'paren' && !checkForms(context, report, run.items)) return;
    }
  },
});

/**
 * How a bracketed enumerator is written: ⑴ (one character) or bracketed, (1) or （1）. The width of the brackets is
 * punctuation-width's business (a half-width (1) among （2）（3） is reported there, once), not a second form here.
 */
type ParenForm = 'enclosed' | 'bracketed';

function formOf(text: string): ParenForm {
  return text.length === 1 && isParenthesizedNumber(text) ? 'enclosed' : 'bracketed';
}

/**
 * The enumerator for `item`'s number written in `form` (bracketed: in the brackets of `model`, the run's first
 * bracketed enumerator), or undefined when that form cannot write it (⒇ is the last).
 */
function writeIn(form: ParenForm, item: EnumerationItem, model: string): string | undefined {
  const digits = isParenthesizedNumber(item.numeralText) ? String(item.ordinal) : formatArabic(item.ordinal, item.numeralText);
  if (form === 'enclosed') return formatParenthesized(item.ordinal);
  return `${model[0]}${digits}${model[model.length - 1]}`;
}

/**
 * One list, one way of writing its brackets: the items written otherwise than most of their run (the first item's
 * form on a tie) are reported once, at the first of them, with one fix that writes them all in that form. Returns
 * false when the rule's problem limit is reached.
 */
function checkForms(context: RuleContext<'form' | 'formMany', 'form'>, report: Report, items: readonly EnumerationItem[]): boolean {
  const forms = items.map((item) => formOf(markerText(report, item)));
  const tally = new Map<ParenForm, number>();
  for (const form of forms) tally.set(form, (tally.get(form) ?? 0) + 1);
  if (tally.size < 2) return true;
  let majority = forms[0]!;
  for (const [form, count] of tally) if (count > (tally.get(majority) ?? 0)) majority = form;
  const model = markerText(report, items[forms.indexOf('bracketed')]!);
  const odd = items.filter((_, i) => forms[i] !== majority);
  const edits = odd.flatMap((item) => {
    const text = writeIn(majority, item, model);
    return text === undefined ? [] : [{ offset: item.marker.offset, length: item.marker.length, text }];
  });
  const first = odd[0]!;
  const expected = writeIn(majority, first, model) ?? markerText(report, items[forms.indexOf(majority)]!);
  const actual = markerText(report, first);
  return context.problem({
    messageId: odd.length > 1 ? 'formMany' : 'form',
    data: { expected, actual, count: String(odd.length) },
    offset: first.marker.offset,
    length: first.marker.length,
    fix: edits.length === odd.length ? { titleId: 'form', titleData: { count: odd.length, expected }, edits } : undefined,
  });
}
