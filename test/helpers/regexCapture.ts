// Records every regular expression the analysis builds at run time (from its word lists and data files):
// a RegExp that notes each construction replaces the global one before the analysis is loaded, in a
// worker of its own so that no other test sees it. Then the analysis reads the seeds and texts written to
// reach the expressions built on first use.
import { parentPort, workerData } from 'worker_threads';
import * as fs from 'fs';
import * as path from 'path';
import type { FoundRegex } from './regexAttack';
import type * as Helpers from './analysis';
import type * as OpenStory from '../../server/src/analysis/service/openStory';
import type * as PossibleGaps from '../../server/src/analysis/read/possibleGaps';

const { root, texts } = workerData as { root: string; texts: string[] };
const analysisDir = path.join(root, 'server', 'out', 'analysis');
const found = new Map<string, FoundRegex>();
const Native = RegExp;

function note(re: RegExp): RegExp {
  // The first frame outside this file that belongs to the analysis is where the expression is built.
  const frame = new Error().stack?.split('\n').find((line) => line.includes(analysisDir));
  const at = frame && /\(?([^()\s]+):(\d+):\d+\)?$/.exec(frame.trim());
  if (at) {
    const where = `${path.relative(root, at[1])}:${at[2]}`;
    found.set(`${re.source}\u0000${re.flags}`, { source: re.source, flags: re.flags, where });
  }
  return re;
}

globalThis.RegExp = new Proxy(Native, {
  construct: (target, args, newTarget) => note(Reflect.construct(target, args, newTarget)),
  apply: (target, self, args) => note(Reflect.apply(target, self, args) as RegExp),
}) as RegExpConstructor;

// Loaded only now, after RegExp is replaced (an import would load it first).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serviceOf } = require('./analysis') as typeof Helpers;
const service = serviceOf({});
const seeds = path.join(root, 'seeds');
for (const file of fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
  service.update(file, fs.readFileSync(path.join(seeds, file), 'utf8'), { name: file });
}
texts.forEach((text, i) => service.update(`written-${i}.txt`, text, { name: `written-${i}.txt` }));
for (const uri of service.uris()) {
  service.findings(uri);
  service.symbols(uri);
  service.agreements(uri);
}
// A cold load with an article open builds the pattern of its keys (service/openStory.ts keyPattern).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { storyCandidates } = require(path.join(analysisDir, 'service', 'openStory')) as typeof OpenStory;
const written = texts.map((text, i) => ({ uri: `written-${i}.txt`, name: `written-${i}.txt`, text }));
storyCandidates(written[0], written);
// A check run asks of every article alone whether it may miss a name (read/possibleGaps.ts, its pattern of titles).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { possibleGaps } = require(path.join(analysisDir, 'read', 'possibleGaps')) as typeof PossibleGaps;
texts.forEach((text) => possibleGaps(text));
globalThis.RegExp = Native;
parentPort!.postMessage([...found.values()]);
