#!/usr/bin/env node
// The lines of `npm run eval -- findings` (.eval/findings-<set>.txt), made in one process: one service per cluster,
// the models loaded once. It gives the eval's lines byte for byte (sorted) in a minute, where the eval spawns the CLI
// once per cluster (an hour under a load average of 15-20). A tool for before/after comparisons, not a figure.
//
//   node scripts/eval/_findings-inproc.mjs [set folder] [out file]     (default: ../shared/corpus/clusters, stdout)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { out, trialOptions } from './_injectInProcess.mjs';

const require = createRequire(import.meta.url);
const { createService } = require(join(out, 'analysis', 'service.js'));
const { createFolderWorkspace } = require(join(out, 'node', 'folder.js'));

const args = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const { set } = trialOptions(args.slice(0, 1), '');
const base = (uri) => decodeURIComponent(uri.split('/').pop());
const lines = [];
for (const cluster of readdirSync(set).filter((n) => statSync(join(set, n)).isDirectory()).sort()) {
  const service = createService({ workspace: createFolderWorkspace(join(set, cluster)) });
  const texts = new Map();
  /** 1-based line and column of an offset, as the CLI reports them. */
  const place = (uri, offset) => {
    if (!texts.has(uri)) texts.set(uri, readFileSync(fileURLToPath(uri), 'utf8'));
    const before = texts.get(uri).slice(0, offset);
    return [before.split('\n').length, offset - before.lastIndexOf('\n')];
  };
  for (const f of service.findings(undefined, { includeReviewed: true })) {
    const [line, column] = place(f.uri, f.start);
    const related = (f.related ?? []).map((r) => `${base(r.uri)}:${place(r.uri, r.start)[0]}`).join(', ');
    lines.push(`${cluster}/${base(f.uri)}:${line}:${column} ${f.severity} ${f.code} ${f.message.replace(/\s+/g, ' ')}  [related: ${related}]`);
  }
  service.dispose?.();
}
if (args[1]) writeFileSync(args[1], lines.join('\n') + '\n');
else console.log(lines.join('\n'));
console.error(`${lines.length} findings`);
