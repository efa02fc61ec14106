/**
 * Which `.txt` files are checked: a plain-text file that reads as a government work report, or as a chapter or
 * excerpt of one (core/detect.ts), switches to the `govreport` language when it is opened, and again when its
 * text is reloaded (Reopen with Encoding turns a GBK file from mojibake into a report). A user who switches such a
 * file back to Plain Text keeps it so, also after closing and reopening it (remembered per workspace).
 *
 * A `.txt` shown as mojibake whose bytes read as a report in GB18030 (what Word and WPS save on Chinese Windows)
 * gets one message per session that says so and offers Reopen with Encoding.
 *
 * Only documents the drafter sees (in a tab or a visible editor) are switched. VS Code also opens documents for a
 * moment without an editor (after a tab closes, for another extension), and switching one of those reloads it,
 * which announced it as opened again: switching it again looped until the window was busy with nothing else.
 */
import * as vscode from 'vscode';
import { texts } from './language';
// One of the documented exceptions to "the client never imports server code": pure, no imports of its own.
import { classifyDraft } from '../../server/src/core/detect';

/** classifyDraft reads at most this much. */
const DETECT_PREFIX = 65536;
/** workspaceState key: URIs the user switched back to Plain Text after they were detected. */
const KEPT_PLAIN = 'govreport.keptPlainText';
/** At most this many remembered choices (the oldest are forgotten). */
const MAX_KEPT = 500;
/** Re-detection after a reload waits this long for the reload's burst of events to settle. */
const RELOAD_SETTLE_MS = 150;
const REOPEN_WITH_ENCODING = 'workbench.action.editor.changeEncoding';

export function registerDetection(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): void {
  const detection = new Detection(context, log);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => detection.opened(document)),
    vscode.workspace.onDidCloseTextDocument((document) => detection.closed(document)),
    vscode.workspace.onDidChangeTextDocument((event) => detection.changed(event)),
    // A document opened before its editor shows is judged when the editor shows.
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      for (const editor of editors) detection.consider(editor.document);
    }),
    detection,
  );
  for (const document of vscode.workspace.textDocuments) detection.consider(document);
}

class Detection implements vscode.Disposable {
  /** Documents this extension switched to govreport, while they stay open. */
  private readonly switched = new Set<string>();
  /** Documents already judged since they were opened (switched or not): never judged twice per open. */
  private readonly considered = new Set<string>();
  /** Documents whose mojibake was already pointed out this session. */
  private readonly warnedEncoding = new Set<string>();
  private readonly reloads = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  opened(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    // A language change closes the document and opens it again as the same, never closed, object.
    if (document.languageId === 'plaintext' && this.switched.delete(key)) {
      this.remember(key, true); // the user switched it back
      return;
    }
    if (document.languageId === 'govreport' && this.keptPlain().includes(key)) this.remember(key, false);
    this.consider(document);
  }

  closed(document: vscode.TextDocument): void {
    // Closed for real (not a language change): judge it afresh when it is opened again.
    if (!document.isClosed) return;
    const key = document.uri.toString();
    this.considered.delete(key);
    this.switched.delete(key);
    clearTimeout(this.reloads.get(key));
    this.reloads.delete(key);
  }

  /** A plain-text document whose text was replaced without the user typing (a reload, Reopen with Encoding). */
  changed(event: vscode.TextDocumentChangeEvent): void {
    const document = event.document;
    if (event.contentChanges.length === 0 || document.isDirty || !isCandidate(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.reloads.get(key));
    this.reloads.set(key, setTimeout(() => {
      this.reloads.delete(key);
      if (document.isClosed || document.isDirty) return;
      this.considered.delete(key);
      this.consider(document);
    }, RELOAD_SETTLE_MS));
  }

  consider(document: vscode.TextDocument): void {
    if (!isCandidate(document) || !isShown(document)) return;
    const key = document.uri.toString();
    if (this.considered.has(key) || this.keptPlain().includes(key)) return;
    if (!vscode.workspace.getConfiguration('govreport', document).get<boolean>('autoDetect', true)) return;
    this.considered.add(key);
    const head = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(DETECT_PREFIX)));
    const kind = classifyDraft(head);
    if (kind !== 'none') {
      this.switched.add(key);
      this.log.info(`${vscode.workspace.asRelativePath(document.uri)}: read as ${kind === 'report' ? 'a report' : 'a report excerpt'}, checked as 政府工作报告`);
      vscode.languages.setTextDocumentLanguage(document, 'govreport').then(undefined, (error: unknown) => {
        this.switched.delete(key);
        this.log.warn(`Could not switch ${key} to govreport: ${String(error)}`);
      });
      return;
    }
    if (looksMisdecoded(head)) void this.checkEncoding(document);
  }

  /** Mojibake whose bytes read as a report in GB18030: say so, once, and offer Reopen with Encoding. */
  private async checkEncoding(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    if (this.warnedEncoding.has(key)) return;
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(document.uri);
    } catch {
      return; // not a file we can read (untitled, gone): nothing to suggest
    }
    let decoded: string;
    try {
      decoded = new TextDecoder('gb18030').decode(bytes.subarray(0, DETECT_PREFIX * 2));
    } catch {
      return; // no GB18030 decoder in this runtime
    }
    if (classifyDraft(decoded) === 'none') return;
    this.warnedEncoding.add(key);
    const name = document.uri.path.split('/').pop() ?? key;
    this.log.info(`${name}: shown as UTF-8 mojibake, reads as a report in GB18030`);
    const say = texts();
    const reopen = say.reopenWithEncoding;
    const choice = await vscode.window.showWarningMessage(say.gbkHint(name), reopen);
    if (choice !== reopen) return;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand(REOPEN_WITH_ENCODING);
  }

  private keptPlain(): string[] {
    return this.context.workspaceState.get<string[]>(KEPT_PLAIN, []);
  }

  /** Records (or forgets) that the user keeps `key` as Plain Text. */
  private remember(key: string, keep: boolean): void {
    const kept = this.keptPlain().filter((k) => k !== key);
    if (keep) kept.push(key);
    void this.context.workspaceState.update(KEPT_PLAIN, kept.slice(-MAX_KEPT));
    if (keep) this.log.info(`${key}: kept as Plain Text (the user's choice)`);
  }

  dispose(): void {
    for (const timer of this.reloads.values()) clearTimeout(timer);
    this.reloads.clear();
  }
}

/** Whether the drafter sees the document: in a visible editor, or in an editor tab. */
function isShown(document: vscode.TextDocument): boolean {
  if (vscode.window.visibleTextEditors.some((editor) => editor.document === document)) return true;
  const key = document.uri.toString();
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key),
  );
}

/** A `.txt` in Plain Text mode: the files detection may switch. */
function isCandidate(document: vscode.TextDocument): boolean {
  return document.languageId === 'plaintext' && document.uri.path.toLowerCase().endsWith('.txt');
}

/** Text decoded with the wrong encoding: replacement characters among the first few thousand characters. */
export function looksMisdecoded(text: string): boolean {
  const sample = text.slice(0, 8192);
  let replaced = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0xfffd) replaced++;
  return replaced >= 8 && replaced * 50 >= sample.replace(/\s/g, '').length;
}
