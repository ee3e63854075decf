// Keystrokes in process: where an edit's time goes. Loads a folder into one service (an in-memory workspace, no
// threads), then types into one article: each edit toggles a phrase and adds one space at the end, so every text is
// new and read again, as `serverTimings.mjs` does over the protocol. Prints the time per edit from the change to the
// article's findings (p50, p95, mean) and the mean time per edit of each phase (the service's own modules, timed by
// wrapping their exports: the compiled CommonJS reads them at each call).
//
//   node scripts/bench/keystrokePhases.mjs <folder> <file name> [--edits 120] [--from "words" --to "words"] [--profile out.cpuprofile] [--series] [--prepare]
//
// `--profile`: a CPU profile of the edits alone (not the load), as V8's inspector writes it.
//
// A tool for working on the keystroke path, not a figure: the figure is `npm run bench` (the real server over stdio).
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const out = (p) => path.join(root, 'server/out/analysis', p);

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const [folder, file] = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
const edits = Number(option('--edits', '120'));
if (!folder || !file || !fs.existsSync(path.join(folder, file)) || !(edits >= 2)) {
  console.error('usage: node scripts/bench/keystrokePhases.mjs <folder> <file name> [--edits N ≥ 2] [--from "words" --to "words"]');
  process.exit(2);
}

/** [module, export]: the phases timed. Nested phases are timed inside their callers (alignStatements in buildCorpus). */
const PHASES = [
  ['read/readArticle.js', 'readArticle'],
  ['corpus/corpus.js', 'buildCorpus'],
  ['corpus/entities/index.js', 'linkEntities'],
  ['corpus/align.js', 'alignStatements'],
  ['corpus/pronouns.js', 'resolvePronouns'],
  ['corpus/quotations.js', 'groupQuotations'],
  ['checks/checks.js', 'runChecks'],
  ['corpus/spellings.js', 'spellingPairs'],
];
const spent = new Map(PHASES.map(([, name]) => [name, 0]));
let timing = false;
for (const [module, name] of PHASES) {
  const exports = require(out(module));
  const original = exports[name];
  Object.defineProperty(exports, name, {
    configurable: true,
    enumerable: true,
    get: () =>
      function (...a) {
        if (!timing) return original.apply(this, a);
        const start = process.hrtime.bigint();
        try {
          return original.apply(this, a);
        } finally {
          spent.set(name, spent.get(name) + Number(process.hrtime.bigint() - start) / 1e6);
        }
      },
  });
}

const { createService } = require(out('service.js'));
const { createFolderWorkspace } = require(path.join(root, 'server/out/node/folder.js'));
const onDisk = createFolderWorkspace(path.resolve(folder));
// The editor's text of the edited article over the folder's files, as the server keeps an open document's.
const typed = new Map();
const workspace = {
  ...onDisk,
  read: (uri, config) => (typed.has(uri) ? { uri, name: onDisk.nameOf(uri), text: typed.get(uri).text, version: typed.get(uri).version } : onDisk.read(uri, config)),
};
const change = (uri, text, version) => {
  typed.set(uri, { text, version });
  onDisk.notify({ kind: 'document', uri });
};
const service = createService({ workspace });
await service.load();
service.findings();

const uri = pathToFileURL(path.resolve(folder, file)).href;
const text = service.text(uri);
// `--prepare`: the article readied for edits first, as the server does once it is open and the thread idle.
if (args.includes('--prepare')) service.prepareEdits(uri);
const from = option('--from', undefined);
const edited = from && text.includes(from) ? text.replace(from, option('--to', '')) : `${text}\n\nU.S. President engaged in talks.\n`;
const times = [];
const profileTo = option('--profile', undefined);
const session = profileTo ? new inspector.Session() : undefined;
const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
if (session) {
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.start');
}
timing = true;
for (let i = 0; i < edits; i++) {
  change(uri, `${i % 2 === 0 ? edited : text}${' '.repeat(i + 1)}`, i + 2);
  const start = process.hrtime.bigint();
  service.findings(uri);
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
timing = false;
if (session) fs.writeFileSync(profileTo, JSON.stringify((await post('Profiler.stop')).profile));
const sorted = [...times].sort((a, b) => a - b);
const at = (p) => sorted[Math.floor(p * (sorted.length - 1))].toFixed(1);
const mean = (total) => (total / edits).toFixed(1);
console.log(`${edits} edits of ${file}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, mean ${mean(times.reduce((a, b) => a + b, 0))} ms`);
if (args.includes('--series')) console.log(`ms per edit, in order: ${times.map((t) => t.toFixed(0)).join(' ')}`);
console.log(`mean ms per edit: ${[...spent].map(([name, total]) => `${name} ${mean(total)}`).join(' | ')}`);
