// Cross-source findings on the 30 real news clusters, scored against the development half of the answer key
// (corpus/answer-key-dev.yaml). The other half of the key is held out: this module never reads it.
//
// For every cluster it runs the CLI (`check <cluster> --format json --include-reviewed`) and scores the findings
// with _key.mjs (a key pair counts as linked when a finding on one side's anchor reaches the other side's anchor).
//   contradictions — should be linked (recall, split by certainty high/medium);
//   agreements, near_misses — should not be linked (false links);
//   findings per article — every finding over every article of all 30 clusters (noise budget, goal ≤ 2).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCheck, scoreKey } from './_key.mjs';

export default async function clusters({ root, corpus }) {
  const clustersDir = join(corpus, 'clusters');
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

  const { high, medium, agreements, nearMisses } = scoreKey(corpus, (cluster) => findingsByCluster.get(cluster));
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
