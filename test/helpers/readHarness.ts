// Reads hostile texts in worker threads under a time limit: a reader that hangs on one is stopped and
// reported, instead of hanging the test run.
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { AdversarialKind } from './adversarial';
import type { ReadReport } from './readWorker';

export type HarnessReport = ReadReport | { ok: false; error: string; timedOut: true };

export function readInWorker(root: string, kind: AdversarialKind, size: number, limitMs: number): Promise<HarnessReport> {
  return new Promise((resolve) => {
    const worker = new Worker(path.join(__dirname, 'readWorker.js'), { workerData: { root, kind, size }, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ ok: false, error: `no answer within ${limitMs} ms`, timedOut: true });
    }, limitMs);
    worker.once('message', (report: ReadReport) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(report);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, error: String(error) });
    });
  });
}
