// Lengths, heights, depths and distances: metric and imperial, in metres, with the rounding the writing shows.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../config';
import { tokenize } from '../tokens';
import { formatValue, readValues, valuesDisjoint } from './index';

const values = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances }).filter((q) => q.kind === 'length');
const one = (text: string) => {
  const found = values(text);
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found)}`);
  return found[0];
};

test('length: "150ft", "45m", "0.8 miles", "a 40-metre drop" are read in metres', () => {
  assert.equal(one('The climber fell 150ft into the gully.').low, 45.72);
  assert.equal(one('The shaft is 45m deep.').low, 45);
  assert.equal(Math.round(one('It is 0.8 miles from the school.').low!), 1287);
  assert.equal(one('He survived a 40-metre drop.').low, 40);
  assert.equal(one('He stands 6-foot-2.').low, 1.88);
  assert.equal(formatValue(one('The town lies 55 km west of the city.')), '55 km');
});

test('length: "45m people" and "£45m" are millions, not metres', () => {
  assert.deepEqual(values('About 45m people watched the final.'), []);
  assert.deepEqual(values('The club paid £45m for him.'), []);
});

test('length: feet against metres compare through their rounding', () => {
  const [a, b, c] = [one('fell 130ft'), one('a 40-metre drop'), one('a 60-metre drop')];
  assert.equal(valuesDisjoint(a, b, 0.05), false, '130 ft is 39.6 m');
  assert.equal(valuesDisjoint(a, c, 0.05), true);
  assert.equal(valuesDisjoint(values('less than 50 km (30 miles) away')[0], one('30 miles away'), 0.05), false);
});

test('length: a "6-year-old" is an age, "six-year" a duration, never a length', () => {
  assert.deepEqual(values('A 6-year-old boy was hurt.'), []);
});
