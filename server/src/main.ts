/**
 * Entry of the bundled language server (`server/dist/server.js`). Transport only: `createConnection` picks
 * `--node-ipc`, `--stdio` or `--socket=` from argv; everything else lives in `startServer` (server.ts).
 *
 * GOVREPORT_LS_FAIL=1 makes the process exit(1) before it connects. The real-VS-Code test suite sets it to prove
 * that a server that fails to start makes the suite fail (test/server also checks the exit code).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { inspect } from 'node:util';
import { startServer } from './server';

if (process.env.GOVREPORT_LS_FAIL === '1') {
  process.stderr.write('govreport language server: GOVREPORT_LS_FAIL=1, exiting on purpose\n');
  process.exit(1);
}

const connection = createConnection(ProposedFeatures.all);
// With --stdio, stdout is the protocol: anything printed there would corrupt it.
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.info = (...args: unknown[]) => connection.console.info(args.map(String).join(' '));
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${inspect(reason)}`));
process.on('uncaughtException', (error) => connection.console.error(`Uncaught exception: ${inspect(error)}`));

startServer(connection);
