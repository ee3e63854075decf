// The linear taggers' shared pieces: rows cut from shared buffers, and rows looked up by number.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ROOT } from '../helpers/analysis';

const load = <T>(p: string): T => require(path.join(ROOT, 'server', 'out', 'analysis', p)) as T;
const lm = load<typeof import('../../server/src/analysis/read/linearModel')>('read/linearModel');

test('linearModel: a slab gives zeroed rows that do not overlap, also past the end of one buffer', () => {
  const slab = new lm.RowSlab((n) => new Float32Array(n), 10);
  const rows = [slab.take(4), slab.take(4), slab.take(4), slab.take(12), slab.take(3)];
  assert.deepEqual(rows.map((r) => r.length), [4, 4, 4, 12, 3]);
  rows.forEach((r, k) => r.fill(k + 1));
  rows.forEach((r, k) => assert.ok(r.every((v) => v === k + 1), `row ${k} was written by another`));
  const ints = new lm.RowSlab((n) => new Int32Array(n).fill(-2), 8);
  assert.deepEqual(Array.from(ints.take(3)), [-2, -2, -2]);
});

test('linearModel: rows by number match only the values String(number) writes', () => {
  const table = lm.numberedRows(new Map([['0', 5], ['12', 7], ['012', 9], ['1e1', 11], ['-1', 13], ['x', 15]]));
  assert.equal(lm.rowOfNumber(table, 0), 5);
  assert.equal(lm.rowOfNumber(table, 12), 7);
  assert.equal(lm.rowOfNumber(table, 10), undefined, '"1e1" is not how 10 is written');
  assert.equal(lm.rowOfNumber(table, 11), undefined);
  assert.equal(lm.rowOfNumber(table, -1), undefined);
  assert.equal(lm.rowOfNumber(table, 400), undefined);
});

test('linearModel: rows by name and by template are those of the names in the file, the last of a name given twice', () => {
  // Rows: one byte count, then (tag, int16 little-endian) triples; scale 1.
  const row = (tag: number, value: number) => [1, tag, value & 0xff, (value >> 8) & 0xff];
  const features = ['b', 'x3=ing', 'w-1w=a|b', 'w=x=y', 'x3=ing', '=odd', 'len'];
  const bytes = Uint8Array.from(features.flatMap((_, k) => row(k % 2, k + 1)));
  const model = lm.linearModel({ comment: '', tags: ['A', 'B'], scale: 1, features, rows: Buffer.from(bytes).toString('base64') });
  const expected = new Map<string, number>();
  features.forEach((f, k) => expected.set(f, k * 2));
  for (const name of [...features, 'x3=in', 'w', 'w=x', 'nothing', '']) assert.equal(lm.rowOf(model, name), expected.get(name), name);
  assert.deepEqual([...model.index], [...expected], 'the flat index, built on demand, in the file order');
  const index = lm.templateIndex(model);
  assert.deepEqual([...index.keys()], ['x3', 'w-1w', 'w', '']);
  assert.deepEqual([...index.get('x3')!], [['ing', 8]]);
  assert.deepEqual([...index.get('w')!], [['x=y', 6]]);
  assert.equal(model.weights[8 + 0], 5, 'the row of the later "x3=ing" holds its weight');
});
