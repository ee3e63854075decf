// The part-of-speech tagger on sentences written for these tests.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ROOT } from '../helpers/analysis';

const load = <T>(p: string): T => require(path.join(ROOT, 'server', 'out', 'analysis', p)) as T;
const pos = load<typeof import('../../server/src/analysis/read/pos')>('read/pos');
const { tokenize } = load<typeof import('../../server/src/analysis/read/tokens')>('read/tokens');
const { wordsOf } = load<typeof import('../../server/src/analysis/read/words')>('read/words');

const tagged = (sentence: string) => {
  const tokens = tokenize(sentence);
  const tags = pos.posTags(tokens);
  return new Map(tokens.map((t, i) => [t.text, tags[i]]));
};

test('pos: the shipped model loads and tags one tag per token', () => {
  assert.ok(pos.posModel(), 'data/posModel.json is missing (npm run train -- pos)');
  const tokens = tokenize('The talks resumed in Geneva on Monday.');
  assert.equal(pos.posTags(tokens).length, tokens.length);
});

test('pos: verbs, nouns, determiners and modals in a news sentence', () => {
  const tags = tagged('The minister said on Tuesday that the talks would resume after 12 delegates arrived.');
  assert.equal(tags.get('The'), 'DT');
  assert.equal(tags.get('minister'), 'NN');
  assert.equal(tags.get('said'), 'VBD');
  assert.equal(tags.get('Tuesday'), 'NNP');
  assert.equal(tags.get('talks'), 'NNS');
  assert.equal(tags.get('would'), 'MD');
  assert.equal(tags.get('resume'), 'VB');
  assert.equal(tags.get('12'), 'CD');
});

test('pos: the same word is a noun or a verb by its context', () => {
  assert.equal(tagged('Officials will review the plan.').get('plan'), 'NN');
  assert.equal(tagged('They plan to leave.').get('plan'), 'VBP');
});

test('pos: a possessive name keeps its own tag, and "\'s" written apart is one word', () => {
  assert.equal(tagged("Merkel's spokesman declined to comment.").get('Merkel'), 'NNP');
  const spaced = tokenize("Merkel 's spokesman declined to comment .");
  assert.deepEqual(wordsOf(spaced).words.slice(0, 3), ['Merkel', "'s", 'spokesman']);
  assert.equal(pos.posTags(spaced)[1], 'POS');
});

test('pos: the per-keystroke path takes the same decisions as the training features', () => {
  const model = pos.posModel()!;
  for (const sentence of ['Shares of Volkswagen fell 3.5 percent in Frankfurt on 1996-08-30 .', "He did n't say whether the U.S. would sign .", 'OBAMA MEETS MERKEL IN BERLIN']) {
    const words = wordsOf(tokenize(sentence)).words;
    assert.deepEqual(pos.tagPos(model, words), pos.tagPosFromFeatures(model, words, pos.posSentenceFeatures(words)), sentence);
  }
});
