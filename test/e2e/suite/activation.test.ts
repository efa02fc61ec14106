/**
 * The extension loads from where the run says (the development folder, or the installed .vsix) and its language
 * server answers. GOVREPORT_LS_FAIL=1 makes the server exit at start: the second test must then fail, which the
 * runner checks (scripts/test-vscode.mjs, "a server that cannot start fails the suite").
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, freshCopy, INSTALLED, openIn, REPO_ROOT, resetEditors, summarize, waitForDiagnostics } from './helpers';

suite('activation', () => {
  teardown(resetEditors);

  test(INSTALLED ? 'the extension runs from the installed .vsix' : 'the extension runs from the development folder', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    const where = path.resolve(extension.extensionPath);
    if (INSTALLED) {
      assert.notEqual(where, REPO_ROOT, 'the suite was meant to test the installed .vsix, not the development folder');
      assert.equal(path.basename(where), `${EXTENSION_ID}-${(extension.packageJSON as { version: string }).version}`);
    } else {
      assert.equal(where, REPO_ROOT);
    }
    assert.ok((await vscode.languages.getLanguages()).includes('govreport'), 'the govreport language is not registered');
  });

  test('the extension activates and the language server answers', async () => {
    await activateExtension();
    const uri = await freshCopy('report.md');
    await openIn(uri, 'markdown');
    const diagnostics = await waitForDiagnostics(uri, 'any govreport diagnostic', (d) => d.length > 0);
    assert.ok(summarize(diagnostics).some((d) => d.startsWith('heading-sequence@')), JSON.stringify(summarize(diagnostics)));
  });
});
