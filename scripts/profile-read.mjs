#!/usr/bin/env node
// Reading speed on one thread: readArticle over the first N PolNeAR training texts (sorted by name), after one
// warm-up pass over the same texts (timed apart: it fills the taggers' caches of words, as a cold check does). Prints ms per text and MB/s (CPU time of the process, wall time beside
// it), and a hash of every reading, so that a speed-up can be shown to change no output.
//   node scripts/profile-read.mjs [--n 150] [--passes 3] [--corpus DIR] [--out DIR] [--profile]
// --out reads another build's compiled server/out (a copy kept to compare two builds back to back).
// --profile writes a V8 CPU profile of the timed passes to .bench/profile-read.cpuprofile and prints the
// self time per source file and per function (top 25); --profile-first profiles the first pass instead (the one a
// cold check pays: the caches of words empty, the code not yet optimised).
import { readdirSync, readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Session } from 'node:inspector/promises';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const n = Number(opt('--n', '150'));
const passes = Number(opt('--passes', '3'));
const corpus = opt('--corpus', process.env.CROSSCHECK_CORPUS ?? join(root, '..', 'shared', 'corpus'));
const dir = join(corpus, 'quote_attribution', 'polnear_train', 'text');
if (!existsSync(dir)) {
  console.error(`profile-read: ${dir} not found`);
  process.exit(2);
}
const require = createRequire(import.meta.url);
const out = resolve(opt('--out', join(root, 'server', 'out')));
// The compiler settings the product's reader threads run with, where the build has them (CROSSCHECK_TURBO_INLINING=1
// keeps V8's default).
const tuning = join(out, 'node', 'compilerTuning.js');
if (existsSync(tuning)) require(tuning);
const { readArticle, defaultConfig } = require(join(out, 'analysis', 'index.js'));
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, n);
const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
const tolerances = defaultConfig().tolerances;
const readAll = () => texts.map((text, i) => readArticle(text, { uri: files[i], version: 0, source: 'x', tolerances }));

// The models load on the first reading, here of a short text of its own. The first pass then fills the taggers'
// caches of words (as a cold check does); it is timed apart.
readArticle('Models load here. Smith said on Monday that 12 people were hurt.', { uri: 'load', version: 0, source: 'x', tolerances });
const profileFirst = args.includes('--profile-first');
let session;
if (args.includes('--profile') || profileFirst) {
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  if (profileFirst) await session.post('Profiler.start');
}
const hash = createHash('sha256');
const c0 = process.cpuUsage();
const firstReadings = readAll();
const c1 = process.cpuUsage(c0);
const firstCpu = (c1.user + c1.system) / 1000;
let profile;
if (profileFirst) ({ profile } = await session.post('Profiler.stop'));
for (const reading of firstReadings) hash.update(JSON.stringify(reading));
if (session && !profileFirst) await session.post('Profiler.start');

let cpu = Infinity;
let wall = 0;
for (let k = 0; k < passes; k++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  readAll();
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000;
  if (ms < cpu) (cpu = ms), (wall = performance.now() - t0);
}
console.log(`${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB; best of ${passes} passes after a warm-up`);
console.log(`${(cpu / texts.length).toFixed(2)} ms per text, ${(bytes / 1e6 / (cpu / 1000)).toFixed(3)} MB/s (${cpu.toFixed(0)} ms CPU, ${wall.toFixed(0)} ms wall)`);
console.log(`first pass (caches empty): ${(firstCpu / texts.length).toFixed(2)} ms per text, ${(bytes / 1e6 / (firstCpu / 1000)).toFixed(3)} MB/s`);
console.log(`readings sha256 ${hash.digest('hex').slice(0, 16)}`);

if (session) {
  if (!profileFirst) ({ profile } = await session.post('Profiler.stop'));
  mkdirSync(join(root, '.bench'), { recursive: true });
  const path = join(root, '.bench', 'profile-read.cpuprofile');
  writeFileSync(path, JSON.stringify(profile));
  printSelfTimes(profile);
  console.log(`profile: ${path}`);
}

function printSelfTimes(profile) {
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFile = new Map();
  const byFunction = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const t = dt.get(node.id) ?? 0;
    total += t;
    const { url, functionName, lineNumber } = node.callFrame;
    const file = url ? url.replace(/^.*\/server\/out\/analysis\//, '').replace(/^file:\/\//, '') : `(${functionName || 'native'})`;
    byFile.set(file, (byFile.get(file) ?? 0) + t);
    const fn = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + t);
  }
  const top = (map, title) => {
    console.log(`\n${title}`);
    for (const [k, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(opt("--top", "25")))) console.log(`${((100 * t) / total).toFixed(1).padStart(5)} %  ${k}`);
  };
  top(byFile, 'self time by file');
  top(byFunction, 'self time by function');
}
