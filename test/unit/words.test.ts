// The taggers' words, built from the project's tokens: texts written for these tests.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ROOT } from '../helpers/analysis';

const load = <T>(p: string): T => require(path.join(ROOT, 'server', 'out', 'analysis', p)) as T;
const { tokenize } = load<typeof import('../../server/src/analysis/read/tokens')>('read/tokens');
const { wordsOf } = load<typeof import('../../server/src/analysis/read/words')>('read/words');
const { fold } = load<typeof import('../../server/src/analysis/text/normalize')>('text/normalize');

test('words: dates, times and scores are one word each', () => {
  assert.deepEqual(wordsOf(tokenize('LONDON 1996-08-30 at 7:12 , won 3-2')).words, ['LONDON', '1996-08-30', 'at', '7:12', ',', 'won', '3-2']);
});

test("words: a possessive ending is a word of its own, mapped to no token", () => {
  const tokens = tokenize("Putin's envoy");
  const w = wordsOf(tokens);
  assert.deepEqual(w.words, ['Putin', "'s", 'envoy']);
  assert.deepEqual(w.first, [0, -1, 1]);
  assert.deepEqual(w.wordOf, [0, 2]);
});

test('words: a spaced hyphen joins a double name, not two known places', () => {
  assert.deepEqual(wordsOf(tokenize('Dominique Strauss - Kahn resigned')).words, ['Dominique', 'Strauss-Kahn', 'resigned']);
  assert.ok(wordsOf(tokenize('the Iran - Iraq war')).words.includes('-'));
});

test('tokens: every kind of white space separates tokens, and a character outside the BMP is one token', () => {
  const text = 'Kyiv\u00a0said\u3000no\u2028more\ufeff\u{1F600}\u2009ok.\t12,000';
  const tokens = tokenize(text);
  assert.deepEqual(tokens.map((t) => t.text), ['Kyiv', 'said', 'no', 'more', '\u{1F600}', 'ok', '.', '12,000']);
  assert.deepEqual(tokens.map((t) => text.slice(t.start, t.end)), tokens.map((t) => t.text));
  // A sentence of the text: tokens only between its bounds, at their offsets in the whole text.
  assert.deepEqual(tokenize(text, 5, 12).map((t) => [t.text, t.start]), [['said', 5], ['no', 10]]);
});

test('tokens: folded forms are lower case, without diacritics, with straight apostrophes', () => {
  assert.deepEqual(tokenize("Trump trump NATO Zürich won’t").map((t) => t.lower), ['trump', 'trump', 'nato', 'zurich', "won't"]);
  assert.equal(fold('already lower'), 'already lower');
  assert.equal(fold('MiXeD 12'), 'mixed 12');
  assert.equal(fold('`Quoted`'), "'quoted'");
});

test("tokens: a possessive ending with either apostrophe comes off the word; links are told by their start", () => {
  const tokens = tokenize("Putin’s envoy met the workers' union and Jones's aide at www.example.com, not http://x.org or wwwhat");
  assert.deepEqual(tokens.filter((t) => t.possessive).map((t) => t.text), ['Putin', 'Jones']);
  assert.deepEqual(tokens.filter((t) => t.kind === 'url').map((t) => t.text), ['www.example.com,', 'http://x.org']);
});

test('tokens: the scan of plain words and numbers ends where the token pattern does, and leaves the rest to it', () => {
  const { TOKEN, plainTokenEnd } = load<typeof import('../../server/src/analysis/read/tokens')>('read/tokens');
  const pattern = new RegExp(TOKEN.source, TOKEN.flags);
  const text =
    "Reyes's aides' 12,400.5 votes, 3.5. 7,x 1,2.3 well-known rock-'n'-roll end-. it'. don’t co‑op naïve Zoë x2b " +
    'J. U.S. e.g. http://a.b https://c.d http:/e www.f.g www wow @hand_le 42nd 9- hh. A.B';
  let plain = 0;
  for (let to = text.length - 40; to <= text.length; to += 20) {
    for (let at = 0; at < to; at++) {
      if (/\s/.test(text[at])) continue;
      pattern.lastIndex = at;
      const expected = pattern.test(text.slice(0, to)) ? pattern.lastIndex : -1;
      const end = plainTokenEnd(text.slice(0, to), at, to);
      if (end >= 0) plain++;
      assert.ok(end === -1 || end === expected, `at ${at} ("${text.slice(at, at + 12)}"), to ${to}: ${end} for ${expected}`);
    }
  }
  assert.equal(plainTokenEnd('Reyes said', 0, 10), 5);
  assert.equal(plainTokenEnd('1,400.5 votes', 0, 13), 7);
  assert.equal(plainTokenEnd('naïve', 0, 5), -1, 'outside ASCII the pattern decides');
  assert.ok(plain > 100, 'most positions are scanned without the pattern');
});
