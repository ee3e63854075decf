// Findings on the 30 news clusters and on the 74 fresh clusters (no answer key), counted by code, and listed one
// per line in .eval/findings-<set>.txt so that two builds can be compared with `diff`:
//   npm run eval -- findings          (both sets)
//   git stash; npm run eval -- findings; cp .eval/findings-fresh.txt /tmp/before.txt; git stash pop; …
// Each cluster is checked in a folder of its own (`check <cluster> --format json --include-reviewed`).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SETS = ['clusters', 'fresh'];

export default async function findings({ root, corpus, outDir }) {
  const table = [['set', 'clusters', 'articles', 'findings', 'per article', 'by code']];
  const results = {};
  for (const set of SETS) {
    const dir = join(corpus, set);
    if (!existsSync(dir)) continue;
    const clusters = readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory()).sort();
    const lines = [];
    const perCode = {};
    let articles = 0;
    let total = 0;
    for (const cluster of clusters) {
      const folder = join(dir, cluster);
      articles += readdirSync(folder).filter((f) => /\.(txt|md)$/.test(f)).length;
      for (const f of runCheck(root, folder)) {
        total++;
        perCode[f.code] = (perCode[f.code] ?? 0) + 1;
        const related = (f.related ?? []).map((r) => `${r.file.split('/').pop()}:${r.line}`).join(', ');
        lines.push(`${cluster}/${f.file.split('/').pop()}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message.replace(/\s+/g, ' ')}  [related: ${related}]`);
      }
    }
    writeFileSync(join(outDir, `findings-${set}.txt`), lines.join('\n') + '\n');
    const codes = Object.entries(perCode).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ');
    table.push([set, clusters.length, articles, total, articles ? (total / articles).toFixed(2) : '0', codes]);
    results[set] = { clusters: clusters.length, articles, findings: total, perCode };
  }
  return { title: 'Findings by code on the clusters and on fresh/ (listed in .eval/findings-<set>.txt)', table, results };
}

function runCheck(root, dir) {
  let stdout;
  try {
    stdout = execFileSync(process.execPath, [join(root, 'server', 'out', 'cli.js'), 'check', dir, '--format', 'json', '--include-reviewed'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (e) {
    // Exit status 1 means "findings reported": the JSON is still on stdout.
    if (e.status !== 1 || !e.stdout) throw e;
    stdout = e.stdout;
  }
  return JSON.parse(stdout).findings ?? [];
}
