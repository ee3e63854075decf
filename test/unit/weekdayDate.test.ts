// weekday-date: a weekday written beside a full date that fell on another day. Texts written for the rule.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ROOT, serviceOf } from '../helpers/analysis';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { mayDateAWeekday } = require(path.join(ROOT, 'server', 'out', 'analysis', 'checks', 'weekdayDate')) as typeof import('../../server/src/analysis/checks/weekdayDate');

const mismatches = (texts: Record<string, string>) => serviceOf(texts).findings().filter((f) => f.code === 'weekday-date');

test('weekday-date: a weekday beside a date of another weekday is reported, with a fix and the sources that name the day', () => {
  const texts = {
    a: 'Festival host named\n\nMonday August 2, 2013\n\nThe singer will host the festival, the organisers announced on Friday.',
    b: 'Singer to host festival\n\nAugust 2, 2013\n\nThe organisers announced on Friday that the singer will host the festival.',
  };
  const found = mismatches(texts);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  const [f] = found;
  assert.equal(f.uri, 'a');
  assert.equal(texts.a.slice(f.start, f.end), 'Monday');
  assert.equal(f.message, '“Monday August 2, 2013”: August 2, 2013 was a Friday, not a Monday. b calls that day Friday.');
  assert.deepEqual(f.related.map((r) => [r.uri, texts.b.slice(r.start, r.end)]), [['b', 'Friday']]);
  assert.deepEqual(f.fixes?.map((x) => x.newText), ['Friday']);
  // A dateline names the day too, though it states nothing; each place is related, each source named once.
  const dateline = { ...texts, c: 'Festival news\n\nFriday, August 2, 2013\n\nThe organisers named the host. The announcement came on Friday.' };
  const [g] = mismatches(dateline);
  assert.deepEqual(g.related.map((r) => [r.uri, dateline[r.uri as 'c'].slice(r.start, r.end)]), [['b', 'Friday'], ['c', 'Friday'], ['c', 'Friday']]);
  assert.match(g.message, /b and c call that day Friday\.$/);
});

test('weekday-date: the right weekday, a weekday apart from the date, and a date without a year in an undated article are quiet', () => {
  assert.deepEqual(mismatches({ a: 'The funeral was held on Friday, August 2, 2013, in the town.', b: 'Mourners gathered on Friday.' }), []);
  assert.deepEqual(mismatches({ a: 'On Monday the council met. The budget of August 2, 2013 was approved.', b: 'The council met on Monday.' }), []);
  assert.deepEqual(mismatches({ a: 'A private service will be held Monday, Dec. 16, at the cemetery.', b: 'The service is on Monday.' }), []);
});

test('weekday-date: a date written without its year takes the article\'s, and the message says so', () => {
  const found = mismatches({ a: 'Posted: June 3, 2011\n\nA private service will be held Monday, June 10, at the cemetery.', b: 'The service will be private.' });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /“Monday, June 10”: June 10 \(2011-06-10\) was a Friday, not a Monday\./);
  // The year is a guess: a weekday that fits the date a year on (January 9, 2012 was a Monday) is no finding.
  assert.deepEqual(mismatches({ a: 'Posted: November 20, 2011\n\nThe hearing is set for Monday, Jan. 9, the court said.', b: 'The court set a hearing.' }), []);
});

test('weekday-date: the scan that lets a check run skip an article alone finds both orders of a date, and nothing else', () => {
  assert.equal(mayDateAWeekday('Posted: Monday, August 2, 2013'), true);
  assert.equal(mayDateAWeekday('7:00pm UK, Saturday 05 May 2010'), true);
  assert.equal(mayDateAWeekday('The council met on Monday. It approved 12 items.'), false);
});
