// npm run bench: speed of the analysis on one core, on the seeds and (when ../shared/corpus is
// beside the checkout) on the 30 real news clusters. Prints a table; writes .bench/bench.json.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const t0 = performance.now();
const { createService, readArticle, defaultConfig } = require(path.join(root, 'server/out/analysis/index.js'));
const loadMs = performance.now() - t0;
const tolerances = defaultConfig().tolerances;

function folderTexts(dir) {
  return fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}
const workspaces = [{ name: 'seeds', files: folderTexts(path.join(root, 'seeds')) }];
const clustersDir = path.resolve(root, '../shared/corpus/clusters');
if (fs.existsSync(clustersDir)) {
  for (const c of fs.readdirSync(clustersDir).sort()) workspaces.push({ name: c, files: folderTexts(path.join(clustersDir, c)) });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn, runs) => {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn(i);
    out.push(performance.now() - start);
  }
  return median(out);
};

// 1. Reading throughput: every article of every workspace, several passes, after one warm-up pass.
const all = workspaces.flatMap((w) => w.files);
const bytes = all.reduce((s, f) => s + Buffer.byteLength(f.text), 0);
const readOnce = () => all.forEach((f, i) => readArticle(f.text, { uri: String(i), version: 0, source: f.name, tolerances }));
const firstReadMs = time(readOnce, 1);
const readMs = time(readOnce, 5);
const mbPerSecond = bytes / 1e6 / (readMs / 1000);

// 2. Whole workspace from cold (read + corpus + checks), and a keystroke: one document re-read, findings again.
const rows = [];
for (const w of workspaces) {
  const coldMs = time(() => {
    const s = createService();
    w.files.forEach((f) => s.update(f.name, f.text, { name: f.name }));
    s.findings();
  }, 3);
  const s = createService();
  w.files.forEach((f) => s.update(f.name, f.text, { name: f.name }));
  const findings = s.findings().length;
  const target = w.files.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const keystrokeMs = time((i) => {
    s.update(target.name, `${target.text}${i % 2 ? ' ' : ''}`);
    s.findings(target.name);
  }, 21);
  const offsets = [];
  const reading = s.reading(target.name);
  for (let k = 0; k < 200; k++) offsets.push(Math.floor((k / 200) * reading.text.length));
  const hoverMs = time(() => offsets.forEach((o) => s.at(target.name, o)), 5) / offsets.length;
  rows.push({ workspace: w.name, articles: w.files.length, kb: Math.round(w.files.reduce((a, f) => a + f.text.length, 0) / 1024), findings, coldMs, keystrokeMs, hoverMs });
}

const fmt = (n, d = 1) => n.toFixed(d);
console.log(`analysis load: ${fmt(loadMs)} ms; reading ${all.length} articles, ${fmt(bytes / 1e6, 2)} MB: first pass ${fmt(firstReadMs)} ms, then ${fmt(readMs)} ms = ${fmt(mbPerSecond, 2)} MB/s on one core`);
console.log('');
console.log('| workspace | articles | KB | findings | cold ms | keystroke ms | hover ms |');
console.log('|---|---|---|---|---|---|---|');
const shown = rows.length > 8 ? [rows[0], ...rows.slice(1).sort((a, b) => b.kb - a.kb).slice(0, 5)] : rows;
for (const r of shown) console.log(`| ${r.workspace} | ${r.articles} | ${r.kb} | ${r.findings} | ${fmt(r.coldMs)} | ${fmt(r.keystrokeMs)} | ${fmt(r.hoverMs, 3)} |`);
if (rows.length > 1) {
  const clusters = rows.slice(1);
  console.log('');
  console.log(`all ${clusters.length} clusters: median keystroke ${fmt(median(clusters.map((r) => r.keystrokeMs)))} ms, worst ${fmt(Math.max(...clusters.map((r) => r.keystrokeMs)))} ms; ${fmt(clusters.reduce((a, r) => a + r.findings, 0) / clusters.reduce((a, r) => a + r.articles, 0), 2)} findings per article`);
}

// 3. Semantic tokens and code lens of one document, as the server answers them once the corpus is
// built (a request right after an edit first waits for the rebuild, which the keystroke column times).
const { semanticTokens } = require(path.join(root, 'server/out/features/semanticTokens.js'));
const { codeLenses } = require(path.join(root, 'server/out/features/codeLens.js'));
const editor = [];
for (const w of workspaces) {
  // The first request per document after a rebuild (lenses are then cached until the next edit).
  const perDocument = (fn) => {
    const runs = [];
    for (let run = 0; run < 5; run++) {
      const s = createService();
      w.files.forEach((f) => s.update(f.name, f.text, { name: f.name }));
      s.findings();
      const start = performance.now();
      w.files.forEach((f) => fn(s, f.name));
      runs.push((performance.now() - start) / w.files.length);
    }
    return median(runs);
  };
  editor.push({ workspace: w.name, semanticTokensMs: perDocument(semanticTokens), codeLensMs: perDocument(codeLenses) });
}
const worst = (key) => Math.max(...editor.map((e) => e[key]));
console.log('');
console.log(`per document request: semantic tokens ${fmt(editor[0].semanticTokensMs, 3)} ms, code lens ${fmt(editor[0].codeLensMs, 3)} ms on the seeds; worst workspace ${fmt(worst('semanticTokensMs'), 3)} ms and ${fmt(worst('codeLensMs'), 3)} ms`);

fs.mkdirSync(path.join(root, '.bench'), { recursive: true });
fs.writeFileSync(path.join(root, '.bench/bench.json'), JSON.stringify({ node: process.version, loadMs, bytes, readMs, mbPerSecond, rows, editor }, null, 2));
