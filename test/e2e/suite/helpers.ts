/**
 * Shared helpers of the integration suite (runs inside VS Code's extension host). Every wait is on an event
 * with a timeout — never a fixed sleep — and every failure message says what was seen last.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'govreport.govreport-lint';
export const SOURCE = 'govreport';
/** The repository root (this file is out/test/e2e/suite/helpers.js). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
/** Set by the runner when the suite runs against the installed .vsix rather than the development folder. */
export const INSTALLED = process.env.GOVREPORT_E2E_INSTALLED === '1';
const DEFAULT_TIMEOUT = 20_000;

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is not open');
  return folder.uri;
}

/** Activates the extension (it activates on plaintext/markdown anyway) and returns it. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  await extension.activate();
  return extension;
}

/**
 * Resolves with `check()`'s value once it is not undefined, re-checking on each firing of `events`; rejects
 * after `timeout` ms with `describe()` (what was seen last).
 */
export function waitFor<T>(
  what: string,
  check: () => T | undefined,
  events: vscode.Event<unknown>[],
  describe: () => string = () => '',
  timeout = DEFAULT_TIMEOUT,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const finish = (fn: () => void) => {
      clearTimeout(timer);
      for (const s of subscriptions) s.dispose();
      fn();
    };
    const test = () => {
      let value: T | undefined;
      try {
        value = check();
      } catch (error) {
        finish(() => reject(error));
        return;
      }
      if (value !== undefined) finish(() => resolve(value as T));
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`Timed out after ${timeout} ms waiting for ${what}. ${describe()}`))), timeout);
    for (const event of events) subscriptions.push(event(test));
    test();
  });
}

export function govreportDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** A compact, sorted description of diagnostics for assertions and failure messages. */
export function summarize(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics
    .map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`)
    .sort();
}

/** Waits until the govreport diagnostics of `uri` satisfy `predicate`. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeout = DEFAULT_TIMEOUT,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${what} on ${path.basename(uri.path)}`,
    () => {
      const diagnostics = govreportDiagnostics(uri);
      return predicate(diagnostics) ? diagnostics : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics],
    () => `Last diagnostics: ${JSON.stringify(summarize(govreportDiagnostics(uri)))}`,
    timeout,
  );
}

/** Waits until exactly these diagnostics (`code@line:char-line:char`, any order) are shown. */
export function waitForExactly(uri: vscode.Uri, expected: string[], timeout = DEFAULT_TIMEOUT): Promise<vscode.Diagnostic[]> {
  const want = JSON.stringify([...expected].sort());
  return waitForDiagnostics(uri, `diagnostics ${want}`, (d) => JSON.stringify(summarize(d)) === want, timeout);
}

let copies = 0;

/**
 * Copies a file of the test workspace to a fresh name (scratch/<n>-<name>) and returns its URI: each test gets
 * a document no earlier test has opened, changed or had its language switched.
 */
export async function freshCopy(name: string, transform: (text: string) => string = (t) => t): Promise<vscode.Uri> {
  const root = workspaceRoot();
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, name));
  const text = transform(new TextDecoder().decode(bytes));
  const target = vscode.Uri.joinPath(root, 'scratch', `${++copies}-${name}`);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  return target;
}

/** Writes `text` to a fresh scratch file (scratch/<n>-<name>) and returns its URI. */
export async function scratchFile(name: string, text: string): Promise<vscode.Uri> {
  const target = vscode.Uri.joinPath(workspaceRoot(), 'scratch', `${++copies}-${name}`);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  return target;
}

/** A report of the corpus (../shared/corpus beside the repository, as CI has it). */
export async function corpusReport(name: string): Promise<{ name: string; text: string }> {
  const file = path.join(REPO_ROOT, '..', 'shared', 'corpus', name);
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.file(file)).then(undefined, () => {
    throw new Error(`${file} is missing: these tests read the corpus beside the repository`);
  });
  return { name, text: new TextDecoder().decode(bytes) };
}

export function documentOf(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

/** Opens `uri` in an editor and waits until its document has `languageId` (the client may switch it). */
export async function openIn(uri: vscode.Uri, languageId: string, timeout = DEFAULT_TIMEOUT): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const switched = await waitFor(
    `${path.basename(uri.path)} in language mode ${languageId}`,
    () => {
      const current = documentOf(uri);
      return current?.languageId === languageId ? current : undefined;
    },
    [vscode.workspace.onDidOpenTextDocument, vscode.workspace.onDidCloseTextDocument],
    () => `It is ${documentOf(uri)?.languageId ?? 'closed'}.`,
    timeout,
  );
  // Setting the language replaces the document; show the current one.
  return vscode.window.showTextDocument(switched);
}

/** The range of the `occurrence`-th `needle` in the document (0-based occurrence). */
export function rangeOf(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const text = document.getText();
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    assert.ok(index >= 0, `“${needle}” (#${occurrence}) not found`);
  }
  return new vscode.Range(document.positionAt(index), document.positionAt(index + needle.length));
}

export function fmt(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Waits for the next change of `document`'s text after `action` runs. */
export async function afterChange(document: vscode.TextDocument, action: () => Thenable<unknown>): Promise<void> {
  const event = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`No change of ${path.basename(document.uri.path)} within ${DEFAULT_TIMEOUT} ms`)); }, DEFAULT_TIMEOUT);
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() === document.uri.toString() && e.contentChanges.length > 0) {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
  });
  await action();
  await event;
}

/** Sets `govreport.<key>` in the user settings and returns a function that restores the previous value. */
export async function setSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('govreport');
  const previous = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  return async () => {
    await vscode.workspace.getConfiguration('govreport').update(key, previous, vscode.ConfigurationTarget.Global);
  };
}

/** Reverts every changed document and closes all editors, so no test sees another's edits. */
export async function resetEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || document.isClosed) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
