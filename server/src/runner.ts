/**
 * The one shape of every request handler (after css-language-features' runner): refuse requests outside the
 * server's lifetime, honour cancellation, never throw. An error is logged with the document's URI and the handler
 * answers its empty value instead.
 */
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

export type Log = (message: string) => void;

export function cancelled(): ResponseError<never> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

/**
 * Where the server is in its lifetime. LSP: before `initialize` a request is answered with ServerNotInitialized
 * (-32002); after `shutdown`, with InvalidRequest.
 */
export class Lifecycle {
  state: 'uninitialized' | 'running' | 'shutdown' = 'uninitialized';

  /** The error a request gets now, or undefined while the server runs. */
  refusal(): ResponseError<never> | undefined {
    if (this.state === 'uninitialized') return new ResponseError(ErrorCodes.ServerNotInitialized, 'The server has not been initialized');
    if (this.state === 'shutdown') return new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down');
    return undefined;
  }
}

export async function runSafe<T>(
  log: Log,
  label: string,
  uri: string | undefined,
  token: CancellationToken | undefined,
  empty: T,
  run: () => T | Promise<T>,
  lifecycle?: Lifecycle,
): Promise<T | ResponseError<never>> {
  const refusal = lifecycle?.refusal();
  if (refusal) return refusal;
  if (token?.isCancellationRequested) return cancelled();
  try {
    const result = await run();
    return token?.isCancellationRequested ? cancelled() : result;
  } catch (error) {
    if (error instanceof CancelledError) return cancelled();
    log(`${label} failed for ${uri ?? '(no document)'}: ${describe(error)}`);
    return empty;
  }
}

/** For notification handlers: log with the URI, never let an error escape. */
export function runSafeNotification(log: Log, label: string, uri: string | undefined, run: () => unknown): void {
  try {
    const result = run();
    if (result instanceof Promise) result.catch((error: unknown) => log(`${label} failed for ${uri ?? '(no document)'}: ${describe(error)}`));
  } catch (error) {
    log(`${label} failed for ${uri ?? '(no document)'}: ${describe(error)}`);
  }
}

/** Thrown by `delay` when the token fires; `runSafe` turns it into a RequestCancelled response. */
export class CancelledError extends Error {}

/** Waits `ms`; rejects with CancelledError as soon as the token is cancelled. */
export function delay(ms: number, token?: CancellationToken): Promise<void> {
  if (token?.isCancellationRequested) return Promise.reject(new CancelledError());
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const listener = token?.onCancellationRequested(() => {
      clearTimeout(timer);
      reject(new CancelledError());
    });
    const timer = setTimeout(() => {
      listener?.dispose();
      resolve();
    }, ms);
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
