/** Unit tests of the report model: lines, headings, parts, enumerations, outline, numerals. */
import * as assert from 'node:assert/strict';
import { foldingRanges, looksLikeReport, outline, parseReport, applyEdits, diffEdits, fixAll } from '../../server/src/core/index';
import { parseChineseNumeral, formatChineseNumeral, parseCapitalNumeral, formatCapitalNumeral, parseArabic, formatArabic } from '../../server/src/core/vocabulary/numeral-values';
import { splitLines } from '../../server/src/core/source/lines';
import { normalize } from '../../server/src/core/source/normalize';

const slice = (text: string, span: { offset: number; length: number }) => text.slice(span.offset, span.offset + span.length);

describe('numerals', () => {
  it('reads and writes Chinese ordinals', () => {
    assert.deepEqual(['一', '十', '十一', '二十', '二十三', '九十九'].map(parseChineseNumeral), [1, 10, 11, 20, 23, 99]);
    assert.ok(Number.isNaN(parseChineseNumeral('是')));
    assert.deepEqual([1, 10, 11, 20, 23].map(formatChineseNumeral), ['一', '十', '十一', '二十', '二十三']);
  });
  it('reads capitals in both scripts and writes them back in the original script', () => {
    assert.deepEqual(['壹', '貳', '贰', '參', '拾'].map(parseCapitalNumeral), [1, 2, 2, 3, 10]);
    assert.equal(formatCapitalNumeral(3, true), '參');
    assert.equal(formatCapitalNumeral(3, false), '叁');
  });
  it('keeps the width of Arabic digits', () => {
    assert.equal(parseArabic('１２'), 12);
    assert.equal(formatArabic(13, '１２'), '１３');
    assert.equal(formatArabic(13, '12'), '13');
  });
});

describe('lines', () => {
  it('splits CRLF, LF and CR and skips the BOM and U+3000 indents', () => {
    const text = '\uFEFF一、甲\r\n　　（一）乙\n\t1.丙\r（1）丁';
    const lines = splitLines(text, false);
    assert.equal(lines.length, 4);
    assert.deepEqual(lines.map((l) => text.slice(l.contentStart, l.end)), ['一、甲', '（一）乙', '1.丙', '（1）丁']);
    assert.equal(lines[0]!.start, 1);
  });
  it('skips what a web copy leaves of indentation: &nbsp; written out (69), mojibake ?? and U+FFFD (53–62)', () => {
    const text = '&nbsp; &nbsp; （一）甲\n&nbsp;\n??（二）乙\n\uFFFD\u2003（三）丙\n&#12288;&emsp;丁';
    assert.deepEqual(splitLines(text, false).map((l) => text.slice(l.contentStart, l.end)), ['（一）甲', '', '（二）乙', '（三）丙', '丁']);
  });
  it('skips Markdown heading hashes and emphasis', () => {
    const text = '## 一、甲\n**（一）乙。** 正文';
    assert.deepEqual(splitLines(text, true).map((l) => text.slice(l.contentStart, Math.min(l.end, l.contentStart + 4))), ['一、甲', '（一）乙']);
  });
});

describe('normalised view', () => {
  const view = (text: string) => normalize(text, 0, text.length).text;
  it('closes up letter-spaced digits (30), not numbers a space separates', () => {
    assert.equal(view('关于1 9 9 8 年政府工作的建议'), '关于1998年政府工作的建议');
    assert.equal(view('达到7 4 7 7 2 亿元，增长1 1 ％，增长8 ．8 ％'), '达到74772亿元，增长11%，增长8.8%');
    assert.equal(view('2019 2020 2.5 3.5'), '2019 2020 2.5 3.5');
  });
  it('drops a stray space, an entity or mojibake between Chinese characters; elsewhere an entity reads as one space', () => {
    assert.equal(view('各 位代表'), '各位代表');
    assert.equal(view('政??府??工??作??报??告'), '政府工作报告');
    assert.equal(view('下降8.7%&nbsp;和5.7%'), '下降8.7% 和5.7%');
    assert.equal(view('为什么?我们'), '为什么?我们');
    const v = normalize('县长?? 杨大伟', 0, 8);
    assert.equal(v.text, '县长杨大伟');
    assert.equal(v.offset(2), 5);
  });
});

describe('headings', () => {
  it('reads every level with rank, ordinal, parent and title', () => {
    const text = '一、过去一年工作回顾\n（一）经济运行稳中有进。全年增长5%。\n1.工业增长较快\n（1）制造业\n①汽车\n';
    const { headings } = parseReport(text);
    assert.deepEqual(headings.map((h) => [h.style, h.rank, h.ordinal, h.parent]), [
      ['chinese', 1, 1, -1],
      ['chinese-paren', 2, 1, 0],
      ['arabic', 3, 1, 1],
      ['arabic-paren', 4, 1, 2],
      ['circled', 5, 1, 3],
    ]);
    assert.equal(slice(text, headings[1]!.title), '经济运行稳中有进');
    assert.equal(headings[1]!.runIn, true);
    assert.equal(headings[0]!.runIn, false);
  });
  it('does not read numbers, subscripts and dates as headings', () => {
    const text = '2.5\n1.5万人\n2023年，全县\n一年来，我们\n一是稳增长\n（二〇〇三年一月十日）\n表1、一览表\n';
    assert.deepEqual(parseReport(text).headings, []);
  });
  it('reads a heading a copy split over lines whole: （ / 三）…, an ordinal alone, a title cut by links or by a paragraph break', () => {
    const text = '（\n三）改革开放持续深化。\n（四）\n城乡发展齐头并进。\n三、关于《\n国民经济和社会发展第十一个五年规划纲要（草案）\n》的说明\n二、“\n十四五\n”时期发展的总体思路\n三、持续提升政府\n治理效能和服务水平\n人民满意是衡量政府工作的根本标准。\n';
    const { headings } = parseReport(text);
    assert.deepEqual(
      headings.map((h) => [h.line, h.endLine, h.ordinal, slice(text, h.title).replace(/\n/g, '|')]),
      [
        [0, 1, 3, '改革开放持续深化'],
        [2, 3, 4, '城乡发展齐头并进'],
        [4, 6, 3, '关于《|国民经济和社会发展第十一个五年规划纲要（草案）|》的说明'],
        [7, 9, 2, '“|十四五|”时期发展的总体思路'],
        [10, 11, 3, '持续提升政府|治理效能和服务水平'],
      ],
    );
    assert.equal(slice(text, headings[0]!.marker), '（\n三）');
  });
  it('does not join a heading with a short line a heading or a title follows, nor a PDF line wrapped mid-sentence', () => {
    const text = '一、回顾\n正文\n二、安排\n（一）深化改革\n名词解释\n1.甲：乙\n';
    assert.deepEqual(parseReport(text).headings.map((h) => h.endLine - h.line), [0, 0, 0]);
    const pdf = '5、區域文化發展基地─城市故事館系列\n為推動文化平權及各區區域特色發\n展，本府將以地方文化館舍為基地，建\n';
    assert.equal(parseReport(pdf).headings[0]!.endLine, 0);
  });
  it('reads an ordinal before digits only where it continues its list (58: 21.123制造业体系)', () => {
    const text = '附件2：重点项目\n20.“六保”项目：保居民就业。\n21.123制造业体系项目：做强做大一个主导产业。\n22.消费扶贫“六进”项目：推进扶贫产品。\n';
    assert.deepEqual(parseReport(text).headings.map((h) => h.ordinal), [20, 21, 22]);
    assert.deepEqual(parseReport('一、甲\n21.5%的企业完成改造。\n').headings.map((h) => h.ordinal), [1]);
    assert.deepEqual(parseReport('1.扩大消费\n2.5万人次参加培训。\n2.扩大投资\n').headings.map((h) => h.ordinal), [1, 2]);
  });
  it('puts each appendix in a document of its own', () => {
    const text = '一、回顾\n（一）甲\n附件1\n一、乙\n1.丙\n附件2：丁\n一、戊\n';
    const report = parseReport(text);
    const documents = report.headings.map((h) => (h.document < 0 ? '正文' : slice(text, report.parts[h.document]!.title)));
    assert.deepEqual(documents, ['正文', '正文', '附件1', '附件1', '附件2：丁']);
  });
  it('records wrong punctuation and half-width brackets for the punctuation rule', () => {
    const { headings } = parseReport('一，甲\n(二)、乙\n');
    assert.equal(headings[0]!.punctuation?.text, '，');
    assert.equal(headings[1]!.open?.text, '(');
    assert.equal(headings[1]!.punctuation?.text, '、');
  });
});

describe('parts', () => {
  it('classifies numbered part titles and restarts under unnumbered ones', () => {
    const text = '一、2024年工作回顾\n二、2025年工作安排\n三、加强政府自身建设\n2025年工作目标任务\n一、聚焦高质量发展\n附件\n一、提高低保\n';
    const report = parseReport(text);
    assert.deepEqual(report.parts.map((p) => [p.kind, p.line, p.restartsNumbering]), [
      ['review', 0, false],
      ['plan', 1, false],
      ['government', 2, false],
      ['plan', 3, true],
      ['plan', 4, false],
      ['appendix', 5, true],
      ['appendix', 6, false],
    ]);
    assert.deepEqual(report.headings.map((h) => h.scope), [-1, -1, -1, 3, 5]);
  });
  it('tells part kinds by the titles reports use, and by the structure where no word tells', () => {
    const kinds = (text: string) => parseReport(text).parts.map((p) => p.kind);
    const goal = '今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。';
    // 30: letter-spaced digits; 32, 39, 40: plan titles; 41: a government title broken over two lines.
    assert.deepEqual(kinds('一、关于过去五年的政府工作\n二、关于1 9 9 8 年政府工作的建议\n'), ['review', 'plan']);
    assert.deepEqual(kinds('一、过去一年和五年工作回顾\n二、对今年政府工作的建议\n三、关于2025年工作\n四、2025年重点工作任务\n'), ['review', 'plan', 'plan', 'plan']);
    assert.deepEqual(kinds(`一、2024年工作回顾\n二、2025年主要任务\n${goal}\n三、持续提升政府\n治理效能和服务水平\n人民满意是衡量政府工作的根本标准。\n`), ['review', 'plan', 'government']);
    // 64: a title that names only an earlier year reviews it.
    assert.deepEqual(kinds('一、关于2014年政府工作\n二、 2015年经济社会发展的任务目标和重点工作\n三、全力推进政府自身建设\n'), ['review', 'plan', 'government']);
    // 36: slogans with no cue; the part holding the goal paragraph plans, the first one reviews.
    assert.deepEqual(
      kinds(`一、一年接着一年干，新福建建设持续取得新进展新成效\n二、一张蓝图绘到底，奋力谱写中国式现代化福建篇章\n三、一鼓作气勇争先，全力推动“十五五”开好局、起好步\n${goal}\n四、一以贯之转作风，努力建设人民满意的服务型政府\n`),
      ['review', 'other', 'plan', 'government'],
    );
    // 67: unnumbered slogan：title lines, one of them a part by its words.
    assert.deepEqual(
      kinds(`站在新起点：2012年工作回顾\n开启新征程：确保五年稳定脱贫八年全面建成小康强势开局\n${goal}\n（一）突出质量和效益抓项目。\n塑造新形象：全面加强政府自身建设\n`),
      ['review', 'plan', 'government'],
    );
    // 58: long unnumbered titles.
    assert.deepEqual(kinds('“十四五”时期经济社会发展总体思路和目标任务\n2021年经济社会发展目标任务和重点工作\n'), ['plan', 'plan']);
    // A line shaped slogan：title is no part title where no part title has that shape.
    assert.deepEqual(kinds('一、2025年工作回顾\n总体要求：稳中求进高质量发展\n'), ['review']);
    assert.deepEqual(kinds('一、今年工作：稳中求进\n（一）扩大需求。\n总体要求：稳中求进高质量发展\n（二）深化改革。\n'), ['plan']);
  });
  it('finds the explanation section in its title forms, in both scripts, and reads no headings inside it', () => {
    for (const title of ['名词解释', '注释', '※名词解释※', '附：名词解释', '附件2 名词解释', '《政府工作报告》有关内容名词注释', '名詞解釋']) {
      const report = parseReport(`一、回顾\n各位代表！\n${title}\n1.“两重”：是指……\n2.“两新”：是指……\n`);
      assert.ok(report.notes, `not found: ${title}`);
      assert.equal(report.notes.firstLine, 3);
      assert.equal(report.headings.length, 1, title);
    }
  });
});

describe('enumerations', () => {
  it('reads items at clause starts only', () => {
    const text = '（一）甲。一是稳增长；二是促改革，统一要求，问题之一是投入，第一产业，全省第一。三是惠民生。治理六乱(15)、①加强管控；②推进改造。第一，坚持。第二，创新。';
    const runs = parseReport(text).enumerations;
    assert.deepEqual(
      runs.map((r) => [r.kind, r.items.map((i) => slice(text, i.marker))]),
      [
        ['shi', ['一是', '二是', '三是']],
        ['circled', ['①', '②']],
        ['di', ['第一', '第二']],
      ],
    );
  });
  it('continues a run across adjacent paragraphs and stops at a heading', () => {
    const text = '（一）甲\n一是稳增长。\n二是促改革。\n（二）乙\n三是惠民生。\n';
    const runs = parseReport(text).enumerations;
    assert.deepEqual(runs.map((r) => r.items.map((i) => i.ordinal)), [[1, 2], [3]]);
  });
});

describe('topic sentences', () => {
  it('reads short run-in topic sentences under a heading, not ordinary first sentences', () => {
    const text = '（六）着力推动乡村全面振兴。坚持农业农村优先发展。\n提升农业综合生产能力。稳定粮食播种面积。\n一年来，我们坚持稳中求进，全年增长5%。\n各位代表！我们坚信。\n';
    const report = parseReport(text);
    assert.deepEqual(report.topics.map((t) => slice(text, t.title)), ['提升农业综合生产能力']);
    assert.deepEqual(outline(report)[0]!.children.map((c) => [c.name, c.kind]), [['提升农业综合生产能力', 'topic']]);
  });
  it('does not take the rest of a sentence a PDF copy broke across lines for a topic (13: 创建省 / 级及以上…)', () => {
    const text = '（六）加快全面绿色转型。\n大力推进绿色低碳发展。推进产业结构调整，创建省\n级及以上绿色工厂100家。开展减污降碳。\n（七）防范化解风险。\n筑牢抵御自然灾害防线。加强监测。\n';
    assert.deepEqual(parseReport(text).topics.map((t) => slice(text, t.title)), ['大力推进绿色低碳发展', '筑牢抵御自然灾害防线']);
  });
  it('lists paragraphs that open with 一是… as sub-heads in the outline (15: the review part numbered 一是…八是)', () => {
    const text = '一、2021年工作回顾\n刚刚过去的一年，极不平凡。\n一是协同发展实现新突破。紧紧扭住……\n二是城市面貌展现新形象。聚焦建设……\n二、2022年主要目标任务\n（一）深入推进品质城市提升工程。围绕建设……\n';
    const tree = outline(parseReport(text));
    assert.deepEqual(tree[0]!.children.map((c) => [c.name, c.kind, c.startLine]), [['一是协同发展实现新突破', 'topic', 2], ['二是城市面貌展现新形象', 'topic', 3]]);
  });
});

describe('footnote markers and items', () => {
  const markersOf = (text: string) => parseReport(text).markers.map((m) => [slice(text, m.span), m.number, m.form, slice(text, m.term)]);
  it('reads every marker form after a term, with optional spaces and digits of either width', () => {
    const text = '火灾呈现“一降三减”［1］良好态势，三个圆满收官[3]，战略目标^[4]，“六稳” ［5］ 工作，“两品一标”【6】认证，两不愁三保障〔7〕，“四史”[ 8 ]教育，“两重”[９]建设，建设¹⁷。\n';
    assert.deepEqual(markersOf(text), [
      ['［1］', 1, 'fullwidth-square', '“一降三减”'],
      ['[3]', 3, 'square', '三个圆满收官'],
      ['^[4]', 4, 'caret', '战略目标'],
      ['［5］', 5, 'fullwidth-square', '“六稳”'],
      ['【6】', 6, 'lenticular', '“两品一标”'],
      ['〔7〕', 7, 'tortoise', '两不愁三保障'],
      ['[ 8 ]', 8, 'square', '“四史”'],
      ['[９]', 9, 'square', '“两重”'],
      ['¹⁷', 17, 'superscript', '建设'],
    ]);
  });
  it('reads numbers in round brackets after terms as markers only as one series across the report (60, 61, 66)', () => {
    // 60: （1）…（17） over the report, no notes; 61: (1)…(12).
    const series = '落实“六大振兴计划”（1），团结带领全县人民。\n实施“雨露计划”(2)救助。\n完成“双千工程”（3）任务。\n';
    assert.deepEqual(markersOf(series).map((m) => [m[0], m[2]]), [['（1）', 'fullwidth-paren'], ['(2)', 'paren'], ['（3）', 'fullwidth-paren']]);
    // 66: a list in one paragraph (建设(2)张丰中学…) and lists that start again are no markers.
    assert.deepEqual(markersOf('教育工程2项：(1)徐水第二小学开工建设(2)张丰中学教学楼投入使用(3)实验楼。\n'), []);
    assert.deepEqual(markersOf('改造工程(2)留村中线。\n改造工程(3)大王店。\n建设(1)中医院迁建(2)县医院。\n'), []);
    // With explanation items, one line is enough.
    assert.deepEqual(markersOf('治理六乱(1)，开展六清(2)。\n名词解释\n1.治理六乱：……\n2.开展六清：……\n').map((m) => m[0]), ['(1)', '(2)']);
    // 51: 五次会议文件(1) is a document number, not a marker: on a line with no clause mark, and beside markers in another bracket.
    assert.deepEqual(markersOf('五次会议文件(1)\n政府工作报告\n实现两不愁三保障(1)，六大产业(2)。\n名词解释\n1.两不愁三保障：……\n2.六大产业：……\n').map((m) => m[0]), ['(1)', '(2)']);
    const fuping = '五次会议文件(1)\n政府工作报告\n实现两不愁三保障〔1〕，六大产业〔2〕。\n名 词 解 释\n〔1〕两不愁三保障：……(见第2页)\n〔2〕六大产业：……(见第2页)\n';
    assert.deepEqual(markersOf(fuping).map((m) => m[0]), ['〔1〕', '〔2〕']);
  });
  it('reads the digitiser’s ＠① as its own form, and its notes (28)', () => {
    const text = '硫＠①增长９％，ｘī＠②铜片，硫＠①。\n　　字库未存字注释：\n\n　　　＠①原字石右加安\n　　　＠②原字钅右加夕\n';
    assert.deepEqual(markersOf(text).map((m) => [m[0], m[1], m[2]]), [['＠①', 1, 'glyph'], ['＠②', 2, 'glyph'], ['＠①', 1, 'glyph']]);
    assert.deepEqual(parseReport(text).notes!.items.map((i) => [i.number, i.form]), [[1, 'glyph'], [2, 'glyph']]);
  });
  it('does not take enumerations, parentheticals, pinyin or years for markers', () => {
    const text = '继续办好实事：（1）做好就业。（2）改善住房。①加强管控。城中村(棚户区)改造，報(bào)告，(2023)年，表中(104)，《阜平年鉴(2020)》，建筑面积3万m²\n[1]: http://example.invalid\n';
    assert.deepEqual(markersOf(text), []);
  });
  it('takes a quotation that closes inside the term with the term, and stops at one that does not close', () => {
    // 21: ［6］ after “放管服”改革 (not 放管服”改革); 000: “治理六乱(15)、开展六清(16)”行动 (the quotation is still open).
    const text = '深化“放管服”改革［6］。\n推进“治理六乱(15)、开展六清(16)”行动。\n名词解释\n［6］放管服：……\n';
    assert.deepEqual(markersOf(text).map((m) => m[3]), ['“放管服”改革']);
    const round = '推进“治理六乱(15)、开展六清(16)”行动。\n名词解释\n15.治理六乱：……\n16.开展六清：……\n';
    assert.deepEqual(markersOf(round).map((m) => m[3]), ['治理六乱', '开展六清']);
  });
  it('reads circled markers only when the notes use circled items', () => {
    assert.deepEqual(markersOf('推进“六稳”①工作。\n'), []);
    assert.deepEqual(markersOf('推进“六稳”①工作。\n注释\n①六稳：……\n').map((m) => m[0]), ['①']);
  });
  it('reads items in every form, the term to the colon, continuation lines and bracketed terms', () => {
    const text =
      '甲［1］乙[2]\n注释\n［1］一降三减：\n全年火灾起数总体下降。\n[2] “三步走”战略目标：第一步……\n3．10种有色金属：铜、铅\n4.[三个收官]即实现脱贫攻坚\n' +
      '【5】“两品一标”：绿色食品\n2.5万亩以上。\n〔６〕四个不摘：即摘帽不摘责任。(见第2页)\n7、123制造业体系：指\n附件\n1.不是条目\n';
    const items = parseReport(text).notes!.items;
    assert.deepEqual(
      items.map((i) => [i.number, i.form, slice(text, i.label), slice(text, i.term), i.firstLine, i.lastLine]),
      [
        [1, 'fullwidth-square', '［1］', '一降三减', 2, 3],
        [2, 'square', '[2]', '“三步走”战略目标', 4, 4],
        [3, 'fullwidth-dot', '3．', '10种有色金属', 5, 5],
        [4, 'dot', '4.', '[三个收官]', 6, 6],
        [5, 'lenticular', '【5】', '“两品一标”', 7, 8],
        [6, 'tortoise', '〔６〕', '四个不摘', 9, 9],
        [7, 'comma', '7、', '123制造业体系', 10, 10],
      ],
    );
  });
});

describe('the notes section', () => {
  const notesOf = (text: string) => parseReport(text).notes;
  it('is a notes title followed by numbered items, or by nothing (a title just typed)', () => {
    assert.equal(notesOf('正文。\n名词解释\n［1］两新：……\n')?.items.length, 1);
    assert.equal(notesOf('正文。\n名词解释\n')?.items.length, 0);
    assert.equal(notesOf('正文。\n名词解释\n\n附件\n1.民生实事\n')?.items.length, 0);
  });
  it('is not a notes word on a line of its own in the report’s text', () => {
    // Followed by prose, or by items and then the report goes on (a 一、 part, the closing 各位代表！).
    assert.equal(notesOf('注释\n以下为说明文字。\n一、工作回顾\n'), undefined);
    assert.equal(notesOf('注：\n1.本表数据为初步统计。\n二、今年工作安排\n（一）扩大内需。\n'), undefined);
    assert.equal(notesOf('注\n1.本表数据为初步统计。\n各位代表！让我们团结奋斗。\n'), undefined);
  });
  it('reads a section pasted twice as one, so that the repetition is seen', () => {
    const notes = notesOf('实施“两新”［1］“两重”［2］。\n名词解释\n［1］两新：……\n［2］两重：……\n名词解释\n［1］两新：……\n［2］两重：……\n')!;
    assert.deepEqual(notes.items.map((i) => [i.number, i.firstLine]), [[1, 2], [2, 3], [1, 5], [2, 6]]);
    assert.deepEqual(notes.repeatedTitles, [4]);
  });
});

describe('outline and folding', () => {
  it('nests headings under parts', () => {
    const text = '一、回顾\n正文\n二、安排\n（一）扩大需求\n正文\n（二）深化改革\n名词解释\n1.甲：乙\n';
    const tree = outline(parseReport(text));
    assert.deepEqual(
      tree.map((n) => [n.name, n.kind, n.startLine, n.endLine, n.children.map((c) => [c.name, c.startLine, c.endLine])]),
      [
        ['一、回顾', 'heading', 0, 1, []],
        ['二、安排', 'heading', 2, 5, [['（一）扩大需求', 3, 4], ['（二）深化改革', 5, 5]]],
        ['名词解释', 'notes', 6, 7, []],
      ],
    );
    assert.deepEqual(foldingRanges(parseReport(text)), [
      { startLine: 0, endLine: 1 },
      { startLine: 2, endLine: 5 },
      { startLine: 3, endLine: 4 },
      { startLine: 6, endLine: 7 },
    ]);
  });
});

describe('edits', () => {
  it('applies non-overlapping edits and drops overlapping ones', () => {
    assert.equal(applyEdits('abcdef', [{ offset: 1, length: 2, text: 'X' }, { offset: 2, length: 2, text: 'Y' }, { offset: 5, length: 0, text: 'Z' }]), 'aXdeZf');
  });
  it('diffs per line and never splits a surrogate pair', () => {
    const before = '𠀀一\r\n（三）乙\r\n';
    const after = '𠀀一\r\n（二）乙\r\n';
    assert.deepEqual(diffEdits(before, after), [{ offset: 6, length: 1, text: '二' }]);
    assert.deepEqual(diffEdits('a𠀀b', 'a𠀁b'), [{ offset: 1, length: 2, text: '𠀁' }]);
  });
  it('fix-all keeps BOM, CRLF, tabs and U+3000 indents', () => {
    const text = '\uFEFF一、甲\r\n\t（一）乙\r\n　　(三)丙\r\n';
    const fixed = fixAll(text);
    assert.equal(fixed, '\uFEFF一、甲\r\n\t（一）乙\r\n　　（二）丙\r\n');
  });
});

describe('report detection', () => {
  it('recognises a report and not other text', () => {
    assert.ok(looksLikeReport('政府工作报告\n各位代表：\n一、过去一年工作回顾\n'));
    assert.ok(!looksLikeReport('会议纪要\n一、议题\n'));
    assert.ok(!looksLikeReport(''));
  });
});
