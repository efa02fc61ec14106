/**
 * Generated drafts for number-range and double-approximation: every combination of the ways reports write a range
 * (connector × the mark the second term carries × the unit after it × the first term's digits × what leads in) and a
 * qualified figure (lead word × tail × number form), each clean (silent) and with one fault (found at its line).
 *
 * The forms are written here by hand, from the ranges and figures named in corpus/SOURCES.md and
 * corpus-more/SOURCES.md (35: 增长4.5%—5%, 02: 6%－6.5%, 06: 5%-5.5%, 15: 30－50项, 1-2个; 37, 62: full-width ％;
 * 32/33: 5%左右, 1200万人左右, 1955万吨以上; 22/25/69: 签约亿元以上项目) and the list of normal wording, not from
 * the linter's vocabulary: a form it does not know fails here.
 */
import { combinations, describeCombination, Draft, assertSilent, assertFoundAt, findings, show } from '../support/drafts';
import * as assert from 'node:assert/strict';

function draftWith(sentence: string): Draft {
  const draft = new Draft();
  draft.line('政府工作报告');
  draft.line('各位代表：');
  draft.line('一、2025年工作回顾');
  draft.line('过去一年，全市经济运行稳中有进。');
  draft.line(sentence, 'figure');
  draft.line('二、2026年工作安排');
  draft.line('今年经济社会发展主要预期目标是：地区生产总值增长5%左右，城镇新增就业1.2万人以上。');
  return draft;
}

const RULES = ['number-range', 'double-approximation'];

describe('generated drafts: number-range', () => {
  const axes = {
    connector: ['-', '—', '——', '－', '～', '~', '至', '到'],
    term: [
      { mark: '%', unit: '' },
      { mark: '％', unit: '' },
      { mark: '‰', unit: '' },
      { mark: '万', unit: '元' },
      { mark: '亿', unit: '元' },
      { mark: '万亿', unit: '元' },
      { mark: '万', unit: '吨' },
      { mark: '万', unit: '人' },
      { mark: '万', unit: '平方米' },
      { mark: '亿', unit: '' },
    ],
    digits: [
      { a: '3', b: '5' },
      { a: '4.5', b: '5' },
      { a: '１０', b: '２０' },
      { a: '1,000', b: '1,500' },
    ],
    lead: ['全年增长', '新增投资', '目标：', '达到'],
  } as const;

  it('a range written in full is silent; the first term without its mark is found at its line', () => {
    let tried = 0;
    for (const c of combinations(axes)) {
      const { connector, term, digits, lead } = c;
      const context = describeCombination({ connector, mark: term.mark, unit: term.unit, a: digits.a, lead });
      const clean = draftWith(`${lead}${digits.a}${term.mark}${connector}${digits.b}${term.mark}${term.unit}，各项工作扎实推进。`);
      assertSilent(clean.text(), context, RULES);
      const faulty = draftWith(`${lead}${digits.a}${connector}${digits.b}${term.mark}${term.unit}，各项工作扎实推进。`);
      const found = assertFoundAt(faulty.text(), 'number-range', faulty.lineOf('figure'), context);
      assert.equal(found.filter((f) => RULES.includes(f.ruleId)).length, 1, `${context}\n${show(found)}`);
      tried++;
    }
    assert.equal(tried, 8 * 10 * 4 * 4);
  });

  it('ranges whose unit is written once without ambiguity, dates, codes and ratios are silent', () => {
    const normal = [
      '培育1-2个主导产业，新建2—3家省级制造业创新中心，力争打造3—5个千万级销售单品。',
      '开展“揭榜挂帅”3批次30－50项，为0—6岁儿童提供服务，为8至14岁儿童建档立卡。',
      '1-2月规模以上工业增加值增长8%，1—11月固定资产投资增长5%左右。',
      '增长8%左右，1万人以上，5%—5.5%，5%-5.5%，6%－6.5%，4.5%—5%，5万—10万元，1亿～2亿元。',
      '二〇三五年，十件民生实事，“十四五”规划（2021—2025年），一是加快发展。',
      '发布时间2026-01-27，电话0898-12345678，执行GB/T 15835-2011，通过ISO 9001-2015认证。',
      '耕地按1:1占补，10:30开会，网址https://www.gov.cn/2021-2025/30-40%.htm，PM2.5浓度下降。',
    ];
    for (const sentence of normal) assertSilent(draftWith(sentence).text(), sentence, RULES);
  });

  it('a span of years with the short hyphen is a hint at its line; with a dash it is silent', () => {
    const forms = [
      (d: string) => `实施《国民营养计划（2017${d}2030年）》。`,
      (d: string) => `接受了2018${d}2019年扶贫政策落实情况审计。`,
      (d: string) => `抓住示范园区（2015${d}2017）三年试点的机遇。`,
      (d: string) => `“十四五”(2021${d}2025年)时期，全市经济稳步增长。`,
    ];
    for (const form of forms) {
      for (const dash of ['—', '－', '～']) assertSilent(draftWith(form(dash)).text(), form(dash), RULES);
      const faulty = draftWith(form('-'));
      assertFoundAt(faulty.text(), 'number-range', faulty.lineOf('figure'), form('-'));
    }
  });
});

describe('generated drafts: double-approximation', () => {
  const approximate = { leads: ['约', '大约', '近', '将近', '接近'], tails: ['左右', '上下'] };
  const lower = { leads: ['超过', '逾', '突破', '多于', '不少于'], tails: ['以上'] };
  const upper = { leads: ['不超过', '低于'], tails: ['以内', '以下'] };
  const numbers = ['30%', '5.5%', '３０％', '1200万人', '1.5亿元', '百人', '千家', '三成', '一半', '20个百分点', '3个月'];

  it('a figure with one qualifier is silent; with a lead and a tail that say the same it is found at its line', () => {
    let tried = 0;
    for (const group of [approximate, lower, upper]) {
      for (const c of combinations({ lead: group.leads, tail: group.tails, number: numbers, verb: ['全年实现', '占比'] })) {
        const context = describeCombination(c);
        for (const clean of [`${c.verb}${c.lead}${c.number}，各项工作扎实推进。`, `${c.verb}${c.number}${c.tail}，各项工作扎实推进。`]) {
          assertSilent(draftWith(clean).text(), `${context}: ${clean}`, RULES);
        }
        const faulty = draftWith(`${c.verb}${c.lead}${c.number}${c.tail}，各项工作扎实推进。`);
        const found = assertFoundAt(faulty.text(), 'double-approximation', faulty.lineOf('figure'), context);
        assert.equal(found.filter((f) => RULES.includes(f.ruleId)).length, 1, `${context}\n${show(found)}`);
        tried++;
      }
    }
    assert.equal(tried, (5 * 2 + 5 * 1 + 2 * 2) * numbers.length * 2);
  });

  it('多 / 余 after the number with 左右 / 上下 is found; either alone is silent', () => {
    for (const c of combinations({ number: ['300多人', '十余家', '1万余人', '20多个', '一百多名'], tail: ['左右', '上下'] })) {
      const context = describeCombination(c);
      assertSilent(draftWith(`新增就业${c.number}，各项工作扎实推进。`).text(), context, RULES);
      const faulty = draftWith(`新增就业${c.number}${c.tail}，各项工作扎实推进。`);
      assertFoundAt(faulty.text(), 'double-approximation', faulty.lineOf('figure'), context);
    }
  });

  it('leads and tails on different figures, and words that only look like them, are silent', () => {
    const normal = [
      '民营经济约占全市30%，增长5%左右。',
      '近年来经济增长5%左右，近期完成投资超过10亿元，最近3年新增就业1万人左右。',
      '年内签约亿元以上项目20个，节约30%左右的用水，附近3公里左右建成口袋公园。',
      '为近6万名65岁以上老人发放津贴，超过全国平均水平，规模以上工业增加值增长6%以上。',
      '以上工作，我们将全力推进。全市上下一心，带动100家上下游企业，不被外部环境左右。',
    ];
    for (const sentence of normal) assertSilent(draftWith(sentence).text(), sentence, RULES);
    assert.deepEqual(findings(draftWith(normal[0]!).text()).filter((f) => RULES.includes(f.ruleId)), []);
  });
});
