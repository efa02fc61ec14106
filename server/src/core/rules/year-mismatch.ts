/**
 * year-mismatch — 与报告年份不符的年份、阶段和周年（草稿由上一年的报告改成，随年份而变的说法最容易漏改）。
 *
 * 报告年份：标题或题注（2026年政府工作报告，——2026年1月27日在…会议上），其次计划部分标题（2026年工作安排），再次
 * 回顾部分标题（2025年工作回顾 → 2026年）；设置 govreport.reportYear 可指定。
 * 触发：
 * - 计划部分标题或主要预期目标句中写明的年份不是报告年份（2026年的报告写“2025年主要预期目标是”）；
 * - 回顾部分标题的年份不是上一年（2027年的报告写“2025年工作回顾”）；换届报告的回顾（2025年和“十四五”时期工作回顾）
 *   写明的单个年份也是上一年，年份区间（2021—2025年、2021年以来）不检查；
 * - “今年是/去年是/2025年是……‘十四五’收官之年（开局之年、起步之年）”与五年规划的年份不符（据 vocabulary/years.ts
 *   的 PLAN_PERIODS、PLAN_PHASES）；
 * - “今年是/2024年是……新中国成立75周年”的周年数与成立年份不符（ANNIVERSARIES，及设置 govreport.anniversaries 中的本地事件）；
 * - 提示：计划部分“党的二十大和二十届二中、三中全会精神”这样的总表述所写的最后一次全会，早于报告年份前一年
 *   12月1日前已闭幕的最近一次全会（PLENUMS，各条注明出处）：多半是沿用了上一年的表述。单独提到某次全会
 *   （二十届三中全会精神，进一步全面深化改革）不检查；回顾部分不检查（说的是上一年学了什么）。
 * 修复：年份改为应写的年份；周年数改为应写的数；阶段说法只在应写的规划期唯一时改规划期名（“十四五”开局之年 →
 * “十五五”开局之年），其余只报告。
 * 不检查：标题中的年份区间（2021—2025年、2021年以来）和写了两个年份的标题；没有写明主语年份的阶段、周年说法
 * （迎接建党100周年、庆祝…周年：说的可能是下一年）；“关键之年”“攻坚之年”等年份不确定的阶段；名词解释部分；
 * 读不出报告年份时，只检查写明年份的阶段和周年说法。
 */
import { defineRule, type RuleContext } from '../rule';
import type { Report } from '../facts/report';
import { readYearPhrases, type YearPhrase } from '../facts/report-year';
import { ANNIVERSARIES, PLAN_PERIODS, PLAN_PHASES, PLENUMS, type Plenum } from '../vocabulary/years';
import { CONGRESS_NUMERALS, GOAL_YEAR, PLENUM_FORMULA, PLENUM_IN_LIST, PLENUM_NUMERALS, PLENUM_PREFILTER } from '../vocabulary/year-phrases';
import { SENTENCE_ENDS } from '../vocabulary/marks';
import { formatChineseNumeral, parseChineseNumeral } from '../vocabulary/numeral-values';

type M = 'planTitle' | 'reviewTitle' | 'goalYear' | 'phase' | 'phaseOutside' | 'anniversary' | 'plenum';
type F = 'year' | 'period' | 'count';

export default defineRule({
  meta: {
    id: 'year-mismatch',
    category: 'figure',
    description:
      '计划部分标题、主要预期目标句、回顾部分标题中的年份，“今年是……收官之年”等阶段说法和“……成立N周年”应与报告年份相符（草稿由上一年的报告改成时最易漏改）。',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      planTitle: '本报告是{year}年的报告（见第{line}行），计划部分的标题却写“{actual}年”。',
      reviewTitle: '本报告是{year}年的报告（见第{line}行），回顾的应是{expected}年，标题却写“{actual}年”。',
      goalYear: '本报告是{year}年的报告（见第{line}行），主要预期目标句却写“{actual}年”。',
      phase: '{subjectYear}年是“{period}”的第{nth}年，不是“{phase}”（“{period}”为{first}—{last}年）。',
      phaseOutside: '{subjectYear}年不在“{period}”（{first}—{last}年）之内，不是它的“{phase}”。',
      anniversary: '{subjectYear}年是{event}{expected}周年（{founded}年），此处写“{actual}周年”。',
      plenum: '学习贯彻的全会精神只写到{named}；{year}年的报告起草前已召开{latest}（{held}闭幕），请核对是否沿用了上一年的表述。',
    },
    fixes: {
      year: '改为“{expected}年”',
      period: '改为“{expected}”',
      count: '改为“{expected}周年”',
    },
    examples: {
      incorrect: [
        '2026年政府工作报告\n——2026年1月27日在某省第十四届人民代表大会第四次会议上\n一、2024年工作回顾\n二、2025年工作安排\n今年是“十四五”收官之年。',
      ],
      correct: [
        '2026年政府工作报告\n——2026年1月27日在某省第十四届人民代表大会第四次会议上\n一、2025年工作回顾\n二、2026年工作安排\n今年是“十五五”开局之年。',
      ],
    },
  },
  check(context) {
    const { report } = context;
    const { year } = report.year;
    if (year !== undefined) {
      if (!checkTitles(context, report, year)) return;
      if (!checkGoal(context, report, year)) return;
      if (!checkPlenums(context, report, year)) return;
    }
    const notes = report.notes;
    const phrases = readYearPhrases(report.source, notes ? (line) => line >= notes.firstLine && line <= notes.lastLine : undefined, report.anniversaries);
    for (const phrase of phrases) {
      const subjectYear = phrase.explicit ?? (year !== undefined && phrase.relative !== undefined ? year + phrase.relative : undefined);
      if (subjectYear === undefined) continue;
      if (!(phrase.kind === 'phase' ? checkPhase(context, phrase, subjectYear) : checkAnniversary(context, phrase, subjectYear, report.anniversaries))) return;
    }
  },
});

function where(report: Report): string {
  return String((report.year.line ?? 0) + 1);
}

function yearFix(report: Report, span: { offset: number; length: number }, expected: number) {
  const written = report.source.textOf(span);
  if (!/^\d{4}$/.test(written)) return undefined;
  return { titleId: 'year' as const, titleData: { expected: String(expected) }, edits: [{ offset: span.offset, length: span.length, text: String(expected) }] };
}

function checkTitles(context: RuleContext<M, F>, report: Report, year: number): boolean {
  const { span: origin } = report.year;
  for (const title of report.year.titles) {
    if (origin && title.span.offset === origin.offset) continue;
    const actual = String(title.year);
    if (title.kind === 'plan' && title.year !== year) {
      if (!context.problem({
        messageId: 'planTitle',
        data: { year: String(year), line: where(report), actual },
        offset: title.span.offset,
        length: title.span.length,
        fix: yearFix(report, title.span, year),
      })) return false;
    }
    if (title.kind === 'review') {
      // A 换届 review (2025年和“十四五”时期工作回顾) names the period and the year just past: that year is still the one before.
      if (title.year === year - 1) continue;
      if (!context.problem({
        messageId: 'reviewTitle',
        data: { year: String(year), line: where(report), expected: String(year - 1), actual },
        offset: title.span.offset,
        length: title.span.length,
        fix: yearFix(report, title.span, year - 1),
      })) return false;
    }
  }
  return true;
}

/** The year written right before the goal cue, in its sentence (2006年国民经济和社会发展的主要预期目标是：). */
function checkGoal(context: RuleContext<M, F>, report: Report, year: number): boolean {
  const targets = report.figures.targets;
  if (!targets) return true;
  const { source } = report;
  const line = source.lineAt(targets.cue.offset);
  const view = source.view(line, line.contentStart, targets.cue.offset);
  let from = view.text.length;
  while (from > 0 && !SENTENCE_ENDS.includes(view.text[from - 1]!)) from--;
  const m = GOAL_YEAR.exec(view.text.slice(from));
  if (!m) return true;
  const written = Number(m[1]);
  if (written === year) return true;
  const span = view.span(from + m.index, from + m.index + 4);
  return context.problem({
    messageId: 'goalYear',
    data: { year: String(year), line: where(report), actual: String(written) },
    offset: span.offset,
    length: span.length,
    fix: yearFix(report, span, year),
  });
}

function checkPhase(context: RuleContext<M, F>, phrase: YearPhrase, subjectYear: number): boolean {
  const period = PLAN_PERIODS.find((p) => p.name === phrase.firstText);
  const phase = PLAN_PHASES.find((p) => p.word === phrase.secondText);
  if (!period || !phase) return true;
  if (period.first + phase.yearOfPeriod - 1 === subjectYear) return true;
  const nth = subjectYear - period.first + 1;
  const right = PLAN_PERIODS.filter((p) => p.first + phase.yearOfPeriod - 1 === subjectYear);
  const fix =
    right.length === 1
      ? { titleId: 'period' as const, titleData: { expected: right[0]!.name }, edits: [{ offset: phrase.first.offset, length: phrase.first.length, text: right[0]!.name }] }
      : undefined;
  const inside = nth >= 1 && nth <= period.last - period.first + 1;
  return context.problem({
    messageId: inside ? 'phase' : 'phaseOutside',
    data: {
      subjectYear: String(subjectYear),
      period: period.name,
      ...(inside ? { nth: String(nth) } : {}),
      phase: phase.word,
      first: String(period.first),
      last: String(period.last),
    },
    offset: phrase.first.offset,
    length: phrase.second.offset + phrase.second.length - phrase.first.offset,
    fix,
  });
}

function checkAnniversary(context: RuleContext<M, F>, phrase: YearPhrase, subjectYear: number, local?: Readonly<Record<string, number>>): boolean {
  const founded = local?.[phrase.firstText];
  const event = founded !== undefined ? { founded } : ANNIVERSARIES.find((a) => a.words.includes(phrase.firstText));
  if (!event) return true;
  const digits = /^\d+$/.test(phrase.secondText);
  const actual = digits ? Number(phrase.secondText) : parseChineseNumeral(phrase.secondText);
  const expected = subjectYear - event.founded;
  if (!Number.isFinite(actual) || actual === expected || expected <= 0) return true;
  const write = digits ? String(expected) : formatChineseNumeral(expected);
  return context.problem({
    messageId: 'anniversary',
    data: { subjectYear: String(subjectYear), event: phrase.firstText, expected: write, founded: String(event.founded), actual: phrase.secondText },
    offset: phrase.second.offset,
    length: phrase.second.length,
    fix: { titleId: 'count', titleData: { expected: write }, edits: [{ offset: phrase.second.offset, length: phrase.second.length, text: write }] },
  });
}

/** The chinese name of a plenum: 二十届四中全会, or 党的二十大 for the congress itself. */
function plenumName(p: Plenum): string {
  const congress = Object.entries(CONGRESS_NUMERALS).find(([, n]) => n === p.congress)?.[0] ?? String(p.congress);
  const plenum = Object.entries(PLENUM_NUMERALS).find(([, n]) => n === p.plenum)?.[0];
  return plenum ? `${congress}届${plenum}中全会` : `党的${congress}大`;
}

/**
 * The plenum formula of the plan part against the plenums held before the report was drafted (closed before 1
 * December of the year before): a hint, the table being the evidence.
 */
function checkPlenums(context: RuleContext<M, F>, report: Report, year: number): boolean {
  const before = `${year - 1}-12-01`;
  const held = PLENUMS.filter((p) => p.held < before);
  const latest = held[held.length - 1];
  if (!latest) return true;
  const { source } = report;
  // Lines holding 全会, found by one walk over the text (each line is not searched on its own).
  for (let at = source.text.indexOf(PLENUM_PREFILTER); at >= 0; ) {
    const line = source.lineAt(at);
    at = source.text.indexOf(PLENUM_PREFILTER, line.end);
    if (!line.prose || report.partOf(line.index) !== 'plan') continue;
    const view = source.view(line);
    PLENUM_FORMULA.lastIndex = 0;
    for (let m = PLENUM_FORMULA.exec(view.text); m; m = PLENUM_FORMULA.exec(view.text)) {
      const congress = CONGRESS_NUMERALS[m[1]!]!;
      const plenums = [...m[2]!.matchAll(PLENUM_IN_LIST)].map((x) => PLENUM_NUMERALS[x[1]!]!);
      const last = Math.max(...plenums);
      if (congress > latest.congress || (congress === latest.congress && last >= latest.plenum)) continue;
      const named = PLENUMS.find((p) => p.congress === congress && p.plenum === last);
      const span = view.span(m.index, m.index + m[0].length);
      if (!context.problem({
        messageId: 'plenum',
        data: { named: named ? plenumName(named) : m[0], year: String(year), latest: plenumName(latest), held: latest.held },
        offset: span.offset,
        length: span.length,
        hint: true,
      })) return false;
    }
  }
  return true;
}
