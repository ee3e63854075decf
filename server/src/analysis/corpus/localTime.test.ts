// The story's local time, learned from a source that gives one time both ways.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readArticle } from '../read/readArticle';
import { formatValue } from '../read/values/index';
import { defaultConfig } from '../config';
import { localOffset, utcAsLocal } from './localTime';

const reading = (text: string) => readArticle(text, { uri: 'x', version: 1, source: 'x', tolerances: defaultConfig().tolerances });

test('local time: the offset comes from a time given both ways; pairs of two zones give none', () => {
  assert.equal(localOffset([reading('The quake struck at 9:23 p.m. local time (1423 GMT).')]), 420);
  assert.equal(localOffset([reading('The quake struck at 1423 GMT (9:23 p.m. local time).')]), 420);
  assert.equal(localOffset([reading('Witnesses heard three explosions at 3 p.m. (1200 GMT).')]), 180);
  assert.equal(localOffset([reading('The quake struck at 1423 GMT. Shops closed at 9:23 p.m.')]), undefined, 'two sentences are two times');
  const twoZones = [reading('It struck at 9:23 p.m. local time (1423 GMT).'), reading('Aid left at 3 p.m. (1200 GMT).')];
  assert.equal(localOffset(twoZones), undefined);
});

test('local time: a UTC time shown in local time, a span that midnight would cut left as it was', () => {
  const [utc] = reading('It struck at 1423 GMT.').quantities.filter((q) => q.kind === 'time');
  assert.equal(formatValue(utcAsLocal(utc, 420)!), '21:23 local');
  const [late] = reading('It struck at about 2300 GMT.').quantities.filter((q) => q.kind === 'time');
  assert.equal(utcAsLocal(late, 60), undefined);
});
