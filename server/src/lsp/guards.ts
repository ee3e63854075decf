// Every handler of the language server runs guarded: an exception is logged and answered (a fallback, or an error for
// that request only), never a crash, and a request the client cancelled before it ran is not done.
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

/**
 * Faults injected for the fault tests only: CROSSCHECK_FAULTS=hover,analysis makes those handlers throw (a fault
 * must stay in its handler); slow:<name> makes one hold the server for 3 s (what the editor cancels meanwhile
 * must not be done after). Unset, nothing is injected.
 */
const INJECTED_FAULTS = new Set((process.env.CROSSCHECK_FAULTS ?? '').split(',').filter(Boolean));

function injectFault(name: string): void {
  if (INJECTED_FAULTS.has(`slow:${name}`)) for (const until = Date.now() + 3000; Date.now() < until; );
  if (INJECTED_FAULTS.has(name)) throw new Error(`fault injected into ${name} (CROSSCHECK_FAULTS)`);
}

/** The answer to a request the client cancelled. */
export function cancelled(name: string): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, `Crosscheck: ${name} was cancelled`);
}

export interface Guards {
  /** Runs a handler; an exception is logged and answered with `fallback`, never a crash. */
  guard<P, R>(name: string, fallback: R, handler: (params: P) => R): (params: P) => R;
  /** Runs an asynchronous pass; an exception is logged (unless the server is stopping), never a crash. */
  guardAsync(name: string, pass: () => Promise<void>): Promise<void>;
  /**
   * Runs a request handler. A request the client cancelled before it ran is answered RequestCancelled without
   * the work; an exception answers that request with an error (and is logged) while the server goes on.
   */
  guardRequest<P, R>(name: string, handler: (params: P, token: CancellationToken) => R): (params: P, token: CancellationToken) => R | ResponseError<void>;
  logError(what: string, error: unknown): void;
}

/** `log`: the client's log (errors); `stopping`: the server is shutting down. */
export function createGuards(log: (message: string) => void, stopping: AbortSignal): Guards {
  const logError = (what: string, error: unknown): void => log(`Crosscheck: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return {
    logError,
    guard: (name, fallback, handler) => (params) => {
      try {
        injectFault(name);
        return handler(params);
      } catch (error) {
        logError(name, error);
        return fallback;
      }
    },
    async guardAsync(name, pass) {
      try {
        injectFault(name);
        await pass();
      } catch (error) {
        if (!stopping.aborted) logError(name, error);
      }
    },
    guardRequest: (name, handler) => (params, token) => {
      if (token.isCancellationRequested) return cancelled(name);
      try {
        injectFault(name);
        return handler(params, token);
      } catch (error) {
        logError(name, error);
        return new ResponseError(ErrorCodes.InternalError, `Crosscheck: ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
