// One cold check of a folder, in a fresh process, as `crosscheck check` does it: the folder workspace,
// the service, every story's corpus and the findings. Prints one JSON line: phase times, sizes, peak RSS.
// Usage: node scripts/bench/coldCheck.mjs <folder>
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const start = performance.now();
const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const { createService } = require(path.join(root, 'server/out/analysis/index.js'));
const { createFolderWorkspace } = require(path.join(root, 'server/out/node/folder.js'));
const loaded = performance.now();

const service = createService({ workspace: createFolderWorkspace(process.argv[2]) });
service.refresh();
const read = performance.now();
const stories = service.stories();
for (const story of stories) service.corpus(story.uris[0]);
const corpus = performance.now();
const findings = service.findings().length;
const checked = performance.now();

const uris = service.uris();
const bytes = uris.reduce((sum, uri) => sum + Buffer.byteLength(service.reading(uri).text), 0);
console.log(JSON.stringify({
  files: uris.length,
  skipped: service.skipped().length,
  stories: stories.length,
  bytes,
  findings,
  loadMs: loaded - start,
  readMs: read - loaded,
  corpusMs: corpus - read,
  checksMs: checked - corpus,
  totalMs: checked - start,
  cpuMs: cpuMs(),
  maxRssMB: process.resourceUsage().maxRSS / 1024,
}));

/** User + system CPU time of this process: steadier than wall time on a shared machine. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
