#!/usr/bin/env node
// npm run train:speakers: trains the quotation attribution model (server/src/analysis/read/speakers/ defines
// its candidates and features) on PolNeAR train — never dev or test — and writes
// server/src/analysis/data/speakerModel.json. Prints the 5-fold cross-validation accuracy on train (folds of
// whole articles) beside the rules' accuracy, both by the external scorer's criterion, then trains on all of it.
// Deterministic: two runs write the same bytes.
// Usage: npm run train:speakers [-- --corpus ../shared/corpus] [--epochs N] [--l2 X]
import { writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGroups } from './speakers/polnear.mjs';
import { crossValidate, train } from './speakers/logit.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const corpus = option('--corpus', process.env.CROSSCHECK_CORPUS ?? join(root, '..', 'shared', 'corpus'));
export const OPTIONS = { epochs: Number(option('--epochs', '15')), rate: 0.2, l2: Number(option('--l2', '3e-3')) };
const split = join(corpus, 'quote_attribution', 'polnear_train');
if (!existsSync(join(root, 'server', 'out', 'analysis', 'read', 'speakers', 'index.js'))) {
  console.error('train-speakers: build first (npm run build)');
  process.exit(2);
}
if (!existsSync(split)) {
  console.error(`train-speakers: PolNeAR train not found at ${split} (set CROSSCHECK_CORPUS or --corpus)`);
  process.exit(2);
}
const modelPath = join(root, 'server', 'src', 'analysis', 'data', 'speakerModel.json');
const groups = buildGroups(root, split);
const rules = groups.filter((g) => g.candidates.find((c) => c.features.includes('rule'))?.right).length / groups.length;
const cv = crossValidate(groups, OPTIONS);
console.log(`PolNeAR train: ${groups.length} named direct quotations in ${new Set(groups.map((g) => g.file)).size} articles`);
console.log(`rules alone: ${rules.toFixed(3)}; model, 5-fold cross-validation: ${cv.accuracy.toFixed(3)} (folds ${cv.perFold.map((x) => x.toFixed(3)).join(' ')})`);
const weights = train(groups, OPTIONS);
const rounded = Object.fromEntries(
  [...weights.entries()]
    .map(([f, w]) => [f, Math.round(w * 1000) / 1000])
    .filter(([, w]) => w !== 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
);
const comment = `Written by scripts/train-speakers.mjs from PolNeAR train (${groups.length} quotations); do not edit by hand. Train 5-fold CV accuracy ${cv.accuracy.toFixed(3)}, rules alone ${rules.toFixed(3)}.`;
writeFileSync(modelPath, JSON.stringify({ comment, options: OPTIONS, weights: rounded }, null, 1) + '\n');
console.log(`wrote ${Object.keys(rounded).length} weights to ${modelPath}; run npm run build to use them`);
