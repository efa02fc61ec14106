/**
 * The years a report's set phrases are tied to: the five-year plan periods and the phases of a period
 * (今年是“十五五”开局之年), anniversaries (新中国成立76周年) and the plenums of the Party congress whose formula the plan
 * part names (学习贯彻党的二十大和二十届二中、三中、四中全会精神). Each entry names where the fact comes from.
 *
 * A minimal table to build the year reading and `year-mismatch` against (issue 14); the full table replaces it.
 */

/** A five-year plan period: 十四五 2021–2025. */
export interface PlanPeriod {
  name: string;
  first: number;
  last: number;
  source: string;
}

const PLANS = 'The outline of each five-year plan (国民经济和社会发展第N个五年规划纲要), adopted by the NPC in the spring of its first year';

export const PLAN_PERIODS: readonly PlanPeriod[] = [
  { name: '十一五', first: 2006, last: 2010, source: PLANS },
  { name: '十二五', first: 2011, last: 2015, source: PLANS },
  { name: '十三五', first: 2016, last: 2020, source: PLANS },
  { name: '十四五', first: 2021, last: 2025, source: PLANS },
  { name: '十五五', first: 2026, last: 2030, source: PLANS },
  { name: '十六五', first: 2031, last: 2035, source: PLANS },
];

/** A phase word and the year of the period it names: 1 = first year, 5 = last; only phases whose year is certain. */
export interface PlanPhase {
  word: string;
  yearOfPeriod: number;
  source: string;
}

export const PLAN_PHASES: readonly PlanPhase[] = [
  { word: '开局之年', yearOfPeriod: 1, source: '2021年政府工作报告: 今年是“十四五”开局之年' },
  { word: '起步之年', yearOfPeriod: 1, source: '2021年政府工作报告: 开启全面建设社会主义现代化国家新征程的起步之年 (first year)' },
  { word: '收官之年', yearOfPeriod: 5, source: '2020年政府工作报告: 今年是…“十三五”规划收官之年' },
];

/** An anniversary: its words (建党, 中国共产党成立, 新中国成立, 中华人民共和国成立, 改革开放, 海南建省…) and the founding year. */
export interface Anniversary {
  words: readonly string[];
  founded: number;
  source: string;
}

export const ANNIVERSARIES: readonly Anniversary[] = [
  { words: ['建党', '中国共产党成立', '中国共产党建党'], founded: 1921, source: '2021年 庆祝中国共产党成立100周年大会 (2021-07-01)' },
  { words: ['新中国成立', '中华人民共和国成立'], founded: 1949, source: '2019年 庆祝中华人民共和国成立70周年 (2019-10-01)' },
  { words: ['改革开放'], founded: 1978, source: '2018年 庆祝改革开放40周年大会 (2018-12-18)' },
];

/** A plenum formula (学习贯彻党的二十大和二十届二中、三中全会精神): the last plenum it names, and from when a report would name a later one. */
export interface Plenum {
  congress: number;
  /** 0 = the congress itself. */
  plenum: number;
  /** ISO date of the plenum's first day. */
  held: string;
  source: string;
}

const XINHUA = 'Xinhua communiqué of the session';

export const PLENUMS: readonly Plenum[] = [
  { congress: 18, plenum: 0, held: '2012-11-08', source: XINHUA },
  { congress: 18, plenum: 3, held: '2013-11-09', source: XINHUA },
  { congress: 18, plenum: 4, held: '2014-10-20', source: XINHUA },
  { congress: 18, plenum: 5, held: '2015-10-26', source: XINHUA },
  { congress: 18, plenum: 6, held: '2016-10-24', source: XINHUA },
  { congress: 19, plenum: 0, held: '2017-10-18', source: XINHUA },
  { congress: 19, plenum: 2, held: '2018-01-18', source: XINHUA },
  { congress: 19, plenum: 3, held: '2018-02-26', source: XINHUA },
  { congress: 19, plenum: 4, held: '2019-10-28', source: XINHUA },
  { congress: 19, plenum: 5, held: '2020-10-26', source: XINHUA },
  { congress: 19, plenum: 6, held: '2021-11-08', source: XINHUA },
  { congress: 20, plenum: 0, held: '2022-10-16', source: XINHUA },
  { congress: 20, plenum: 2, held: '2023-02-26', source: XINHUA },
  { congress: 20, plenum: 3, held: '2024-07-15', source: XINHUA },
  { congress: 20, plenum: 4, held: '2025-10-20', source: XINHUA },
];
