/**
 * The language server: capabilities and handler wiring only. Each handler has one shape — document → cached
 * lint (lintCache.ts) → feature module (diagnostics.ts, codeActions.ts, symbols.ts, footnotes.ts, targets.ts) — inside
 * `runSafe`. One extension of LSP: the `govreport/targets` request (protocol.ts), behind the client's 预期目标 view.
 *
 * Diagnostics are pulled (textDocument/diagnostic) when the client supports it, pushed otherwise. Either way
 * linting waits after the last change (debounce): `govreport.lintDelay` ms, or by default a delay sized to how long
 * the document took to lint (settings.ts `autoLintDelay`: about 60 ms for a report); a pull that the client
 * cancels while waiting answers RequestCancelled. Languages: `govreport`, and `markdown` (linted in Markdown
 * mode); any other document is ignored.
 *
 * Configuration: the `govreport.*` settings per document, with the nearest `.govreport.jsonc` on top for drafts on
 * disk (documentConfig.ts); the server asks the client to watch those files and lints again when one changes.
 *
 * Lifetime (LSP): requests before `initialize` are refused with ServerNotInitialized, after `shutdown` with
 * InvalidRequest; document notifications are read only from `initialize` on. Lints are keyed by the server's own
 * revision of each document (lintCache.ts), so a client that reuses a version number never gets stale results.
 */
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  codeActions,
  FIX_ALL_KIND,
  fixAllTitle,
  readFixAllData,
  RENUMBER_COMMAND,
  renumberTitle,
  resolveFixAll,
  workspaceEdit,
} from './codeActions';
import { DEFAULT_SHAPING, readDocsBase, toDiagnostic, type Shaping } from './diagnostics';
import { isHandled, LintCache, Revisions, type LintEntry } from './lintCache';
import { CancelledError, delay, Lifecycle, runSafe, runSafeNotification } from './runner';
import { defaultSettings, initialLintDelay, lintDelayFor, SECTION, SettingsCache, type Settings } from './settings';
import { documentSymbols, folding, symbolInformation } from './symbols';
import {
  footnoteCompletion,
  footnoteDefinition,
  footnoteHover,
  footnoteReferences,
  renumberEdit,
  renumberedMessage,
  TRIGGER_CHARACTERS,
} from './footnotes';
import { formatMessage, nothingToRenumber, renumberFootnotes, resolveLanguage, UI_TEXT, type Language } from './core/index';
import { CONFIG_WATCH_PATTERN, DocumentConfigs, filePath, type EditCapabilities } from './documentConfig';
import { TARGETS_METHOD, targetHover, targetsResult } from './targets';
import type { CommentDocxParams, CommentDocxResult, RenderDocxParams, RenderDocxResult, TargetsParams, TargetsResult } from './protocol';
import { COMMENT_DOCX_METHOD, commentDocx, isWordView, RENDER_DOCX_METHOD, renderDocx, settingsScope } from './wordView';

/** workspace/executeCommand: apply every safe fix to the document whose URI is the first argument. */
export const FIX_ALL_COMMAND = 'govreport.server.fixAll';
export { RENUMBER_COMMAND };

const VERSION = packageVersion();

/** A plain require so esbuild inlines package.json (an import would make tsc -b want it in the project). */
function packageVersion(): string {
  try {
    return (require('../../package.json') as { version: string }).version;
  } catch {
    return 'unknown'; // tsc's out/ copy, which has no package.json two levels up
  }
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const revisions = new Revisions();
  const cache = new LintCache(revisions);
  const lifecycle = new Lifecycle();
  const log = (message: string) => connection.console.error(message);
  /** Every request handler's shape: refused outside the server's lifetime, cancellable, never throwing. */
  const safe = <T>(label: string, uri: string | undefined, token: CancellationToken | undefined, empty: T, run: () => T | Promise<T>) =>
    runSafe(log, label, uri, token, empty, run, lifecycle);

  let pull = false;
  let refreshSupport = false;
  let documentChanges = false;
  let resolveEdits = false;
  let hierarchicalSymbols = false;
  let definitionLinks = false;
  let watchFiles = false;
  let workspaceFolderEvents = false;
  const editCapabilities: EditCapabilities = { documentChanges: false, canCreate: false, saveCommand: false };
  let settings = new SettingsCache(undefined, defaultSettings(), log);
  const warn = (message: string) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  /** Each draft's `.govreport.jsonc`, on top of its settings. */
  const configs = new DocumentConfigs(warn, log);
  /** The editor's display language (`initializationOptions.locale`, VS Code's env.language), if it said. */
  let locale: string | undefined;
  /** Where rule links lead (`initializationOptions.ruleDocs`, else the repository's docs). */
  let docsBase = DEFAULT_SHAPING.docsBase;
  /** Settings problems already shown to the user (each once per session). */
  const shownProblems = new Set<string>();

  /** When each document last changed (not when it opened): the debounce reference. */
  const lastChange = new Map<string, number>();
  /** Documents whose open is being announced: TextDocuments fires a content change right after the open. */
  const opening = new Set<string>();
  /** Push mode: the pending lint per URI. */
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const tickets = new Map<string, number>();
  let ticket = 0;

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    pull = !!caps.textDocument?.diagnostic;
    refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
    documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    resolveEdits = !!caps.textDocument?.codeAction?.dataSupport && !!caps.textDocument.codeAction.resolveSupport?.properties?.includes('edit');
    hierarchicalSymbols = !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
    definitionLinks = !!caps.textDocument?.definition?.linkSupport;
    watchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    workspaceFolderEvents = !!caps.workspace?.workspaceFolders;
    const options = params.initializationOptions as { workspaceTrusted?: unknown; saveConfigCommand?: unknown; locale?: unknown; language?: unknown } | null | undefined;
    Object.assign(editCapabilities, {
      documentChanges,
      canCreate: !!caps.workspace?.workspaceEdit?.resourceOperations?.includes('create'),
      // The VS Code client registers the command that saves the configuration file after a silencing edit.
      saveCommand: options?.saveConfigCommand === true,
    });
    configs.trusted = options?.workspaceTrusted !== false;
    configs.language = languageOf;
    configs.folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
      .map((folder) => filePath(folder.uri))
      .filter((path): path is string => path !== undefined);
    const base = defaultSettings(initialLintDelay(params.initializationOptions));
    locale = typeof options?.locale === 'string' ? options.locale : undefined;
    // A client without workspace/configuration may name the language here (`govreport.language`'s values).
    if (typeof options?.language === 'string') base.language = options.language;
    docsBase = readDocsBase(params.initializationOptions);
    const fetch = caps.workspace?.configuration
      ? (uri: string) => connection.workspace.getConfiguration({ scopeUri: uri, section: SECTION }) as Promise<unknown>
      : undefined;
    settings = new SettingsCache(fetch, base, log);
    if (lifecycle.state === 'uninitialized') {
      // Document notifications are read from here on (LSP: notifications before initialize are dropped).
      documents.listen(connection);
      lifecycle.state = 'running';
    }

    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: resolveEdits },
        documentSymbolProvider: { label: UI_TEXT[resolveLanguage(base.language, locale)].documentSymbols },
        foldingRangeProvider: true,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
        executeCommandProvider: { commands: [FIX_ALL_COMMAND, RENUMBER_COMMAND] },
        // Where a new .govreport.jsonc goes: the draft's workspace folder.
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        // Not LSP: tells other clients that `govreport/targets` and the Word requests (protocol.ts) are answered.
        experimental: { targetsRequest: true, docxRequests: true },
      },
      serverInfo: { name: 'govreport-lint', version: VERSION },
    };
    if (pull) {
      result.capabilities.diagnosticProvider = { identifier: 'govreport', interFileDependencies: false, workspaceDiagnostics: false };
    }
    return result;
  });

  // No dynamic registration for didChangeConfiguration: our client already sends it for the `govreport`
  // section (synchronize.configurationSection), and a second registration would double every notification.
  connection.onInitialized(() => {
    connection.console.info(`govreport-lint ${VERSION}: ${pull ? 'pull' : 'push'} diagnostics`);
    if (watchFiles) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_WATCH_PATTERN }] })
        .catch((error: unknown) => log(`Could not watch ${CONFIG_WATCH_PATTERN}: ${String(error)}`));
    }
    if (workspaceFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => filePath(f.uri)));
        configs.folders = [...configs.folders.filter((f) => !removed.has(f)), ...event.added.map((f) => filePath(f.uri)).filter((p): p is string => p !== undefined)];
      });
    }
  });

  /** Lint every open document again: the configuration changed. */
  function relint(): void {
    if (pull) {
      if (refreshSupport) {
        connection.languages.diagnostics.refresh().catch((error: unknown) => log(`diagnostics/refresh failed: ${String(error)}`));
      }
    } else {
      for (const document of documents.all()) if (isHandled(document)) schedule(document.uri, 0);
    }
  }

  // A .govreport.jsonc was created, changed or deleted: read the files again and lint again.
  connection.onDidChangeWatchedFiles((params) => {
    runSafeNotification(log, 'didChangeWatchedFiles', undefined, () => {
      if (configs.changed(params.changes.map((c) => c.uri))) relint();
    });
  });

  connection.onDidChangeConfiguration((change) => {
    runSafeNotification(log, 'didChangeConfiguration', undefined, () => {
      const pushed = (change.settings as Record<string, unknown> | null | undefined)?.[SECTION];
      if (!settings.reset(pushed)) return;
      relint();
    });
  });

  documents.onDidOpen(({ document }) => {
    runSafeNotification(log, 'didOpen', document.uri, () => {
      revisions.bump(document.uri);
      opening.add(document.uri);
      if (!pull && isHandled(document)) schedule(document.uri, 0);
    });
  });

  documents.onDidChangeContent(({ document }) => {
    runSafeNotification(log, 'didChange', document.uri, () => {
      // TextDocuments announces every open as a content change too, synchronously after the open itself.
      if (opening.delete(document.uri)) return;
      revisions.bump(document.uri);
      lastChange.set(document.uri, Date.now());
      if (!pull && isHandled(document)) schedule(document.uri);
    });
  });

  documents.onDidClose(({ document }) => {
    runSafeNotification(log, 'didClose', document.uri, () => {
      const uri = document.uri;
      cache.delete(uri);
      settings.delete(uri);
      configs.delete(uri);
      revisions.delete(uri);
      lastChange.delete(uri);
      opening.delete(uri);
      clearTimeout(timers.get(uri));
      timers.delete(uri);
      tickets.delete(uri);
      if (!pull) void connection.sendDiagnostics({ uri, diagnostics: [] });
    });
  });

  /**
   * Settings for a document, with its configuration file on top, telling the user once about anything malformed in
   * them.
   */
  async function settingsFor(uri: string): Promise<Settings> {
    // The 校对视图 of a .docx reads the .docx's settings and configuration file (wordView.ts).
    const scope = settingsScope(uri);
    const current = configs.apply(scope, await settings.get(scope));
    for (const problem of current.problems) {
      if (shownProblems.has(problem)) continue;
      shownProblems.add(problem);
      log(problem);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: problem });
    }
    return current;
  }

  /** The language of a document's findings: `govreport.language`, `auto` following the editor's locale. */
  function languageOf(current: Settings): Language {
    return resolveLanguage(current.language, locale);
  }
  function shapingOf(current: Settings, uri: string): Shaping {
    return { language: languageOf(current), docsBase, fixInMessage: isWordView(uri) };
  }

  /** The debounce for a document: configured, or sized to its last lint time. */
  function delayFor(document: TextDocument, current: Settings): number {
    return lintDelayFor(current, cache.lastLintTime(document.uri), document.getText().length);
  }

  // ---- diagnostics, pull ----
  const emptyReport: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
  connection.languages.diagnostics.on((params, token) => {
    const uri = params.textDocument.uri;
    return safe('textDocument/diagnostic', uri, token, emptyReport, async (): Promise<DocumentDiagnosticReport> => {
      if (!isHandled(documents.get(uri))) return emptyReport;
      const current = await settingsFor(uri);
      if (!current.enable) return report(`off.${settings.generation}`, params.previousResultId, []);
      const waiting = documents.get(uri);
      if (waiting) await delay((lastChange.get(uri) ?? 0) + delayFor(waiting, current) - Date.now(), token);
      const document = documents.get(uri);
      if (!isHandled(document)) return emptyReport;
      if (token.isCancellationRequested) throw new CancelledError();
      const entry = cache.get(document, current);
      const shaping = shapingOf(current, uri);
      // The language is part of the result id: switching it re-sends the same findings in the other language.
      return report(`${entry.serial}.${shaping.language}`, params.previousResultId, () => entry.result.problems.map((p) => toDiagnostic(document, p, shaping)));
    });
  });

  function report(resultId: string, previous: string | undefined, items: Diagnostic[] | (() => Diagnostic[])): DocumentDiagnosticReport {
    if (previous === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: typeof items === 'function' ? items() : items };
  }

  // ---- diagnostics, push (clients without pull support) ----
  function schedule(uri: string, ms?: number): void {
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    const mine = ++ticket;
    tickets.set(uri, mine);
    settingsFor(uri).then(
      (current) => {
        const document = documents.get(uri);
        if (tickets.get(uri) !== mine || !document) return;
        timers.set(uri, setTimeout(() => {
          timers.delete(uri);
          runSafeNotification(log, 'publishDiagnostics', uri, () => validate(uri));
        }, ms ?? delayFor(document, current)));
      },
      (error: unknown) => log(`Could not schedule lint for ${uri}: ${String(error)}`),
    );
  }

  async function validate(uri: string): Promise<void> {
    if (lifecycle.state !== 'running' || !isHandled(documents.get(uri))) return;
    const current = await settingsFor(uri);
    const document = documents.get(uri); // the latest version, after the wait for settings
    if (!isHandled(document)) return;
    const shaping = shapingOf(current, uri);
    const diagnostics = current.enable ? cache.get(document, current).result.problems.map((p) => toDiagnostic(document, p, shaping)) : [];
    await connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }

  /**
   * The open document and its cached lint entry, when `accepts` takes it and, with `needsEnable`, linting is on.
   * The document is looked up again after the settings arrive: it may have closed or changed mode meanwhile.
   */
  async function entryOf(
    uri: string,
    accepts: (document: TextDocument | undefined) => document is TextDocument,
    needsEnable: boolean,
  ): Promise<{ document: TextDocument; entry: LintEntry; language: Language } | undefined> {
    if (!accepts(documents.get(uri))) return undefined;
    const current = await settingsFor(uri);
    const document = documents.get(uri);
    if ((needsEnable && !current.enable) || !accepts(document)) return undefined;
    return { document, entry: cache.get(document, current), language: languageOf(current) };
  }
  /** A handled document with linting on: code actions, hover, definition, references, completion, targets. */
  const reportOf = (uri: string) => entryOf(uri, isHandled, true);
  /** A document in the govreport mode, whatever `enable` says (an outline is no nag). */
  const outlineOf = (uri: string) => entryOf(uri, isGovreportMode, false);
  function isGovreportMode(document: TextDocument | undefined): document is TextDocument {
    return document?.languageId === 'govreport';
  }

  // ---- code actions and the fix-all command ----
  connection.onCodeAction((params, token) => {
    const uri = params.textDocument.uri;
    return safe('textDocument/codeAction', uri, token, [], async () => {
      // The 校对视图 is read-only: its diagnostics write their fixes out instead.
      if (isWordView(uri)) return [];
      const found = await reportOf(uri);
      if (!found) return [];
      const silence = params.context.diagnostics?.length ? configs.silenceTarget(uri, editCapabilities) : undefined;
      return codeActions(found.document, found.entry, cache, params, { documentChanges, resolveEdits, language: found.language }, silence);
    });
  });

  connection.onCodeActionResolve((action, token) => {
    const data = readFixAllData(action.data);
    return safe('codeAction/resolve', data?.uri, token, action, async () => {
      if (!data || !isHandled(documents.get(data.uri))) return action;
      const current = await settingsFor(data.uri);
      const document = documents.get(data.uri);
      if (!current.enable || !isHandled(document)) return action;
      // Computed on the current text; the edit carries the current version.
      return resolveFixAll(document, cache.get(document, current), cache, action, data, { documentChanges });
    });
  });

  connection.onExecuteCommand((params, token) => {
    const arg: unknown = params.arguments?.[0];
    const uri = typeof arg === 'string' ? arg : typeof (arg as { uri?: unknown })?.uri === 'string' ? (arg as { uri: string }).uri : undefined;
    return safe(`workspace/executeCommand ${params.command}`, uri, token, false, async () => {
      if ((params.command !== FIX_ALL_COMMAND && params.command !== RENUMBER_COMMAND) || uri === undefined) return false;
      if (!isHandled(documents.get(uri)) || isWordView(uri)) return false;
      const current = await settingsFor(uri);
      const document = documents.get(uri);
      if (!current.enable || !isHandled(document)) return false;
      const entry = cache.get(document, current);
      const language = languageOf(current);
      if (params.command === RENUMBER_COMMAND) return renumber(document, entry, language);
      const edits = cache.fixAllEdits(entry);
      if (edits.length === 0) return true;
      const result = await connection.workspace.applyEdit({ label: fixAllTitle(language), edit: workspaceEdit(document, edits, { documentChanges }) });
      if (!result.applied) log(`Fix all was not applied to ${uri}: ${result.failureReason ?? 'no reason given'}`);
      return result.applied;
    });
  });

  /**
   * 重新编号注释: one WorkspaceEdit for every marker and item, applied at once (one undo step), then a message that
   * says what changed. True when applied or nothing to do; a failure with a reason is shown.
   */
  async function renumber(document: TextDocument, entry: LintEntry, language: Language): Promise<boolean> {
    const report = entry.result.report;
    const plan = renumberFootnotes(report);
    const edit = renumberEdit(document, report, { documentChanges }, plan);
    // A notification, not window/showMessageRequest: there is nothing to answer.
    if (!edit) {
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: nothingToRenumber(report, language) });
      return true;
    }
    const result = await connection.workspace.applyEdit({ label: renumberTitle(language), edit });
    if (result.applied) {
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: renumberedMessage(plan, language) });
    } else if (result.failureReason !== undefined) {
      log(`Renumbering was not applied to ${document.uri}: ${result.failureReason}`);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: formatMessage(UI_TEXT[language].renumberFailed, { reason: result.failureReason }) });
    }
    return result.applied;
  }

  // ---- footnotes: hover, definition, references, completion ----

  // One hover provider: a target figure or a later statement of it (targets.ts), else a footnote.
  connection.onHover((params, token) => {
    const uri = params.textDocument.uri;
    return safe('textDocument/hover', uri, token, null, async () => {
      const found = await reportOf(uri);
      if (!found) return null;
      const report = found.entry.result.report;
      return targetHover(found.document, report, params.position, found.language) ?? footnoteHover(found.document, report, params.position, found.language);
    });
  });

  connection.onDefinition((params, token) => {
    const uri = params.textDocument.uri;
    return safe('textDocument/definition', uri, token, null, async () => {
      const found = await reportOf(uri);
      return found ? footnoteDefinition(found.document, found.entry.result.report, params.position, definitionLinks) : null;
    });
  });

  connection.onReferences((params, token) => {
    const uri = params.textDocument.uri;
    return safe('textDocument/references', uri, token, null, async () => {
      const found = await reportOf(uri);
      return found ? footnoteReferences(found.document, found.entry.result.report, params.position, !!params.context?.includeDeclaration) : null;
    });
  });

  connection.onCompletion((params, token) => {
    const uri = params.textDocument.uri;
    return safe('textDocument/completion', uri, token, null, async () => {
      if (isWordView(uri)) return null;
      const found = await reportOf(uri);
      return found ? footnoteCompletion(found.document, found.entry.result.report, params.position, found.language) : null;
    });
  });

  // ---- govreport/targets: the 主要预期目标 and every later statement of them, for the 预期目标 view ----
  connection.onRequest(TARGETS_METHOD, (params: TargetsParams, token) => {
    const uri = typeof params?.textDocument?.uri === 'string' ? params.textDocument.uri : undefined;
    const empty: TargetsResult = { targets: [] };
    return safe(TARGETS_METHOD, uri, token, empty, async () => {
      const found = uri === undefined ? undefined : await reportOf(uri);
      return found ? targetsResult(found.document, found.entry.result.report) : empty;
    });
  });

  // ---- Word drafts: the 校对视图's text and the commented copy (wordView.ts) ----
  connection.onRequest(RENDER_DOCX_METHOD, (params: RenderDocxParams, token) =>
    safe<RenderDocxResult>(RENDER_DOCX_METHOD, undefined, token, { error: 'internal error' }, () => renderDocx(params)),
  );

  connection.onRequest(COMMENT_DOCX_METHOD, (params: CommentDocxParams, token) => {
    const uri = typeof params?.uri === 'string' ? params.uri : undefined;
    return safe<CommentDocxResult>(COMMENT_DOCX_METHOD, uri, token, { error: 'internal error' }, async () => {
      const current = await settingsFor(uri ?? '');
      return commentDocx(params, current.config, languageOf(current));
    });
  });

  // ---- outline and folding (govreport documents only: Markdown has its own outline and folding) ----

  connection.onDocumentSymbol((params, token) => {
    const uri = params.textDocument.uri;
    return safe('textDocument/documentSymbol', uri, token, null, async () => {
      const found = await outlineOf(uri);
      if (!found) return null;
      return hierarchicalSymbols ? documentSymbols(found.document, found.entry) : symbolInformation(found.document, found.entry);
    });
  });

  connection.onFoldingRanges((params, token) => {
    const uri = params.textDocument.uri;
    return safe('textDocument/foldingRange', uri, token, null, async () => {
      const found = await outlineOf(uri);
      return found ? folding(found.entry) : null;
    });
  });

  connection.onShutdown(() => {
    lifecycle.state = 'shutdown';
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  });

  connection.listen();
}
