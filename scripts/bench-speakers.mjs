#!/usr/bin/env node
// What choosing quotation speakers costs: the time of `assignSpeakers` against the whole of `readArticle`, on the
// same texts (the 30 clusters and PolNeAR dev), each timed twice after a warm-up read. One core; run it on a
// quiet machine, the share matters more than the milliseconds.
// Usage: node scripts/bench-speakers.mjs [--corpus ../shared/corpus]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const corpus = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : (process.env.CROSSCHECK_CORPUS ?? join(root, '..', 'shared', 'corpus'));
const require = createRequire(import.meta.url);
const out = (p) => require(join(root, 'server', 'out', 'analysis', ...p.split('/')));
const { readArticle, defaultConfig } = out('index');
const { tokenize } = out('read/tokens');
const { assignSpeakers } = out('read/speakers/index');

const texts = [];
const clusters = join(corpus, 'clusters');
for (const c of readdirSync(clusters).filter((c) => statSync(join(clusters, c)).isDirectory()))
  for (const f of readdirSync(join(clusters, c)).filter((f) => f.endsWith('.txt'))) texts.push(readFileSync(join(clusters, c, f), 'utf8'));
const dev = join(corpus, 'quote_attribution', 'polnear_dev', 'text');
for (const f of readdirSync(dev).filter((f) => f.endsWith('.txt'))) texts.push(readFileSync(join(dev, f), 'utf8'));
const options = { uri: 'x', version: 1, source: 'x', tolerances: defaultConfig().tolerances };
const readings = texts.map((t) => readArticle(t, options));
const mb = texts.reduce((s, t) => s + t.length, 0) / 1e6;

let start = performance.now();
for (let k = 0; k < 2; k++) for (const t of texts) readArticle(t, options);
const reading = (performance.now() - start) / 2;
const contexts = readings.map((r, i) => ({ text: texts[i], paragraphs: r.paragraphs, sentences: r.sentences, sentenceTokens: r.sentences.map((s) => tokenize(texts[i], s.start, s.end)), mentions: r.mentions, quotations: r.quotations }));
start = performance.now();
for (let k = 0; k < 2; k++) for (const c of contexts) assignSpeakers(c, c.quotations.map((q) => ({ ...q, speaker: null, speakerPhrase: undefined })));
const speakers = (performance.now() - start) / 2;
console.log(`${texts.length} articles, ${mb.toFixed(2)} MB: readArticle ${reading.toFixed(0)} ms (${(mb / (reading / 1000)).toFixed(2)} MB/s), of which speakers ${speakers.toFixed(0)} ms (${((100 * speakers) / reading).toFixed(1)} %)`);
