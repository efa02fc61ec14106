/**
 * Language modes: a `.txt` that looks like a report switches to `govreport`; other `.txt` files stay plain text;
 * a Markdown draft stays Markdown and still gets the diagnostics.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, corpusReport, documentOf, fmt, freshCopy, openIn, rangeOf, resetEditors, scratchFile, waitForExactly } from './helpers';

suite('detection', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('a .txt report draft switches to the govreport mode and is linted', async () => {
    const uri = await freshCopy('report.txt');
    const editor = await openIn(uri, 'govreport');
    assert.equal(editor.document.languageId, 'govreport');
    const document = editor.document;
    await waitForExactly(uri, [
      `enumeration-sequence@${fmt(rangeOf(document, '四是'))}`,
      `heading-sequence@${fmt(rangeOf(document, '（三）', 0))}`,
      `punctuation-width@${fmt(rangeOf(document, '(二)'))}`,
    ]);
  });

  test('a .txt that is not a report stays plain text', async () => {
    const notes = await freshCopy('notes.txt');
    const report = await freshCopy('report.txt');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(notes));
    // The client considers documents in the order they open: once the report opened after the notes has been
    // switched, the notes have been considered too.
    await openIn(report, 'govreport');
    assert.equal(documentOf(notes)?.languageId, 'plaintext');
  });

  test('a report switched back to Plain Text by the user stays Plain Text', async () => {
    const first = await freshCopy('report.txt');
    const editor = await openIn(first, 'govreport');
    await vscode.languages.setTextDocumentLanguage(editor.document, 'plaintext');
    await openIn(first, 'plaintext');
    // Another report opened afterwards is switched; by then the client has seen the first one's change too.
    await openIn(await freshCopy('report.txt'), 'govreport');
    assert.equal(documentOf(first)?.languageId, 'plaintext');
  });

  test('a .md draft gets diagnostics and stays Markdown', async () => {
    const uri = await freshCopy('report.md');
    const editor = await openIn(uri, 'markdown');
    const document = editor.document;
    await waitForExactly(uri, [
      `enumeration-sequence@${fmt(rangeOf(document, '四是'))}`,
      `heading-sequence@${fmt(rangeOf(document, '（三）'))}`,
    ]);
    assert.equal(documentOf(uri)?.languageId, 'markdown');
  });
});

suite('detection of excerpts, and the drafter’s choice', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('an excerpt without title or address (a chapter pasted from a web page) is checked', async () => {
    const { text } = await corpusReport('05_海南省_2026.txt');
    // Two tasks of the plan part, from （二） to before （四）: no title, no 各位代表, no part titles.
    const start = text.indexOf('（二）');
    const end = text.indexOf('（四）', start);
    assert.ok(start >= 0 && end > start);
    const uri = await scratchFile('excerpt.txt', text.slice(start, end));
    await openIn(uri, 'govreport');
  });

  // A choice kept after the file is really closed and opened again is tested through the UI (test/e2e/node/smoke):
  // documents opened through the API here stay open after their editors close.

  test('report drafts wrap long paragraphs and show no boxes around full-width punctuation', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'govreport' });
    assert.equal(editor.get('wordWrap'), 'on');
    assert.equal(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.equal(editor.get('unicodeHighlight.invisibleCharacters'), false);
  });
});
