// Every regular expression of the analysis, run against strings built to make it backtrack, in workers that
// the harness stops after a time limit. An expression whose time grows faster than its input on any of them
// (or that never returns) is a way for one hostile article to hang the editor and the CLI.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { ROOT } from '../helpers/analysis';
import { regexConstructionSites, type FoundRegex } from '../helpers/regexAttack';
import { analysisRegexes, attackAll, superLinear } from '../helpers/regexHarness';

const SHORT = 4_000;
const LONG = 32_000;
/** Per expression, for all its attacks: far above what a linear one needs, far below what a catastrophic one takes. */
const LIMIT_MS = 15_000;

let found: Promise<{ literals: FoundRegex[]; runtime: FoundRegex[] }> | undefined;
const regexes = () => (found ??= analysisRegexes(ROOT));

test('the harness finds the literals in the sources and every expression built at run time', async () => {
  const { literals, runtime } = await regexes();
  assert.ok(literals.length >= 200, `only ${literals.length} literals found in server/src/analysis`);
  // Every place in the compiled analysis that calls RegExp(...) was reached while the texts were read.
  const seen = new Set(runtime.map((r) => r.where));
  const missed = regexConstructionSites(ROOT, 'server/out/analysis').filter((site) => !seen.has(site));
  assert.deepEqual(missed, [], 'RegExp built at these lines was never reached: add a text to REACHING_TEXTS that reaches it');
});

test('no regular expression of the analysis backtracks super-linearly on the strings built for it', { timeout: 600_000 }, async (t) => {
  const { literals, runtime } = await regexes();
  const all = [...literals, ...runtime];
  const results = await attackAll(all, { short: SHORT, long: LONG, limitMs: LIMIT_MS, workers: 2 });
  const attacks = results.reduce((sum, r) => sum + (r.attacks ?? 0), 0);
  const slowest = [...results].sort((a, b) => (b.long ?? Infinity) - (a.long ?? Infinity))[0];
  t.diagnostic(`${all.length} expressions (${literals.length} literals, ${runtime.length} built at run time), ${attacks} attack strings of ${SHORT} and ${LONG} characters`);
  t.diagnostic(`slowest at ${LONG}: ${slowest.long?.toFixed(1)} ms, ${slowest.regex.where}`);
  const offenders = results.filter((r) => superLinear(r, LONG / SHORT) || r.attacks === undefined);
  assert.deepEqual(
    offenders.map((r) => `${r.regex.where} /${r.regex.source}/${r.regex.flags}: ${r.timedOut ? `no answer within ${LIMIT_MS} ms` : r.attacks === undefined ? 'did not run' : `${r.short?.toFixed(2)} ms -> ${r.long?.toFixed(1)} ms`} ${r.worst ?? ''}`),
    [],
  );
});

test('the harness catches the catastrophic expressions this suite was written against', { timeout: 300_000 }, async () => {
  // Forms found (and fixed) in the analysis; the harness must flag each, or the test above proves nothing.
  const known: Array<[string, string]> = [
    ['(a+)+b', ''],
    ['[.!?…]+["”’\')\\]]*(?=\\s+["“‘(\\[]?[\\p{Lu}\\p{N}])', 'gu'],
    ['[:.\\s]+$', ''],
    ['\\s*[\\r\\n]+\\s*["“«„]?', 'g'],
    ['([a-z-]+)\\W*$', ''],
    ['^-+|-+$', 'g'],
    ['^\\s*\\d{1,2}:\\d{2}\\s*(am|pm)?\\s*$', 'i'],
    ["(?:([A-Z][\\w'-]*(?:\\s+[A-Z][\\w'-]*)*)\\s+resident\\s+(?=[A-Z]))", 'g'],
  ];
  const results = await attackAll(
    known.map(([source, flags]) => ({ source, flags, where: 'known' })),
    { short: SHORT, long: LONG, limitMs: 1_500, workers: 2 },
  );
  assert.deepEqual(results.filter((r) => !superLinear(r, LONG / SHORT)).map((r) => r.regex.source), []);
});
