// Trains the entity tagger of server/src/analysis/read/ner.ts (its features, its Viterbi decoder): a structured
// averaged perceptron over BILOU tags, one or two passes. Gazetteer features of a training document come from lists
// built without that document's fold, and the second pass reads first-pass tags from models that never saw the
// document (jackknifed by the same folds), so training sees features as noisy as those of unseen text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AveragedWeights } from './averaged.mjs';
import { outModule, shuffler } from './conll.mjs';
import { gazetteerLists } from './gazetteer.mjs';

export const NER_SETTINGS = { epochs: 8, minCount: 1, seed: 20031, folds: 5, scale: 100 };

export function nerModules(root) {
  return { ner: outModule(root, 'read/ner.js'), lexicon: outModule(root, 'data/lexicon.js') };
}

/** BIO → BILOU. */
export function toBilou(tags) {
  return tags.map((tag, i) => {
    if (tag === 'O') return tag;
    const type = tag.slice(2);
    const continues = tags[i + 1] === `I-${type}`;
    if (tag[0] === 'B') return continues ? tag : `U-${type}`;
    return continues ? tag : `L-${type}`;
  });
}

/** Resources as the product builds them, with a gazetteer built from `docs` (the documents' own fold left out). */
export function resourcesFor(root, docs) {
  const { ner, lexicon } = nerModules(root);
  const raw = JSON.parse(readFileSync(join(root, 'server', 'src', 'analysis', 'data', 'lexicon.json'), 'utf8'));
  const clusters = ner.clustersFromFile(JSON.parse(readFileSync(join(root, 'server', 'src', 'analysis', 'data', 'wordClusters.json'), 'utf8')));
  return { lex: lexicon.lexicon(), gazetteer: ner.buildGazetteer(gazetteerLists(docs), raw), clusters };
}

/** Fold of each document (by stride), and per fold the resources built from the other folds. */
export function jackknife(root, docs, k) {
  const fold = docs.map((_, i) => i % k);
  const resources = Array.from({ length: k }, (_, f) => resourcesFor(root, docs.filter((_, i) => fold[i] !== f)));
  return { fold, resources };
}

/**
 * Feature names of every word: `docs` with a resources object per document, and optional prediction bits per
 * document (arrays per sentence).
 */
export function featuresOf(root, docs, resourcesOfDoc, predictions) {
  const { ner } = nerModules(root);
  return docs.map((doc, d) => {
    const res = resourcesOfDoc(d);
    const flags = ner.documentFlags(doc, res.lex);
    return doc.map((s, k) => ner.sentenceFeatures(s, flags, res, predictions?.[d]?.[k]));
  });
}

/** Trains one pass on documents' features and gold tags; returns { names, weights, transitions } averaged. */
export function trainPass(root, docs, features, settings = NER_SETTINGS) {
  const { ner } = nerModules(root);
  const TAGS = ner.NER_TAGS;
  const T = TAGS.length;
  const E = T + 1;
  const tagIndex = new Map(TAGS.map((t, k) => [t, k]));
  const model = new AveragedWeights(T);
  const counts = new Map();
  if (settings.minCount > 1) for (const doc of features) for (const s of doc) for (const fs of s) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f) => settings.minCount <= 1 || (counts.get(f) ?? 0) >= settings.minCount;
  const sentences = [];
  docs.forEach((doc, d) =>
    doc.forEach((s, k) => {
      if (s.words.length === 0) return;
      sentences.push({
        ids: features[d][k].map((fs) => Int32Array.from(fs.filter(keep).map((f) => model.id(f, true)))),
        gold: Int32Array.from(toBilou(s.ner), (t) => tagIndex.get(t)),
      });
    }),
  );
  const trans = new Float64Array(E * E);
  const transU = new Float64Array(E * E);
  const order = sentences.map((_, i) => i);
  const shuffle = shuffler(settings.seed);
  const transitions = new Float32Array(E * E);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    shuffle(order);
    let wrong = 0;
    for (const k of order) {
      const { ids, gold } = sentences[k];
      const n = gold.length;
      const em = new Float32Array(n * T);
      for (let i = 0; i < n; i++) for (const id of ids[i]) for (let t = 0; t < T; t++) em[i * T + t] += model.w[id + t];
      for (let j = 0; j < E * E; j++) transitions[j] = trans[j];
      const path = ner.viterbi(em, n, transitions);
      let differs = false;
      for (let i = 0; i < n; i++) {
        if (path[i] === gold[i]) continue;
        differs = true;
        for (const id of ids[i]) (model.update(id, gold[i], 1), model.update(id, path[i], -1));
      }
      if (differs) {
        wrong++;
        for (let i = 0; i <= n; i++) {
          const gp = i === 0 ? T : gold[i - 1];
          const gt = i === n ? T : gold[i];
          const pp = i === 0 ? T : path[i - 1];
          const pt = i === n ? T : path[i];
          if (gp === pp && gt === pt) continue;
          trans[gp * E + gt] += 1;
          transU[gp * E + gt] += model.c;
          trans[pp * E + pt] -= 1;
          transU[pp * E + pt] -= model.c;
        }
      }
      model.tick();
    }
    if (settings.verbose) console.log(`  epoch ${epoch + 1}: ${wrong} of ${sentences.length} sentences wrong`);
  }
  const avgTrans = new Float64Array(E * E);
  for (let j = 0; j < E * E; j++) avgTrans[j] = trans[j] - transU[j] / model.c;
  return { tags: [...TAGS], names: model.names, weights: model.averaged(), transitions: avgTrans };
}

/** Tags documents with trained passes (as loaded by the product: `NerModel`), each document with its resources. */
export function tagDocs(root, model, docs, resourcesOfDoc) {
  const { ner } = nerModules(root);
  return docs.map((doc, d) => ner.tagDocument(model, doc, resourcesOfDoc(d)).tags);
}

/** Span P/R/F1 over words: all four types, and PER/ORG/LOC as the external scorer counts them. */
export function spanScores(root, docs, predicted) {
  const { ner } = nerModules(root);
  const c = { all: { tp: 0, p: 0, g: 0 }, pol: { tp: 0, p: 0, g: 0 } };
  docs.forEach((doc, d) =>
    doc.forEach((s, k) => {
      const key = (x) => `${x.start}:${x.end}:${x.type}`;
      const gold = ner.nerSpans(toBilou(s.ner));
      const pred = ner.nerSpans(predicted[d][k]);
      for (const [name, keepType] of [['all', () => true], ['pol', (t) => t !== 'MISC']]) {
        const g = new Set(gold.filter((x) => keepType(x.type)).map(key));
        const p = pred.filter((x) => keepType(x.type)).map(key);
        c[name].g += g.size;
        c[name].p += p.length;
        c[name].tp += p.filter((x) => g.has(x)).length;
      }
    }),
  );
  const f = ({ tp, p, g }) => {
    const P = p ? tp / p : 0;
    const R = g ? tp / g : 0;
    return { precision: P, recall: R, f1: P + R ? (2 * P * R) / (P + R) : 0 };
  };
  return { all: f(c.all), perOrgLoc: f(c.pol) };
}
