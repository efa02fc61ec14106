/**
 * source.fixAll.govreport and the govreport.server.fixAll command fix everything fixable in a draft with a
 * BOM, CRLF line ends, U+3000 indents and surrogate pairs, without touching any of those.
 */
import * as assert from 'node:assert/strict';
import { applyAction, TestClient } from './lspClient';

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
  let client: TestClient;

  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client?.dispose();
  });

  it('the draft has problems of three rules', async () => {
    const uri = newUri();
    await client.open(uri, DRAFT);
    const codes = new Set((await client.diagnostics(uri)).map((d) => d.code));
    assert.deepEqual([...codes].sort(), ['enumeration-sequence', 'heading-punctuation', 'heading-sequence']);
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
