// One disagreement split by the aligner into two one-against-one groups is joined into one (checks/mirroredGroups.ts).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { ClaimGroup, ClaimRef } from '../types';
import { joinMirroredGroups } from './mirroredGroups';

/** A statement of `uri` with a value of `low` (millions of euros), as much of a ClaimRef as the join reads. */
const sum = (uri: string, low: number, time: 'story' | 'background' = 'story'): ClaimRef =>
  ({ uri, index: 0, source: uri, quantity: { low, high: low, unit: 'EUR', kind: 'money' }, claim: { scope: { time } } }) as unknown as ClaimRef;
const group = (id: string, ...claims: ClaimRef[]): ClaimGroup => ({ id, event: '', attribute: 'money', participants: [], claims });

test('mirrored groups: two one-against-one groups of the same two values, one source giving the same value in both, are one', () => {
  // a: 1,350 against b's headline 1,450; b's body 1,450 against c: 1,350.
  const joined = joinMirroredGroups([group('g1', sum('a', 1350), sum('b', 1450)), group('g2', sum('b', 1450), sum('c', 1350))]);
  assert.deepEqual(joined.map((g) => g.claims.map((c) => c.uri)), [['a', 'b', 'b', 'c']]);
});

test('mirrored groups: not joined without a source in both, with a source on both values, with other values or scopes', () => {
  const apart = (groups: ClaimGroup[]) => assert.equal(joinMirroredGroups(groups).length, groups.length);
  apart([group('g1', sum('a', 1350), sum('b', 1450)), group('g2', sum('c', 1450), sum('d', 1350))]);
  // b gives 1,450 in one group and 1,350 in the other: two things it tells apart, not one disagreement.
  apart([group('g1', sum('a', 1350), sum('b', 1450)), group('g2', sum('b', 1350), sum('c', 1450))]);
  apart([group('g1', sum('a', 1350), sum('b', 1450)), group('g2', sum('b', 1450), sum('c', 1250))]);
  apart([group('g1', sum('a', 1350), sum('b', 1450)), group('g2', sum('b', 1450, 'background'), sum('c', 1350, 'background'))]);
});
