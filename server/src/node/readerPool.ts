// Reading on worker threads, for the CLI (`--jobs N`) and the language server: the analysis' Reader over
// a pool of threads that each run readerWorker.ts. The main thread keeps the texts; a worker gets a
// few documents at a time (DOCUMENTS_AHEAD), and a read cancelled before its turn is dropped, here or there.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { checkStory, inProcessReader, type CheckRequest, type Reader, type ReadRequest } from '../analysis/reader';
import { unpackedRequest } from './packedReadings';
import { readArticle } from '../analysis/read/readArticle';
import { forgetWordCaches } from '../analysis/read/caches';
import type { Finding, Reading } from '../analysis/types';
import type { ReadMessage, ReaderThreadData, ReadReply } from './readerWorker';
import { abortError, TaskQueue, type Task } from './readerQueue';
import { createStringPool, type StringPool } from './stringPool';
import './compilerTuning';

export { LARGE_STORY } from './readerQueue';

export interface ReaderPool extends Reader {
  /** Worker threads; 0 when documents are read on the calling thread only. */
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

type Sent = Task & {
  id: number;
  /** Removes the task's abort listener once it is settled. */
  forget(): void;
};

interface Thread {
  worker: Worker;
  /** Documents this thread has read, or been sent to read. */
  reads: number;
  /** Documents sent and not answered yet, in the order sent: the first is being read. */
  sent: Map<number, Sent>;
  /** Documents sent to this thread, answered or not. */
  given: number;
}

/**
 * A thread is replaced by a fresh one after this many documents: the reading code remembers what it
 * computed per word, and that memory grows with every new word a large folder brings (one set per thread).
 */
export const DOCUMENTS_PER_THREAD = 2000;

/**
 * Tasks a thread holds at once: the one it works on and the next, so that it starts the next as soon as it is
 * done rather than after the main thread has taken its reply and sent another (the main thread may be busy
 * giving texts to the story index). Not more: a task sent to a thread is done in turn, so the open article's
 * story, read first once the folder is listed, waits behind what the threads hold. On polnear, start -> the open
 * article's findings across articles (load average ~12): 6.4 s holding 1, 8.2 s holding 2, 11-12 s holding 4
 * (7.3 s before, when each story was checked on the main thread).
 */
export const DOCUMENTS_AHEAD = 2;

/**
 * The CLI's readers: `jobs` threads that read and check, the calling thread one of them (it has little else to do
 * but give texts to the story index). One worker fewer is one V8 isolate fewer
 * compiling the reading code and loading the models, and fewer readings cloned between threads (docs/speed.md).
 */
export function createCheckReaders(jobs: number): ReaderPool {
  return createReaderPool(Math.floor(jobs) - 1, workerScript(), DOCUMENTS_PER_THREAD, undefined, true, true);
}

/**
 * `size` worker threads read; with none (or no worker script found) documents are read on the calling thread. `heapMb`
 * bounds a thread's old generation (tests; unbounded by default: at 256 MB, checks of 100-225 articles ran out of memory
 * on gen10k and went to the main thread, see docs/speed.md). With `callingThreadToo`, the calling thread reads one
 * document at a time as well, whenever every worker holds its DOCUMENTS_AHEAD: for a host whose thread is otherwise idle
 * (the CLI), not for one that must keep answering (the server).
 *
 * With `checkRun` (the CLI, whose load queues every story's check once the folder is read), the checks are taken
 * largest first, one story of LARGE_STORY articles or more at a time, and a thread that has read documents is
 * replaced by a fresh one before it takes a check when no document is left to read (`checkerFor`).
 */
export function createReaderPool(size: number, script = workerScript(), documentsPerThread = DOCUMENTS_PER_THREAD, heapMb?: number, callingThreadToo = false, checkRun = false): ReaderPool {
  const jobs = Math.floor(size);
  if (jobs < 1 || !script) return { ...inProcessReader, size: 0, warm: () => undefined, close: async () => undefined };
  return new ThreadPool(jobs, script, documentsPerThread, heapMb, callingThreadToo, checkRun);
}

class ThreadPool implements ReaderPool {
  readonly size: number;
  /** Enough reads in flight to keep every thread's documents ahead filled while the service handles replies. */
  readonly concurrency: number;
  /** The calling thread reads too (1) or not (0). */
  private here: number;
  /** Documents the calling thread has read, and the worker threads wanted (one more once it has read its share). */
  private givenHere = 0;
  private workers: number;
  private readonly queue: TaskQueue;
  private readonly threads: Thread[] = [];
  private nextId = 0;
  private closed = false;
  /**
   * The readings' repeated strings, one copy each (this thread keeps every reading). Not in a check run: it keeps a
   * reading only until its story is checked, and from PACK_FROM articles on packs it as soon as the story index has seen
   * it (service/documents.ts), so the copies would be made for nothing (3 % of the main thread's time at 10,000 articles).
   */
  private readonly strings: StringPool | undefined;
  /** The calling thread has a task scheduled (callingThreadToo). */
  private busyHere = false;
  /** The calling thread has read documents since it last let go of what reading keeps per word. */
  private wordsHere = false;
  /** Checks of LARGE_STORY articles or more running now (a check run). */
  private largeChecks = 0;

  constructor(
    jobs: number,
    private readonly script: string,
    private readonly documentsPerThread: number,
    private readonly heapMb: number | undefined,
    callingThreadToo: boolean,
    private readonly checkRun: boolean,
  ) {
    this.size = jobs;
    this.workers = jobs;
    this.here = callingThreadToo ? 1 : 0;
    this.concurrency = (DOCUMENTS_AHEAD + 1) * jobs + 2 * this.here;
    this.queue = new TaskQueue(checkRun);
    this.strings = checkRun ? undefined : createStringPool();
  }

  // Threads start with the first read: a load that finds everything in the store, or nothing to read, starts none.
  warm(): void {
    while (this.threads.length < this.workers) this.threads.push(this.spawn());
  }

  read(request: ReadRequest, signal?: AbortSignal): Promise<Reading> {
    return new Promise<Reading>((resolve, reject) => this.enqueue({ request, signal, resolve, reject }));
  }

  check(request: CheckRequest, signal?: AbortSignal): Promise<Finding[]> {
    return new Promise<Finding[]>((resolve, reject) => this.enqueue({ check: request, signal, resolve, reject }));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.takeAll()) task.reject(new Error('the reader pool is closed'));
    const ending = this.threads.splice(0);
    for (const thread of ending) {
      thread.worker.removeAllListeners('exit');
      thread.worker.removeAllListeners('error');
      thread.worker.on('error', () => undefined);
      for (const task of thread.sent.values()) {
        task.forget();
        task.reject(new Error('the reader pool is closed'));
      }
      thread.sent.clear();
    }
    await Promise.all(ending.map((thread) => thread.worker.terminate()));
  }

  private enqueue(task: Task): void {
    if (this.closed) return task.reject(new Error('the reader pool is closed'));
    if (task.signal?.aborted) return task.reject(abortError());
    this.warm();
    this.queue.add(task);
    this.dispatch();
  }

  /**
   * The calling thread reads no more (its share is read, or a check run checks now): what reading kept per word (about
   * 50 MB of heap and 90 MB of buffers after 2,000 generated articles) goes, instead of staying for the rest of the run.
   */
  private doneReadingHere(): void {
    if (this.wordsHere) forgetWordCaches();
    this.wordsHere = false;
  }

  /**
   * A thread that will read loads the tagger models as it starts (readerWorker.ts), while the calling thread lists the
   * folder; one spawned to check only does not (`loadModels` false): it would load them for nothing (0.3-1 s of CPU and
   * the models' memory, in a check run's fresh checking threads). A document sent to it later loads them then.
   */
  private spawn(loadModels = true): Thread {
    const options = { workerData: { loadModels } satisfies ReaderThreadData, ...(this.heapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } }) };
    const thread: Thread = { worker: new Worker(this.script, options), sent: new Map(), given: 0, reads: 0 };
    thread.worker.unref();
    thread.worker.on('message', (reply: ReadReply) => this.replied(thread, reply));
    thread.worker.on('error', (error) => this.replace(thread, error));
    thread.worker.on('exit', (code) => this.replace(thread, new Error(`the reader thread stopped (exit code ${code})`)));
    return thread;
  }

  private replied(thread: Thread, reply: ReadReply): void {
    const task = thread.sent.get(reply.id);
    if (!task) return;
    thread.sent.delete(reply.id);
    task.forget();
    if (this.queue.isLarge(task)) this.largeChecks--;
    if ('cancelled' in reply) task.reject(abortError());
    else if ('error' in reply) task.reject(new Error(reply.error));
    else if ('findings' in reply && 'check' in task) task.resolve(reply.findings);
    else if ('reading' in reply && 'request' in task) {
      const reading = reply.reading as unknown as Omit<Reading, 'text'>;
      task.resolve({ ...(this.strings ? this.strings.intern(reading) : reading), text: task.request.text } as Reading);
    }
    if (thread.given >= this.documentsPerThread && thread.sent.size === 0) this.retire(thread, !this.checkRun || this.queue.documentsWait());
    this.dispatch();
  }

  /**
   * A thread that dies (out of memory, a crash in the reading) fails the document it was reading only; the documents it
   * held after that go back to the queue, and a new thread takes its place.
   */
  private replace(thread: Thread, error: Error): void {
    const [reading, ...waiting] = thread.sent.values();
    thread.sent.clear();
    const index = this.threads.indexOf(thread);
    if (index < 0) return;
    if (this.closed) this.threads.splice(index, 1);
    else this.threads[index] = this.spawn();
    for (const task of [reading, ...waiting]) {
      task?.forget();
      if (task && this.queue.isLarge(task)) this.largeChecks--;
    }
    this.queue.putBack(waiting);
    // A document that needs more than a thread's bound (a huge or hostile text) is read on the calling thread, which
    // has none: a bound on memory must not skip a document. A story's check fails, and the service checks it itself.
    if (reading && 'request' in reading && (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      inProcessReader.read(reading.request).then(reading.resolve, reading.reject);
    } else reading?.reject(error);
    this.dispatch();
  }

  /**
   * Puts a fresh thread in the place of an idle one that has read its share (or that only checks now); the old one ends.
   * The fresh one loads the models at once when it is to read (`toRead`).
   */
  private retire(thread: Thread, toRead: boolean): Thread | undefined {
    const index = this.threads.indexOf(thread);
    if (index < 0 || this.closed) return undefined;
    const fresh = (this.threads[index] = this.spawn(toRead));
    thread.worker.removeAllListeners('exit');
    thread.worker.removeAllListeners('error');
    thread.worker.on('error', () => undefined);
    void thread.worker.terminate();
    return fresh;
  }

  /**
   * The thread that takes a check: this one, or, when it has read documents, holds no task and no document waits to be
   * read (a check-only run's checks, queued once the folder is read), a fresh thread in its place. What the reading
   * code keeps per word (about 90 MB a thread after 2,000 documents, heap and buffers) would stay beside the checks
   * until the run ends.
   */
  private checkerFor(thread: Thread): Thread {
    if (!this.checkRun || thread.reads === 0 || thread.sent.size > 0 || this.queue.documentsWait()) return thread;
    return this.retire(thread, false) ?? thread;
  }

  /** Sends a task to a thread; cancelling it afterwards asks the thread to drop it if it has not started it. */
  private send(thread: Thread, task: Task): void {
    const id = this.nextId++;
    const cancel = () => thread.worker.postMessage({ id, cancel: true } satisfies ReadMessage);
    task.signal?.addEventListener('abort', cancel, { once: true });
    thread.sent.set(id, { ...task, id, forget: () => task.signal?.removeEventListener('abort', cancel) });
    if (this.queue.isLarge(task)) this.largeChecks++;
    thread.given++;
    if (!('check' in task)) thread.reads++;
    thread.worker.postMessage(
      // A check run's threads collect their checks' garbage as they go (node/checkGarbage.ts); the server's keep V8's pace.
      ('check' in task
        ? { id, readings: task.check.readings, packed: task.check.packed, config: task.check.config, collect: this.checkRun }
        : { id, text: task.request.text, options: task.request.options }) satisfies ReadMessage,
    );
  }

  /**
   * Fills every thread up to DOCUMENTS_AHEAD, the least loaded first; a thread that has had its share gets no more.
   * Then the calling thread, if it reads too, takes the next document, in a turn of its own after the pending replies;
   * a story's check only when no document waits. While documents wait, the checks go to the workers, whose isolates
   * compile the checking code anyway (taking them here as well measured no better on the 840 PolNeAR texts, docs/speed.md);
   * at the end of a load the calling thread helps check what is left.
   */
  private dispatch(): void {
    for (;;) {
      let target: Thread | undefined;
      for (const thread of this.threads) {
        if (thread.sent.size >= DOCUMENTS_AHEAD || thread.given >= this.documentsPerThread) continue;
        if (!target || thread.sent.size < target.sent.size) target = thread;
      }
      if (!target) break;
      const task = this.queue.next(this.largeChecks > 0);
      if (!task) return;
      this.send('check' in task ? this.checkerFor(target) : target, task);
    }
    if (!this.here || this.busyHere || this.closed) return;
    // The calling thread cannot be replaced as a worker is after its share of documents, and what the reading code
    // keeps per word grows with each (peak RSS on 10,000 articles 2.2 → 3.2 GB): past its share it leaves the reading
    // to one more worker.
    if (this.givenHere >= this.documentsPerThread && this.queue.documentsWait()) {
      this.here = 0;
      this.workers = this.size + 1;
      this.doneReadingHere();
      this.warm();
      return this.dispatch();
    }
    const task = this.queue.nextRead() ?? this.queue.next(this.largeChecks > 0);
    if (!task) return;
    if (!('check' in task)) this.givenHere++;
    else if (this.checkRun) this.doneReadingHere();
    const large = this.queue.isLarge(task);
    if (large) this.largeChecks++;
    this.busyHere = true;
    setImmediate(() => {
      this.busyHere = false;
      this.runHere(task);
      if (large) this.largeChecks--;
      this.dispatch();
    });
  }

  /** Does a task on the calling thread, as a worker would (a cancelled one is dropped). */
  private runHere(task: Task): void {
    if (this.closed) return task.reject(new Error('the reader pool is closed'));
    if (task.signal?.aborted) return task.reject(abortError());
    try {
      if ('check' in task) task.resolve(checkStory(unpackedRequest(task.check)));
      else {
        this.wordsHere = true;
        task.resolve(readArticle(task.request.text, task.request.options));
      }
    } catch (error) {
      task.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
