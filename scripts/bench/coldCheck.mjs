// One cold check of a folder, in a fresh process, as `crosscheck check` does it: the folder workspace,
// the service loading through the reader threads (`--jobs`, default the cores, this thread counted), which also check each
// story once its articles are read, then the findings. Prints one JSON line: phase times, sizes, CPU time
// (all threads, and the main thread's own), peak RSS.
// Usage: node scripts/bench/coldCheck.mjs <folder> [--jobs N]   (MAIN_HEAP_SNAPSHOT=<file>: the main thread's heap at the end;
// FINDINGS_OUT=<file>: the findings, one JSON line each, sorted)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';

const start = performance.now();
const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const { createService } = require(path.join(root, 'server/out/analysis/index.js'));
const { createFolderWorkspace } = require(path.join(root, 'server/out/node/folder.js'));
const { createCheckReaders, defaultJobs } = require(path.join(root, 'server/out/node/readerPool.js'));
const { fullCollection } = require(path.join(root, 'server/out/node/fullCollection.js'));
const { DOCUMENTS_BETWEEN_COLLECTIONS } = require(path.join(root, 'server/out/cli/checked.js'));
const loaded = performance.now();

const jobsAt = process.argv.indexOf('--jobs');
const jobs = jobsAt > 0 ? Number(process.argv[jobsAt + 1]) : defaultJobs();
const reader = createCheckReaders(jobs);
// As `crosscheck check` does for its text, JSON and SARIF reports: a story's readings are let go once its findings are in.
// And kept packed until their story's check (PACK_READINGS=0: not packed, to compare).
const { readingPacker } = require(path.join(root, 'server/out/node/packedReadings.js'));
const service = createService({ workspace: createFolderWorkspace(process.argv[2]), reader, dropCheckedReadings: true, packReadings: process.env.PACK_READINGS === '0' ? undefined : readingPacker });
// As the CLI does: a story is checked as soon as its articles are read (on the reader threads when there
// are any), while the others are read; the main thread takes its findings.
let overlapMs = 0;
// As the CLI does: a full collection after every DOCUMENTS_BETWEEN_COLLECTIONS documents' readings let go.
let letGo = 0;
const { read: documentsRead } = await service.load({
  // As `crosscheck check` does for those reports: an article alone in its story (that misses no name) is not read.
  skipLoneArticles: true,
  storyReady: (id) => {
    const t = performance.now();
    const story = service.story(id);
    if (story) service.findings(story.uris[0]);
    letGo += story ? story.uris.length : 0;
    if (letGo >= DOCUMENTS_BETWEEN_COLLECTIONS) {
      letGo = 0;
      fullCollection();
    }
    overlapMs += performance.now() - t;
  },
});
const read = performance.now();
const stories = service.stories();
// Whatever the load left unchecked (nothing, when every story was ready during it).
const all = service.findings();
const findings = all.length;
const checked = performance.now();
const mainCpuMs = mainThreadCpuMs();
// FINDINGS_OUT=<file>: every finding as one JSON line, sorted (to compare two builds' output), after the figures' clock.
if (process.env.FINDINGS_OUT) fs.writeFileSync(process.env.FINDINGS_OUT, `${all.map((f) => JSON.stringify(f)).sort().join('\n')}\n`);
await reader.close();

const uris = service.uris();
const bytes = uris.reduce((sum, uri) => sum + Buffer.byteLength(service.text(uri)), 0);
console.log(JSON.stringify({
  files: uris.length,
  skipped: service.skipped().length,
  stories: stories.length,
  jobs,
  bytes,
  findings,
  // Articles read: the others are alone in their story and miss no name (`skipLoneArticles`).
  documentsRead,
  loadMs: loaded - start,
  // Reading, with each story checked as soon as it is read (overlapMs: the main thread taking the findings),
  // then what was left unchecked.
  readMs: read - loaded,
  overlapMs,
  checksMs: checked - read,
  totalMs: checked - start,
  cpuMs: cpuMs(),
  mainCpuMs,
  maxRssMB: process.resourceUsage().maxRSS / 1024,
}));
// MAIN_HEAP_SNAPSHOT=<file>: the main thread's heap as the check ends (after the figures above, so not in the peak), for
// scripts/bench/heapSummary.mjs.
if (process.env.MAIN_HEAP_SNAPSHOT) v8.writeHeapSnapshot(process.env.MAIN_HEAP_SNAPSHOT);

/**
 * User + system CPU time of the main thread alone (Linux: /proc), undefined elsewhere. With the total, it says
 * whether the main thread or the reader threads bound the check.
 */
function mainThreadCpuMs() {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** User + system CPU time of this process (all its threads): steadier than wall time on a shared machine. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
