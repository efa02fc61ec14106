/**
 * Stated counts (domain.md §5): 重点做好以下十个方面工作, 办好十件民生实事, 四大攻坚战：A、B、C、D, A、B、C等3家. The
 * numeral, the measure words and nouns that make it a count of a list, and the words around a list that tell how it
 * is introduced or that make its items uncountable. Matched on the normalised view (simplified, ASCII digits, no
 * pinyin glosses).
 */
import { COUNT_DIGITS } from './numerals';
import { alternation, charClass } from './regex';

/** Measure words after a count's numeral: 个 方面 大 项 件 家 条 种 类 张 所 座. */
/** 方面, the measure word of a count of fields of work (七个方面工作): the longest of the measure words. */
export const ASPECT_MEASURE = '方面';
export const MEASURE_WORDS = [ASPECT_MEASURE, '个', '大', '项', '件', '家', '条', '种', '类', '张', '所', '座'];
/** A count: numeral (Chinese with 两, or one or two digits) and a measure word. Groups: numeral, measure word. */
export const COUNT_CANDIDATE = new RegExp(`(${charClass(COUNT_DIGITS)}{1,3}|[0-9]{1,2})(${alternation(MEASURE_WORDS)})`, 'g');
/** The same, for one search inside a list (a count inside a list makes its items uncountable). */
export const ANY_COUNT = new RegExp(COUNT_CANDIDATE.source);
/** The same, for reading the counts inside a list's items (its own search state: COUNT_CANDIDATE's is in use). */
export const ITEM_COUNT = new RegExp(COUNT_CANDIDATE.source, 'g');
/** A count of kinds right before a count (12类55件民生实事): the list may name the kinds, or the things. Group: numeral. */
export const KINDS_BEFORE = new RegExp(`(${charClass(COUNT_DIGITS)}{1,3}|[0-9]{1,2})类$`);

/** 方面工作 / 项工作 / 大任务: a count of the plan's headings, after a work verb. */
export const WORK_NOUN = /^(?:个?方面(?:的)?(?:重点)?工作|项(?:重点)?工作(?:任务)?|大(?:重点)?任务|个?方面(?=[”"]?[：:]))/;
/** 件民生实事 / 项民生工程 / 大重点民生实事 / 个民生实事项目: a count of the year's projects. */
export const PROJECT_NOUN = /^[件项大个](?:重点)?民生(?:实事|工程)(?:项目)?/;
/** 以下 right before a count: it announces what follows (重点在以下七个方面攻坚发力), with or without a work verb. */
export const FORWARD_CUE = /以下$/;
/** 方面 after 以下N: the fields of work that follow, whatever the words after it (方面攻坚发力, 方面的工作). */
export const ASPECT_NOUN = /^个?方面(?:的)?(?:重点)?(?:工作)?/;
/**
 * The measure words of the things a count of the statement's measure word may hold in groups: 十件民生实事 in
 * groups of 3件, 十大民生实事 in groups of 3件 or 3项, 120个项目 in groups of 45个.
 */
export const GROUP_MEASURES: Readonly<Record<string, readonly string[]>> = {
  件: ['件'],
  项: ['项'],
  个: ['个'],
  大: ['件', '项', '个'],
  家: ['家'],
  所: ['所'],
  条: ['条'],
  座: ['座'],
};
/** A named count before its colon: 大攻坚战, 个“三年行动”, 项重点工作” (a few words, quotes allowed, no digits). */
export const NAMED_NOUN = new RegExp(`^(?:方面|${charClass('个大项件家条种类张所座')})[^\\s，。；：、,;:！？!?（）()【】《》0-9]{0,14}?[”"’」』]?(?=[：:])`);
/** A noun after a count written after its list (四大攻坚战, 8个城市): a few words, no punctuation. */
export const BEFORE_NOUN = new RegExp(`^(?:方面|${charClass('个大项件家条种类张所座')})[^\\s，。；：、,;:！？!?（）()【】《》“”"]{0,12}`);
/** Verbs right before a count that make it the count of an object (建成4个实验室), not of the list before it. */
export const COUNTING_VERBS = ['建成', '建设', '达到', '实现', '完成', '新增', '新建', '累计', '共', '均', '超过', '约', '近', '达', '为', '有'];
export const COUNTING_VERB = new RegExp(`${alternation(COUNTING_VERBS)}$`);
/** Fixed names that hold a count and often follow a list: 收支两条线, 中央八项规定. */
export const FIXED_TERMS = ['两条线', '八项规定'];
export const FIXED_TERM = new RegExp(alternation(FIXED_TERMS));
/** The verbs that make 方面工作 announce the plan's headings (做好以下10个方面工作), 以下 allowed after them. */
export const WORK_VERBS = ['做好', '抓好', '抓实', '办好', '干好', '推进', '突出', '落实', '聚焦', '做', '抓'];
export const WORK_VERB = new RegExp(`${alternation(WORK_VERBS)}(?:以下)?$`);
/** Words after a colon that lead into a list: 即，, 是指, 包括, or a clause that ends in 提出/指出/强调…. */
export const LIST_LEAD_IN = /^(?:[^，,。；;：:]{0,24}(?:提出|指出|强调|明确|部署)[，,：:]|(?:即|指|是指|就是|主要是|分别是|分别为|包括|为)[，,：:]?)/;
/** A clause that comments on a list rather than naming an item: 这是…, 从而…. */
export const PROSE_CLAUSE = /^(?:这|此|其|从而|同时|进而|并|是|也|即)/;
/**
 * A counted modifier at the end of an item of a list before a count: 广东、福建两省的 in 在广东、福建两省的深圳、珠海、
 * 汕头、厦门四个地区 (两省 counts the words before it; the list of four starts after 的). A whole number and up to
 * three characters of what it counts, then 的; not an amount (投资3.7亿元的, 总长11.4公里的, 5万吨的: units listed).
 */
export const MODIFIER_END = '的';
export const COUNTED_MODIFIER = new RegExp(`(?<![0-9.])(?:${charClass(COUNT_DIGITS)}{1,2}|[0-9]{1,2})[^、，。；：\\s0-9.%元米里吨亩斤]{1,3}的$`);
/** A conjunction inside a list makes its items ambiguous (A和B、C: two items or three?). */
export const CONJUNCTION = /和|及|与|或|并/;
/** 等 ends an open list (A、B等3家); these words end in 等 without closing one (平等, 中等, 对等 …). */
export const DENG = '等';
export const NOT_DENG = /[平同中高初优对均上次]等$/;
/** 等, 等等, 等方面, 等领域 closing an inline list: it names fewer items than there are. */
export const OPEN_LIST_END = /等等?$|等(?:等)?[方领][面域]$/;
/** A figure inside an item (16家、638家): the items cannot be told apart from counts. */
export const FIGURE_IN_ITEM = /\d+(?:\.\d+)?[%万亿个项件家]/;
