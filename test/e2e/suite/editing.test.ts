/** Diagnostics follow the text as it is typed. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, afterChange, fmt, freshCopy, openIn, rangeOf, resetEditors, waitForExactly } from './helpers';

suite('editing', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('a fix typed by hand makes the diagnostic go away, a new slip brings one', async () => {
    const uri = await freshCopy('report.txt');
    const editor = await openIn(uri, 'govreport');
    const document = editor.document;
    const enumeration = () => `enumeration-sequence@${fmt(rangeOf(document, '四是'))}`;
    const punctuation = () => `punctuation-width@${fmt(rangeOf(document, '(二)'))}`;
    await waitForExactly(uri, [enumeration(), `heading-sequence@${fmt(rangeOf(document, '（三）', 0))}`, punctuation()]);

    // Select the wrong ordinal and type the right one, as a drafter would.
    const wrong = rangeOf(document, '（三）', 0);
    editor.selection = new vscode.Selection(wrong.start.translate(0, 1), wrong.start.translate(0, 2));
    await afterChange(document, () => vscode.commands.executeCommand('type', { text: '二' }));
    assert.equal(document.lineAt(wrong.start.line).text, '（二）改革开放持续深化。');
    await waitForExactly(uri, [enumeration(), punctuation()]);

    // A slip typed later: （三）保障和改善民生 becomes （五）.
    const last = rangeOf(document, '（三）保障');
    editor.selection = new vscode.Selection(last.start.translate(0, 1), last.start.translate(0, 2));
    await afterChange(document, () => vscode.commands.executeCommand('type', { text: '五' }));
    await waitForExactly(uri, [enumeration(), punctuation(), `heading-sequence@${fmt(rangeOf(document, '（五）'))}`]);
  });

  test('diagnostics move with their lines when text is inserted above', async () => {
    const uri = await freshCopy('report.txt');
    const editor = await openIn(uri, 'govreport');
    const document = editor.document;
    const expected = () => [
      `enumeration-sequence@${fmt(rangeOf(document, '四是'))}`,
      `heading-sequence@${fmt(rangeOf(document, '（三）', 0))}`,
      `punctuation-width@${fmt(rangeOf(document, '(二)'))}`,
    ];
    await waitForExactly(uri, expected());
    const before = rangeOf(document, '四是').start.line;
    await afterChange(document, () => editor.edit((b) => b.insert(new vscode.Position(7, 0), '我们坚持稳中求进工作总基调。\n\n')));
    assert.equal(rangeOf(document, '四是').start.line, before + 2);
    await waitForExactly(uri, expected());
  });
});
