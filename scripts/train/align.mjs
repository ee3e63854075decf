#!/usr/bin/env node
// Trains the pair scorer of corpus/align.ts: a logistic regression over the features of corpus/alignFeatures.ts,
// written to server/src/analysis/data/alignModel.json.
//
//   node scripts/train/align.mjs [--corpus ../shared/corpus] [--folds 5] [--hold-out fresh] [--dry]      (build first: npx tsc -b)
//
// The model is small gradient-boosted trees (--model trees, the default) or a logistic regression (--model logistic).
// Training pairs are the candidate pairs the corpus makes (same dimension, a shared blocking key, two sources):
//   - the dev answer key (answer-key-dev.yaml): contradictions and agreements are one statement, near misses two;
//   - silver pairs from the 30 clusters and the 74 fresh/ clusters: the same value in two outlets is one statement,
//     values that cannot both be true are, mostly, two (a real disagreement among them is rare: label noise).
// The features never see the values, so the scorer cannot learn that "same value" means "same statement".
// Cross-validation is by cluster: each fold trains on some stories and is scored on the others (printed). The
// threshold written is the lowest probability at which the held-out silver precision reaches --precision (0.9).
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const corpusDir = option('--corpus', process.env.CROSSCHECK_CORPUS ?? join(root, '..', 'shared', 'corpus'));
const FOLDS = Number(option('--folds', '5'));
const PRECISION = Number(option('--precision', '0.9'));
const L2 = Number(option('--l2', '0.01'));
const out = join(root, 'server', 'src', 'analysis', 'data', 'alignModel.json');

const analysis = join(root, 'server', 'out', 'analysis');
if (!existsSync(join(analysis, 'index.js'))) {
  console.error('train align: build first (npx tsc -b)');
  process.exit(2);
}
const { createService, createStoryIndex } = require(join(analysis, 'index.js'));
const { createFolderWorkspace } = require(join(root, 'server', 'out', 'node', 'folder.js'));
const align = require(join(analysis, 'corpus', 'align.js'));
const F = require(join(analysis, 'corpus', 'alignFeatures.js'));
const { valuesDisjoint } = require(join(analysis, 'read', 'values', 'index.js'));
const YAML = require('yaml');

const key = YAML.parse(readFileSync(join(corpusDir, 'answer-key-dev.yaml'), 'utf8'));
const keyByCluster = new Map();
for (const [section, same] of [['contradictions', 1], ['agreements', 1], ['near_misses', 0]]) {
  for (const pair of key[section] ?? []) {
    const list = keyByCluster.get(pair.cluster) ?? [];
    list.push({ ...pair, same, section });
    keyByCluster.set(pair.cluster, list);
  }
}

/** Every candidate pair of one cluster folder, with features and a label (or none). */
function pairsOf(set, cluster) {
  const dir = join(corpusDir, set, cluster);
  // One cluster is one story: its corpus aligns every article of the folder.
  const service = createService({ workspace: createFolderWorkspace(dir), createStoryIndex: (options) => createStoryIndex({ ...options, grouping: 'one' }) });
  const texts = new Map();
  for (const file of readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort()) texts.set(file, readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, ''));
  const uris = service.uris();
  if (uris.length === 0) return [];
  const corpus = service.corpus(uris[0]);
  const placed = align.placeStatements([...corpus.readings.values()], corpus.mentionEntity, corpus.entityById);
  const rarity = align.rarityOf(placed);
  const keyed = new Map();
  for (const pair of set === 'clusters' ? keyByCluster.get(cluster) ?? [] : []) {
    const spanOf = (side) => {
      const text = texts.get(side.file);
      const start = text ? text.indexOf(side.anchor) : -1;
      return start < 0 ? undefined : { file: side.file, start, end: start + side.anchor.length };
    };
    const a = spanOf(pair.a);
    const b = spanOf(pair.b);
    if (!a || !b) continue;
    const inside = (ref, span) => decodeURIComponent(ref.uri.split('/').pop()) === span.file && ref.quantity.start < span.end && span.start < ref.quantity.end;
    for (const x of placed.filter((r) => inside(r, a))) for (const y of placed.filter((r) => inside(r, b))) keyed.set(align.pairKey(x, y), pair.same);
  }
  const rows = [];
  for (const { a, b, x } of align.featurePairs(placed, rarity)) {
    const k = align.pairKey(a, b);
    let label;
    let weight = 1;
    let source = 'silver';
    if (keyed.has(k)) {
      label = keyed.get(k);
      weight = 5;
      source = 'key';
    } else if (sameValue(a.quantity, b.quantity)) {
      label = 1;
      // Small numbers and weekdays coincide by chance more often.
      if (a.quantity.kind === 'day' || (a.quantity.low !== null && Math.abs(a.quantity.low) <= 10 && a.quantity.kind === 'count')) weight = 0.5;
    } else if (valuesDisjoint(a.quantity, b.quantity, 0.05)) {
      // Two statements with values that cannot both be true are two statements when one source also gives the
      // other's value (it tells them apart); otherwise the pair may be a real disagreement, and is not used.
      const echoes = (ref, value) => placed.some((o) => o.uri === ref.uri && o !== ref && align.dimensionOf(o) === align.dimensionOf(ref) && sameValue(o.quantity, value));
      if (!echoes(b, a.quantity) && !echoes(a, b.quantity)) continue;
      label = 0;
    } else continue;
    rows.push({ cluster: `${set}/${cluster}`, x, label, weight, source, a: describe(a), b: describe(b) });
  }
  return rows;
}

function sameValue(a, b) {
  return a.kind === b.kind && a.unit === b.unit && a.low === b.low && a.high === b.high && a.low !== null;
}

function describe(ref) {
  return `${ref.uri}:“${ref.quantity.text}”`;
}

const rows = [];
for (const set of ['clusters', 'fresh']) {
  const dir = join(corpusDir, set);
  if (!existsSync(dir)) continue;
  for (const cluster of readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory()).sort()) rows.push(...pairsOf(set, cluster));
}
const clusters = [...new Set(rows.map((r) => r.cluster))].sort();
console.log(`${rows.length} pairs from ${clusters.length} clusters: ${rows.filter((r) => r.label === 1).length} same, ${rows.filter((r) => r.label === 0).length} different; key pairs ${rows.filter((r) => r.source === 'key').length}`);

/** Weighted L2 logistic regression by Newton's method (few features, so the Hessian is small). */
function fit(data) {
  const d = F.FEATURES.length;
  let w = new Array(d).fill(0);
  for (let iteration = 0; iteration < 30; iteration++) {
    const g = new Array(d).fill(0);
    const H = Array.from({ length: d }, () => new Array(d).fill(0));
    for (const r of data) {
      const p = sigmoid(dot(w, r.x));
      const s = r.weight * p * (1 - p);
      for (let i = 0; i < d; i++) {
        if (r.x[i] === 0) continue;
        g[i] += r.weight * (p - r.label) * r.x[i];
        for (let j = 0; j < d; j++) if (r.x[j] !== 0) H[i][j] += s * r.x[i] * r.x[j];
      }
    }
    const n = data.reduce((t, r) => t + r.weight, 0);
    for (let i = 0; i < d; i++) {
      g[i] = g[i] / n + (i === 0 ? 0 : L2 * w[i]);
      for (let j = 0; j < d; j++) H[i][j] = H[i][j] / n + (i === j ? (i === 0 ? 1e-6 : L2) : 0);
    }
    const step = solve(H, g);
    w = w.map((v, i) => v - step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return w;
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));
const dot = (w, x) => w.reduce((t, v, i) => t + v * x[i], 0);

function solve(A, b) {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[pivot][c])) pivot = r;
    [M[c], M[pivot]] = [M[pivot], M[c]];
    if (Math.abs(M[c][c]) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((row, i) => (Math.abs(row[i]) < 1e-12 ? 0 : row[n] / row[i]));
}

/**
 * Small gradient-boosted trees for the logistic loss: depth-limited regression trees on Newton steps, each leaf's value
 * shrunk by the learning rate. Features are few and mostly 0/1, so every threshold between two seen values is tried.
 */
function fitTrees(data, { trees = TREES, depth = DEPTH, rate = RATE, minLeaf = 8 } = {}) {
  const n = data.length;
  const d = F.FEATURES.length;
  const totalWeight = data.reduce((t, r) => t + r.weight, 0);
  const positive = data.reduce((t, r) => t + r.weight * r.label, 0) / totalWeight;
  const base = Math.log(positive / (1 - positive));
  const margin = new Float64Array(n).fill(base);
  const model = { base, trees: [] };
  // Up to 32 thresholds per feature (quantiles of its values); every row's bin per feature, computed once.
  const thresholds = Array.from({ length: d }, (_, f) => {
    const values = [...new Set(data.map((r) => r.x[f]))].sort((a, b) => a - b);
    const cuts = values.slice(1).map((v, i) => (v + values[i]) / 2);
    if (cuts.length <= 32) return cuts;
    return [...new Set(Array.from({ length: 32 }, (_, k) => cuts[Math.floor(((k + 0.5) * cuts.length) / 32)]))];
  });
  const bins = data.map((r) => thresholds.map((cuts, f) => cuts.filter((c) => r.x[f] >= c).length));
  for (let t = 0; t < trees; t++) {
    const g = new Float64Array(n);
    const h = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = sigmoid(margin[i]);
      g[i] = data[i].weight * (p - data[i].label);
      h[i] = data[i].weight * Math.max(p * (1 - p), 1e-6);
    }
    const grow = (rows, level) => {
      let G = 0;
      let H = 0;
      for (const i of rows) [G, H] = [G + g[i], H + h[i]];
      const leaf = { v: (-G / (H + 1)) * rate };
      if (level >= depth || rows.length < 2 * minLeaf) return leaf;
      let best = { gain: 1e-9 };
      for (let f = 0; f < d; f++) {
        const k = thresholds[f].length;
        if (k === 0) continue;
        const gb = new Float64Array(k + 1);
        const hb = new Float64Array(k + 1);
        const nb = new Int32Array(k + 1);
        for (const i of rows) {
          const b = bins[i][f];
          gb[b] += g[i];
          hb[b] += h[i];
          nb[b]++;
        }
        let GL = 0;
        let HL = 0;
        let nl = 0;
        for (let c = 0; c < k; c++) {
          GL += gb[c];
          HL += hb[c];
          nl += nb[c];
          if (nl < minLeaf || rows.length - nl < minLeaf) continue;
          const gain = (GL * GL) / (HL + 1) + ((G - GL) * (G - GL)) / (H - HL + 1) - (G * G) / (H + 1);
          if (gain > best.gain) best = { gain, f, c };
        }
      }
      if (best.f === undefined) return leaf;
      const left = rows.filter((i) => bins[i][best.f] <= best.c);
      const right = rows.filter((i) => bins[i][best.f] > best.c);
      return { f: F.FEATURES[best.f], t: thresholds[best.f][best.c], l: grow(left, level + 1), r: grow(right, level + 1) };
    };
    const tree = grow([...Array(n).keys()], 0);
    model.trees.push(tree);
    for (let i = 0; i < n; i++) margin[i] += leafValue(tree, data[i].x);
  }
  return model;
}

function leafValue(tree, x) {
  let node = tree;
  while (node.f !== undefined) node = x[F.FEATURES.indexOf(node.f)] < node.t ? node.l : node.r;
  return node.v;
}

const TREES = Number(option('--trees', '120'));
const DEPTH = Number(option('--depth', '3'));
const RATE = Number(option('--rate', '0.1'));
const KIND = option('--model', 'trees');
const train = (data) => (KIND === 'trees' ? fitTrees(data) : { weights: fit(data) });
const predict = (model, x) => (model.trees ? sigmoid(model.trees.reduce((t, tree) => t + leafValue(tree, x), model.base)) : sigmoid(dot(model.weights, x)));

// --hold-out <set> (e.g. fresh): that set's pairs are neither trained on nor cross-validated, only scored at the end by
// the model trained on the other sets, as a check on stories the scorer never saw.
const HOLD_OUT = option('--hold-out', '');
const checkRows = rows.filter((r) => HOLD_OUT && r.cluster.startsWith(`${HOLD_OUT}/`));
const trainRows = rows.filter((r) => !checkRows.includes(r));
const trainClusters = clusters.filter((c) => !HOLD_OUT || !c.startsWith(`${HOLD_OUT}/`));

// Cross-validation by cluster: clusters dealt to folds by a stride over their sorted names.
const heldOut = [];
const folds = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const test = new Set(trainClusters.filter((_, i) => i % FOLDS === fold));
  const model = train(trainRows.filter((r) => !test.has(r.cluster)));
  const scored = trainRows.filter((r) => test.has(r.cluster)).map((r) => ({ ...r, p: predict(model, r.x) }));
  heldOut.push(...scored);
  folds.push(scored);
}

function report(list, label) {
  const at = (t) => {
    const predicted = list.filter((r) => r.p >= t);
    const tp = predicted.filter((r) => r.label === 1).length;
    const positives = list.filter((r) => r.label === 1).length;
    return { t, precision: predicted.length ? tp / predicted.length : 1, recall: positives ? tp / positives : 0, n: predicted.length };
  };
  const auc = aucOf(list);
  console.log(`\n${label}: ${list.length} pairs, AUC ${auc.toFixed(3)}`);
  for (const t of [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]) {
    const r = at(t);
    console.log(`  p ≥ ${t.toFixed(2)}: precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)} (${r.n} pairs)`);
  }
  return at;
}

function aucOf(list) {
  const sorted = [...list].sort((a, b) => a.p - b.p);
  let rank = 0;
  let positives = 0;
  let sum = 0;
  for (const r of sorted) {
    rank++;
    if (r.label === 1) {
      positives++;
      sum += rank;
    }
  }
  const negatives = list.length - positives;
  return positives && negatives ? (sum - (positives * (positives + 1)) / 2) / (positives * negatives) : 0;
}

const silverAt = report(heldOut.filter((r) => r.source === 'silver'), 'held-out silver pairs (cross-validation by cluster)');
report(heldOut.filter((r) => r.source === 'key'), 'held-out key pairs (dev answer key)');
let threshold = 0.95;
for (let t = 0.5; t <= 0.95; t += 0.01) {
  if (silverAt(t).precision >= PRECISION) {
    threshold = Math.round(t * 100) / 100;
    break;
  }
}
// Each fold's held-out silver pairs at the threshold chosen over all folds: how much the figure varies by story.
console.log(`\nfolds (held-out silver pairs, at threshold ${threshold}):`);
folds.forEach((scored, fold) => {
  const silver = scored.filter((r) => r.source === 'silver');
  const predicted = silver.filter((r) => r.p >= threshold);
  const tp = predicted.filter((r) => r.label === 1).length;
  const positives = silver.filter((r) => r.label === 1).length;
  console.log(`  fold ${fold + 1}: ${silver.length} pairs, AUC ${aucOf(silver).toFixed(3)}, precision ${(predicted.length ? tp / predicted.length : 1).toFixed(3)}, recall ${(positives ? tp / positives : 0).toFixed(3)}`);
});
const final = train(trainRows);
if (checkRows.length > 0) {
  const checkAt = report(checkRows.filter((r) => r.source === 'silver').map((r) => ({ ...r, p: predict(final, r.x) })), `${HOLD_OUT}/ silver pairs, never trained on (model of the other sets)`);
  console.log(`  at the threshold below: precision ${checkAt(threshold).precision.toFixed(3)}, recall ${checkAt(threshold).recall.toFixed(3)}`);
}
console.log(`\nthreshold ${threshold} (held-out silver precision ≥ ${PRECISION}), model: ${KIND === 'trees' ? `${TREES} trees of depth ${DEPTH}, rate ${RATE}` : 'logistic regression'}`);
if (final.weights) console.log(F.FEATURES.map((f, i) => `  ${f.padEnd(20)} ${final.weights[i].toFixed(3)}`).join('\n'));
if (args.includes('--dump')) writeFileSync(option('--dump', '/tmp/align-heldout.json'), JSON.stringify(heldOut.map(({ x, ...r }) => ({ ...r, x: Object.fromEntries(F.FEATURES.map((f, i) => [f, x[i]]).filter(([, v]) => v)) }))));
if (args.includes('--show')) {
  for (const r of heldOut.filter((r) => r.source === 'key').sort((a, b) => a.p - b.p)) console.log(`${r.p.toFixed(2)} ${r.label} ${r.cluster} ${r.a} ${r.b}`);
}
if (!args.includes('--dry')) {
  const roundTree = (node) => (node.f === undefined ? { v: Math.round(node.v * 1e4) / 1e4 } : { ...node, l: roundTree(node.l), r: roundTree(node.r) });
  const file = {
    comment: `Pair scorer of corpus/align.ts over corpus/alignFeatures.ts: ${KIND === 'trees' ? `${TREES} boosted trees of depth ${DEPTH}` : 'logistic regression'}. Generated by scripts/train/align.mjs; do not edit by hand.`,
    features: [...F.FEATURES],
    ...(final.trees ? { base: Math.round(final.base * 1e4) / 1e4, trees: final.trees.map(roundTree) } : { weights: final.weights.map((v) => Math.round(v * 1000) / 1000) }),
    threshold,
  };
  writeFileSync(out, JSON.stringify(file) + '\n');
  console.log(`wrote ${out}`);
}
