#!/usr/bin/env node
// npm run train [-- pos|ner]: trains the part-of-speech tagger (scripts/train/pos.mjs; `pos`) and the
// named-entity tagger (server/src/analysis/read/tagger.ts defines its
// features) on CoNLL-2003 train — never dev or test — and writes server/src/analysis/data/nerModel.json.
// Deterministic: fixed sentence order per epoch (seeded shuffle), features written sorted, so two runs
// write the same bytes. Prints span F1 (PER/ORG/LOC) on dev after each epoch, for tuning only.
// Usage: npm run train [-- --corpus ../shared/corpus] [--epochs N]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const corpus = option('--corpus', process.env.CROSSCHECK_CORPUS ?? join(root, '..', 'shared', 'corpus'));
const EPOCHS = Number(option('--epochs', '8'));
const SEED = 20031;
/** Weights are stored as integers: value × SCALE, rounded; features whose rounded row is all zero are dropped. */
const SCALE = 10;
/** Margin (weight units) under which the reader treats a non-person tag over a rules' person as a guess; tuned on dev. */
const GUESS_MARGIN = 10;
if (args.includes('pos') || !args.includes('ner')) await import('./train/posMain.mjs').then((m) => m.main(root, corpus, args));
if (args.includes('pos')) process.exit(0);
const taggerPath = join(root, 'server', 'out', 'analysis', 'read', 'tagger.js');
if (!existsSync(taggerPath)) {
  console.error('train: build first (npm run build)');
  process.exit(2);
}
const tagger = createRequire(import.meta.url)(taggerPath);
const TAGS = tagger.TAGS;
const NT = TAGS.length;

/** CoNLL-2003 → documents of sentences of { word, tag } with IOB1 tags turned into BIO. */
function readConll(path) {
  const docs = [];
  let doc = [];
  let sentence = [];
  const endSentence = () => {
    if (sentence.length) doc.push(sentence);
    sentence = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.length) docs.push(doc);
      doc = [];
    } else if (cols.length < 4) endSentence();
    else {
      const prev = sentence[sentence.length - 1];
      let tag = cols[3];
      if (tag.startsWith('I-') && (!prev || prev.tag.slice(2) !== tag.slice(2))) tag = `B-${tag.slice(2)}`;
      sentence.push({ word: cols[0], tag });
    }
  }
  endSentence();
  if (doc.length) docs.push(doc);
  return docs;
}

function prepare(docs) {
  const out = [];
  for (const doc of docs) {
    const words = doc.map((s) => s.map((t) => t.word));
    const context = tagger.documentContext(words);
    doc.forEach((s, k) => out.push({ words: words[k], gold: s.map((t) => TAGS.indexOf(t.tag)), features: tagger.sentenceFeatures(words[k], context) }));
  }
  return out;
}

const train = prepare(readConll(join(corpus, 'conll2003', 'train.txt')));
const dev = prepare(readConll(join(corpus, 'conll2003', 'dev.txt')));

// Averaged perceptron with lazy averaging: avg = w − u / c.
const ids = new Map();
let w = new Float64Array(1 << 20);
let u = new Float64Array(1 << 20);
const idOf = (f, create) => {
  let id = ids.get(f);
  if (id === undefined && create) {
    id = ids.size * NT;
    ids.set(f, id);
    if (id + NT > w.length) {
      const grow = (a) => { const b = new Float64Array(a.length * 2); b.set(a); return b; };
      w = grow(w);
      u = grow(u);
    }
  }
  return id;
};
const trainIds = train.map((s) => s.features.map((fs) => fs.map((f) => idOf(f, true))));
let c = 1;

function predict(sentence, rows, weights, update) {
  const tags = [];
  let prev = '<s>';
  let prev2 = '<s>';
  const scores = new Float64Array(NT);
  for (let i = 0; i < sentence.words.length; i++) {
    const dyn = tagger.tagFeatures(prev, prev2, sentence.words[i].toLowerCase()).map((f) => idOf(f, update));
    const all = [...rows[i], ...dyn].filter((id) => id !== undefined);
    scores.fill(0);
    for (const id of all) for (let t = 0; t < NT; t++) scores[t] += weights(id + t);
    let best = 0;
    for (let t = 1; t < NT; t++) if (tagger.allowed(TAGS[t], prev) && scores[t] > scores[best]) best = t;
    if (update) {
      const gold = sentence.gold[i];
      if (gold !== best) {
        for (const id of all) {
          w[id + gold] += 1;
          u[id + gold] += c;
          w[id + best] -= 1;
          u[id + best] -= c;
        }
      }
      c++;
      // Train on the gold history, as the tagger will see its own (mostly right) history.
      tags.push(TAGS[gold]);
    } else tags.push(TAGS[best]);
    prev2 = prev;
    prev = tags[tags.length - 1];
  }
  return tags;
}

function spanF1(data, weights) {
  let tp = 0, predicted = 0, gold = 0;
  for (const s of data) {
    const rows = s.features.map((fs) => fs.map((f) => ids.get(f)));
    const key = (x) => `${x.start}:${x.end}:${x.type}`;
    const scored = (x) => x.type !== 'MISC';
    const p = tagger.tagSpans(predict(s, rows, weights, false)).filter(scored).map(key);
    const g = new Set(tagger.tagSpans(s.gold.map((t) => TAGS[t])).filter(scored).map(key));
    predicted += p.length;
    gold += g.size;
    tp += p.filter((k) => g.has(k)).length;
  }
  const P = tp / predicted, R = tp / gold;
  return { precision: P, recall: R, f1: (2 * P * R) / (P + R) };
}

let seed = SEED;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const order = train.map((_, i) => i);
const started = Date.now();
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const k of order) predict(train[k], trainIds[k], (id) => w[id], true);
  if (epoch === EPOCHS || args.includes('--verbose')) {
    const f = spanF1(dev, (id) => w[id] - u[id] / c);
    console.log(`epoch ${epoch}: dev span F1 ${f.f1.toFixed(4)} (P ${f.precision.toFixed(4)} R ${f.recall.toFixed(4)}), ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

const features = [];
const weights = [];
for (const f of [...ids.keys()].sort()) {
  const id = ids.get(f);
  const row = [];
  for (let t = 0; t < NT; t++) row.push(Math.round((w[id + t] - u[id + t] / c) * SCALE));
  if (row.every((x) => x === 0)) continue;
  features.push(f);
  weights.push(...row);
}
const file = {
  comment: 'Generated by scripts/train.mjs (npm run train) from CoNLL-2003 train; do not edit by hand.',
  tags: [...TAGS],
  scale: SCALE,
  guessMargin: GUESS_MARGIN,
  features,
  weights,
};
const out = join(root, 'server', 'src', 'analysis', 'data', 'nerModel.json');
writeFileSync(out, JSON.stringify(file) + '\n');
console.log(`wrote ${out}: ${features.length} features, ${(readFileSync(out).length / 1e6).toFixed(2)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s`);
