/**
 * Generated drafts for year-mismatch (issue 14): every combination of the forms the corpus shows for the header
 * (title, dash or bracketed date, Chinese and full-width digits, none), the review title (2025年工作回顾, 2025年和
 * “十四五”时期工作回顾, “十四五”时期和2025年…, unnumbered), the plan title, the phase sentence and the goal sentence
 * — written here by hand from corpus/SOURCES.md and corpus-more/SOURCES.md, not from the linter's vocabulary. Each
 * draft is silent as written, and with one fault injected (a title or phrase left at last year's value) the fault
 * is found on its line.
 */
import { combinations, describeCombination, Draft, assertSilent, assertFoundAt } from '../support/drafts';

const AXES = {
  header: [
    '2026年政府工作报告',
    '某省2026年政府工作报告',
    '——2026年1月27日在某省第十四届人民代表大会第四次会议上',
    '（2026年1月27日在某县第十八届人民代表大会第五次会议上）',
    '——二〇二六年一月二十七日在某市第十六届人民代表大会第四次会议上',
    '２０２６年１月２７日在某县第十八届人民代表大会第五次会议上',
    '',
  ],
  review: ['一、2025年工作回顾', '一、2025年和“十四五”时期工作回顾', '一、“十四五”时期和2025年工作回顾', '一、2025年工作回顾和“十四五”发展主要成绩', '2025年主要工作回顾'],
  plan: ['二、2026年工作安排', '二、2026年重点工作', '三、2026年目标任务和重点工作', '二、今年工作安排'],
  phase: ['今年是“十五五”开局之年。', '今年是实施“十五五”规划的开局之年。', '今年是“十五五”规划开局之年，是新中国成立77周年。', '2026年是“十五五”开局之年。'],
  goal: ['经济社会发展的主要预期目标是：', '2026年全省经济社会发展的主要预期目标是：', '今年全市发展主要预期目标是：'],
} as const;

type Fault = 'review' | 'plan' | 'phase' | 'goal';
const FAULTS: Fault[] = ['review', 'plan', 'phase', 'goal'];

function draft(c: { header: string; review: string; plan: string; phase: string; goal: string }): Draft {
  const d = new Draft();
  if (c.header) d.line('政府工作报告').line(c.header);
  d.line('各位代表：').line('现在，我代表省人民政府，向大会报告工作，请予审议。');
  d.line(c.review, 'review').line('刚刚过去的一年，是“十四五”收官之年。全省生产总值增长5.5%。');
  d.line(c.plan, 'plan').line(c.phase, 'phase').line(c.goal, 'goal').line('地区生产总值增长5%左右。');
  return d;
}

describe('generated drafts: year-mismatch', function () {
  this.timeout(30000);
  it('every combination is silent as written, and one year left behind is found on its line', () => {
    let turn = 0;
    for (const c of combinations(AXES)) {
      const context = describeCombination(c);
      const d = draft(c);
      assertSilent(d.text(), context, ['year-mismatch']);
      // One fault per draft, in turn; a fault is injected only where the line is not the draft's only word on the year.
      for (let k = 0; k < FAULTS.length; k++) {
        const fault = FAULTS[(turn + k) % FAULTS.length]!;
        const planHasYear = c.plan.includes('2026');
        if (fault === 'review' && !c.header && !planHasYear) continue;
        if (fault === 'plan' && (!c.header || !planHasYear)) continue;
        if (fault === 'goal' && !c.goal.includes('2026')) continue;
        if (fault === 'phase' && !c.header && !planHasYear && c.phase.startsWith('2026')) continue;
        const faulty = draft(c);
        if (fault === 'review') faulty.replace('review', c.review.replace('2025', '2024'));
        if (fault === 'plan') faulty.replace('plan', c.plan.replace('2026', '2025'));
        if (fault === 'goal') faulty.replace('goal', c.goal.replace('2026', '2025'));
        if (fault === 'phase') faulty.replace('phase', c.phase.replace('十五五', '十四五'));
        assertFoundAt(faulty.text(), 'year-mismatch', faulty.lineOf(fault), `${context} fault=${fault}`);
        break;
      }
      turn++;
    }
  });
});
