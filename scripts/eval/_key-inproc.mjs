#!/usr/bin/env node
// The dev answer key scored in one process (one service per cluster, the models loaded once), as
// `npm run eval -- clusters` scores it through the CLI. A tool for before/after comparisons, not a figure.
//
//   node scripts/eval/_key-inproc.mjs [corpus folder]     (default: ../shared/corpus)
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { out, root } from './_injectInProcess.mjs';
import { scoreKey } from './_key.mjs';

const require = createRequire(import.meta.url);
const { createService } = require(join(out, 'analysis', 'service.js'));
const { createFolderWorkspace } = require(join(out, 'node', 'folder.js'));

const corpus = process.argv[2] ?? join(root, '..', 'shared', 'corpus');
const base = (uri) => decodeURIComponent(uri.split('/').pop());
const cache = new Map();
const score = scoreKey(corpus, (cluster) => {
  if (cache.has(cluster)) return cache.get(cluster);
  const service = createService({ workspace: createFolderWorkspace(join(corpus, 'clusters', cluster)) });
  const findings = service.findings(undefined, { includeReviewed: true }).map((f) => ({
    code: f.code,
    file: base(f.uri),
    start: f.start,
    end: f.end,
    related: (f.related ?? []).map((r) => ({ file: base(r.uri), start: r.start, end: r.end })),
  }));
  service.dispose?.();
  cache.set(cluster, findings);
  return findings;
});
for (const [name, s] of Object.entries(score)) console.log(`${name}: ${s.linked}/${s.total}`);
