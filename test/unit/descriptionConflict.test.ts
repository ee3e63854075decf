// The same thing described two ways across sources: texts written for each rule.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { serviceOf } from '../helpers/analysis';

const conflicts = (texts: Record<string, string>) => serviceOf(texts).findings().filter((f) => f.code === 'description-conflict');

test('colours: the same named thing in two colours conflicts; "gray" and "grey" are one colour', () => {
  const found = conflicts({
    a: 'She was hit by a silver Toyota Camry on Main Street.',
    b: 'A gray 2013 Toyota Camry struck her.',
    c: 'Police found the grey Toyota Camry later.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'a');
  assert.match(found[0].message, /colour of the Toyota Camry/);
  assert.deepEqual(found[0].related.map((r) => r.uri).sort(), ['b', 'c']);
});
