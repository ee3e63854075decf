// The harness around the regular-expression attack: workers with a time limit, and the collection of every
// expression of the analysis (literals in the sources, expressions built at run time).
import * as path from 'path';
import { Worker } from 'worker_threads';
import { regexLiterals, type FoundRegex } from './regexAttack';
import type { WorkerMessage } from './regexWorker';

export interface RegexResult {
  regex: FoundRegex;
  /** Milliseconds of its slowest attack at the short and the long length (undefined when it ran out of time). */
  short?: number;
  long?: number;
  attacks?: number;
  worst?: string;
  timedOut?: boolean;
}

/**
 * Whether the expression's time grows faster than its input: out of time, or, from the short to the long
 * attack (8 times longer), more than 3 times the growth of a linear one, and long enough to tell from noise.
 */
export function superLinear(result: RegexResult, lengthRatio: number): boolean {
  if (result.timedOut) return true;
  if (result.short === undefined || result.long === undefined) return false;
  return result.long > 25 && result.long / Math.max(result.short, 0.05) > 3 * lengthRatio;
}

/** Texts that make the analysis build the expressions it builds on first use (colours, kinship, incidents...). */
export const REACHING_TEXTS = [
  'Red Cross workers said on Tuesday that about 40 people were killed and 12 injured in the attack, the deadliest since 2014.\n\n' +
    'Her brother-in-law, a resident of Kharkiv, said the Orange Revolution of 2004 had been the last time so many gathered. ' +
    'Two of his cousins were among the dead; three others were missing. The navy said the Kirov-class cruiser sank 3 miles off the coast.\n\n' +
    'A total of 1,200 people have died since the war began, bringing the toll to 5,000, officials said at 9 a.m. local time (0600 GMT).\n\n' +
    'The suspect was arrested and charged with second-degree murder and attempted murder, police said. Lena Ortiz died on Sunday at the age of 85. A mother of two died.\n\n' +
    'The new bridge would cost about $8 billion, the council said. Its crews worked 12 hours a day. He got another three-year sentence.',
  // Two sources of one storm, disagreeing on a state's span, a height above a reference and the day of an incident noun.
  'Tornado and floods hit Marrowby\n\nA tornado touched down in Marrowby on Thursday and stayed on the ground for 22 minutes, forecasters said. ' +
    'The river reached 35 feet, nearly 10 feet above flood stage. An explosion tore through a gas plant in Marrowby on Thursday.',
  'Marrowby storm\n\nA tornado touched down in Marrowby on Thursday and was on the ground for 35 minutes, forecasters said. ' +
    'The river had risen to 35 feet, about 13 feet above flood stage. An explosion tore through a gas plant in Marrowby on Wednesday.',
  'Transcript of the interview.\n\nO\'BRIEN: "We will see what happens next week," she said.\n\nSMITH: "No, we will not."\n\nSmith left.',
];

/** The analysis' expressions: every literal of server/src/analysis, and every one it builds at run time. */
export async function analysisRegexes(root: string): Promise<{ literals: FoundRegex[]; runtime: FoundRegex[] }> {
  const literals = regexLiterals(root, path.join('server', 'src', 'analysis'));
  const runtime = await new Promise<FoundRegex[]>((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'regexCapture.js'), { workerData: { root, texts: REACHING_TEXTS } });
    worker.once('message', (list: FoundRegex[]) => {
      resolve(list);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
  return { literals, runtime };
}

/**
 * Runs each expression on its attack strings of about `length` characters, `workers` at a time. An expression
 * whose attacks take longer than `limitMs` in all is stopped (its worker is terminated) and reported as timed out.
 */
export async function attackAll(regexes: FoundRegex[], options: { short: number; long: number; limitMs: number; workers: number }): Promise<RegexResult[]> {
  const results: RegexResult[] = regexes.map((regex) => ({ regex }));
  const queue = regexes.map((_, i) => i);
  const runChunk = (indices: number[]) =>
    new Promise<void>((resolve) => {
      if (indices.length === 0) return resolve();
      const worker = new Worker(path.join(__dirname, 'regexWorker.js'), {
        workerData: { regexes: indices.map((i) => regexes[i]), short: options.short, long: options.long },
      });
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      const finish = (rest: number[]) => {
        if (settled) return;
        settled = true;
        if (timer) clearTimeout(timer);
        void worker.terminate().then(() => runChunk(rest).then(resolve));
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'start') {
          current = message.index;
          if (timer) clearTimeout(timer);
          timer = setTimeout(() => {
            results[indices[current]].timedOut = true;
            finish(indices.slice(current + 1));
          }, options.limitMs);
        } else {
          if (timer) clearTimeout(timer);
          const { short, long, attacks, worst } = message;
          Object.assign(results[indices[message.index]], { short, long, attacks, worst });
          if (message.index === indices.length - 1) finish([]);
        }
      });
      worker.on('error', () => {
        // An expression that cannot even be built or run: reported as not done.
        finish(current >= 0 ? indices.slice(current + 1) : []);
      });
    });
  const size = Math.ceil(queue.length / options.workers);
  await Promise.all(Array.from({ length: options.workers }, (_, w) => runChunk(queue.slice(w * size, (w + 1) * size))));
  return results;
}
