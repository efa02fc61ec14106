// Demo: drives the real bundled language server (server/dist/server.js --stdio) the way an editor does, over
// each sample draft, and prints its diagnostics per file plus a count per rule. `npm run demo` builds first.
//
//   node scripts/demo.mjs                 the sample drafts: ../shared/samples, else the repository's samples/
//   node scripts/demo.mjs a.txt b.md      any files (.md is linted in Markdown mode)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
// vscode-jsonrpc is the JSON-RPC library vscode-languageserver is built on (installed with it).
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const serverJs = join(root, 'server', 'dist', 'server.js');
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

function sampleFiles() {
  const args = process.argv.slice(2);
  if (args.length > 0) return args.map((a) => resolve(a));
  const shared = resolve(root, '..', 'shared', 'samples');
  const dir = existsSync(shared) ? shared : join(root, 'samples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
}

async function main() {
  if (!existsSync(serverJs)) {
    console.error(`${serverJs} is missing: run \`npm run build\` (or \`npm run demo\`, which builds first).`);
    process.exit(2);
  }
  const files = sampleFiles();
  if (files.length === 0) {
    console.error('No sample drafts found.');
    process.exit(2);
  }

  const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const exited = new Promise((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null)); // defaults
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onNotification('window/logMessage', () => {});
  connection.listen();

  const init = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    clientInfo: { name: 'govreport demo' },
    capabilities: {
      workspace: { configuration: true },
      textDocument: { diagnostic: {}, publishDiagnostics: { relatedInformation: true } },
    },
    initializationOptions: { lintDelay: 0 },
  });
  await connection.sendNotification('initialized', {});
  console.log(`${init.serverInfo?.name ?? 'server'} ${init.serverInfo?.version ?? ''} — ${files.length} file(s)\n`);

  const perRule = new Map();
  let total = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const uri = pathToFileURL(file).href;
    const languageId = extname(file).toLowerCase() === '.md' ? 'markdown' : 'govreport';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    const started = performance.now();
    const report = await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    const ms = performance.now() - started;
    const items = report.kind === 'full' ? report.items : [];
    console.log(`${basename(file)} — ${items.length} problem(s), ${text.length} characters, ${ms.toFixed(0)} ms`);
    for (const d of items) {
      const where = `${basename(file)}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      console.log(`  ${where} ${SEVERITY[d.severity] ?? 'info'} ${d.code} ${d.message}`);
      for (const r of d.relatedInformation ?? []) {
        console.log(`      ↳ ${r.location.range.start.line + 1}:${r.location.range.start.character + 1} ${r.message}`);
      }
      perRule.set(d.code, (perRule.get(d.code) ?? 0) + 1);
      total++;
    }
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    console.log('');
  }

  console.log('Summary per rule:');
  for (const [rule, count] of [...perRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    console.log(`  ${rule.padEnd(24)} ${count}`);
  }
  console.log(`  ${'total'.padEnd(24)} ${total}`);

  await connection.sendRequest('shutdown', null);
  await connection.sendNotification('exit');
  const code = await exited;
  connection.dispose();
  if (code !== 0) {
    console.error(`The server exited with code ${code}.`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
