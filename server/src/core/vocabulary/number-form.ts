/**
 * The forms of numbers the `number-form` rule reads (GB/T 15835—2011 出版物上数字用法, GB/T 9704—2012 7.3.5): full-width
 * digits, decimal points and per-cent signs; the zero of a year written in Chinese numerals (〇, not 零, 0, O or ○);
 * Chinese magnitudes other than 万 and 亿 inside an Arabic number (4千); abbreviated years (23年底); months and days
 * with a leading zero (01月). Words are data here; the rule holds only the policy.
 */
import { alternation, charClass } from './regex';

/** Full-width digits ０–９ (U+FF10–U+FF19), and what each is in ASCII. */
export const FULL_WIDTH_DIGIT_FIRST = 0xff10;
export const FULL_WIDTH_DIGIT_LAST = 0xff19;
/** The full-width full stop used as a decimal point (８．５). */
export const FULL_WIDTH_POINT = '．';
/** The full-width per-cent sign (７．５％). */
export const FULL_WIDTH_PERCENT = '％';
export const HALF_WIDTH_PERCENT = '%';

/**
 * Brackets around an ordinal or a note marker (（１） ［１］ 【１】 〔１〕): digits alone between them number a list item or a
 * note, and their width is the numbering's own style (heading-punctuation, footnote-style and enumeration-sequence read
 * it), not a number's.
 */
export const ORDINAL_OPENERS = '（(［[【〔';
export const ORDINAL_CLOSERS = '）)］]】〕';
/** Marks after a line-opening ordinal (１． １、 １.). */
export const ORDINAL_MARKS = '．.、';

/** Any character of a full-width number: one global scan finds every candidate. */
export const FULL_WIDTH_NUMBER_CHAR = /[\uff10-\uff19\uff0e\uff05]/g;

/** The Chinese numeral 〇 (U+3007) a year written digit by digit takes for 0 (GB/T 15835—2011 5.2.5: 二〇一二, not 二零一二). */
export const CHINESE_ZERO = '〇';
/** What drafts write instead of 〇 inside such a year: 零 (the counting zero), the digit 0 (both widths), Latin O/o, ○ (U+25CB), Cyrillic О. */
export const WRONG_ZEROS = '零0０OoＯｏ○О';
/** The Chinese digits one to nine of a year written digit by digit. */
export const YEAR_DIGITS = '一二三四五六七八九';
/** The unit after such a year. */
export const YEAR_UNIT = '年';
/**
 * The characters of a year written digit by digit in Chinese numerals (二〇二六年, 二0二六年, 一九八○年): four of them before
 * 年, each a Chinese digit or a zero of any form; no 十/百/千 (一千零八 counts, and takes 零). The rule finds 年 first.
 */
export const CHINESE_YEAR_CHARS = YEAR_DIGITS + CHINESE_ZERO + WRONG_ZEROS;
export const CHINESE_YEAR_LENGTH = 4;

/** Magnitudes that may be Chinese inside an Arabic number (GB/T 15835—2011: 10亿零817万5288人). */
export const ALLOWED_MAGNITUDES = '万亿';
/** Magnitudes that may not: 4千 is 4000, 5百 is 500. */
export const MIXED_MAGNITUDES: Readonly<Record<string, number>> = { 千: 1000, 百: 100, 仟: 1000, 佰: 100 };
/**
 * Words and units that open with 千 or 百 and follow a number as a unit (500千伏, 0.13千克, 3千瓦时): the number is not
 * mixed, 千/百 is an SI prefix or part of a word. Longest first is not needed: the rule only asks whether one matches.
 */
export const MAGNITUDE_WORDS = [
  '千瓦', '千伏', '千克', '千米', '千帕', '千焦', '千卡', '千赫', '千兆', '千公顷', '千立方米', '千吨公里', '千牛',
  '千分', '百分', '百兆', '百米', '百强', '百姓', '千方百计',
];
/** A number followed by a mixed magnitude: `4千`, `1.5千`, `3亿4千5百万`'s `4千`. Groups: the number, the magnitude. */
export const MIXED_MAGNITUDE = new RegExp(`(?<![0-9.])([0-9]+(?:\\.[0-9]+)?)(${charClass(Object.keys(MIXED_MAGNITUDES).join(''))})`, 'g');
export const MAGNITUDE_WORD = new RegExp(`^${alternation(MAGNITUDE_WORDS)}`);

/**
 * What follows a two-digit year and makes it one (23年底, 24年上半年, 25年3月): a duration is never followed by these
 * (3年来, 25年以来, 30年 are durations; 70周年 an anniversary).
 */
export const SHORT_YEAR_TAILS = ['年底', '年初', '年末', '年上半年', '年下半年', '年一季度', '年二季度', '年三季度', '年四季度', '年第一季度', '年第二季度', '年第三季度', '年第四季度', '年前三季度', '年全年'];
/** A two-digit year: two ASCII digits (not part of a longer number, a decimal or a code) before one of the tails, or before 年 and a month (25年3月). */
export const SHORT_YEAR = new RegExp(
  `(?<![0-9.\\-/:A-Za-z０-９])([0-9]{2})(?=${alternation(SHORT_YEAR_TAILS)}|年(?:[1-9]|1[0-2])月)`,
  'g',
);
export const YEAR_CHAR = YEAR_UNIT;

/** A month or day with a leading zero in running text (2026年01月27日, 08日): not in 2026-01-27 or 2026.01.27. */
export const PADDED_DATE = /(?<![0-9.\-/:０-９])0([1-9])(?=[月日])/g;

/**
 * A count phrase, numeral + measure word + noun (十件民生实事, 10件民生实事), for the mix of Chinese and Arabic numerals
 * for one count in one draft (GB/T 15835—2011: 局部体例一致). The measure words read (simplified and traditional);
 * 年/月/日/是/次 are not among them: years, dates, 一是 and 第一 are no counts.
 */
export const COUNT_FORM_MEASURES = '件项个条大类家所座种項個條類種';
/** The Chinese numerals of such a count: 两 (兩) for two, 十 for tens (二十, 十二). */
export const COUNT_FORM_CHINESE = '一二三四五六七八九十两兩';
/** Both forms followed by a measure word: one global scan finds every candidate. Groups: numeral, measure word. */
export const COUNT_FORM = new RegExp(`([0-9]{1,2}|${charClass(COUNT_FORM_CHINESE)}{1,3})(${charClass(COUNT_FORM_MEASURES)})`, 'g');
/**
 * What may not stand right before the numeral of such a count: another digit or numeral (the number is longer), a
 * decimal point, a range's connector, 第 (an ordinal), 数/几/多 (a vague count: 数十个, 几十家), 每.
 */
export const COUNT_FORM_NOT_BEFORE = '0123456789０１２３４５６７８９一二三四五六七八九十两兩百千万亿零〇.．第数數几幾多每、~～-—－';
/** The noun compared: this many characters after the measure word (民生实事, 老旧小区; shorter where the phrase ends). */
export const COUNT_FORM_NOUN_LENGTH = 4;
export const COUNT_FORM_NOUN_MIN = 2;
/**
 * Fixed words (GB/T 15835—2011 4.2.3 定型词语) with a count: written in Chinese numerals whatever the draft's habit, so a
 * mix with them is always fixed on the Arabic side.
 */
export const COUNT_FORM_FIXED = [
  '两个确立', '两个维护', '两个一百年', '两个毫不动摇', '两个大局', '两条线', '三个代表', '三大攻坚战', '三个务必',
  '四个全面', '四个意识', '四个自信', '四个现代化', '八项规定', '两个结合', '三个区分开来',
];
