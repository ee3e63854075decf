// npm run bench [-- <corpus>... ] [--runs N] [--edits N (0: start figures only)] [--reopen N] [--jobs N] [--cold-only | --server-only]: how fast
// the check is, as a benchmark (never a test). Prints two tables and writes .bench/bench.json.
//
// 1. Cold check per corpus, each run in a fresh process (scripts/bench/coldCheck.mjs: the folder
//    workspace, the service and the reader threads, as `crosscheck check` uses them), next to the
//    reference: a bare wink-nlp pass (tokens, sentences, parts of speech) over the same files in a fresh
//    process (scripts/bench/winkPass.mjs). Both times run from process start, loading included.
// 2. The editor's view through the language server over stdio (scripts/bench/serverTimings.mjs): start to
//    the open file's first diagnostics and to all of them (cold, and with the readings stored by an
//    earlier session), keystroke to the article's own and the other articles' diagnostics over --edits
//    edits (default 200), hover, definition and references, the server's peak RSS.
//
// Corpora: seeds; clusters (the 30 clusters as one folder); fresh (74 clusters); polnear (the 840 PolNeAR
// training texts); gen100, gen1k, gen10k (generated into .bench/ at bench time by scripts/bench/generate.mjs:
// real texts replicated with names, numbers and dates varied, over many stories). Default: all found.
// The shared corpus is read from ../shared/corpus or $CROSSCHECK_CORPUS; test splits are never read.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { generate } from './bench/generate.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shared = path.resolve(process.env.CROSSCHECK_CORPUS ?? path.join(root, '..', 'shared', 'corpus'));
const benchDir = path.join(root, '.bench');

const GENERATED = { gen100: 100, gen1k: 1000, gen10k: 10000 };
const CORPORA = [
  { name: 'seeds', dir: path.join(root, 'seeds') },
  { name: 'clusters', dir: path.join(shared, 'clusters') },
  { name: 'fresh', dir: path.join(shared, 'fresh') },
  { name: 'polnear', dir: path.join(shared, 'quote_attribution', 'polnear_train', 'text') },
  ...Object.entries(GENERATED).map(([name, count]) => ({ name, dir: path.join(benchDir, name), count })),
];

function parseArgs(argv) {
  const names = [];
  const options = { runs: 1, edits: 200, reopen: 1, jobs: undefined, cold: true, server: true };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = () => Number(inline ?? argv[++i]);
    if (flag === '--runs') options.runs = value();
    else if (flag === '--edits') options.edits = value();
    else if (flag === '--reopen') options.reopen = value();
    else if (flag === '--jobs') options.jobs = value();
    else if (flag === '--cold-only') options.server = false;
    else if (flag === '--server-only') options.cold = false;
    else names.push(argv[i]);
  }
  const known = CORPORA.map((c) => c.name);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0 || !(options.runs >= 1) || !(options.edits >= 0) || !(options.reopen >= 1) || (options.jobs !== undefined && !(options.jobs >= 1))) {
    console.error(`bench: unknown corpus or bad number: ${unknown.join(', ') || argv.join(' ')}; corpora: ${known.join(', ')}`);
    process.exit(2);
  }
  return { names: names.length > 0 ? names : known, ...options, runs: Math.floor(options.runs) };
}

const args = parseArgs(process.argv.slice(2));
const fmt = (n, d = 1) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(d));
const s = (ms) => fmt(ms / 1000, 2);

/** One measurement in a fresh process; a failure (out of memory, a crash) is reported and the bench goes on. */
function child(script, dir, extra = []) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'bench', script), dir, ...extra], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status === 0) return JSON.parse(result.stdout.trim().split('\n').pop());
  const error = `${script} ${path.basename(dir)} failed (${result.status ?? result.signal}): ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`;
  console.error(`bench: ${error}`);
  return { error, totalMs: Infinity };
}

/** The run with the median total time. */
function medianRun(list) {
  return [...list].sort((a, b) => a.totalMs - b.totalMs)[Math.floor(list.length / 2)];
}

const corpora = [];
for (const corpus of CORPORA.filter((c) => args.names.includes(c.name))) {
  if (corpus.count) {
    const made = generate(corpus.dir, corpus.count);
    console.error(`bench: generated ${corpus.name}: ${made.articles} articles, ${made.stories} stories, ${fmt(made.bytes / 1e6, 1)} MB`);
  }
  if (!fs.existsSync(corpus.dir)) console.error(`bench: ${corpus.name}: ${corpus.dir} not found, skipped`);
  else corpora.push(corpus);
}

// 1. Cold check against the wink pass.
const cold = [];
if (args.cold) {
  for (const corpus of corpora) {
    const checks = [];
    const winks = [];
    for (let run = 0; run < args.runs; run++) {
      checks.push(child('coldCheck.mjs', corpus.dir, args.jobs ? ['--jobs', String(args.jobs)] : []));
      winks.push(child('winkPass.mjs', corpus.dir));
    }
    const check = medianRun(checks);
    const wink = medianRun(winks);
    if (check.error || wink.error) {
      cold.push({ corpus: corpus.name, runs: args.runs, error: check.error ?? wink.error });
      continue;
    }
    if (check.files !== wink.files) console.error(`bench: ${corpus.name}: the check read ${check.files} files, the wink pass ${wink.files}`);
    cold.push({
      corpus: corpus.name,
      runs: args.runs,
      check,
      wink,
      mbPerSecond: check.bytes / 1e6 / (check.totalMs / 1000),
      winkMbPerSecond: wink.bytes / 1e6 / (wink.totalMs / 1000),
      ratio: check.totalMs / wink.totalMs,
      cpuRatio: check.cpuMs / wink.cpuMs,
    });
  }
  console.log(`Cold check, fresh process per run (median of ${args.runs}), ${cold[0]?.check.jobs ?? '?'} reader threads (the main thread one of them); wall times from process start, loading included; CPU time (all threads) beside them:\n`);
  console.log('| corpus | files | MB | stories | findings | check s | MB/s | read and check / rest s | peak RSS MB | wink s | check ÷ wink | CPU s: check (main thread) / wink |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const { corpus, check, wink, mbPerSecond, ratio, error } of cold) {
    if (error) {
      console.log(`| ${corpus} | failed: ${error} |`);
      continue;
    }
    console.log(
      `| ${corpus} | ${check.files} | ${fmt(check.bytes / 1e6, 2)} | ${check.stories} | ${check.findings} | ${s(check.totalMs)} | ${fmt(mbPerSecond, 2)} | ` +
        `${s(check.readMs)} / ${s(check.checksMs)} | ${fmt(check.maxRssMB, 0)} | ${s(wink.totalMs)} | ${fmt(ratio, 2)}× | ${s(check.cpuMs)} (${s(check.mainCpuMs)}) / ${s(wink.cpuMs)} |`,
    );
  }
  console.log('');
}

// 2. Through the language server.
const server = [];
if (args.server) {
  for (const corpus of corpora) server.push({ corpus: corpus.name, ...child('serverTimings.mjs', corpus.dir, ['--edits', String(args.edits), '--reopen', String(args.reopen)]) });
  const pq = (t) => (t && t.n > 0 ? `${fmt(t.p50)} / ${fmt(t.p95)}` : '—');
  console.log(`Language server over stdio; keystrokes: ${args.edits} edits each, milliseconds p50 / p95:\n`);
  if (args.reopen > 1) console.log(`Stored: the median of ${args.reopen} reopenings, with their range.\n`);
  console.log('Start → open file: to the first diagnostics of an article whose findings all compare it with other articles. Cold: nothing stored, so its story is known only once the whole folder is grouped. Stored: the folder reopened as the last session left it, its story found in the store.\n');
  console.log('| corpus | files | start → all s | start → open file, cold s | start → open file, stored s | start → all, stored s | keystroke → own | → others | → pass end | hover | definition | references | server peak RSS MB |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of server) {
    if (r.error) {
      console.log(`| ${r.corpus} | failed: ${r.error} |`);
      continue;
    }
    console.log(
      `| ${r.corpus} | ${r.articles} | ${s(r.startToAllMs)} | ${s(r.coldStartToOpenFileMs)} | ${stored(r.storedStartToOpenFile, r.storedStartToOpenFileMs)} | ${stored(r.storedStartToAll, r.storedStartToAllMs)} | ` +
        `${pq(r.keystrokeOwn)} | ${pq(r.keystrokeOthers)} | ${pq(r.keystrokePass)} | ${pq(r.hover)} | ${pq(r.definition)} | ${pq(r.references)} | ${fmt(r.serverPeakRssMB, 0)} |`,
    );
  }
}

/** A reopening figure in seconds: the median and range of several runs, or the one run. */
function stored(spread, one) {
  return spread ? `${s(spread.median)} (${s(spread.min)}–${s(spread.max)})` : s(one);
}

fs.mkdirSync(benchDir, { recursive: true });
const load = fs.existsSync('/proc/loadavg') ? fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : undefined;
fs.writeFileSync(path.join(benchDir, 'bench.json'), JSON.stringify({ node: process.version, date: new Date().toISOString(), loadAverage: load, args, cold, server }, null, 2));
console.log(`\nwrote .bench/bench.json (load average at the end: ${load ?? 'unknown'})`);
