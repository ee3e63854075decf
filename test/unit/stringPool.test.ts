// The string pool (server/src/node/stringPool.ts) that the reader pool passes every reading through on arrival.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import type * as PoolModule from '../../server/src/node/stringPool';
import { ROOT, analysis } from '../helpers/analysis';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createStringPool } = require(path.join(ROOT, 'server', 'out', 'node', 'stringPool')) as typeof PoolModule;

const TEXT = 'Mayor Ann Lee said on Monday that 12 people were killed and 40 injured. "We will rebuild," Lee said. Lee and Governor Tom Walsh spoke for two hours.';

test('a reading passed through the pool is the same reading, with one copy of each repeated string', () => {
  const read = () => analysis.readArticle(TEXT, { uri: 'mem:///a.txt', version: 0, source: 'a', tolerances: analysis.defaultConfig().tolerances });
  const original = read();
  const copy = structuredClone(original);
  const pool = createStringPool();
  assert.deepEqual(pool.intern(copy), original);
  const distinct = pool.size;
  assert.ok(distinct > 0);
  pool.intern(structuredClone(original));
  assert.equal(pool.size, distinct, 'a second reading of the same text brings no new string');
});

test('the pool forgets what it holds past its limit, and leaves long strings alone', () => {
  const pool = createStringPool(3);
  const value = { a: 'x', b: ['y', 'z', { c: 'w' }], n: 1, none: null, long: 'q'.repeat(200) };
  assert.deepEqual(pool.intern(structuredClone(value)), value);
  assert.ok(pool.size <= 3);
});
