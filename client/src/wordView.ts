/**
 * Word drafts: 在校对视图中打开 shows a .docx as the text the engine lints, read-only, with every diagnostic, hover,
 * the outline and the 预期目标 view; 导出带批注的副本 saves a copy of the .docx with one Word comment (批注) per finding.
 *
 * The view is a virtual document `govreport-docx:<the .docx's path>（校对视图）?<the .docx's URI>` (its path names the
 * tab; its query is the one thing read back). This module reads the .docx through VS Code's file systems and the
 * server renders it (`govreport/renderDocx`, server/src/wordView.ts); the server lints the view like any report,
 * with the .docx's settings and `.govreport.jsonc`, offers no quick fix on it and writes each fix into the message.
 * A watcher on the .docx renders it again when it changes on disk (Word saves, a colleague's copy synced in).
 *
 * Opening a .docx in VS Code (its binary-file tab) offers the view once per file and session; the Explorer's context
 * menu and the editor title carry both commands. A file the reader refuses (.doc, .wps, encrypted, corrupt, a zip
 * bomb) gets a notification with the reader's reason; nothing opens.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
// Types only (erased by esbuild): server/src/protocol.ts, the documented exception.
import type {
  CommentDocxMethod,
  CommentDocxParams,
  CommentDocxResult,
  RenderDocxMethod,
  RenderDocxParams,
  RenderDocxResult,
  WordViewScheme,
} from '../../server/src/protocol';
import { texts } from './language';

export const WORD_VIEW_SCHEME: WordViewScheme = 'govreport-docx';
export const OPEN_WORD_VIEW = 'govreport.openWordView';
export const EXPORT_WORD_COMMENTS = 'govreport.exportWordComments';
const RENDER: RenderDocxMethod = 'govreport/renderDocx';
const COMMENT: CommentDocxMethod = 'govreport/commentDocx';
/** Names taken for Word files: the reader opens .docx/.docm/.dotx/.dotm and explains why not for .doc and .wps. */
const WORD_NAME = /\.(docx|docm|dotx|dotm|doc|wps)$/i;
/** Word's own, when a save dialog asks which kind of file to write. */
const DOCX_FILTER = ['docx'];

/** The .docx a view shows (its query), or undefined for any other URI. */
export function sourceOfView(view: vscode.Uri): vscode.Uri | undefined {
  if (view.scheme !== WORD_VIEW_SCHEME || !view.query) return undefined;
  try {
    return vscode.Uri.parse(view.query, true);
  } catch {
    return undefined;
  }
}

export function viewOf(source: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: WORD_VIEW_SCHEME, path: `${source.path}${texts().wordViewSuffix}`, query: source.toString() });
}

const baseName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What `govreport.openWordView` returns (the integration tests read it): the view, or why none opened. */
export type OpenResult = { view: vscode.Uri } | { error: string };
/** What `govreport.exportWordComments` returns: where the copy went and how many comments it holds, or why not. */
export type ExportResult = { copy: vscode.Uri; comments: number } | { error: string } | undefined;

class WordViews implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  /** The rendered text of each view shown, by the view's URI string. */
  private readonly rendered = new Map<string, string>();
  /** A watcher on each shown view's .docx, by the view's URI string. */
  private readonly watchers = new Map<string, vscode.Disposable>();

  constructor(
    private readonly client: LanguageClient,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  dispose(): void {
    for (const watcher of this.watchers.values()) watcher.dispose();
    this.watchers.clear();
    this.changed.dispose();
  }

  /** The .docx rendered by the server, or the reader's reason for refusing it. */
  async render(source: vscode.Uri): Promise<RenderDocxResult> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(source);
    } catch (error) {
      return { error: errorText(error) };
    }
    await this.client.start(); // resolves at once when running; a stopped client (restart) starts again
    const params: RenderDocxParams = { data: Buffer.from(bytes).toString('base64') };
    return this.client.sendRequest<RenderDocxResult>(RENDER, params);
  }

  /** VS Code asks for a view's text: the one rendered when it opened, else (a tab restored at start-up) now. */
  async provideTextDocumentContent(view: vscode.Uri): Promise<string> {
    const key = view.toString();
    const known = this.rendered.get(key);
    if (known !== undefined) return known;
    const source = sourceOfView(view);
    if (!source) throw new Error(`${view.toString(true)}: no Word file named`);
    const result = await this.render(source);
    if ('error' in result) throw new Error(texts().wordUnreadable(baseName(source), result.error));
    this.shown(view, source, result.text);
    return result.text;
  }

  /** Remembers a view's text and watches its .docx; a view already open with another text is told to read it again. */
  shown(view: vscode.Uri, source: vscode.Uri, text: string): void {
    const key = view.toString();
    this.rendered.set(key, text);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open && open.getText() !== text) this.changed.fire(view);
    if (this.watchers.has(key)) return;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(source, '..'), baseName(source)));
    const refresh = () => void this.refresh(view, source);
    // Word writes a temporary file and renames it: a create, not a change.
    this.watchers.set(key, vscode.Disposable.from(watcher, watcher.onDidChange(refresh), watcher.onDidCreate(refresh)));
  }

  /** The .docx changed on disk: render it again; an unreadable state (half-written) keeps the last text. */
  private async refresh(view: vscode.Uri, source: vscode.Uri): Promise<void> {
    try {
      const result = await this.render(source);
      if ('error' in result) {
        this.log.warn(`Could not read ${source.toString(true)} again: ${result.error}`);
        void vscode.window.showWarningMessage(texts().wordRefreshFailed(baseName(source), result.error));
        return;
      }
      if (this.rendered.get(view.toString()) === result.text) return;
      this.rendered.set(view.toString(), result.text);
      this.changed.fire(view);
    } catch (error) {
      this.log.error(`Refreshing ${view.toString(true)} failed: ${errorText(error)}`);
    }
  }

  /** A view's document closed for good: forget its text, stop watching. */
  forget(view: vscode.Uri): void {
    const key = view.toString();
    this.rendered.delete(key);
    this.watchers.get(key)?.dispose();
    this.watchers.delete(key);
  }
}

export function registerWordView(context: vscode.ExtensionContext, client: LanguageClient, log: vscode.LogOutputChannel): void {
  const views = new WordViews(client, log);
  const offered = new Set<string>();

  async function open(target?: unknown): Promise<OpenResult | undefined> {
    const source = await wordFile(target, texts().openWordViewPick);
    if (!source) return undefined;
    const name = baseName(source);
    let result: RenderDocxResult;
    try {
      // A large draft takes a moment (about half a second per MB): say so in the status bar meanwhile.
      result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: texts().wordReading(name) }, () => views.render(source));
    } catch (error) {
      result = { error: errorText(error) };
    }
    if ('error' in result) {
      log.warn(`${source.toString(true)}: ${result.error}`);
      void vscode.window.showErrorMessage(texts().wordUnreadable(name, result.error));
      return { error: result.error };
    }
    const view = viewOf(source);
    views.shown(view, source, result.text);
    let document = await vscode.workspace.openTextDocument(view);
    if (document.languageId !== 'govreport') document = await vscode.languages.setTextDocumentLanguage(document, 'govreport');
    await vscode.window.showTextDocument(document, { preview: false });
    return { view };
  }

  async function exportComments(target?: unknown, destination?: unknown): Promise<ExportResult> {
    const say = texts();
    const source = await wordFile(target, say.openWordViewPick);
    if (!source) return undefined;
    let copy = destination instanceof vscode.Uri ? destination : undefined;
    if (!copy) {
      const stem = baseName(source).replace(/\.[^.]+$/, '');
      copy = await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(source, '..', say.commentedName(stem)),
        filters: { Word: DOCX_FILTER },
        saveLabel: say.exportSaveLabel,
        title: say.exportTitle(baseName(source)),
      });
      if (!copy) return undefined;
    }
    const fail = (error: string): ExportResult => {
      log.warn(`Export of ${source.toString(true)}: ${error}`);
      void vscode.window.showErrorMessage(say.exportFailed(baseName(source), error));
      return { error };
    };
    // The original is never written, whatever the dialog was given.
    if (copy.toString() === source.toString()) return fail(say.exportSameFile);
    let result: CommentDocxResult;
    try {
      const bytes = await vscode.workspace.fs.readFile(source);
      await client.start();
      const params: CommentDocxParams = { uri: source.toString(), data: Buffer.from(bytes).toString('base64') };
      result = await client.sendRequest<CommentDocxResult>(COMMENT, params);
      if ('error' in result) return fail(result.error);
      await vscode.workspace.fs.writeFile(copy, Buffer.from(result.data, 'base64'));
    } catch (error) {
      return fail(errorText(error));
    }
    const written = copy;
    const done = say.exportDone(result.comments, baseName(written));
    // Tests pass the destination and read the result; a drafter gets a notification with a way to the file.
    if (!(destination instanceof vscode.Uri)) {
      void vscode.window.showInformationMessage(done, say.revealCopy).then((choice) => {
        if (choice) void vscode.commands.executeCommand('revealFileInOS', written);
      });
    }
    log.info(done);
    return { copy: written, comments: result.comments };
  }

  /** Opening a Word file in VS Code (a binary-file tab): offer the view, once per file and session. */
  function offer(tabs: readonly vscode.Tab[]): void {
    for (const tab of tabs) {
      const input = tab.input;
      const uri = input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
      if (!uri || uri.scheme === WORD_VIEW_SCHEME || !WORD_NAME.test(uri.path) || offered.has(uri.toString())) continue;
      offered.add(uri.toString());
      const say = texts();
      void vscode.window.showInformationMessage(say.wordOffer(baseName(uri)), say.openWordView).then((choice) => {
        if (choice) void open(uri);
      });
    }
  }

  /** The view's documents are `govreport`; one restored at start-up opens as plain text (its path has no extension). */
  function claim(document: vscode.TextDocument): void {
    if (document.uri.scheme === WORD_VIEW_SCHEME && document.languageId !== 'govreport') {
      void vscode.languages.setTextDocumentLanguage(document, 'govreport').then(undefined, (error: unknown) => log.warn(`Could not set the language of ${document.uri.toString(true)}: ${errorText(error)}`));
    }
  }

  context.subscriptions.push(
    views,
    vscode.workspace.registerTextDocumentContentProvider(WORD_VIEW_SCHEME, views),
    vscode.commands.registerCommand(OPEN_WORD_VIEW, open),
    vscode.commands.registerCommand(EXPORT_WORD_COMMENTS, exportComments),
    vscode.window.tabGroups.onDidChangeTabs((event) => offer([...event.opened, ...event.changed])),
    vscode.workspace.onDidOpenTextDocument(claim),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (document.uri.scheme !== WORD_VIEW_SCHEME) return;
      // A language switch closes and reopens the document: forget it only if it stays closed.
      setTimeout(() => {
        if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === document.uri.toString())) views.forget(document.uri);
      }, 1000);
    }),
  );
  for (const document of vscode.workspace.textDocuments) claim(document);
  offer(vscode.window.tabGroups.all.flatMap((group) => group.tabs));
}

/**
 * The Word file a command acts on: its argument (a .docx from the Explorer, or a view), else the active view's or
 * the active tab's .docx, else one the drafter picks.
 */
async function wordFile(target: unknown, pickTitle: string): Promise<vscode.Uri | undefined> {
  const given = target instanceof vscode.Uri ? target : typeof target === 'string' ? vscode.Uri.parse(target) : undefined;
  const candidates = [given, vscode.window.activeTextEditor?.document.uri, activeTabUri()];
  for (const uri of candidates) {
    if (!uri) continue;
    const source = uri.scheme === WORD_VIEW_SCHEME ? sourceOfView(uri) : WORD_NAME.test(uri.path) ? uri : undefined;
    if (source) return source;
    if (uri === given) break; // an argument that is not a Word file: ask rather than guess
  }
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Word: ['docx', 'docm', 'dotx', 'dotm'] }, title: pickTitle });
  return picked?.[0];
}

function activeTabUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
}
