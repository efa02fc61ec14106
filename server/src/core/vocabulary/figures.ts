/**
 * How reports state a figure (domain.md §3, §5): a verb that gives the direction (增长, 下降, 控制在 …), the number or
 * range, the unit, a qualifier (左右, 以上, 以内, 以下); the words that may stand between an indicator and its value;
 * the cues of another time frame (a five-year plan, 年均, 到2027年, the past); and the distributive form (城镇、农村
 * 居民人均可支配收入分别增长4.5%、5.5%). Matched on the normalised view: ASCII digits and %, simplified script.
 */
import { alternation, charClass } from './regex';
import { RANGE_CONNECTORS } from './marks';

export type Qualifier = '左右' | '以上' | '以内' | '以下';
export const QUALIFIERS: readonly Qualifier[] = ['左右', '以上', '以内', '以下'];
export type Direction = 'up' | 'down' | 'level';

/** Units of one kind compare (1万人 = 10000人); a growth rate restated as an amount is another statement. */
export const UNIT_SCALE: Readonly<Record<string, { kind: string; scale: number }>> = {
  '%': { kind: 'rate', scale: 1 },
  '个百分点': { kind: 'rate', scale: 1 },
  '‰': { kind: 'rate', scale: 1 },
  元: { kind: 'money', scale: 1 },
  万元: { kind: 'money', scale: 1e4 },
  亿元: { kind: 'money', scale: 1e8 },
  万亿元: { kind: 'money', scale: 1e12 },
  斤: { kind: 'grain', scale: 1 },
  万斤: { kind: 'grain', scale: 1e4 },
  亿斤: { kind: 'grain', scale: 1e8 },
  万亿斤: { kind: 'grain', scale: 1e12 },
  吨: { kind: 'mass', scale: 1 },
  万吨: { kind: 'mass', scale: 1e4 },
  人: { kind: 'people', scale: 1 },
  万人: { kind: 'people', scale: 1e4 },
  万人次: { kind: 'visits', scale: 1e4 },
  '微克/立方米': { kind: 'concentration', scale: 1 },
};
/** The units a target figure is read with, longest first. */
export const FIGURE_UNITS = Object.keys(UNIT_SCALE);

/** Verbs of direction. */
export const DOWN_VERBS = ['下降', '降低', '减少'];
export const UP_VERBS = ['增长', '增速为', '增速', '提高', '提升', '上涨', '涨幅为'];
/** Verbs that state a level: 达到1万人, 控制在5.5%以内, 为…, 在 (44: 城镇调查失业率在5%以内). */
export const LEVEL_VERBS = ['达到', '达', '控制在', '稳定在', '保持在', '为', '在'];
/**
 * Verbs that state a bound, and the qualifier they mean: 上涨幅度不超过3% says what 涨幅控制在3%以内 says (42_河北省
 * 2007 words its price target so).
 */
export const BOUND_VERBS: Readonly<Record<string, Qualifier>> = { 不超过: '以内', 不高于: '以内', 不低于: '以上', 不少于: '以上' };
/** Up, when a word names it though the verb does not (居民消费价格涨幅3%). */
export const UP_WORDS = /增长|增速|提高|提升|上涨|涨幅/;
export const DOWN_WORDS = /下降|降低|减少/;
/** Words that may stand between an indicator and its verb: 全年, 比上年, 可比, 力争, 确保 … */
export const VALUE_LEAD_WORDS = ['全年', '今年', '比上年', '较上年', '比去年', '同比', '可比', '同口径', '实际', '力争', '确保', '争取', '努力', '实现', '完成', '要', '将', '继续', '稳定', '保持'];

/**
 * A value right after an indicator's name (sticky): lead words, the verb, the number, the unit, an optional second
 * number (a range), the qualifier. Groups: 1 verb, 2 number, 3 unit, 4 connector, 5 second number, 6 its unit,
 * 7 qualifier.
 */
export const FIGURE_VALUE = new RegExp(
  `${alternation(VALUE_LEAD_WORDS)}*` +
    `(${alternation([...UP_VERBS, ...DOWN_VERBS, ...LEVEL_VERBS, ...Object.keys(BOUND_VERBS)])})?` +
    `(\\d+(?:\\.\\d+)?)(${alternation(FIGURE_UNITS)})?` +
    `(?:(${charClass(RANGE_CONNECTORS)})(\\d+(?:\\.\\d+)?)(${alternation(FIGURE_UNITS)})?)?` +
    `(${alternation(QUALIFIERS)})?`,
  'y',
);

/**
 * Words after which a bare indicator name (生产总值, 新增就业) still names the report's own figure, not the tail of
 * another noun (海洋生产总值, 农村劳动力新增就业).
 */
export const BARE_NAME_LEAD_IN = /(?:全[国省市县区州盟旗镇乡]|全年|年内|今年|全社会|实现|完成|确保|力争|争取|推动|推进|带动|主要预期目标是|目标是|是|为)$/;

/**
 * Cues of another time frame in a sentence: several years (“十五五”, 五年, 年均 — not 年均浓度, a measure —, 到2027年, 2021—2025), the future
 * beyond the year (今后, 远景), or the past (预计, 去年, 上年, 过去, 以来, 一年来, 累计). 比上年 / 较去年 / 同比 are the
 * base this year's growth is measured from (国内生产总值比上年增长9%, 57: 生产总值同比增长6.5%以上), not the past;
 * a review's 同比 figures are in the review part, which holds no targets.
 */
export const OTHER_FRAME_CUES = /十[三四五六]五|五年|年均(?!浓度)|到20\d\d年|20\d\d[年—-]+20\d\d|今后|远景|预计|(?<![比较])去年|(?<![比较])上年|过去|以来|一年来|累计/;
/**
 * Cues in the title of a part or heading that set everything under it in a span of years (31: （二）“十五”期间国民经济
 * 和社会发展主要情况, 三、关于《…第十一个五年规划纲要（草案）》的说明; 33: 二、“十五五”时期主要目标任务): a five-year
 * plan's period or its outline by its full name, past or coming years. Not a plan's name alone: 全力推动“十五五”开好局 and
 * 加快“十四五”规划重大项目建设 are this year's work.
 */
export const SECTION_FRAME_CUES = /十[一二三四五六]?五["”’]?(?:时期|期间|以来)|第[一二三四五六七八九十]{1,3}个五年(?:规划|计划)|过去[一二三四五]年|[二三四五]年来|今后[一二三四五]年|未来[一二三四五]年|\d{4}[—－-]+\d{4}年/;

/** A component of a total (其中): not the indicator as a whole. */
export const COMPONENT_CUE = '其中';

/** The word of the distributive form: A、B分别增长x%、y%. */
export const DISTRIBUTIVE_WORD = '分别';
/** What joins the subjects and the values of a distributive statement. */
export const DISTRIBUTIVE_JOINERS = '、和与及';
/** The marks a distributive statement's subject never holds: the clause before 分别 starts after the last of them. */
export const DISTRIBUTIVE_CLAUSE_STOPS = '，,；;：:。';
/**
 * The distributive form (sticky, tried on the clause before 分别): subjects joined by 、和与及 (or 一二三产), an
 * optional shared noun, 分别, the verb, the values. Groups: 1 subjects, 2 shared noun, 3 verb, 4 values.
 */
export const DISTRIBUTIVE = new RegExp(
  `([一二三]{2,3}产|[^${DISTRIBUTIVE_CLAUSE_STOPS}]{0,12}?(?:[${DISTRIBUTIVE_JOINERS}][^${DISTRIBUTIVE_CLAUSE_STOPS}${DISTRIBUTIVE_JOINERS}]{1,16}?)+)` +
    `(增加值|人均可支配收入)?${DISTRIBUTIVE_WORD}(增长|提高|下降|控制在|保持在|达到)` +
    `((?:\\d+(?:\\.\\d+)?%(?:${QUALIFIERS.join('|')})?[${DISTRIBUTIVE_JOINERS}]?)+)`,
  'y',
);
/** One value of a distributive statement. */
export const DISTRIBUTIVE_VALUE = new RegExp(`(\\d+(?:\\.\\d+)?)%(${QUALIFIERS.join('|')})?`, 'g');
/** 一二三产 (the three sectors) at the start of a distributive subject; each sector's figure is 一产增加值 …. */
export const SECTORS = /^[一二三]{2,3}产/;
export const SECTOR_WORD = '产';
/** What a sector's figure is, when the subject names none (一二三产分别增长…). */
export const SECTOR_DEFAULT_NOUN = '增加值';
/** The longest subject read before 分别: a prefix of 12 and a few names of at most 17 characters each. */
export const MAX_DISTRIBUTIVE_SUBJECT = 120;
/** The longest list of values read after 分别 (five figures with qualifiers). */
export const MAX_DISTRIBUTIVE_VALUES = 80;

/** The magnitudes that may stand between a number and its unit (1200万人, 1.4万亿斤), and what they multiply by. */
export const MAGNITUDES: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };
/** Words after a number or its magnitude that make it approximate: 300多家, 1万余人. */
export const APPROXIMATORS = ['多', '余'];
/**
 * The units and measure words a figure may carry besides FIGURE_UNITS (which target-mismatch compares): rates,
 * concentrations, areas, lengths, energy, mass, currencies, counted things, spans of time, and the SI symbols. The
 * grammar (syntaxes/src/govreport.grammar.mjs) colours these and FIGURE_UNITS after a number. Like 万元 there, 万千瓦
 * keeps its magnitude: after 多 or 余 (5000多万千瓦) the magnitude is read as part of the unit. Simplified script; the
 * grammar adds the traditional spellings. ％ is the full-width % as drafts type it (the normalised view reads it as %).
 */
export const OTHER_UNITS = [
  '％', '百分点',
  '微克每立方米', '毫克/立方米', '立方米', '平方米', '平方公里', '平方千米', '平米', '公里', '千米', '公顷', '亩', '米',
  '千瓦时', '千瓦', '万千瓦', '兆瓦', '吉瓦', '千伏', '吨标准煤', '标准煤', '公斤', '千克', '克',
  '美元', '港元', '欧元',
  '人次', '户', '家', '个', '件', '项', '所', '座', '条', '套', '台', '辆', '艘', '架次', '张', '间', '处', '位', '名', '批次', '批',
  '次', '倍', '场', '部', '头', '只', '株', '棵', '床', '册', '起', '宗', '标箱', '标准箱', '度',
  '岁', '天', '小时', '分钟', '周年', '季度', '年', '月', '日',
  'kWh', 'kW', 'MW', 'GW', 'km²', 'km', 'kg', 'm²', 'm³',
];
