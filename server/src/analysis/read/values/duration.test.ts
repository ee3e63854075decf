// Durations in minutes, with the hedges that make them intervals.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../config';
import { tokenize } from '../tokens';
import { formatValue, readValues, valuesDisjoint } from './index';

const spans = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances }).filter((q) => q.kind === 'duration');

test('duration: "an hour and a half", "nearly 90 minutes", "hour-long", "over a six-year period", "a decade"', () => {
  assert.deepEqual(spans('They spoke for an hour and a half.').map(formatValue), ['90 min']);
  assert.deepEqual(spans('It lasted nearly 90 minutes.').map(formatValue), ['79–90 min']);
  assert.deepEqual(spans('an hour-long call').map(formatValue), ['50–70 min']);
  assert.deepEqual(spans('over a six-year period').map(formatValue), ['6 years']);
  assert.deepEqual(spans('a decade of war').map(formatValue), ['10 years']);
  assert.deepEqual(spans('a second bomb'), [], 'an ordinal, not a second');
  assert.equal(valuesDisjoint(spans('an hour-long call')[0], spans('an hour and a half')[0], 0.05), true);
  assert.equal(valuesDisjoint(spans('more than an hour')[0], spans('an hour and a half')[0], 0.05), false);
});

test('duration: a whole number and a fraction ("5 1/2 years", "a 2-1/2 year sentence", "4½ months")', () => {
  assert.deepEqual(spans('He was sentenced to 5 1/2 years.').map(formatValue), ['5.5 years']);
  assert.deepEqual(spans('He served a 2-1/2 year sentence.').map(formatValue), ['2.5 years']);
  assert.deepEqual(spans('It took 4½ months.').map((q) => q.low), [4.5 * 43800]);
  assert.equal(valuesDisjoint(spans('5 1/2 years')[0], spans('a 2-1/2 year term')[0], 0.05), true);
  assert.equal(valuesDisjoint(spans('5 1/2 years')[0], spans('five and a half years')[0], 0.05), false);
});

test('duration: "within a day" is a ceiling, as "up to a day" is: two hours fall inside it, two days do not', () => {
  const within = spans('They met within a day of the vote.')[0];
  assert.equal(within.low, null);
  assert.equal(within.high, 24 * 60);
  assert.equal(valuesDisjoint(within, spans('They met for two hours.')[0], 0.05), false);
  assert.equal(valuesDisjoint(within, spans('They met two days later.')[0], 0.05), true);
});

test('duration: "over" right after a sum is the span it is paid in ("$160 million over eight years"), elsewhere "more than"', () => {
  assert.deepEqual(spans('The Nationals bid $160 million over eight years.').map(formatValue), ['8 years']);
  assert.deepEqual(spans('Greece will receive 110 billion euros in loans over three years.').map(formatValue), ['3 years']);
  assert.deepEqual(spans('It has been with us for over 20 years.').map(formatValue), ['> 20 years']);
  assert.deepEqual(spans('They spent $2 million and waited over two years.').map(formatValue), ['> 2 years']);
  // Whom the sum came from may stand between: "stole $40,000 from the church in Marrowby over nine years".
  assert.deepEqual(spans('Ann Lee stole $40,000 from the church in Marrowby over nine years.').map(formatValue), ['9 years']);
  const [two, three] = [spans('a loan of 90 billion euros over two years')[0], spans('90 billion euros over three years')[0]];
  assert.equal(valuesDisjoint(two, three, 0.05), true);
});

test('duration: "over" after a percentage and the noun of its change is the span of the change ("a 77 percent pay rise over six years")', () => {
  assert.deepEqual(spans('The union wants a 77 percent pay rise over six years.').map(formatValue), ['6 years']);
  assert.deepEqual(spans('Employers offered a 50 percent raise over five years.').map(formatValue), ['5 years']);
  // A preposition after the percentage ("of voters", "in"): "over" is then "more than".
  assert.deepEqual(spans('Prices rose 40 percent in over five years.').map(formatValue), ['> 5 years']);
});

test('duration: one span told in two units ("two hours and 41 minutes", "2 hours 41 minutes", "three years and six months")', () => {
  const minutes = (text: string) => spans(text).map((q) => [q.text, q.low, q.high]);
  assert.deepEqual(minutes('The final lasted two hours and 41 minutes.'), [['two hours and 41 minutes', 161, 161]]);
  assert.deepEqual(minutes('The final lasted 2 hours 41 minutes.'), [['2 hours 41 minutes', 161, 161]]);
  assert.deepEqual(minutes('He served three years and six months.'), [['three years and six months', 3 * 525600 + 6 * 43800, 3 * 525600 + 6 * 43800]]);
  assert.equal(valuesDisjoint(spans('after two hours and 41 minutes')[0], spans('after two hours and 14 minutes')[0], 0.05), true);
  // The larger unit first, or they are two spans ("six months and two years" tells two things).
  assert.deepEqual(minutes('six months and two years').map((m) => m[0]), ['six months', 'two years']);
});

test('duration: a race time in hours, minutes and seconds ("finishing in 2:00:35"), or in three units; a clock time with seconds is none', () => {
  const minutes = (text: string) => spans(text).map((q) => [q.text, Math.round(q.low! * 60)]);
  assert.deepEqual(minutes('She won, finishing in 2:00:35.'), [['2:00:35', 7235]]);
  assert.deepEqual(minutes('a record of 2 hours 0 minutes 35 seconds'), [['2 hours 0 minutes 35 seconds', 7235]]);
  assert.deepEqual(minutes('The quake struck at 10:32:15 a.m. and again in 10:32:15 GMT.'), []);
  assert.equal(valuesDisjoint(spans('in 2:00:35')[0], spans('in 2:00:53')[0], 0.05), true);
  assert.deepEqual(spans('in 2:00:35').map(formatValue), ['2:00:35']);
});

test('durations: a span under a minute is shown in seconds ("2.4 seconds" is 2.4 s, not 0 min)', () => {
  assert.deepEqual(spans('He won by 2.4 seconds after a race of 90 minutes.').map(formatValue), ['2.4 s', '90 min']);
  assert.deepEqual(spans('The tremor lasted 30 seconds.').map(formatValue), ['30 s']);
});

test('duration: a span half a step below a coarser figure is not what it rounds ("18-month" is no "two-year"); a quarter below still may be', () => {
  const twoYears = spans('a two-year pay deal')[0];
  assert.equal(valuesDisjoint(spans('an 18-month pay deal')[0], twoYears, 0.05), true);
  assert.equal(valuesDisjoint(spans('a 21-month pay deal')[0], twoYears, 0.05), false);
  assert.equal(valuesDisjoint(spans('a 24-month pay deal')[0], twoYears, 0.05), false);
});

test('duration: a word that leaves the unit as it is ("about 14 Earth days", "ten calendar days") is a span, not a count of days', () => {
  assert.deepEqual(spans('one lunar day, about 14 Earth days').map(formatValue), spans('about 14 days').map(formatValue));
  assert.equal(valuesDisjoint(spans('about 14 Earth days')[0], spans('roughly two Earth weeks')[0], 0.05), false);
  assert.deepEqual(spans('within ten calendar days').length, 1);
});
