/**
 * The bundled server over stdio, as a pull-diagnostics client (VS Code ≥ 1.74) sees it:
 * initialize → didOpen → textDocument/diagnostic → codeAction → apply → expected text; didChange; outline.
 */
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, DocumentSymbol, FoldingRange } from 'vscode-languageserver-protocol';
import { applyAction, TestClient, useServer } from './lspClient';

const DOCS = 'https://github.com/govreport/govreport-lint/blob/main/docs/rules.md';
const SLIP = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（三）改革开放持续深化。\n';
const SLIP_FIXED = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（二）改革开放持续深化。\n';

let seq = 0;
const newUri = (ext = 'govreport') => `file:///tmp/protocol-${process.pid}-${++seq}.${ext}`;

function only(diagnostics: Diagnostic[], ruleId: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === ruleId);
}

describe('server protocol (pull diagnostics)', function () {
  this.timeout(20000);
  const client = useServer();

  it('initialize announces its capabilities', () => {
    const caps = client.initializeResult.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.deepEqual(caps.diagnosticProvider, { identifier: 'govreport', interFileDependencies: false, workspaceDiagnostics: false });
    assert.ok(typeof caps.codeActionProvider === 'object');
    assert.deepEqual(caps.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.govreport']);
    assert.ok(caps.documentSymbolProvider);
    assert.equal(caps.foldingRangeProvider, true);
    assert.deepEqual(caps.executeCommandProvider?.commands, ['govreport.server.fixAll', 'govreport.server.renumberFootnotes']);
    assert.equal(client.initializeResult.serverInfo?.name, 'govreport-lint');
  });

  it('reports the heading-sequence slip with code, source, range, docs link, related information and data', async () => {
    const uri = newUri();
    await client.open(uri, SLIP);
    const diagnostics = await client.diagnostics(uri);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    const d = diagnostics[0]!;
    assert.equal(d.code, 'heading-sequence');
    assert.equal(d.source, 'govreport');
    assert.equal(d.severity, 1);
    assert.deepEqual(d.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
    assert.equal(d.codeDescription?.href, `${DOCS}#heading-sequence`);
    assert.deepEqual(d.data, { ruleId: 'heading-sequence', version: 1 });
    assert.match(String(d.message), /（二）/);
    assert.equal(d.relatedInformation?.length, 1);
    assert.equal(d.relatedInformation![0]!.location.uri, uri);
    assert.deepEqual(d.relatedInformation![0]!.location.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } });
  });

  it('counts columns in UTF-16 code units (a surrogate pair before the slip is two)', async () => {
    const uri = newUri();
    // 𠀀 (U+20000) is two UTF-16 code units; a code-point count would put the range one column short.
    const text = '一、过去一年𠀀工作回顾\n（一）𠀀经济运行稳中有进。一是稳增长𠀀，二是促改革，四是惠民生。\n（三）改革开放持续深化。\n';
    await client.open(uri, text);
    const diagnostics = await client.diagnostics(uri);
    const enumeration = only(diagnostics, 'enumeration-sequence');
    assert.equal(enumeration.length, 1, JSON.stringify(diagnostics));
    const line = text.split('\n')[1]!;
    const character = line.indexOf('四是');
    assert.equal(character, 28); // 26 code points before it, 28 UTF-16 code units
    assert.deepEqual(enumeration[0]!.range, { start: { line: 1, character }, end: { line: 1, character: character + 2 } });
    const heading = only(diagnostics, 'heading-sequence');
    assert.equal(heading.length, 1);
    assert.deepEqual(heading[0]!.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
  });

  it('offers the preferred quick fix, whose edit gives the corrected text', async () => {
    const uri = newUri();
    await client.open(uri, SLIP);
    const [d] = await client.diagnostics(uri);
    const actions = await client.codeActions(uri, d!.range, [d!]);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, JSON.stringify(actions));
    const fix = preferred[0]!;
    assert.equal(fix.kind, 'quickfix');
    assert.deepEqual(fix.diagnostics, [d]);
    assert.equal(applyAction(SLIP, fix, 1), SLIP_FIXED);
  });

  it('offers suggestions as further, non-preferred quick fixes', async () => {
    const uri = newUri();
    const text = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（三）改革开放持续深化。\n（四）民生保障有力。\n（五）生态环境持续改善。\n';
    await client.open(uri, text);
    const [d] = await client.diagnostics(uri);
    const actions = await client.codeActions(uri, d!.range, [d!]);
    const preferred = actions.find((a) => a.isPreferred)!;
    const suggestion = actions.find((a) => a.kind === 'quickfix' && !a.isPreferred && !a.title.startsWith('修复本文档'));
    assert.ok(preferred && suggestion, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(applyAction(text, preferred, 1), '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（二）改革开放持续深化。\n（三）民生保障有力。\n（四）生态环境持续改善。\n');
    assert.equal(applyAction(text, suggestion, 1), '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（二）改革开放持续深化。\n（四）民生保障有力。\n（五）生态环境持续改善。\n');
  });

  it('offers “fix all of this rule” when the rule has two fixable problems, and source.fixAll once', async () => {
    const uri = newUri();
    const text = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（三）改革开放持续深化。\n二、今年工作安排\n（一）扩大有效需求。\n（三）深化改革。\n';
    await client.open(uri, text);
    const diagnostics = await client.diagnostics(uri);
    assert.equal(only(diagnostics, 'heading-sequence').length, 2);
    const whole = { start: { line: 0, character: 0 }, end: { line: 6, character: 0 } };
    const actions = await client.codeActions(uri, whole, diagnostics);
    const ruleAll = actions.filter((a) => a.title === '修复本文档中所有「heading-sequence」问题');
    assert.equal(ruleAll.length, 1, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(ruleAll[0]!.kind, 'quickfix');
    assert.equal(ruleAll[0]!.diagnostics?.length, 2);
    const expected = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（二）改革开放持续深化。\n二、今年工作安排\n（一）扩大有效需求。\n（二）深化改革。\n';
    assert.equal(applyAction(text, ruleAll[0]!, 1), expected);
    const fixAll = actions.filter((a) => a.kind === 'source.fixAll.govreport');
    assert.equal(fixAll.length, 1);
    assert.equal(fixAll[0]!.title, '修复本文档中所有可自动修复的问题');
    assert.equal(applyAction(text, fixAll[0]!, 1), expected);
    // With one fixable problem there is no per-rule “fix all”.
    const single = newUri();
    await client.open(single, SLIP);
    const [d] = await client.diagnostics(single);
    const few = await client.codeActions(single, d!.range, [d!]);
    assert.equal(few.filter((a) => a.title.startsWith('修复本文档中所有「')).length, 0);
  });

  it('filters by context.only', async () => {
    const uri = newUri();
    await client.open(uri, SLIP);
    const [d] = await client.diagnostics(uri);
    const kinds = async (only: string[]) => (await client.codeActions(uri, d!.range, [d!], only)).map((a: CodeAction) => a.kind);
    assert.deepEqual(await kinds(['quickfix']), ['quickfix']);
    assert.deepEqual(await kinds(['source.fixAll']), ['source.fixAll.govreport']);
    assert.deepEqual(await kinds(['source.fixAll.govreport']), ['source.fixAll.govreport']);
    assert.deepEqual(await kinds(['source']), ['source.fixAll.govreport']);
    assert.deepEqual(await kinds(['source.organizeImports']), []);
    assert.deepEqual(await kinds(['refactor']), []);
    // source.fixAll needs no diagnostics in the request (editor.codeActionsOnSave sends none).
    const onSave = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, [], ['source.fixAll.govreport']);
    assert.equal(onSave.length, 1);
    assert.equal(applyAction(SLIP, onSave[0]!, 1), SLIP_FIXED);
  });

  it('ignores foreign and malformed diagnostics instead of failing', async () => {
    const uri = newUri();
    await client.open(uri, SLIP);
    const [d] = await client.diagnostics(uri);
    const foreign: Diagnostic = { ...d!, source: 'eslint', data: undefined };
    const garbled = { ...d!, data: { ruleId: 42, version: 'x' }, code: 'no-such-rule' } as Diagnostic;
    const moved: Diagnostic = { ...d!, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } } };
    const actions = await client.codeActions(uri, d!.range, [foreign, garbled, moved], ['quickfix']);
    assert.deepEqual(actions, []);
    // data dropped by the client: `code` still identifies the rule.
    const noData: Diagnostic = { ...d!, data: undefined };
    const fromCode = await client.codeActions(uri, d!.range, [noData], ['quickfix']);
    assert.equal(fromCode.filter((a) => a.isPreferred).length, 1);
  });

  it('didChange updates the diagnostics, and edits carry the new version', async () => {
    const uri = newUri();
    await client.open(uri, SLIP);
    const first = await client.pull(uri);
    assert.equal(first.kind, 'full');
    // Same version, same settings: the server may answer “unchanged”.
    const again = await client.pull(uri, first.resultId);
    assert.equal(again.kind, 'unchanged');
    // Insert a second slip, then check the new diagnostics and versions.
    const version = await client.edit(uri, { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, '（五）民生保障有力。\n');
    assert.equal(version, 2);
    const after = await client.pull(uri, first.resultId);
    assert.equal(after.kind, 'full');
    if (after.kind !== 'full') return;
    assert.equal(after.items.length, 2, JSON.stringify(after.items));
    assert.ok(after.items.every((d) => (d.data as { version: number }).version === 2));
    const fixAll = await client.codeActions(uri, after.items[0]!.range, [], ['source.fixAll.govreport']);
    const text = client.texts.get(uri)!.text;
    assert.equal(applyAction(text, fixAll[0]!, 2), SLIP_FIXED + '（三）民生保障有力。\n');
    // Fix the slip by hand: nothing left.
    await client.replace(uri, SLIP_FIXED);
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  it('lints Markdown drafts in Markdown mode and ignores plain text', async () => {
    const md = newUri('md');
    await client.open(md, '# 政府工作报告\n\n## 一、过去一年工作回顾\n\n### （一）经济运行稳中有进\n\n### （三）改革开放持续深化\n', 'markdown');
    const diagnostics = await client.diagnostics(md);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]),
      [['heading-sequence', 6, 4]],
    );
    const txt = newUri('txt');
    await client.open(txt, SLIP, 'plaintext');
    assert.deepEqual(await client.diagnostics(txt), []);
    assert.deepEqual(await client.codeActions(txt, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }, []), []);
  });

  it('documentSymbol returns the heading tree', async () => {
    const uri = newUri();
    const text = '政府工作报告\n\n各位代表：\n一、过去一年工作回顾\n（一）经济运行稳中有进。\n（二）改革开放持续深化。\n二、今年工作安排\n（一）扩大有效需求。\n提振消费。加快……\n名词解释\n［1］两新：……\n';
    await client.open(uri, text);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const shape = (s: DocumentSymbol): unknown => [s.name, s.kind, s.range.start.line, s.range.end.line, (s.children ?? []).map(shape)];
    // Sub-heads are String like the headings (a Property is labelled “(property)” in VS Code's outline).
    assert.deepEqual(symbols.map(shape), [
      ['一、过去一年工作回顾', 15, 3, 5, [['（一）经济运行稳中有进', 15, 4, 4, []], ['（二）改革开放持续深化', 15, 5, 5, []]]],
      ['二、今年工作安排', 15, 6, 8, [['（一）扩大有效需求', 15, 7, 8, [['提振消费', 15, 8, 8, []]]]]],
      ['名词解释', 20, 9, 10, [['［1］两新', 22, 10, 10, []]]],
    ]);
    const first = symbols[0]!;
    assert.deepEqual(first.selectionRange, { start: { line: 3, character: 0 }, end: { line: 3, character: 10 } });
    // Markdown has its own outline: no duplicate from this server.
    const md = newUri('md');
    await client.open(md, '## 一、过去一年工作回顾\n', 'markdown');
    assert.equal(await client.request('textDocument/documentSymbol', { textDocument: { uri: md } }), null);
  });

  it('documentSymbol names the year each part speaks of (the report year read from the header)', async () => {
    const uri = newUri();
    const text = '2026年政府工作报告\n——2026年1月27日在省第十四届人民代表大会第五次会议上\n一、2025年工作回顾\n（一）经济运行稳中有进。\n二、2026年工作安排\n（一）扩大有效需求。\n';
    await client.open(uri, text);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => [s.name, s.detail]), [['一、2025年工作回顾', '2025年'], ['二、2026年工作安排', '2026年']]);
  });

  it('foldingRange folds each section', async () => {
    const uri = newUri();
    const text = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n正文。\n（二）改革开放持续深化。\n正文。\n二、今年工作安排\n（一）扩大有效需求。\n';
    await client.open(uri, text);
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(
      ranges.map((r) => [r.startLine, r.endLine]).sort((a, b) => a[0]! - b[0]!),
      [[0, 4], [1, 2], [3, 4], [5, 6]],
    );
  });

  it('forgets a closed document', async () => {
    const uri = newUri();
    await client.open(uri, SLIP);
    assert.equal((await client.diagnostics(uri)).length, 1);
    await client.close(uri);
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  it('shuts down and exits with code 0', async () => {
    const other = await TestClient.start();
    const code = await other.shutdown();
    assert.equal(code, 0);
  });
});
