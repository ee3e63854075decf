// Reading on worker threads, for the CLI (`--jobs N`) and the language server: the analysis' Reader over
// a pool of threads that each run readerWorker.ts. The main thread keeps the texts; a worker gets one
// document at a time, so a read cancelled before its turn never reaches a worker.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { inProcessReader, type Reader, type ReadRequest } from '../analysis/reader';
import type { Reading } from '../analysis/types';
import type { ReadMessage, ReadReply } from './readerWorker';

export interface ReaderPool extends Reader {
  /** Worker threads; 0 when documents are read on the calling thread. */
  readonly size: number;
  /** Starts the threads now rather than at the first read (they load the reading code meanwhile). */
  warm(): void;
  /** Ends the threads; reads not done reject. */
  close(): Promise<void>;
}

/** The number of threads the machine can run at once: the default `--jobs`. */
export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** The worker script beside this module: server/out/node/readerWorker.js, or dist/readerWorker.js beside a bundle. */
export function workerScript(): string | undefined {
  return [path.join(__dirname, 'readerWorker.js'), path.join(__dirname, 'node', 'readerWorker.js')].find((file) => fs.existsSync(file));
}

interface Task {
  request: ReadRequest;
  signal?: AbortSignal;
  resolve(reading: Reading): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  task?: Task & { id: number };
  /** Documents read by this thread. */
  read: number;
}

/**
 * A thread is replaced by a fresh one after this many documents: the reading code remembers what it
 * computed per word, and that memory grows with every new word a large folder brings (one set per thread).
 */
export const DOCUMENTS_PER_THREAD = 2000;

/** `size` worker threads read; with none (or no worker script found) documents are read on the calling thread. */
export function createReaderPool(size: number, script = workerScript(), documentsPerThread = DOCUMENTS_PER_THREAD): ReaderPool {
  const jobs = Math.floor(size);
  if (jobs < 1 || !script) return { ...inProcessReader, size: 0, warm: () => undefined, close: async () => undefined };
  const queue: Task[] = [];
  const threads: Thread[] = [];
  let nextId = 0;
  let closed = false;

  const spawn = (): Thread => {
    const thread: Thread = { worker: new Worker(script), read: 0 };
    thread.worker.unref();
    thread.worker.on('message', (reply: ReadReply) => {
      const task = thread.task;
      if (!task || task.id !== reply.id) return;
      thread.task = undefined;
      if ('error' in reply) task.reject(new Error(reply.error));
      else task.resolve({ ...(reply.reading as unknown as Omit<Reading, 'text'>), text: task.request.text } as Reading);
      if (++thread.read >= documentsPerThread) retire(thread);
      dispatch();
    });
    // A thread that dies (out of memory, a crash in the reading) fails its document only; a new thread takes its place.
    const replace = (error: Error) => {
      const task = thread.task;
      thread.task = undefined;
      const index = threads.indexOf(thread);
      if (index < 0) return;
      if (closed) threads.splice(index, 1);
      else threads[index] = spawn();
      task?.reject(error);
      dispatch();
    };
    thread.worker.on('error', replace);
    thread.worker.on('exit', (code) => replace(new Error(`the reader thread stopped (exit code ${code})`)));
    return thread;
  };

  /** Puts a fresh thread in the place of an idle one that has read its share; the old one ends. */
  const retire = (thread: Thread) => {
    const index = threads.indexOf(thread);
    if (index < 0 || closed) return;
    threads[index] = spawn();
    thread.worker.removeAllListeners('exit');
    thread.worker.removeAllListeners('error');
    thread.worker.on('error', () => undefined);
    void thread.worker.terminate();
  };

  const dispatch = () => {
    for (const thread of threads) {
      if (thread.task) continue;
      let task = queue.shift();
      while (task?.signal?.aborted) {
        task.reject(abortError());
        task = queue.shift();
      }
      if (!task) return;
      const id = nextId++;
      thread.task = { ...task, id };
      const message: ReadMessage = { id, text: task.request.text, options: task.request.options };
      thread.worker.postMessage(message);
    }
  };

  // Threads start with the first read: a load that finds everything in the store, or nothing to read, starts none.
  const start = () => {
    while (threads.length < jobs) threads.push(spawn());
  };

  return {
    size: jobs,
    concurrency: 2 * jobs,
    warm: start,
    read(request, signal) {
      if (closed) return Promise.reject(new Error('the reader pool is closed'));
      if (signal?.aborted) return Promise.reject(abortError());
      start();
      return new Promise<Reading>((resolve, reject) => {
        queue.push({ request, signal, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new Error('the reader pool is closed'));
      await Promise.all(threads.map((thread) => thread.worker.terminate()));
    },
  };
}

function abortError(): Error {
  const error = new Error('the read was cancelled');
  error.name = 'AbortError';
  return error;
}
