/**
 * Generated drafts for number-form's mixed counts: one count phrase (numeral + measure word + noun, from the forms of
 * corpus/SOURCES.md and corpus-more/SOURCES.md: 十件民生实事, 六个老旧小区, 十大专项行动, 四个方面, 十项重点工程, 十条措施)
 * written twice, in every value from 2 to 20, Chinese numerals first or Arabic first, in simplified and traditional
 * script, the second one in a body paragraph, a （一） heading or a note item. Written the same way twice the draft is
 * silent; with the second written in the other form the rule finds it on its line (a tie reports the later form). The
 * numerals are written here by hand, not with the rule's helpers, and the traps around them (一是, “十四五”, “三农”,
 * 一批, 第十个, 数十个, 4个方面21条, 12类55件, 十件 vs 10项, 十件民生实事 vs 10件实事) stay silent.
 */
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/core/index';
import { assertFoundAt, assertSilent, combinations, describeCombination, Draft } from '../support/drafts';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 2 → 两 (兩), 10 → 十, 12 → 十二, 20 → 二十: how a report writes a count in Chinese numerals. */
function chinese(n: number, traditional: boolean): string {
  if (n === 2) return traditional ? '兩' : '两';
  if (n < 10) return DIGITS[n]!;
  return (n >= 20 ? DIGITS[Math.floor(n / 10)]! : '') + '十' + DIGITS[n % 10]!;
}

/** Measure word and noun, simplified and traditional, and what follows the phrase. */
const PHRASES = {
  projects: ['件民生实事', '件民生實事'],
  housing: ['个老旧小区', '個老舊小區'],
  actions: ['大专项行动', '大專項行動'],
  aspects: ['个方面', '個方面'],
  works: ['项重点工程', '項重點工程'],
  measures: ['条措施', '條措施'],
} as const;

const POSITIONS = {
  body: (phrase: string) => `　　今年，要扎实推进${phrase}，确保按期完成。`,
  section: (phrase: string) => `（二）扎实推进${phrase}。`,
  note: (phrase: string) => `[2]重点任务：${phrase}，已经省政府同意。`,
} as const;

function draft(first: string, second: string, position: keyof typeof POSITIONS, traditional: boolean): Draft {
  const d = new Draft();
  d.line(traditional ? '政府工作報告' : '政府工作报告');
  d.line('——2026年1月27日在省第十四届人民代表大会第五次会议上');
  d.line('各位代表：');
  d.line('一、2025年工作回顾');
  d.line('　　地区生产总值增长8%左右，城镇新增就业1万人以上，增长目标为5%—5.5%，亦即5%-5.5%或6%－6.5%。');
  d.line('　　一是稳增长，二是促改革；编制“十四五”规划，抓好“三农”工作，建成一批项目，第十个年头，数十个项目落地，几十家企业入驻。');
  d.line('　　提出转型升级等4个方面21条措施，办好12类55件民生实事，另有10项民生工程、10件实事同步推进[1]。');
  d.line(`　　过去一年，${first}全面完成。`, 'first');
  d.line('二、2026年主要工作');
  if (position !== 'note') d.line(POSITIONS[position](second), 'second');
  d.line('　　三是惠民生。');
  d.line('名词解释');
  d.line('[1]“十四五”：2021—2025年。');
  if (position === 'note') d.line(POSITIONS[position](second), 'second');
  else d.line('[2]重点任务：省级重点任务。');
  return d;
}

const VALUES = Array.from({ length: 19 }, (_, i) => i + 2);

describe('number-form: generated drafts, one count in Chinese and Arabic numerals', () => {
  const options = { config: { rules: { 'footnote-unused': 'off' as const, 'footnote-missing': 'off' as const } } };
  for (const combination of combinations({
    phrase: Object.keys(PHRASES) as (keyof typeof PHRASES)[],
    first: ['chinese', 'arabic'] as const,
    position: Object.keys(POSITIONS) as (keyof typeof POSITIONS)[],
    script: ['simplified', 'traditional'] as const,
  })) {
    it(describeCombination(combination), () => {
      const traditional = combination.script === 'traditional';
      const words = PHRASES[combination.phrase][traditional ? 1 : 0];
      for (const value of VALUES) {
        const cn = chinese(value, traditional) + words;
        const ar = String(value) + words;
        const [first, other] = combination.first === 'chinese' ? [cn, ar] : [ar, cn];
        const context = `${describeCombination(combination)} value=${value}`;
        assertSilent(draft(first, first, combination.position, traditional).text(), `clean ${context}`, ['number-form'], options);
        const bad = draft(first, other, combination.position, traditional);
        const text = bad.text();
        assertFoundAt(text, 'number-form', bad.lineOf('second'), `faulty ${context}`, options);
        // A hint, whatever the rule's severity; its fix writes the first form.
        const problem = lint(text, options).problems.find((p) => p.messageId === 'mixedCount')!;
        assert.equal(problem.severity, 'hint', context);
        const fixed = problem.fix!.edits[0]!;
        assert.equal(text.slice(0, fixed.offset) + fixed.text + text.slice(fixed.offset + fixed.length), draft(first, first, combination.position, traditional).text(), context);
      }
    });
  }
});
