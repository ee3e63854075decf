// npm run bench [-- <corpus>... ] [--runs N]: how fast the check is, as a benchmark (never a test).
//
// 1. Cold check per corpus, each run in a fresh process (scripts/bench/coldCheck.mjs: the folder
//    workspace and the service, as `crosscheck check` uses them), next to the reference: a bare
//    wink-nlp pass (tokens, sentences, parts of speech) over the same files in a fresh process
//    (scripts/bench/winkPass.mjs). Both times run from process start, module and model loading included.
// 2. Editor timings in process on the seeds and on each of the 30 clusters: reading throughput, one
//    keystroke (re-read one article, its findings), hover, semantic tokens, code lens.
//
// Corpora: seeds, clusters (the 30 clusters as one folder), fresh (74 clusters), polnear (the 840 PolNeAR
// training texts), editor (section 2). Default: all of them found. The shared corpus is read from
// ../shared/corpus or $CROSSCHECK_CORPUS; test splits are never read. Prints tables; writes .bench/bench.json.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shared = path.resolve(process.env.CROSSCHECK_CORPUS ?? path.join(root, '..', 'shared', 'corpus'));

const CORPORA = [
  { name: 'seeds', dir: path.join(root, 'seeds') },
  { name: 'clusters', dir: path.join(shared, 'clusters') },
  { name: 'fresh', dir: path.join(shared, 'fresh') },
  { name: 'polnear', dir: path.join(shared, 'quote_attribution', 'polnear_train', 'text') },
];

function parseArgs(argv) {
  const names = [];
  let runs = 1;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') runs = Number(argv[++i]);
    else if (argv[i].startsWith('--runs=')) runs = Number(argv[i].slice('--runs='.length));
    else names.push(argv[i]);
  }
  const known = [...CORPORA.map((c) => c.name), 'editor'];
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0 || !(runs >= 1)) {
    console.error(`bench: unknown corpus ${unknown.join(', ') || ''}${runs >= 1 ? '' : ' (--runs needs a positive number)'}; known: ${known.join(', ')}`);
    process.exit(2);
  }
  return { names: names.length > 0 ? names : known, runs: Math.floor(runs) };
}

const { names, runs } = parseArgs(process.argv.slice(2));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, d = 1) => (n === undefined ? '—' : n.toFixed(d));

function child(script, dir) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'bench', script), dir], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`${script} ${dir} failed (${result.status ?? result.signal}):\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

/** The run with the median total time. */
function medianRun(list) {
  const sorted = [...list].sort((a, b) => a.totalMs - b.totalMs);
  return sorted[Math.floor(sorted.length / 2)];
}

// 1. Cold check against the wink pass.
const cold = [];
for (const corpus of CORPORA.filter((c) => names.includes(c.name))) {
  if (!fs.existsSync(corpus.dir)) {
    console.error(`bench: ${corpus.name}: ${corpus.dir} not found, skipped`);
    continue;
  }
  const checks = [];
  const winks = [];
  for (let run = 0; run < runs; run++) {
    checks.push(child('coldCheck.mjs', corpus.dir));
    winks.push(child('winkPass.mjs', corpus.dir));
  }
  const check = medianRun(checks);
  const wink = medianRun(winks);
  if (check.files !== wink.files) console.error(`bench: ${corpus.name}: the check read ${check.files} files, the wink pass ${wink.files}`);
  cold.push({
    corpus: corpus.name,
    runs,
    check,
    wink,
    mbPerSecond: check.bytes / 1e6 / (check.totalMs / 1000),
    winkMbPerSecond: wink.bytes / 1e6 / (wink.totalMs / 1000),
    ratio: check.totalMs / wink.totalMs,
    cpuRatio: check.cpuMs / wink.cpuMs,
  });
}
if (cold.length > 0) {
  console.log(`Cold check, fresh process per run (median of ${runs}); wall times from process start, loading included; CPU time beside them (steadier on a shared machine):\n`);
  console.log('| corpus | files | MB | stories | findings | check s | MB/s | read / corpus / checks s | peak RSS MB | wink s | wink MB/s | check ÷ wink | CPU s: check / wink (÷) |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const { corpus, check, wink, mbPerSecond, winkMbPerSecond, ratio, cpuRatio } of cold) {
    const s = (ms) => fmt(ms / 1000, 2);
    console.log(
      `| ${corpus} | ${check.files} | ${fmt(check.bytes / 1e6, 2)} | ${check.stories} | ${check.findings} | ${s(check.totalMs)} | ${fmt(mbPerSecond, 2)} | ` +
        `${s(check.readMs)} / ${s(check.corpusMs)} / ${s(check.checksMs)} | ${fmt(check.maxRssMB, 0)} | ${s(wink.totalMs)} | ${fmt(winkMbPerSecond, 2)} | ${fmt(ratio, 1)}× | ` +
        `${s(check.cpuMs)} / ${s(wink.cpuMs)} (${fmt(cpuRatio, 1)}×) |`,
    );
  }
  console.log('');
}

// 2. Editor timings, in process, on the seeds and on each cluster as its own workspace.
let editor;
if (names.includes('editor')) editor = editorTimings();

function editorTimings() {
  const analysis = require(path.join(root, 'server/out/analysis/index.js'));
  const { createService, readArticle, defaultConfig, changeEmitter } = analysis;
  const tolerances = defaultConfig().tolerances;

  /** A workspace of texts in memory; `set` reports the change as an editor would. */
  function memoryWorkspace(files) {
    const texts = new Map(files.map((f) => [f.name, f.text]));
    const emitter = changeEmitter();
    return {
      watch: emitter.watch,
      configFile: () => undefined,
      list: () => [...texts.keys()].sort().map((name) => ({ uri: name, name })),
      read: (uri) => (texts.has(uri) ? { uri, name: uri, text: texts.get(uri) } : undefined),
      set(uri, text) {
        texts.set(uri, text);
        emitter.fire({ kind: 'document', uri });
      },
    };
  }
  const serviceOf = (files) => {
    const workspace = memoryWorkspace(files);
    return { workspace, service: createService({ workspace }) };
  };
  const folderTexts = (dir) =>
    fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  const time = (fn, times) => {
    const out = [];
    for (let i = 0; i < times; i++) {
      const start = performance.now();
      fn(i);
      out.push(performance.now() - start);
    }
    return median(out);
  };

  const workspaces = [{ name: 'seeds', files: folderTexts(path.join(root, 'seeds')) }];
  const clustersDir = path.join(shared, 'clusters');
  if (fs.existsSync(clustersDir)) {
    for (const c of fs.readdirSync(clustersDir).sort()) workspaces.push({ name: c, files: folderTexts(path.join(clustersDir, c)) });
  }

  // Reading throughput: every article of every workspace, several passes, after one warm-up pass.
  const all = workspaces.flatMap((w) => w.files);
  const bytes = all.reduce((s, f) => s + Buffer.byteLength(f.text), 0);
  const readOnce = () => all.forEach((f, i) => readArticle(f.text, { uri: String(i), version: 0, source: f.name, tolerances }));
  const firstReadMs = time(readOnce, 1);
  const readMs = time(readOnce, 5);
  const mbPerSecond = bytes / 1e6 / (readMs / 1000);

  // Whole workspace from cold (read + corpus + checks), and a keystroke: one document re-read, its findings again.
  const rows = [];
  for (const w of workspaces) {
    const coldMs = time(() => serviceOf(w.files).service.findings(), 3);
    const { workspace, service } = serviceOf(w.files);
    const findings = service.findings().length;
    const target = w.files.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const keystrokeMs = time((i) => {
      workspace.set(target.name, `${target.text}${i % 2 ? ' ' : ''}`);
      service.findings(target.name);
    }, 21);
    const text = service.reading(target.name).text;
    const offsets = Array.from({ length: 200 }, (_, k) => Math.floor((k / 200) * text.length));
    const hoverMs = time(() => offsets.forEach((o) => service.at(target.name, o)), 5) / offsets.length;
    rows.push({ workspace: w.name, articles: w.files.length, kb: Math.round(w.files.reduce((a, f) => a + f.text.length, 0) / 1024), findings, coldMs, keystrokeMs, hoverMs });
  }

  // Semantic tokens and code lens of one document, the first request per document after a rebuild.
  const { semanticTokens } = require(path.join(root, 'server/out/features/semanticTokens.js'));
  const { codeLenses } = require(path.join(root, 'server/out/features/codeLens.js'));
  const requests = [];
  for (const w of workspaces) {
    const perDocument = (fn) => {
      const times = [];
      for (let run = 0; run < 5; run++) {
        const { service } = serviceOf(w.files);
        service.findings();
        const start = performance.now();
        w.files.forEach((f) => fn(service, f.name));
        times.push((performance.now() - start) / w.files.length);
      }
      return median(times);
    };
    requests.push({ workspace: w.name, semanticTokensMs: perDocument(semanticTokens), codeLensMs: perDocument(codeLenses) });
  }

  console.log(`Editor timings in process. Reading ${all.length} articles, ${fmt(bytes / 1e6, 2)} MB: first pass ${fmt(firstReadMs)} ms, then ${fmt(readMs)} ms = ${fmt(mbPerSecond, 2)} MB/s on one core\n`);
  console.log('| workspace | articles | KB | findings | cold ms | keystroke ms | hover ms |');
  console.log('|---|---|---|---|---|---|---|');
  const shown = rows.length > 8 ? [rows[0], ...rows.slice(1).sort((a, b) => b.kb - a.kb).slice(0, 5)] : rows;
  for (const r of shown) console.log(`| ${r.workspace} | ${r.articles} | ${r.kb} | ${r.findings} | ${fmt(r.coldMs)} | ${fmt(r.keystrokeMs)} | ${fmt(r.hoverMs, 3)} |`);
  if (rows.length > 1) {
    const clusters = rows.slice(1);
    console.log(
      `\nall ${clusters.length} clusters: median keystroke ${fmt(median(clusters.map((r) => r.keystrokeMs)))} ms, worst ${fmt(Math.max(...clusters.map((r) => r.keystrokeMs)))} ms; ` +
        `${fmt(clusters.reduce((a, r) => a + r.findings, 0) / clusters.reduce((a, r) => a + r.articles, 0), 2)} findings per article`,
    );
  }
  const worst = (key) => Math.max(...requests.map((e) => e[key]));
  console.log(
    `per document request: semantic tokens ${fmt(requests[0].semanticTokensMs, 3)} ms, code lens ${fmt(requests[0].codeLensMs, 3)} ms on the seeds; ` +
      `worst workspace ${fmt(worst('semanticTokensMs'), 3)} ms and ${fmt(worst('codeLensMs'), 3)} ms`,
  );
  return { bytes, readMs, mbPerSecond, rows, requests };
}

fs.mkdirSync(path.join(root, '.bench'), { recursive: true });
fs.writeFileSync(path.join(root, '.bench', 'bench.json'), JSON.stringify({ node: process.version, date: new Date().toISOString(), runs, cold, editor }, null, 2));
console.log('\nwrote .bench/bench.json');
