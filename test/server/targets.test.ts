/**
 * Target figures through the bundled server: the `govreport/targets` request (server/src/protocol.ts) — each
 * 主要预期目标 figure with its later statements, ranges as LSP ranges, agreement as target-mismatch decides it — and
 * the hover on a target or a statement, which shares the hover provider with footnotes.
 */
import * as assert from 'node:assert/strict';
import type { Diagnostic, Hover, MarkupContent, Position } from 'vscode-languageserver-protocol';
import type { TargetsResult } from '../../server/src/protocol';
import { useServer } from './lspClient';
import { at, rangeOf } from '../support/positions';

let seq = 0;
const newUri = (ext = 'govreport') => `file:///tmp/targets-${process.pid}-${++seq}.${ext}`;


// Line numbers (1-based) matter in the hovers: 6 is the goal paragraph, 7 agrees, 8 contradicts.
const REPORT = [
  '政府工作报告', // 1
  '各位代表：', // 2
  '一、过去一年工作回顾', // 3
  '地区生产总值增长5.2%，城镇新增就业1.1万人。', // 4  last year's actuals: never listed
  '二、今年工作安排', // 5
  '今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业1万人以上，居民消费价格涨幅3%左右。', // 6
  '（一）扩大内需。确保地区生产总值全年增长6%左右，持续实施“两新”［1］政策。', // 7  agrees
  '（二）稳就业。城镇新增就业1.2万人以上，地区生产总值达到1000亿元。', // 8  contradicts; an amount: not compared
  '到2027年，地区生产总值年均增长6.5%。', // 9  another frame: not listed
  '名词解释',
  '［1］两新：指新一轮大规模设备更新和消费品以旧换新。',
  '',
].join('\n');

describe('server target figures', function () {
  this.timeout(20000);
  const client = useServer({
    capabilities: (caps) => {
      caps.textDocument!.hover = { contentFormat: ['markdown', 'plaintext'] };
    },
  });

  async function open(text: string, languageId = 'govreport'): Promise<string> {
    const uri = newUri(languageId === 'markdown' ? 'md' : languageId === 'plaintext' ? 'txt' : 'govreport');
    await client.open(uri, text, languageId);
    return uri;
  }
  const targets = (uri: string) => client.request<TargetsResult>('govreport/targets', { textDocument: { uri } });
  const hover = (uri: string, position: Position) => client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  const value = (h: Hover | null) => (h?.contents as MarkupContent | undefined)?.value;

  it('initialize announces the govreport/targets request', () => {
    assert.deepEqual(client.initializeResult.capabilities.experimental, { targetsRequest: true, docxRequests: true });
  });

  describe('govreport/targets', () => {
    it('lists each target as written with its value, and every compared later statement with its range and agreement', async () => {
      const uri = await open(REPORT);
      const result = await targets(uri);
      assert.deepEqual(result, {
        version: 1,
        targets: [
          {
            indicator: '地区生产总值',
            text: '地区生产总值增长6%左右',
            range: rangeOf(REPORT, '地区生产总值增长6%左右', 0),
            value: { direction: 'up', low: 6, high: 6, unit: '%', qualifier: '左右' },
            // 全年 sits between name and value: the range covers it, the text is name + value.
            mentions: [{ text: '地区生产总值增长6%左右', valueText: '增长6%左右', range: rangeOf(REPORT, '地区生产总值全年增长6%左右'), agrees: true }],
          },
          {
            indicator: '城镇新增就业',
            text: '城镇新增就业1万人以上',
            range: rangeOf(REPORT, '城镇新增就业1万人以上'),
            value: { direction: 'level', low: 1, high: 1, unit: '万人', qualifier: '以上' },
            mentions: [{ text: '城镇新增就业1.2万人以上', valueText: '1.2万人以上', range: rangeOf(REPORT, '城镇新增就业1.2万人以上'), agrees: false }],
          },
          {
            indicator: '居民消费价格涨幅',
            text: '居民消费价格涨幅3%左右',
            range: rangeOf(REPORT, '居民消费价格涨幅3%左右'),
            value: { direction: 'up', low: 3, high: 3, unit: '%', qualifier: '左右' },
            mentions: [],
          },
        ],
      });
    });

    it('agrees exactly where target-mismatch does not report', async () => {
      const uri = await open(REPORT);
      const result = await targets(uri);
      const diagnostics: Diagnostic[] = (await client.diagnostics(uri)).filter((d) => d.code === 'target-mismatch');
      const contradicting = result.targets.flatMap((t) => t.mentions.filter((m) => !m.agrees));
      assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
      assert.equal(contradicting.length, 1);
      // The diagnostic covers the value; the mention's range runs from the name to the value's end.
      assert.deepEqual(diagnostics[0]!.range.end, contradicting[0]!.range.end);
      assert.deepEqual(diagnostics[0]!.range, rangeOf(REPORT, '1.2万人以上'));
      assert.deepEqual(diagnostics[0]!.relatedInformation?.[0]?.location.range, rangeOf(REPORT, '1万人以上'));
    });

    it('keeps traditional script, full-width digits and CRLF as written, with ranges in the original text', async () => {
      const text = [
        '政府工作報告',
        '一、過去一年工作回顧',
        '地區生產總值增長5.2%。',
        '二、今年工作安排',
        '今年主要預期目標是：地區生產總值增長６％左右，城鎮新增就業1萬人以上。',
        '（一）擴大內需。確保全年地區生產總值增長7%左右。',
        '（二）穩就業。城鎮新增就業10000人以上。',
        '',
      ].join('\r\n');
      const uri = await open(text);
      const result = await targets(uri);
      assert.deepEqual(result.targets.map((t) => [t.indicator, t.text, t.range, t.mentions]), [
        ['地区生产总值', '地區生產總值增長６％左右', rangeOf(text, '地區生產總值增長６％左右'), [
          { text: '地區生產總值增長7%左右', valueText: '增長7%左右', range: rangeOf(text, '地區生產總值增長7%左右'), agrees: false },
        ]],
        // 10000人 is 1万人.
        ['城镇新增就业', '城鎮新增就業1萬人以上', rangeOf(text, '城鎮新增就業1萬人以上'), [
          { text: '城鎮新增就業10000人以上', valueText: '10000人以上', range: rangeOf(text, '城鎮新增就業10000人以上'), agrees: true },
        ]],
      ]);
      assert.deepEqual(result.targets[0]!.value, { direction: 'up', low: 6, high: 6, unit: '%', qualifier: '左右' });
      assert.equal(result.targets[0]!.range.start.line, 4);
    });

    it('names a distributive target by its indicator and lends it the shared verb and qualifier', async () => {
      const text = '二、今年工作安排\n今年主要预期目标是：城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右。\n（一）增加收入。农村居民人均可支配收入增长6%左右。\n';
      const uri = await open(text);
      const result = await targets(uri);
      assert.deepEqual(result.targets.map((t) => [t.text, t.range, t.value.low, t.value.qualifier, t.mentions.map((m) => [m.text, m.agrees])]), [
        ['城镇居民人均可支配收入增长4.5%左右', rangeOf(text, '城镇、农村居民人均可支配收入分别增长4.5%'), 4.5, '左右', []],
        ['农村居民人均可支配收入增长5.5%左右', rangeOf(text, '城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右'), 5.5, '左右', [['农村居民人均可支配收入增长6%左右', false]]],
      ]);
    });

    it('works in Markdown drafts', async () => {
      const md = '# 政府工作报告\n\n## 二、今年工作安排\n\n今年主要预期目标是：**地区生产总值增长6%左右**。\n\n确保地区生产总值增长6.5%左右。\n';
      const uri = await open(md, 'markdown');
      const result = await targets(uri);
      assert.deepEqual(result.targets.map((t) => [t.text, t.range, t.mentions]), [
        ['地区生产总值增长6%左右', rangeOf(md, '地区生产总值增长6%左右'), [{ text: '地区生产总值增长6.5%左右', valueText: '增长6.5%左右', range: rangeOf(md, '地区生产总值增长6.5%左右'), agrees: false }]],
      ]);
    });

    it('follows edits: the answer is for the current version', async () => {
      const uri = await open(REPORT);
      await client.edit(uri, rangeOf(REPORT, '1.2万人以上'), '1万人以上');
      const result = await targets(uri);
      assert.equal(result.version, 2);
      const edited = REPORT.replace('1.2万人以上', '1万人以上');
      assert.deepEqual(result.targets[1]!.mentions, [{ text: '城镇新增就业1万人以上', valueText: '1万人以上', range: rangeOf(edited, '城镇新增就业1万人以上', 1), agrees: true }]);
    });

    it('answers an empty list for a draft without a goal paragraph, plain text, an unknown document and bad params', async () => {
      const none = await open('二、今年工作安排\n确保地区生产总值增长6%左右。\n');
      assert.deepEqual(await targets(none), { targets: [], version: 1 });
      const txt = await open(REPORT, 'plaintext');
      assert.deepEqual(await targets(txt), { targets: [] });
      assert.deepEqual(await targets('file:///tmp/never-opened.govreport'), { targets: [] });
      assert.deepEqual(await client.request<TargetsResult>('govreport/targets', {}), { targets: [] });
      assert.deepEqual(await client.request<TargetsResult>('govreport/targets', null), { targets: [] });
    });

    it('is empty while linting is disabled for the document', async () => {
      const uri = newUri();
      client.settings.set(uri, { enable: false });
      try {
        await client.open(uri, REPORT);
        assert.deepEqual(await targets(uri), { targets: [] });
      } finally {
        client.settings.delete(uri);
      }
    });
  });

  describe('hover', () => {
    it('on an agreeing statement: the indicator, the target as written with its line, 一致', async () => {
      const uri = await open(REPORT);
      // On the name, on 全年, on 增长, on the last character of the qualifier.
      for (const delta of [0, 5, 6, 8, 13]) {
        const h = await hover(uri, at(REPORT, '地区生产总值全年增长6%左右，持续', delta));
        assert.equal((h?.contents as MarkupContent).kind, 'markdown');
        assert.equal(value(h), '**地区生产总值**\n\n主要预期目标：地区生产总值增长6%左右（第6行）\n\n一致。', String(delta));
        assert.deepEqual(h!.range, rangeOf(REPORT, '地区生产总值全年增长6%左右'));
      }
      assert.equal(await hover(uri, at(REPORT, '地区生产总值全年增长6%左右，持续', 14)), null); // on ，
      assert.equal(await hover(uri, at(REPORT, '确保地区生产总值')), null); // on 确
    });

    it('on a contradicting statement: 不一致, what is here and what the target says', async () => {
      const uri = await open(REPORT);
      const h = await hover(uri, at(REPORT, '1.2万人', 2));
      assert.equal(value(h), '**城镇新增就业**\n\n主要预期目标：城镇新增就业1万人以上（第6行）\n\n不一致：此处为“1\\.2万人以上”，目标为“1万人以上”。');
      assert.deepEqual(h!.range, rangeOf(REPORT, '城镇新增就业1.2万人以上'));
    });

    it('on a target: the target and how the later statements compare', async () => {
      const uri = await open(REPORT);
      const gdp = await hover(uri, at(REPORT, '地区生产总值增长6%左右', 2));
      assert.equal(value(gdp), '**地区生产总值**\n\n主要预期目标：地区生产总值增长6%左右（第6行）\n\n后文写到此指标 1 处，均与目标一致。');
      assert.deepEqual(gdp!.range, rangeOf(REPORT, '地区生产总值增长6%左右'));
      const jobs = await hover(uri, at(REPORT, '城镇新增就业1万人以上', 7));
      assert.equal(value(jobs), '**城镇新增就业**\n\n主要预期目标：城镇新增就业1万人以上（第6行）\n\n后文写到此指标 1 处，其中 1 处与目标不一致（第8行）。');
      const cpi = await hover(uri, at(REPORT, '居民消费价格涨幅3%左右', 1));
      assert.equal(value(cpi), '**居民消费价格涨幅**\n\n主要预期目标：居民消费价格涨幅3%左右（第6行）\n\n后文没有再写到此指标。');
    });

    it('on a shared subject shows every target of the sentence; on a distributive value only its own', async () => {
      const text = '二、今年工作安排\n今年主要预期目标是：城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右。\n';
      const uri = await open(text);
      const both = value(await hover(uri, at(text, '城镇、农村', 1)));
      assert.equal(both, [
        '**城镇居民人均可支配收入**\n\n主要预期目标：城镇居民人均可支配收入增长4\\.5%左右（第2行）\n\n后文没有再写到此指标。',
        '**农村居民人均可支配收入**\n\n主要预期目标：农村居民人均可支配收入增长5\\.5%左右（第2行）\n\n后文没有再写到此指标。',
      ].join('\n\n---\n\n'));
      const second = await hover(uri, at(text, '5.5%', 1));
      assert.match(value(second)!, /^\*\*农村居民人均可支配收入\*\*/);
      assert.ok(!value(second)!.includes('---'));
      assert.deepEqual(second!.range, rangeOf(text, '5.5%左右'));
      assert.equal(await hover(uri, at(text, '分别', 1)), null); // between subject and values
    });

    it('on another kind of value says it is not compared; elsewhere it is silent or the footnote hover', async () => {
      const uri = await open(REPORT);
      assert.equal(value(await hover(uri, at(REPORT, '达到1000亿元', 3))), '**地区生产总值**\n\n主要预期目标：地区生产总值增长6%左右（第6行）\n\n此处“达到1000亿元”与目标“增长6%左右”不是同一类数值，不作比较。');
      assert.equal(await hover(uri, at(REPORT, '地区生产总值增长5.2%', 1)), null); // last year's actual
      assert.equal(await hover(uri, at(REPORT, '年均增长6.5%', 3)), null); // another frame
      assert.equal(await hover(uri, at(REPORT, '扩大内需')), null);
      // The one hover provider still answers on a footnote marker.
      assert.equal(value(await hover(uri, at(REPORT, '“两新”［1］', 4))), '**［1］两新**\n\n指新一轮大规模设备更新和消费品以旧换新。');
    });
  });
});
