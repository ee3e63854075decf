// Sums of money per currency, never converted.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../config';
import { tokenize } from '../tokens';
import { formatValue, readValues, valuesDisjoint } from './index';

const sums = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances }).filter((q) => q.kind === 'money');

test('money: signs, names, scales; a bare sum stands for what rounds to it', () => {
  assert.deepEqual(sums('They stole $2.6 million in jewelry.').map(formatValue), ['USD 2,600,000']);
  assert.deepEqual(sums('a necklace worth £1.2m').map(formatValue), ['GBP 1,200,000']);
  assert.deepEqual(sums('two million euros').map(formatValue), ['EUR 2,000,000']);
  assert.deepEqual(sums('nearly 100 billion USD').map((q) => q.unit), ['USD']);
  assert.equal(valuesDisjoint(sums('$2.5 million')[0], sums('$2.6 million')[0], 0.05), true);
  assert.equal(valuesDisjoint(sums('$2.5 million')[0], sums('€2 million')[0], 0.05), false, 'currencies are never converted');
});
