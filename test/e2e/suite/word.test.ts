/**
 * Word drafts in the editor: 在校对视图中打开 shows a .docx as read-only text with its diagnostics (fixes written into
 * the messages, no quick fixes), hover, outline and the 预期目标 view; the view follows the file on disk; 导出带批注的副本
 * writes a copy with one comment per finding; a file the reader refuses opens nothing and says why.
 *
 * The .docx files are assembled here from hand-written WordprocessingML (fflate, the extension's own zip library),
 * with Word's automatic numbering on the first heading, as a drafter's file has it.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { activateExtension, codeOf, documentOf, fmt, rangeOf, resetEditors, waitFor, waitForDiagnostics, workspaceRoot } from './helpers';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** One paragraph: plain text, or `{ auto }` for a heading numbered by Word's list (level 0: 一、). */
type Para = string | { auto: string };

function wordFile(paragraphs: Para[]): Uint8Array {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = paragraphs
    .map((p) =>
      typeof p === 'string'
        ? `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`
        : `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${escape(p.auto)}</w:t></w:r></w:p>`,
    )
    .join('');
  const numbering =
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
  const xml = (root: string, inner: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${root} xmlns:w="${W}">${inner}</w:${root}>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/numbering" Target="numbering.xml"/></Relationships>`),
    'word/document.xml': strToU8(xml('document', `<w:body>${body}</w:body>`)),
    'word/numbering.xml': strToU8(xml('numbering', numbering)),
  });
}

/** A drafter's slips: a typed 三、 after Word's automatic 一、, a half-width comma, a restated target that differs. */
const DRAFT: Para[] = [
  '政府工作报告',
  { auto: '过去一年工作回顾' },
  '地区生产总值增长5.2%。',
  '三、今年工作安排',
  '今年主要预期目标是：地区生产总值增长6%左右,城镇新增就业1万人以上。',
  '确保全年地区生产总值增长7%左右。',
];
/** The text the view shows: Word's number rendered, one line per paragraph. */
const RENDERED = ['政府工作报告', '一、过去一年工作回顾', '地区生产总值增长5.2%。', '三、今年工作安排', '今年主要预期目标是：地区生产总值增长6%左右,城镇新增就业1万人以上。', '确保全年地区生产总值增长7%左右。'];

let files = 0;
async function writeScratch(name: string, bytes: Uint8Array): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), 'scratch', `word-${++files}`, name);
  await vscode.workspace.fs.writeFile(uri, bytes);
  return uri;
}

type OpenResult = { view: vscode.Uri } | { error: string } | undefined;
type ExportResult = { copy: vscode.Uri; comments: number } | { error: string } | undefined;

async function openView(source: vscode.Uri): Promise<vscode.TextDocument> {
  const result = await vscode.commands.executeCommand<OpenResult>('govreport.openWordView', source);
  assert.ok(result && 'view' in result, `no view: ${JSON.stringify(result)}`);
  const view = result.view;
  assert.equal(view.scheme, 'govreport-docx');
  return waitFor('the view in the govreport mode', () => (documentOf(view)?.languageId === 'govreport' ? documentOf(view) : undefined), [
    vscode.workspace.onDidOpenTextDocument,
  ]);
}

suite('word drafts', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('a .docx opens in the read-only 校对视图 with its diagnostics, fixes written out, hover, outline and targets', async () => {
    const source = await writeScratch('报告.docx', wordFile(DRAFT));
    const document = await openView(source);
    assert.equal(document.getText(), RENDERED.join('\n'));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), document.uri.toString());

    const uri = document.uri;
    const diagnostics = await waitForDiagnostics(uri, 'the three slips', (d) => ['heading-sequence', 'punctuation-width', 'target-mismatch'].every((c) => d.some((x) => codeOf(x) === c)));
    const heading = diagnostics.find((d) => codeOf(d) === 'heading-sequence')!;
    assert.equal(fmt(heading.range), fmt(rangeOf(document, '三、')));
    assert.equal(heading.message, '标题序号不连续：应为“二、”，实际为“三、”。\n建议：将“三、”改为“二、”');
    const comma = diagnostics.find((d) => codeOf(d) === 'punctuation-width')!;
    assert.equal(fmt(comma.range), fmt(rangeOf(document, ',')));
    assert.match(comma.message, /\n建议：/);

    // No quick fix on a read-only text (not even 忽略此处), and 修复所有 leaves it as it is.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, heading.range);
    assert.deepEqual(actions.filter((a) => a.diagnostics?.some((d) => d.source === 'govreport')).map((a) => a.title), []);
    await vscode.commands.executeCommand('govreport.fixAll', uri);
    assert.equal(document.getText(), RENDERED.join('\n'));

    // Hover on the restated target, the outline, the 预期目标 view.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, rangeOf(document, '增长7%左右').start.translate(0, 1));
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /主要预期目标：地区生产总值增长6%左右/);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.deepEqual(symbols.map((s) => s.name), ['一、过去一年工作回顾', '三、今年工作安排']);
    const targets = await vscode.commands.executeCommand<{ label: string; description: string }[]>('govreport.targets.refresh');
    assert.deepEqual(targets.map((t) => [t.label, t.description]), [
      ['地区生产总值增长6%左右', '1处不一致'],
      ['城镇新增就业1万人以上', '后文未写到'],
    ]);
  });

  test('the view follows the .docx when it changes on disk', async () => {
    const source = await writeScratch('报告.docx', wordFile(DRAFT));
    const document = await openView(source);
    await waitForDiagnostics(document.uri, 'heading-sequence', (d) => d.some((x) => codeOf(x) === 'heading-sequence'));
    // The drafter corrects 三、 to 二、 in Word and saves.
    const corrected = DRAFT.map((p) => (p === '三、今年工作安排' ? '二、今年工作安排' : p));
    await vscode.workspace.fs.writeFile(source, wordFile(corrected));
    await waitFor('the view to show 二、', () => (document.getText().includes('\n二、今年工作安排') ? true : undefined), [vscode.workspace.onDidChangeTextDocument], () => document.getText(), 30_000);
    await waitForDiagnostics(document.uri, 'no heading-sequence', (d) => !d.some((x) => codeOf(x) === 'heading-sequence') && d.some((x) => codeOf(x) === 'punctuation-width'));
  });

  test('导出带批注的副本 writes one comment per finding of the view; the original is untouched', async () => {
    const bytes = wordFile(DRAFT);
    const source = await writeScratch('报告.docx', bytes);
    const document = await openView(source);
    const diagnostics = await waitForDiagnostics(document.uri, 'the three slips', (d) => d.length >= 3);
    const copy = vscode.Uri.joinPath(source, '..', '报告-批注.docx');
    const result = await vscode.commands.executeCommand<ExportResult>('govreport.exportWordComments', document.uri, copy);
    assert.ok(result && 'copy' in result, JSON.stringify(result));
    assert.equal(result.comments, diagnostics.length);
    const parts = unzipSync(await vscode.workspace.fs.readFile(copy));
    const comments = strFromU8(parts['word/comments.xml']!);
    assert.equal([...comments.matchAll(/<w:comment /g)].length, diagnostics.length);
    assert.match(comments, /w:author="政府工作报告校对"/);
    assert.match(comments, /建议：将“三、”改为“二、”/);
    assert.ok(Buffer.from(await vscode.workspace.fs.readFile(source)).equals(bytes), 'the original changed');
    // Never over the original.
    const refused = await vscode.commands.executeCommand<ExportResult>('govreport.exportWordComments', source, source);
    assert.ok(refused && 'error' in refused, JSON.stringify(refused));
    assert.ok(Buffer.from(await vscode.workspace.fs.readFile(source)).equals(bytes), 'the original changed');
  });

  test('a .doc, a .wps or a corrupt .docx opens nothing and says why', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const cases: [string, Uint8Array, RegExp][] = [
      ['旧稿.doc', ole, /\.doc|Word 97|旧/],
      ['旧稿.wps', ole, /\.wps|WPS|旧/],
      ['坏稿.docx', wordFile(DRAFT).slice(0, 200), /损坏|corrupt/],
    ];
    for (const [name, bytes, reason] of cases) {
      const source = await writeScratch(name, bytes);
      const result = await vscode.commands.executeCommand<OpenResult>('govreport.openWordView', source);
      assert.ok(result && 'error' in result, `${name}: ${JSON.stringify(result)}`);
      assert.match(result.error, reason, name);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'govreport-docx' && d.uri.query === source.toString()), name);
    }
  });
});
