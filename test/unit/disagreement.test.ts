// One finding per disagreement (checks/disagreement.ts): where it goes, what it links, how its sources read.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ROOT, serviceOf } from '../helpers/analysis';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const d = require(path.join(ROOT, 'server', 'out', 'analysis', 'checks', 'disagreement')) as typeof import('../../server/src/analysis/checks/disagreement');

const span = (uri: string, start = 0) => ({ uri, start, end: start + 1 });
const order = (uri: string) => ['a', 'b', 'c', 'd'].indexOf(uri);

test('disagreement: the side fewer sources take is reported; repeats in one source count once', () => {
  const many = { text: 'x', spans: [span('a'), span('b')] };
  const few = { text: 'y', spans: [span('c'), span('c', 9)] };
  assert.equal(d.reportedSide([many, few], order), 1);
  assert.equal(d.reportedSide([few, many], order), 0);
});

test('disagreement: a tie goes to the side whose first source comes last in the folder, whatever the order given', () => {
  const first = { text: 'x', spans: [span('a')] };
  const second = { text: 'y', spans: [span('b')] };
  assert.equal(d.reportedSide([first, second], order), 1);
  assert.equal(d.reportedSide([second, first], order), 0);
});

test('disagreement: a misspelling written twice in one article is one finding; the repeat and the other sources are related', () => {
  const texts = {
    a: 'Minister Oleksandr Kovalsky spoke on Monday.',
    b: 'Minister Oleksandr Kovalsky arrived on Monday.',
    c: 'Minister Oleksnadr Kovalsky arrived. Later Oleksnadr Kovalsky left.',
  };
  const found = serviceOf(texts).findings().filter((f) => f.code === 'name-spelling');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  const [f] = found;
  assert.equal(texts.c.slice(f.start, f.end), 'Oleksnadr');
  assert.deepEqual(f.related.map((r) => [r.uri, texts[r.uri as 'a'].slice(r.start, r.end)]), [['c', 'Oleksnadr'], ['a', 'Oleksandr'], ['b', 'Oleksandr']]);
  assert.match(f.message, /c writes “Oleksnadr”, but a and b write “Oleksandr”/);
});

test('disagreement: a source that writes both spellings is named once, on its own side', () => {
  const texts = {
    a: 'Minister Oleksandr Kovalsky spoke on Monday.',
    b: 'Minister Oleksandr Kovalsky arrived on Monday.',
    c: 'Minister Oleksnadr Kovalsky arrived. Later Oleksandr Kovalsky left.',
  };
  const [f] = serviceOf(texts).findings().filter((x) => x.code === 'name-spelling');
  assert.match(f.message, /c writes “Oleksnadr”, but a and b write “Oleksandr”, as c does elsewhere/);
  assert.equal((f.message.match(/\bc\b/g) ?? []).length, 2, f.message);
});
