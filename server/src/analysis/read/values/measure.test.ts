// Speeds, areas and masses: read in their dimension's base unit, so figures in two units compare.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../config';
import { tokenize } from '../tokens';
import { formatValue, readValues, valuesDisjoint } from './index';

const values = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances });
const one = (text: string) => {
  const found = values(text).filter((q) => q.kind === 'measure');
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(values(text))}`);
  return found[0];
};

test('measure: speeds, areas and masses in their base units, whatever unit is written', () => {
  assert.deepEqual([one('Winds reached 120 mph.').unit, Math.round(one('Winds reached 120 mph.').low!)], ['m/s', 54]);
  assert.equal(formatValue(one('gusts of 193 km/h')), '193 km/h');
  assert.equal(one('The fire has burned 5,000 acres.').unit, 'm²');
  assert.equal(formatValue(one('The fire has burned more than 2,000 hectares.')), '> 2,000 ha');
  assert.equal(formatValue(one('Police seized 2 tons of cocaine.')), '2 t');
  assert.equal(one('They found 300 pounds of explosives.').unit, 'kg');
  assert.equal(one('a 5,000-acre ranch').unit, 'm²');
});

test('measure: "193 km/h" is a speed, not a distance; "5 million pounds" is no weight, "weighed 247 pounds" is', () => {
  assert.deepEqual(values('The storm had sustained winds of 193 km/h.').map((q) => q.kind), ['measure']);
  assert.deepEqual(values('The club paid 5 million pounds for him.').filter((q) => q.kind === 'measure'), []);
  // After a verb of weighing, pounds are a weight.
  assert.equal(formatValue(one('Briggs weighed 247 pounds.')), '112 kg');
  // A difference in pounds is no weight, and no count of pounds either.
  assert.deepEqual(values('He weighed 12 pounds more than the champion.').map((q) => q.kind), []);
  assert.equal(formatValue(one('The champion weighed in at about 235 pounds.')), formatValue(one('The champion weighed in at about 235 lbs.')));
});

test('measure: two units of one dimension compare through their rounding; two dimensions never', () => {
  const [mph, kmh, faster] = [one('winds of 120 mph'), one('winds of 193 km/h'), one('winds of 240 km/h')];
  assert.equal(valuesDisjoint(mph, kmh, 0.05), false, '120 mph is 193 km/h');
  assert.equal(valuesDisjoint(mph, faster, 0.05), true);
  assert.equal(valuesDisjoint(one('5,000 acres'), one('2,000 hectares'), 0.05), false, '5,000 acres is 2,023 ha');
  assert.equal(valuesDisjoint(one('5,000 acres'), one('4,000 hectares'), 0.05), true);
  assert.equal(valuesDisjoint(one('120 tons'), one('120 mph'), 0.05), false);
});
