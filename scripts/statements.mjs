#!/usr/bin/env node
// Shows what Crosscheck reads as statements in a folder of articles and how it aligns them across sources: one line
// per statement (kind, value, subject, predicate, scope), then every group of aligned statements with the scorer's
// link probabilities. A tool for reading the reader, not a test.
//   node scripts/statements.mjs <folder> [--groups-only] [--all]   (build first: npx tsc -b)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { createService } = require(join(root, 'server', 'out', 'analysis', 'index.js'));
const { formatValue } = require(join(root, 'server', 'out', 'analysis', 'read', 'values', 'index.js'));
const { createFolderWorkspace } = require(join(root, 'server', 'out', 'node', 'folder.js'));

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('-'));
if (!folder) {
  console.error('usage: node scripts/statements.mjs <folder> [--groups-only] [--all]');
  process.exit(2);
}
const service = createService({ workspace: createFolderWorkspace(folder) });
await service.load();
const corpus = service.corpus(service.uris()[0]);
const show = (ref) => {
  const c = ref.claim;
  const scope = c.scope.time === 'story' ? '' : ` [${c.scope.time} ${c.scope.when ?? ''}]`;
  const entity = c.entity !== undefined ? ` @${corpus.readings.get(ref.uri).mentions[c.entity].text}` : '';
  return `${ref.uri} “${ref.quantity.text}” = ${formatValue(ref.quantity)} | ${c.attribute} subj=${c.subject ?? '-'}${entity} mods=${c.modifiers.join(',')} pred=${c.predicate ?? '-'}${c.measure ? ` measure=${c.measure}` : ''}${scope}${c.scope.incident ? ` inc=${c.scope.incident}` : ''}`;
};
if (!args.includes('--groups-only')) {
  for (const [uri, reading] of corpus.readings) {
    console.log(`\n== ${uri}`);
    reading.claims.forEach((claim, index) => console.log('  ' + show({ uri, index, claim, quantity: reading.quantities[claim.quantity] })));
  }
}
console.log('\n== groups');
for (const group of corpus.claimGroups) {
  if (!args.includes('--all') && new Set(group.claims.map((c) => c.uri)).size < 2) continue;
  console.log(`\n[${group.id}]`);
  for (const ref of group.claims) {
    const links = group.claims.filter((o) => o.uri !== ref.uri).map((o) => (corpus.claimLinks.get(ref, o) ?? 0).toFixed(2));
    console.log(`  ${show(ref)}  links ${links.join(' ')}`);
  }
}
