/**
 * Clients without pull diagnostics (no textDocument.diagnostic capability) get publishDiagnostics: on open at
 * once, after a change when the debounce expires, empty on close. Each publish carries the document version.
 */
import * as assert from 'node:assert/strict';
import { useServer } from './lspClient';

const SLIP = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（三）改革开放持续深化。\n';
let seq = 0;
const newUri = () => `file:///tmp/push-${process.pid}-${++seq}.govreport`;

describe('server push diagnostics (client without pull support)', function () {
  this.timeout(20000);
  const client = useServer({ pull: false });

  it('does not announce a diagnostic provider', () => {
    assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined);
  });

  it('publishes on open, on change and on close, with versions', async () => {
    const uri = newUri();
    await client.open(uri, SLIP);
    const opened = await client.waitForPublish(uri);
    assert.equal(opened.version, 1);
    assert.deepEqual(opened.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['heading-sequence', 2, 0]]);
    assert.equal(opened.diagnostics[0]!.source, 'govreport');

    await client.edit(uri, { start: { line: 2, character: 1 }, end: { line: 2, character: 2 } }, '二');
    const changed = await client.waitForPublish(uri, (p) => p.version === 2);
    assert.deepEqual(changed.diagnostics, []);

    await client.edit(uri, { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, '（四）民生保障有力。\n');
    const again = await client.waitForPublish(uri, (p) => p.version === 3);
    assert.deepEqual(again.diagnostics.map((d) => [d.code, d.range.start.line]), [['heading-sequence', 3]]);

    await client.close(uri);
    const closed = await client.waitForPublish(uri, (p) => p.version === undefined);
    assert.deepEqual(closed.diagnostics, []);
  });

  it('debounces bursts of changes into one publish of the latest version', async () => {
    const uri = newUri();
    client.settings.set(uri, { lintDelay: 200 });
    await client.open(uri, SLIP);
    await client.waitForPublish(uri);
    const before = client.published.length;
    for (let i = 0; i < 5; i++) await client.replace(uri, SLIP + '（五）民生保障有力。\n'.repeat(i + 1));
    const last = await client.waitForPublish(uri, (p) => p.version === 6);
    const between = client.published.slice(before).filter((p) => p.uri === uri);
    assert.equal(between.length, 1, `expected one publish after the burst, got versions ${between.map((p) => p.version).join(', ')}`);
    assert.ok(last.diagnostics.length >= 2);
  });

  it('re-validates open documents when the configuration changes', async () => {
    const uri = newUri();
    await client.open(uri, SLIP);
    await client.waitForPublish(uri, (p) => p.diagnostics.length === 1);
    client.settings.set(uri, { rules: { 'heading-sequence': 'off' } });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitForPublish(uri, (p) => p.diagnostics.length === 0);
    client.settings.delete(uri);
  });

  it('code actions work from the pushed diagnostics', async () => {
    const uri = newUri();
    await client.open(uri, SLIP);
    const { diagnostics } = await client.waitForPublish(uri, (p) => p.diagnostics.length === 1);
    const actions = await client.codeActions(uri, diagnostics[0]!.range, diagnostics);
    assert.equal(actions.filter((a) => a.isPreferred).length, 1);
  });
});
