/**
 * The report's own year (issue 14 item 1): read for every report of the corpus, with where it came from; the six
 * where no year can be read are named with the reason. The setting overrides it; each part knows its years; the
 * outline shows them.
 */
import * as assert from 'node:assert/strict';
import { lint, outline, parseReport } from '../../server/src/core/index';
import { yearsOfPart } from '../../server/src/core/facts/report-year';
import { corpusDocuments } from '../support/mutations';

/** file → year and origin; `none` with the reason where the draft names no year the reader trusts. */
const EXPECTED: Record<string, string> = {
  '01_全国_2025.txt': '2025 plan-title',
  '02_全国_2019.txt': '2019 plan-title',
  '03_全国_2012.txt': '2012 plan-title',
  '04_全国_1954.txt': 'none: no header, no title with a year (the 1954 report has no review or plan part titles)',
  '05_海南省_2026.txt': '2026 date',
  '06_江西省_2026.txt': '2026 title',
  '07_广东省_2026.txt': '2026 date',
  '08_四川省_2026.txt': '2026 title',
  '09_贵州省_2026.txt': '2026 date',
  '10_北京市_2026.txt': '2026 title',
  '11_海南省_2025.txt': '2025 title',
  '12_云南省_2025.txt': '2025 title',
  '13_河北省_2024.txt': '2024 date',
  '14_河北省_2003.txt': '2003 date',
  '15_保定市_2022.txt': '2022 date',
  '16_保定市_2021.txt': '2021 date',
  '17_保定市_2014.txt': '2014 date',
  '18_高阳县_2019.txt': '2019 date',
  '19_易县_2021.txt': '2021 date',
  '20_博野县_2024.txt': '2024 date',
  '21_蠡县_2020.txt': '2020 plan-title',
  '22_涞水县_2021.txt': '2021 date',
  '23_定兴县_2022.txt': '2022 date',
  '24_保定市清苑区_2021.txt': '2021 date',
  '25_高唐县_2023.txt': '2023 date',
  '26_涞源县_2021.txt': '2021 date',
  '27_桃園市_2015.txt': 'none: a Taiwan report dated in the ROC calendar (104 年度), no Gregorian year in header or titles',
  '28_全国_1956.txt': 'none: no header; its titles (１９５６年的国家预算) are budget sections, not a review or a plan part',
  '29_全国_1983.txt': 'none: no header; a 换届 report titled 过去五年的回顾 / 今后五年的主要任务, no single year',
  '30_全国_1998.txt': '1998 plan-title',
  '31_全国_2006.txt': 'none: no header; titles 去年工作回顾 / 今年主要任务 name no year',
  '32_全国_2023.txt': '2023 date',
  '33_云南省_2026.txt': '2026 title',
  '34_吉林省_2026.txt': '2026 title',
  '35_山西省_2026.txt': '2026 title',
  '36_福建省_2026.txt': '2026 title',
  '37_陕西省_2026.txt': '2026 title',
  '38_江苏省_2025.txt': '2025 title',
  '39_湖南省_2025.txt': '2025 title',
  '40_黑龙江省_2025.txt': '2025 title',
  '41_重庆市_2025.txt': '2025 title',
  '42_河北省_2007.txt': '2007 date',
  '43_河北省_2021.txt': '2021 date',
  '44_上海市_2021.txt': 'none: the text has no line breaks and no header; it says 今年 but names no year in a title',
  '45_保定市_2018.txt': '2018 plan-title',
  '46_保定市_2010.txt': '2010 date',
  '47_呼伦贝尔市海拉尔区_2012.txt': '2012 date',
  '48_呼伦贝尔市海拉尔区_2017.txt': '2017 date',
  '49_保定市满城区_2022.txt': '2022 date',
  '50_保定市清苑区_2020.txt': '2020 date',
  '51_阜平县_2021.txt': '2021 date',
  '52_阜平县_2022.txt': '2022 date',
  '53_定兴县_2021.txt': '2021 date',
  '54_易县_2022.txt': '2022 plan-title',
  '55_蠡县_2022.txt': '2022 date',
  '56_容城县_2020.txt': '2020 plan-title',
  '57_涞水县_2020.txt': '2020 date',
  '58_高唐县_2021.txt': '2021 date',
  '59_米易县_2022.txt': '2022 date',
  '60_涞源县_2022.txt': '2022 date',
  '61_涞源县_2025.txt': '2025 date',
  '62_涞水县_2022.txt': '2022 date',
  '63_顺平县_2023.txt': '2023 plan-title',
  '64_徐水县_2015.txt': '2015 plan-title',
  '65_容城县_2019.txt': '2019 plan-title',
  '66_徐水县_2011.txt': '2011 date',
  '67_阜平县_2013.txt': '2013 date',
  '68_清苑县_2013.txt': '2013 date',
  '69_新安县_2024.txt': '2024 plan-title',
  '70_博野县_2022.txt': '2022 date',
};

describe('report year', () => {
  it('is read for every corpus report (or named as unreadable, with the reason), and agrees with the file name', () => {
    const actual: Record<string, string> = {};
    for (const doc of corpusDocuments()) {
      const name = doc.key.split('/')[1]!;
      const { year, origin } = parseReport(doc.text).year;
      const expected = EXPECTED[name] ?? '';
      actual[name] = year === undefined && expected.startsWith('none') ? expected : `${year} ${origin}`;
      if (year !== undefined) assert.equal(String(year), /_(\d{4})\.txt$/.exec(name)![1], name);
    }
    assert.deepEqual(actual, EXPECTED);
  });

  const header = (line: string) => `${line}\n各位代表：\n一、工作回顾\n二、工作安排\n今年是“十五五”开局之年。\n`;
  it('reads the header in every form: title, dash or bracketed date, full-width and Chinese digits, traditional script', () => {
    for (const line of [
      '2026年政府工作报告',
      '某省2026年政府工作报告',
      '——2026年1月27日在某省第十四届人民代表大会第四次会议上',
      '（2026年1月27日在某县第十八届人民代表大会第五次会议上）',
      '２０２６年１月２７日在某县第十八届人民代表大会第五次会议上',
      '——二〇二六年一月二十七日在某省人民代表大会上',
      '——2026年1月27日在某省第十四屆人民代表大會第四次會議上',
      '2026年政府工作報告',
    ]) {
      const y = parseReport(header(line)).year;
      assert.equal(y.year, 2026, line);
      assert.ok(y.origin === 'title' || y.origin === 'date', line);
    }
  });

  it('falls back to the plan title, then the review title (2025年工作回顾 → 2026), and the setting overrides all', () => {
    assert.deepEqual(pick(parseReport('各位代表：\n一、2025年工作回顾\n二、2026年工作安排\n')), [2026, 'plan-title']);
    assert.deepEqual(pick(parseReport('各位代表：\n一、2025年工作回顾\n二、今年工作安排\n')), [2026, 'review-title']);
    assert.deepEqual(pick(parseReport('2026年政府工作报告\n一、2025年工作回顾\n', { reportYear: 2030 })), [2030, 'setting']);
    assert.deepEqual(pick(parseReport('各位代表：\n一、工作回顾\n二、工作安排\n')), [undefined, undefined]);
  });

  it('each part knows its years: the review the year before (five in a 换届 report), the plan the report year', () => {
    const report = parseReport('2026年政府工作报告\n一、2025年工作回顾\n二、过去五年工作回顾\n三、2026年工作安排\n');
    const years = report.parts.map((_, i) => yearsOfPart(report.source, report.year, report.parts, i));
    assert.deepEqual(years, [{ first: 2025, last: 2025 }, { first: 2021, last: 2025 }, { first: 2026, last: 2026 }]);
    const details = outline(report).map((n) => n.detail);
    assert.deepEqual(details, ['2025年', '2021—2025年', '2026年']);
  });

  it('the setting reaches the rules through the lint config', () => {
    const text = '各位代表：\n一、2025年工作回顾\n二、2026年工作安排\n';
    assert.equal(lint(text).problems.filter((p) => p.ruleId === 'year-mismatch').length, 0);
    assert.equal(lint(text, { config: { reportYear: 2027 } }).problems.filter((p) => p.ruleId === 'year-mismatch').length, 2);
  });
});

function pick(report: ReturnType<typeof parseReport>): [number | undefined, string | undefined] {
  return [report.year.year, report.year.origin];
}
