/** An error caused by the user's input (config, files): printed as a message, never with a stack. */
export class UserError extends Error {}

/** A mistake on the command line: the message is followed by a pointer to --help. */
export class UsageError extends UserError {}

/** The message for an error that is not the user's fault (a bug): the stack only with GOVREPORT_LINT_DEBUG set. */
export function internalErrorMessage(error: unknown, context?: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const stack = process.env.GOVREPORT_LINT_DEBUG && error instanceof Error ? `\n${error.stack}` : '';
  return `内部错误 (internal error)${context ? `：${context}` : ''}：${message}${stack}`;
}
