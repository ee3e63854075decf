// Times of day with their zone: GMT and UTC against local time, never compared without an offset.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../config';
import { tokenize } from '../tokens';
import { formatValue, readValues, valuesDisjoint } from './index';

const times = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances }).filter((q) => q.kind === 'time');

test('time: "1423 GMT", "2:53 p.m. local time", "about 9 a.m.", "noon"', () => {
  assert.deepEqual(times('The quake struck at 1423 GMT.').map(formatValue), ['14:23 UTC']);
  assert.deepEqual(times('Bombs fell at 2:53 p.m. local time.').map(formatValue), ['14:53 local']);
  assert.deepEqual(times('He escaped at about 9 a.m.').map(formatValue), ['08:30–09:30 local']);
  assert.deepEqual(times('at noon').map(formatValue), ['12:00 local']);
  assert.deepEqual(times('at 3 p.m. EST').map(formatValue), ['20:00 UTC']);
  assert.deepEqual(times('registered the quake at 17:06 hours local time (13:36 GMT).').map(formatValue), ['17:06 local', '13:36 UTC']);
  assert.deepEqual(times('The quake, which struck at 1353 (1023 GMT), was felt in Oman.').map(formatValue), ['13:53 local', '10:23 UTC']);
  // Four figures alone are no time (a year, a count), nor are decimal hours.
  assert.deepEqual(times('The talks lasted 2.30 hours.'), []);
  assert.deepEqual(times('In 1353 (the year of the plague), 1023 people died.'), []);
  // A 24-hour clock after a preposition of time; not an hour that may be either half of the day, a race time or a ratio.
  assert.deepEqual(times('The storm broke at 18:15 on Thursday.').map(formatValue), ['18:15 local']);
  assert.deepEqual(times('Trains ran from 06:30 until 23:05.').map(formatValue), ['06:30 local', '23:05 local']);
  assert.deepEqual(times('The meeting was at 10:30. She won in 18:15, ahead of Ann Lee at 18:42:10. Odds stood at 15:2.'), []);
});

test('time: a hedge reaches as far as the step the minutes are written to ("about 6:40" is not "about 7:40"; "about 7" meets both)', () => {
  assert.deepEqual(times('at about 6:40 p.m.').map(formatValue), ['18:30–18:50 local']);
  assert.deepEqual(times('at about 6:45 p.m.').map(formatValue), ['18:30–19:00 local']);
  assert.deepEqual(times('at about 6:30 p.m.').map(formatValue), ['18:00–19:00 local']);
  assert.equal(valuesDisjoint(times('at about 6:40 p.m.')[0], times('at about 7:40 p.m.')[0], 0.05), true);
  assert.equal(valuesDisjoint(times('at about 6:40 p.m.')[0], times('at about 7 p.m.')[0], 0.05), false);
});

test('time: GMT and local time are never set against each other; two GMT times are', () => {
  const [gmt] = times('at 12:00 GMT');
  const [local] = times('at 3 p.m. local time');
  assert.equal(valuesDisjoint(gmt, local, 0.05), false);
  assert.equal(valuesDisjoint(gmt, times('at 1423 GMT')[0], 0.05), true);
  assert.equal(valuesDisjoint(times('at 7:01 p.m.')[0], times('at around 7 p.m.')[0], 0.05), false);
});

test('time: "shortly before midnight" is the half hour before it, "just after 9 a.m." the half hour after; times meet across midnight', () => {
  assert.deepEqual(times('He was hit shortly before midnight.').map(formatValue), ['23:30–00:00 local']);
  assert.deepEqual(times('The blast came just after 9 a.m.').map(formatValue), ['09:00–09:30 local']);
  const [beforeMidnight] = times('shortly before midnight');
  assert.equal(valuesDisjoint(times('at about 11:40 p.m.')[0], beforeMidnight, 0.05), false);
  assert.equal(valuesDisjoint(times('at 12:10 a.m.')[0], times('at about midnight')[0], 0.05), false);
  assert.equal(valuesDisjoint(times('at 10:30 p.m.')[0], beforeMidnight, 0.05), true);
  assert.equal(valuesDisjoint(times('at 11:50 p.m.')[0], times('at 12:20 a.m.')[0], 0.05), true);
});

test('time: two hedged times that only touch do not meet ("about 5:30 p.m." / "about 6:30 p.m."); overlapping ones do', () => {
  const apart = (a: string, b: string) => valuesDisjoint(times(a)[0], times(b)[0], 0.05);
  assert.equal(apart('at about 5:30 p.m.', 'at about 6:30 p.m.'), true);
  assert.equal(apart('at about 5 p.m.', 'at about 6 p.m.'), true);
  assert.equal(apart('at about 5:30 p.m.', 'at about 6 p.m.'), false);
  assert.equal(apart('at about 5:30 p.m.', 'at 5:30 p.m.'), false);
  // Across midnight, on the circle of the day.
  assert.equal(apart('at about 11:30 p.m.', 'at about 12:30 a.m.'), true);
  assert.equal(apart('at about 11:30 p.m.', 'shortly before midnight'), false);
});

test('time: a clock told in words ("a quarter past nine", "ten to five in the morning"); without its half of the day it meets both halves', () => {
  assert.deepEqual(times('Cars left the rails at ten to five in the morning, the railway said.').map(formatValue), ['04:50 local']);
  assert.deepEqual(times('She left at seven o’clock that evening.').map(formatValue), ['19:00 local']);
  assert.deepEqual(times('The call came at twenty minutes to midnight.').map(formatValue), ['23:40 local']);
  assert.deepEqual(times('The dam failed just after four in the morning.').map(formatValue), ['04:00–04:30 local']);
  assert.deepEqual(times('He was seen at a quarter to twelve at night and again at half past two at night.').map(formatValue), ['23:45 local', '02:30 local']);
  const [quarterPast] = times('The men burst in at a quarter past nine, minutes after the doors opened.');
  assert.equal(formatValue(quarterPast), '09:15 or 21:15 local');
  assert.equal(valuesDisjoint(quarterPast, times('at 9:15 a.m.')[0], 0.05), false);
  assert.equal(valuesDisjoint(quarterPast, times('at 9:15 p.m.')[0], 0.05), false);
  assert.equal(valuesDisjoint(quarterPast, times('at 10:15 a.m.')[0], 0.05), true);
  assert.equal(valuesDisjoint(times('At twenty to twelve, Ann Lee was freed.')[0], times('at 11:40 a.m.')[0], 0.05), false);
  // Number words joined by "to" are a range unless a preposition of time or a part of the day makes them a clock.
  assert.deepEqual(times('Turnout rose from five to ten. They held ten to twelve hostages. It took two to three weeks.'), []);
});

test('time: "before noon" and "by 10 a.m." end a span of the day, "after 6 p.m." starts one', () => {
  const apart = (a: string, b: string) => valuesDisjoint(times(a)[0], times(b)[0], 0.05);
  assert.deepEqual(times('A customer was freed before noon.').map(formatValue), ['06:00–12:00 local']);
  // The word is the value's hedge, as the hover and the export show it.
  assert.deepEqual(times('A customer was freed before noon.').map((q) => q.hedge), ['before']);
  assert.equal(apart('freed before noon', 'freed at 11:40 a.m.'), false);
  assert.equal(apart('arrived by 10 a.m.', 'arrived at 9:20 a.m.'), false);
  assert.equal(apart('closed after 6 p.m.', 'closed at 6:45 p.m.'), false);
  assert.equal(apart('closed after 6 p.m.', 'closed at 5:30 p.m.'), true);
  // A hedge stays a hedge: "shortly before noon" is the half hour before it.
  assert.deepEqual(times('freed shortly before noon').map(formatValue), ['11:30–12:00 local']);
});
