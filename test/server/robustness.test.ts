/**
 * The server answers whatever it is sent: binary garbage, an empty document, a 5 MB single line, requests for
 * documents it never saw, malformed parameters. And a server told to fail (GOVREPORT_LS_FAIL=1) exits non-zero.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol';
import { SERVER_JS, TestClient, useServer } from './lspClient';

let seq = 0;
const newUri = () => `file:///tmp/robust-${process.pid}-${++seq}.govreport`;
const whole = { start: { line: 0, character: 0 }, end: { line: 1_000_000, character: 0 } };

/** Deterministic bytes 0–255 decoded as UTF-8 (replacement characters, NULs, lone CRs, control characters). */
function garbage(size: number): string {
  const bytes = Buffer.alloc(size);
  let x = 0x2545f491;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes.toString('utf8') + '\ud800（三）\udc00一是\r\r\n二是';
}

describe('server robustness', function () {
  this.timeout(60000);
  const client = useServer();

  async function everyFeature(uri: string): Promise<Diagnostic[]> {
    const diagnostics = await client.diagnostics(uri);
    await client.codeActions(uri, whole, diagnostics);
    await client.codeActions(uri, whole, [], ['source.fixAll.govreport']);
    await client.request<DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
    await client.request('textDocument/foldingRange', { textDocument: { uri } });
    return diagnostics;
  }

  it('2 MB of binary garbage', async () => {
    const uri = newUri();
    const start = Date.now();
    await client.open(uri, garbage(2_000_000));
    const diagnostics = await everyFeature(uri);
    const elapsed = Date.now() - start;
    assert.ok(Array.isArray(diagnostics));
    // Generous bound (about 0.1 s today): catches the quadratic scans garbage once triggered (many short lines).
    assert.ok(elapsed < 10000, `took ${elapsed} ms`);
  });

  it('an empty document', async () => {
    const uri = newUri();
    await client.open(uri, '');
    assert.deepEqual(await everyFeature(uri), []);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    assert.deepEqual(await client.request('textDocument/foldingRange', { textDocument: { uri } }), []);
  });

  it('a 5 MB single line', async () => {
    const uri = newUri();
    const text = '（一）经济运行稳中有进。一是稳增长，二是促改革，四是惠民生。' + '经济社会发展'.repeat(5 * 1024 * 1024 / 6);
    assert.ok(text.length >= 5 * 1024 * 1024);
    const start = Date.now();
    await client.open(uri, text);
    const diagnostics = await everyFeature(uri);
    const elapsed = Date.now() - start;
    assert.ok(elapsed < 15000, `took ${elapsed} ms`);
    assert.deepEqual(diagnostics.map((d) => d.code), ['enumeration-sequence']);
    // Still editable afterwards: an incremental edit at the end of the line.
    await client.edit(uri, { start: { line: 0, character: text.length }, end: { line: 0, character: text.length } }, '\n（二）改革开放。');
    assert.equal((await client.diagnostics(uri)).length, 1);
  });

  it('requests for unknown documents and malformed parameters get empty answers', async () => {
    const unknown = 'file:///never-opened.govreport';
    assert.deepEqual(await client.diagnostics(unknown), []);
    assert.deepEqual(await client.codeActions(unknown, whole, []), []);
    assert.equal(await client.request('textDocument/documentSymbol', { textDocument: { uri: unknown } }), null);
    const uri = newUri();
    await client.open(uri, '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（三）改革开放持续深化。\n');
    // A code action request whose diagnostics lack ranges and data.
    const actions = await client.request<unknown[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: whole,
      context: { diagnostics: [{ source: 'govreport', message: 'x', code: 'heading-sequence' }, null, 7] },
    });
    assert.ok(Array.isArray(actions));
    // The server is still alive and correct.
    assert.equal((await client.diagnostics(uri)).length, 1);
    assert.equal(client.child.exitCode, null);
  });

  it('130,000 top-level headings: diagnostics, not silence (a spread of a huge array overflowed the stack)', async () => {
    const uri = newUri();
    const numerals = '一二三四五六七八九十';
    await client.open(uri, Array.from({ length: 130_000 }, (_, i) => `${numerals[i % 10]}、标题\n`).join(''));
    const diagnostics = await client.diagnostics(uri);
    assert.ok(diagnostics.length > 0);
    assert.ok((await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } })).length > 0);
  });

  it('the renumber lightbulb on thousands of terms sharing one footnote number answers in time, and so does the command', async () => {
    const uri = newUri();
    const term = (i: number) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000), 0x4e00 + ((i * 104729) % 20000), 0x4e00 + ((i * 1299709) % 20000));
    const text = `一、工作\n${Array.from({ length: 5000 }, (_, i) => `推进“${term(i)}”［1］工作。`).join('\n')}\n名词解释\n［1］词条：……\n`;
    await client.open(uri, text);
    const diagnostics = (await client.diagnostics(uri)).filter((d) => d.code === 'footnote-sequence');
    assert.ok(diagnostics.length > 0);
    const started = Date.now();
    const actions = await client.codeActions(uri, diagnostics[0]!.range, diagnostics.slice(0, 1));
    assert.ok(actions.some((a) => a.title === '重新编号注释'), JSON.stringify(actions.map((a) => a.title)));
    assert.equal(await client.request('workspace/executeCommand', { command: 'govreport.server.renumberFootnotes', arguments: [uri] }), true);
    // 10–12 s before terms were indexed per number; about 0.1 s now.
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
    assert.match(client.texts.get(uri)!.text, /［5000］/);
  });

  it('nothing was printed to stdout outside the protocol, nothing crashed', () => {
    assert.ok(!/Uncaught|Unhandled/.test(client.logs.join('\n')), client.logs.join('\n'));
    assert.equal(client.child.exitCode, null);
  });
});

describe('server start-up failure', function () {
  this.timeout(20000);

  it('GOVREPORT_LS_FAIL=1 makes the server exit with a non-zero code', async () => {
    const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GOVREPORT_LS_FAIL: '1' } });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    assert.notEqual(code, 0);
    assert.equal(code, 1);
    assert.match(stderr, /GOVREPORT_LS_FAIL/);
  });

  it('without it the same spawn keeps running until told to exit', async () => {
    const client = await TestClient.start({ env: { GOVREPORT_LS_FAIL: '0' } });
    assert.equal(client.child.exitCode, null);
    assert.equal(await client.shutdown(), 0);
  });
});
