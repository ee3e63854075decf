#!/usr/bin/env node
// Why an injected change is not linked: the trials of scripts/eval/inject.mjs (same seed, same sites), run in
// process on one service per cluster (an edit re-reads one document, so this is many times faster than the eval,
// which runs the CLI once per trial), and for each miss what the corpus made of the two sites: the statements read
// there, whether they were candidates, the scorer's probability, their groups and the sides of the group.
//
//   node scripts/eval/_inject-explain.mjs [folder] [--kinds=value,weekday] [--seed=1] [--per-kind=2] [--clusters=N] [--only=name-part] [--quiet]
//
// A tool for working on the aligner, not a figure: the figures are `npm run eval -- inject` (the CLI, as a user runs it).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { out, root, runTrials, trialOptions } from './_injectInProcess.mjs';

const require = createRequire(import.meta.url);
const { alignModel, placeStatements, apart, sharesKey, toldAlike } = require(join(out, 'analysis', 'corpus', 'align.js'));
const { sidesOf } = require(join(out, 'analysis', 'checks', 'claimConflict.js'));
const { whyNotPaired } = require(join(out, 'analysis', 'corpus', 'spellings.js'));
const { explainQuotation } = await import('./_inject-quotes.mjs');

const options = trialOptions(process.argv.slice(2), 'value,weekday');
const { quiet, set } = options;
const base = (uri) => decodeURIComponent(uri.split('/').pop());

const tally = {};
const misses = [];
runTrials(options, ({ service, uri, cluster, trial, span, changed, after, linked }) => {
  const t = (tally[trial.kind] ??= { trials: 0, linked: 0 });
  t.trials++;
  if (linked) t.linked++;
  else if (trial.kind === 'quotation') misses.push({ kind: 'quotation', ...explainQuotation(service, uri, cluster, trial, span, changed, after, set) });
  else if (trial.kind === 'name') misses.push(explainName(service, uri, cluster, trial, changed));
  else {
    const miss = explain(service, uri, cluster, trial, span, changed);
    // The findings after the change that touch the changed statement's group, when one was expected.
    if (miss.reason.startsWith('one group, sides')) miss.detail.push(...after.filter((f) => f.code.endsWith('-conflict')).map((f) => `finding: ${f.file}:${f.start} ${f.severity} ${f.message.slice(0, 200)}`));
    misses.push(miss);
  }
});

for (const [kind, t] of Object.entries(tally)) console.log(`${kind}: ${t.linked}/${t.trials} (${((100 * t.linked) / t.trials).toFixed(1)} %)`);
const reasons = {};
for (const m of misses) reasons[`${m.kind}: ${m.reason}`] = (reasons[`${m.kind}: ${m.reason}`] ?? 0) + 1;
console.log(Object.entries(reasons).sort((a, b) => b[1] - a[1]).map(([r, n]) => `  ${n}  ${r}`).join('\n'));
// A fresh checkout has no .eval/ until the first `npm run eval`.
mkdirSync(join(root, '.eval'), { recursive: true });
writeFileSync(join(root, '.eval', 'inject-explain.json'), JSON.stringify(misses, null, 2) + '\n');
if (!quiet) for (const m of misses) console.log(`\n[${m.kind}] ${m.cluster}/${m.file} ${m.original} -> ${m.replacement}: ${m.reason}\n  ${m.context}\n${m.detail.map((d) => `  ${d}`).join('\n')}`);

/**
 * Why a respelled name is not linked: the spelling pair's verdict (corpus/spellings.ts), and whether the reader took
 * the changed word for part of a person's name.
 */
function explainName(service, uri, cluster, trial, changed) {
  const corpus = service.corpus(uri);
  const reading = corpus.readings.get(uri);
  const mention = reading?.mentions.find((m) => m.start <= trial.start && trial.start < m.end);
  // The verdict is tallied; the counts of sources and occurrences after it ("[1 source(s), …]") are detail.
  const [reason, counts] = whyNotPaired(corpus, trial.replacement, trial.original).split(' [');
  const detail = [`mention: ${mention ? `${mention.type}/${mention.kind} “${reading.text.slice(mention.start, mention.end)}”` : 'none'}`, ...(counts ? [`spellings: ${counts.replace(/\]$/, '')}`] : [])];
  return { cluster, file: trial.file, kind: 'name', original: trial.original, replacement: trial.replacement, context: changed.slice(Math.max(0, trial.start - 90), trial.start + trial.replacement.length + 90).replace(/\s+/g, ' '), reason, detail };
}

/** What the corpus made of the changed site and the matching sites in the other outlets. */
function explain(service, uri, cluster, trial, span, changed) {
  const corpus = service.corpus(uri);
  const reading = corpus.readings.get(uri);
  const statementsAt = (u, start, end) => {
    const r = corpus.readings.get(u);
    if (!r) return [];
    return r.claims.map((claim, index) => ({ uri: u, index, claim, quantity: r.quantities[claim.quantity] })).filter((s) => s.quantity.start < Math.max(end, start + 1) && start < Math.max(s.quantity.end, s.quantity.start + 1));
  };
  const uriOf = (file) => [...corpus.readings.keys()].find((u) => base(u) === file);
  const mine = statementsAt(uri, span.start, span.end);
  const quantities = reading ? reading.quantities.filter((q) => q.start < span.end && span.start < q.end) : [];
  const theirs = trial.matches.flatMap((m) => (uriOf(m.file) ? statementsAt(uriOf(m.file), m.start, m.end) : []));
  const describe = (s) => {
    const c = s.claim;
    const group = corpus.claimGroupOf.get(`${s.uri}#${s.index}`);
    return `${base(s.uri)} “${s.quantity.text}” ${c.attribute}${c.subject ? ` subj=${c.subject}` : ''}${c.entity !== undefined ? ` ent=${corpus.mentionEntity.get(`${s.uri}#${c.entity}`)}` : ''}${c.predicate ? ` pred=${c.predicate}` : ''}${c.trigger ? ` trig=${c.trigger}` : ''} mods=[${c.modifiers}] scope=${c.scope.time}${c.scope.when ? `:${c.scope.when}` : ''}${c.scope.incident ? ` inc=${c.scope.incident}` : ''}${c.mainEvent ? ' main' : ''}${c.quoted ? ' quoted' : ''} parts=${c.participants.length} group=${group ? group.claims.length : 0}`;
  };
  const detail = [...mine.map((s) => `mine:   ${describe(s)}`), ...theirs.map((s) => `theirs: ${describe(s)}`)];
  let reason;
  if (quantities.length === 0) reason = 'changed value not read';
  else if (mine.length === 0) reason = 'value read, no statement';
  else if (theirs.length === 0) reason = 'other outlet: no statement there';
  else {
    const pairs = mine.flatMap((a) => theirs.map((b) => ({ a, b, p: corpus.claimLinks.get(a, b) })));
    for (const { a, b, p } of pairs) detail.push(`pair ${base(a.uri)}#${a.index} ~ ${base(b.uri)}#${b.index}: ${p === undefined ? 'not a candidate' : p.toFixed(3)}`);
    const scored = pairs.filter((x) => x.p !== undefined);
    const best = Math.max(...scored.map((x) => x.p));
    // Why not, for each pair that is no candidate: no shared key, or the guard that ruled it out.
    const unscored = pairs.filter((x) => x.p === undefined);
    let whys = [];
    if (unscored.length > 0) {
      const placed = placeStatements([...corpus.readings.values()], corpus.mentionEntity, corpus.entityById);
      const at = (s) => placed.find((p) => p.uri === s.uri && p.index === s.index);
      whys = unscored.map(({ a, b }) => {
        const [pa, pb] = [at(a), at(b)];
        if (a.claim.attribute !== b.claim.attribute) return 'two dimensions';
        return apart(pa, pb, toldAlike(pa, pb)) ?? (sharesKey(pa, pb) ? 'keyed, unguarded?' : 'no shared key');
      });
      detail.push(`why not: ${whys.join('; ')}`);
    }
    if (scored.length === 0) reason = `not a candidate pair: ${whys[0]}`;
    else if (best < alignModel().threshold) reason = 'scored below threshold';
    else {
      const { a } = scored.find((x) => x.p === best);
      const group = corpus.claimGroupOf.get(`${a.uri}#${a.index}`);
      const together = scored.some((x) => corpus.claimGroupOf.get(`${x.b.uri}#${x.b.index}`) === group);
      if (!together) reason = 'linked, but in two groups';
      else {
        const sides = sidesOf(corpus, group, corpus.config);
        detail.push(`group of ${group.claims.length}: ${group.claims.map((c) => `${base(c.uri)} “${c.quantity.text}”`).join(', ')}; sides ${sides.length}`);
        reason = sides.length < 2 ? 'one group, no two sides' : best < 0.85 ? 'one group, sides, link below sure (hint expected)' : 'one group, sides, no finding';
      }
    }
  }
  return {
    cluster,
    file: trial.file,
    kind: trial.kind,
    original: readFileSync(join(set, cluster, trial.file), 'utf8').slice(trial.start, trial.end),
    replacement: trial.replacement,
    context: changed.slice(Math.max(0, trial.start - 90), trial.start + trial.replacement.length + 90).replace(/\s+/g, ' '),
    others: trial.matches.map((m) => `${m.file}: ${readFileSync(join(set, cluster, m.file), 'utf8').slice(Math.max(0, m.start - 90), m.end + 90).replace(/\s+/g, ' ')}`),
    reason,
    detail,
  };
}
