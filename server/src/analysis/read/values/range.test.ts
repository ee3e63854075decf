// Ranges: two figures of one unit read as one value, and what is no range.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../config';
import { tokenize } from '../tokens';
import { formatValue, readValues, valuesDisjoint } from './index';

const values = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances });
const shown = (text: string) => values(text).map((q) => `${q.kind}:${q.text}=${formatValue(q)}`);

test('range: "between six and 75 years", "40 to 60 hours", "a 40- to 60-hour course", "10-12 miles" are one value each', () => {
  assert.deepEqual(shown('They got sentences of between six and 75 years.'), ['duration:between six and 75 years=6–75 years']);
  assert.deepEqual(values('They trained for 40 to 60 hours.').map((q) => [q.kind, q.low, q.high]), [['duration', 40 * 60, 60 * 60]]);
  assert.deepEqual(values('a 40- to 60-hour training course').map((q) => [q.kind, q.text]), [['duration', '40- to 60-hour']]);
  assert.deepEqual(values('The camp is 10-12 miles away.').map((q) => [q.kind, q.text]), [['length', '10-12 miles']]);
  assert.deepEqual(values('Between 10 and 12 people died.').map((q) => [q.kind, q.low, q.high]), [['count', 10, 12]]);
  assert.deepEqual(values('Five to 10 percent of voters agreed.').map((q) => [q.kind, q.low, q.high]), [['percent', 5, 10]]);
  // A range holds the figures inside it and not those outside.
  const [range] = values('between six and 75 years');
  assert.equal(valuesDisjoint(range, values('a 60-year sentence')[0], 0.05), false);
  assert.equal(valuesDisjoint(range, values('113 years')[0], 0.05), true);
});

test('range: two values listed, a change, a score and a name are no range', () => {
  assert.deepEqual(values('He is survived by two sons, ages 9 and 16.').map((q) => q.text), ['two sons', '9', '16'], 'no "between": two values');
  assert.deepEqual(values('Turnout rose from 12 to 15 percent.').filter((q) => q.kind === 'percent').map((q) => [q.low, q.high]), [[15, 15]], 'a change');
  assert.deepEqual(values('The Rovers won 5 to 3.').map((q) => [q.text, q.kind]), [['5 to 3', 'score']], 'a result, not a range');
  assert.deepEqual(values('He served a 2-1/2 year sentence.').map((q) => q.low), [2.5 * 525600], 'a fraction');
  assert.deepEqual(values('It fell from 20 to 12 miles.').filter((q) => q.kind === 'length').map((q) => q.text), ['12 miles']);
  assert.deepEqual(values('They won 10 to 8 games.').filter((q) => q.kind === 'count').map((q) => q.text), ['10', '8 games'], 'a range rises');
});
