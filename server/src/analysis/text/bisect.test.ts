// The binary searches agree with a scan on every offset, at the edges and between spans, with spans that share a start.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { firstStartingAfter, firstStartingFrom, indexHolding } from './bisect';

const spans = [
  { start: 0, end: 4 },
  { start: 6, end: 9 },
  { start: 6, end: 12 },
  { start: 15, end: 20 },
];

test('bisect: the first span starting from, or after, an offset is the one a scan finds', () => {
  for (let offset = -1; offset <= 22; offset++) {
    const from = spans.findIndex((s) => s.start >= offset);
    const after = spans.findIndex((s) => s.start > offset);
    assert.equal(firstStartingFrom(spans, offset), from < 0 ? spans.length : from, `from ${offset}`);
    assert.equal(firstStartingAfter(spans, offset), after < 0 ? spans.length : after, `after ${offset}`);
  }
  assert.equal(firstStartingFrom([], 3), 0);
  assert.equal(firstStartingAfter([], 3), 0);
});

test('bisect: the span holding an offset, of spans that do not overlap; -1 between them and outside', () => {
  const apart = [spans[0], spans[2], spans[3]];
  for (let offset = -1; offset <= 22; offset++) {
    assert.equal(
      indexHolding(apart, offset),
      apart.findIndex((s) => s.start <= offset && offset < s.end),
      `offset ${offset}`,
    );
  }
  assert.equal(indexHolding([], 0), -1);
});
