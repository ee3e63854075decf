// Where a run's memory and CPU time go, thread by thread: preload it into any run of the check
// (`node -r ./scripts/bench/threadSampler.cjs scripts/bench/coldCheck.mjs .bench/gen10k`, or the CLI). Every
// SAMPLE_MS it appends JSON lines to $THREAD_SAMPLES (default .bench/threads.jsonl):
// - from the main thread, the process' RSS and each thread's CPU time so far (/proc/self/task/*/stat, Linux);
// - from every thread (the main thread and each reader thread, which preload it too), its V8 heap: used, total,
//   external. A reader thread samples from a timer, so it reports between tasks, never inside a long one.
// `node scripts/bench/threadSamples.mjs` summarises the file. A benchmark aid: the product never loads it.
const fs = require('fs');
const path = require('path');
const v8 = require('v8');
const { isMainThread, threadId } = require('worker_threads');

const out = process.env.THREAD_SAMPLES ?? path.join(process.cwd(), '.bench', 'threads.jsonl');
const every = Number(process.env.SAMPLE_MS ?? 1000);
// One clock for every thread: the reader threads inherit the main thread's environment.
if (isMainThread) {
  process.env.THREAD_SAMPLER_START ??= String(Date.now());
  fs.writeFileSync(out, '');
}
const start = Number(process.env.THREAD_SAMPLER_START ?? Date.now());

function line(record) {
  try {
    fs.appendFileSync(out, `${JSON.stringify({ t: Date.now() - start, thread: threadId, ...record })}\n`);
  } catch {
    // A sampler must never stop the run it watches.
  }
}

function heap() {
  const h = v8.getHeapStatistics();
  return { heapUsedMB: mb(h.used_heap_size), heapTotalMB: mb(h.total_heap_size), externalMB: mb(h.external_memory) };
}

function tasks() {
  const cpu = {};
  try {
    for (const task of fs.readdirSync('/proc/self/task')) {
      const stat = fs.readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu[`${task} ${name}`] = (Number(fields[11]) + Number(fields[12])) / 100;
    }
  } catch {
    // Not Linux: no per-thread CPU.
  }
  return cpu;
}

const mb = (bytes) => Math.round(bytes / 1048576);

const sample = () => line(isMainThread ? { rssMB: mb(process.memoryUsage.rss()), ...heap(), cpu: tasks() } : heap());
setInterval(sample, every).unref();
if (isMainThread) process.on('exit', sample);

// A reader thread busy with one long task (a large story's check) fires no timer: it also samples as it replies to a
// story's check, before the check's garbage is collected, with the story's size and the check's time.
const { parentPort } = require('worker_threads');
/** The full collections node/checkGarbage.ts made on this thread so far (its module as this thread loaded it), if any. */
function collected() {
  const key = Object.keys(require.cache).find((file) => file.endsWith(path.join('node', 'checkGarbage.js')));
  const stats = key && require.cache[key].exports.collections;
  return stats ? { collections: stats.count, collectMs: Math.round(stats.ms) } : {};
}
if (!isMainThread && parentPort) {
  const checks = new Map();
  parentPort.on('message', (message) => {
    if (message && Array.isArray(message.readings)) checks.set(message.id, message.readings.length + (message.packed?.length ?? 0));
  });
  const post = parentPort.postMessage.bind(parentPort);
  let began = Date.now();
  parentPort.postMessage = (reply, ...rest) => {
    if (reply && reply.findings && checks.has(reply.id)) {
      line({ ...heap(), check: checks.get(reply.id), ms: Date.now() - began, ...collected() });
      checks.delete(reply.id);
    }
    post(reply, ...rest);
    began = Date.now();
  };
}
