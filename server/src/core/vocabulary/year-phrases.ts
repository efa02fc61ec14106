/**
 * The words that tie a report to its year (issue 14): the header's title and date (2026年政府工作报告,
 * ——2026年1月27日在…会议上, 二〇二六年一月), the subjects of a sentence that say which year it speaks of (今年是…,
 * 2025年是…, 去年是…), the anniversary and phase phrases built from the tables in years.ts, and the plenum formula.
 * Matched on the normalised view (simplified script, ASCII digits).
 */
import { alternation } from './regex';
import { ANNIVERSARIES, PLAN_PERIODS, PLAN_PHASES } from './years';

/** The digits of a year written in Chinese numerals (二〇二六年), with their values. */
export const YEAR_NUMERAL_DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, '零': 0, 'Ｏ': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const CN_YEAR = `[${Object.keys(YEAR_NUMERAL_DIGITS).join('')}]{4}`;
/** A year: four digits or four Chinese digits, not inside a longer number. Groups: the year. */
const YEAR = `(?<![0-9])(\\d{4}|${CN_YEAR})年`;

/** The value of a year as written (2026, 二〇二六). */
export function yearValue(written: string): number {
  if (/^\d{4}$/.test(written)) return Number(written);
  let value = 0;
  for (const c of written) value = value * 10 + (YEAR_NUMERAL_DIGITS[c] ?? NaN);
  return value;
}

/** The document title with its year: 2026年政府工作报告, 2026年江西省政府工作报告, 陕西省2026年政府工作报告. Groups: year. */
export const HEADER_TITLE_YEAR = new RegExp(`${YEAR}[^。，,；;]{0,20}政府工作报告`);
/** The header's date: ——2026年1月27日在…, （2007年1月16日）, 二〇二六年一月. Groups: year. */
export const HEADER_DATE_YEAR = new RegExp(`${YEAR}\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月`);

/** A year that opens a span in a title (2021年以来, 2021年来): the title reviews more than that year. */
export const YEAR_SPAN_AFTER = /^(?:以来|来|起|至今|—|-|－|~|～|至|到)/;
/** Before a year, what makes it one end of a span (2016—2020年, 至2025年) or a deadline (到2025年). */
export const YEAR_SPAN_BEFORE = /(?:—|-|－|~|～|至|到)$/;
/** A review that spans the five years of a 换届 report (过去五年工作回顾, 五年来, 本届政府): any year in it is allowed. */
export const FIVE_YEAR_REVIEW = /过去五年|五年来|本届政府|[一二三四五六七八九十]+五[”"]?(?:时期|期间|以来)/;

/** Subjects of a sentence that name the year it speaks of, and their distance from the report year. */
export const YEAR_SUBJECTS: Readonly<Record<string, number>> = {
  今年: 0,
  明年: 1,
  去年: -1,
  上年: -1,
  过去的一年: -1,
  刚刚过去的一年: -1,
};
/** The subject: a year word or an explicit year, then 是. Groups: subject word, explicit year. */
const SUBJECT = `(?:(${alternation(Object.keys(YEAR_SUBJECTS))})|(?<![0-9—\\-－~～至到])(\\d{4})年)[，,]?(?:也|又|还)?是`;
/** The rest of the sentence up to the phrase (commas allowed, no sentence end). */
const CLAUSE = '[^。；;！!？?]{0,40}?';

/**
 * 今年是“十五五”开局之年, 2025年是“十四五”规划收官之年, 去年是“十四五”收官之年. Groups: subject word, explicit year,
 * period name, phase word.
 */
export const PHASE_PHRASE = new RegExp(
  `${SUBJECT}${CLAUSE}[“"]?(${alternation(PLAN_PERIODS.map((p) => p.name))})[”"]?(?:规划)?(?:的)?(${alternation(PLAN_PHASES.map((p) => p.word))})`,
  'g',
);
/** The word after an anniversary's N. */
export const ANNIVERSARY_TAIL = '周年';
/**
 * 今年是新中国成立77周年, 2024年是中华人民共和国成立75周年, for the events named by `words`. Groups: subject word,
 * explicit year, event words, N.
 */
export function anniversaryPhrase(words: readonly string[]): RegExp {
  return new RegExp(`${SUBJECT}${CLAUSE}(${alternation(words)})(\\d{1,3}|[一二三四五六七八九十百]{1,5})${ANNIVERSARY_TAIL}`, 'g');
}
/** The phrase for the events of the built-in table. */
export const ANNIVERSARY_PHRASE = anniversaryPhrase(ANNIVERSARIES.flatMap((a) => a.words));
/** What a line must hold for the phrases above to be looked for (on the original text, either script). */
export const YEAR_PHRASE_PREFILTER = ['之年', '周年', '週年'];

/**
 * A year directly before the goal cue, in its sentence: 2006年国民经济和社会发展的主要预期目标是. Matched on the
 * text from the sentence's start to the cue. Groups: the year.
 */
export const GOAL_YEAR = /(?<![0-9—\-－~～至到])(\d{4})年(?![—\-－~～至到以来])[^，,。；;：:（）()]{0,24}$/;

/** Every year in a title (the caller sets `lastIndex`): four digits or four Chinese digits before 年. Groups: the year. */
export const TITLE_YEAR_ANY = new RegExp(YEAR, 'g');

/** The numbers of the congresses a plenum formula names: 十八届 … 二十一届. */
export const CONGRESS_NUMERALS: Readonly<Record<string, number>> = { 十八: 18, 十九: 19, 二十: 20, 二十一: 21 };
/** The numbers of plenums: 一中 … 九中. */
export const PLENUM_NUMERALS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/**
 * The general plenum formula of a report's 总体要求: the congress, then the plenums it has held since (党的二十大和二十届
 * 二中、三中全会精神). Only the formula that opens with the congress is read: a plenum named alone (二十届三中全会精神,
 * 进一步全面深化改革) speaks of what that plenum decided, not of everything since. Groups: the congress, the plenums.
 */
export const PLENUM_FORMULA = /(?:十八|十九|二十|二十一)大(?:和|以及|、)(十八|十九|二十|二十一)届((?:[一二三四五六七八九]中[、和及]?)+)全会/g;
/** The plenum numerals in the list of a formula (二中、三中). */
export const PLENUM_IN_LIST = /([一二三四五六七八九])中/g;
/** What a line must hold for the formula to be looked for. */
export const PLENUM_PREFILTER = '全会';
