/**
 * The configuration file through the bundled server over stdio: `.govreport.jsonc` found from a draft's folder up and
 * applied on top of the settings, read again after workspace/didChangeWatchedFiles (which the server registers), a
 * malformed file named once in a warning while the settings apply, `ignore`; and the quick fixes 忽略此处 and
 * 本文件关闭此规则, whose WorkspaceEdits write the file (or create it at the workspace folder's root) and, once
 * applied, silence exactly that finding.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CreateFile, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { parse } from 'jsonc-parser';
import { applyTextEdits, useServer, type TestClient } from './lspClient';

const SLIP = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（三）改革开放持续深化。\n（五）民生持续改善。\n';
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } };

/** Everything these tests write; the workspace folder announced at initialize is inside it. */
const root = join(tmpdir(), `govreport-server-config-${process.pid}`);
const workspace = join(root, 'workspace');
let seq = 0;
/** A fresh folder under the test root with the given files. */
function folder(files: Record<string, string>): string {
  const dir = join(root, `case-${++seq}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
const uriOf = (path: string) => pathToFileURL(path).href;
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code}@${d.range.start.line}`);

async function waitForRefresh(client: TestClient, before: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while (client.refreshes.length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  assert.ok(client.refreshes.length > before, 'workspace/diagnostic/refresh was not sent');
}

async function changed(client: TestClient, path: string, type = 2): Promise<void> {
  const before = client.refreshes.length;
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path), type }] });
  await waitForRefresh(client, before);
}

describe('server: .govreport.jsonc', function () {
  before(() => mkdirSync(join(workspace, 'drafts'), { recursive: true }));
  after(() => rmSync(root, { recursive: true, force: true }));

  this.timeout(20000);
  const client = useServer({
    capabilities: (caps) => {
      caps.workspace!.didChangeWatchedFiles = { dynamicRegistration: true };
    },
  });

  it('registers a watcher for **/.govreport.jsonc', async () => {
    const deadline = Date.now() + 3000;
    while (client.registrations.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    const watch = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.deepEqual(watch?.registerOptions, { watchers: [{ globPattern: '**/.govreport.jsonc' }] });
  });

  it('applies the nearest file on top of the settings: a rule off for one folder, a level over the setting', async () => {
    const dir = folder({
      '.govreport.jsonc': '// 全局\n{ "rules": { "heading-sequence": "hint" } }\n',
      'quiet/.govreport.jsonc': '{ "rules": { "heading-sequence": "off" }, }',
      'quiet/报告.govreport': SLIP,
      'loud/报告.govreport': SLIP,
    });
    const quiet = uriOf(join(dir, 'quiet', '报告.govreport'));
    const loud = uriOf(join(dir, 'loud', '报告.govreport'));
    client.settings.set(loud, { rules: { 'heading-sequence': 'error' } });
    await client.open(quiet, SLIP);
    await client.open(loud, SLIP);
    assert.deepEqual(await client.diagnostics(quiet), []);
    assert.deepEqual((await client.diagnostics(loud)).map((d) => d.severity), [4, 4], 'the file’s hint wins over the setting’s error');
    // A document that is not on disk (untitled) has the settings only.
    const untitled = `untitled:Untitled-${seq}`;
    await client.open(untitled, SLIP);
    assert.equal((await client.diagnostics(untitled)).length, 2);
  });

  it('reads the file again after a change notification, and lints again', async () => {
    const dir = folder({ '.govreport.jsonc': '{}', 'a.govreport': SLIP });
    const uri = uriOf(join(dir, 'a.govreport'));
    await client.open(uri, SLIP);
    assert.equal((await client.diagnostics(uri)).length, 2);
    writeFileSync(join(dir, '.govreport.jsonc'), '{ "rules": { "heading-sequence": "off" } }');
    await changed(client, join(dir, '.govreport.jsonc'));
    assert.deepEqual(await client.diagnostics(uri), []);
    rmSync(join(dir, '.govreport.jsonc'));
    await changed(client, join(dir, '.govreport.jsonc'), 3);
    assert.equal((await client.diagnostics(uri)).length, 2);
  });

  it('a malformed file: one warning naming it and the place, and the settings apply', async () => {
    const dir = folder({ '.govreport.jsonc': '{ "rules": { "heading-sequence": "off" ', 'a.govreport': SLIP, 'b.govreport': SLIP });
    const a = uriOf(join(dir, 'a.govreport'));
    const b = uriOf(join(dir, 'b.govreport'));
    client.settings.set(a, { rules: { 'heading-sequence': 'warning' } });
    const before = client.messages.length;
    await client.open(a, SLIP);
    await client.open(b, SLIP);
    assert.deepEqual((await client.diagnostics(a)).map((d) => d.severity), [2, 2]);
    assert.equal((await client.diagnostics(b)).length, 2);
    const warnings = client.messages.slice(before).filter((m) => m.message.includes(join(dir, '.govreport.jsonc')));
    assert.equal(warnings.length, 1, JSON.stringify(client.messages.slice(before)));
    assert.equal(warnings[0]!.type, 2);
    assert.match(warnings[0]!.message, /有误，未采用（改用设置）.*第 1 行/);
    // A wrong value: the rest of the file applies, the value is named.
    writeFileSync(join(dir, '.govreport.jsonc'), '{ "rules": { "heading-sequence": "off", "heading-levle": "off" } }');
    await changed(client, join(dir, '.govreport.jsonc'));
    assert.deepEqual(await client.diagnostics(b), []);
    assert.ok(client.messages.some((m) => /已忽略.*heading-levle/.test(m.message)));
  });

  it('ignore: a draft the file ignores gets no diagnostics and no code actions', async () => {
    const dir = folder({ '.govreport.jsonc': '{ "ignore": ["旧稿/"] }', '旧稿/a.govreport': SLIP });
    const uri = uriOf(join(dir, '旧稿', 'a.govreport'));
    await client.open(uri, SLIP);
    assert.deepEqual(await client.diagnostics(uri), []);
    assert.deepEqual(await client.codeActions(uri, WHOLE, [], ['source.fixAll']), []);
  });
});

/** The one text edit of `action` for `uri` (a TextDocumentEdit), and the CreateFile before it, if any. */
function configEditOf(action: CodeAction, uri: string): { create?: CreateFile; edits: TextEdit[] } {
  const changes = action.edit?.documentChanges ?? [];
  const create = changes.find((c): c is CreateFile => 'kind' in c && c.kind === 'create');
  const edit = changes.find((c): c is TextDocumentEdit => 'textDocument' in c);
  assert.ok(edit, JSON.stringify(action.edit));
  assert.equal(edit.textDocument.uri, uri);
  assert.equal(edit.textDocument.version, null);
  if (create) assert.equal(create.uri, uri);
  return { create, edits: edit.edits as TextEdit[] };
}

describe('server: 忽略此处 and 本文件关闭此规则', function () {
  this.timeout(20000);
  const client = useServer({
    capabilities: (caps) => {
      caps.workspace!.didChangeWatchedFiles = { dynamicRegistration: true };
      caps.workspace!.workspaceEdit = { documentChanges: true, resourceOperations: ['create'] };
    },
    initializationOptions: { lintDelay: 0, saveConfigCommand: true },
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'workspace' }],
  });

  before(() => mkdirSync(join(workspace, 'drafts'), { recursive: true }));
  after(() => rmSync(root, { recursive: true, force: true }));

  it('without a configuration file: creates one at the workspace folder’s root holding the suppression, then saves it', async () => {
    const path = join(workspace, 'drafts', '报告.govreport');
    writeFileSync(path, SLIP);
    const uri = uriOf(path);
    await client.open(uri, SLIP);
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(codes(diagnostics), ['heading-sequence@2', 'heading-sequence@3']);
    const actions = await client.codeActions(uri, diagnostics[0]!.range, [diagnostics[0]!]);
    const ignore = actions.find((a) => a.title === '忽略此处（heading-sequence）');
    assert.ok(ignore, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(ignore.kind, 'quickfix');
    assert.ok(!ignore.isPreferred);
    assert.deepEqual(ignore.diagnostics, [diagnostics[0]]);
    const configPath = join(workspace, '.govreport.jsonc');
    const configUri = uriOf(configPath);
    const { create, edits } = configEditOf(ignore, configUri);
    assert.ok(create, 'the file is created');
    assert.deepEqual(ignore.command, { title: '保存配置文件', command: 'govreport.config.save', arguments: [configUri] });
    const text = applyTextEdits('', edits);
    assert.deepEqual(parse(text), { suppressions: [{ rule: 'heading-sequence', text: '（三）改革开放持续深化。', file: 'drafts/报告.govreport' }] });
    assert.ok(text.startsWith('//'), 'the new file says what it is');
    assert.ok(actions.some((a) => a.title === '本文件关闭此规则（heading-sequence）'));

    // As the editor does: write the file, report the change; that finding goes, the other stays, also after an edit above.
    writeFileSync(configPath, text);
    await changed(client, configPath, 1);
    assert.deepEqual(codes(await client.diagnostics(uri)), ['heading-sequence@3']);
    await client.edit(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '前言。\n');
    assert.deepEqual(codes(await client.diagnostics(uri)), ['heading-sequence@4']);
  });

  it('with a configuration file: appends to it in place, keeping its comments', async () => {
    const dir = folder({ '.govreport.jsonc': '{\n  // 已核对\n  "suppressions": [\n    { "rule": "count-mismatch", "text": "甲。" }\n  ]\n}\n', 'sub/b.govreport': SLIP });
    const uri = uriOf(join(dir, 'sub', 'b.govreport'));
    await client.open(uri, SLIP);
    const diagnostics = await client.diagnostics(uri);
    const actions = await client.codeActions(uri, diagnostics[1]!.range, [diagnostics[1]!]);
    const configPath = join(dir, '.govreport.jsonc');
    const ignore = actions.find((a) => a.title.startsWith('忽略此处'))!;
    const { create, edits } = configEditOf(ignore, uriOf(configPath));
    assert.equal(create, undefined);
    const text = applyTextEdits(readFileSync(configPath, 'utf8'), edits);
    assert.ok(text.includes('// 已核对'));
    assert.deepEqual(parse(text).suppressions, [
      { rule: 'count-mismatch', text: '甲。' },
      { rule: 'heading-sequence', text: '（五）民生持续改善。', file: 'sub/b.govreport' },
    ]);

    const off = actions.find((a) => a.title.startsWith('本文件关闭此规则'))!;
    const offText = applyTextEdits(readFileSync(configPath, 'utf8'), configEditOf(off, uriOf(configPath)).edits);
    assert.deepEqual(parse(offText).files, { 'sub/b.govreport': { rules: { 'heading-sequence': 'off' } } });
    writeFileSync(configPath, offText);
    await changed(client, configPath);
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  it('in English (govreport.language en): the titles, the save command and a configuration file’s warning', async () => {
    const dir = folder({ '.govreport.jsonc': '{ "rules": { "heading-levle": "off" } }', 'e.govreport': SLIP });
    const uri = uriOf(join(dir, 'e.govreport'));
    client.settings.set(uri, { language: 'en' });
    const before = client.messages.length;
    await client.open(uri, SLIP);
    const diagnostics = await client.diagnostics(uri);
    const actions = await client.codeActions(uri, diagnostics[0]!.range, [diagnostics[0]!]);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Ignore here (heading-sequence)'), JSON.stringify(titles));
    assert.ok(titles.includes('Turn heading-sequence off for this file'), JSON.stringify(titles));
    assert.equal(actions.find((a) => a.title.startsWith('Ignore here'))!.command?.title, 'Save the configuration file');
    const warning = client.messages.slice(before).find((m) => m.message.includes(join(dir, '.govreport.jsonc')));
    assert.match(warning?.message ?? '', /^These entries of the configuration file .* are wrong and are ignored: .*heading-levle/);
  });

  it('leaves a malformed configuration file alone, and offers nothing for a document not on disk', async () => {
    const dir = folder({ '.govreport.jsonc': '{ "rules": ', 'c.govreport': SLIP });
    const uri = uriOf(join(dir, 'c.govreport'));
    await client.open(uri, SLIP);
    const diagnostics = await client.diagnostics(uri);
    const titles = (await client.codeActions(uri, diagnostics[0]!.range, [diagnostics[0]!])).map((a) => a.title);
    assert.ok(!titles.some((t) => t.startsWith('忽略此处')), JSON.stringify(titles));
    const untitled = 'untitled:Untitled-9';
    await client.open(untitled, SLIP);
    const d = await client.diagnostics(untitled);
    assert.ok(!(await client.codeActions(untitled, d[0]!.range, [d[0]!])).some((a) => a.title.startsWith('忽略此处')));
  });
});
