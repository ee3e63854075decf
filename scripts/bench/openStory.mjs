// How often the open article's provisional story (service/openStory.ts: the folder's raw texts scanned for its rare
// keys, the best candidates grouped by a story index of their own) gives the findings its real story gives, with
// every article of a folder taken in turn as the open one. The real stories are those of the language server's load
// (the whole folder given to the story index); the findings are compared as the editor shows them (code, place,
// severity, message and related places).
// Usage: node scripts/bench/openStory.mjs <folder> [--limit N]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const out = (p) => require(path.join(root, 'server', 'out', p));
const { createService } = out('analysis/service.js');
const { storyCandidates, provisionalStory } = out('analysis/service/openStory.js');
const { confidentStory, inOneSmallFolder } = out('analysis/service/openStory.js');
const { createStoryIndex, storyOptions } = out('analysis/corpus/stories.js');
const { buildCorpus } = out('analysis/corpus/corpus.js');
const { runChecks } = out('analysis/checks/checks.js');
const { createFolderWorkspace } = out('node/folder.js');
const { createCheckReaders } = out('node/readerPool.js');

const folder = fs.realpathSync(path.resolve(process.argv[2]));
const at = process.argv.indexOf('--limit');
const LIMIT = at > 0 ? Number(process.argv[at + 1]) : Infinity;

const workspace = createFolderWorkspace(folder);
const reader = createCheckReaders(2);
const service = createService({ workspace, reader });
await service.load();
reader.dispose?.();
const config = service.config;
const uris = service.uris();
const texts = uris.map((uri) => {
  const found = workspace.read(uri, config);
  const name = service.documentName(uri);
  return { uri, name, text: found.text, date: config.sources[name]?.date };
});
const byUri = new Map(texts.map((t) => [t.uri, t]));
// The provisional index knows the folder's directories as the service's does (provisional.ts: a small one is one event's folder).
const listing = texts.map((t) => t.name);
const place = (shownFinding) => JSON.parse(shownFinding).slice(0, 3).join();
const shown = (f) => JSON.stringify([f.code, f.start, f.end, f.severity, f.message, f.related.map((r) => [r.uri, r.start, r.end])]);

const counts = { articles: 0, sameStory: 0, sameFindings: 0, provisional: 0, confident: 0, confidentSame: 0, withdrawnArticles: 0, withdrawn: 0, missed: 0, finalFindings: 0, shownFindings: 0, truncated: 0, goneArticles: 0, gone: 0, ownShown: 0, ownWithdrawnArticles: 0, ownWithdrawn: 0 };
const times = { scan: [], group: [] };
// `--variants`: other confidence conditions measured in the same run (shown first, withdrawn), to choose among them.
const VARIANTS = process.argv.includes('--variants');
const steady = (open, candidates, members, regroup) => {
  const fewer = regroup(candidates.uris.slice(0, Math.max(members.length, Math.ceil(candidates.uris.length / 3))));
  return fewer !== undefined && fewer.length === members.length && fewer.every((u, i) => u === members[i]);
};
const topOnly = (uri, candidates, members, factor) => {
  const best = new Set(candidates.uris.slice(0, Math.ceil(factor * (members.length - 1))));
  return members.every((u) => u === uri || best.has(u));
};
const variants = {
  current: (uri, c, m, regroup) => confidentStory(uri, c, m, regroup, inOneSmallFolder(byUri.get(uri).name, m.map((u) => byUri.get(u).name), listing)),
  before: (uri, c, m, regroup) => confidentStory(uri, c, m, regroup),
  noBest: (uri, c, m, regroup) => !c.truncated && steady(uri, c, m, regroup),
  best2x: (uri, c, m, regroup) => !c.truncated && topOnly(uri, c, m, 2) && steady(uri, c, m, regroup),
  noSteady: (uri, c, m) => !c.truncated && topOnly(uri, c, m, 1),
  truncatedToo: (uri, c, m, regroup) => topOnly(uri, c, m, 1) && steady(uri, c, m, regroup),
};
const variantCounts = Object.fromEntries(Object.keys(variants).map((name) => [name, { confident: 0, shown: 0, gone: 0 }]));
for (const uri of uris.slice(0, LIMIT)) {
  counts.articles++;
  const open = byUri.get(uri);
  const finalStory = service.story(service.storyOf(uri))?.uris ?? [uri];
  const finalFindings = new Set(service.findings(uri, { includeReviewed: true }).map(shown));
  const finalPlaces = new Set([...finalFindings].map(place));
  let t = performance.now();
  const candidates = storyCandidates(open, texts);
  times.scan.push(performance.now() - t);
  t = performance.now();
  const members = provisionalStory(open, candidates.uris.map((u) => byUri.get(u)), () => createStoryIndex(storyOptions(config)), listing);
  times.group.push(performance.now() - t);
  if (candidates.truncated) counts.truncated++;
  const story = members ?? [uri];
  if (JSON.stringify(story) === JSON.stringify(finalStory)) counts.sameStory++;
  const readings = story.map((u) => service.reading(u));
  const findings = new Set(runChecks(buildCorpus(readings, config), config).filter((f) => f.uri === uri).map(shown));
  const same = findings.size === finalFindings.size && [...findings].every((f) => finalFindings.has(f));
  if (same) counts.sameFindings++;
  if (members) counts.provisional++;
  const oneSmallFolder = members !== undefined && inOneSmallFolder(open.name, members.map((u) => byUri.get(u).name), listing);
  const confident = members !== undefined && confidentStory(uri, candidates, members, (pool) => provisionalStory(open, pool.map((u) => byUri.get(u)), () => createStoryIndex(storyOptions(config)), listing), oneSmallFolder);
  // What the editor shows first: the provisional story's findings when confident, else the article's own.
  const own = new Set(runChecks(buildCorpus([service.reading(uri)], config), config).filter((f) => f.uri === uri).map(shown));
  if (VARIANTS) {
    const regroup = (pool) => provisionalStory(open, pool.map((u) => byUri.get(u)), () => createStoryIndex(storyOptions(config)), listing);
    for (const [name, confidentBy] of Object.entries(variants)) {
      const yes = members !== undefined && confidentBy(uri, candidates, members, regroup);
      const firstBy = yes ? findings : own;
      const c = variantCounts[name];
      if (yes) c.confident++;
      c.shown += firstBy.size;
      c.gone += [...firstBy].filter((f) => !finalPlaces.has(place(f))).length;
    }
  }
  const first = confident ? findings : own;
  // The article's own findings, shown alone before the story (the preview without this change), for comparison.
  const ownWithdrawn = [...own].filter((f) => !finalPlaces.has(place(f))).length;
  if (ownWithdrawn > 0) counts.ownWithdrawnArticles++;
  counts.ownWithdrawn += ownWithdrawn;
  counts.ownShown += own.size;
  if (confident) {
    counts.confident++;
    if (same) counts.confidentSame++;
  }
  const withdrawn = [...first].filter((f) => !finalFindings.has(f)).length;
  // A finding shown first whose place and code the final findings lack is withdrawn; one there with another message
  // (more sources named once the story is whole) stays.
  const gone = [...first].filter((f) => !finalPlaces.has(place(f))).length;
  if (gone > 0) counts.goneArticles++;
  counts.gone += gone;
  if (process.env.SHOW_WITHDRAWN && withdrawn > 0) {
    const places = new Set([...finalFindings].map(place));
    for (const f of [...first].filter((f) => !finalFindings.has(f))) console.error(places.has(place(f)) ? 'changed' : 'gone', f.slice(0, 200), 'prov', members.length, 'final', finalStory.length, members.every((u) => finalStory.includes(u)) ? 'subset' : 'outsider');
  }
  if (withdrawn > 0) counts.withdrawnArticles++;
  counts.withdrawn += withdrawn;
  counts.missed += [...finalFindings].filter((f) => !first.has(f)).length;
  counts.finalFindings += finalFindings.size;
  counts.shownFindings += first.size;
}
const stat = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: +sorted[Math.floor(sorted.length / 2)].toFixed(1), p95: +sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)].toFixed(1), max: +sorted.at(-1).toFixed(1) };
};
console.log(JSON.stringify({ folder: path.basename(folder), stories: service.stories().length, ...counts, scanMs: stat(times.scan), groupMs: stat(times.group), ...(VARIANTS && { variants: variantCounts }) }));
service.dispose();
process.exit(0);
