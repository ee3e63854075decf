// Trains the part-of-speech tagger of server/src/analysis/read/pos.ts (its features) on aligned CoNLL sentences.
import { AveragedWeights, frequent } from './averaged.mjs';
import { outModule, shuffler } from './conll.mjs';

export const POS_SETTINGS = { epochs: 6, minCount: 2, seed: 20031 };

/** Trains on `sentences` (aligned: words, pos); returns { tags, names, weights } (averaged, dense). */
export function trainPos(root, sentences, settings = POS_SETTINGS) {
  const pos = outModule(root, 'read/pos.js');
  const tags = [...new Set(sentences.flatMap((s) => s.pos))].sort();
  const tagIndex = new Map(tags.map((t, k) => [t, k]));
  const T = tags.length;
  const model = new AveragedWeights(T);
  const statics = sentences.map((s) => pos.posSentenceFeatures(s.words));
  const keep = frequent(statics, settings.minCount);
  const rows = statics.map((fs) => fs.map((list) => Int32Array.from(list.filter((f) => keep.has(f)).map((f) => model.id(f, true)))));
  const gold = sentences.map((s) => s.pos.map((t) => tagIndex.get(t)));
  const order = sentences.map((_, i) => i);
  const shuffle = shuffler(settings.seed);
  const scores = new Float64Array(T);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    shuffle(order);
    for (const k of order) {
      const words = sentences[k].words;
      let prev = '<s>';
      let prev2 = '<s>';
      for (let i = 0; i < words.length; i++) {
        const dynamic = pos.posTagFeatures(prev, prev2, words[i]).map((f) => model.id(f, true));
        scores.fill(0);
        for (const id of rows[k][i]) for (let t = 0; t < T; t++) scores[t] += model.w[id + t];
        for (const id of dynamic) for (let t = 0; t < T; t++) scores[t] += model.w[id + t];
        let best = 0;
        for (let t = 1; t < T; t++) if (scores[t] > scores[best]) best = t;
        const g = gold[k][i];
        if (best !== g) {
          for (const id of rows[k][i]) (model.update(id, g, 1), model.update(id, best, -1));
          for (const id of dynamic) (model.update(id, g, 1), model.update(id, best, -1));
        }
        model.tick();
        // The tagger sees its own history: train on it.
        prev2 = prev;
        prev = tags[best];
      }
    }
  }
  return { tags, names: model.names, weights: model.averaged() };
}

/** Token accuracy of a trained model (as a LinearModel) on aligned sentences, through the product's tagging path. */
export function posAccuracy(root, linear, sentences) {
  const pos = outModule(root, 'read/pos.js');
  let right = 0;
  let total = 0;
  for (const s of sentences) {
    const predicted = pos.tagPos(linear, s.words);
    predicted.forEach((t, i) => {
      total++;
      if (t === s.pos[i]) right++;
    });
  }
  return { accuracy: right / total, words: total };
}
