// Categorical attributes: sets of mutually exclusive words in the lexicon, with what each is said of.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../config';
import { tokenize } from '../tokens';
import { formatValue, readValues, valuesDisjoint } from './index';

const categories = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances }).filter((q) => q.kind === 'category');

test('category: a colour or a class of a named thing, with the thing', () => {
  const [silver] = categories('She was hit by a silver Toyota Camry.');
  assert.deepEqual([silver.unit, formatValue(silver), silver.about], ['colour', 'silver', 'toyota camry']);
  const [gray] = categories('struck by a gray 2013 Toyota Camry');
  assert.equal(gray.about, 'toyota camry');
  assert.equal(valuesDisjoint(silver, gray, 0.05), true);
  assert.equal(valuesDisjoint(gray, categories('a grey Toyota Camry')[0], 0.05), false, 'gray and grey are one colour');
  assert.deepEqual(categories('Patrol vessel INS Sukanya sailed.').map((q) => [q.unit, formatValue(q), q.about]), [['vessel class', 'patrol vessel', 'ins sukanya']]);
});

test('category: names with a colour word are no colours ("the White House", "Blue Nile")', () => {
  assert.deepEqual(categories('the White House said'), []);
  assert.deepEqual(categories('Blue Nile and South Kordofan'), []);
});

test('category: an age rank among relatives, a charge, what was done to a group', () => {
  assert.deepEqual(categories('the younger sister of Liz Cheney').map((q) => [q.unit, formatValue(q), q.about]), [['age rank', 'younger', 'sibling']]);
  const charge = categories('He was charged with vehicular manslaughter and criminally negligent homicide.');
  assert.deepEqual(charge.map((q) => [q.unit, formatValue(q)]), [['charge', 'manslaughter']]);
  assert.deepEqual(categories('He was charged with attempted murder.'), []);
  assert.deepEqual(categories('The navy rescued 26 Somali crewmembers.').map((q) => [q.unit, formatValue(q), q.about]), [['fate', 'rescued', '26 somali']]);
});
