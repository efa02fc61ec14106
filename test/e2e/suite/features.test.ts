/** Snippets, the outline, folding and per-rule settings, through the same commands the editor uses. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, freshCopy, openIn, resetEditors, setSetting, summarize, waitForDiagnostics } from './helpers';

const SNIPPETS = ['gr-report', 'gr-h1', 'gr-h2', 'gr-h3', 'gr-h4', 'gr-shi', 'gr-target', 'gr-note'];

async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<Map<string, vscode.CompletionItem>> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return new Map(list.items.map((item) => [typeof item.label === 'string' ? item.label : item.label.label, item]));
}

type Shape = [string, Shape[]];
const shape = (s: vscode.DocumentSymbol): Shape => [s.name, s.children.map(shape)];

suite('features', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('snippets appear in completion, in report and Markdown drafts', async () => {
    for (const [name, language] of [['report.txt', 'govreport'], ['report.md', 'markdown']] as const) {
      const uri = await freshCopy(name, (text) => `${text}gr`);
      const editor = await openIn(uri, language);
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      const items = await completionLabels(uri, end);
      for (const prefix of SNIPPETS) {
        const item = items.get(prefix);
        assert.ok(item, `${language}: no completion ${prefix} among ${[...items.keys()].slice(0, 40).join(' ')}`);
        assert.equal(item.kind, vscode.CompletionItemKind.Snippet, `${language}: ${prefix} is not a snippet`);
      }
    }
  });

  test('the outline lists the heading tree', async () => {
    const uri = await freshCopy('report.txt');
    await openIn(uri, 'govreport');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.ok(symbols && symbols.length > 0, 'no document symbols');
    assert.deepEqual(symbols.map(shape), [
      ['一、2025年工作回顾', [['（一）经济运行稳中有进', []], ['（三）改革开放持续深化', []]]],
      ['二、2026年工作安排', [['（一）扩大有效需求', []], ['(二)深化重点领域改革', []], ['（三）保障和改善民生', []]]],
      ['三、政府自身建设', []],
    ]);
  });

  test('headings fold', async () => {
    const uri = await freshCopy('report.txt');
    await openIn(uri, 'govreport');
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
    const pairs = ranges.map((r) => `${r.start}-${r.end}`);
    assert.ok(pairs.includes('7-9'), `folding ranges: ${pairs.join(' ')}`); // 一、 … （三）改革开放持续深化
  });

  test('govreport.rules.<id> off removes that rule’s diagnostics, and restoring brings them back', async () => {
    const uri = await freshCopy('report.txt');
    await openIn(uri, 'govreport');
    await waitForDiagnostics(uri, 'three problems', (d) => d.length === 3);
    const restore = await setSetting('rules.heading-sequence', 'off');
    try {
      const left = await waitForDiagnostics(uri, 'no heading-sequence', (d) => d.length === 2 && !d.some((x) => codeOf(x) === 'heading-sequence'));
      assert.deepEqual(summarize(left).map((s) => s.split('@')[0]), ['enumeration-sequence', 'punctuation-width']);
    } finally {
      await restore();
    }
    await waitForDiagnostics(uri, 'heading-sequence again', (d) => d.some((x) => codeOf(x) === 'heading-sequence'));
  });

  test('a rule set to hint is reported as a hint', async () => {
    const uri = await freshCopy('report.txt');
    await openIn(uri, 'govreport');
    const restore = await setSetting('rules.punctuation-width', 'hint');
    try {
      await waitForDiagnostics(uri, 'punctuation-width as a hint', (d) =>
        d.some((x) => codeOf(x) === 'punctuation-width' && x.severity === vscode.DiagnosticSeverity.Hint));
    } finally {
      await restore();
    }
  });
});
