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

test('pos: a reflexive pronoun is a personal pronoun, not a verb by its ending ("giving themselves up"); "seen" is a participle', () => {
  assert.equal(tagged('The men held out for hours before giving themselves up at 4:20 p.m.').get('themselves'), 'PRP');
  assert.equal(tagged('She told herself to wait.').get('herself'), 'PRP');
  // An irregular past participle that is no other part of speech: "was last seen/NN" made "found" the day's verb.
  assert.equal(tagged('He was last seen near the campsite on Saturday.').get('seen'), 'VBN');
  // A preposition ending in -s: "voucher towards/NNS" made "towards" what a sum was of.
  assert.equal(tagged('Every passenger will receive a £35 voucher towards future travel.').get('towards'), 'IN');
  // The training path takes the same decision.
  const model = pos.posModel()!;
  const words = wordsOf(tokenize('The men held out for hours before giving themselves up .')).words;
  assert.deepEqual(pos.tagPos(model, words), pos.tagPosFromFeatures(model, words, pos.posSentenceFeatures(words)));
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

test('pos: a new word\'s rows found by template are the rows its feature names give, summed in the same order', () => {
  // The tagger finds a word's rows without building the names (issue 13); the names are what training used.
  const model = pos.posModel()!;
  const n = model.tags.length;
  const words = ['Smith', 'said', 'the', 'NATO', 'U.S.', 'running', '1996', '3.5', "n't", "'s", 'a|b', 'x=y', '=', '|', 'É', 'Zürich', 'co-operation', 'I'];
  for (const word of words) {
    const fast = pos.posWordScores(model, word);
    pos.OFFSETS.forEach((k, j) => {
      const slow = new Float32Array(n);
      for (const f of pos.posWordFeatures(word, k)) {
        const row = model.index.get(f);
        if (row !== undefined) for (let t = 0; t < n; t++) slow[t] += model.weights[row + t];
      }
      assert.deepEqual(fast.subarray(j * n, (j + 1) * n), slow, `${word} at ${k}`);
    });
    for (let tag = 0; tag <= n; tag++) {
      const name = `t-1w=${tag === n ? '<s>' : model.tags[tag]}|${pos.normalForm(word)}`;
      assert.equal(pos.posAfterTagRow(model, tag, word), model.index.get(name) ?? -1, name);
    }
  }
});

test('pos: whole-sentence tags that reuse the entity tagger\'s range tags are the tags of tagging the sentence whole', () => {
  // tagPosRanges remembers its run by the sentence's tokens; posTags of those tokens copies a range's tags where the
  // whole-sentence pass reaches it with the same two tags before, and tags the rest itself (read15).
  const model = pos.posModel()!;
  const sentences = [
    'The minister said on Tuesday that the talks would resume after 12 delegates arrived in Geneva .',
    'They plan to leave , Smith told reporters , but the plan was never approved by Congress .',
    "Shares of Volkswagen fell 3.5 percent in Frankfurt as the U.S. trade talks stalled , analysts said .",
    'OBAMA MEETS MERKEL IN BERLIN',
    // A range starting at "rise" or "fast" guesses the tags before it wrong ("that" alone is not "rates that"), and
    // its own tags differ from the whole sentence's until the two runs meet.
    'Smith , who runs the fund , said rates that rise fast hurt growth .',
  ];
  let cases = 0;
  for (const sentence of sentences) {
    const words = wordsOf(tokenize(sentence)).words;
    const expected = pos.tagPos(model, words);
    const n = words.length;
    const rangeSets: number[][] = [[], [0, n]];
    for (let a = 0; a < n; a++) for (let b = a + 1; b <= Math.min(n, a + 5); b++) rangeSets.push([a, b]);
    for (let a = 0; a + 7 < n; a += 3) rangeSets.push([a, a + 2, a + 4, a + 7], [a, a + 3, a + 3, a + 5]);
    for (const ranges of rangeSets) {
      const tokens = tokenize(sentence);
      const w = wordsOf(tokens);
      const partial = new Array<string>(n);
      pos.tagPosRanges(model, w.words, Int32Array.from(ranges), partial, tokens);
      const whole = pos.posTags(tokens, model);
      assert.deepEqual(whole, tokens.map((_, k) => expected[w.wordOf[k]]), `${sentence} ${ranges.join(',')}`);
      cases++;
    }
  }
  assert.ok(cases > 100);
  // A run remembered for other words than the tokens' (tokens changed since) is not reused.
  const tokens = tokenize('Smith said the plan would fail .');
  const other = wordsOf(tokenize('They plan to leave Paris soon .')).words;
  pos.tagPosRanges(model, other, Int32Array.of(0, other.length), new Array<string>(other.length), tokens);
  const own = wordsOf(tokens);
  const expected = pos.tagPos(model, own.words);
  assert.deepEqual(pos.posTags(tokens, model), tokens.map((_, k) => expected[own.wordOf[k]]));
});
