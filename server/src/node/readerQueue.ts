// The reader pool's waiting tasks: documents to read in the order asked, and stories to check before them (their
// findings are what the editor waits for). A task cancelled while it waits is dropped when its turn comes.
import { articlesIn, type CheckRequest, type ReadRequest } from '../analysis/reader';
import type { Finding, Reading } from '../analysis/types';

/** A document to read or a story to check. */
export type Task = {
  signal?: AbortSignal;
  reject(error: Error): void;
} & ({ request: ReadRequest; resolve(reading: Reading): void } | { check: CheckRequest; resolve(findings: Finding[]): void });

/**
 * A story this large is checked while no other as large is (in a check run): a check's memory grows faster than its
 * story, and at 10,000 generated articles the checks of two of the nine stories of 100-225 articles on two threads at
 * once (500-650 MB of heap each, beside the main thread's readings) made the run's peak RSS. The other threads check
 * smaller stories meanwhile: there, the nine took about as long as the 650 others together.
 */
export const LARGE_STORY = 100;

export class TaskQueue {
  private readonly tasks: Task[] = [];

  /** `checkRun`: the CLI's, whose checks are taken largest first, one large story at a time. */
  constructor(private readonly checkRun: boolean) {}

  /** A check of LARGE_STORY articles or more, in a check run. */
  isLarge(task: Task): boolean {
    return this.checkRun && 'check' in task && articlesIn(task.check) >= LARGE_STORY;
  }

  /** Some document waits to be read. */
  documentsWait(): boolean {
    return this.tasks.some((waiting) => !('check' in waiting));
  }

  /**
   * A story's check goes before the documents waiting, after the checks queued before it; in a check run, before the
   * checks of smaller stories. A check's time grows faster than its story (it weighs pairs of statements), and a run
   * ends when its last check does: the largest first, so that the last to end is a small one (at 10,000 articles, one
   * story of 100-225 articles took a thread for minutes).
   */
  add(task: Task): void {
    if (!('check' in task)) {
      this.tasks.push(task);
      return;
    }
    const size = articlesIn(task.check);
    const at = this.tasks.findIndex((waiting) => !('check' in waiting) || (this.checkRun && articlesIn(waiting.check) < size));
    this.tasks.splice(at < 0 ? this.tasks.length : at, 0, task);
  }

  /** Tasks a thread held when it died, back at the front in their order. */
  putBack(tasks: Task[]): void {
    this.tasks.unshift(...tasks);
  }

  /** The next task not cancelled (not a large story's check while `largeRunning`), or undefined. */
  next(largeRunning: boolean): Task | undefined {
    for (let at = 0; at < this.tasks.length; ) {
      const task = this.tasks[at];
      if (task.signal?.aborted) {
        this.tasks.splice(at, 1);
        task.reject(abortError());
      } else if (largeRunning && this.isLarge(task)) at++;
      else return this.tasks.splice(at, 1)[0];
    }
    return undefined;
  }

  /** The first document to read not cancelled, or undefined. */
  nextRead(): Task | undefined {
    for (let at = this.tasks.findIndex((task) => !('check' in task)); at >= 0; at = this.tasks.findIndex((task) => !('check' in task))) {
      const [task] = this.tasks.splice(at, 1);
      if (!task.signal?.aborted) return task;
      task.reject(abortError());
    }
    return undefined;
  }

  /** Every task waiting, taken out (the pool closes). */
  takeAll(): Task[] {
    return this.tasks.splice(0);
  }
}

export function abortError(): Error {
  const error = new Error('the read was cancelled');
  error.name = 'AbortError';
  return error;
}
