import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../config';
import { tokenize } from '../tokens';
import { formatValue, readValues, valuesDisjoint } from './index';

const shares = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances }).filter((q) => q.kind === 'percent');

test('percent: "17 percent", "17%", "17 per cent"; 17 and 21 differ, 17 and "about 17" agree', () => {
  assert.deepEqual(shares('Romney (17 percent), Palin 12%, Gingrich 9 per cent').map((q) => q.low), [17, 12, 9]);
  assert.equal(valuesDisjoint(shares('17 percent')[0], shares('21 percent')[0], 0.05), true);
  assert.equal(valuesDisjoint(shares('17 percent')[0], shares('about 17 percent')[0], 0.05), false);
});

test('percent: "90-plus percent" is a share of at least 90 percent, not a count of "plus"', () => {
  const [q] = shares('He said 90-plus percent of those pictures were of strangers.');
  assert.deepEqual([q.text, q.low, q.high], ['90-plus percent', 90, null]);
  const counts = readValues({ text: '90-plus percent', from: 0, to: 15, index: 0, tokens: tokenize('90-plus percent'), tolerances: defaultConfig().tolerances }).filter((v) => v.kind === 'count');
  assert.deepEqual(counts, []);
});

test('percent: shown as written to the hundredth ("4.25%" is 4.25 %, not 4.3 %; "12.5 percent" is not 13 %)', () => {
  assert.deepEqual(shares('a rate of 4.25%, a tax of 12.5 percent, 40 percent').map(formatValue), ['4.25 %', '12.5 %', '40 %']);
});
