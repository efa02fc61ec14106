/**
 * The .docx reader (server/src/docx): Word documents generated here with the `docx` library (or assembled by hand
 * where it cannot write the form), read back to the exact text a drafter would have typed, and linted to the same
 * findings as that text; every report of ../shared/corpus and corpus-more saved as a .docx; bad input; a 1 MB document.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { lint, NOTES_TITLES } from '../../server/src/core/index';
import { DocxError, readDocx, type DocxText, type RunSource } from '../../server/src/docx/index';
import { docxLocation } from '../../cli/src/docx';
import { docx, docxFromText, docxOfAtLeast, handMadeDocx, HEADING_LIST, pack } from '../support/docx';
import { corpusDir, corpusMoreDir } from '../support/paths';

const P = (text: string, options: Omit<docx.IParagraphOptions, 'children' | 'text'> = {}) => new docx.Paragraph({ children: [new docx.TextRun(text)], ...options });
const heading = (text: string, level: number, instance = 1) => P(text, { numbering: { reference: HEADING_LIST.reference, level, instance } });

/** The findings as rule id, message and paragraph (the .txt's line, 1-based), for comparing a .docx with its .txt. */
function findingsOfText(text: string): string[] {
  const lines = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lines.push(i + 1);
  const lineOf = (offset: number) => {
    let n = 0;
    while (n + 1 < lines.length && lines[n + 1]! <= offset) n++;
    return n + 1;
  };
  return lint(text).problems.map((p) => `段落${lineOf(p.offset)} ${p.ruleId} ${p.message}`);
}
function findingsOfDocx(read: DocxText): string[] {
  return lint(read.text).problems.map((p) => `${docxLocation(read, p.offset, p.length).label} ${p.ruleId} ${p.message}`);
}

describe('docx reader', () => {
  it('automatic and typed numbering mixed, a restart, superscript markers, a Word footnote and a table of 民生实事', async () => {
    const document = new docx.Document({
      numbering: { config: [HEADING_LIST] },
      footnotes: { 1: { children: [P('“两新”：大规模设备更新和消费品以旧换新。')] } },
      sections: [
        {
          children: [
            P('政府工作报告'),
            heading('2024年工作回顾', 0),
            heading('经济运行稳中有进。', 1),
            heading('改革开放持续深化。', 1),
            P('（三）民生保障有力有效。'),
            new docx.Paragraph({
              children: [
                new docx.TextRun('加力推进“两新”'),
                new docx.FootnoteReferenceRun(1),
                new docx.TextRun('政策，实施“一降三减”'),
                new docx.TextRun({ text: '2', superScript: true }),
                new docx.TextRun('行动，新增面积10'),
                new docx.TextRun({ text: '4', superScript: true }),
                new docx.TextRun('平方米。'),
              ],
            }),
            heading('2025年工作安排', 0),
            heading('扩大内需。', 1),
            P('十件民生实事如下：'),
            new docx.Table({
              rows: [
                new docx.TableRow({ children: [new docx.TableCell({ children: [P('序号')] }), new docx.TableCell({ children: [P('民生实事')] })] }),
                new docx.TableRow({ children: [new docx.TableCell({ children: [P('1')] }), new docx.TableCell({ children: [P('新建改扩建中小学10所')] })] }),
              ],
            }),
            heading('附件', 0, 2),
          ],
        },
      ],
    });
    const read = readDocx(await pack(document));
    const expected = [
      '政府工作报告',
      '一、2024年工作回顾',
      '（一）经济运行稳中有进。',
      '（二）改革开放持续深化。',
      '（三）民生保障有力有效。',
      '加力推进“两新”［1］政策，实施“一降三减”［2］行动，新增面积104平方米。',
      '二、2025年工作安排',
      '（一）扩大内需。',
      '十件民生实事如下：',
      '序号',
      '民生实事',
      '1',
      '新建改扩建中小学10所',
      '一、附件',
      '名词解释',
      '［1］“两新”：大规模设备更新和消费品以旧换新。',
    ].join('\n');
    assert.equal(read.text, expected);
    assert.deepEqual(findingsOfDocx(read), findingsOfText(expected));
    // The map: the superscript marker is its run; the numbering has none.
    const marker = read.map(read.text.indexOf('［2］'));
    assert.equal(read.paragraphs[marker.paragraph]!.number, 6);
    assert.equal(marker.run, 3);
    assert.equal(read.map(read.text.indexOf('一、2024')).run, undefined);
    const word = read.map(read.text.indexOf('政策'));
    assert.deepEqual([word.run, word.offsetInRun], [2, 0]);
  });

  it('Word formats, level text, start values, overrides, tracked changes, fields, hidden text (hand-written XML)', () => {
    const lvl = (ilvl: number, fmt: string, text: string, start = 1, extra = '') =>
      `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/><w:suff w:val="nothing"/></w:lvl>`;
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCountingThousand', '%1、')}${lvl(1, 'ideographDigital', '（%2）')}${lvl(2, 'decimal', '%3.')}${lvl(3, 'decimalEnclosedCircleChinese', '%4')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.', 3)}${lvl(1, 'decimal', '%1.%2', 1)}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>` +
      `<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    const p = (inner: string, numId?: number, ilvl = 0) => `<w:p>${numId ? `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>` : ''}${inner}</w:p>`;
    const r = (text: string, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
    const body = [
      p(r('总体要求'), 1),
      p(r('稳中求进'), 1, 1),
      p(r('细化'), 1, 2),
      p(r('其一'), 1, 3),
      p(r('其二'), 1, 3),
      // numId 2 shares the definition: the numbering continues (二、), and （一） restarts below it.
      p(r('主要任务'), 2),
      p(r('扩大内需'), 2, 1),
      p(r('第三条'), 3),
      p(r('款'), 3, 1),
      // numId 4 overrides the start: 1. again.
      p(r('重新编号'), 4),
      // Tracked changes: the insertion kept, the deletion dropped; a field's code skipped, its result kept.
      p(`${r('预期增长')}<w:del w:id="1" w:author="a"><w:r><w:delText>6%</w:delText></w:r></w:del><w:ins w:id="2" w:author="a">${r('5%左右')}</w:ins>`),
      p(`${r('见第')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${r('页')}${r('（隐藏）', '<w:vanish/>')}`),
      // A deleted paragraph mark joins the two paragraphs.
      `<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr>${r('前半句')}</w:p>`,
      p(r('后半句。')),
      p(`<w:r><w:t>一、</w:t></w:r><w:ins w:id="4" w:author="a"><w:r><w:t>手写</w:t></w:r></w:ins>`),
    ].join('');
    const read = readDocx(handMadeDocx({ body, numbering }));
    assert.equal(
      read.text,
      ['一、总体要求', '（一）稳中求进', '1.细化', '①其一', '②其二', '二、主要任务', '（一）扩大内需', '3.第三条', '3.1款', '1.重新编号', '预期增长5%左右', '见第3页', '前半句后半句。', '一、手写'].join('\n'),
    );
  });

  it('superscript markers follow the draft’s own typed bracket form', async () => {
    const document = new docx.Document({
      sections: [{ children: [new docx.Paragraph({ children: [new docx.TextRun('推进“两新”[1]政策，实施“一降三减”'), new docx.TextRun({ text: '2', superScript: true }), new docx.TextRun('行动。')] })] }],
    });
    assert.equal(readDocx(await pack(document)).text, '推进“两新”[1]政策，实施“一降三减”[2]行动。');
  });

  it('a run raised by its character style (through w:basedOn) is superscript; its own w:vertAlign baseline wins', async () => {
    const styles =
      '<w:style w:type="character" w:styleId="Ref"><w:name w:val="Ref"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="MyRef"><w:name w:val="MyRef"/><w:basedOn w:val="Ref"/><w:rPr><w:color w:val="C00000"/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="Flat"><w:name w:val="Flat"/><w:basedOn w:val="MyRef"/><w:rPr><w:vertAlign w:val="baseline"/></w:rPr></w:style>' +
      // A table style's conditional formatting raises nothing outside its table.
      '<w:style w:type="character" w:styleId="Cond"><w:name w:val="Cond"/><w:tblStylePr w:type="firstRow"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:tblStylePr></w:style>';
    const r = (text: string, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t>${text}</w:t></w:r>`;
    const body =
      `<w:p>${r('推进“两新”')}${r('1', '<w:rStyle w:val="MyRef"/>')}${r('政策，“一降三减”')}${r('2', '<w:rStyle w:val="Ref"/>')}` +
      `${r('行动，面积10m')}${r('2', '<w:rStyle w:val="Ref"/>')}${r('，编号')}${r('45', '<w:rStyle w:val="Flat"/>')}${r('、')}${r('67', '<w:rStyle w:val="Ref"/><w:vertAlign w:val="baseline"/>')}${r('、')}${r('8', '<w:rStyle w:val="Cond"/>')}</w:p>`;
    assert.equal(readDocx(handMadeDocx({ body, styles })).text, '推进“两新”［1］政策，“一降三减”［2］行动，面积10m2，编号45、67、8');
    // Word's own note reference style, as the docx library writes it: the reference run is superscript by its style.
    const document = new docx.Document({
      sections: [{ children: [new docx.Paragraph({ children: [new docx.TextRun('推进“两新”'), new docx.TextRun({ text: '3', style: 'FootnoteReference' }), new docx.TextRun('政策。')] })] }],
    });
    assert.equal(readDocx(await pack(document)).text, '推进“两新”［3］政策。');
  });

  it('with positions: where every paragraph, run and w:t stands in document.xml, in code units (astral characters in text and attributes, entities)', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const footnotes = '<w:footnote w:id="1"><w:p><w:r><w:t>注释。</w:t></w:r></w:p></w:footnote>';
    const body = [
      `<w:p w14:paraId="𠀀" xmlns:w14="urn:x"><w:pPr><w:jc w:val="both"/></w:pPr><w:bookmarkStart w:id="0" w:name="𠀀书签"/>` +
        `<w:r w:rsidR="00A1"><w:rPr><w:rFonts w:eastAsia="𠀀宋体"/></w:rPr><w:t>𠀀甲&amp;乙&lt;&#x4E00;&#19968;&#x20000;丙</w:t><w:tab/><w:t xml:space="preserve"> 丁 </w:t><w:br/><w:t>戊</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>`,
      '<w:p/>',
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p>',
      `<w:p><w:r><w:t>甲乙</w:t><w:footnoteReference w:id="1"/><w:t>丙丁</w:t></w:r><w:del w:id="9" w:author="𠀀"><w:r><w:delText>删</w:delText></w:r></w:del><w:r><w:t>𠀀</w:t></w:r></w:p>`,
    ].join('');
    const read = readDocx(handMadeDocx({ body, numbering, footnotes }), { positions: true });
    assert.equal(read.text, ['𠀀甲&乙<一一𠀀丙\t 丁 \n戊', '', '一、', '甲乙［1］丙丁𠀀', '名词解释', '［1］注释。'].join('\n'));
    assert.equal(readDocx(handMadeDocx({ body, numbering, footnotes })).source, undefined);
    const source = read.source!;
    const xml = source.xml;
    assert.equal(source.part, 'word/document.xml');
    assert.equal(source.encoding, 'utf-8');
    // Paragraphs: the content after w:pPr, the close tag; the self-closing one as such.
    const [p0, p1, p2, p3] = source.paragraphs;
    assert.ok(xml.slice(0, p0!.contentStart).endsWith('</w:pPr>') && xml.startsWith('<w:bookmarkStart w:id="0" w:name="𠀀书签"/>', p0!.contentStart));
    assert.ok(xml.startsWith('</w:p>', p0!.closeStart) && !p0!.selfClosing);
    assert.ok(p1!.selfClosing && xml.slice(0, p1!.closeStart).endsWith('<w:p/>'));
    assert.ok(xml.slice(0, p2!.contentStart).endsWith('</w:pPr>') && p2!.contentStart === p2!.closeStart && xml.startsWith('</w:p>', p2!.closeStart));
    assert.ok(xml.startsWith('<w:r>', p3!.contentStart));
    // Runs: each segment's run, its tags, its properties, its elements, the text each renders.
    const runs = new Map<RunSource, string>();
    for (const p of read.paragraphs) for (const s of p.segments) if (s.source && s.kind === 'text') runs.set(s.source, (runs.get(s.source) ?? '') + s.text);
    assert.equal(runs.size, 3);
    const decode = (raw: string) => raw.replace(/&#x([0-9a-f]+);|&#([0-9]+);|&(amp|lt|gt|quot|apos);/gi, (_, hex, dec, name) => (name ? ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name]! : String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec))));
    for (const [run, text] of runs) {
      assert.ok(xml.startsWith('<w:r', run.start) && xml[run.openEnd - 1] === '>' && xml.slice(run.start, run.end).endsWith('</w:r>'));
      assert.equal(run.superscript, false);
      assert.equal(run.length, text.length);
      const rendered = run.texts.map((t) => (t.contentStart !== undefined ? decode(xml.slice(t.contentStart, t.contentEnd)) : { '<w:tab/>': '\t', '<w:br/>': '\n' }[xml.slice(t.start, xml.indexOf('>', t.start) + 1)]!));
      assert.equal(rendered.join(''), text);
      run.texts.forEach((t, i) => assert.equal(t.at, run.texts.slice(0, i).reduce((n, e) => n + e.length, 0)));
    }
    const first = [...runs.keys()][0]!;
    assert.equal(xml.slice(first.propertiesStart, first.propertiesEnd), '<w:rPr><w:rFonts w:eastAsia="𠀀宋体"/></w:rPr>');
    assert.equal(xml.slice(first.start, first.openEnd), '<w:r w:rsidR="00A1">');
    // The marker run: the note reference; the map counts offsets in the run's text across it.
    const marker = read.paragraphs[3]!.segments.find((s) => s.kind === 'marker')!;
    assert.ok(xml.slice(marker.source!.start, marker.source!.end).includes('<w:footnoteReference w:id="1"/>'));
    const after = read.map(read.text.indexOf('丙丁') + 1);
    assert.deepEqual([after.run, after.offsetInRun], [0, 3]);
    // The run after the deletion is the third of its paragraph: deleted runs count.
    assert.equal(read.map(read.text.lastIndexOf('𠀀')).run, 2);
  });

  it('every report of ../shared/corpus and corpus-more saved as a .docx (auto-numbered headings, superscript markers) gives the findings of its .txt', async function () {
    this.timeout(60000);
    const names = [corpusDir(), corpusMoreDir()].flatMap((dir) => readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => join(dir, n)));
    assert.ok(names.length >= 70, `${names.length} reports`);
    let sameText = 0;
    for (const name of names) {
      const text = readFileSync(name, 'utf8').replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
      const read = readDocx(await pack(docxFromText(text)));
      assert.deepEqual(findingsOfDocx(read), findingsOfText(text), name);
      if (read.text === text) sameText++;
    }
    assert.equal(sameText, names.length, 'every rendered text equals its .txt');
  });

  it('a report whose notes are Word footnotes reads back as the report, the notes under the notes title', async () => {
    // 05 has its notes as entries ［n］ after 注释, each referenced once, in order: each becomes a footnote.
    const text = readFileSync(join(corpusDir(), '05_海南省_2026.txt'), 'utf8').replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').replace(/\n+$/, '');
    const document = docxFromText(text, { wordNotes: true });
    const bytes = await pack(document);
    assert.match(strFromU8(unzipSync(bytes)['word/footnotes.xml']!), /一降三减/);
    const read = readDocx(bytes);
    const lines = text.split('\n');
    const title = lines.findIndex((l) => (NOTES_TITLES as readonly string[]).includes(l));
    assert.equal(read.text, [...lines.slice(0, title), NOTES_TITLES[0], ...lines.slice(title + 1)].join('\n'));
    assert.equal(read.paragraphs.filter((p) => p.part === 'footnotes' && p.note !== undefined && p.note > 0 && read.text.startsWith('［', p.start)).length, 28);
    assert.deepEqual(lint(read.text).problems, []);
    assert.throws(() => docxFromText('政府工作报告\n正文。', { wordNotes: true }), /no notes section/);
  });

  it('bad input is a DocxError with a message, never another exception', () => {
    const fails = (bytes: Uint8Array, reason: string) => {
      assert.throws(() => readDocx(bytes), (e: unknown) => e instanceof DocxError && e.reason === reason && e.message.length > 0, reason);
    };
    fails(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'ole');
    fails(strToU8('政府工作报告'), 'not-zip');
    fails(new Uint8Array(0), 'not-zip');
    const good = handMadeDocx({ body: '<w:p><w:r><w:t>正文</w:t></w:r></w:p>' });
    fails(good.subarray(0, good.length >> 1), 'corrupt');
    const corrupted = good.slice();
    for (let i = 60; i < corrupted.length - 200; i += 7) corrupted[i] ^= 0x5a;
    assert.throws(() => readDocx(corrupted), DocxError);
    fails(zipSync({ 'a.txt': strToU8('x') }), 'not-docx');
    fails(handMadeDocx({ body: '<w:p><w:r><w:t>未闭合</w:r></w:p>' }), 'bad-xml');
    // A zip bomb: 60 MB of zeros packs into some 60 KB.
    fails(zipSync({ 'word/document.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 }), 'too-large');
    fails(zipSync({ 'word/document.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 }), 'bomb');
  });

  it('reads and lints a 1 MB .docx in under a second', async function () {
    this.timeout(60000);
    const names = readdirSync(corpusDir()).filter((n) => n.endsWith('.txt')).sort();
    const bytes = await docxOfAtLeast(names.map((n) => readFileSync(join(corpusDir(), n), 'utf8')), 1024 * 1024);
    assert.ok(bytes.length >= 1024 * 1024, `${bytes.length} bytes`);
    const started = performance.now();
    const read = readDocx(bytes);
    const problems = lint(read.text).problems;
    const elapsed = performance.now() - started;
    console.log(`      ${(bytes.length / 1024 / 1024).toFixed(2)} MB .docx, ${(read.text.length / 1e6).toFixed(2)} M characters: read and linted in ${elapsed.toFixed(0)} ms (${problems.length} findings)`);
    assert.ok(elapsed < 1000, `${elapsed.toFixed(0)} ms`);
  });
});
