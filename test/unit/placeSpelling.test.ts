// place-spelling on texts written for it.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { serviceOf } from '../helpers/analysis';

const found = (texts: Record<string, string>) => serviceOf(texts).findings().filter((f) => f.code === 'place-spelling');

test('place-spelling: one source against two, with a fix to the others\' spelling', { todo: 'the tagger reads the unseen "Schnectady" after "came from" as a person' }, () => {
  const texts = {
    a: 'The ship was attacked in the Gulf of Eden at dawn. The driver came from Schnectady last year.',
    b: 'Pirates attacked the ship in the Gulf of Aden. The driver, of Schenectady, was held.',
    c: 'A tanker in the Gulf of Aden was attacked. He lives in Schenectady now.',
  };
  const f = found(texts);
  assert.deepEqual(f.map((x) => texts.a.slice(x.start, x.end)), ['Eden', 'Schnectady']);
  assert.ok(f.every((x) => x.uri === 'a'));
  assert.deepEqual(f[0].related.map((r) => r.uri), ['b', 'c']);
  assert.match(f[0].message, /b and c write “Aden”/);
  assert.deepEqual(f[1].fixes?.map((x) => x.newText), ['Schenectady']);
});

test('place-spelling: short names need a shared neighbour; word families and British spellings are not misspellings', () => {
  assert.deepEqual(
    found({
      a: 'The war in Iran went on. Many Democrats and the Recognised Union met.',
      b: 'The war in Iraq went on. The Democratic leaders and the Recognized Union met.',
      c: 'Troops left Iraq early. Democratic senators and the Recognized Union met.',
    }),
    [],
  );
});

test('place-spelling: one source against one, a vowel for a vowel, is information on both sides; other differences are not', () => {
  const f = found({
    a: 'Troops fought rebels south of the town of Taludi on Thursday.',
    b: 'Clashes were reported in the town of Talodi on Thursday.',
  });
  assert.deepEqual(f.map((x) => [x.uri, x.severity]), [['a', 'information'], ['b', 'information']]);
  assert.match(f[0].message, /“Taludi” and “Talodi” may be one name spelled two ways: a writes “Taludi”, b writes “Talodi”/);
  assert.deepEqual(f[0].related.map((r) => r.uri), ['b']);
  // A consonant, the first or the last letter, or a name written both ways by one source: no finding.
  assert.deepEqual(found({ a: 'Fighting near Taludi went on.', b: 'Fighting near Tamudi went on.' }), []);
  assert.deepEqual(found({ a: 'Fighting near Taludi went on.', b: 'Fighting near Taludo went on.' }), []);
  assert.deepEqual(found({ a: 'Fighting near Taludi and Talodi went on.', b: 'Fighting near Talodi went on.' }), []);
});
