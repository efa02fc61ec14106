/**
 * The rule documentation and the language of the findings, through the extension API: a diagnostic's link
 * (`code.target`) is a URI of VS Code's own scheme for this extension's URI handler, which opens the shipped
 * docs/rules.md in the Markdown preview; `govreport.language` switches the findings between Chinese and English.
 * (The rendered workbench — the link clicked in the Problems panel, the locales — is in test/e2e/node/language.test.mjs.)
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, freshCopy, openIn, resetEditors, setSetting, waitFor, waitForDiagnostics } from './helpers';

/** The tab of a Markdown preview of rules.md, if one is open. */
function previewTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('markdown.preview') && tab.label.includes('rules.md'));
}

suite('rule documentation and language', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('a diagnostic links to its rule’s section of the shipped docs, and the link opens them in the Markdown preview', async () => {
    const uri = await freshCopy('report.txt');
    await openIn(uri, 'govreport');
    const isSequence = (x: vscode.Diagnostic) => (x.code as { value?: unknown })?.value === 'heading-sequence';
    const diagnostic = (await waitForDiagnostics(uri, 'a heading-sequence problem', (d) => d.some(isSequence))).find(isSequence)!;
    const code = diagnostic.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.scheme, vscode.env.uriScheme);
    assert.equal(code.target.authority, EXTENSION_ID);
    assert.equal(code.target.path, '/docs/rules.md');
    assert.equal(code.target.fragment, code.value);
    // What a click does: the workbench's opener hands a URI of its own scheme to the extension's URI handler.
    await vscode.commands.executeCommand('vscode.open', code.target);
    await waitFor('the Markdown preview of rules.md', previewTab, [vscode.window.tabGroups.onDidChangeTabs]);
  });

  test('govreport.showRuleDocs opens the page at a rule (the settings’ links)', async () => {
    await vscode.commands.executeCommand('govreport.showRuleDocs', 'count-mismatch');
    await waitFor('the Markdown preview of rules.md', previewTab, [vscode.window.tabGroups.onDidChangeTabs]);
  });

  test('govreport.language en writes the findings in English, zh-cn in Chinese', async () => {
    const uri = await freshCopy('report.txt');
    await openIn(uri, 'govreport');
    const chinese = await waitForDiagnostics(uri, 'Chinese findings', (d) => d.some((x) => x.message.startsWith('标题序号不连续')));
    const restore = await setSetting('language', 'en');
    try {
      const english = await waitForDiagnostics(uri, 'English findings', (d) => d.some((x) => x.message.startsWith('Heading number out of sequence')));
      assert.equal(english.length, chinese.length);
    } finally {
      await restore();
    }
    await waitForDiagnostics(uri, 'Chinese findings again', (d) => d.some((x) => x.message.startsWith('标题序号不连续')));
  });
});
