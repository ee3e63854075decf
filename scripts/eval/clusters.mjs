// Cross-source findings on the 30 real news clusters, scored against the development half of the answer key
// (corpus/answer-key-dev.yaml). The other half of the key is held out: this module never reads it.
//
// For every cluster it runs the CLI (`check <cluster> --format json --include-reviewed`). A key pair (a, b) counts
// as linked when a finding on one side's anchor has related information on the other side's anchor (either
// direction). Anchors are exact substrings of the named files; the first occurrence is used. Spans overlap when
// they share at least one character.
//   contradictions — should be linked (recall, split by certainty high/medium);
//   agreements, near_misses — should not be linked (false links);
//   findings per article — every finding over every article of all 30 clusters (noise budget, goal ≤ 2).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

export default async function clusters({ root, corpus }) {
  const clustersDir = join(corpus, 'clusters');
  const key = YAML.parse(readFileSync(join(corpus, 'answer-key-dev.yaml'), 'utf8'));
  const names = readdirSync(clustersDir).filter((n) => statSync(join(clustersDir, n)).isDirectory()).sort();

  const findingsByCluster = new Map();
  let articles = 0;
  let findings = 0;
  const perCode = {};
  for (const name of names) {
    const dir = join(clustersDir, name);
    articles += readdirSync(dir).filter((f) => f.endsWith('.txt')).length;
    const out = runCheck(root, dir);
    findingsByCluster.set(name, out);
    findings += out.length;
    for (const f of out) perCode[f.code] = (perCode[f.code] ?? 0) + 1;
  }

  const texts = new Map();
  const textOf = (cluster, file) => {
    const k = `${cluster}/${file}`;
    if (!texts.has(k)) texts.set(k, readFileSync(join(clustersDir, cluster, file), 'utf8').replace(/^\uFEFF/, ''));
    return texts.get(k);
  };
  const spanOf = (cluster, side) => {
    const start = textOf(cluster, side.file).indexOf(side.anchor);
    return start < 0 ? undefined : { file: side.file, start, end: start + side.anchor.length };
  };
  const overlaps = (file, start, end, span) => file === span.file && start < span.end && span.start < end;
  const linkedBy = (pair) => {
    const a = spanOf(pair.cluster, pair.a);
    const b = spanOf(pair.cluster, pair.b);
    if (!a || !b) return { missingAnchor: true, finding: undefined };
    const found = (findingsByCluster.get(pair.cluster) ?? []).find((f) => {
      const base = f.file.split(/[\\/]/).pop();
      for (const [here, there] of [[a, b], [b, a]]) {
        if (!overlaps(base, f.start, f.end, here)) continue;
        if ((f.related ?? []).some((r) => overlaps(r.file.split(/[\\/]/).pop(), r.start, r.end, there))) return true;
      }
      return false;
    });
    return { missingAnchor: false, finding: found };
  };

  const score = (pairs) => {
    const rows = pairs.map((p) => {
      const { missingAnchor, finding } = linkedBy(p);
      return { id: p.id, type: p.type, certainty: p.certainty, linked: !!finding, code: finding?.code, missingAnchor };
    });
    const linked = rows.filter((r) => r.linked).length;
    return { total: rows.length, linked, rate: rows.length ? linked / rows.length : 0, rows };
  };
  const contradictions = key.contradictions ?? [];
  const high = score(contradictions.filter((c) => c.certainty === 'high'));
  const medium = score(contradictions.filter((c) => c.certainty === 'medium'));
  const agreements = score(key.agreements ?? []);
  const nearMisses = score(key.near_misses ?? []);
  const perArticle = articles ? findings / articles : 0;

  const pct = (s) => `${(100 * s.rate).toFixed(1)} % (${s.linked}/${s.total})`;
  const table = [
    ['measure', 'value', 'goal'],
    ['high-certainty contradictions found', pct(high), '≥ 80 %'],
    ['medium-certainty contradictions found', pct(medium), '≥ 50 %'],
    ['agreements linked (false)', pct(agreements), '≤ 5 %'],
    ['near misses linked (false)', pct(nearMisses), '≤ 5 %'],
    ['findings per article (30 clusters)', `${perArticle.toFixed(2)} (${findings}/${articles})`, '≤ 2'],
  ];
  const goals = [
    { measure: 'high contradictions found', value: high.rate, goal: '≥ 0.80', met: high.rate >= 0.8 },
    { measure: 'medium contradictions found', value: medium.rate, goal: '≥ 0.50', met: medium.rate >= 0.5 },
    { measure: 'agreements linked', value: agreements.rate, goal: '≤ 0.05', met: agreements.rate <= 0.05 },
    { measure: 'near misses linked', value: nearMisses.rate, goal: '≤ 0.05', met: nearMisses.rate <= 0.05 },
    { measure: 'findings per article', value: perArticle, goal: '≤ 2', met: perArticle <= 2 },
  ];
  const missing = [high, medium, agreements, nearMisses].flatMap((s) => s.rows.filter((r) => r.missingAnchor).map((r) => r.id));
  if (missing.length) console.error(`clusters: anchors not found for ${missing.join(', ')}`);
  return {
    title: 'Cross-source findings on the 30 news clusters (answer-key-dev.yaml)',
    table,
    goals,
    results: { high, medium, agreements, nearMisses, findings, articles, perArticle, perCode },
  };
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
