/**
 * Word drafts through the bundled server over stdio: `govreport/renderDocx` gives the text of the 校对视图 (or the
 * reader's reason), a view document (`govreport-docx:…?<the .docx's URI>`) is linted with the .docx's settings and
 * `.govreport.jsonc`, writes each fix into its message and offers no code action, completion or fix-all;
 * `govreport/commentDocx` returns the copy with one comment per finding, in the findings' language.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { CommentDocxResult, RenderDocxResult } from '../../server/src/protocol';
import { docx, HEADING_LIST, pack } from '../support/docx';
import { useServer } from './lspClient';

const P = (text: string, level?: number) =>
  new docx.Paragraph({ children: [new docx.TextRun(text)], ...(level !== undefined ? { numbering: { reference: HEADING_LIST.reference, level } } : {}) });

/** Word's automatic 一、, then a typed 三、 (heading-sequence, fixable), a half-width comma (punctuation-width). */
async function draft(): Promise<Uint8Array> {
  return pack(new docx.Document({
    numbering: { config: [HEADING_LIST] },
    sections: [{ children: [P('政府工作报告'), P('过去一年工作回顾', 0), P('经济运行稳中有进。'), P('三、今年工作安排'), P('全年增长5%左右,就业稳定。')] }],
  }));
}
const RENDERED = '政府工作报告\n一、过去一年工作回顾\n经济运行稳中有进。\n三、今年工作安排\n全年增长5%左右,就业稳定。';
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const viewUri = (source: string) => `govreport-docx:${encodeURI(new URL(source).pathname)}%EF%BC%88%E6%A0%A1%E5%AF%B9%E8%A7%86%E5%9B%BE%EF%BC%89?${encodeURIComponent(source)}`;

describe('server: the 校对视图 of a .docx', function () {
  this.timeout(20000);
  const root = join(tmpdir(), `govreport-server-word-${process.pid}`);
  before(() => mkdirSync(root, { recursive: true }));
  after(() => rmSync(root, { recursive: true, force: true }));
  const client = useServer();

  it('renders a .docx, or says why it cannot', async () => {
    const rendered = await client.connection.sendRequest<RenderDocxResult>('govreport/renderDocx', { data: base64(await draft()) });
    assert.deepEqual(rendered, { text: RENDERED });
    const ole = new Uint8Array(64);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const refused = await client.connection.sendRequest<RenderDocxResult>('govreport/renderDocx', { data: base64(ole) });
    assert.ok('error' in refused && /\.doc/.test(refused.error), JSON.stringify(refused));
    const missing = await client.connection.sendRequest<RenderDocxResult>('govreport/renderDocx', {});
    assert.ok('error' in missing, JSON.stringify(missing));
  });

  it('lints the view with the fixes written out, and offers nothing to edit it', async () => {
    const source = pathToFileURL(join(root, 'a', '报告.docx')).href;
    const uri = viewUri(source);
    await client.open(uri, RENDERED);
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(diagnostics.map((d) => d.code), ['heading-sequence', 'punctuation-width']);
    assert.equal(String(diagnostics[0]!.message), '标题序号不连续：应为“二、”，实际为“三、”。\n建议：将“三、”改为“二、”');
    assert.match(String(diagnostics[1]!.message), /\n建议：.*“，”/);
    assert.deepEqual(await client.codeActions(uri, diagnostics[0]!.range, diagnostics), []);
    assert.deepEqual(await client.codeActions(uri, diagnostics[0]!.range, [], ['source.fixAll']), []);
    assert.equal(await client.connection.sendRequest('workspace/executeCommand', { command: 'govreport.server.fixAll', arguments: [uri] }), false);
    // The same text under a file URI: the usual quick fix, and the message without the fix.
    const file = pathToFileURL(join(root, 'a', '报告.govreport')).href;
    await client.open(file, RENDERED);
    const plain = await client.diagnostics(file);
    assert.equal(String(plain[0]!.message), '标题序号不连续：应为“二、”，实际为“三、”。');
    assert.ok((await client.codeActions(file, plain[0]!.range, plain)).some((a) => a.title === '将“三、”改为“二、”'));
  });

  it('reads the .docx’s settings and .govreport.jsonc, for the view and the commented copy alike', async () => {
    mkdirSync(join(root, 'quiet'), { recursive: true });
    writeFileSync(join(root, 'quiet', '.govreport.jsonc'), '{ "rules": { "punctuation-width": "off" } }');
    const source = pathToFileURL(join(root, 'quiet', '报告.docx')).href;
    const uri = viewUri(source);
    await client.open(uri, RENDERED);
    assert.deepEqual((await client.diagnostics(uri)).map((d) => d.code), ['heading-sequence']);
    const result = await client.connection.sendRequest<CommentDocxResult>('govreport/commentDocx', { uri: source, data: base64(await draft()) });
    assert.ok('data' in result, JSON.stringify(result));
    assert.equal(result.comments, 1);
    const comments = strFromU8(unzipSync(Buffer.from(result.data, 'base64'))['word/comments.xml']!);
    assert.equal([...comments.matchAll(/<w:comment /g)].length, 1);
    assert.match(comments, /w:author="政府工作报告校对"[\s\S]*标题序号不连续[\s\S]*建议：将“三、”改为“二、”/);
  });

  it('the commented copy in English when the findings are (govreport.language en)', async () => {
    const source = pathToFileURL(join(root, 'en', 'report.docx')).href;
    client.settings.set(source, { language: 'en' });
    const result = await client.connection.sendRequest<CommentDocxResult>('govreport/commentDocx', { uri: source, data: base64(await draft()) });
    assert.ok('data' in result, JSON.stringify(result));
    assert.equal(result.comments, 2);
    const comments = strFromU8(unzipSync(Buffer.from(result.data, 'base64'))['word/comments.xml']!);
    assert.match(comments, /Suggested fix: /);
    const refused = await client.connection.sendRequest<CommentDocxResult>('govreport/commentDocx', { uri: source, data: base64(new Uint8Array([1, 2, 3])) });
    assert.ok('error' in refused, JSON.stringify(refused));
  });
});
