/**
 * The channel `govreport.trace.server` writes to. vscode-languageclient traces only while its trace channel's log
 * level is Trace, and a log channel starts at Info: the setting alone then showed nothing. This channel is a plain
 * output channel (it shows every line it is given) presented to the client as a log channel that is always at
 * Trace, so the setting alone decides: `off`, `messages` or `verbose`.
 */
import * as vscode from 'vscode';

export const TRACE_CHANNEL_NAME = 'Gov Report Lint 通信记录';

export function createTraceChannel(): vscode.LogOutputChannel {
  const channel = vscode.window.createOutputChannel(TRACE_CHANNEL_NAME);
  const levelChanged = new vscode.EventEmitter<vscode.LogLevel>();
  const write = (level: string) => (message: string | Error, ...args: unknown[]) => {
    const text = message instanceof Error ? (message.stack ?? message.message) : message;
    const extra = args.length > 0 ? ` ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}` : '';
    channel.appendLine(`${new Date().toISOString()} [${level}] ${text}${extra}`);
  };
  return {
    name: channel.name,
    logLevel: vscode.LogLevel.Trace,
    onDidChangeLogLevel: levelChanged.event,
    trace: write('trace'),
    debug: write('debug'),
    info: write('info'),
    warn: write('warning'),
    error: write('error'),
    append: (value: string) => channel.append(value),
    appendLine: (value: string) => channel.appendLine(value),
    replace: (value: string) => channel.replace(value),
    clear: () => channel.clear(),
    show: (columnOrPreserve?: vscode.ViewColumn | boolean, preserveFocus?: boolean) =>
      typeof columnOrPreserve === 'boolean' ? channel.show(columnOrPreserve) : channel.show(columnOrPreserve, preserveFocus),
    hide: () => channel.hide(),
    dispose: () => {
      levelChanged.dispose();
      channel.dispose();
    },
  };
}
