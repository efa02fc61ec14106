/**
 * The server's lifetime and its bookkeeping of documents, as a hostile or sloppy client exercises them: requests
 * before initialize and after shutdown are refused as LSP requires; a client that never answers
 * workspace/configuration still gets answers; a URI reopened at the same version, or a version that goes back,
 * is linted afresh (never the old text's results); in push mode a change sent with the open's version is linted.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { capabilities, SERVER_JS, TestClient, useServer } from './lspClient';

const SLIP = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（三）改革开放持续深化。\n';
const CLEAN = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（二）改革开放持续深化。\n';
let seq = 0;
const newUri = () => `file:///tmp/lifecycle-${process.pid}-${++seq}.govreport`;
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}`);

function rawServer() {
  const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.listen();
  return { child, connection };
}

describe('server lifetime', function () {
  this.timeout(20000);

  it('refuses requests before initialize (ServerNotInitialized) and after shutdown (InvalidRequest)', async () => {
    const { child, connection } = rawServer();
    try {
      const hover = { textDocument: { uri: 'file:///x.govreport' }, position: { line: 0, character: 0 } };
      await assert.rejects(connection.sendRequest('textDocument/hover', hover), (e: { code?: number }) => e.code === -32002);
      // A notification before initialize is dropped: the document is not known afterwards.
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///x.govreport', languageId: 'govreport', version: 1, text: SLIP } });
      await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: capabilities(true, false) });
      await connection.sendNotification('initialized', {});
      const report = await connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: 'file:///x.govreport' } });
      assert.deepEqual(report.items, []);
      await connection.sendRequest('shutdown', null);
      await assert.rejects(connection.sendRequest('textDocument/hover', hover), (e: { code?: number }) => e.code === -32600);
      await connection.sendNotification('exit');
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  it('answers every request for a document although the client never answers workspace/configuration', async () => {
    const client = await TestClient.start();
    try {
      client.connection.onRequest('workspace/configuration', () => new Promise(() => undefined));
      const uri = newUri();
      await client.open(uri, SLIP);
      const started = Date.now();
      const [diagnostics, symbols] = await Promise.all([
        client.diagnostics(uri),
        client.request('textDocument/documentSymbol', { textDocument: { uri } }),
      ]);
      assert.deepEqual(codes(diagnostics), ['heading-sequence@2']);
      assert.ok(Array.isArray(symbols));
      assert.ok(Date.now() - started < 6000, `took ${Date.now() - started} ms`);
      // Later requests do not wait again.
      const again = Date.now();
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 1 } });
      assert.ok(Date.now() - again < 1000, `took ${Date.now() - again} ms`);
    } finally {
      await client.dispose();
    }
  });
});

describe('server document revisions', function () {
  this.timeout(20000);
  const client = useServer();

  it('a URI closed and reopened at the same version is linted afresh, code actions included', async () => {
    const uri = newUri();
    await client.open(uri, SLIP);
    assert.deepEqual(codes(await client.diagnostics(uri)), ['heading-sequence@2']);
    await client.close(uri);
    await client.open(uri, CLEAN + '（四）民生保障有力。\n');
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(codes(diagnostics), ['heading-sequence@3']);
    const actions = await client.codeActions(uri, diagnostics[0]!.range, diagnostics);
    assert.ok(actions.some((a) => a.isPreferred), JSON.stringify(actions.map((a) => a.title)));
  });

  it('a URI opened twice without a close, and a change whose version goes back, are linted afresh', async () => {
    const uri = newUri();
    await client.open(uri, SLIP, 'govreport', 5);
    assert.deepEqual(codes(await client.diagnostics(uri)), ['heading-sequence@2']);
    await client.open(uri, CLEAN, 'govreport', 5);
    assert.deepEqual(codes(await client.diagnostics(uri)), []);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: SLIP }] });
    assert.deepEqual(codes(await client.diagnostics(uri)), ['heading-sequence@2']);
  });
});

describe('server document revisions, push mode', function () {
  this.timeout(20000);
  const client = useServer({ pull: false });

  it('a change sent with the version of the open is linted', async () => {
    const uri = newUri();
    await client.open(uri, CLEAN, 'govreport', 1);
    await client.waitForPublish(uri, (p) => p.diagnostics.length === 0);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: SLIP }] });
    await client.waitForPublish(uri, (p) => p.diagnostics.length === 1);
  });
});
