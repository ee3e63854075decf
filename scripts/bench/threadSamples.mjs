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

// CPU: each OS thread's last value (threads that ended keep their last sample's), and what it had when the first
// story's check was answered: the reading before, the checks (and the last reads) after.
const checks = samples.filter((s) => s.check !== undefined);
const firstCheck = checks.length > 0 ? Math.min(...checks.map((s) => s.t)) : Infinity;
const cpu = new Map();
const before = new Map();
for (const s of main) {
  for (const [task, seconds] of Object.entries(s.cpu ?? {})) {
    cpu.set(task, seconds);
    if (s.t <= firstCheck) before.set(task, seconds);
  }
}
const sum = (map) => [...map.values()].reduce((a, b) => a + b, 0);
const busy = [...cpu].filter(([, s]) => s >= 0.5).sort((a, b) => b[1] - a[1]);
console.log(`CPU s, all threads: ${sum(cpu).toFixed(1)}` + (checks.length > 0 ? `; until the first check's answer at ${(firstCheck / 1000).toFixed(0)} s ${sum(before).toFixed(1)}, after ${(sum(cpu) - sum(before)).toFixed(1)}` : ''));
console.log('by OS thread (>= 0.5 s; the first one listed in /proc is the main thread; V8 helper threads do GC and compiling), before / after the first check:');
for (const [task, seconds] of busy) console.log(`  ${task.padEnd(24)} ${(before.get(task) ?? 0).toFixed(1).padStart(6)} ${(seconds - (before.get(task) ?? 0)).toFixed(1).padStart(6)}`);
if (checks.length > 0) {
  console.log('largest stories checked (articles, thread, heap used MB as it answered, ms since its previous answer):');
  for (const s of [...checks].sort((a, b) => b.check - a.check).slice(0, 10)) console.log(`  ${s.check} articles, thread ${s.thread}, ${s.heapUsedMB} MB, ${s.ms} ms, at ${(s.t / 1000).toFixed(0)} s`);
}

// Full collections after checks (node/checkGarbage.ts), each checking thread's last count.
const forced = new Map();
for (const s of checks) if (s.collections !== undefined) forced.set(s.thread, s);
if (forced.size > 0) console.log('full collections after checks: ' + [...forced].map(([thread, s]) => `thread ${thread} ${s.collections} (${(s.collectMs / 1000).toFixed(1)} s)`).join(', '));
