#!/usr/bin/env node
// Why an injected quotation change is not linked: the quotation trials of scripts/eval/inject.mjs (same seed, same
// sites), run in process on one service per cluster, and for each miss where it is lost: the changed word not inside
// a quotation read; the other outlet's matched quotation not the same sentence (the changed word's sentence is not
// in it); the two quotations not in one group; in one group but compared without a difference at the changed word
// (the alignment's verdict); a difference, but no finding; a finding that does not reach the other outlet.
//
//   node scripts/eval/_inject-quotes.mjs [folder] [--seed=1] [--per-kind=2] [--only=name-part] [--quiet]
//
// A tool for working on quote-wording, not a figure: the figure is `npm run eval -- inject`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { out, root, runTrials, trialOptions } from './_injectInProcess.mjs';

const require = createRequire(import.meta.url);
const { compareWordings } = require(join(out, 'analysis', 'text', 'compareWording.js'));
const { wordingOfQuotation } = require(join(out, 'analysis', 'text', 'wording.js'));

const base = (uri) => decodeURIComponent(uri.split('/').pop());

// Run as a script (not imported by _inject-explain.mjs, which explains quotation trials with explainQuotation).
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();

function main() {
  const options = { ...trialOptions(process.argv.slice(2), 'quotation'), kinds: ['quotation'] };
  const { quiet, set } = options;
  let trials = 0;
  let linkedCount = 0;
  const misses = [];
  runTrials(options, ({ service, uri, cluster, trial, span, changed, after, linked }) => {
    trials++;
    if (linked) linkedCount++;
    else misses.push(explainQuotation(service, uri, cluster, trial, span, changed, after, set));
  });
  console.log(`quotation: ${linkedCount}/${trials}`);
  const reasons = {};
  for (const m of misses) reasons[m.reason] = (reasons[m.reason] ?? 0) + 1;
  console.log(Object.entries(reasons).sort((a, b) => b[1] - a[1]).map(([r, n]) => `  ${n}  ${r}`).join('\n'));
  mkdirSync(join(root, '.eval'), { recursive: true });
  writeFileSync(join(root, '.eval', 'inject-quotes.json'), JSON.stringify(misses, null, 2) + '\n');
  if (!quiet) for (const m of misses) console.log(`\n${m.cluster}/${m.file} ${m.original} -> ${m.replacement}: ${m.reason}\n  ${m.context}\n${m.detail.map((d) => `  ${d}`).join('\n')}`);
}

/** Where a quotation trial is lost (see the head of this file); `set` is the folder of clusters. */
export function explainQuotation(service, uri, cluster, trial, span, changed, after, set) {
  const corpus = service.corpus(uri);
  const uriOf = (file) => [...corpus.readings.keys()].find((u) => base(u) === file);
  const quotationsAt = (u, start, end) => (corpus.readings.get(u)?.quotations ?? []).map((q, index) => ({ uri: u, index, q })).filter(({ q }) => q.textStart < end && start < q.textEnd);
  const mine = quotationsAt(uri, span.start, span.end);
  const theirs = trial.matches.flatMap((m) => (uriOf(m.file) ? quotationsAt(uriOf(m.file), m.start, m.end) : []));
  const detail = [];
  for (const o of trial.matches) detail.push(`other ${o.file}: ${readFileSync(join(set, cluster, o.file), 'utf8').slice(o.start, o.end).replace(/\s+/g, ' ')}`);
  for (const m of mine) detail.push(`mine #${m.index} (${m.q.words.length} words): ${m.q.text}`);
  for (const t of theirs) detail.push(`theirs ${base(t.uri)}#${t.index} (${t.q.words.length} words): ${t.q.text}`);
  const groupOf = (r) => corpus.quotationGroups.find((g) => g.quotations.some((x) => x.uri === r.uri && x.index === r.index));
  const word = trial.replacement.toLowerCase();
  let reason;
  // A finding at the changed word that points at another outlet, but at a quotation the eval's string match did not pick.
  const covers = (f) => f.file === trial.file && f.start <= span.start && span.end <= f.end && f.related.some((r) => r.file !== trial.file);
  const elsewhere = after.some((f) => f.code === 'quote-wording' && (covers(f) || (f.file !== trial.file && f.related.some((r) => r.file === trial.file && r.start <= span.start && span.end <= r.end))));
  if (mine.length === 0) reason = 'changed word in no quotation read';
  else if (elsewhere) reason = 'linked to the other outlet, at a quotation the eval did not match';
  else if (theirs.length === 0) reason = 'other outlet: no quotation read there';
  else {
    // Does the other outlet quote the changed word's place? The original words around it, in the other quotation.
    const original = readFileSync(join(set, cluster, trial.file), 'utf8');
    const around = (t, s, e) => [...t.slice(Math.max(0, s - 60), s).matchAll(/[A-Za-z']+/g)].slice(-3).map((x) => x[0].toLowerCase()).join(' ') + ' ' + trial.original.toLowerCase() + ' ' + [...t.slice(e, e + 60).matchAll(/[A-Za-z']+/g)].slice(0, 3).map((x) => x[0].toLowerCase()).join(' ');
    const phrase = around(original, trial.start, trial.end).replace(/’/g, "'");
    const quotesPlace = theirs.some((t) => t.q.text.toLowerCase().replace(/’/g, "'").replace(/[^a-z' ]+/g, ' ').replace(/\s+/g, ' ').includes(trial.original.toLowerCase().replace(/’/g, "'")));
    detail.push(`place: “${phrase}” ${quotesPlace ? 'word quoted by the other' : 'original word NOT in the other quotation'}`);
    const g = groupOf(mine[0]);
    const together = theirs.filter((t) => g && groupOf(t) === g);
    if (!quotesPlace) reason = 'other outlet does not quote the changed word';
    else if (together.length === 0) reason = g ? 'quotations in two groups' : 'changed quotation in no group';
    else {
      detail.push(`group of ${g.quotations.length}: ${g.quotations.map((x) => `${base(x.uri)}#${x.index}`).join(', ')}`);
      const cs = together.map((t) => ({ t, c: compareWordings(wordingOfQuotation(mine[0].q), wordingOfQuotation(t.q)) }));
      for (const { t, c } of cs) detail.push(`compare with ${base(t.uri)}#${t.index}: ${c.relation}, ${c.matches.length} matched, hunks ${JSON.stringify(c.hunks)}`);
      const w = wordingOfQuotation(mine[0].q);
      // Quotation.text may fold line breaks; the changed word is found by its offset in the text, else by its form.
      let at = w.tokens.findIndex((tk) => mine[0].q.textStart + tk.start <= span.start && span.start < mine[0].q.textStart + tk.end);
      if (at < 0 || w.tokens[at].key !== word) at = w.tokens.findIndex((tk) => tk.key === word);
      detail.push(`changed token ${at} (${w.tokens[at]?.key})`);
      const hunkAt = cs.some(({ c }) => c.hunks.some((h) => h.a[0] <= at && at < Math.max(h.a[1], h.a[0] + 1)));
      const quoteFindings = after.filter((f) => f.code === 'quote-wording' && (f.file === trial.file || trial.matches.some((m) => m.file === f.file)));
      for (const f of quoteFindings) detail.push(`finding ${f.file}@${f.start}: ${f.message} related ${f.related.map((r) => `${r.file}@${r.start}-${r.end}`).join(', ')}`);
      if (!hunkAt) reason = cs.some(({ c }) => c.relation === 'differ') ? 'compared: differences elsewhere, none at the word' : `compared: ${cs.map(({ c }) => c.relation).join('/')}, no difference`;
      else if (quoteFindings.length === 0) reason = 'difference, no finding';
      else reason = 'difference, finding does not connect';
    }
  }
  return { cluster, file: trial.file, original: trial.original ?? '', replacement: trial.replacement, context: changed.slice(Math.max(0, trial.start - 90), trial.start + trial.replacement.length + 90).replace(/\s+/g, ' '), reason, detail };
}
