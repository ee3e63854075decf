// Runs regular expressions on their attack strings in a worker thread and reports, for each one, its slowest
// attack at two lengths. The parent (regexHarness.ts) kills the worker when one expression takes too long: a
// catastrophic backtracking case never returns, so only a harness outside the thread can stop it.
import { parentPort, workerData } from 'worker_threads';
import { attacksFor, attackString, runOn, type FoundRegex } from './regexAttack';

export type WorkerMessage =
  | { type: 'start'; index: number }
  | { type: 'done'; index: number; short: number; long: number; attacks: number; worst?: string };

const { regexes, short, long } = workerData as { regexes: FoundRegex[]; short: number; long: number };

/** The fastest of three runs, in milliseconds: the least disturbed by the other work on the machine. */
function timeOf(regex: FoundRegex, text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = process.hrtime.bigint();
    runOn(regex, text);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return best;
}

regexes.forEach((regex, index) => {
  parentPort!.postMessage({ type: 'start', index } satisfies WorkerMessage);
  const attacks = attacksFor(regex);
  let worst: { ms: number; attack: (typeof attacks)[number] } | undefined;
  for (const attack of attacks) {
    const started = process.hrtime.bigint();
    runOn(regex, attackString(attack, short));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (!worst || ms > worst.ms) worst = { ms, attack };
  }
  const result: WorkerMessage = { type: 'done', index, short: 0, long: 0, attacks: attacks.length };
  if (worst) {
    result.short = timeOf(regex, attackString(worst.attack, short));
    result.long = timeOf(regex, attackString(worst.attack, long));
    result.worst = JSON.stringify(worst.attack);
  }
  parentPort!.postMessage(result);
});
