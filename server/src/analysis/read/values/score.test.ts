// Results: two numbers joined by a dash next to a word of voting, ruling or winning, and what is no result.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../config';
import { tokenize } from '../tokens';
import { formatValue, readValues, valuesDisjoint } from './index';

const values = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances });
const results = (text: string) => values(text).filter((q) => q.kind === 'score').map((q) => `${q.text}=${formatValue(q)}`);

test('score: a result after a verb of voting, ruling or winning, or before a noun of one, is read larger side first', () => {
  assert.deepEqual(results('The court ruled 6-3 on Monday.'), ['6-3=6-3']);
  assert.deepEqual(results('The House passed the bill 234-193 on Friday.'), ['234-193=234-193']);
  assert.deepEqual(results('Denver beat Tulsa Rovers 2-1 at home.'), ['2-1=2-1']);
  assert.deepEqual(results('It was a 5-4 decision.'), ['5-4=5-4']);
  assert.deepEqual(results('Denver lost 1-2 at home.'), ['1-2=2-1'], 'a loss is the same result as the win');
  const [six, five, lost, won] = ['ruled 6-3 on Monday', 'ruled 5-4 on Monday', 'lost 1-2 on Sunday', 'won 2-1 on Sunday'].map((t) => values(t).find((q) => q.kind === 'score')!);
  assert.equal(valuesDisjoint(six, five, 0.05), true);
  assert.equal(valuesDisjoint(lost, won, 0.05), false);
  // A result a digit apart on a large side is another result: no tolerance.
  assert.equal(valuesDisjoint(values('passed 234-193 on Friday')[0], values('passed 234-194 on Friday')[0], 0.05), true);
});

test('score: without a word of a contest, or before a plural noun, two numbers and a dash are no result', () => {
  assert.deepEqual(results('Children aged 5-12 were hurt.'), []);
  assert.deepEqual(results('He lost 10-20 pounds.'), [], 'a range of a unit');
  assert.deepEqual(results('The 9-11 attacks shocked Denver.'), []);
  assert.deepEqual(results('Tom Ward voted on 9-11-2001.'), [], 'part of a longer run of numbers');
});

test('score: after a verb the sides may be joined by "to", and a tally in words names its votes', () => {
  assert.deepEqual(results('Lawmakers voted 214 to 178, with 12 abstaining.'), ['214 to 178=214-178']);
  assert.deepEqual(results('The bill was approved by 214 votes to 187 with 12 abstentions.'), ['214 votes to 187=214-187']);
  assert.deepEqual(results('Tom Ward voted 10 to 12 times a year.'), [], 'a range of a counted noun');
  assert.deepEqual(results('Ann Lee won 3 to 1,200 voters.'), [], 'not the start of a longer number');
});

test('score: a result before "home" or "away" and its noun ("a 4-0 home defeat") is a result', () => {
  assert.deepEqual(results('Ann Lee was sacked two days after a 4-0 home defeat by Marrowby.'), ['4-0=4-0']);
  assert.deepEqual(results('The 3-1 away win lifted Denver.'), ['3-1=3-1']);
  assert.deepEqual(results('Children aged 4-6 home schooled.'), [], 'a range before "home" and no noun of a result');
});
