// Reads one hostile text in a worker thread (the harness kills it past a time limit): builds the text, gives
// it to a fresh service with a seed beside it, asks every question, checks every span, reports the time.
import { parentPort, workerData } from 'worker_threads';
import * as fs from 'fs';
import * as path from 'path';
import { adversarialText, type AdversarialKind } from './adversarial';
import { serviceOf } from './analysis';
import { checkService } from './invariants';

export interface ReadRequest {
  root: string;
  kind: AdversarialKind;
  size: number;
}

export type ReadReport = { ok: true; chars: number; ms: number; findings: number; seedFindings: number } | { ok: false; error: string };

const { root, kind, size } = workerData as ReadRequest;

let report: ReadReport;
try {
  const text = adversarialText(kind, size, root);
  const seedFile = fs.readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort()[2];
  const seed = fs.readFileSync(path.join(root, 'seeds', seedFile), 'utf8');
  const service = serviceOf({});
  // Warm the lazily built word lists and expressions, so that the time is the hostile text's own.
  service.update('warm.txt', seed, { name: 'warm.txt' });
  service.findings();
  service.remove('warm.txt');
  const started = process.hrtime.bigint();
  service.update('hostile.txt', text, { name: 'hostile.txt' });
  service.update(seedFile, seed, { name: seedFile });
  const findings = service.findings().length;
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  checkService(service, 4);
  report = { ok: true, chars: text.length, ms, findings, seedFindings: service.findings(seedFile).length };
} catch (error) {
  report = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
parentPort!.postMessage(report);
