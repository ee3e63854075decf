// The reference: a bare wink-nlp pass (tokens, sentences, parts of speech) over the same files the
// check reads (listed and decoded by the same folder workspace), in a fresh process. wink-nlp is a
// devDependency used only here, as a yardstick; the product never loads it.
// Usage: node scripts/bench/winkPass.mjs <folder>
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const start = performance.now();
const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;
const { createFolderWorkspace } = require(path.join(root, 'server/out/node/folder.js'));
const { defaultConfig, parseConfig } = require(path.join(root, 'server/out/analysis/index.js'));
const loaded = performance.now();

const workspace = createFolderWorkspace(process.argv[2]);
const configText = workspace.configFile()?.text;
const config = configText === undefined ? defaultConfig() : parseConfig(configText).config;
let files = 0;
let bytes = 0;
let tokens = 0;
let sentences = 0;
for (const entry of workspace.list(config)) {
  const document = workspace.read(entry.uri, config);
  if (!document || !('text' in document)) continue;
  files++;
  bytes += Buffer.byteLength(document.text);
  const doc = nlp.readDoc(document.text);
  tokens += doc.tokens().out().length;
  sentences += doc.sentences().out().length;
  doc.tokens().out(its.pos);
}
const done = performance.now();
console.log(JSON.stringify({ files, bytes, tokens, sentences, loadMs: loaded - start, passMs: done - loaded, totalMs: done - start, cpuMs: cpuMs(), maxRssMB: process.resourceUsage().maxRSS / 1024 }));

/** User + system CPU time of this process: steadier than wall time on a shared machine. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
