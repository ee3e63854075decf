// Candidate pairs of the alignment: each pair of statements of two sources that share a blocking key (or whose clauses
// are told alike) and that no guard keeps apart, once, whichever buckets the two statements share. The candidate
// loop decides a pair in the first bucket the two share (corpus/align.ts); here every pair of the seeds' statements is
// tried one by one, the slow way, and the two must name the same pairs.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ROOT, seedService } from '../helpers/analysis';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const align = require(path.join(ROOT, 'server', 'out', 'analysis', 'corpus', 'align'));

test('candidate pairs: every keyed, unguarded pair of two sources, once, as trying each pair finds them', () => {
  const service = seedService();
  const corpus = service.corpus(service.uris()[0]);
  const placed = align.placeStatements([...corpus.readings.values()], corpus.mentionEntity, corpus.entityById);
  const found: string[] = align.candidatePairs(placed).map(([a, b]: [unknown, unknown]) => align.pairKey(a, b));
  assert.equal(new Set(found).size, found.length, 'a pair twice');
  const expected: string[] = [];
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const [a, b] = [placed[i], placed[j]];
      if (a.uri === b.uri || !align.sharesKey(a, b) || align.apart(a, b, align.toldAlike(a, b))) continue;
      expected.push(align.pairKey(a, b));
    }
  }
  assert.ok(expected.length > 20, `the seeds give ${expected.length} pairs`);
  assert.deepEqual([...found].sort(), expected.sort());
});

test('candidate pairs: the pairs met noted in a bitset come in the order of each pair\'s first shared bucket, as without it', () => {
  const service = seedService();
  const corpus = service.corpus(service.uris()[0]);
  const placed = align.placeStatements([...corpus.readings.values()], corpus.mentionEntity, corpus.entityById);
  const keys = (metInBits?: number): string[] => align.candidatePairs(placed, metInBits).map(([a, b]: [unknown, unknown]) => align.pairKey(a, b));
  const inBits = keys();
  assert.ok(placed.length > 1 && inBits.length > 20, `the seeds give ${inBits.length} pairs`);
  // 0 statements in bits: every pair's first shared bucket looked for, the order the bitset must keep.
  assert.deepEqual(inBits, keys(0));
  // A bitset just large enough (its last bits in use).
  assert.deepEqual(keys(placed.length), keys(0));
});
