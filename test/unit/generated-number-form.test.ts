/**
 * Generated drafts for number-form: every fault form (a full-width digit, a full-width decimal point, a full-width
 * per-cent sign in a draft that writes %, a year in Chinese numerals with 0 / 零 / O / ○ for 〇, 千 inside an Arabic
 * number, a two-digit year, a zero-padded month) at every position a number stands in a report (a 一、 heading, a
 * （一） heading, a body paragraph, an item of the 名词解释 section, a Markdown heading and list item), with LF and
 * CRLF. The clean draft (the same line written right) must be silent; the faulty one found on its line. The forms
 * and the traps around them (增长8%左右, 5%—5.5%, 二〇三五年, “十四五”, 500千伏, 25年来 …) are written here by hand from
 * corpus/SOURCES.md and corpus-more/SOURCES.md, not from the rule's vocabulary.
 */
import { assertFoundAt, assertSilent, combinations, describeCombination, Draft } from '../support/drafts';

const FAULTS = {
  fullWidthDigit: ['地区生产总值增长5.4%', '地区生产总值增长5.４%'],
  fullWidthNumber: ['发放惠民卡12万张', '发放惠民卡１２万张'],
  fullWidthPoint: ['地区生产总值增长5.4%', '地区生产总值增长5．4%'],
  fullWidthPercent: ['城镇调查失业率5.5%以内', '城镇调查失业率5.5％以内'],
  yearDigitZero: ['展望二〇二六年', '展望二0二六年'],
  yearLingZero: ['展望二〇二六年', '展望二零二六年'],
  yearLetterZero: ['展望二〇二六年', '展望二O二六年'],
  yearCircleZero: ['展望二〇〇六年以来', '展望二○○六年以来'],
  thousand: ['新增市场主体4000户', '新增市场主体4千户'],
  hundredMillion: ['接待游客3.45亿人次', '接待游客3亿4千5百万人次'],
  shortYear: ['项目到2025年底建成', '项目到25年底建成'],
  shortYearHalf: ['2024年上半年开工', '24年上半年开工'],
  paddedMonth: ['会议于2026年1月8日召开', '会议于2026年01月8日召开'],
  paddedDay: ['会议于2026年1月8日召开', '会议于2026年1月08日召开'],
} as const;

const POSITIONS = {
  chapter: (phrase: string) => `二、${phrase}的主要工作`,
  section: (phrase: string) => `（一）${phrase}。`,
  body: (phrase: string) => `　　过去一年，${phrase}，各项工作取得新进展。`,
  note: (phrase: string) => `[2]示范工程：${phrase}，已经省政府同意。`,
  markdownHeading: (phrase: string) => `## 三、${phrase}`,
  markdownItem: (phrase: string) => `- ${phrase}；`,
} as const;

function draft(position: keyof typeof POSITIONS, phrase: string): Draft {
  const d = new Draft();
  const markdown = position.startsWith('markdown');
  d.line(markdown ? '# 政府工作报告' : '政府工作报告');
  d.line('——2026年1月27日在省第十四届人民代表大会第五次会议上');
  d.line('各位代表：');
  d.line(markdown ? '## 一、2025年工作回顾' : '一、2025年工作回顾');
  d.line('　　地区生产总值增长8%左右，城镇新增就业1万人以上，常住人口1256万人，粮食产量1.4万亿斤，进出口3.2万亿美元。');
  d.line('　　增长目标为5%—5.5%，亦即5%-5.5%或6%－6.5%，居民收入提高1.2个百分点，千方百计稳就业、惠百姓。');
  d.line('　　展望二〇三五年，编制“十四五”规划，办好十件民生实事，建成500千伏变电站，改革开放40年来、建市25年以来，迎来建党100周年，土地按1:1补充，会议10:30开始，详见https://www.gov.cn/2026-01/27/c_1.htm[1]。');
  if (position !== 'note') d.line(POSITIONS[position](phrase), 'target');
  d.line('　　一是稳增长，二是促改革，三是惠民生。');
  d.line(markdown ? '## 名词解释' : '名词解释');
  d.line('[1]“十四五”：2021—2025年。');
  if (position === 'note') d.line(POSITIONS[position](phrase), 'target');
  else d.line('[2]示范工程：省级示范工程。');
  return d;
}

describe('number-form: generated drafts', () => {
  for (const combination of combinations({ fault: Object.keys(FAULTS) as (keyof typeof FAULTS)[], position: Object.keys(POSITIONS) as (keyof typeof POSITIONS)[], eol: ['\n', '\r\n'] as const })) {
    it(describeCombination(combination), () => {
      const [clean, faulty] = FAULTS[combination.fault];
      const markdown = combination.position.startsWith('markdown');
      const options = { markdown, config: { rules: { 'footnote-unused': 'off' as const, 'footnote-missing': 'off' as const } } };
      const good = draft(combination.position, clean);
      assertSilent(good.text(combination.eol), `clean ${describeCombination(combination)}`, ['number-form'], options);
      const bad = draft(combination.position, faulty);
      assertFoundAt(bad.text(combination.eol), 'number-form', bad.lineOf('target'), `faulty ${describeCombination(combination)}`, options);
    });
  }
});
