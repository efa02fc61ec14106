/**
 * Numbering diagnostics as the editor receives them, and their fixes applied the way the editor applies them:
 * the preferred quick fix, `source.fixAll.govreport` (also on save), and the 修复所有 command.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension, afterChange, codeOf, fmt, freshCopy, openIn, rangeOf, resetEditors,
  summarize, waitForDiagnostics, waitForExactly, workspaceRoot,
} from './helpers';

async function fixedText(): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), 'report.fixed.txt')));
}

/** Opens a fresh copy of report.txt and waits for its three problems. */
async function openReport(): Promise<{ editor: vscode.TextEditor; uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }> {
  const uri = await freshCopy('report.txt');
  const editor = await openIn(uri, 'govreport');
  const diagnostics = await waitForDiagnostics(uri, 'three problems', (d) => d.length === 3);
  return { editor, uri, diagnostics };
}

function whole(document: vscode.TextDocument): vscode.Range {
  return new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end);
}

suite('numbering', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('diagnostics carry the rule id, range, severity, message and related location', async () => {
    const { editor, diagnostics } = await openReport();
    const document = editor.document;
    const byCode = new Map(diagnostics.map((d) => [codeOf(d), d]));
    const sequence = byCode.get('heading-sequence');
    assert.ok(sequence, JSON.stringify(summarize(diagnostics)));
    assert.equal(fmt(sequence.range), fmt(rangeOf(document, '（三）', 0)));
    assert.equal(sequence.severity, vscode.DiagnosticSeverity.Error);
    assert.match(sequence.message, /应为“（二）”，实际为“（三）”/);
    assert.equal(sequence.relatedInformation?.length, 1);
    assert.equal(fmt(sequence.relatedInformation![0]!.location.range), fmt(rangeOf(document, '（一）', 0)));
    assert.match(String((sequence.code as { target?: vscode.Uri }).target ?? ''), /rules\.md#heading-sequence$/);

    const enumeration = byCode.get('enumeration-sequence')!;
    assert.equal(fmt(enumeration.range), fmt(rangeOf(document, '四是')));
    assert.equal(enumeration.severity, vscode.DiagnosticSeverity.Warning);
    const punctuation = byCode.get('punctuation-width')!;
    assert.equal(fmt(punctuation.range), fmt(rangeOf(document, '(二)')));
    assert.equal(punctuation.severity, vscode.DiagnosticSeverity.Warning);
  });

  test('the preferred quick fix renumbers the heading', async () => {
    const { editor, uri, diagnostics } = await openReport();
    const document = editor.document;
    const target = diagnostics.find((d) => codeOf(d) === 'heading-sequence')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range);
    // The lightbulb's choice: the preferred quick fix (VS Code does not hand back the action's diagnostics here).
    const preferred = actions.filter((a) => a.isPreferred && a.kind?.value === 'quickfix');
    assert.equal(preferred.length, 1, `actions: ${JSON.stringify(actions.map((a) => [a.title, a.kind?.value, a.isPreferred]))}`);
    assert.equal(preferred[0]!.title, '将“（三）”改为“（二）”');
    assert.ok(preferred[0]!.edit, 'the quick fix has no edit');
    await afterChange(document, () => vscode.workspace.applyEdit(preferred[0]!.edit!));
    assert.equal(document.lineAt(target.range.start.line).text, '（二）改革开放持续深化。');
    await waitForExactly(uri, [
      `enumeration-sequence@${fmt(rangeOf(document, '四是'))}`,
      `punctuation-width@${fmt(rangeOf(document, '(二)'))}`,
    ]);
  });

  test('source.fixAll.govreport fixes every fixable problem', async () => {
    const { editor, uri } = await openReport();
    const document = editor.document;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', uri, whole(document), 'source.fixAll.govreport', 1,
    );
    assert.equal(actions.length, 1, `actions: ${JSON.stringify(actions.map((a) => [a.title, a.kind?.value]))}`);
    assert.equal(actions[0]!.kind?.value, 'source.fixAll.govreport');
    assert.ok(actions[0]!.edit, 'the fix-all action was not resolved to an edit');
    await afterChange(document, () => vscode.workspace.applyEdit(actions[0]!.edit!));
    assert.equal(document.getText(), await fixedText());
    await waitForDiagnostics(uri, 'no diagnostics', (d) => d.length === 0);
  });

  test('the 修复所有可自动修复的问题 command (govreport.fixAll) fixes the active draft', async () => {
    const { editor, uri } = await openReport();
    await afterChange(editor.document, () => vscode.commands.executeCommand('govreport.fixAll'));
    assert.equal(editor.document.getText(), await fixedText());
    await waitForDiagnostics(uri, 'no diagnostics', (d) => d.length === 0);
  });

  test('editor.codeActionsOnSave with source.fixAll.govreport fixes the draft on save', async () => {
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'govreport' });
    const previous = config.inspect('codeActionsOnSave')?.globalLanguageValue;
    await config.update('codeActionsOnSave', { 'source.fixAll.govreport': 'explicit' }, vscode.ConfigurationTarget.Global, true);
    try {
      const { editor, uri } = await openReport();
      // A change makes the document dirty, so saving runs the code actions.
      await afterChange(editor.document, () => editor.edit((b) => b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, '\n')));
      assert.ok(await editor.document.save(), 'save failed');
      assert.equal(editor.document.getText(), `${await fixedText()}\n`);
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.equal(onDisk, `${await fixedText()}\n`);
      await waitForDiagnostics(uri, 'no diagnostics', (d) => d.length === 0);
    } finally {
      await config.update('codeActionsOnSave', previous, vscode.ConfigurationTarget.Global, true);
    }
  });
});
