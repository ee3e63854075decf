// Ages in every common form, in years: whose age it is, is read with the statement.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../config';
import { tokenize } from '../tokens';
import { readValues, valuesDisjoint } from './index';

const ages = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances }).filter((q) => q.kind === 'age');

test('age: "31-year-old X", "X, 32,", "X, aged 32", "X (32)", "49 years old", "in his early 40s"', () => {
  assert.deepEqual(ages('The 31-year-old Lena Ortiz was arrested.').map((q) => q.low), [31]);
  assert.deepEqual(ages('Lena Ortiz, 32, was arrested.').map((q) => q.low), [32]);
  assert.deepEqual(ages('Lena Ortiz, aged 32, was arrested.').map((q) => q.low), [32]);
  assert.deepEqual(ages('Lena Ortiz (32) was arrested.').map((q) => q.low), [32]);
  assert.deepEqual(ages('Ortiz is 49 years old.').map((q) => q.low), [49]);
  assert.deepEqual(ages('a six-year-old girl').map((q) => q.low), [6]);
  const decade = ages('The suspect, in his early 40s, fled.')[0];
  assert.deepEqual([decade.low, decade.high], [40, 43]);
});

test('age: "at the age of 85", "died at 91", "He was 75." standing alone', () => {
  assert.deepEqual(ages('Lena Ortiz died at the age of 85 after a fall.').map((q) => q.low), [85]);
  assert.deepEqual(ages('Mark Hale dies at 91').map((q) => q.low), [91]);
  assert.deepEqual(ages('Mark Hale died Sunday at 64 in Leeds.').map((q) => q.low), [64]);
  assert.deepEqual(ages('The former mayor has died. He was 75. His son found him.').map((q) => q.low), [75]);
});

test('age: a time of death, a score and a sentence that goes on are not ages', () => {
  assert.deepEqual(ages('The driver died at 5 p.m. on Friday.'), []);
  assert.deepEqual(ages('The patient died at 7:30 in the ward.'), []);
  assert.deepEqual(ages('He was 75 minutes late.'), []);
  assert.deepEqual(ages('He was 3 under par.'), []);
});

test('age: a date\'s day, a count and a percentage are not ages', () => {
  assert.deepEqual(ages('On Nov. 30, 2009, he escaped.'), []);
  assert.deepEqual(ages('In Texas, 12 people died.'), []);
  assert.deepEqual(ages('Romney (17 percent) leads.'), []);
});

test('age: one year apart is a difference', () => {
  const [a] = ages('Robert Buckley, 32, fell.');
  const [b] = ages('the 31-year-old Robert Buckley');
  assert.equal(valuesDisjoint(a, b, 0.05), true);
  assert.equal(valuesDisjoint(a, ages('Buckley (32)')[0], 0.05), false);
});
