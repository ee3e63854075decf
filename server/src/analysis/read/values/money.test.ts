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
  // Dollars of other countries and the real, by their signs: "R$12,000" is a sum in reais, not 12,000 dollars.
  assert.deepEqual(sums('Police offered R$12,000 for information.').map(formatValue), ['BRL 12,000']);
  assert.deepEqual(sums('It cost A$5 million; Canada paid C$3 million.').map((q) => q.unit), ['AUD', 'CAD']);
  assert.equal(valuesDisjoint(sums('R$12,000')[0], sums('20,000 reais')[0], 0.05), true);
  // Other dollars by their names: "4.5 million Canadian dollars" is C$4.5 million, not a count of dollars.
  assert.deepEqual(sums('The bill was 4.5 million Canadian dollars, or 3 million Australian dollars.').map(formatValue), ['CAD 4,500,000', 'AUD 3,000,000']);
  assert.equal(valuesDisjoint(sums('4.5 million Canadian dollars')[0], sums('C$5.4 million')[0], 0.05), true);
});

test('money: a figure of one digit stands for half a step above it, not a whole ("$3 million" is no "$3.5 million")', () => {
  const apart = (a: string, b: string) => valuesDisjoint(sums(a)[0], sums(b)[0], 0.05);
  assert.equal(apart('a ransom of $3 million', 'a ransom of $3.5 million'), true);
  assert.equal(apart('a ransom of $3 million', 'a ransom of $3.4 million'), false, 'rounded to the nearest');
  assert.equal(apart('a ransom of $3 million', 'a ransom of $2.6 million'), false);
  assert.equal(apart('a bonus of $30,000', 'a bonus of $25,000'), true, 'nor the figure half a step below it');
  // Two digits keep the whole step: "$43 million" may be $43.9 million rounded down.
  assert.equal(apart('a fee of $43 million', 'a fee of $43.5 million'), false);
  // A lone leading 1 keeps its own half step ("$1 million" and "$1.4 million" may be one).
  assert.equal(apart('a fee of $1 million', 'a fee of $1.4 million'), false);
});

test('money: a range with one scale, "MM" for million, and a rate per period as its own unit', () => {
  assert.deepEqual(sums('an offer between $140 and $150 million over seven years').map(formatValue), ['USD 140,000,000–150,000,000']);
  assert.deepEqual(sums('a $140-$150 million offer').map(formatValue), ['USD 140,000,000–150,000,000']);
  assert.deepEqual(sums('an eight-year, $200MM deal').map(formatValue), ['USD 200,000,000']);
  const rate = sums('higher than $25 million a season')[0];
  assert.equal(formatValue(rate), 'USD 25,000,000 per season');
  assert.equal(valuesDisjoint(rate, sums('committed more than $240 million')[0], 0.05), false, 'a rate is not a sum');
  assert.equal(valuesDisjoint(rate, sums('$18 million per season')[0], 0.05), true);
  assert.deepEqual(sums('up from $2 million a year ago').map(formatValue), ['USD 2,000,000']);
  assert.deepEqual(sums('paid $5 per share').map(formatValue), ['USD 5 per share']);
  assert.deepEqual(sums('dropping $20MM per on Teixeira').map(formatValue), ['USD 20,000,000 per period']);
});

test('money: a sum written as a compound before its noun ("a two-million-euro booty")', () => {
  assert.deepEqual(sums('They fled with a three-million-euro haul.').map(formatValue), ['EUR 3,000,000']);
  assert.deepEqual(sums('He signed a 4-million-dollar contract.').map(formatValue), ['USD 4,000,000']);
  assert.deepEqual(sums('Robbers pulled off a two million-euro jewellery heist.').map(formatValue), ['EUR 2,000,000']);
  assert.deepEqual(sums('Paris hit by 2 mn-euro jewelry heist').map(formatValue), ['EUR 2,000,000']);
});

test('money: "about" reaches as far as the step a number is written to, loosely for a round one', () => {
  const about = (text: string) => sums(text)[0];
  // Written to the billion, 8 and 11 are each a step from their neighbours: two estimates of two sums.
  assert.deepEqual(formatValue(about('a wall that would cost about $8 billion')), 'USD 7,000,000,000–9,000,000,000');
  assert.equal(valuesDisjoint(about('a wall that would cost about $8 billion'), about('a price tag of around $11 billion'), 0.05), true);
  // A round number ("about $10 billion", "some $3,000") keeps the loose reading, ± the `approximate` tolerance.
  assert.equal(valuesDisjoint(about('about $10 billion'), about('around $11 billion'), 0.05), false);
  assert.deepEqual(formatValue(about('some $3,000 in cash')), 'USD 2,490–3,510');
  // A finer number is never read narrower than the `approximateFine` tolerance.
  assert.deepEqual(formatValue(about('about $2.7 million')), 'USD 2,430,000–2,970,000');
});

test('money: crowns are a currency of their own, as several countries name theirs ("4.8 billion crowns", "the 5.8 billion crown line")', () => {
  const sums = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances }).filter((q) => q.kind === 'money').map((q) => [q.text, q.unit]);
  assert.deepEqual(sums('Line 6 is expected to cost 4.8 billion crowns.'), [['4.8 billion crowns', 'CROWN']]);
  assert.deepEqual(sums('The council approved the 5.8 billion crown line.'), [['5.8 billion crown', 'CROWN']]);
});

test('money: "pounds" after a figure of millions is a sum in sterling; alone, or before "of", it is a weight', () => {
  assert.deepEqual(sums('Ann Lee earned a purse of 1.2 million pounds; Tom Ward earned 1.5m pounds.').map(formatValue), ['GBP 1,200,000', 'GBP 1,500,000']);
  assert.deepEqual(sums('The ship carried 1.2 million pounds of grain. The boxer weighs 160 pounds.'), []);
});

test('money: a currency of capital letters glued to its figure ("R68,000", "R140-million", "Rs 5,000"), never a name ("the R2", "R35")', () => {
  assert.deepEqual(sums('The fee rises from R62,000 to R68,000 after a R140-million cut.').map(formatValue), ['ZAR 62,000', 'ZAR 68,000', 'ZAR 140,000,000']);
  assert.deepEqual(sums('The fine was Rs 5,000.').map(formatValue), ['INR 5,000']);
  // Shillings as "Sh" or "KSh" are the shillings a word names: "Sh1,500" is "1,500 shillings".
  assert.equal(valuesDisjoint(sums('copies sold for Sh1,500 each')[0], sums('copies offered for 1,500 shillings each')[0], 0.05), false);
  assert.equal(valuesDisjoint(sums('copies sold for KSh 3,500 each')[0], sums('copies offered for 1,500 shillings each')[0], 0.05), true);
  assert.deepEqual(sums('Take the R2 past the R35 depot; r5,000 is no sum.'), []);
});
