/**
 * punctuation-width over the class, not the instances: generated drafts with every half-width mark in every kind of
 * Chinese neighbourhood (found once, at its line), the same drafts written full-width and the marks that are not
 * Chinese text's (silent); web copies written half-width throughout (one finding, and its fix-all converts every
 * mark and nothing else); the user's samples; and a mutation over the 70 reports: a full-width comma between two
 * Chinese characters made half-width is found at that comma.
 *
 * The marks are found here with this file's own patterns (a half-width mark touching a Han character), never with
 * the linter's reader.
 */
import * as assert from 'node:assert/strict';
import { fixAll, lint } from '../../server/src/core/index';
import { lineOf } from '../support/fixtures';
import { assertSilent, combinations, describeCombination, Draft, findings, show } from '../support/drafts';
import { checkCaught, corpusAndSampleDocuments, corpusDocuments, newTally, record, splice } from '../support/mutations';

const RULE = 'punctuation-width';
/** A half-width mark touching a Han character (or a Chinese mark), either side: this test's own notion. */
const HALF_BESIDE_CHINESE = /[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e“”‘’][ ]*[,;:!()"]|[,;:!()"][ ]*[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e“”‘’]/;
const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };

/** A report around the tested line: full-width throughout, as published reports are. */
function report(tested: string, script: 'simplified' | 'traditional'): Draft {
  const draft = new Draft();
  if (script === 'simplified') {
    draft.add('政府工作报告', '各位代表：', '现在，我代表市人民政府，向大会报告工作，请予审议。', '一、2025年工作回顾');
    draft.line(tested, 'tested');
    draft.add('（一）经济运行稳中有进。全年地区生产总值增长6%左右，城镇新增就业1.2万人。', '二、2026年工作安排', '（一）扩大有效需求。确保全年粮食产量稳定在100万吨以上。');
  } else {
    draft.add('政府工作報告', '各位代表：', '現在，我代表市人民政府，向大會報告工作，請予審議。', '一、2025年工作回顧');
    draft.line(tested, 'tested');
    draft.add('（一）經濟運行穩中有進。全年地區生產總值增長6%左右，城鎮新增就業1.2萬人。', '二、2026年工作安排', '（一）擴大有效需求。確保全年糧食產量穩定在100萬噸以上。');
  }
  return draft;
}

describe('punctuation-width: generated drafts', () => {
  // What stands before and after the mark: Chinese on at least one side.
  const neighbours: [string, string][] = [
    ['推进改革', '扩大开放'], // Han | Han
    ['“两新”政策', '扩大内需'], // a closing quote | Han
    ['增长6%', '城镇新增就业1万人'], // a figure | Han
    ['新增就业1.2万人', '“两重”项目'], // Han | an opening quote
    ['建成5G基站1200个', 'PM2.5浓度下降'], // Han | Latin and digits
  ];
  const points = [',', ';', '!'];

  for (const { mark, around, script, eol } of combinations({
    mark: points,
    around: neighbours,
    script: ['simplified', 'traditional'] as const,
    eol: ['\n', '\r\n'] as const,
  })) {
    const name = describeCombination({ mark, before: around[0], after: around[1], script, eol: JSON.stringify(eol) });
    it(`a half-width “${mark}” is found, its full-width form is not: ${name}`, () => {
      const clean = report(`${around[0]}${HALF_TO_FULL[mark]}${around[1]}。`, script);
      assertSilent(clean.text(eol), name, [RULE]);
      const faulty = report(`${around[0]}${mark}${around[1]}。`, script);
      const text = faulty.text(eol);
      const found = findings(text, { rules: [RULE] });
      assert.deepEqual(found.map((f) => f.line), [faulty.lineOf('tested')], `${name}\n${show(found)}`);
      assert.ok(!HALF_BESIDE_CHINESE.test(fixAll(text)), 'fix-all leaves a half-width mark in Chinese text');
    });
  }

  for (const { pair, script, markdown } of combinations({
    pair: [
      ['开展(企业)亩均效益评价', '(企业)'],
      ['(三)坚持民生为本', '(三)'],
      ['深入开展“三重四创”(7)活动', '(7)'],
      ['实施"两重"项目', '"两重"'],
      ['统筹推进"五位一体"总体布局', '"五位一体"'],
    ],
    script: ['simplified', 'traditional'] as const,
    markdown: [false, true],
  })) {
    const name = describeCombination({ line: pair[0], script, markdown });
    it(`a half-width pair is found once: ${name}`, () => {
      const faulty = report(`${pair[0]}。`, script);
      const text = faulty.text();
      const problems = lint(text, { markdown }).problems.filter((p) => p.ruleId === RULE);
      assert.equal(problems.length, 1, `${name}\n${problems.map((p) => p.message).join('\n')}`);
      assert.equal(lineOf(text, problems[0]!.offset), faulty.lineOf('tested'));
      assert.equal(text.slice(problems[0]!.offset, problems[0]!.offset + problems[0]!.length), pair[1]);
      assert.equal(problems[0]!.fix!.edits.length, 2, 'both marks of the pair are fixed together');
    });
  }

  const notChinese = [
    '全年粮食产量12,500吨，耕地占补比例1:1，增减挂钩节余指标按2:1折算。',
    '会议于上午9:30开始，10:30结束。',
    '详见 https://www.gov.cn/zhengce/content.htm?a=1,2&b=(3) 。',
    '来信请寄 zhengfu@example.gov.cn ，或访问 http://www.example.cn:8080/a;b 。',
    'Hello, world; are you sure? Yes! (It is fine.)',
    '他用英语说 "Well done, team" 以示鼓励。',
    '现(xiàn)在，我代表市人民政府，向大会报(bào)告工作。',
    '蠡县人民政府县长?? 高?? 波',
    '建设完成1座书院改造任务。?群众身边矛盾纠纷排查率达到100%。',
    '投资10亿元的英利?蠡县智慧光伏产业园项目。',
  ];
  for (const { line, script, eol } of combinations({ line: notChinese, script: ['simplified', 'traditional'] as const, eol: ['\n', '\r\n'] as const })) {
    it(`marks that are not Chinese text's are silent: ${describeCombination({ line, script })}`, () => {
      assertSilent(report(line, script).text(eol), line, [RULE]);
    });
  }
});

/** A web copy: the generated report with every Chinese mark half-width. */
function webCopy(script: 'simplified' | 'traditional', extras: string): string {
  const draft = report(`推进改革，扩大开放；办好民生实事！${extras}`, script);
  return draft
    .text('\r\n')
    .replace(/[，；：！（）]/g, (m) => Object.entries(HALF_TO_FULL).find(([, full]) => full === m)![0]);
}

function assertFixedCompletely(before: string, context: string, markdown = false): void {
  const after = fixAll(before, { markdown, ruleId: RULE });
  assert.ok(!HALF_BESIDE_CHINESE.test(withoutNonChinese(after)), `${context}: a half-width mark is left in Chinese text`);
  assert.equal(after.length, before.length, `${context}: the fix changes marks only, one for one`);
  for (let i = 0; i < before.length; i++) {
    if (before[i] === after[i]) continue;
    const ok = HALF_TO_FULL[before[i]!] === after[i] || (before[i] === '"' && (after[i] === '“' || after[i] === '”'));
    assert.ok(ok, `${context}: character ${i} changed from ${JSON.stringify(before[i])} to ${JSON.stringify(after[i])}`);
  }
  assert.equal(fixAll(after, { markdown, ruleId: RULE }), after, `${context}: fix-all is idempotent`);
  assert.equal(lint(after, { markdown }).problems.filter((p) => p.ruleId === RULE).length, 0, `${context}: nothing left to report`);
}

/** The text with what is not Chinese text's taken out: pinyin glosses, addresses, ?? residue (this test's patterns). */
function withoutNonChinese(text: string): string {
  return text.replace(/\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]{1,12})\)/gi, '').replace(/https?:\/\/\S+|www\.\S+/g, '').replace(/\?+/g, '');
}

describe('punctuation-width: web copies', () => {
  for (const { script, extras } of combinations({
    script: ['simplified', 'traditional'] as const,
    extras: ['', '𠀀字保留，\u3000全角空格保留，\t制表符保留，', '"两重"建设，"两新"政策，'],
  })) {
    const name = describeCombination({ script, extras });
    it(`half-width throughout: one finding with the count, and its fix converts every mark and nothing else: ${name}`, () => {
      const text = '\ufeff' + webCopy(script, extras).repeat(4);
      const problems = lint(text).problems.filter((p) => p.ruleId === RULE);
      assert.deepEqual(problems.map((p) => p.messageId), ['document'], problems.map((p) => p.message).join('\n'));
      const count = (text.match(/[,;:!()"]/g) ?? []).length;
      assert.match(problems[0]!.message, new RegExp(`共${count}处`));
      assert.ok(text.startsWith('\ufeff') && fixAll(text).startsWith('\ufeff'), 'the BOM survives');
      assert.equal((fixAll(text).match(/\r\n/g) ?? []).length, (text.match(/\r\n/g) ?? []).length, 'CRLF survives');
      assertFixedCompletely(text, name);
    });
  }

  it('the samples copied from web pages: one document-level finding each, fixed completely by fix-all', () => {
    const samples = corpusAndSampleDocuments().filter((d) => d.key.startsWith('samples/'));
    assert.equal(samples.length, 5);
    for (const sample of samples) {
      const problems = lint(sample.text).problems.filter((p) => p.ruleId === RULE);
      assert.deepEqual(problems.map((p) => p.messageId), ['document'], sample.key);
      assertFixedCompletely(sample.text, sample.key);
    }
  });
});

describe('punctuation-width: mutations over the corpus', function () {
  this.timeout(60000);
  it('a full-width comma between two Chinese characters made half-width is found at that comma (≥ 95%)', () => {
    const tally = newTally();
    for (const doc of corpusDocuments()) {
      const commas = [...doc.text.matchAll(/[\u4e00-\u9fff]，[\u4e00-\u9fff]/g)].map((m) => m.index! + 1);
      // Five commas spread over the report.
      for (let k = 0; k < 5 && commas.length > 0; k++) {
        const offset = commas[Math.floor(((k + 0.5) * commas.length) / 5)]!;
        const text = splice(doc.text, offset, 1, ',');
        const problems = lint(text).problems.filter((p) => p.ruleId === RULE);
        const caught = problems.some((p) => (p.offset === offset && p.length === 1) || p.fix?.edits.some((e) => e.offset === offset && e.text === '，'));
        record(tally, caught, `${doc.key}@${lineOf(text, offset) + 1}`);
      }
    }
    checkCaught('half-width comma', tally, 300, 0.95);
  });
});
