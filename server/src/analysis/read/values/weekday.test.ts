// Weekdays; habits and other weeks are left out.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../config';
import { tokenize } from '../tokens';
import { readValues, valuesDisjoint } from './index';

const days = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances }).filter((q) => q.kind === 'day');

test('weekday: a day is read; "last Friday", "next Monday", "on Sundays" are not this week\'s day', () => {
  assert.deepEqual(days('The plane crashed on Thursday.').map((q) => q.low), [4]);
  assert.deepEqual(days('He said Tuesday that it crashed.').map((q) => q.low), [2]);
  assert.deepEqual(days('It crashed last Friday. They meet next Monday. They pray on Sundays.'), []);
  const [a, b] = [days('on Thursday')[0], days('on Friday')[0]];
  assert.equal(valuesDisjoint(a, b, 0.05), true);
});

test('weekday: the end of a span or a deadline with its clock time ("until 7 a.m. on Friday", "by noon Monday") dates no act', () => {
  assert.deepEqual(days('Nurses are on strike until 7 a.m. on Friday, after talks broke down.'), []);
  assert.deepEqual(days('Bids must be in by noon Monday. The strike began at 7 a.m. on Tuesday.').map((q) => q.low), [2]);
});
