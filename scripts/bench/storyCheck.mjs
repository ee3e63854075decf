// The check of one story alone: where its CPU time and its heap go. Two steps.
//
//   node scripts/bench/storyCheck.mjs list <folder> [--out stories.json]
//     Reads the folder as `check` does (the reader threads) and writes its stories, largest first by statements:
//     id, title, articles, statements, uris. Default out: <folder>.stories.json.
//
//   node scripts/bench/storyCheck.mjs check <stories.json> <rank|id> [--profile out.cpuprofile] [--findings out.json]
//       [--repeat N]
//     Reads that story's articles on this thread, then checks it as a reader thread does (`checkStory`: buildCorpus,
//     then runChecks). Prints one JSON line: the check's wall and CPU time, the heap before it, at its peak (the
//     largest heap a garbage collection found during the check, from --trace-gc: the check is synchronous, so nothing
//     else can look) and after it (corpus and findings still held, as a reader thread holds them until it answers).
//     With --profile, a CPU profile of the check alone (reading left out), summarised bottom-up by self time.
//     --findings writes the findings (JSON), to compare two builds byte for byte.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import inspector from 'node:inspector';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const out = (p) => path.join(root, 'server/out', p);

const MARK_START = '-- check starts';
const MARK_END = '-- check ends';

const [command, ...rest] = process.argv.slice(2);
const option = (name) => {
  const at = rest.indexOf(name);
  return at >= 0 ? rest[at + 1] : undefined;
};

if (command === 'list') await list(rest[0], option('--out') ?? `${rest[0].replace(/\/$/, '')}.stories.json`);
else if (command === 'check') traced();
else if (command === 'run') await check(rest[0], rest[1]);
else {
  console.error('usage: storyCheck.mjs list <folder> [--out file] | check <stories.json> <rank|id> [--profile file] [--findings file] [--repeat N]');
  process.exit(2);
}

async function list(folder, file) {
  const { createService } = require(out('analysis/index.js'));
  const { createFolderWorkspace } = require(out('node/folder.js'));
  const { createCheckReaders, defaultJobs } = require(out('node/readerPool.js'));
  const pool = createCheckReaders(defaultJobs());
  // Reading only: a reader without `check` has the load check nothing (the stories are checked when asked).
  const service = createService({ workspace: createFolderWorkspace(folder), reader: { concurrency: pool.concurrency, read: (request, signal) => pool.read(request, signal) } });
  await service.load();
  const stories = service
    .stories()
    .map((s) => ({ id: s.id, title: s.title, articles: s.uris.length, statements: s.uris.reduce((n, uri) => n + (service.reading(uri)?.claims.length ?? 0), 0), uris: s.uris }))
    .sort((a, b) => b.statements - a.statements || b.articles - a.articles || (a.id < b.id ? -1 : 1));
  await pool.close();
  fs.writeFileSync(file, JSON.stringify({ folder: path.resolve(folder), stories }));
  for (const s of stories.slice(0, 15)) console.log(`${s.articles}\t${s.statements}\t${s.id}\t${s.title}`);
}

/** Runs the check in a child with --trace-gc, and reads the heap's peak during the check from its trace. */
function traced() {
  const { stdout, status } = spawnSync(process.execPath, ['--trace-gc', new URL(import.meta.url).pathname, 'run', ...rest], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
  let during = false;
  let peak = 0;
  const lines = [];
  for (const line of stdout.split('\n')) {
    if (line === MARK_START || line === MARK_END) during = line === MARK_START;
    else if (/^\[\d+:/.test(line)) {
      // "[pid:isolate] 123 ms: Scavenge 507.3 (531.8) -> 506.6 (537.6) MB, …": the heap used before the collection.
      const before = /: [^0-9]*?([0-9.]+) \([0-9.]+\) ->/.exec(line);
      if (during && before) peak = Math.max(peak, Number(before[1]));
    } else if (line) lines.push(line);
  }
  const [result, ...rows] = lines;
  console.log(JSON.stringify({ ...JSON.parse(result), heapPeakMB: Math.round(peak) }));
  for (const row of rows) console.log(row);
  process.exit(status ?? 1);
}

async function check(file, which) {
  const { folder, stories } = JSON.parse(fs.readFileSync(file, 'utf8'));
  const story = /^\d+$/.test(which) ? stories[Number(which)] : stories.find((s) => s.id === which);
  if (!story) throw new Error(`no story ${which} in ${file}`);
  const { createService } = require(out('analysis/index.js'));
  const { createFilesWorkspace, uriPath } = require(out('node/folder.js'));
  const { checkStory } = require(out('analysis/reader.js'));
  const service = createService({ workspace: createFilesWorkspace(folder, story.uris.map((uri) => uriPath(uri))) });
  await service.load();
  const readings = story.uris.map((uri) => service.reading(uri)).filter(Boolean);
  const config = service.config;
  const repeat = Number(option('--repeat') ?? 1);

  const profile = option('--profile');
  const session = profile ? new inspector.Session() : undefined;
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  if (session) {
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 500 });
    await post('Profiler.start');
  }
  const heapBefore = v8.getHeapStatistics().used_heap_size;
  const times = [];
  let findings;
  const cpuStart = process.cpuUsage();
  console.log(MARK_START);
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    findings = checkStory({ readings, config });
    times.push(performance.now() - t);
  }
  console.log(MARK_END);
  const cpu = process.cpuUsage(cpuStart);
  const heapAfter = v8.getHeapStatistics().used_heap_size;
  let summary;
  if (session) {
    const { profile: p } = await post('Profiler.stop');
    fs.writeFileSync(profile, JSON.stringify(p));
    summary = bottomUp(p, 25);
  }
  const findingsFile = option('--findings');
  if (findingsFile) fs.writeFileSync(findingsFile, JSON.stringify(findings, null, 1));
  console.log(JSON.stringify({
    id: story.id,
    title: story.title,
    articles: readings.length,
    statements: readings.reduce((n, r) => n + r.claims.length, 0),
    findings: findings.length,
    checkMs: times.map((t) => Math.round(t)),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    heapBeforeMB: Math.round(heapBefore / 1e6),
    heapAfterMB: Math.round(heapAfter / 1e6),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }));
  if (summary) for (const line of summary) console.log(line);
}

/** Self time by function (name, file, line), largest first: the bottom-up view of a .cpuprofile. */
function bottomUp(p, top) {
  const dt = new Map();
  p.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const self = new Map();
  let total = 0;
  for (const node of p.nodes) {
    const us = dt.get(node.id) ?? 0;
    total += us;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${path.basename(f.url)}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + us);
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, us]) => `${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${key}`);
}
