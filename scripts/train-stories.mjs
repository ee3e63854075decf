#!/usr/bin/env node
// npm run train:stories: trains the story model (server/src/analysis/corpus/storyModel.ts defines its features) and
// writes server/src/analysis/data/storyModel.json.
//
// Train: ../shared/corpus/fresh (74 events; 13 ECB+ topics hold two events of one kind each), flat in one folder.
// Dev: ../shared/corpus/clusters (30 events), never used here; `npm run eval -- stories` reports it.
// The threshold is chosen by 5-fold cross-validation over fresh, folded by topic (both events of an ECB+ topic in
// one fold): the model learns from four folds, the real index groups the whole folder as a cold load does, and B³
// is counted over the articles of the fifth fold (the others stay in the folder as distractors). Articles are seen both without dates and with
// their meta.json dates (as a crosscheck.yaml `sources` would give them), so the date features are learned.
// Deterministic: fixed order, plain batch gradient descent.
import { existsSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { bcubed, flatArticles, groupArticles } from './eval/_stories.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const corpus = option('--corpus', process.env.CROSSCHECK_CORPUS ?? join(root, '..', 'shared', 'corpus'));
const out = join(root, 'server', 'out', 'analysis', 'corpus');
if (!existsSync(join(out, 'stories.js'))) {
  console.error('train:stories: build first (npm run build)');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const stories = require(join(out, 'stories.js'));
const { FolderTerms, candidateKeys } = require(join(out, 'storyTerms.js'));
const model = require(join(out, 'storyModel.js'));
const signatures = require(join(out, 'storySignature.js'));

const FOLDS = 5;
const L2 = 0.001;
const EPOCHS = 3000;
const RATE = 0.5;
const THRESHOLDS = (process.env.THRESHOLDS ?? '0.2,0.25,0.3,0.35,0.4,0.5').split(',').map(Number);

const articles = flatArticles(corpus, ['fresh']);
const topicOf = (a) => a.cluster.match(/^ecb_t(\d+)_/)?.[1] ?? a.cluster;

/** Candidate pairs as the index finds them (rare shared terms), with their features and whether they are one story. */
function pairsOf(docs, dates) {
  const terms = new FolderTerms();
  const items = docs.map((a, key) => {
    const signature = signatures.storySignature(a.text, { date: dates ? a.date : undefined });
    const { terms: _, ...facts } = signature;
    return { a, key, facts, counts: terms.add(key, signature) };
  });
  for (const item of items) item.vectors = model.storyVectors(item.counts, terms);
  const seen = new Set();
  const rows = [];
  for (const item of items) {
    for (const key of candidateKeys(item.key, item.vectors, terms)) {
      const pair = Math.min(item.key, key) * docs.length + Math.max(item.key, key);
      if (seen.has(pair)) continue;
      seen.add(pair);
      const other = items[key];
      rows.push({ story: item.a.story, topics: [topicOf(item.a), topicOf(other.a)], x: model.pairFeatures(item, other, terms), y: item.a.story === other.a.story ? 1 : 0 });
    }
  }
  return rows;
}

function train(rows) {
  const names = Object.keys(rows[0].x);
  const w = new Array(names.length + 1).fill(0);
  const X = rows.map((r) => names.map((n) => r.x[n]));
  // Each story's pairs weigh as much as a triplet's: a story of twenty articles has 190 pairs, a triplet three.
  const positives = new Map();
  for (const r of rows) if (r.y) positives.set(r.story, (positives.get(r.story) ?? 0) + 1);
  const weight = rows.map((r) => (!r.y || !process.env.BALANCE ? 1 : 3 / positives.get(r.story)));
  const total = weight.reduce((a, b) => a + b, 0);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = new Array(names.length + 1).fill(0);
    X.forEach((x, i) => {
      let z = w[names.length];
      for (let k = 0; k < names.length; k++) z += w[k] * x[k];
      const err = (1 / (1 + Math.exp(-z)) - rows[i].y) * weight[i];
      for (let k = 0; k < names.length; k++) grad[k] += err * x[k];
      grad[names.length] += err;
    });
    for (let k = 0; k <= names.length; k++) w[k] -= RATE * (grad[k] / total + (k < names.length ? L2 * w[k] : 0));
  }
  const weights = { bias: round(w[names.length]) };
  names.forEach((n, k) => (weights[n] = round(w[k])));
  return weights;
}

const round = (v) => Math.round(v * 1000) / 1000;

const allRows = [...pairsOf(articles, false), ...pairsOf(articles, true)];
console.log(`${articles.length} articles, ${allRows.length} candidate pairs (${allRows.filter((r) => r.y).length} same story)`);

const topics = [...new Set(articles.map(topicOf))].sort();
const foldOf = new Map(topics.map((t, i) => [t, i % FOLDS]));
const cv = new Map(THRESHOLDS.map((t) => [t, []]));
for (let fold = 0; fold < FOLDS; fold++) {
  const weights = train(allRows.filter((r) => r.topics.every((t) => foldOf.get(t) !== fold)));
  const held = new Set(articles.filter((a) => foldOf.get(topicOf(a)) === fold).map((a) => a.name));
  const truth = new Map(articles.map((a) => [a.name, a.story]));
  for (const threshold of THRESHOLDS) {
    for (const dates of [false, true]) {
      const { predicted } = groupArticles(stories, articles, { dates, model: { weights, threshold } });
      cv.get(threshold).push(bcubed(truth, predicted, held).f1);
    }
  }
}
const mean = (list) => list.reduce((s, v) => s + v, 0) / list.length;
for (const [threshold, scores] of cv) console.log(`threshold ${threshold}: cross-validated B³ F1 ${mean(scores).toFixed(3)}`);
const [threshold, scores] = [...cv].sort((a, b) => mean(b[1]) - mean(a[1]) || a[0] - b[0])[0];
const weights = train(allRows);
const file = join(root, 'server', 'src', 'analysis', 'data', 'storyModel.json');
const comment = `Trained by scripts/train-stories.mjs on corpus/fresh flat (${articles.length} articles, ${allRows.length} candidate pairs); threshold by ${FOLDS}-fold cross-validation by topic (B³ F1 ${mean(scores).toFixed(3)}). Do not edit by hand.`;
writeFileSync(file, `${JSON.stringify({ comment, features: model.PAIR_FEATURES, weights, threshold }, null, 2)}\n`);
console.log(`threshold ${threshold}, weights ${JSON.stringify(weights)}\nwrote ${file}`);
