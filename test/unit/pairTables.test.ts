// The alignment's tables by pair of positions (corpus/pairTables.ts) answer as a map keyed by the pair would, through
// growth, and give back packed feature vectors exactly.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import type * as Tables from '../../server/src/analysis/corpus/pairTables';
import { ROOT } from '../helpers/analysis';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PairTable, PairRows, claimLinks } = require(path.join(ROOT, 'server/out/analysis/corpus/pairTables')) as typeof Tables;

/** A small deterministic generator (the same pairs every run). */
function numbers(seed: number): () => number {
  let state = seed;
  return () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

test('a pair table answers as a map keyed by the unordered pair, through growth', () => {
  const next = numbers(7);
  const table = new PairTable();
  const expected = new Map<string, number>();
  for (let k = 0; k < 20000; k++) {
    const [i, j, p] = [Math.floor(next() * 3000), Math.floor(next() * 3000), next()];
    table.set(i, j, p);
    expected.set(i < j ? `${i},${j}` : `${j},${i}`, p);
  }
  assert.equal(table.size, expected.size);
  for (const [key, p] of expected) {
    const [i, j] = key.split(',').map(Number);
    assert.equal(table.get(i, j), p);
    assert.equal(table.get(j, i), p);
  }
  for (let k = 0; k < 2000; k++) {
    const [i, j] = [Math.floor(next() * 3000), 3000 + Math.floor(next() * 100)];
    assert.equal(table.get(i, j), undefined);
  }
});

test('claim links find a pair by its statements, in either order, and nothing for a pair never scored', () => {
  const placed = [
    { uri: 'a', index: 0 },
    { uri: 'a', index: 2 },
    { uri: 'b', index: 1 },
  ] as unknown as Parameters<typeof claimLinks>[0];
  const table = new PairTable();
  table.set(1, 2, 0.75);
  const links = claimLinks(placed, table);
  assert.equal(links.get(placed[1], placed[2]), 0.75);
  assert.equal(links.get(placed[2], placed[1]), 0.75);
  assert.equal(links.get(placed[0], placed[2]), undefined);
  assert.equal(links.get({ uri: 'a', index: 1 } as never, placed[2]), undefined, 'a claim not placed');
  assert.equal(links.get({ uri: 'c', index: 0 } as never, placed[2]), undefined, 'a document not in the story');
  assert.equal(links.size, 1);
});

test('pair rows give back each pair and its feature vector exactly, zeros included', () => {
  const next = numbers(11);
  const rows = new PairRows();
  const written: Array<{ i: number; j: number; score: number; x: number[] }> = [];
  for (let k = 0; k < 5000; k++) {
    const x = Array.from({ length: 46 }, () => (next() < 0.7 ? 0 : next() < 0.5 ? 1 : next() / 3));
    const row = { i: k, j: k + 1 + Math.floor(next() * 50), score: next() * 10 - 5, x };
    rows.push(row.i, row.j, row.score, row.x);
    written.push(row);
  }
  assert.equal(rows.length, written.length);
  const x = new Array<number>(46).fill(9);
  written.forEach((row, k) => {
    assert.equal(rows.i(k), row.i);
    assert.equal(rows.j(k), row.j);
    assert.equal(rows.score(k), row.score);
    assert.deepEqual(rows.featuresInto(k, x), row.x);
  });
});
