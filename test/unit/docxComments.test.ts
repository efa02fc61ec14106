/**
 * The commented copy of a .docx (server/src/docx/comments.ts): a Word draft with slips generated here, its findings
 * written back as comments, the copy read back with the project's reader and checked independently (fflate and a
 * parse of the XML written here): one comment per finding, each range covering exactly the finding's words, the
 * rendered text unchanged, every other part byte for byte as it was.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { lint, type Problem } from '../../server/src/core/index';
import { commentsFor, COMMENT_AUTHOR, readDocx, writeComments, type DocxText } from '../../server/src/docx/index';
import { docx, docxFromText, handMadeDocx, HEADING_LIST, pack } from '../support/docx';
import { combinations, describeCombination } from '../support/drafts';
import { corpusDir } from '../support/paths';

const R = (text: string, options: Omit<docx.IRunOptions, 'text'> = {}) => new docx.TextRun({ text, ...options });
const P = (...children: docx.ParagraphChild[]) => new docx.Paragraph({ children });
const heading = (text: string, level: number) => new docx.Paragraph({ children: [R(text)], numbering: { reference: HEADING_LIST.reference, level } });

/** A draft with slips in runs split every way: inside a run, across runs, after an entity, in a Word footnote. */
async function draft(): Promise<Uint8Array> {
  const document = new docx.Document({
    numbering: { config: [HEADING_LIST] },
    footnotes: { 1: { children: [P(R('现代水网：以自然河湖为基础、引调排水工程为通道的水网。'))] } },
    sections: [
      {
        children: [
          P(R('政府工作报告')),
          heading('过去一年工作回顾', 0),
          heading('经济运行稳中有进。', 1),
          // A skipped number whose marker spans two runs.
          P(R('（'), R('三）改革'), R('开放持续深化。')),
          // A half-width comma inside a run, after an entity (R&D is written R&amp;D).
          P(R('研发R&D投入增长8%,专利'), R('质量提高。')),
          P(R('加快构建“现代化水网”'), new docx.FootnoteReferenceRun(1), R('，全年经济增长5%左右,就业稳定。')),
          heading('今年工作安排', 0),
          heading('扩大内需。', 1),
          P(R('（三）'), R('深化改革。')),
        ],
      },
    ],
  });
  return pack(document);
}

const DATE = new Date('2026-03-05T09:00:00Z');

interface Range {
  id: number;
  /** The text the range covers (w:t decoded, w:tab as a tab). */
  text: string;
  /** Whether it holds a note reference or a superscript run. */
  reference: boolean;
  referenceAfter: boolean;
}

/** An independent read of the ranges: a tokenizer of its own over document.xml. */
function rangesOf(xml: string): Map<number, Range> {
  const ranges = new Map<number, Range>();
  const open = new Set<number>();
  let inText = false;
  let inRun = false;
  let lastEnded: number | undefined;
  const decode = (s: string) =>
    s
      .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#([0-9]+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  // What a run's own elements render besides its w:t (w:br of a page or a column renders nothing).
  const rendered: Record<string, string> = { 'w:tab': '\t', 'w:br': '\n', 'w:cr': '\n', 'w:noBreakHyphen': '-' };
  for (const m of xml.matchAll(/<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    if (m[5] !== undefined) {
      if (inText) for (const id of open) ranges.get(id)!.text += decode(m[5]);
      continue;
    }
    const [, closing, name, attrs] = m;
    const id = Number(/w:id="(\d+)"/.exec(attrs ?? '')?.[1]);
    if (name === 'w:commentRangeStart') {
      assert.ok(!ranges.has(id), `one range per comment id (${id})`);
      ranges.set(id, { id, text: '', reference: false, referenceAfter: false });
      open.add(id);
    } else if (name === 'w:commentRangeEnd') {
      assert.ok(open.delete(id), `a range ends after it starts (${id})`);
      lastEnded = id;
    } else if (name === 'w:commentReference') {
      assert.equal(id, lastEnded, 'the reference right after its range');
      ranges.get(id)!.referenceAfter = true;
    } else if (name === 'w:t') {
      inText = !closing && m[4] !== '/';
      lastEnded = undefined;
    } else if (name === 'w:r') {
      inRun = !closing && m[4] !== '/';
    } else if (inRun && name! in rendered && !/w:type="(page|column)"/.test(attrs ?? '')) {
      for (const o of open) ranges.get(o)!.text += rendered[name!];
      lastEnded = undefined;
    } else if (name === 'w:footnoteReference' || (name === 'w:vertAlign' && /superscript/.test(attrs ?? ''))) {
      for (const o of open) ranges.get(o)!.reference = true;
    }
  }
  assert.equal(open.size, 0, 'every range closed');
  return ranges;
}

/** document.xml without the comment markup, run boundaries and run properties: the same before and after. */
function skeleton(xml: string): string {
  return xml
    .replace(/<w:commentRangeStart [^>]*\/>|<w:commentRangeEnd [^>]*\/>|<w:r><w:commentReference [^>]*\/><\/w:r>/g, '')
    .replace(/<w:rPr>[\s\S]*?<\/w:rPr>/g, '')
    .replace(/<\/?w:r(?:\s[^>]*)?>|<\/?w:t(?:\s[^>]*)?>/g, '');
}

/** Whether the finding covers only text typed in the body (no numbering, no marker, no note): its words are exact. */
function plainWords(read: DocxText, p: Problem): boolean {
  const end = p.offset + p.length;
  const paragraph = read.paragraphs[read.map(p.offset).paragraph]!;
  if (paragraph.part !== 'document' || paragraph.number === 0 || end > paragraph.end) return false;
  return paragraph.segments.every((s) => s.start + s.text.length <= p.offset || s.start >= end || s.kind === 'text');
}

describe('docx comments', () => {
  let input: Uint8Array;
  let read: DocxText;
  let problems: Problem[];
  let out: Uint8Array;
  before(async function () {
    this.timeout(30000);
    input = await draft();
    read = readDocx(input, { positions: true });
    problems = lint(read.text).problems;
    out = writeComments(input, read, commentsFor(problems, 'zh'), { date: DATE });
  });

  it('the draft has the slips the test is about', () => {
    const ids = problems.map((p) => p.ruleId);
    for (const id of ['heading-sequence', 'punctuation-width'] as const) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
    assert.ok(problems.filter((p) => p.ruleId === 'punctuation-width').length >= 2);
    assert.ok(problems.some((p) => plainWords(read, p)));
  });

  it('one comment per finding, authored 政府工作报告校对, with the message and the suggested fix', () => {
    const files = unzipSync(out);
    const comments = strFromU8(files['word/comments.xml']!);
    const found = [...comments.matchAll(/<w:comment w:id="(\d+)" ([^>]*)>([\s\S]*?)<\/w:comment>/g)];
    assert.equal(found.length, problems.length);
    found.forEach((m, i) => {
      assert.equal(Number(m[1]), i);
      assert.match(m[2]!, new RegExp(`w:author="${COMMENT_AUTHOR}"`));
      assert.match(m[2]!, /w:initials="[^"]+"/);
      assert.match(m[2]!, /w:date="2026-03-05T09:00:00Z"/);
      const texts = [...m[3]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
      const problem = problems[i]!;
      assert.equal(texts[0], problem.message);
      if (problem.fix) assert.equal(texts[1], `建议：${problem.fix.title}`);
    });
    const fixed = found.map((m) => m[3]!).find((c) => /建议：将“（三）”改为“（二）”/.test(c));
    assert.ok(fixed, 'the fix of the skipped number in words');
  });

  it('each range covers exactly the finding’s words (a note’s finding: its reference), its reference right after it', () => {
    const ranges = rangesOf(strFromU8(unzipSync(out)['word/document.xml']!));
    assert.equal(ranges.size, problems.length);
    problems.forEach((p, i) => {
      const range = ranges.get(i)!;
      assert.ok(range.referenceAfter, `comment ${i} has its reference`);
      const words = read.text.slice(p.offset, p.offset + p.length);
      if (plainWords(read, p)) assert.equal(range.text, words, `${p.ruleId} ${p.message}`);
      else if (read.paragraphs[read.map(p.offset).paragraph]!.part !== 'document') assert.ok(range.reference, `${p.ruleId}: on the note's reference`);
      else assert.ok(range.text.length > 0 || range.reference, `${p.ruleId}: covers something`);
    });
  });

  it('the copy renders the same text; every other part is byte for byte the same; relationships and content types only gain the comments', () => {
    assert.equal(readDocx(out).text, read.text);
    const before = unzipSync(input);
    const after = unzipSync(out);
    assert.deepEqual(Object.keys(after).filter((n) => n !== 'word/comments.xml'), Object.keys(before));
    for (const name of Object.keys(before)) {
      if (name === 'word/document.xml' || name === 'word/_rels/document.xml.rels' || name === '[Content_Types].xml') continue;
      assert.deepEqual(after[name], before[name], name);
    }
    const rels = strFromU8(after['word/_rels/document.xml.rels']!);
    const relationship = /<Relationship Id="[^"]+" Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/comments" Target="comments\.xml"\/>/.exec(rels);
    assert.ok(relationship);
    assert.equal(rels.replace(relationship[0], ''), strFromU8(before['word/_rels/document.xml.rels']!));
    const types = strFromU8(after['[Content_Types].xml']!);
    const override = '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>';
    assert.ok(types.includes(override));
    assert.equal(types.replace(override, ''), strFromU8(before['[Content_Types].xml']!));
    const documentBefore = strFromU8(before['word/document.xml']!);
    const documentAfter = strFromU8(after['word/document.xml']!);
    assert.equal(skeleton(documentAfter), skeleton(documentBefore));
    assert.ok(documentAfter.length > documentBefore.length);
  });

  it('a document that has comments already: extended with fresh ids, the relationship not doubled', () => {
    const again = readDocx(out);
    const twice = writeComments(out, again, [{ offset: 0, length: 2, paragraphs: ['再看一遍'] }], { date: DATE });
    const files = unzipSync(twice);
    const comments = strFromU8(files['word/comments.xml']!);
    assert.equal([...comments.matchAll(/<w:comment /g)].length, problems.length + 1);
    assert.match(comments, new RegExp(`<w:comment w:id="${problems.length}" [^>]*>.*再看一遍`));
    assert.equal(strFromU8(files['word/_rels/document.xml.rels']!), strFromU8(unzipSync(out)['word/_rels/document.xml.rels']!));
    const ranges = rangesOf(strFromU8(files['word/document.xml']!));
    assert.equal(ranges.get(problems.length)!.text, '政府');
    assert.equal(readDocx(twice).text, read.text);
  });

  it('several findings in one run, an empty finding and one on automatic numbering', async () => {
    const document = new docx.Document({
      numbering: { config: [HEADING_LIST] },
      sections: [{ children: [P(R('甲乙丙丁戊己')), heading('过去一年工作回顾', 0)] }],
    });
    const bytes = await pack(document);
    const r = readDocx(bytes);
    const heading0 = r.paragraphs[1]!.start;
    const copy = writeComments(bytes, r, [
      { offset: 1, length: 2, paragraphs: ['a'] },
      { offset: 2, length: 3, paragraphs: ['b'] },
      { offset: 4, length: 0, paragraphs: ['c'] },
      { offset: heading0, length: 2, paragraphs: ['d'] },
    ]);
    const ranges = rangesOf(strFromU8(unzipSync(copy)['word/document.xml']!));
    assert.deepEqual([0, 1, 2, 3].map((i) => ranges.get(i)!.text), ['乙丙', '丙丁戊', '', '过去一年工作回顾']);
    assert.equal(readDocx(copy).text, r.text);
  });

  it('entities, character references, astral characters, tabs and breaks inside runs: every range, each exactly its words', () => {
    const body =
      '<w:p><w:r><w:rPr><w:rFonts w:eastAsia="𠀀宋体"/></w:rPr><w:t>𠀀甲&amp;乙&lt;丙&#x4E00;丁&#19968;&#x20000;戊&gt;己</w:t></w:r></w:p>' +
      '<w:p><w:r w:rsidR="𠀀"><w:t>庚辛</w:t><w:tab/><w:t xml:space="preserve">壬 癸</w:t><w:br/><w:t>子丑</w:t></w:r><w:r><w:t>寅</w:t><w:noBreakHyphen/><w:t>卯</w:t></w:r></w:p>';
    const bytes = handMadeDocx({ body });
    const r = readDocx(bytes, { positions: true });
    assert.equal(r.text, '𠀀甲&乙<丙一丁一𠀀戊>己\n庚辛\t壬 癸\n子丑寅-卯');
    // Every range inside a paragraph that does not cut a character in two; empty ones before its end.
    const inside = (i: number) => /[\udc00-\udfff]/.test(r.text[i] ?? '');
    const comments: { offset: number; length: number; paragraphs: string[] }[] = [];
    for (const p of r.paragraphs) {
      for (let i = p.start; i < p.end; i++) {
        for (let j = i; j <= p.end; j++) if (!inside(i) && !inside(j)) comments.push({ offset: i, length: j - i, paragraphs: [`${i}-${j}`] });
      }
    }
    const copy = writeComments(bytes, r, comments, { date: DATE });
    assert.equal(readDocx(copy).text, r.text);
    const after = strFromU8(unzipSync(copy)['word/document.xml']!);
    const ranges = rangesOf(after);
    assert.equal(ranges.size, comments.length);
    comments.forEach((c, i) => assert.equal(ranges.get(i)!.text, r.text.slice(c.offset, c.offset + c.length), c.paragraphs[0]));
    // The text as written: entities and references kept, nothing lost or doubled.
    assert.equal(skeleton(after), skeleton(strFromU8(unzipSync(bytes)['word/document.xml']!)));
    assert.match(after, /&amp;/);
    assert.match(after, /&#x20000;/);
  });

  it('a run raised by its character style is never split: the comment covers it whole; a style that lowers it again is split', () => {
    const styles =
      '<w:style w:type="character" w:styleId="Ref"><w:name w:val="Ref"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="MyRef"><w:name w:val="MyRef"/><w:basedOn w:val="Ref"/></w:style>' +
      '<w:style w:type="character" w:styleId="Flat"><w:name w:val="Flat"/><w:basedOn w:val="Ref"/><w:rPr><w:vertAlign w:val="baseline"/></w:rPr></w:style>';
    const run = (text: string, style?: string) => `<w:r>${style ? `<w:rPr><w:rStyle w:val="${style}"/></w:rPr>` : ''}<w:t>${text}</w:t></w:r>`;
    const body = `<w:p>${run('推进“两新”')}${run('12', 'MyRef')}${run('政策，面积10m')}${run('23', 'Ref')}${run('，编号')}${run('45', 'Flat')}</w:p>`;
    const bytes = handMadeDocx({ body, styles });
    const r = readDocx(bytes, { positions: true });
    assert.equal(r.text, '推进“两新”［12］政策，面积10m23，编号45');
    const at = (words: string, from = 0) => r.text.indexOf(words, from);
    const comments = [
      { offset: at('3'), length: 1 },
      { offset: at('0m2'), length: 3 },
      { offset: at('12') + 1, length: 2 },
      { offset: at('［'), length: 2 },
      { offset: at('5'), length: 1 },
    ].map((c, i) => ({ ...c, paragraphs: [`${i}`] }));
    const copy = writeComments(bytes, r, comments, { date: DATE });
    assert.equal(readDocx(copy).text, r.text);
    const after = strFromU8(unzipSync(copy)['word/document.xml']!);
    const count = (needle: string) => after.split(needle).length - 1;
    assert.equal(count('<w:rStyle w:val="Ref"/>'), 1);
    assert.equal(count('<w:rStyle w:val="MyRef"/>'), 1);
    assert.equal(count('<w:rStyle w:val="Flat"/>'), 2);
    assert.match(after, /<w:rStyle w:val="Ref"\/><\/w:rPr><w:t>23<\/w:t>/);
    const ranges = rangesOf(after);
    assert.deepEqual([0, 1, 2, 3, 4].map((i) => ranges.get(i)!.text), ['23', '0m23', '12', '12', '5']);
  });

  it('runs of every shape and property, two by two: every range exact on typed text, a raised run never split', () => {
    // Run contents as Word writes them, with the text each renders.
    const shapes: [string, string][] = [
      ['<w:t>推进改革</w:t>', '推进改革'],
      ['<w:t>R&amp;D&lt;5&gt;</w:t>', 'R&D<5>'],
      ['<w:t>&#x4E00;&#19968;&#x20000;</w:t>', '一一𠀀'],
      ['<w:t>𠀀甲𠀀</w:t>', '𠀀甲𠀀'],
      ['<w:t>甲</w:t><w:tab/><w:t xml:space="preserve"> 乙</w:t>', '甲\t 乙'],
      ['<w:t>丙</w:t><w:br/><w:t>丁</w:t><w:br w:type="page"/><w:t>戊</w:t>', '丙\n丁戊'],
      ['<w:t>甲乙</w:t><w:footnoteReference w:id="1"/><w:t>丙丁</w:t>', '甲乙［1］丙丁'],
      ['<w:t>12</w:t>', '12'],
    ];
    const properties = ['', '<w:rPr><w:rFonts w:eastAsia="𠀀宋体"/></w:rPr>', '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>', '<w:rPr><w:rStyle w:val="Ref"/></w:rPr>'];
    const raised = (props: string) => /superscript|Ref/.test(props);
    const styles = '<w:style w:type="character" w:styleId="Ref"><w:name w:val="Ref"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>';
    const footnotes = '<w:footnote w:id="1"><w:p><w:r><w:t>注释。</w:t></w:r></w:p></w:footnote>';
    const cases = [...combinations({ first: shapes, props: properties, second: shapes })];
    const body = cases.map((c) => `<w:p><w:r>${c.props}${c.first[0]}</w:r><w:r>${c.second[0]}</w:r></w:p>`).join('');
    const bytes = handMadeDocx({ body, styles, footnotes });
    const r = readDocx(bytes, { positions: true });
    const comments: { offset: number; length: number; paragraphs: string[] }[] = [];
    /** Whether a comment's words are typed text whose runs may be cut (not a raised run nor a note's marker). */
    const exact: boolean[] = [];
    const inside = (i: number) => /[\udc00-\udfff]/.test(r.text[i] ?? '');
    cases.forEach((c, n) => {
      const p = r.paragraphs[n]!;
      if (!raised(c.props)) assert.equal(r.text.slice(p.start, p.end), `${c.first[1]}${c.second[1]}`, describeCombination({ first: c.first[1], props: c.props }));
      // Where the raised first run renders (as a marker or digits), and the note markers.
      const whole = p.segments.filter((s) => s.kind === 'marker' || (raised(c.props) && s.run === 0));
      for (let i = p.start; i < p.end; i++) {
        for (let j = i; j <= Math.min(p.end, i + 5); j++) {
          if (inside(i) || inside(j)) continue;
          comments.push({ offset: i, length: j - i, paragraphs: [`${n}: ${i}-${j}`] });
          exact.push(!whole.some((s) => s.start < Math.max(j, i + 1) && i < s.start + s.text.length));
        }
      }
    });
    const copy = writeComments(bytes, r, comments, { date: DATE });
    assert.equal(readDocx(copy).text, r.text);
    const before = strFromU8(unzipSync(bytes)['word/document.xml']!);
    const after = strFromU8(unzipSync(copy)['word/document.xml']!);
    assert.equal(skeleton(after), skeleton(before));
    const count = (xml: string, needle: string) => xml.split(needle).length - 1;
    for (const props of properties.filter(raised)) assert.equal(count(after, props), count(before, props), `${props}: a raised run is never split`);
    const ranges = rangesOf(after);
    assert.equal(ranges.size, comments.length);
    let checked = 0;
    comments.forEach((c, i) => {
      if (!exact[i]) return;
      assert.equal(ranges.get(i)!.text, r.text.slice(c.offset, c.offset + c.length), c.paragraphs[0]);
      checked++;
    });
    assert.ok(checked > 5000, `${checked} ranges checked`);
  });

  it('a paragraph that holds nothing but its automatic number: an empty range inside it, its start before its end', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const numbered = (inner: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${inner}</w:p>`;
    const bytes = handMadeDocx({ body: `<w:p><w:r><w:t>政府工作报告</w:t></w:r></w:p>${numbered('')}${numbered('<w:r><w:t>今年工作安排</w:t></w:r>')}`, numbering });
    const r = readDocx(bytes, { positions: true });
    assert.equal(r.text, '政府工作报告\n一、\n二、今年工作安排');
    const copy = writeComments(bytes, r, [
      { offset: r.text.indexOf('一、'), length: 2, paragraphs: ['a'] },
      { offset: r.text.indexOf('二、'), length: 2, paragraphs: ['b'] },
    ]);
    const after = strFromU8(unzipSync(copy)['word/document.xml']!);
    assert.ok(after.includes('</w:numPr></w:pPr><w:commentRangeStart w:id="0"/><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>'), after);
    const ranges = rangesOf(after);
    assert.deepEqual([ranges.get(0)!.text, ranges.get(1)!.text], ['', '今年工作安排']);
    assert.equal(readDocx(copy).text, r.text);
  });

  it('a document.xml in UTF-16 is written back in UTF-16; read without positions, the draft is read again', () => {
    const files = unzipSync(handMadeDocx({ body: '<w:p><w:r><w:t>全年增长5%左右,就业稳定。</w:t></w:r></w:p>' }));
    const xml = strFromU8(files['word/document.xml']!).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) utf16.set([xml.charCodeAt(i) & 0xff, xml.charCodeAt(i) >> 8], 2 + i * 2);
    const bytes = zipSync({ ...files, 'word/document.xml': utf16 });
    const r = readDocx(bytes);
    assert.equal(r.text, '全年增长5%左右,就业稳定。');
    const copy = writeComments(bytes, r, [{ offset: r.text.indexOf(','), length: 1, paragraphs: ['半角逗号'] }]);
    const written = unzipSync(copy)['word/document.xml']!;
    assert.deepEqual([written[0], written[1]], [0xff, 0xfe]);
    const decoded = new TextDecoder('utf-16le').decode(written);
    assert.ok(decoded.startsWith('<?xml version="1.0" encoding="UTF-16"'));
    assert.equal(rangesOf(decoded).get(0)!.text, ',');
    assert.equal(readDocx(copy).text, r.text);
    assert.equal(strFromU8(unzipSync(copy)['word/comments.xml']!).includes('半角逗号'), true);
    assert.equal(strToU8(decoded).length > 0, true);
  });

  it('every report of the corpus saved as a .docx: a comment per finding on its exact words, the text unchanged', async function () {
    this.timeout(60000);
    const names = readdirSync(corpusDir()).filter((n) => n.endsWith('.txt')).sort();
    let exact = 0;
    for (const name of names) {
      const text = readFileSync(join(corpusDir(), name), 'utf8').replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
      const bytes = await pack(docxFromText(text));
      const r = readDocx(bytes);
      const found = lint(r.text).problems;
      const copy = writeComments(bytes, r, commentsFor(found, 'zh'), { date: DATE });
      assert.equal(readDocx(copy).text, r.text, name);
      const ranges = rangesOf(strFromU8(unzipSync(copy)['word/document.xml']!));
      assert.equal(ranges.size, found.length, name);
      found.forEach((p, i) => {
        assert.ok(ranges.get(i)!.referenceAfter, `${name} ${i}`);
        if (!plainWords(r, p)) return;
        assert.equal(ranges.get(i)!.text, r.text.slice(p.offset, p.offset + p.length), `${name}: ${p.ruleId} ${p.message}`);
        exact++;
      });
    }
    assert.ok(exact > 20, `${exact} findings checked word for word`);
  });
});
