// The rules that overrule the entity tagger (read/mentions/overrides.ts, read/mentions/headlines.ts), each turned off in
// turn, measured in-process through the product's reading (readArticle; each document alone, exact spans,
// PER/ORG/LOC as in entities.mjs):
// - on a held-out train fold (fold 1 of 5, documents by stride), with a model trained on the other four folds and
//   a gazetteer built from them: the train cross-validation figure of the whole reading;
// - on dev, with the shipped model.
// A rule stays only when turning it off lowers F1 on both.
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { readConll, documentText } from './entities.mjs';
import { readForNer } from '../train/conll.mjs';
import { NER_SETTINGS, jackknife, featuresOf, trainPass } from '../train/ner.mjs';
import { toFile } from '../train/model.mjs';
import { prf } from './_reading.mjs';

const TYPE = { PER: 'person', ORG: 'organization', LOC: 'place' };

export default async function rules({ root, corpus }) {
  const require = createRequire(import.meta.url);
  const out = (p) => require(join(root, 'server', 'out', 'analysis', p));
  const { readArticle, defaultConfig } = out('index.js');
  const ner = out('read/ner.js');
  const { RULE_NAMES, disabledRules } = out('read/mentions/overrides.js');
  const tolerances = defaultConfig().tolerances;
  const score = (docs) => {
    let tp = 0, predicted = 0, gold = 0;
    docs.forEach((doc, i) => {
      const { text, gold: spans } = documentText(doc);
      const g = new Map(spans.filter((s) => TYPE[s.label]).map((s) => [`${s.start}:${s.end}`, TYPE[s.label]]));
      const misc = new Set(spans.filter((s) => s.label === 'MISC').map((s) => `${s.start}:${s.end}`));
      gold += g.size;
      const seen = new Set();
      for (const m of readArticle(text, { uri: String(i), version: 0, source: 'x', tolerances }).mentions) {
        const key = `${m.start}:${m.end}`;
        if (m.kind !== 'name' || !Object.values(TYPE).includes(m.type) || seen.has(key) || misc.has(key)) continue;
        seen.add(key);
        predicted++;
        if (g.get(key) === m.type) tp++;
      }
    });
    return prf(tp, predicted, gold);
  };
  const variants = [null, ...RULE_NAMES];
  const measure = (docs) =>
    variants.map((off) => {
      disabledRules.clear();
      if (off) disabledRules.add(off);
      const s = score(docs);
      disabledRules.clear();
      return s;
    });
  const dev = measure(readConll(join(corpus, 'conll2003', 'dev.txt')));
  // Fold 1 of train held out: a model and a gazetteer from the other folds.
  const trainDocs = readConll(join(corpus, 'conll2003', 'train.txt'));
  const aligned = readForNer(root, join(corpus, 'conll2003', 'train.txt'));
  const jk = jackknife(root, aligned, NER_SETTINGS.folds);
  const inFold = (d) => jk.fold[d] === 0;
  const features = featuresOf(root, aligned, (d) => jk.resources[jk.fold[d]]);
  const trained = trainPass(root, aligned.filter((_, d) => !inFold(d)), features.filter((_, d) => !inFold(d)), NER_SETTINGS);
  const file = { comment: '', scale: NER_SETTINGS.scale, passes: [toFile(root, trained, { scale: NER_SETTINGS.scale, comment: '' })], transitions: [Array.from(trained.transitions, (v) => Math.round(v * NER_SETTINGS.scale))] };
  ner.useNerModel(ner.nerModelFromFile(file), jk.resources[0]);
  const fold = measure(trainDocs.filter((_, d) => inFold(d)));
  const table = [['rule turned off', 'train fold F1', 'change', 'dev F1', 'change', 'verdict']];
  variants.forEach((v, k) => {
    const df = fold[k].f1 - fold[0].f1;
    const dd = dev[k].f1 - dev[0].f1;
    table.push([v ?? '(none: all rules on)', fold[k].f1, k ? df : '', dev[k].f1, k ? dd : '', k ? (df < 0 && dd < 0 ? 'helps on both: stays' : 'does not help on both') : '']);
  });
  return {
    title: 'Entity rules over the tagger: each turned off, on a held-out train fold (model without it) and on dev (each document alone)',
    table,
    results: { variants, fold, dev },
    goals: [],
  };
}
