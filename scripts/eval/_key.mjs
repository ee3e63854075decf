// The dev answer key (corpus/answer-key-dev.yaml) scored on findings, shared by the per-cluster evaluation
// (clusters.mjs) and the flat-folder one (stories.mjs). The held-out half of the key is never read.
//
// A key pair (a, b) counts as linked when a finding on one side's anchor has related information on the other
// side's anchor (either direction). Anchors are exact substrings of the named files; the first occurrence is used.
// Spans overlap when they share at least one character.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

/**
 * `findingsOf(cluster)` gives the findings on that cluster's files, each `file` (and each related `file`) ending in
 * the cluster's own file name. Returns the link rates of contradictions (high, medium), agreements and near misses.
 */
export function scoreKey(corpus, findingsOf) {
  const clustersDir = join(corpus, 'clusters');
  const key = YAML.parse(readFileSync(join(corpus, 'answer-key-dev.yaml'), 'utf8'));
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
    const found = (findingsOf(pair.cluster) ?? []).find((f) => {
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
  return {
    high: score(contradictions.filter((c) => c.certainty === 'high')),
    medium: score(contradictions.filter((c) => c.certainty === 'medium')),
    agreements: score(key.agreements ?? []),
    nearMisses: score(key.near_misses ?? []),
  };
}

/** `crosscheck check <dir> --format json --include-reviewed`: the findings (exit status 1 still gives them). */
export function runCheck(root, dir) {
  let stdout;
  try {
    stdout = execFileSync(process.execPath, [join(root, 'server', 'out', 'cli.js'), 'check', dir, '--format', 'json', '--include-reviewed'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (e) {
    // Exit status 1 means "findings reported": the JSON is still on stdout.
    if (e.status !== 1 || !e.stdout) throw e;
    stdout = e.stdout;
  }
  return JSON.parse(stdout).findings ?? [];
}
