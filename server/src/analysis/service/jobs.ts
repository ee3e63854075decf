// The reading side of a load: its jobs queued in the order they should be read (the open documents and their
// stories first), handed to the reader a few at a time, each found in the store or read, then installed.
import type { Reader } from '../reader';
import type { Reading } from '../types';
import { finish, readOptions, reboundTo, recentReading, storedReading, storeKey } from './documents';
import type { Job, ServiceState } from './state';

/** The jobs of one round of a load, handed out in the order they should be read, while more are added. */
export interface JobQueue {
  add(job: Job): void;
  /** Every job is added: the rest is handed out story by story. */
  close(): void;
  /** The next job to read; waits while the queue is empty and open; undefined once it is closed and empty. */
  take(): Promise<Job | undefined>;
}

/** Reads the queue's jobs with at most `reader.concurrency` in flight; `settled` after each, read or not. */
export async function runJobs(
  s: ServiceState,
  queue: JobQueue,
  reader: Reader,
  signal: AbortSignal | undefined,
  settled: (job: Job, how?: 'read' | 'stored') => void,
): Promise<void> {
  const lane = async (): Promise<void> => {
    for (let job = await queue.take(); job; job = await queue.take()) {
      if (signal?.aborted) {
        putBack(s, job);
        settled(job);
        continue;
      }
      // Newer text arrived meanwhile (a refresh read it, or the next round will), or a preview read it.
      const recentlyRead = s.unread.get(job.uri) === job ? recentReading(s, job) : undefined;
      if (recentlyRead) {
        finish(s, job, () => recentlyRead);
        s.options.store?.set(storeKey(s, job), recentlyRead);
      }
      const how = s.unread.get(job.uri) === job ? await readJob(s, job, reader, signal) : undefined;
      settled(job, how);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, reader.concurrency) }, lane));
}

/** Finds a job's reading in the store, else has the reader read it (and keeps it in the store). */
async function readJob(s: ServiceState, job: Job, reader: Reader, signal: AbortSignal | undefined): Promise<'read' | 'stored'> {
  const key = s.options.store && storeKey(s, job);
  const foreseen = s.foreseen.get(job.uri);
  const ahead = foreseen?.readings.get(job.uri);
  const stored = ahead ? reboundTo(ahead, job) : await storedReading(s, job, key);
  if (stored) {
    finish(s, job, () => stored);
    return foreseen?.provisional ? 'read' : 'stored';
  }
  let reading: Reading;
  try {
    reading = await reader.read({ text: job.text, options: readOptions(s, job) }, signal);
  } catch (error) {
    if (signal?.aborted) putBack(s, job);
    else
      finish(s, job, () => {
        throw error;
      });
    return 'read';
  }
  finish(s, job, () => reading);
  if (key && s.docs.get(job.uri)?.reading === reading) s.options.store!.set(key, reading);
  return 'read';
}

/** A job a stopped load did not read: pending again, for the next refresh or load. */
function putBack(s: ServiceState, job: Job): void {
  if (s.unread.get(job.uri) !== job) return;
  s.unread.delete(job.uri);
  s.changedUris.add(job.uri);
}

/**
 * The jobs of one round, handed out in this order: the documents `first` names at that moment (the
 * editor's open documents, which may open while the folder is read), then, once every job is added,
 * the rest of their stories, then every other story in id order; until then, in the order added.
 */
export function jobQueue(s: ServiceState, first: () => string[]): JobQueue {
  let order: Job[] = [];
  let head = 0;
  const byUri = new Map<string, Job>();
  let byStory: Map<string, { jobs: Job[]; head: number }> | undefined;
  let closed = false;
  const waiting: Array<() => void> = [];
  const wake = () => waiting.splice(0).forEach((resume) => resume());
  const take = (job: Job): Job => {
    byUri.delete(job.uri);
    return job;
  };
  /** The first job of a story not handed out yet (known once the queue is closed). */
  const mate = (id: string | undefined): Job | undefined => {
    const entry = id === undefined ? undefined : byStory?.get(id);
    if (!entry) return undefined;
    while (entry.head < entry.jobs.length && !byUri.has(entry.jobs[entry.head].uri)) entry.head++;
    return entry.jobs[entry.head];
  };
  const next = (): Job | undefined => {
    for (const uri of first()) {
      const own = byUri.get(uri);
      if (own) return take(own);
      const other = mate(s.stories.storyOf(uri));
      if (other) return take(other);
    }
    while (head < order.length && !byUri.has(order[head].uri)) head++;
    return head < order.length ? take(order[head]) : undefined;
  };
  return {
    add(job) {
      order.push(job);
      byUri.set(job.uri, job);
      wake();
    },
    close() {
      closed = true;
      const storyOf = (job: Job) => s.stories.storyOf(job.uri) ?? '';
      order = order.slice(head).filter((job) => byUri.get(job.uri) === job);
      order.sort((a, b) => (storyOf(a) < storyOf(b) ? -1 : storyOf(a) > storyOf(b) ? 1 : a.uri < b.uri ? -1 : 1));
      head = 0;
      byStory = new Map();
      for (const job of order) {
        const entry = byStory.get(storyOf(job));
        if (entry) entry.jobs.push(job);
        else byStory.set(storyOf(job), { jobs: [job], head: 0 });
      }
      wake();
    },
    async take() {
      for (;;) {
        const job = next();
        if (job || closed) return job;
        await new Promise<void>((resume) => waiting.push(resume));
      }
    },
  };
}
