#!/usr/bin/env node
// Accuracy evaluation on ../shared/corpus (dev splits only; test splits are held out).
// Every scripts/eval/<name>.mjs exports `default async (ctx) => ({ title, table, results, goals })`:
//   table   — rows of cells, the first row the header, printed as an aligned table;
//   results — anything JSON, written to .eval/<name>.json;
//   goals   — [{ measure, value, goal, met }] printed under the table.
// `npm run eval` runs them all in name order; `npm run eval -- reading` runs those whose name matches.
// This is a script, not a test: it prints and writes numbers, it does not fail a build on them.
import { readdirSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.CROSSCHECK_CORPUS ?? join(root, '..', 'shared', 'corpus');
const outDir = join(root, '.eval');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));

if (!existsSync(corpus)) {
  console.error(`crosscheck eval: corpus not found at ${corpus} (set CROSSCHECK_CORPUS)`);
  process.exit(2);
}
if (!existsSync(join(root, 'server', 'out', 'cli.js'))) {
  console.error('crosscheck eval: build first (npm run build)');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const evalDir = join(root, 'scripts', 'eval');
const names = readdirSync(evalDir)
  .filter((f) => f.endsWith('.mjs') && !f.startsWith('_'))
  .map((f) => f.slice(0, -4))
  .filter((n) => only.length === 0 || only.some((o) => n.includes(o)))
  .sort();

const summary = {};
for (const name of names) {
  const started = Date.now();
  const mod = await import(pathToFileURL(join(evalDir, `${name}.mjs`)).href);
  const { title, table = [], results = {}, goals = [] } = await mod.default({ root, corpus, outDir });
  const seconds = (Date.now() - started) / 1000;
  console.log(`\n## ${title ?? name}  (${seconds.toFixed(1)} s)\n`);
  printTable(table);
  for (const g of goals) {
    console.log(`${g.met ? 'met   ' : 'MISSED'}  ${g.measure}: ${format(g.value)} (goal ${g.goal})`);
  }
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify({ title, seconds, goals, results }, null, 2) + '\n');
  summary[name] = { title, seconds, goals };
}
writeFileSync(join(outDir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
console.log(`\nwrote ${join('.eval', 'summary.json')} and one JSON per evaluation`);

function format(v) {
  return typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : String(v);
}

function printTable(rows) {
  if (rows.length === 0) return;
  const cells = rows.map((r) => r.map(format));
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  cells.forEach((r, k) => {
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
    if (k === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  });
}
