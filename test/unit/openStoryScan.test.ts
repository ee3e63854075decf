// The cold open's scan and confidence (server/src/analysis/service/openStory.ts), on texts written for the test: the
// open article's keys are found in another text only where they stand as whole tokens (as cutting the text into tokens
// finds them), and a provisional story within the open article's small folder is shown, one spread over an archive
// folder is not on that ground.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import type * as OpenStoryModule from '../../server/src/analysis/service/openStory';
import { ROOT } from '../helpers/analysis';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { keyPattern, inOneSmallFolder, storyCandidates, confidentStory } = require(path.join(ROOT, 'server', 'out', 'analysis', 'service', 'openStory')) as typeof OpenStoryModule;

const found = (keys: string[], text: string) => [...text.matchAll(keyPattern(keys)!)].map((m) => m[0]);

test('a key is found only as a whole word or a whole figure, never inside a longer one', () => {
  assert.deepEqual(found(['Donald'], 'McDonald met Donald, not DONALDSON or Donaldson.'), ['Donald']);
  assert.deepEqual(found(['Phone'], 'The iPhone and the Phone2 but not the PhoneBook.'), ['Phone', 'Phone']);
  assert.deepEqual(found(['200'], 'It cost 1,200 or 200.5 or 2,000,200 dollars, and 200 more; A200 too.'), ['200', '200']);
  assert.deepEqual(found(['1,200'], 'Not 1,200,000 nor 11,200 but 1,200.'), ['1,200']);
  assert.deepEqual(found(['U.S'], 'In the US, not the U.S'), ['U.S'], 'a key’s punctuation is literal');
  assert.equal(keyPattern([]), undefined, 'no key, no search');
});

test('the scan ranks the articles sharing the open article’s rare names, and leaves out those sharing none, or only inside longer words', () => {
  const open = { uri: 'a', name: 'a.txt', text: 'Mayor Ottoline Brankovic of Quillford said 1,450 homes flooded on Tuesday.' };
  const folder = [
    open,
    { uri: 'b', name: 'b.txt', text: 'In Quillford, Brankovic counted 1,450 flooded homes.' },
    { uri: 'c', name: 'c.txt', text: 'Brankovic spoke in Quillford on Tuesday.' },
    { uri: 'd', name: 'd.txt', text: 'The mayor of another town said homes flooded there.' },
    { uri: 'e', name: 'e.txt', text: 'McBrankovic of Quillfordshire sold 11,450 homes.' },
  ];
  const candidates = storyCandidates(open, folder);
  assert.deepEqual(candidates.uris, ['b', 'c']);
  assert.equal(candidates.truncated, false);
});

test('a provisional story in the open article’s small folder is confident; one reaching outside it, or in an archive folder, is not on that ground', () => {
  const listing = ['quake/a.txt', 'quake/b.txt', 'quake/c.txt', 'other/d.txt'];
  assert.equal(inOneSmallFolder('quake/a.txt', ['quake/a.txt', 'quake/c.txt'], listing), true);
  assert.equal(inOneSmallFolder('quake/a.txt', ['quake/a.txt', 'other/d.txt'], listing), false);
  const archive = Array.from({ length: 31 }, (_, i) => `archive/${i}.txt`);
  assert.equal(inOneSmallFolder('archive/0.txt', ['archive/0.txt', 'archive/1.txt'], archive), false);
  // Members that are not the scan's best candidates: confident only because they share the open article's small folder.
  const candidates = { uris: ['quake/b.txt', 'quake/c.txt'], truncated: false };
  const members = ['quake/a.txt', 'quake/c.txt'];
  const regroup = () => members;
  assert.equal(confidentStory('quake/a.txt', candidates, members, regroup), false);
  assert.equal(confidentStory('quake/a.txt', candidates, members, regroup, true), true);
  assert.equal(confidentStory('quake/a.txt', { ...candidates, truncated: true }, members, regroup, true), false, 'a scan that left candidates out is never confident');
});
