// Dates of the story and of earlier events, as intervals of days when the year is known.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../config';
import { tokenize } from '../tokens';
import { formatValue, readValues, valuesDisjoint } from './index';

const dates = (text: string, date?: string) =>
  readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances, date }).filter((q) => q.kind === 'date');
const one = (text: string, date?: string) => {
  const found = dates(text, date);
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found)}`);
  return found[0];
};

test('date: a day, a month and a year are intervals of days; the year comes from the article when not written', () => {
  assert.equal(formatValue(one('He was convicted in June 1998.')), 'June 1998');
  assert.equal(formatValue(one('It happened on Sept. 13, 2013.')), '2013-09-13');
  assert.equal(formatValue(one('It happened on 10th Nov.', '2011-11-12')), '2011-11-10');
  assert.equal(formatValue(one('It happened on Nov. 30.')), 'November 30');
  assert.equal(formatValue(one('It began in March last year.', '2013-07-02')), 'March 2012');
  assert.equal(formatValue(one('The law passed in 2009.')), '2009');
});

test('date: June 1998 and June 1999 differ; a day inside a month agrees with it', () => {
  assert.equal(valuesDisjoint(one('in June 1998'), one('in June 1999'), 0.05), true);
  assert.equal(valuesDisjoint(one('in June 2011'), one('on June 14, 2011'), 0.05), false);
  assert.equal(valuesDisjoint(one('on Nov. 30'), one('on Nov. 30, 2009'), 0.05), false);
  assert.equal(valuesDisjoint(one('on Nov. 29'), one('on Nov. 30, 2009'), 0.05), true);
});

test('date: "May" the verb, "the 19 Sept. 11 hijackers" and a month without a cue are no dates', () => {
  assert.deepEqual(dates('He may 5 times try.'), []);
  assert.deepEqual(dates('Prices march on.'), []);
  assert.deepEqual(dates('Fifteen of the 19 Sept. 11 hijackers').map((q) => q.text), ['Sept. 11']);
});

test('date: a year filled in from the article is a guess, so such a date is compared on its day and month only', () => {
  // "was killed on June 24" in an article of May 2007 is about 2005; the year read from the article must not disagree.
  const guessed = one('The deputy was killed on June 24.', '2007-05-02');
  assert.equal(guessed.supplied, 'year');
  assert.equal(one('He was killed June 24, 2005.').supplied, undefined);
  assert.equal(valuesDisjoint(guessed, one('He was killed June 24, 2005.'), 0.05), false);
  assert.equal(valuesDisjoint(guessed, one('He was killed June 25, 2005.'), 0.05), true);
  assert.equal(valuesDisjoint(one('It began in July.', '2007-08-01'), one('It began in July 2005.'), 0.05), false);
  assert.equal(valuesDisjoint(one('It began in July.', '2007-08-01'), one('It began on Aug. 3, 2005.'), 0.05), true);
  assert.equal(valuesDisjoint(guessed, one('The law passed in 2009.'), 0.05), false, 'a year says no day');
});

test('date: a month of a known year against a day or month written without one is compared on what both say', () => {
  const july = one('Fighting began in July.', '2011-11-10');
  assert.equal(valuesDisjoint(july, one('Rebels have fought since June.'), 0.05), true);
  assert.equal(valuesDisjoint(july, one('Rebels have fought since July.'), 0.05), false);
  assert.equal(valuesDisjoint(one('in July 2011'), one('on June 5'), 0.05), true);
  assert.equal(valuesDisjoint(one('in July 2011'), one('on July 5'), 0.05), false);
});
