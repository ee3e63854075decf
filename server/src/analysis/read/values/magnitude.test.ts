// Magnitudes of earthquakes, written to a tenth.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../config';
import { tokenize } from '../tokens';
import { readValues, valuesDisjoint } from './index';

const magnitudes = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances }).filter((q) => q.kind === 'magnitude');

test('magnitude: "a 6.1 quake", "6.1-magnitude" (also "6.1 -magnitude"), "magnitude 6.1", "M6.1", "measuring 6.1"', () => {
  for (const text of ['A 6.1 quake struck.', 'A 6.1-magnitude earthquake struck.', 'A quake of magnitude 6.1 struck.', 'An M6.1 quake struck.', 'A quake measuring 6.1 struck.', 'A strong 6.1 -magnitude earthquake struck.']) {
    assert.deepEqual(magnitudes(text).map((q) => q.low), [6.1], text);
  }
  assert.deepEqual(magnitudes('Two quakes struck.'), []);
  assert.equal(valuesDisjoint(magnitudes('a 5.9 quake')[0], magnitudes('a 6.1 quake')[0], 0.05), true);
  assert.equal(valuesDisjoint(magnitudes('a 6.1 quake')[0], magnitudes('magnitude 6.1')[0], 0.05), false);
});
