/**
 * The 预期目标 view (Explorer, id `govreport.targets`): each 主要预期目标 figure of the active report or Markdown
 * draft, with every later statement of its indicator as a child marked 一致 / 不一致; clicking an item selects it in
 * the editor. The content is the server's `govreport/targets` answer (server/src/protocol.ts), turned into nodes
 * by the pure targetsModel.ts.
 *
 * Re-requested when the active editor changes, when the diagnostics of the shown document change (every lint of
 * a new version publishes them, so edits are followed without a notification of our own), when a document is
 * opened or switches language, and when the server (re)starts. Requests run one after another; the last answer
 * wins. Context keys: `govreport.draftSeen` (the view is in the Explorer from the first report draft on),
 * `govreport.reportEditor` and `govreport.hasTargets` (else the viewsWelcome texts explain the empty view).
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
// Types only (erased by esbuild): the second documented exception to "the client never imports server code".
import type { TargetsMethod, TargetsParams, TargetsRange, TargetsResult } from '../../server/src/protocol';
import { texts } from './language';
import { hasTargets, toTreeNodes, type TargetIcon, type TargetNode } from './targetsModel';

const METHOD: TargetsMethod = 'govreport/targets';
export const VIEW_ID = 'govreport.targets';
/** Refreshes the view and returns its nodes (the integration tests read the view's data through it). */
export const REFRESH_COMMAND = 'govreport.targets.refresh';
/** Selects a range of a document in its editor: the items' click. Arguments: URI string, LSP range. */
export const REVEAL_COMMAND = 'govreport.targets.reveal';
const CONTEXT_REPORT_EDITOR = 'govreport.reportEditor';
const CONTEXT_HAS_TARGETS = 'govreport.hasTargets';
/**
 * Set once, when a report draft (or a Markdown draft with targets) is first shown, and never cleared: the view then
 * stays in the Explorer. A view that comes and goes with the active editor comes back collapsed every time.
 */
const CONTEXT_DRAFT_SEEN = 'govreport.draftSeen';
const LANGUAGES = new Set(['govreport', 'markdown']);
/** Diagnostics arrive in bursts (pull on open, on change, after a refresh): one request per burst. */
const DEBOUNCE_MS = 150;
/** workspaceState key: the view was shown once in this workspace (it starts collapsed below the Explorer's others). */
const SHOWN_ONCE = 'govreport.targetsViewShown';

export function registerTargetsView(context: vscode.ExtensionContext, client: LanguageClient, log: vscode.LogOutputChannel): TargetsView {
  const view = new TargetsView(client, log);
  const tree = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: view, showCollapseAll: true });
  // The first time a draft with targets is shown in a workspace, open the view (without taking the focus): the
  // Explorer adds it collapsed below Outline and Timeline, where nobody finds it. Later the drafter's layout rules.
  let opening = false;
  view.onDidLoad((nodes) => {
    if (opening || nodes.length === 0 || tree.visible || context.workspaceState.get<boolean>(SHOWN_ONCE)) return;
    opening = true;
    // `<view>.open` with preserveFocus opens and expands the view and leaves the focus in the editor, where the
    // drafter may already be typing.
    void (async () => {
      try {
        await context.workspaceState.update(SHOWN_ONCE, true);
        await vscode.commands.executeCommand(`${VIEW_ID}.open`, { preserveFocus: true });
      } catch (error) {
        log.warn(`Could not show the 预期目标 view: ${String(error)}`);
      } finally {
        opening = false;
      }
    })();
  });
  context.subscriptions.push(
    view,
    tree,
    vscode.commands.registerCommand(REFRESH_COMMAND, () => view.refresh()),
    vscode.commands.registerCommand(REVEAL_COMMAND, reveal),
    vscode.window.onDidChangeActiveTextEditor(() => view.schedule(0)),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (e.uris.some((uri) => view.shows(uri) || uri.toString() === active)) view.schedule(DEBOUNCE_MS);
    }),
    // setTextDocumentLanguage (the .txt auto-detection) closes the document and opens it again.
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (document.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) view.schedule(DEBOUNCE_MS);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (view.shows(document.uri)) view.schedule(DEBOUNCE_MS);
    }),
    client.onDidChangeState((e) => {
      if (e.newState === State.Running || e.newState === State.Stopped) view.schedule(0);
    }),
  );
  view.schedule(0);
  return view;
}

export class TargetsView implements vscode.TreeDataProvider<TargetNode>, vscode.Disposable {
  private nodes: TargetNode[] = [];
  /** The document the nodes belong to. */
  private uri: vscode.Uri | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly loaded = new vscode.EventEmitter<TargetNode[]>();
  /** Fires with the nodes after each refresh. */
  readonly onDidLoad = this.loaded.event;
  /** Each statement's target (for reveal). */
  private parents = new Map<TargetNode, TargetNode>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Requests run in order; each refresh waits for the previous one. */
  private queue: Promise<unknown> = Promise.resolve();
  private disposed = false;
  private draftSeen = false;

  constructor(
    private readonly client: LanguageClient,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  shows(uri: vscode.Uri): boolean {
    return this.uri?.toString() === uri.toString();
  }

  schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, ms);
  }

  /** Asks the server again for the current document; resolves with the nodes shown afterwards. */
  refresh(): Promise<TargetNode[]> {
    const next = this.queue.then(() => this.load());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async load(): Promise<TargetNode[]> {
    if (this.disposed) return [];
    const document = this.current();
    let result: TargetsResult | undefined;
    if (document && this.client.isRunning()) {
      const params: TargetsParams = { textDocument: { uri: this.client.code2ProtocolConverter.asUri(document.uri) } };
      try {
        result = await this.client.sendRequest<TargetsResult>(METHOD, params);
      } catch (error) {
        this.log.warn(`${METHOD} failed for ${document.uri.toString()}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (this.disposed) return [];
    this.uri = document?.uri;
    this.nodes = toTreeNodes(result, texts().targets);
    this.parents = new Map(this.nodes.flatMap((target) => target.children.map((child): [TargetNode, TargetNode] => [child, target])));
    void vscode.commands.executeCommand('setContext', CONTEXT_REPORT_EDITOR, document !== undefined);
    void vscode.commands.executeCommand('setContext', CONTEXT_HAS_TARGETS, hasTargets(result));
    if (!this.draftSeen && document && (document.languageId === 'govreport' || hasTargets(result))) {
      this.draftSeen = true;
      // Awaited: the view must be in the Explorer before the first load is announced (and maybe revealed).
      await vscode.commands.executeCommand('setContext', CONTEXT_DRAFT_SEEN, true);
    }
    this.changed.fire();
    this.loaded.fire(this.nodes);
    return this.nodes;
  }

  /**
   * The active editor's document when it is a report or Markdown draft. Without an active text editor (focus in
   * a panel or a non-text editor) the document shown so far stays, while it is open.
   */
  private current(): vscode.TextDocument | undefined {
    const active = vscode.window.activeTextEditor?.document;
    if (active) return LANGUAGES.has(active.languageId) ? active : undefined;
    const shown = this.uri?.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === shown && LANGUAGES.has(d.languageId));
  }

  getTreeItem(node: TargetNode): vscode.TreeItem {
    const item = new vscode.TreeItem(
      node.label,
      node.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = icon(node.icon);
    item.contextValue = node.kind === 'target' ? 'govreport.target' : 'govreport.targetMention';
    if (this.uri) item.command = { command: REVEAL_COMMAND, title: texts().targets.reveal, arguments: [this.uri.toString(), node.range] };
    return item;
  }

  getChildren(node?: TargetNode): TargetNode[] {
    return node ? node.children : this.nodes;
  }

  getParent(node: TargetNode): TargetNode | undefined {
    return this.parents.get(node);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.changed.dispose();
    this.loaded.dispose();
  }
}

function icon(name: TargetIcon): vscode.ThemeIcon {
  if (name === 'pass') return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
  if (name === 'error') return new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed'));
  return new vscode.ThemeIcon(name);
}

/** Opens the document (in the active group) with `range` selected and in view. */
async function reveal(uri: string | vscode.Uri, range: TargetsRange): Promise<void> {
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const editor = await vscode.window.showTextDocument(target, { selection, preview: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
