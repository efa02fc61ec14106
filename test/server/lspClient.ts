/**
 * A minimal LSP client for protocol tests: spawns the BUNDLED server (`server/dist/server.js --stdio`) and
 * speaks JSON-RPC to it with vscode-jsonrpc (the library the server itself is built on). It answers the
 * server's requests the way VS Code would (workspace/configuration, workspace/applyEdit, registrations,
 * diagnostics refresh), records published diagnostics, log and shown messages and the edits it was asked to
 * apply, and applies edits to its own copy of each document, so tests compare texts, not edit lists.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  CancellationTokenSource,
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ApplyWorkspaceEditParams,
  ClientCapabilities,
  CodeAction,
  ConfigurationParams,
  Diagnostic,
  DocumentDiagnosticReport,
  InitializeResult,
  PublishDiagnosticsParams,
  Range,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { repoRoot } from '../support/paths';

export const SERVER_JS = join(repoRoot(), 'server', 'dist', 'server.js');

export interface StartOptions {
  /** Advertise pull diagnostics (textDocument.diagnostic). Default true. */
  pull?: boolean;
  /** Advertise workspace/configuration. Default true. */
  configuration?: boolean;
  initializationOptions?: unknown;
  env?: NodeJS.ProcessEnv;
  /** Adjusts the client capabilities before initialize. */
  capabilities?: (caps: ClientCapabilities) => void;
  /** `workspaceFolders` of initialize (none by default). */
  workspaceFolders?: { uri: string; name: string }[];
}

/** What a client capability set looks like, VS Code-ish. */
export function capabilities(pull: boolean, configuration: boolean): ClientCapabilities {
  const caps: ClientCapabilities = {
    workspace: {
      configuration,
      applyEdit: true,
      workspaceEdit: { documentChanges: true },
      didChangeConfiguration: { dynamicRegistration: true },
      diagnostics: { refreshSupport: true },
    },
    textDocument: {
      synchronization: { dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
        isPreferredSupport: true,
        dataSupport: true,
      },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      foldingRange: { lineFoldingOnly: true },
    },
  };
  if (pull) caps.textDocument!.diagnostic = { dynamicRegistration: false, relatedDocumentSupport: false };
  return caps;
}

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  /** window/showMessage notifications. */
  readonly messages: { type: number; message: string }[] = [];
  /** Every workspace/applyEdit request, applied or not. */
  readonly applyEditRequests: ApplyWorkspaceEditParams[] = [];
  readonly refreshes: number[] = [];
  readonly configurationRequests: ConfigurationParams[] = [];
  /** client/registerCapability requests (dynamic registrations). */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** Settings answered to workspace/configuration, per scope URI ('*' for any). */
  settings = new Map<string, unknown>();
  /** The client's copy of every open document. */
  readonly texts = new Map<string, { text: string; version: number }>();
  stderr = '';
  initializeResult!: InitializeResult;
  readonly exited: Promise<number | null>;
  private readonly publishWaiters: (() => void)[] = [];

  private constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
    });
    connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.messages.push(params);
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      for (const wake of this.publishWaiters.splice(0)) wake();
    });
    connection.onRequest('workspace/configuration', (params: ConfigurationParams) => {
      this.configurationRequests.push(params);
      return params.items.map((item) => this.settings.get(item.scopeUri ?? '*') ?? this.settings.get('*') ?? null);
    });
    connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes.push(Date.now());
      return null;
    });
    connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams): { applied: boolean; failureReason?: string } => {
      this.applyEditRequests.push(params);
      try {
        this.applyWorkspaceEdit(params.edit);
        return { applied: true };
      } catch (error) {
        return { applied: false, failureReason: String(error) };
      }
    });
    connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run \`node esbuild.mjs\` (npm test does) first`);
    const child = spawn(process.execPath, [SERVER_JS, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection);
    const caps = capabilities(options.pull ?? true, options.configuration ?? true);
    options.capabilities?.(caps);
    client.initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: options.workspaceFolders ?? null,
      capabilities: caps,
      initializationOptions: options.initializationOptions ?? { lintDelay: 0 },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  request<R>(method: string, params: unknown, token?: CancellationTokenSource): Promise<R> {
    // Never pass an undefined token: vscode-jsonrpc would send it as a second positional parameter.
    return token ? this.connection.sendRequest<R>(method, params, token.token) : this.connection.sendRequest<R>(method, params);
  }

  async open(uri: string, text: string, languageId = 'govreport', version = 1): Promise<void> {
    this.texts.set(uri, { text, version });
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Incremental change: replace `range` (in the client's copy) with `text`. */
  async edit(uri: string, range: Range, text: string): Promise<number> {
    const doc = this.texts.get(uri)!;
    doc.text = applyTextEdits(doc.text, [{ range, newText: text }]);
    doc.version++;
    const change: TextDocumentContentChangeEvent = { range, text };
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
    return doc.version;
  }

  /** Full-text change. */
  async replace(uri: string, text: string): Promise<number> {
    const doc = this.texts.get(uri)!;
    doc.text = text;
    doc.version++;
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ text }] });
    return doc.version;
  }

  async close(uri: string): Promise<void> {
    this.texts.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async pull(uri: string, previousResultId?: string, token?: CancellationTokenSource): Promise<DocumentDiagnosticReport> {
    return this.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId }, token);
  }

  /** Pulls and expects a full report. */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await this.pull(uri);
    if (report.kind !== 'full') throw new Error(`expected a full report, got ${JSON.stringify(report)}`);
    return report.items;
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const actions = await this.request<CodeAction[] | null>('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, only, triggerKind: 1 },
    });
    return actions ?? [];
  }

  /** Waits for the next publishDiagnostics for `uri` that satisfies `accept`. */
  async waitForPublish(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 5000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    let seen = 0;
    for (;;) {
      for (; seen < this.published.length; seen++) {
        const p = this.published[seen]!;
        if (p.uri === uri && accept(p)) return p;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching publishDiagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(this.published.filter((p) => p.uri === uri))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.publishWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Applies a WorkspaceEdit to the client's copies, refusing stale versions as VS Code does. */
  applyWorkspaceEdit(edit: WorkspaceEdit): void {
    for (const change of edit.documentChanges ?? []) {
      if (!('textDocument' in change)) throw new Error('only text document edits are expected');
      for (const e of change.edits) {
        // An annotated edit must name an annotation the edit declares (LSP 3.16).
        if ('annotationId' in e && (e.annotationId === undefined || !edit.changeAnnotations?.[e.annotationId])) throw new Error(`unknown change annotation ${e.annotationId}`);
      }
      const doc = this.texts.get(change.textDocument.uri);
      if (!doc) throw new Error(`edit for a document that is not open: ${change.textDocument.uri}`);
      if (change.textDocument.version !== null && change.textDocument.version !== doc.version) {
        throw new Error(`stale edit: version ${change.textDocument.version}, document at ${doc.version}`);
      }
      doc.text = applyTextEdits(doc.text, change.edits as TextEdit[]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
      const doc = this.texts.get(uri);
      if (!doc) throw new Error(`edit for a document that is not open: ${uri}`);
      doc.text = applyTextEdits(doc.text, edits);
    }
  }

  /** shutdown → exit; resolves with the process's exit code. */
  async shutdown(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    await this.connection.sendRequest('shutdown', null);
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** For after() hooks: never leaves a process behind. */
  async dispose(): Promise<void> {
    try {
      await Promise.race([this.shutdown(), new Promise((resolve) => setTimeout(resolve, 2000))]);
    } catch {
      /* already gone */
    }
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }
}

/** LSP position → UTF-16 offset, as an editor counts: lines end at \r\n, \n or \r. */
/**
 * Starts a server for the enclosing `describe` — once for the suite, or afresh for each test with
 * `scope: 'test'` — and stops it afterwards. Returns a stand-in that forwards to the running client, so
 * test bodies read `client.open(…)` without each suite repeating the hooks.
 */
export function useServer(options: StartOptions = {}, scope: 'suite' | 'test' = 'suite'): TestClient {
  let running: TestClient | undefined;
  (scope === 'suite' ? before : beforeEach)(async () => {
    running = await TestClient.start(options);
  });
  (scope === 'suite' ? after : afterEach)(async () => {
    await running?.dispose();
    running = undefined;
  });
  return new Proxy({} as TestClient, {
    get(_target, property) {
      if (!running) throw new Error('the test server is not running: use the client inside a test or hook');
      const value: unknown = Reflect.get(running, property, running);
      return typeof value === 'function' ? value.bind(running) : value;
    },
  });
}

export function offsetAt(text: string, position: { line: number; character: number }): number {
  let line = 0;
  let i = 0;
  while (line < position.line && i < text.length) {
    const c = text.charCodeAt(i++);
    if (c === 13 && text.charCodeAt(i) === 10) i++;
    if (c === 13 || c === 10) line++;
  }
  let end = i;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return Math.min(i + position.character, end);
}

/** Applies LSP text edits (non-overlapping, positions against the original text), like an editor. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.start < spans[i - 1]!.end) throw new Error('overlapping edits');
  }
  let out = '';
  let last = 0;
  for (const s of spans) {
    out += text.slice(last, s.start) + s.newText;
    last = s.end;
  }
  return out + text.slice(last);
}

/** The single workspace edit of a code action, applied to `text` (which must be the document's text). */
export function applyAction(text: string, action: CodeAction, expectedVersion?: number): string {
  const changes = action.edit?.documentChanges;
  if (!changes || changes.length !== 1) throw new Error(`expected one document change, got ${JSON.stringify(action.edit)}`);
  const change = changes[0]!;
  if (!('textDocument' in change)) throw new Error('expected a TextDocumentEdit');
  if (expectedVersion !== undefined && change.textDocument.version !== expectedVersion) {
    throw new Error(`edit for version ${change.textDocument.version}, expected ${expectedVersion}`);
  }
  return applyTextEdits(text, change.edits as TextEdit[]);
}

export { CancellationTokenSource };
