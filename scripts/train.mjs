#!/usr/bin/env node
// npm run train [-- pos|ner] [--cv]: trains the part-of-speech tagger (scripts/train/posMain.mjs) and the entity
// tagger (scripts/train/nerMain.mjs) on CoNLL-2003 train — never dev or test — into server/src/analysis/data/.
// With --cv each prints its 5-fold cross-validation on train first. Deterministic (seeded shuffles, sorted features).
// The word clusters the entity tagger reads are made by scripts/train/clusters.mjs (run it first when they are missing).
// Order matters: the entity tagger's features read the part-of-speech model, so `pos` runs before `ner`.
// Usage: npm run train [-- pos|ner] [--cv] [--corpus ../shared/corpus]
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const corpus = option('--corpus', process.env.CROSSCHECK_CORPUS ?? join(root, '..', 'shared', 'corpus'));
const all = !args.includes('pos') && !args.includes('ner');
if (all || args.includes('pos')) await import('./train/posMain.mjs').then((m) => m.main(root, corpus, args));
// The entity tagger reads the part-of-speech model from the build: copy the new one there first.
if (all) execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b'], { cwd: root, stdio: 'inherit' });
if (all || args.includes('ner')) await import('./train/nerMain.mjs').then((m) => m.main(root, corpus, args));
