/**
 * source.fixAll.govreport and the govreport.server.fixAll command fix everything fixable in a draft with a
 * BOM, CRLF line ends, U+3000 indents and surrogate pairs, without touching any of those.
 */
import * as assert from 'node:assert/strict';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { applyAction, useServer } from './lspClient';

const BOM = '\ufeff';
const DRAFT = [
  `${BOM}政府工作报告`,
  '一、过去一年工作回顾',
  '　　(一)经济运行稳中有进。𠀀一是稳增长，二是促改革，四是惠民生。',
  '　　（三）改革开放持续深化。',
  '二、今年工作安排',
  '　　（一）扩大有效需求。',
  '　　（二）深化改革。',
  '　　（四）保障民生。',
  '',
].join('\r\n');
const FIXED = [
  `${BOM}政府工作报告`,
  '一、过去一年工作回顾',
  '　　（一）经济运行稳中有进。𠀀一是稳增长，二是促改革，三是惠民生。',
  '　　（二）改革开放持续深化。',
  '二、今年工作安排',
  '　　（一）扩大有效需求。',
  '　　（二）深化改革。',
  '　　（三）保障民生。',
  '',
].join('\r\n');

let seq = 0;
const newUri = () => `file:///tmp/fixall-${process.pid}-${++seq}.govreport`;

function assertIntact(text: string): void {
  assert.ok(text.startsWith(BOM), 'BOM lost');
  assert.equal(text.indexOf(BOM, 1), -1, 'BOM duplicated');
  assert.equal(text.split('\r\n').length, DRAFT.split('\r\n').length, 'CRLF count changed');
  assert.ok(!/[^\r]\n/.test(text) && !/\r(?!\n)/.test(text), 'a bare LF or CR appeared');
  assert.equal((text.match(/\u3000/g) ?? []).length, (DRAFT.match(/\u3000/g) ?? []).length, 'U+3000 indents changed');
  assert.ok(text.includes('𠀀'), 'surrogate pair damaged');
  assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text), 'lone surrogate');
}

describe('server fix all', function () {
  this.timeout(20000);
  const client = useServer();

  it('the draft has problems of three rules', async () => {
    const uri = newUri();
    await client.open(uri, DRAFT);
    const codes = new Set((await client.diagnostics(uri)).map((d) => d.code));
    assert.deepEqual([...codes].sort(), ['enumeration-sequence', 'heading-sequence', 'punctuation-width']);
  });

  it('source.fixAll.govreport fixes everything and keeps BOM, CRLF, U+3000 and surrogate pairs', async () => {
    const uri = newUri();
    await client.open(uri, DRAFT);
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } }, [], ['source.fixAll.govreport']);
    assert.equal(actions.length, 1);
    const fixed = applyAction(DRAFT, actions[0]!, 1);
    assertIntact(fixed);
    assert.equal(fixed, FIXED);
    // The server agrees: nothing left after the edit.
    await client.replace(uri, fixed);
    assert.deepEqual(await client.diagnostics(uri), []);
    assert.deepEqual(await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } }, [], ['source.fixAll']), []);
  });

  it('the govreport.server.fixAll command applies the same edit through workspace/applyEdit', async () => {
    const uri = newUri();
    await client.open(uri, DRAFT);
    const applied = await client.request<boolean>('workspace/executeCommand', { command: 'govreport.server.fixAll', arguments: [uri] });
    assert.equal(applied, true);
    assertIntact(client.texts.get(uri)!.text);
    assert.equal(client.texts.get(uri)!.text, FIXED);
  });

  it('the command refuses unknown documents and bad arguments without failing', async () => {
    assert.equal(await client.request('workspace/executeCommand', { command: 'govreport.server.fixAll', arguments: ['file:///nowhere.govreport'] }), false);
    assert.equal(await client.request('workspace/executeCommand', { command: 'govreport.server.fixAll', arguments: [42] }), false);
    assert.equal(await client.request('workspace/executeCommand', { command: 'govreport.server.fixAll' }), false);
  });
});

describe('server fix all, resolved lazily (client with codeAction/resolve)', function () {
  this.timeout(20000);
  const client = useServer({
    capabilities: (caps) => {
      caps.textDocument!.codeAction!.resolveSupport = { properties: ['edit'] };
    },
  });

  it('lightbulb requests offer fix-all actions without computing their edits; resolve fills them in', async () => {
    assert.deepEqual(client.initializeResult.capabilities.codeActionProvider, {
      codeActionKinds: ['quickfix', 'source.fixAll.govreport'],
      resolveProvider: true,
    });
    const uri = newUri();
    await client.open(uri, DRAFT);
    const diagnostics = await client.diagnostics(uri);
    const all = { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } };
    const actions = await client.codeActions(uri, all, diagnostics);
    const lazy = actions.filter((a) => a.edit === undefined);
    assert.deepEqual(lazy.map((a) => a.title).sort(), ['修复本文档中所有「heading-sequence」问题', '修复本文档中所有可自动修复的问题']);
    // Single-problem quick fixes are cheap and come with their edits.
    assert.ok(actions.filter((a) => a.isPreferred).every((a) => a.edit !== undefined));
    const fixAll = lazy.find((a) => a.kind === 'source.fixAll.govreport')!;
    const resolved = await client.request<CodeAction>('codeAction/resolve', fixAll);
    assert.equal(applyAction(DRAFT, resolved, 1), FIXED);
    const rule = lazy.find((a) => a.kind === 'quickfix')!;
    const ruleResolved = await client.request<CodeAction>('codeAction/resolve', rule);
    assert.equal(
      applyAction(DRAFT, ruleResolved, 1),
      DRAFT.replace('（三）改革开放', '（二）改革开放').replace('（四）保障民生', '（三）保障民生'),
    );
  });

  it('an explicit source.fixAll request (code actions on save) gets the edit at once', async () => {
    const uri = newUri();
    await client.open(uri, DRAFT);
    const [action] = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } }, [], ['source.fixAll']);
    assert.equal(applyAction(DRAFT, action!, 1), FIXED);
  });

  it('resolve ignores actions it does not know', async () => {
    const action: CodeAction = { title: 'x', data: { uri: 'file:///nowhere', version: 1, fixAll: 'no-such-rule' } };
    assert.deepEqual(await client.request('codeAction/resolve', action), action);
    assert.deepEqual(await client.request('codeAction/resolve', { title: 'y' }), { title: 'y' });
  });
});
