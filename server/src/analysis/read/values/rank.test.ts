// Ranks and ordinals; an ordinal that picks one out, or an idiom, is no rank.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../config';
import { tokenize } from '../tokens';
import { formatValue, readValues } from './index';

const ranks = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances }).filter((q) => q.kind === 'rank');

test('rank: superlatives, places, editions, times', () => {
  assert.deepEqual(ranks('It is the second-largest city.').map(formatValue), ['2nd largest']);
  assert.deepEqual(ranks('She finished third.').map(formatValue), ['3rd']);
  assert.deepEqual(ranks('Tom Ward took sixth place. Ann Lee was the leading Spaniard in fifth. She was in third place.').map(formatValue), ['6th', '5th', '3rd']);
  // An idiom, and a place hoped for ("a second-place finish would help him"), are no places taken.
  assert.deepEqual(ranks('It was wrong in the first place. A second-place finish would help him. A fifth-place finish in Iowa is likely.').map(formatValue), []);
  assert.deepEqual(ranks('the 86th annual Academy Awards').map(formatValue), ['86th edition'], 'the 86th annual show is its 86th edition');
  assert.deepEqual(ranks('a five-time All-Star').map(formatValue), ['5 times']);
  assert.deepEqual(ranks('He won for the fourth time.').map(formatValue), ['4th time']);
});

test('rank: an order of office, "the No. 2 official", "the second-ranking", "third-highest-ranking"; not an address', () => {
  assert.deepEqual(ranks('Felt, the No. 2 official at the FBI, kept it secret.').map(formatValue), ['No. 2']);
  assert.deepEqual(ranks('He was the bureau\'s No. 3 official.').map(formatValue), ['No. 3']);
  assert.deepEqual(ranks('He was the second-ranking official.').map(formatValue), ['No. 2']);
  assert.deepEqual(ranks('She is the third-highest-ranking Democrat.').map(formatValue), ['No. 3']);
  assert.deepEqual(ranks('He left No. 10 Downing Street.'), []);
});

test('rank: "the second victim", "an eleventh-hour deal", "first-hand" are not ranks', () => {
  assert.deepEqual(ranks('The second victim died.'), []);
  assert.deepEqual(ranks('It was an eleventh-hour deal.'), []);
  assert.deepEqual(ranks('a first-hand account'), []);
  assert.deepEqual(ranks('They saw, for the first time, the photos.'), [], '"for the first time": something new, not a count');
});

test('rank: the step of a contest in which an act happened ("in the ninth round", "a 10th-round knockout"); not which round of talks, nor a pick', () => {
  assert.deepEqual(ranks('Kovalenko knocked out Briggs in the ninth round.').map(formatValue), ['9th round']);
  assert.deepEqual(ranks('He won with a 10th-round knockout.').map(formatValue), ['10th round']);
  assert.deepEqual(ranks('Smith scored in the 89th minute.').map(formatValue), ['89th minute']);
  assert.deepEqual(ranks('The second round of talks begins Monday.'), []);
  assert.deepEqual(ranks('He was eliminated in the third round of voting.'), []);
  assert.deepEqual(ranks('He was a first-round pick in 2009.'), []);
});

test('rank: a tally since a time ("the union\'s third strike since May", "the fourth strike by the union since May"); "the second day" is none', () => {
  assert.deepEqual(ranks('It was the union\'s third strike since May.').map((q) => [formatValue(q), q.unit]), [['3rd', 'tally']]);
  assert.deepEqual(ranks('It was the fourth strike by the union since May.').map((q) => [formatValue(q), q.unit]), [['4th', 'tally']]);
  assert.deepEqual(ranks('It was the second day of the strike.'), []);
});

test('rank: the floor of a building where a thing happened ("fell from the ninth floor", "a 12th-floor flat"); not "a first floor" alone', () => {
  assert.deepEqual(ranks('The lift fell from the ninth floor. It broke loose at the 7th storey.').map(formatValue), ['9th floor', '7th floor']);
  assert.deepEqual(ranks('A fire broke out in a 12th-floor flat.').map(formatValue), ['12th floor']);
  assert.deepEqual(ranks('Her flat has a second floor.'), [], 'which floors a flat has is no place of an act');
});
