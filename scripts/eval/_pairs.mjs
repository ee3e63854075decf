// Why two statements of a folder are (not) aligned: every cross-source pair of statements whose values match a pattern,
// with the guard that keeps them apart, or the scorer's probability. A tool for working on the aligner, not a figure.
//   node scripts/eval/_pairs.mjs <folder> <regex on the value's text>
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { out } from './_injectInProcess.mjs';

const require = createRequire(import.meta.url);
const { createService } = require(join(out, 'analysis', 'service.js'));
const { createFolderWorkspace } = require(join(out, 'node', 'folder.js'));
const { placeStatements, apart, sharesKey, toldAlike } = require(join(out, 'analysis', 'corpus', 'align.js'));

const [folder, pattern] = process.argv.slice(2);
const service = createService({ workspace: createFolderWorkspace(folder) });
await service.load();
const corpus = service.corpus(service.uris()[0]);
const base = (uri) => decodeURIComponent(uri.split('/').pop());
const re = new RegExp(pattern, 'i');
const placed = placeStatements([...corpus.readings.values()], corpus.mentionEntity, corpus.entityById);
const chosen = placed.filter((p) => re.test(corpus.readings.get(p.uri).quantities[p.claim.quantity].text));
for (const p of chosen) {
  const c = p.claim;
  console.log(`${base(p.uri)}#${p.index} “${corpus.readings.get(p.uri).quantities[c.quantity].text}” ${c.attribute} subj=${c.subject ?? '-'} pred=${c.predicate ?? '-'} mods=[${c.modifiers}] measure=${c.measure ?? '-'} scope=${c.scope.time}${p.places?.length ? ` places=${p.places}` : ""}${c.scope.incident ? ` inc=${c.scope.incident}` : ''}${c.mainEvent ? ' main' : ''}${p.entity ? ` ent=${p.entity}` : ''}`);
}
for (let i = 0; i < chosen.length; i++)
  for (let j = i + 1; j < chosen.length; j++) {
    const [a, b] = [chosen[i], chosen[j]];
    if (a.uri === b.uri) continue;
    const ref = (x) => ({ uri: x.uri, index: x.index, claim: x.claim, quantity: corpus.readings.get(x.uri).quantities[x.claim.quantity] });
    const p = corpus.claimLinks.get(ref(a), ref(b));
    const why = a.claim.attribute !== b.claim.attribute ? 'two dimensions' : apart(a, b, toldAlike(a, b)) ?? (sharesKey(a, b) ? 'keyed' : 'no shared key');
    console.log(`  ${base(a.uri)}#${a.index} ~ ${base(b.uri)}#${b.index}: ${p === undefined ? 'no candidate' : p.toFixed(3)} (${why})`);
  }
// The groups the aligner made of the chosen statements: which statements were put together, whatever their probability.
const chosenKeys = new Set(chosen.map((p) => `${p.uri}#${p.claim.quantity}`));
for (const group of corpus.claimGroups) {
  const members = group.claims.filter((c) => chosenKeys.has(`${c.uri}#${c.claim.quantity}`));
  if (members.length > 0) console.log(`group ${group.attribute}: ${group.claims.map((c) => `${base(c.uri)} “${c.quantity.text}”`).join(' | ')}`);
}
