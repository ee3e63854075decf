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

test('percent: a change of a rate in points is read in percentage points ("25 basis points" is "0.25 percentage points"), apart from percentages', () => {
  const points = (text: string) => shares(text).filter((q) => q.kind === 'percent').map((q) => [q.text, q.unit, formatValue(q)]);
  assert.deepEqual(points('The bank cut its rate by 25 basis points to 4.25%.'), [
    ['25 basis points', 'percentage point', '0.25 percentage points'],
    ['4.25%', 'percent', '4.25 %'],
  ]);
  assert.deepEqual(points('Turnout rose 3 percentage points.'), [['3 percentage points', 'percentage point', '3 percentage points']]);
  assert.deepEqual(points('It lowered the rate by a quarter of a percentage point.'), [['a quarter of a percentage point', 'percentage point', '0.25 percentage points']]);
  const [bp, pp, half] = ['by 25 basis points', 'by 0.25 percentage points', 'by half a percentage point'].map((t) => shares(t)[0]);
  assert.equal(valuesDisjoint(bp, pp, 0.05), false);
  assert.equal(valuesDisjoint(bp, half, 0.05), true);
});
