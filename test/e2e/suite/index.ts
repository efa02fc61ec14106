/**
 * Entry of the integration suite: VS Code's extension host requires this module (extensionTestsPath) and awaits
 * `run()`. Every `*.test.js` beside it runs, in name order — a feature adds its tests by adding a file.
 *
 * Filters (environment, passed from the runner through code-server to the extension host):
 *   GOVREPORT_E2E_FILES=activation,numbering   only files whose name contains one of these words
 *   GOVREPORT_E2E_GREP=pattern                 mocha's grep on full test titles
 *   GOVREPORT_E2E_RESULTS=/path/results.json   also write the counts and each test's state there
 *
 * The workbench runs in VS Code's own locale, English, where `govreport.language` `auto` gives English findings. The
 * suite reads the findings a Chinese drafter reads: it sets `govreport.language` to `zh-cn` before its first test
 * (language.test.ts switches it and back; test/e2e/node/language.test.mjs tests the locales themselves).
 *
 * Ends with one line `N passed, N failed` and rejects when a test failed, so the workbench exits with code 1.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export async function run(): Promise<void> {
  await vscode.workspace.getConfiguration('govreport').update('language', 'zh-cn', vscode.ConfigurationTarget.Global);
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec' });
  if (process.env.GOVREPORT_E2E_GREP) mocha.grep(process.env.GOVREPORT_E2E_GREP);
  const only = (process.env.GOVREPORT_E2E_FILES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
    .sort();
  for (const name of files) mocha.addFile(path.join(__dirname, name));

  const results: { title: string; state: string; error?: string }[] = [];
  return new Promise((resolve, reject) => {
    if (files.length === 0) {
      reject(new Error(`No test files match GOVREPORT_E2E_FILES=${process.env.GOVREPORT_E2E_FILES}`));
      return;
    }
    const runner = mocha.run((failures) => {
      const passes = runner.stats?.passes ?? 0;
      const pending = runner.stats?.pending ?? 0;
      console.log(`${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
      if (process.env.GOVREPORT_E2E_RESULTS) {
        writeFileSync(process.env.GOVREPORT_E2E_RESULTS, JSON.stringify({ passes, failures, pending, tests: results }, null, 2));
      }
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
    runner.on('pass', (test) => results.push({ title: test.fullTitle(), state: 'passed' }));
    runner.on('fail', (test, error: Error) => results.push({ title: test.fullTitle(), state: 'failed', error: error?.message }));
    runner.on('pending', (test) => results.push({ title: test.fullTitle(), state: 'pending' }));
  });
}
