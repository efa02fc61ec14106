/**
 * The extension: starts the language server (server/dist/server.js over Node IPC), switches `.txt` files that read
 * as reports or report excerpts to the `govreport` language (detection.ts), contributes the commands and the 预期目标
 * view (targetsView.ts). Everything about reports happens in the server; the client imports nothing from it except
 * the pure, dependency-free `detect.ts`, and types only (`import type`, erased from the bundle) from
 * `server/src/protocol.ts`, the shapes of the server's own requests.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { registerConfigFileCommands } from './configFile';
import { registerDetection } from './detection';
import { texts } from './language';
import { registerRuleDocs, ruleDocsBase } from './ruleDocs';
import { registerTargetsView } from './targetsView';
import { createTraceChannel } from './traceChannel';
import { registerWordView, WORD_VIEW_SCHEME } from './wordView';

const CLIENT_ID = 'govreport'; // also the prefix of `govreport.trace.server`
const CLIENT_NAME = 'Gov Report Lint';
/** Mirrors server/src/server.ts FIX_ALL_COMMAND (workspace/executeCommand). */
const SERVER_FIX_ALL = 'govreport.server.fixAll';
/** Mirrors server/src/codeActions.ts RENUMBER_COMMAND. */
const SERVER_RENUMBER = 'govreport.server.renumberFootnotes';
const LINTED_LANGUAGES = new Set(['govreport', 'markdown']);
/** Schemes whose documents are checked: files, untitled drafts and virtual workspaces (GitHub Repositories). */
const SCHEMES = ['file', 'untitled', 'vscode-vfs'];

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(output);
  try {
    registerDetection(context, output);
    registerConfigFileCommands(context);
    registerRuleDocs(context, output);
    context.subscriptions.push(
      vscode.commands.registerCommand('govreport.restartServer', restartServer),
      vscode.commands.registerCommand('govreport.fixAll', fixAll),
      vscode.commands.registerCommand('govreport.renumberFootnotes', renumberFootnotes),
    );
    client = createClient(context, output);
    // The server leaves a configuration file's indicators out in an untrusted workspace: start it again once trusted.
    context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void restartServer()));
    registerTargetsView(context, client, output);
    registerWordView(context, client, output);
    const starting = Date.now();
    await client.start();
    output.info(texts().started(Date.now() - starting));
  } catch (error) {
    // VS Code does not tell the user when an extension fails to activate, so we do.
    const message = error instanceof Error ? error.message : String(error);
    output.error(`激活失败 (activation failed): ${error instanceof Error ? (error.stack ?? message) : message}`);
    const say = texts();
    void vscode.window.showErrorMessage(say.startFailed(message), say.showLog).then((choice) => {
      if (choice) output?.show();
    });
    throw error;
  }
}

export function deactivate(): Thenable<void> | undefined {
  // A client whose server never started has nothing to stop (stop() would reject).
  return client?.needsStop() ? client.stop() : undefined;
}

function createClient(context: vscode.ExtensionContext, channel: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('server', 'dist', 'server.js'));
  // The environment passes through to the server (GOVREPORT_LS_FAIL among others).
  const env = { ...process.env };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...['govreport', 'markdown'].flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme }))),
      // The read-only 校对视图 of a Word draft (wordView.ts).
      { language: 'govreport', scheme: WORD_VIEW_SCHEME },
    ],
    synchronize: { configurationSection: 'govreport' },
    // The server debounces (govreport.lintDelay, by default sized to the lint time); the client pulls on open
    // and on every change.
    diagnosticPullOptions: { onChange: true, onSave: false },
    // A function: read again when the server restarts (after the workspace is trusted, say).
    initializationOptions: () => ({
      // null (the default): the server sizes the delay to each document's lint time.
      lintDelay: vscode.workspace.getConfiguration('govreport').get<number | null>('lintDelay', null),
      workspaceTrusted: vscode.workspace.isTrusted,
      // The 忽略此处 quick fixes may run `govreport.config.save` (configFile.ts) after their edit.
      saveConfigCommand: true,
      // govreport.language `auto` follows VS Code's display language.
      locale: vscode.env.language,
      // Each diagnostic's link (codeDescription) opens the rule's section of the docs shipped in the extension.
      ruleDocs: ruleDocsBase(context),
    }),
    outputChannel: channel,
    // govreport.trace.server alone decides what is traced (see traceChannel.ts).
    traceOutputChannel: traceChannel(context),
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}

async function restartServer(): Promise<void> {
  if (!client) return;
  try {
    await client.restart();
    output?.info(texts().restarted);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(texts().restartFailed(message));
  }
}

/** The document a command acts on: the URI argument, else the active editor's; undefined (and a hint) otherwise. */
function targetDocument(target?: vscode.Uri | string): vscode.TextDocument | undefined {
  const uri = typeof target === 'string' ? vscode.Uri.parse(target) : (target ?? vscode.window.activeTextEditor?.document.uri);
  const document = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!client || !document || !LINTED_LANGUAGES.has(document.languageId)) {
    void vscode.window.showInformationMessage(texts().openDraftFirst);
    return undefined;
  }
  if (document.uri.scheme === WORD_VIEW_SCHEME) {
    void vscode.window.showInformationMessage(texts().wordViewReadOnly);
    return undefined;
  }
  return document;
}

/** Applies every safe fix to the given document (a URI argument) or the active editor's. */
async function fixAll(target?: vscode.Uri | string): Promise<void> {
  const document = targetDocument(target);
  if (!client || !document) return;
  const applied = await client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_FIX_ALL, arguments: [document.uri.toString()] });
  if (applied === false) void vscode.window.showWarningMessage(texts().fixAllFailed);
}

/**
 * 重新编号注释: the server computes one edit for every marker and item and asks VS Code to apply it; the edit
 * needs confirmation, so VS Code shows the refactor preview first. The server itself says when nothing needs
 * renumbering or the edit failed; discarding the preview is not a failure.
 */
async function renumberFootnotes(target?: vscode.Uri | string): Promise<void> {
  const document = targetDocument(target);
  if (!client || !document) return;
  await client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_RENUMBER, arguments: [document.uri.toString()] });
}

let trace: vscode.LogOutputChannel | undefined;

/** One trace channel for the extension's lifetime (a restarted client keeps writing to it). */
function traceChannel(context: vscode.ExtensionContext): vscode.LogOutputChannel {
  if (!trace) {
    trace = createTraceChannel();
    context.subscriptions.push(trace);
  }
  return trace;
}
