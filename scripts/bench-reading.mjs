#!/usr/bin/env node
// Reading speed on the 840 PolNeAR train texts (../shared/corpus/quote_attribution/polnear_train/text), one core:
// the whole reading (readArticle) and the taggers alone on the same sentences, in MB/s of text, best of 3 passes
// after a warm-up. Time is the process's CPU time (user + system), so that other work on a shared machine
// does not count; the wall time is printed beside it. Usage: node scripts/bench-reading.mjs [--corpus DIR]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const corpus = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : process.env.CROSSCHECK_CORPUS ?? join(root, '..', 'shared', 'corpus');
const dir = join(corpus, 'quote_attribution', 'polnear_train', 'text');
if (!existsSync(dir)) {
  console.error(`bench-reading: ${dir} not found`);
  process.exit(2);
}
const require = createRequire(import.meta.url);
const out = (p) => require(join(root, 'server', 'out', 'analysis', p));
const { readArticle, defaultConfig } = out('index.js');
const { readParagraphs } = out('read/paragraphs.js');
const { findQuotations } = out('read/quotations.js');
const { readSentences } = out('read/sentences.js');
const { tokenize } = out('read/tokens.js');
const { wordsOf } = out('read/words.js');
const pos = out('read/pos.js');
const ner = (() => {
  try {
    return out('read/ner.js');
  } catch {
    return null;
  }
})();

const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
const tolerances = defaultConfig().tolerances;
let wall = 0;
const best = (fn) => {
  fn();
  let ms = Infinity;
  for (let k = 0; k < 3; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1000;
    if (cpu < ms) (ms = cpu), (wall = performance.now() - t0);
  }
  return ms;
};
const sentenceWords = texts.map((text) => {
  const paragraphs = readParagraphs(text);
  const sentences = readSentences(text, paragraphs, findQuotations(text, paragraphs));
  return sentences.map((s) => wordsOf(tokenize(text, s.start, s.end)).words);
});
const rows = [];
const rate = (ms) => `${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s (${ms.toFixed(0)} ms CPU, ${wall.toFixed(0)} ms wall)`;
rows.push(['readArticle (whole reading)', rate(best(() => texts.forEach((text, i) => readArticle(text, { uri: String(i), version: 0, source: 'x', tolerances }))))]);
const posModel = pos.posModel();
if (posModel) rows.push(['part-of-speech tagger alone', rate(best(() => sentenceWords.forEach((doc) => doc.forEach((w) => pos.tagPos(posModel, w)))))]);
const nerModel = ner?.nerModel();
if (nerModel && posModel) {
  const docs = sentenceWords.map((doc) => doc.map((words) => ({ words, pos: pos.tagPos(posModel, words), heading: false })));
  rows.push(['entity tagger alone (given POS)', rate(best(() => docs.forEach((doc) => ner.tagDocument(nerModel, doc))))]);
}
console.log(`${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB`);
for (const [what, value] of rows) console.log(`${what.padEnd(36)} ${value}`);
