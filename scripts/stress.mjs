#!/usr/bin/env node
// npm run stress [-- kind…] [-- --sizes 125000,250000,500000,1000000]
// Reads every kind of hostile text (test/helpers/adversarial.ts) at growing sizes, one worker per read with a
// time limit, beside a seed article; prints the time of each, the MB/s at the largest size and how time grows
// (the exponent k of time ∝ size^k, fitted over all sizes: 1 is linear, 2 quadratic). Writes
// .eval/stress.json. Exits 1 when a read throws, breaks a span or hangs; the speed goal is reported, not enforced.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { ADVERSARIAL_KINDS } = require(join(root, 'test/out/helpers/adversarial.js'));
const { readInWorker } = require(join(root, 'test/out/helpers/readHarness.js'));

const args = process.argv.slice(2);
const sizesAt = args.indexOf('--sizes');
const sizes = sizesAt >= 0 ? args[sizesAt + 1].split(',').map(Number) : [125_000, 250_000, 500_000, 1_000_000];
const kinds = args.filter((a, i) => !a.startsWith('--') && (sizesAt < 0 || i !== sizesAt + 1));
const selected = kinds.length > 0 ? ADVERSARIAL_KINDS.filter((k) => kinds.includes(k)) : ADVERSARIAL_KINDS;
const LIMIT_MS = 120_000;
const GOAL_MS = 2_000;

/** The least-squares slope of y on x: the exponent k of time ∝ size^k over all sizes, less noisy than two points. */
function slope(x, y) {
  const mx = x.reduce((a, b) => a + b, 0) / x.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  const num = x.reduce((sum, xi, i) => sum + (xi - mx) * (y[i] - my), 0);
  const den = x.reduce((sum, xi) => sum + (xi - mx) ** 2, 0);
  return num / den;
}

const rows = [];
let failed = false;
for (const kind of selected) {
  const times = [];
  for (const size of sizes) {
    const report = await readInWorker(root, kind, size, LIMIT_MS);
    if (!report.ok) {
      failed = true;
      times.push({ size, error: report.error.split('\n')[0] });
      process.stderr.write(`${kind} at ${size}: ${report.error}\n`);
      break;
    }
    times.push({ size, ms: report.ms, findings: report.findings });
  }
  const done = times.filter((t) => t.ms !== undefined && t.ms > 0);
  const exponent = done.length >= 2 ? slope(done.map((t) => Math.log(t.size)), done.map((t) => Math.log(t.ms))) : undefined;
  const largest = done[done.length - 1];
  rows.push({ kind, times, exponent, mbPerSecond: largest ? largest.size / 1e6 / (largest.ms / 1000) : undefined });
  process.stderr.write('.');
}
process.stderr.write('\n');

const header = ['kind', ...sizes.map((s) => `${s / 1000} KB ms`), 'MB/s', 'growth k'];
const table = [header, ...rows.map((r) => [r.kind, ...sizes.map((s) => {
  const t = r.times.find((x) => x.size === s);
  return t === undefined ? '' : t.error ? 'FAIL' : t.ms.toFixed(0);
}), r.mbPerSecond?.toFixed(2) ?? '', r.exponent?.toFixed(2) ?? ''])];
const widths = header.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
for (const row of table) console.log(row.map((cell, i) => String(cell).padEnd(widths[i])).join('  '));

const largestSize = sizes[sizes.length - 1];
const atLargest = rows.map((r) => r.times.find((t) => t.size === largestSize)).filter((t) => t?.ms !== undefined);
const worst = Math.max(...atLargest.map((t) => t.ms));
const overGoal = rows.filter((r) => (r.times.find((t) => t.size === largestSize)?.ms ?? Infinity) > GOAL_MS).map((r) => r.kind);
const steepest = Math.max(...rows.map((r) => r.exponent ?? 0));
console.log(`\n${overGoal.length === 0 ? 'met    ' : 'not met'} every ${largestSize / 1e6} MB hostile document read in ≤ ${GOAL_MS} ms (slowest ${worst.toFixed(0)} ms${overGoal.length ? `; over: ${overGoal.join(', ')}` : ''})`);
console.log(`${steepest <= 1.3 ? 'met    ' : 'not met'} time grows about linearly (largest exponent k = ${steepest.toFixed(2)}; 1 is linear)`);
console.log(`${failed ? 'FAILED ' : 'met    '} no exception, broken span or hang (limit ${LIMIT_MS / 1000} s per read)`);

mkdirSync(join(root, '.eval'), { recursive: true });
writeFileSync(join(root, '.eval', 'stress.json'), `${JSON.stringify({ sizes, rows, goalMs: GOAL_MS, command: 'npm run stress' }, null, 2)}\n`);
process.exitCode = failed ? 1 : 0;
