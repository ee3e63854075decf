import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'path';
import type * as NearIndexApi from '../../server/src/analysis/text/nearIndex';
import type * as NormalizeApi from '../../server/src/analysis/text/normalize';
import { ROOT } from '../helpers/analysis';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createNearIndex }: typeof NearIndexApi = require(path.join(ROOT, 'server/out/analysis/text/nearIndex'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { levenshtein }: typeof NormalizeApi = require(path.join(ROOT, 'server/out/analysis/text/normalize'));

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function word(next: () => number, alphabet: string): string {
  const length = 2 + Math.floor(next() * 10);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

test('near index: every string within the allowed edits is a candidate, as a scan of all pairs finds', () => {
  const next = random(7);
  const edits = (length: number) => (length >= 8 ? 2 : 1);
  // A small alphabet makes near strings common.
  const words = Array.from({ length: 400 }, () => word(next, 'abcd'));
  const index = createNearIndex<number>(edits);
  words.forEach((w, i) => index.add(w, i));
  for (const query of [...words.slice(0, 100), ...Array.from({ length: 100 }, () => word(next, 'abcd'))]) {
    const found = new Set(index.candidates(query));
    words.forEach((w, i) => {
      const allowed = Math.min(edits(w.length), edits(query.length));
      if (levenshtein(w, query, allowed) <= allowed) assert.ok(found.has(i), `${query} should find ${w}`);
    });
  }
});

test('near index: strings far apart are not candidates', () => {
  const index = createNearIndex<string>(() => 1);
  for (const w of ['zelensky', 'zelenskyy', 'putin', 'trump']) index.add(w, w);
  assert.deepEqual(index.candidates('zelensky').sort(), ['zelensky', 'zelenskyy']);
  assert.deepEqual(index.candidates('biden'), []);
});
