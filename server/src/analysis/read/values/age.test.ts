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
  assert.deepEqual(ages('The victims were Lena Ortiz, 48 - a nurse - and her son.').map((q) => q.low), [48]);
  assert.deepEqual(ages('Leeds, 3 - 1 winners, went top.'), []);
  // A list of people with their ages, parted by semicolons.
  assert.deepEqual(ages('Police named the dead as Lena Ortiz, 54; Mark Hale, 67; and Ann Lee, 72.').map((q) => q.low), [54, 67, 72]);
  assert.deepEqual(ages('Ortiz is 49 years old.').map((q) => q.low), [49]);
  assert.deepEqual(ages('a six-year-old girl').map((q) => q.low), [6]);
  const decade = ages('The suspect, in his early 40s, fled.')[0];
  assert.deepEqual([decade.low, decade.high], [40, 43]);
});

test('age: the ages a list gives after "aged" or "ages" ("aged 8 and 11", "ages 19, 20 and 23") are all ages', () => {
  assert.deepEqual(ages('The children, aged 8 and 11, were not injured.').map((q) => q.low), [8, 11]);
  assert.deepEqual(ages('The victims, ages 19, 20 and 23, were killed.').map((q) => q.low), [19, 20, 23]);
  // A count joined to an age by "and" after the age's own clause is no age.
  assert.deepEqual(ages('Ann Lee, aged 54, and 12 others were hurt.').map((q) => q.low), [54]);
});

test('age: "at the age of 85", "died at 91", "He was 75." standing alone', () => {
  assert.deepEqual(ages('Lena Ortiz died at the age of 85 after a fall.').map((q) => q.low), [85]);
  assert.deepEqual(ages('Mark Hale dies at 91').map((q) => q.low), [91]);
  assert.deepEqual(ages('Mark Hale died Sunday at 64 in Leeds.').map((q) => q.low), [64]);
  assert.deepEqual(ages('The former mayor has died. He was 75. His son found him.').map((q) => q.low), [75]);
  assert.deepEqual(ages('The former mayor has died. She was 128. Her son found her.').map((q) => q.low), [128], 'a wrong age is still an age');
});

test('age: a coming birthday is the age now, one less or that: "turns 29 on April 11", "will be 29 in April"', () => {
  const interval = (text: string) => ages(text).map((q) => [q.low, q.high]);
  assert.deepEqual(interval('Hale, who turns 29 on April 11, signed.'), [[28, 29]]);
  assert.deepEqual(interval('Hale turns 40 today.'), [[39, 40]]);
  assert.deepEqual(interval('Hale will be 29 in April.'), [[28, 29]]);
  assert.deepEqual(interval('By then Hale will be 83.'), [], 'a future age with no near time is an age then');
  assert.deepEqual(ages('The deficit will be 29 percent next year.'), []);
  assert.deepEqual(ages('The bill turning 40 votes into 60 failed.'), []);
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

test('age: an age is the age on its article\'s date, so a year more in a later article is no difference', () => {
  const on = (text: string, date?: string) =>
    readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances, date }).filter((q) => q.kind === 'age')[0];
  assert.equal(on('Jeffs, 54, was arraigned.', '2010-12-02').asOf, '2010-12-02');
  assert.equal(valuesDisjoint(on('The 54-year-old Jeffs was arraigned.', '2010-12-02'), on('Jeffs, 55, was sentenced.', '2011-08-10'), 0.05), false);
  assert.equal(valuesDisjoint(on('Orozco, 27, was found.', '2005-07-26'), on('Orozco, 29, was convicted.', '2007-03-20'), 0.05), false);
  assert.equal(valuesDisjoint(on('Orozco, 27, was found.', '2005-07-26'), on('Orozco, 30, was convicted.', '2007-03-20'), 0.05), true, 'three years older in twenty months');
  assert.equal(valuesDisjoint(on('Smith, 31, was found.', '2011-11-27'), on('Smith, 32, was found.', '2011-11-28'), 0.05), true, 'a day apart');
  assert.equal(valuesDisjoint(on('Smith, 55, was found.', '2011-08-10'), on('Smith, 54, was found.', '2010-12-02'), 0.05), false, 'either order');
  assert.equal(valuesDisjoint(on('Smith, 31, was found.'), on('Smith, 32, was found.'), 0.05), true, 'without dates');
});

test('age: after a word that says "age", the number is an age whatever its size; bare forms keep to a lifespan', () => {
  assert.deepEqual(ages('Lena Ortiz, Swimmer And Actress, Dies Aged 137').map((q) => q.low), [137]);
  assert.deepEqual(ages('Lena Ortiz died in Leeds at the age of 128, her agent said.').map((q) => q.low), [128]);
  assert.deepEqual(ages('Mark Hale passed away Thursday at age 128.').map((q) => q.low), [128]);
  assert.deepEqual(ages('The 150-year-old church burned.'), []);
  assert.deepEqual(ages('Lena Ortiz, 130, was arrested.'), []);
});
