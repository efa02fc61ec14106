/**
 * number-range — 数值范围的写法（GB/T 15835—2011 数值范围条款；GB/T 15834—2011 4.13.3.2）。
 *
 * 触发：
 * - 数值范围的后一项带“%”“‰”或数量级“万”“亿”“万亿”，前一项却省略了（30-40%、30～40%、30至40%、5-10万元、1-2亿、
 *   3—5万吨）。标准允许在不造成歧义时省略前一个数值的附加符号或计量单位（100—150kg、12500～20000元），但
 *   “9～16亿”“15～30%”这类省略会造成歧义，标准明示不这样写：5-10万元可读作“5元至10万元”。连接号与“至”“到”
 *   一样看待。
 * - 年份起止用了短横线“-”（2021-2025年、（2020-2035））：短横线用于日期、编号（2026-01-27、0898-1234），标示时间
 *   的起止用一字线（4.13.3.2）。这一条只作提示（hint）。
 * 修复：在前一项后补上后一项的“%”或数量级，连接号保持原样（30-40% → 30%-40%，5～10万元 → 5万～10万元）；年份起止
 * 的“-”改为“—”。前一项不小于后一项时（5000-1亿元），补上同一数量级会颠倒范围，只报告、不修复。
 * 不检查：前后两项都写全的范围（5%—5.5%、5%-5.5%、6%－6.5%、4.5%—5%）；不带附加符号、数量级的范围（1-2个、
 * 3-5家、1—11月、100—150kg、8至14岁：单位只写在后一项，不致歧义）；日期、电话号码、标准编号（2026-01-27、
 * 0898-12345、GB/T 15835-2011、ISO 9001-2015）；全角“－”或一字线连接的年份；名词解释部分和 Markdown 表格。
 */
import { defineRule } from '../rule';
import type { NumberRange } from '../facts/ranges';
import { SHORT_HYPHEN, YEAR_DASH } from '../vocabulary/usage';
import { YEAR_WORD } from '../vocabulary/titles';

const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
/** The longest span of years a range names (a plan to 2035, a history since 1949). */
const MAX_YEARS = 100;

export default defineRule({
  meta: {
    id: 'number-range',
    category: 'usage',
    description: '数值范围前后两项的“%”或“万”“亿”应各自写出（30%—40%、5万—10万元，不写作30—40%、5—10万元）；年份起止用一字线（2021—2025年）。',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      markDropped:
        '数值范围“{range}”的前一项省略了“{mark}”，会被读作不带“{mark}”的数，应写作“{expected}”（GB/T 15835—2011：省略附加符号或计量单位会造成歧义时不应省略）。',
      firstTermBare:
        '数值范围“{range}”的前一项没有写出附加符号或数量级，读不出它的大小，前后两项应各自写全（GB/T 15835—2011：省略附加符号或计量单位会造成歧义时不应省略）。',
      yearHyphen: '年份起止“{range}”用了短横线“-”，标示时间的起止用一字线：“{expected}”（GB/T 15834—2011 4.13.3.2）。',
    },
    fixes: {
      addMark: '写作“{expected}”',
      yearDash: '改为“{expected}”',
    },
    examples: {
      incorrect: ['全年居民收入增长30-40%，新增投资5～10万元，建成项目1至2亿元。', '实施《国民营养计划（2017-2030年）》。'],
      correct: ['全年居民收入增长30%—40%，新增投资5万～10万元，培育1-2个主导产业，增长5%—5.5%。', '实施《国民营养计划（2017—2030年）》，发布时间2023-02-24。'],
    },
  },
  check(context) {
    const { report } = context;
    const { source } = report;
    for (const range of report.ranges) {
      const written = source.text.slice(range.span.offset, range.span.offset + range.span.length);
      const unit = range.unit ? source.textOf(range.unit) : '';
      const markSpans = [range.secondMagnitude, range.secondSign].filter((s) => s !== undefined);
      if (!range.firstMark && markSpans.length > 0) {
        const markFrom = markSpans[0]!.offset;
        const last = markSpans[markSpans.length - 1]!;
        const mark = source.text.slice(markFrom, last.offset + last.length);
        const insertAt = range.first.span.offset + range.first.span.length;
        if (range.first.value < range.second.value) {
          const expected = source.text.slice(range.span.offset, insertAt) + mark + source.text.slice(insertAt, range.span.offset + range.span.length) + unit;
          if (!context.problem({
            messageId: 'markDropped',
            data: { range: written + unit, mark, expected },
            offset: range.span.offset,
            length: range.span.length,
            fix: { titleId: 'addMark', titleData: { expected }, edits: [{ offset: insertAt, length: 0, text: mark }] },
          })) return;
        } else if (!context.problem({ messageId: 'firstTermBare', data: { range: written + unit }, offset: range.span.offset, length: range.span.length })) return;
        continue;
      }
      if (isYearSpan(range, source.textOf(range.connector), unit)) {
        const expected = source.textOf(range.first.span) + YEAR_DASH + source.textOf(range.second.span) + unit;
        if (!context.problem({
          messageId: 'yearHyphen',
          data: { range: written + unit, expected },
          offset: range.span.offset,
          length: range.span.length,
          fix: { titleId: 'yearDash', titleData: { expected }, edits: [{ offset: range.connector.offset, length: range.connector.length, text: YEAR_DASH }] },
          hint: true,
        })) return;
      }
    }
  },
});

/** 2021-2025年, （2020-2035）: two years joined by the short hyphen, followed by 年 or standing alone in brackets. */
function isYearSpan(range: NumberRange, connector: string, unit: string): boolean {
  if (connector !== SHORT_HYPHEN || range.firstMark || range.secondMagnitude || range.secondSign) return false;
  if (!range.first.fourDigits || !range.second.fourDigits) return false;
  const a = range.first.value;
  const b = range.second.value;
  if (a < FIRST_YEAR || b > LAST_YEAR || b <= a || b - a > MAX_YEARS) return false;
  return unit === YEAR_WORD || (unit === '' && range.bracketed);
}
