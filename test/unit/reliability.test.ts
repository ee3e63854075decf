// Hostile documents of up to 1 MB (one endless line, thousands of quote marks or brackets, repeated hedges,
// 400-digit numbers, impossible dates, lone surrogates, emoji...), each read beside a seed in a worker that
// the harness stops after a time limit. The limit catches a hang or a quadratic reader (minutes at 1 MB); the
// speed itself is measured by `npm run stress`, not asserted here.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { ROOT } from '../helpers/analysis';
import { ADVERSARIAL_KINDS, type AdversarialKind } from '../helpers/adversarial';
import { readInWorker } from '../helpers/readHarness';

/** Far above the seconds a linear reader needs on a loaded machine; far below what a quadratic one takes at 1 MB. */
const LIMIT_MS = 60_000;
const FULL: AdversarialKind[] = ['one line of seed text', 'quote marks', 'names and speech verbs', 'sentence stops'];
const SIZE = (kind: AdversarialKind) => (FULL.includes(kind) ? 1_000_000 : 200_000);

for (const kind of ADVERSARIAL_KINDS) {
  test(`${kind} (${SIZE(kind) / 1000} KB): read without an exception or a hang, spans inside the text, the seed beside it still checked`, { timeout: LIMIT_MS + 10_000 }, async (t) => {
    const report = await readInWorker(ROOT, kind, SIZE(kind), LIMIT_MS);
    assert.ok(report.ok, report.ok ? '' : report.error);
    t.diagnostic(`${report.chars} characters in ${report.ms.toFixed(0)} ms, ${report.findings} findings`);
  });
}
