// The taggers' words, built from the project's tokens: texts written for these tests.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ROOT } from '../helpers/analysis';

const load = <T>(p: string): T => require(path.join(ROOT, 'server', 'out', 'analysis', p)) as T;
const { tokenize } = load<typeof import('../../server/src/analysis/read/tokens')>('read/tokens');
const { wordsOf } = load<typeof import('../../server/src/analysis/read/words')>('read/words');

test('words: dates, times and scores are one word each', () => {
  assert.deepEqual(wordsOf(tokenize('LONDON 1996-08-30 at 7:12 , won 3-2')).words, ['LONDON', '1996-08-30', 'at', '7:12', ',', 'won', '3-2']);
});

test("words: a possessive ending is a word of its own, mapped to no token", () => {
  const tokens = tokenize("Putin's envoy");
  const w = wordsOf(tokens);
  assert.deepEqual(w.words, ['Putin', "'s", 'envoy']);
  assert.deepEqual(w.first, [0, -1, 1]);
  assert.deepEqual(w.wordOf, [0, 2]);
});

test('words: a spaced hyphen joins a double name, not two known places', () => {
  assert.deepEqual(wordsOf(tokenize('Dominique Strauss - Kahn resigned')).words, ['Dominique', 'Strauss-Kahn', 'resigned']);
  assert.ok(wordsOf(tokenize('the Iran - Iraq war')).words.includes('-'));
});
