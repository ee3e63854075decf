// The server's start, step by step, on stderr when CROSSCHECK_TRACE_START is set: where the time from process start to
// the open file's first findings goes (`scripts/bench/serverTimings.mjs --trace`). Milliseconds since the process
// started (a worker thread's clock has the same origin). Unset, nothing is written.
import { performance } from 'perf_hooks';
import { threadId } from 'worker_threads';

const tracing = (process.env.CROSSCHECK_TRACE_START ?? '') !== '';

export function traceStart(step: string): void {
  if (tracing) process.stderr.write(`crosscheck-start ${performance.now().toFixed(0)} ${threadId === 0 ? 'main' : `thread ${threadId}`}: ${step}\n`);
}
