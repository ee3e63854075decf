// A reader thread of the pool (readerPool.ts): reads the documents it is sent and checks the stories it is
// sent, one at a time. A reading goes back without its text, which the main thread already holds; a
// story's check sends back its findings only. The pool sends the next task before this one is done, so
// that the thread never waits for the main thread between two; tasks are queued here and run one per
// turn of the event loop, so that a cancellation sent meanwhile is seen before the cancelled task's turn.
import { parentPort, workerData } from 'worker_threads';
import { defaultConfig, type Config } from '../analysis/config';
import { checkStory, type PackedReading } from '../analysis/reader';
import { afterCheck } from './checkGarbage';
import { unpackedRequest } from './packedReadings';
import { readArticle, type ReadOptions } from '../analysis/read/readArticle';
import type { Finding, Reading } from '../analysis/types';
import { traceStart } from './startTrace';

/** A story's check; `collect` in a check run: the thread collects its checks' garbage as it goes (node/checkGarbage.ts). */
type Task = { id: number; text: string; options: ReadOptions } | { id: number; readings: Reading[]; packed?: PackedReading[]; config: Config; collect?: boolean };

export type ReadMessage = Task | { id: number; cancel: true };

export type ReadReply =
  | { id: number; reading: Record<string, unknown> }
  | { id: number; findings: Finding[] }
  | { id: number; error: string }
  | { id: number; cancelled: true };

/** What the pool tells a thread as it starts: `loadModels` false for a thread that is to check only (readerPool.ts). */
export interface ReaderThreadData {
  loadModels: boolean;
}

// The models load on the first reading: do it now, while the main thread lists the folder; a thread started to check
// only leaves them to its first reading, if any.
traceStart('thread started');
if ((workerData as ReaderThreadData | undefined)?.loadModels !== false) {
  readArticle('Ready.', { uri: 'warm-up', version: 0, source: 'warm-up', tolerances: defaultConfig().tolerances });
  traceStart('models loaded');
}

const queue: Task[] = [];
let scheduled = false;

parentPort?.on('message', (message: ReadMessage) => {
  if ('cancel' in message) {
    const at = queue.findIndex((task) => task.id === message.id);
    if (at >= 0) {
      queue.splice(at, 1);
      parentPort!.postMessage({ id: message.id, cancelled: true } satisfies ReadReply);
    }
    return;
  }
  queue.push(message);
  schedule();
});

function schedule(): void {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  setImmediate(runNext);
}

function runNext(): void {
  scheduled = false;
  const task = queue.shift();
  if (!task) return;
  let reply: ReadReply;
  try {
    if ('readings' in task) reply = { id: task.id, findings: checkStory(unpackedRequest(task)) };
    else {
      const { text: _text, ...reading } = readArticle(task.text, task.options);
      reply = { id: task.id, reading };
    }
  } catch (error) {
    reply = { id: task.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
  if ('readings' in task && task.collect) afterCheck();
  schedule();
}
