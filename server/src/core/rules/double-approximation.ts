/**
 * double-approximation — 同一个数既用了前面的约词、限界词，又用了后面的“左右”“以上”等，意思重复。
 *
 * 触发：同一个数（连同它的数量级、单位）前后两个词说同一件事——
 * - 约数：“约、大约、大概、近、将近、接近、差不多”与“左右、上下”（约30%左右、近百人左右、大约5万元上下）；
 *   数后的“多、余”与“左右、上下”（300多人左右、十余家左右）；
 * - 下限：“超过、逾、突破、多于、高于、大于、不少于、不低于、至少”与“以上”（超过80%以上、不少于50人以上）；
 * - 上限：“不超过、不高于、少于、低于、不足、至多、最多”与“以下、以内”（不超过3%以内）。
 * 修复：删去后面的“左右”“以上”“以下”“以内”“上下”。前面的词常是句子的谓语（工业产值突破1000亿元以上、占比超过
 * 80%以上），删去它句子就缺了动词；后面的词只是修饰语，删去后句子总是通顺的（近百人左右 → 近百人，删“近”则成
 * “百人左右”）。前面的词是副词（约、大约、大概）时，另给一个删去它的建议（约占30%左右 → 占30%左右）。
 * 不检查：前后两个词不在同一个数上（约占全市30%，增长5%左右；近6万名65岁以上老人）；“近”“约”是别的词的一部分
 * （近年来、近期、最近、附近、签约亿元以上项目、节约30%左右）；“以上”指上文（以上工作）、“左右”作动词（左右局势）、
 * “上下”不在短语末尾（上下游、全市上下）；名词解释部分和 Markdown 表格。
 */
import { defineRule } from '../rule';
import { ADVERB_LEADS } from '../vocabulary/usage';

export default defineRule({
  meta: {
    id: 'double-approximation',
    category: 'usage',
    description: '同一个数不要既用“约”“近”“超过”等又用“左右”“以上”等（约30%左右、超过80%以上），二者意思重复。',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      approximate: '“{phrase}”中“{first}”与“{tail}”都表示约数，意思重复，保留一个即可（如“{expected}”）。',
      lower: '“{phrase}”中“{first}”与“{tail}”都给这个数定了下限，意思重复，保留一个即可（如“{expected}”）。',
      upper: '“{phrase}”中“{first}”与“{tail}”都给这个数定了上限，意思重复，保留一个即可（如“{expected}”）。',
    },
    fixes: {
      removeTail: '删去“{tail}”：“{expected}”',
      removeLead: '删去“{first}”：“{expected}”',
    },
    examples: {
      incorrect: ['全年接待游客近百万人次左右，其中入境游客约30%左右，新能源汽车产量超过80%以上。'],
      correct: ['全年接待游客近百万人次，地区生产总值增长5%左右，约占全市30%，规模以上工业增加值增长6%以上，以上工作扎实推进。'],
    },
  },
  check(context) {
    const { report } = context;
    const { source } = report;
    for (const figure of report.doublyQualified) {
      const phrase = source.textOf(figure.span);
      const tailAt = figure.tail.offset - figure.span.offset;
      const withoutTail = phrase.slice(0, tailAt) + phrase.slice(tailAt + figure.tail.length);
      const firstAt = figure.first.offset - figure.span.offset;
      const withoutLead = phrase.slice(0, firstAt) + phrase.slice(firstAt + figure.first.length);
      const data = { phrase, first: figure.firstText, tail: figure.tailText, expected: withoutTail };
      const adverb = !figure.suffix && ADVERB_LEADS.includes(figure.firstText);
      if (!context.problem({
        messageId: figure.kind,
        data,
        offset: figure.span.offset,
        length: figure.span.length,
        fix: { titleId: 'removeTail', titleData: { tail: figure.tailText, expected: withoutTail }, edits: [{ offset: figure.tail.offset, length: figure.tail.length, text: '' }] },
        suggestions: adverb
          ? [{ titleId: 'removeLead', titleData: { first: figure.firstText, expected: withoutLead }, edits: [{ offset: figure.first.offset, length: figure.first.length, text: '' }] }]
          : undefined,
      })) return;
    }
  },
});
