/**
 * count-mismatch — 所说的数目与其后列出的项数一致。
 *
 * 触发：一句话说了要列几项，紧接着列出的项数却不同：
 * “重点做好以下十个方面工作”（又如“全力做好十方面工作”“重点抓好以下八大任务”“重点在以下七个方面攻坚发力”）与其后从
 * “（一）”起的同级标题数（到更高一级标题或新的部分为止；也可以是逐段的“一是…七是”）；“办好十件民生实事”“20项民生
 * 工程”“十大重点民生实事”与紧接其后的列举“一是…”“（1）…”“①…”或附件中的“一、…十、”；“四大攻坚战：扬尘防治、臭氧
 * 削峰、油烟治理、燃煤管控”这类冒号后的列举（名词解释中以逗号分隔的也算）；“扬尘防治、臭氧削峰、油烟治理三大攻坚战”
 * 这类先列后数的，相差一项时（列举从修饰语之后算起：“在广东、福建两省的深圳、珠海、汕头、厦门四个地区”列的是四项）；
 * “A、B、C等两家”这类“等”前列出的项比所说的数目多时（少列无妨，“等”即还有其他）。
 * 汉字、阿拉伯数字、“两”和繁体（七個方面工作、十件民生實事，含拼音注音）都认。
 * 修复：把所说的数目改成实际项数，写法不变（七→八，10→11，两→三，三→两）。
 * 不检查：列表不是紧接着出现的（数目在前文、列表在别处，或隔了别的段落）；同一句里有两个数目时，列表只对应离它最近的
 * 那个（“年内完成22项民生工程，其中城建交通工程15项：（1）…（15）”只核对15项）；列出的是分组而不是所数的东西本身：
 * 比所说的数目少两项以上，且每项各有自己的数目（“一是教育方面3件……”“（一）教育类（3件）”）或至少一半的项各列了几样
 * 东西、合起来与所说的数目相符（相差不超过一；有的项以“等”结尾时，少于所说的数目即可），以及“12类55件民生实事”后列出
 * 的正好是12类；列表本身编号有误（先由
 * heading-sequence、enumeration-sequence 处理）；分隔符混用（顿号与逗号同时出现）、“和/及/与”连接、列表中又有数目、
 * 带“候选项目”“圆满完成”等后续词语的说法（15个民生实事候选项目）；“做好以上十方面工作”这类回指；文末被截断的列表
 * （列表一直写到文末，其后没有标题、部分标题或“各位代表”等结束语，且项数少于所说的数目：可能被截断，或还没写完）；
 * 先列后数而相差两项以上的（如“制定、修改、废止省政府规章45件”，数目说的是别的东西），或只列了两项的；“收支两条线”
 * “中央八项规定”等固定说法。
 */
import { defineRule } from '../rule';
import { formatCount, type CountedList, type StatedCount } from '../facts/counts';
import type { Report } from '../facts/report';
import { withoutGlosses } from '../source/normalize';
import { GROUP_MEASURES, MEASURE_WORDS } from '../vocabulary/counts';
import type { Span } from '../types';

type MessageId = 'headings' | 'enumeration' | 'inline' | 'before' | 'deng' | 'firstItem' | 'lastItem';

export default defineRule<MessageId, 'count'>({
  meta: {
    id: 'count-mismatch',
    category: 'figure',
    description: '“重点做好N个方面工作”“办好N件民生实事”“N大X：A、B、C”等所说的数目，应与紧接着列出的标题或列举项数一致。',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      headings: '数目与其后的标题数不符：“{phrase}”写明{stated}，其后列有{actual}个标题（{first}至{last}）。',
      enumeration: '数目与其后的列举不符：“{phrase}”写明{stated}，其后列举了{actual}项（{first}至{last}）。',
      inline: '数目与冒号后的列举不符：“{phrase}”写明{stated}，冒号后列出{actual}项（“{first}”至“{last}”）。',
      before: '数目与前面的列举不符：前面列出{actual}项（“{first}”至“{last}”），此处写的是“{phrase}”。',
      deng: '“等”前列出的项多于所说的数目：“等”前已列出{actual}项（“{first}”至“{last}”），此处写的是“等{phrase}”。',
      firstItem: '所列第一项：{item}',
      lastItem: '所列最后一项（第{n}项）：{item}',
    },
    fixes: { count: '将“{phrase}”改为“{fixed}”' },
    examples: {
      incorrect: [
        '二、今年工作安排\n重点做好以下三个方面工作：\n（一）扩大有效需求。\n（二）推进产业升级。\n三、政府自身建设',
        '继续办好十件民生实事。一是扩大就业；二是改造老旧小区；三是新建学校；四是建设养老机构；五是改造农村公路；六是治理黑臭水体；七是建设停车场；八是改造供暖管网；九是建设健身场地。\n各位代表！让我们团结奋斗。',
        '持续打好四大攻坚战：扬尘防治、臭氧削峰、油烟治理。',
      ],
      correct: [
        '二、今年工作安排\n重点做好以下两个方面工作：\n（一）扩大有效需求。\n1.扩大消费。\n2.扩大投资。\n（二）推进产业升级。\n三、政府自身建设',
        '持续打好四大攻坚战：扬尘防治、臭氧削峰、油烟治理、燃煤管控。培育太行、天巨等3家龙头企业。在做好以上十方面工作的同时，办好12件民生实事候选项目。',
      ],
    },
  },
  check(context) {
    const { report } = context;
    for (const count of report.counts) {
      const list = count.list;
      if (!list || !judged(count, list)) continue;
      const actual = list.items.length;
      if (!isMismatch(count, list, actual)) continue;
      const messageId: MessageId =
        count.form === 'deng' ? 'deng' : count.form === 'before' ? 'before' : list.kind === 'inline' ? 'inline' : list.kind;
      const first = list.items[0]!;
      const last = list.items[actual - 1]!;
      const numeral = formatCount(actual, count.numeralText, report.traditional);
      const phrase = withoutGlosses(report.source.textOf(count.phrase));
      if (!context.problem({
        messageId,
        data: {
          phrase,
          stated: stated(phrase, count),
          actual,
          first: itemText(report, first),
          last: itemText(report, last),
        },
        offset: count.phrase.offset,
        length: count.phrase.length,
        fix: {
          titleId: 'count',
          titleData: { phrase, fixed: `${numeral}${phrase.slice(count.numeralText.length)}` },
          edits: [{ offset: count.numeral.offset, length: count.numeral.length, text: numeral }],
        },
        related: [
          { ...first, messageId: 'firstItem', data: { item: itemText(report, first) } },
          { ...last, messageId: 'lastItem', data: { item: itemText(report, last), n: actual } },
        ],
      })) return;
    }
  },
});

/**
 * Whether the count is judged against its list at all. A list whose numbering slips is left to heading-sequence and
 * enumeration-sequence (is an item missing, or misnumbered?). The start of a list written before its count is not
 * marked: only a list within one item of the count is taken for its list (制定、修改、废止省政府规章45件 counts the
 * rules, not the verbs).
 */
export function judged(count: StatedCount, list: CountedList): boolean {
  if (!list.numberedInOrder) return false;
  if (count.form === 'before') return Math.abs(list.items.length - count.value) <= 1;
  return !isGroupList(count, list);
}

/**
 * Whether the list's items are groups of the counted things, not the things: a count of kinds before the count
 * (12类55件民生实事) and as many items; or at least two items fewer than the count, every one of them holding a
 * count of the counted things (一是教育方面3件…, （一）教育类（3件）, 一是产业项目45个…); or at least half of them
 * naming several of the things, all the names together making the count, give or take one (一是教育方面，新建A、
 * B、C；二是…；四是…，改造D), or fewer than the count where a group's names end in 等 (一是工业项目，推进A、B、C等
 * 项目建设). An off-by-one
 * slip in a list of the things themselves never looks like this.
 */
export function isGroupList(count: StatedCount, list: CountedList): boolean {
  const n = list.items.length;
  if (count.kinds !== undefined && n === count.kinds) return true;
  const contents = list.contents;
  if (!contents || n > count.value - 2) return false;
  const measures = GROUP_MEASURES[count.measure];
  if (measures && contents.every((item) => item.counts.some((c) => measures.includes(c.measure)))) return true;
  const names = contents.reduce((sum, item) => sum + item.names, 0);
  const several = contents.filter((item) => item.names >= 2).length;
  if (several * 2 < n) return false;
  // 一是工业项目，推进A、B、C等项目建设: the groups name some of their things, fewer than the count.
  return Math.abs(names - count.value) <= 1 || (contents.some((item) => item.open) && names < count.value);
}

/**
 * Whether the list contradicts the count. A list before 等 may be shorter than the count; a list that runs to the
 * end of the document may have lost its last items (a truncated copy, or a draft still being written).
 */
export function isMismatch(count: StatedCount, list: CountedList, actual = list.items.length): boolean {
  if (count.form === 'deng' || list.open) return actual > count.value;
  if (actual === count.value) return false;
  return !(list.reachesEnd && actual < count.value);
}

/** The numeral and its measure word as written, glosses dropped: 十件, 七個, 八方面. */
function stated(phrase: string, count: StatedCount): string {
  const rest = phrase.slice(count.numeralText.length);
  return count.numeralText + (MEASURE_WORDS.find((word) => rest.startsWith(word)) ?? rest.slice(0, 1));
}

/** An item as the message quotes it: a marker whole, words cut to twelve characters. */
function itemText(report: Report, span: Span): string {
  const text = withoutGlosses(report.source.textOf(span));
  return text.length > 12 ? `${text.slice(0, 12)}…` : text;
}
