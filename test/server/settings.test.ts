/**
 * Settings come from workspace/configuration per document (section `govreport`), are cached per URI and
 * re-read after didChangeConfiguration, which also asks a pull client to refresh its diagnostics.
 */
import * as assert from 'node:assert/strict';
import { applyAction, CancellationTokenSource, useServer } from './lspClient';

const SLIP = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n(三)改革开放持续深化。\n';
let seq = 0;
const newUri = () => `file:///tmp/settings-${process.pid}-${++seq}.govreport`;

describe('server settings', function () {
  this.timeout(20000);
  const client = useServer({}, 'test');

  it('asks for the govreport section with the document as scope', async () => {
    const uri = newUri();
    await client.open(uri, SLIP);
    await client.diagnostics(uri);
    const items = client.configurationRequests.flatMap((r) => r.items);
    assert.ok(items.some((i) => i.scopeUri === uri && i.section === 'govreport'), JSON.stringify(items));
    // Cached per URI: a second pull does not ask again.
    const before = client.configurationRequests.length;
    await client.diagnostics(uri);
    assert.equal(client.configurationRequests.length, before);
  });

  it('a rule set to off reports nothing; severities follow the settings', async () => {
    const uri = newUri();
    client.settings.set(uri, { rules: { 'heading-sequence': 'off', 'punctuation-width': 'hint' } });
    await client.open(uri, SLIP);
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['punctuation-width', 4]]);
    // Another document without settings still gets every rule at its default.
    const other = newUri();
    await client.open(other, SLIP);
    assert.deepEqual((await client.diagnostics(other)).map((d) => [d.code, d.severity]).sort(), [['heading-sequence', 1], ['punctuation-width', 2]]);
  });

  it('code actions follow the same settings (no fix for a rule that is off)', async () => {
    const uri = newUri();
    client.settings.set(uri, { rules: { 'heading-sequence': 'off' } });
    await client.open(uri, SLIP);
    const [d] = await client.diagnostics(uri);
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, [d!]);
    const fixAll = actions.find((a) => a.kind === 'source.fixAll.govreport');
    assert.ok(fixAll, JSON.stringify(actions.map((a) => a.title)));
    // Only the punctuation is fixed; the numbering (rule off) is left alone.
    assert.equal(applyAction(SLIP, fixAll, 1), '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（三）改革开放持续深化。\n');
  });

  it('didChangeConfiguration clears the cache and asks the client to refresh', async () => {
    const uri = newUri();
    await client.open(uri, SLIP);
    assert.equal((await client.diagnostics(uri)).filter((d) => d.code === 'heading-sequence').length, 1);
    client.settings.set('*', { rules: { 'heading-sequence': 'off' } });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const deadline = Date.now() + 5000;
    while (client.refreshes.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    assert.equal(client.refreshes.length, 1, 'workspace/diagnostic/refresh was not sent');
    assert.deepEqual((await client.diagnostics(uri)).map((d) => d.code), ['punctuation-width']);
  });

  it('the client’s first didChangeConfiguration, before any setting was read, makes it pull nothing again', async () => {
    const uri = newUri();
    await client.open(uri, SLIP);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    // Messages are handled in order: once this pull is answered, a refresh would have been sent already.
    assert.equal((await client.diagnostics(uri)).length, 2);
    assert.equal(client.refreshes.length, 0);
  });

  it('enable: false silences the document, code actions included', async () => {
    const uri = newUri();
    client.settings.set(uri, { enable: false });
    await client.open(uri, SLIP);
    assert.deepEqual(await client.diagnostics(uri), []);
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, [], ['source.fixAll']);
    assert.deepEqual(actions, []);
  });

  it('malformed settings fall back to the defaults', async () => {
    const uri = newUri();
    client.settings.set(uri, { enable: 'yes', rules: { 'heading-sequence': 'loud', 'no-such-rule': 'off' }, numberingStyle: 42, lintDelay: -5 });
    await client.open(uri, SLIP);
    assert.deepEqual((await client.diagnostics(uri)).map((d) => d.code).sort(), ['heading-sequence', 'punctuation-width']);
  });

  it('numberingStyle reaches the engine (auto reads this draft as roc; mainland rejects its half-width brackets)', async () => {
    const text = '壹、過去一年工作回顧\n一、經濟運行穩中有進。\n(一)改革開放持續深化。\n(二)民生保障。\n';
    const auto = newUri();
    await client.open(auto, text);
    assert.deepEqual(await client.diagnostics(auto), []);
    const mainland = newUri();
    client.settings.set(mainland, { numberingStyle: 'mainland' });
    await client.open(mainland, text);
    assert.deepEqual((await client.diagnostics(mainland)).map((d) => [d.code, d.range.start.line]), [['punctuation-width', 2], ['punctuation-width', 3]]);
  });

  it('lintDelay debounces: a pull right after a change waits, and a cancelled pull answers at once', async () => {
    const uri = newUri();
    client.settings.set(uri, { lintDelay: 400 });
    await client.open(uri, SLIP);
    let start = Date.now();
    await client.diagnostics(uri); // opening is not a change: no wait
    assert.ok(Date.now() - start < 350, `the first pull after open took ${Date.now() - start} ms`);
    await client.replace(uri, SLIP + '（五）民生保障有力。\n');
    start = Date.now();
    const diagnostics = await client.diagnostics(uri);
    const waited = Date.now() - start;
    assert.ok(waited >= 350, `pull answered after ${waited} ms, before the 400 ms delay`);
    assert.equal(diagnostics.filter((d) => d.code === 'heading-sequence').length, 2);

    await client.replace(uri, SLIP);
    const source = new CancellationTokenSource();
    start = Date.now();
    const pending = client.pull(uri, undefined, source);
    setTimeout(() => source.cancel(), 50);
    await assert.rejects(pending, (error: { code?: number }) => error.code === -32800);
    assert.ok(Date.now() - start < 350, `cancelled pull answered after ${Date.now() - start} ms`);
  });
});

describe('server settings: indicators and the automatic lint delay', function () {
  this.timeout(20000);
  const client = useServer({ initializationOptions: {} }, 'test');
  const TARGETS = '二、今年工作安排\n今年主要预期目标是：县域经济总量增长6%左右。\n（一）扩大内需。全年县域经济总量增长7%左右。\n';

  it('a change of govreport.indicators re-lints open drafts at once (the lint cache keys on every setting)', async () => {
    const uri = newUri();
    await client.open(uri, TARGETS);
    assert.deepEqual((await client.diagnostics(uri)).map((d) => d.code), []);
    client.settings.set('*', { indicators: { 县域经济总量: [] } });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual((await client.diagnostics(uri)).map((d) => d.code), ['target-mismatch']);
  });

  it('malformed indicators are said once, as a warning, and the valid ones are used', async () => {
    const uri = newUri();
    client.settings.set('*', { indicators: { 县域经济总量: [], 坏: 3 } });
    await client.open(uri, TARGETS);
    assert.deepEqual((await client.diagnostics(uri)).map((d) => d.code), ['target-mismatch']);
    await client.diagnostics(newUri());
    const warnings = client.messages.filter((m) => m.type === 2);
    assert.deepEqual(warnings.map((m) => m.message), ['govreport.indicators：指标 "坏" 的同义写法应为字符串数组，或用顿号、逗号分隔的字符串']);
  });

  it('by default the debounce follows the lint time: a draft that lints in milliseconds is answered in well under 300 ms', async () => {
    const uri = newUri();
    await client.open(uri, SLIP.repeat(50));
    await client.diagnostics(uri);
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      await client.replace(uri, SLIP.repeat(50) + '（五）民生保障有力。\n'.repeat(i + 1));
      const start = Date.now();
      await client.diagnostics(uri);
      waits.push(Date.now() - start);
    }
    waits.sort((a, b) => a - b);
    const median = waits[2]!;
    // 10 ms plus twice the lint time (a few ms): well below the old fixed 300 ms, and still a debounce.
    assert.ok(median >= 8 && median < 150, `waits ${waits.join(', ')} ms`);
  });

});

describe('server settings without workspace/configuration', function () {
  this.timeout(20000);
  const client = useServer({ configuration: false });

  it('uses the settings pushed with didChangeConfiguration', async () => {
    const uri = newUri();
    await client.open(uri, SLIP);
    assert.equal((await client.diagnostics(uri)).length, 2);
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { govreport: { rules: { 'punctuation-width': 'off' } } },
    });
    assert.deepEqual((await client.diagnostics(uri)).map((d) => d.code), ['heading-sequence']);
    assert.equal(client.configurationRequests.length, 0);
  });
});
