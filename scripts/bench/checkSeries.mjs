// What collecting a checking thread's garbage after its checks costs and saves (node/checkGarbage.ts): every story of a
// folder checked in turn on this thread, as a reader thread checks them, with or without `afterCheck` after each.
//   node scripts/bench/checkSeries.mjs save <folder> <readings file>   reads the folder (reader threads), groups it, and
//                                                                      saves each story's readings (V8-serialized)
//   node scripts/bench/checkSeries.mjs run <readings file> [--passes N] [--no-collect]
// Prints one JSON line: CPU s of the checks, the largest heap used and total seen after a check, full collections made.
// A benchmark aid, never loaded by the product.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const out = (file) => require(path.join(root, 'server/out', file));
const [command, ...rest] = process.argv.slice(2);

if (command === 'save') {
  const { createService } = out('analysis/index.js');
  const { createFolderWorkspace } = out('node/folder.js');
  const { createCheckReaders, defaultJobs } = out('node/readerPool.js');
  const reader = createCheckReaders(defaultJobs());
  const service = createService({ workspace: createFolderWorkspace(rest[0]), reader });
  await service.load({ groupWhenRead: true });
  const stories = service.stories().map((story) => story.uris.map((uri) => service.reading(uri)).filter(Boolean));
  await reader.close();
  fs.writeFileSync(rest[1], v8.serialize({ stories }));
  console.log(JSON.stringify({ stories: stories.length, articles: stories.reduce((n, s) => n + s.length, 0) }));
} else if (command === 'run') {
  const { checkStory } = out('analysis/reader.js');
  const { defaultConfig } = out('analysis/config.js');
  const { afterCheck, collections: forced } = out('node/checkGarbage.js');
  const passesAt = rest.indexOf('--passes');
  const passes = passesAt > 0 ? Number(rest[passesAt + 1]) : 1;
  const collect = !rest.includes('--no-collect');
  const { stories } = v8.deserialize(fs.readFileSync(rest[0]));
  const config = defaultConfig();
  let collections = 0;
  const countGc = new (require('node:perf_hooks').PerformanceObserver)((list) => {
    for (const entry of list.getEntries()) if (entry.detail?.kind === 4) collections++;
  });
  countGc.observe({ entryTypes: ['gc'] });
  let maxUsed = 0;
  let maxTotal = 0;
  const start = process.cpuUsage();
  for (let pass = 0; pass < passes; pass++) {
    for (const readings of stories) {
      // A fresh copy each time, as a reader thread unpacks its readings per check.
      checkStory({ readings: v8.deserialize(v8.serialize(readings)), config });
      if (collect) afterCheck();
      const h = v8.getHeapStatistics();
      maxUsed = Math.max(maxUsed, h.used_heap_size);
      maxTotal = Math.max(maxTotal, h.total_heap_size);
    }
  }
  const cpu = process.cpuUsage(start);
  await new Promise((resolve) => setTimeout(resolve, 100));
  console.log(JSON.stringify({ collect, passes, cpuS: (cpu.user + cpu.system) / 1e6, maxUsedMB: Math.round(maxUsed / 1048576), maxTotalMB: Math.round(maxTotal / 1048576), majorGcs: collections, forced: forced.count, forcedMs: Math.round(forced.ms), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
}
