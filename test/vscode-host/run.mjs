#!/usr/bin/env node
/**
 * Runs an extension test suite inside a real VS Code (code-server + headless Chromium) and exits with its code.
 * It takes the command line that @vscode/test-electron's runTests gives a VS Code executable (through code-shim.sh):
 *
 *   run.mjs [--extensionDevelopmentPath=DIR] --extensionTestsPath=FILE [--govreport-vsix=FILE.vsix] [WORKSPACE]
 *
 * The workspace folder is copied into a throw-away folder first, so tests never touch the repository. With
 * --govreport-vsix the .vsix is installed into a fresh extensions folder (`code-server --install-extension`) and
 * extensionDevelopmentPath is dropped from the payload: the suite then runs against the packaged extension.
 * Options VS Code itself would take (--no-sandbox, --user-data-dir=…, --disable-updates, …) are ignored: the
 * profile is always a fresh one. Every environment variable reaches the extension host and the language server.
 *
 * Exit code: the suite's (0 or 1); 2 when the workbench crashed or the run timed out (GOVREPORT_E2E_TIMEOUT ms,
 * default 6 minutes), with the tail of code-server's log.
 */
import { format } from 'node:util';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureHost, withSession } from './host.mjs';

function parseArgs(argv) {
  const options = { folder: undefined, extensionDevelopmentPath: undefined, extensionTestsPath: undefined, vsix: undefined };
  const valued = { '--extensionDevelopmentPath': 'extensionDevelopmentPath', '--extensionTestsPath': 'extensionTestsPath', '--govreport-vsix': 'vsix' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const [name, inline] = arg.split(/=(.*)/s, 2);
      if (name in valued) options[valued[name]] = inline ?? argv[++i];
      // Anything else is a VS Code option we do not need (profile, sandbox, update flags).
    } else if (!options.folder) {
      options.folder = arg;
    }
  }
  if (!options.extensionTestsPath) throw new Error('run.mjs: --extensionTestsPath is required');
  if (!options.vsix && !options.extensionDevelopmentPath) throw new Error('run.mjs: --extensionDevelopmentPath or --govreport-vsix is required');
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const hostDir = ensureHost();
  const timeout = Number(process.env.GOVREPORT_E2E_TIMEOUT) || 6 * 60_000;
  return withSession({ hostDir }, async (session) => {
    const startedAt = Date.now();
    if (options.folder) {
      if (!existsSync(options.folder)) throw new Error(`No workspace folder ${options.folder}`);
      cpSync(options.folder, session.dirs.workspace, { recursive: true });
    }
    if (options.vsix) {
      console.log(`[vscode-host] installing ${options.vsix} into a fresh extensions folder`);
      session.installVsix(resolve(options.vsix));
    }
    await session.start();
    const page = await session.launchBrowser();

    let settle;
    const done = new Promise((r) => { settle = r; });
    // The workbench reports the suite's end through window.codeAutomationExit and its output through
    // window.codeAutomationLog, as in VS Code's own browser integration tests.
    await page.exposeFunction('codeAutomationExit', (code) => settle({ code: Number(code) }));
    let spoke = false;
    // The fail check expects one failure: its mocha report (with the client's stack trace) is kept back and only
    // summed up, so the log shows no stack trace for a failure that is the point of the run.
    const expectFailure = process.env.GOVREPORT_E2E_EXPECT_FAILURE === '1';
    const heldBack = [];
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      spoke = true;
      const parts = Array.isArray(args) ? args : [args];
      const text = format(...parts);
      if (NOISE.some((pattern) => pattern.test(text))) return;
      if (expectFailure) {
        heldBack.push(text);
        return;
      }
      const write = typeof console[type] === 'function' ? console[type] : console.log;
      write(...parts);
    });
    page.on('crash', () => settle({ code: 2, reason: 'the workbench page crashed' }));
    if (process.env.GOVREPORT_E2E_VERBOSE) page.on('console', (m) => console.log(`[workbench ${m.type()}] ${m.text()}`));
    const timer = setTimeout(() => settle({ code: 2, reason: `no result within ${timeout / 1000} s` }), timeout);
    // A suite that has not said a word after two minutes never started (wrong path, no extension host).
    const startTimer = setTimeout(() => { if (!spoke) settle({ code: 2, reason: 'the suite did not start within 120 s' }); }, 120_000);

    // The workbench runs extensionTestsPath only in an extension-development window (isExtensionDevTestFromCli =
    // isExtensionDevelopment && extensionTestsLocationURI), so the installed-.vsix run still names a development
    // path: an empty folder, which contributes no extension. The extension then comes from dirs.extensions only.
    const developmentPath = options.vsix ? join(session.dirs.root, 'no-development-extension') : resolve(options.extensionDevelopmentPath);
    if (options.vsix) mkdirSync(developmentPath);
    const url = session.workbenchUrl(session.dirs.workspace, {
      extensionDevelopmentPath: developmentPath,
      extensionTestsPath: resolve(options.extensionTestsPath),
    });
    await page.goto(url);
    const result = await done;
    clearTimeout(timer);
    clearTimeout(startTimer);
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    if (result.reason) {
      console.error(`[vscode-host] ${result.reason}\n${session.logTail()}`);
    } else if (result.code !== 0 && !expectFailure) {
      console.error(session.logTail(30));
    }
    if (expectFailure) {
      const failure = heldBack.find((line) => /failed:|Error:/.test(line))?.split('\n').find((l) => /failed|Error/.test(l))?.trim() ?? '(no failure reported)';
      const counts = heldBack.find((line) => /^\d+ passed, \d+ failed/.test(line.trim()))?.trim() ?? '';
      console.log(`[vscode-host] the expected failure: ${failure}${counts ? ` (${counts})` : ''}`);
    }
    console.log(`[vscode-host] suite finished with exit code ${result.code} in ${seconds} s`);
    return result.code;
  });
}

/** Lines the workbench prints on every run that say nothing about the suite. */
const NOISE = [
  /^Ignoring fetching additional builtin extensions from gallery/,
  /^Updating additional builtin extensions cache/,
  /^ChatSessionStore: Migrating/,
  /^Creating a socket \(/,
  /^Resolved connection token/,
  /^\[Service Worker\] registered/,
];

main().then(
  (code) => { process.exitCode = code; },
  (error) => { console.error(`[vscode-host] ${error instanceof Error ? error.stack : error}`); process.exitCode = 2; },
);
