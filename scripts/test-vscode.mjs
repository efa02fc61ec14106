// `npm run test:vscode`: the extension in a real VS Code (code-server 4.100.3 + headless Debian Chromium, see
// test/vscode-host/). Ends with one line `N passed, N failed`; exits non-zero on any failure.
//
//   node scripts/test-vscode.mjs [step ...]      steps: package dev vsix fail-check node (default: all, in order)
//
//   package     npm run package into out/e2e/ (production bundles, .vsix), then the development bundles again
//   dev         the integration suite (test/e2e/suite) against the development folder
//   vsix        the same suite against the .vsix, installed into a fresh extensions folder
//   fail-check  with GOVREPORT_LS_FAIL=1 (the server exits at start) one focused test must fail the run
//   node        Node-side tests of test/e2e/node: the .vsix contents, the workbench in two languages, the UI smoke test
//               (screenshot), and a commented .docx opened by LibreOffice (its picture)
//
// The suite runs through @vscode/test-electron's runTests with test/vscode-host/code-shim.sh as the "VS Code
// executable"; each test counts once. The fail check and each Node-side test count once too.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Mocha from 'mocha';
import { ensureHost } from '../test/vscode-host/host.mjs';
import { ROOT } from './vsix.mjs';

const require = createRequire(import.meta.url);
const { runTests } = require('@vscode/test-electron');

const STEPS = ['package', 'dev', 'vsix', 'fail-check', 'node'];
const requested = process.argv.slice(2);
for (const step of requested) if (!STEPS.includes(step)) throw new Error(`Unknown step ${step}; steps: ${STEPS.join(' ')}`);
const steps = requested.length ? requested : STEPS;

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const OUT = join(ROOT, 'out', 'e2e');
const VSIX = join(OUT, `${manifest.name}-${manifest.version}.vsix`);
const SHIM = join(ROOT, 'test', 'vscode-host', 'code-shim.sh');
const SUITE = join(ROOT, 'out', 'test', 'e2e', 'suite', 'index');
const WORKSPACE = join(ROOT, 'test', 'e2e', 'workspace');

/** One row per step for the summary; counts for the final line. */
const summary = [];
const totals = { passed: 0, failed: 0 };
const time = (started) => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const banner = (text) => console.log(`\n== ${text}`);

// Ctrl+C or a CI timeout: exit, and host.mjs's exit handler kills every code-server process group.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function sh(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? result.status ?? result.signal})`);
}

/** A step that is not a test of its own (install, build): a failure counts as one failed test. */
async function setup(name, fn) {
  banner(name);
  const started = Date.now();
  try {
    await fn();
    summary.push([name, 'ok', time(started)]);
    return true;
  } catch (error) {
    console.error(`${name} failed: ${error instanceof Error ? error.message : error}`);
    summary.push([name, 'FAILED', time(started)]);
    totals.failed++;
    return false;
  }
}

/** Runs the suite in code-server through runTests; returns the exit code and the suite's own counts. */
async function runSuite(name, { launchArgs = [], env = {} } = {}) {
  const results = join(OUT, `${name.replace(/[^\w-]+/g, '-')}.results.json`);
  rmSync(results, { force: true });
  let code = 0;
  try {
    await runTests({
      vscodeExecutablePath: SHIM,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: SUITE,
      launchArgs: [...launchArgs, WORKSPACE],
      extensionTestsEnv: { ...env, GOVREPORT_E2E_RESULTS: results },
    });
  } catch (error) {
    code = error?.code ?? 2; // TestRunFailedError carries the exit code
  }
  const counts = existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : undefined;
  return { code, counts };
}

async function suiteStep(name, options) {
  banner(`suite: ${name}`);
  const started = Date.now();
  const { code, counts } = await runSuite(name, options);
  if (!counts) {
    console.error(`suite ${name}: no results (exit code ${code})`);
    totals.failed++;
    summary.push([`suite: ${name}`, `did not run (exit ${code})`, time(started)]);
    return;
  }
  totals.passed += counts.passes;
  totals.failed += counts.failures;
  // A suite that reports no failure but exits non-zero (the extension host crashed afterwards) still fails.
  if (counts.failures === 0 && code !== 0) totals.failed++;
  summary.push([`suite: ${name}`, `${counts.passes} passed, ${counts.failures} failed (exit ${code})`, time(started)]);
}

async function failCheck() {
  banner('fail check: GOVREPORT_LS_FAIL=1 must fail the suite');
  const started = Date.now();
  const { code, counts } = await runSuite('fail-check', {
    env: {
      GOVREPORT_LS_FAIL: '1',
      GOVREPORT_E2E_FILES: 'activation',
      GOVREPORT_E2E_GREP: 'language server answers',
      GOVREPORT_E2E_EXPECT_FAILURE: '1',
    },
  });
  // Exit code 1 is the suite's own failure; 2 would be a crash or timeout of the runner, which proves nothing.
  const ok = code === 1 && counts?.failures === 1 && counts.passes === 0;
  if (ok) totals.passed++;
  else totals.failed++;
  const what = counts ? `${counts.passes} passed, ${counts.failures} failed` : 'no results';
  console.log(`fail check: the suite exited with ${code} (${what}) — ${ok ? 'as expected' : 'EXPECTED exit 1 with one failed test'}`);
  summary.push(['fail check (server cannot start)', ok ? 'ok: the suite failed' : `FAILED: exit ${code}, ${what}`, time(started)]);
}

async function nodeTests() {
  banner('node: .vsix contents, languages, UI smoke test, LibreOffice');
  const started = Date.now();
  process.env.GOVREPORT_VSIX = VSIX;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 120_000, color: !process.env.CI });
  const dir = join(ROOT, 'test', 'e2e', 'node');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).sort()) mocha.addFile(join(dir, file));
  await mocha.loadFilesAsync();
  const stats = await new Promise((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats));
  });
  totals.passed += stats.passes;
  totals.failed += stats.failures;
  summary.push(['node tests', `${stats.passes} passed, ${stats.failures} failed`, time(started)]);
}

const allStarted = Date.now();
mkdirSync(OUT, { recursive: true });
let ready = await setup('install the VS Code host', () => ensureHost());
if (ready && steps.includes('package')) {
  ready = await setup('package', () => sh(process.execPath, ['scripts/package.mjs', '--out', VSIX]));
}
if (ready) {
  // package.mjs left production bundles; the development folder runs the development build. tsc compiles the suite.
  ready = await setup('build', () => {
    sh(process.execPath, ['esbuild.mjs']);
    sh(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-b']);
  });
}
if (ready && (steps.includes('vsix') || steps.includes('node')) && !existsSync(VSIX)) {
  ready = await setup('package (needed by the vsix and node steps)', () => { throw new Error(`${VSIX} is missing: run the package step`); });
}
if (ready) {
  if (steps.includes('dev')) await suiteStep('development folder');
  if (steps.includes('vsix')) await suiteStep('installed .vsix', { launchArgs: [`--govreport-vsix=${VSIX}`], env: { GOVREPORT_E2E_INSTALLED: '1' } });
  if (steps.includes('fail-check')) await failCheck();
  if (steps.includes('node')) await nodeTests();
}

banner(`summary (${time(allStarted)})`);
for (const [name, result, duration] of summary) console.log(`  ${name.padEnd(36)} ${result.padEnd(40)} ${duration}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 || totals.passed === 0 ? 1 : 0;
