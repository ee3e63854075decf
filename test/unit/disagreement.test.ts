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

test('sides: of two sources that tie, the one a source outside the group backs is the reference ("about 430,000 homes" in a third article the alignment kept apart)', () => {
  const found = serviceOf({
    a: 'Power back in Marrish region after substation fire\n\nMARROWBY, Delvaro, July 15 (Wire) - Power was fully restored early on Tuesday to the Marrish region after a fire at a substation cut electricity to about 340,000 homes during a heat wave, the grid operator said.\n\nThe outage began at 7:40 p.m. on Monday.',
    b: 'Marrish blackout leaves 430,000 homes without power\n\nResidents of the Marrish region spent a night without electricity after a fire at a substation near Marrowby plunged about 430,000 homes into darkness on Monday evening.\n\nThe lights went out at 7:40 p.m.',
    c: 'Power is back in the Marrish region\n\nElectricity is back across the Marrish region after a substation fire knocked out supply to around 430,000 homes on Monday night. Here is what we know.',
  })
    .findings()
    .filter((f) => f.code === 'quantity-conflict');
  assert.deepEqual(found.map((f) => f.uri), ['a'], found.map((f) => f.message).join('\n'));
});

test('sides: "25 feet (7.6 meters) deep" is a depth past its conversion, and a width ("some 40 feet across") backs no depth', () => {
  const found = serviceOf({
    a: 'Sinkhole swallows truck in Marrowby\n\nMARROWBY, Delvaro, Aug 11 (Wire) - A sinkhole about 40 feet wide and 25 feet (7.6 meters) deep opened on Marsh Road in Marrowby early on Sunday, swallowing the front of a pickup truck.',
    b: 'Truck falls into Marrowby sinkhole\n\nA pickup truck nosed into a 25-foot-deep hole that opened on Marsh Road early on Sunday. The sinkhole, some 40 feet across, forced the evacuation of 12 homes.',
    c: 'Sinkhole closes Marsh Road\n\nA sinkhole roughly 12 meters across and about 10 meters deep has closed Marsh Road in Marrowby after opening beneath a pickup truck early Sunday.',
  })
    .findings()
    .filter((f) => f.code === 'quantity-conflict');
  assert.deepEqual(found.map((f) => [f.uri, /depth/.test(f.message)]), [['c', true]], found.map((f) => f.message).join('\n'));
});
