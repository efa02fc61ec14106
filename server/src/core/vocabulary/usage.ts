/**
 * Number usage (GB/T 15834—2011 标点符号用法, GB/T 15835—2011 出版物上数字用法): how a range joins its two terms,
 * which marks of a term may not be left to the second term alone, and the words that make a figure approximate or
 * bound it. Matched on the normalised view (ASCII digits and %, simplified script) unless a comment says otherwise.
 */
import { FIGURE_UNITS, MAGNITUDES, OTHER_UNITS } from './figures';
import { alternation, charClass } from './regex';

// ——— Ranges ———

/**
 * The marks that join the two terms of a range as drafts type them: the hyphen, the one-em dash (once or twice),
 * the full-width hyphen, the wave dash in both widths, the en dash and the wave dash of Japanese fonts.
 */
export const RANGE_DASHES = '-—－～~–〜';
/** The words that join the two terms of a range (30至40%, 从20到30%). */
export const RANGE_WORDS = ['至', '到'];
/** The hyphen-minus: the short hyphen (短横线) of GB/T 15834—2011 4.13.3.1, for dates and codes, not for spans of years. */
export const SHORT_HYPHEN = '-';
/** The one-em dash (一字线) that marks the start and end of a span of time (GB/T 15834—2011 4.13.3.2): 2021—2025年. */
export const YEAR_DASH = '—';
/**
 * The additional symbols (附加符号) the standard names: without it the first term is a bare number (15～30% reads
 * 15 to 0.3). ％ is read as % in the view.
 */
export const RANGE_SIGNS = ['%', '‰'];
/** The magnitudes a term carries inside the number (5万, 1.2亿): without it 5-10万元 reads 5元 to 10万元. */
export const RANGE_MAGNITUDES = Object.keys(MAGNITUDES);

const CONNECTOR = `(?:${charClass(RANGE_DASHES)}{1,2}|${alternation(RANGE_WORDS)})`;
/** A spot where a range may stand (global, on the ORIGINAL text, both digit widths): a digit, a connector, a digit. */
export const RANGE_CANDIDATE = new RegExp(`[0-9\uff10-\uff19][ \\u3000]?${CONNECTOR}[ \\u3000]?[0-9\uff10-\uff19]`, 'g');
/**
 * A range at a position of the view (sticky). Groups: 1 first number, 2 its sign or magnitude, 3 the connector,
 * 4 second number, 5 its magnitude, 6 its sign, 7 the unit after it (for quoting only).
 */
export const RANGE = new RegExp(
  `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(${alternation([...RANGE_SIGNS, ...RANGE_MAGNITUDES])})?[ \\u3000]?(${CONNECTOR})[ \\u3000]?` +
    `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(${alternation(RANGE_MAGNITUDES)})?(${alternation(RANGE_SIGNS)})?` +
    `(${alternation([...FIGURE_UNITS, ...OTHER_UNITS].filter((u) => !RANGE_SIGNS.includes(u) && u !== '％'))})?`,
  'y',
);
/** The brackets a span of years may stand in alone (（2020-2035）); otherwise 年 (titles.ts YEAR_WORD) follows it. */
export const YEAR_RANGE_OPENERS = '（(';
export const YEAR_RANGE_CLOSERS = '）)';

// ——— Doubled approximations ———

/** Words before a number that make it approximate (约30%, 近百人, 将近一半): paired with 左右 or 上下 they say it twice. */
export const APPROXIMATE_LEADS = ['约', '大约', '大概', '约莫', '近', '将近', '接近', '差不多'];
/** Words after a number that make it approximate. */
export const APPROXIMATE_TAILS = ['左右', '上下'];
/** Words before a number that bound it from below (超过80%): paired with 以上 they say it twice. */
export const LOWER_BOUND_LEADS = ['超过', '逾', '突破', '多于', '高于', '大于', '不少于', '不低于', '不下于', '至少'];
export const LOWER_BOUND_TAILS = ['以上'];
/** Words before a number that bound it from above (不超过5%): paired with 以下 or 以内 they say it twice. */
export const UPPER_BOUND_LEADS = ['不超过', '不高于', '不多于', '少于', '低于', '不足', '至多', '最多'];
export const UPPER_BOUND_TAILS = ['以下', '以内'];
/** Words right after a number (or its magnitude) that make it approximate: 300多人, 十余家. */
export const APPROXIMATE_SUFFIXES = ['多', '余'];
/** The approximating leads that are adverbs: deleting one leaves a sentence (约占30%左右 → 占30%左右). */
export const ADVERB_LEADS = ['约', '大约', '大概', '约莫', '差不多'];
/**
 * Words that end in a lead without being one (签约亿元以上项目, 节约30%左右, 附近): a lead is read only when the
 * characters before it do not make one of these.
 */
export const NOT_LEADS = [
  '节约', '制约', '签约', '预约', '契约', '合约', '公约', '条约', '邀约', '履约', '违约', '特约', '婚约', '隐约', '誓约', '相约',
  '失约', '赴约', '践约', '简约', '集约', '俭约', '如约', '租约', '解约', '爽约', '守约', '毁约', '立约', '缔约', '和约', '盟约',
  '订约', '附近', '邻近', '就近', '临近', '靠近', '亲近', '贴近', '最近', '新近', '远近', '逼近', '浅近', '迫近',
];
/** The verbs that may stand between an adverb lead and its number: 约占30%, 约为5万人, 约有三成, 约合, 约计. */
export const LEAD_VERBS = '占为有达合计';
/** The characters where a qualifier's search starts (global, on the ORIGINAL text: the tails are the same in both scripts). */
export const QUALIFIER_CANDIDATE = new RegExp(alternation([...APPROXIMATE_TAILS, ...LOWER_BOUND_TAILS, ...UPPER_BOUND_TAILS, '以內']), 'g');
/** 上下 is a qualifier only at the end of the phrase (50岁上下，/ 50岁上下的): not 上下游, 全市上下, 上下功夫. */
export const AFTER_SHANGXIA = '的';

/** Chinese numerals of an approximate figure: 百 (近百人), 十 (十余家), 半 (约半数), 几 (近几年), with 百分之 and 分之. */
const CHINESE_FIGURE = '(?:百分之)?[零〇一二两三四五六七八九十百千万亿半几]+(?:分之[零〇一二三四五六七八九十百千]+)?';
const ARABIC_FIGURE = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
/** What may stand between a number and its qualifier: a magnitude, 多/余, 个, a unit or measure word (longest first). */
const FIGURE_TAIL =
  `(?:${alternation(Object.keys(MAGNITUDES))})?(${alternation(APPROXIMATE_SUFFIXES)})?(?:${alternation(Object.keys(MAGNITUDES))})?` +
  `(?:个)?(?:${alternation([...FIGURE_UNITS, ...OTHER_UNITS, '成', '人', '份', '数'])})?`;
/**
 * A figure with a lead, ending where a qualifier starts (on a slice of the view that ends there). Groups: 1 the
 * lead, 2 a verb after an adverb lead, 3 the number, 4 a suffix 多/余 after it.
 */
export const LED_FIGURE_BEFORE_QUALIFIER = new RegExp(
  `(${alternation([...APPROXIMATE_LEADS, ...LOWER_BOUND_LEADS, ...UPPER_BOUND_LEADS])})(${charClass(LEAD_VERBS)})?(${ARABIC_FIGURE}|${CHINESE_FIGURE})${FIGURE_TAIL}$`,
);
/** A figure with a suffix 多/余, ending where a qualifier starts. Groups: 1 the number, 2 the suffix. */
export const SUFFIXED_FIGURE_BEFORE_QUALIFIER = new RegExp(`(?<![\\d.,])(${ARABIC_FIGURE}|${CHINESE_FIGURE})${FIGURE_TAIL}$`);
/** How far before a qualifier the figure is looked for (一百二十三万五千多吨 fits). */
export const MAX_FIGURE_BEFORE_QUALIFIER = 32;
