// Summarises what threadSampler.cjs wrote: the process' peak RSS and when, each thread's V8 heap (peak used,
// and used at the time of the RSS peak), and each OS thread's CPU seconds at its last sample.
// Usage: node scripts/bench/threadSamples.mjs [.bench/threads.jsonl]
import fs from 'node:fs';

const file = process.argv[2] ?? '.bench/threads.jsonl';
const samples = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const main = samples.filter((s) => s.rssMB !== undefined);
const peak = main.reduce((a, b) => (b.rssMB > a.rssMB ? b : a), main[0]);
console.log(`samples ${samples.length}; peak RSS ${peak.rssMB} MB at ${(peak.t / 1000).toFixed(0)} s of ${(main.at(-1).t / 1000).toFixed(0)} s`);

const threads = new Map();
for (const s of samples) {
  const list = threads.get(s.thread) ?? [];
  list.push(s);
  threads.set(s.thread, list);
}
console.log('thread  from-to s   heap used peak MB   heap total peak MB   external peak MB   used near the RSS peak MB');
let atPeak = 0;
for (const [id, list] of threads) {
  const max = (key) => Math.max(...list.map((s) => s[key]));
  const near = list.filter((s) => Math.abs(s.t - peak.t) <= 2500).at(-1);
  if (near) atPeak += near.heapTotalMB;
  console.log(`${String(id).padStart(6)}  ${(list[0].t / 1000).toFixed(0)}-${(list.at(-1).t / 1000).toFixed(0)}`.padEnd(20) + `${max('heapUsedMB')}`.padStart(10) + `${max('heapTotalMB')}`.padStart(20) + `${max('externalMB')}`.padStart(19) + `${near ? near.heapUsedMB : '—'}`.padStart(28));
}
console.log(`heap total of the threads near the RSS peak: ${atPeak} MB`);

// CPU: each OS thread's last value (threads that ended keep their last sample's).
const cpu = new Map();
for (const s of main) for (const [task, seconds] of Object.entries(s.cpu ?? {})) cpu.set(task, seconds);
const busy = [...cpu].filter(([, s]) => s >= 0.5).sort((a, b) => b[1] - a[1]);
const total = [...cpu.values()].reduce((a, b) => a + b, 0);
console.log(`CPU s by OS thread (>= 0.5 s; total ${total.toFixed(1)} s; the first is the main thread, ${process.pid ? '' : ''}V8 helper threads do GC and compiling):`);
for (const [task, seconds] of busy) console.log(`  ${task.padEnd(24)} ${seconds.toFixed(1)}`);
