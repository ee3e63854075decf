// One cold check of a folder, in a fresh process, as `crosscheck check` does it: the folder workspace,
// the service loading through the reader threads (`--jobs`, default the cores), every story's corpus and
// the findings. Prints one JSON line: phase times, sizes, peak RSS.
// Usage: node scripts/bench/coldCheck.mjs <folder> [--jobs N]
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const start = performance.now();
const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const { createService } = require(path.join(root, 'server/out/analysis/index.js'));
const { createFolderWorkspace } = require(path.join(root, 'server/out/node/folder.js'));
const { createReaderPool, defaultJobs } = require(path.join(root, 'server/out/node/readerPool.js'));
const loaded = performance.now();

const jobsAt = process.argv.indexOf('--jobs');
const jobs = jobsAt > 0 ? Number(process.argv[jobsAt + 1]) : defaultJobs();
const reader = createReaderPool(jobs === 1 ? 0 : jobs);
const service = createService({ workspace: createFolderWorkspace(process.argv[2]), reader });
// As the CLI does: a story is checked as soon as its articles are read, while the others are read.
let overlapMs = 0;
await service.load({
  storyReady: (id) => {
    const t = performance.now();
    const story = service.story(id);
    if (story) service.findings(story.uris[0]);
    overlapMs += performance.now() - t;
  },
});
const read = performance.now();
const stories = service.stories();
for (const story of stories) service.corpus(story.uris[0]);
const corpus = performance.now();
const findings = service.findings().length;
const checked = performance.now();
await reader.close();

const uris = service.uris();
const bytes = uris.reduce((sum, uri) => sum + Buffer.byteLength(service.reading(uri).text), 0);
console.log(JSON.stringify({
  files: uris.length,
  skipped: service.skipped().length,
  stories: stories.length,
  jobs,
  bytes,
  findings,
  loadMs: loaded - start,
  // Reading, with the stories read early checked meanwhile (overlapMs of it), then the rest built.
  readMs: read - loaded,
  overlapMs,
  corpusMs: corpus - read,
  checksMs: checked - corpus,
  totalMs: checked - start,
  cpuMs: cpuMs(),
  maxRssMB: process.resourceUsage().maxRSS / 1024,
}));

/** User + system CPU time of this process (all its threads): steadier than wall time on a shared machine. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
