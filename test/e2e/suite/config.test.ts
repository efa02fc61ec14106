/**
 * The configuration file and silencing in the real editor: a `.govreport.jsonc` that turns a rule off for one folder,
 * 创建配置文件, the 忽略此处 quick fix (one finding silenced, recorded in the file, still silenced after an edit
 * elsewhere), a Markdown disable directive, and the generated schema completing the file as it is typed.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fmt, openIn, rangeOf, resetEditors, waitFor, waitForExactly, workspaceRoot } from './helpers';

const SLIP = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（三）改革开放持续深化。\n（五）民生持续改善。\n';
const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

let folders = 0;
/** Writes `files` into a fresh folder scratch/config-<n>/ and returns its URI. */
async function scratchFolder(files: Record<string, string>): Promise<vscode.Uri> {
  const folder = vscode.Uri.joinPath(workspaceRoot(), 'scratch', `config-${++folders}`);
  for (const [name, text] of Object.entries(files)) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), encode(text));
  return folder;
}

const at = (document: vscode.TextDocument, needle: string) => `heading-sequence@${fmt(rangeOf(document, needle))}`;

suite('configuration file', () => {
  const rootConfig = () => vscode.Uri.joinPath(workspaceRoot(), '.govreport.jsonc');
  suiteSetup(activateExtension);
  teardown(resetEditors);
  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(rootConfig()).then(undefined, () => undefined);
  });

  test('a .govreport.jsonc turns a rule off for its folder only', async () => {
    const quiet = await scratchFolder({ '.govreport.jsonc': '// 本文件夹\n{ "rules": { "heading-sequence": "off" }, }\n', '报告.govreport': SLIP });
    const loud = await scratchFolder({ '报告.govreport': SLIP });
    const other = await openIn(vscode.Uri.joinPath(loud, '报告.govreport'), 'govreport');
    await waitForExactly(other.document.uri, [at(other.document, '（三）'), at(other.document, '（五）')]);
    const silenced = await openIn(vscode.Uri.joinPath(quiet, '报告.govreport'), 'govreport');
    await waitForExactly(silenced.document.uri, []);
  });

  test('创建配置文件 writes a commented .govreport.jsonc at the workspace folder’s root and opens it', async () => {
    const draft = await scratchFolder({ '报告.govreport': SLIP });
    await openIn(vscode.Uri.joinPath(draft, '报告.govreport'), 'govreport');
    await vscode.commands.executeCommand('govreport.config.createFile');
    const text = decode(await vscode.workspace.fs.readFile(rootConfig()));
    assert.match(text, /^\/\/ 政府工作报告校对的配置文件/);
    assert.match(text, /"suppressions": \[/);
    const active = await waitFor(
      'the new file in the editor',
      () => (vscode.window.activeTextEditor?.document.uri.toString() === rootConfig().toString() ? vscode.window.activeTextEditor : undefined),
      [vscode.window.onDidChangeActiveTextEditor],
    );
    assert.equal(active.document.languageId, 'jsonc');
  });

  test('忽略此处 silences exactly that finding, is recorded in the file, and survives an edit elsewhere', async () => {
    const folder = await scratchFolder({ '报告.govreport': SLIP });
    const editor = await openIn(vscode.Uri.joinPath(folder, '报告.govreport'), 'govreport');
    const document = editor.document;
    const [first] = await waitForExactly(document.uri, [at(document, '（三）'), at(document, '（五）')]);
    const slip = rangeOf(document, '（三）');
    const diagnostic = vscode.languages.getDiagnostics(document.uri).find((d) => d.range.isEqual(slip)) ?? first!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
    const ignore = actions.find((a) => a.title.startsWith('忽略此处'));
    assert.ok(ignore?.edit, `no 忽略此处 among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(actions.some((a) => a.title.startsWith('本文件关闭此规则')));
    // What the lightbulb does: the edit, then the action's command (which saves the configuration file).
    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    if (ignore.command) await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));

    await waitForExactly(document.uri, [at(document, '（五）')]);
    const config = decode(await vscode.workspace.fs.readFile(rootConfig()));
    const relative = `scratch/config-${folders}/报告.govreport`;
    assert.ok(config.includes('"rule": "heading-sequence"') && config.includes('"text": "（三）改革开放持续深化。"') && config.includes(`"file": "${relative}"`), config);
    assert.ok(config.includes('// 政府工作报告校对的配置文件'), 'the comments are kept');
    assert.equal(vscode.workspace.textDocuments.find((d) => d.uri.toString() === rootConfig().toString())?.isDirty ?? false, false, 'the file is saved');

    // An edit elsewhere in the draft: the silenced finding stays silenced, the other moves with its line.
    await vscode.window.showTextDocument(document);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '各位代表：\n\n'));
    await waitForExactly(document.uri, [at(document, '（五）')]);
  });

  test('a Markdown disable directive silences the next line', async () => {
    const folder = await scratchFolder({
      '报告.md': '# 一、过去一年工作回顾\n\n（一）经济运行稳中有进。\n\n<!-- govreport-disable-next-line heading-sequence -->\n（三）改革开放持续深化。\n\n（五）民生持续改善。\n',
    });
    const editor = await openIn(vscode.Uri.joinPath(folder, '报告.md'), 'markdown');
    await waitForExactly(editor.document.uri, [at(editor.document, '（五）')]);
  });

  test('the schema completes the configuration file: rule ids under "rules", keys at the top', async () => {
    const folder = await scratchFolder({ '.govreport.jsonc': '{\n  "rules": {\n    \n  },\n  \n}\n' });
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, '.govreport.jsonc'));
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'jsonc');
    const labels = async (position: vscode.Position) => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
      return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label).replace(/"/g, ''));
    };
    // The JSON language server starts on demand: ask until it answers with the schema's names.
    const deadline = Date.now() + 20_000;
    let seen: string[] = [];
    while (Date.now() < deadline) {
      seen = await labels(new vscode.Position(2, 4));
      if (seen.includes('heading-sequence')) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert.ok(seen.includes('heading-sequence') && seen.includes('count-mismatch'), `rules completion: ${JSON.stringify(seen)}`);
    const top = await labels(new vscode.Position(4, 2));
    for (const key of ['numberingStyle', 'ignore', 'files', 'suppressions']) assert.ok(top.includes(key), `top-level completion: ${JSON.stringify(top)}`);
  });
});
