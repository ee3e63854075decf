// What a large story's check holds in memory, pass by pass: the articles of the generated folder's copies of one event
// (folders whose name holds <event>) are read on this thread, grouped into stories, and the largest story is checked as
// `checkStory` does (buildCorpus's passes, then each check), the heap measured after each pass twice: as the pass left
// it (garbage included: how high it went) and after a full collection with the pass's result still held (what it keeps).
// Run with --expose-gc. A benchmark aid, never loaded by the product.
// Usage: node --expose-gc [--trace-gc] scripts/bench/storyHeap.mjs <generated folder> <event | largest | largest:N> [--snapshot FILE]
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const out = (file) => require(path.join(root, 'server/out', file));
const { createService } = out('analysis/index.js');
const { createFilesWorkspace } = out('node/folder.js');
const { linkEntities } = out('analysis/corpus/entities/index.js');
const { alignStatements } = out('analysis/corpus/align.js');
const { groupQuotations } = out('analysis/corpus/quotations.js');
const { resolvePronouns } = out('analysis/corpus/pronouns.js');
const { CHECKS } = out('analysis/checks/checks.js');

if (typeof global.gc !== 'function') throw new Error('run with node --expose-gc');
const [folder, event] = process.argv.slice(2);
const snapshotAt = process.argv.indexOf('--snapshot');
// 'largest' or 'largest:N' (the N-th largest, 1 the largest).
const [kind, rankText] = event.split(':');
const rank = Number(rankText ?? 1);
const all = fs.readdirSync(folder).filter((d) => kind === 'largest' || d.includes(event)).sort()
  .flatMap((d) => fs.readdirSync(path.join(folder, d)).sort().map((f) => path.join(folder, d, f)));
// 'largest': the largest story of the whole folder, as the story index groups it from the heads alone (no reading).
// The stories' files, largest first, are kept in .bench/stories-by-size.json: grouping 10,000 heads takes minutes.
const listed = path.join(root, '.bench', 'stories-by-size.json');
const bySize = kind !== 'largest' ? undefined : fs.existsSync(listed) ? JSON.parse(fs.readFileSync(listed, 'utf8')) : storiesBySize(all);
if (bySize) fs.writeFileSync(listed, JSON.stringify(bySize));
const files = bySize ? bySize[rank - 1] : all;

function storiesBySize(paths) {
  const { createStoryIndex, storyOptions, defaultConfig } = out('analysis/index.js');
  const { fileUri } = out('node/folder.js');
  const index = createStoryIndex(storyOptions(defaultConfig()));
  const byUri = new Map(paths.map((p) => [fileUri(p), p]));
  for (const [uri, file] of byUri) index.update(uri, fs.readFileSync(file, 'utf8'), { path: path.relative(folder, file) });
  const stories = index.stories().sort((a, b) => b.uris.length - a.uris.length);
  console.log(`grouped ${paths.length} articles into ${stories.length} stories; the largest: ${stories.slice(0, 8).map((s) => s.uris.length).join(', ')}`);
  return stories.map((story) => story.uris.map((uri) => byUri.get(uri)));
}
const service = createService({ workspace: createFilesWorkspace(path.resolve(folder), files) });
await service.load({ groupWhenRead: true });
// The largest story of the whole folder is checked whole, as the folder's check does (alone, its articles group otherwise).
const story = kind === 'largest' ? { uris: service.uris() } : service.stories().sort((a, b) => b.uris.length - a.uris.length)[0];
const readings = story.uris.map((uri) => service.reading(uri)).sort((a, b) => (a.uri < b.uri ? -1 : 1));
const config = service.config;
const mb = (bytes) => Math.round(bytes / 1e6);
const statements = readings.reduce((n, r) => n + r.claims.length, 0);
console.log(`${files.length} articles read, ${service.stories().length} stories; the largest: ${readings.length} articles, ${statements} claims, ${readings.reduce((n, r) => n + r.quotations.length, 0)} quotations`);

const rows = [];
let base;
function measure(pass, run) {
  // With --trace-gc, V8's lines between two of these markers are the pass's collections: the heap before each is how high it went.
  console.log(`-- pass ${pass}`);
  const t = performance.now();
  const result = run();
  const ms = performance.now() - t;
  const left = v8.getHeapStatistics();
  global.gc();
  global.gc();
  const kept = process.memoryUsage().heapUsed;
  rows.push({ pass, ms: Math.round(ms), heapLeftMB: mb(left.used_heap_size - base), heapTotalMB: mb(left.total_heap_size), keptMB: mb(kept - base) });
  return result;
}
global.gc();
global.gc();
base = process.memoryUsage().heapUsed;
console.log(`heap with the service and the story's readings: ${mb(base)} MB`);
const sorted = readings;
const { entities, mentionEntity } = measure('linkEntities', () => linkEntities(sorted, config));
const entityById = new Map(entities.map((e) => [e.id, e]));
const aligned = measure('alignStatements', () => alignStatements(sorted, mentionEntity, entityById));
const quotationGroups = measure('groupQuotations', () => groupQuotations(sorted, mentionEntity));
const quotationGroupOf = new Map();
for (const group of quotationGroups) for (const ref of group.quotations) quotationGroupOf.set(`${ref.uri}#${ref.index}`, group);
const pronounEntity = measure('resolvePronouns', () => resolvePronouns(sorted, mentionEntity, entityById));
const corpus = {
  readings: new Map(sorted.map((r) => [r.uri, r])), entities, entityById, mentionEntity,
  claimGroups: aligned.groups, claimGroupOf: aligned.groupOf, claimLinks: aligned.links, quotationGroups, quotationGroupOf, pronounEntity, config,
};
const links = aligned.links?.size ?? aligned.links?.length;
console.log(`claim groups ${aligned.groups.length}, claim links ${links}`);
if (snapshotAt > 0) console.log(`snapshot: ${v8.writeHeapSnapshot(process.argv[snapshotAt + 1])}`);
const findings = [];
for (const check of CHECKS) findings.push(...measure(check.name, () => check(corpus, config)));
console.log(`${findings.length} findings`);
console.table(rows);
