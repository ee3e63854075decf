// The entity tagger's 5-fold cross-validation on CoNLL-2003 train (words, exact spans), as recorded by the last
// `npm run train -- ner --cv [--two-pass]` in scripts/train/ner-cv.json; it is not recomputed here (that takes minutes).
// The shipped model is the first pass alone. The figure of the whole reading on a held-out fold is in `rules`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export default async function tagger({ root }) {
  const file = join(root, 'scripts', 'train', 'ner-cv.json');
  if (!existsSync(file)) return { title: 'Entity tagger cross-validation: run npm run train -- ner --cv first', table: [], results: {}, goals: [] };
  const cv = JSON.parse(readFileSync(file, 'utf8'));
  const table = [['pass', 'fold', 'P (PER/ORG/LOC)', 'R', 'F1', 'F1 with MISC']];
  for (const r of cv.folds) table.push([r.pass, r.fold, r.perOrgLoc.precision, r.perOrgLoc.recall, r.perOrgLoc.f1, r.all.f1]);
  const mean = {};
  for (const pass of [...new Set(cv.folds.map((r) => r.pass))]) {
    const rows = cv.folds.filter((r) => r.pass === pass);
    const avg = (get) => rows.reduce((a, r) => a + get(r), 0) / rows.length;
    mean[pass] = { precision: avg((r) => r.perOrgLoc.precision), recall: avg((r) => r.perOrgLoc.recall), f1: avg((r) => r.perOrgLoc.f1), all: avg((r) => r.all.f1) };
    table.push([pass, 'mean', mean[pass].precision, mean[pass].recall, mean[pass].f1, mean[pass].all]);
  }
  return {
    title: 'Entity tagger: 5-fold cross-validation on CoNLL-2003 train (words, exact spans; shipped model = pass 1)',
    table,
    results: { settings: cv.settings, mean },
    goals: [],
  };
}
