// A sentence's capitalised words kept by its text (corpus/capitalisedWords.ts) and a text's lower-case words kept by
// line (text/lineWords.ts): after edits that move, change and add sentences, what is given equals what a reading
// scanned with nothing kept gives, at the new offsets.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readArticle } from '../read/readArticle';
import { defaultConfig } from '../config';
import { capitalisedWords, forgetKeptCapitalisedWords } from './capitalisedWords';
import { LineWords } from '../text/lineWords';

const config = defaultConfig();
const read = (text: string) => readArticle(text, { uri: 'mem:/herald', version: 1, source: 'herald', tolerances: config.tolerances });

const TEXT =
  'Marlow Bridge Falls In Storm\n\nA footbridge over the Thames collapsed in Marlow on Tuesday. Mayor Ellen Dorsey said the town of Marlow would rebuild it. ' +
  'Engineer Marta La Croix inspected the bridge in June.\n\nPolice Chief Tom Okafor said nobody was hurt.';

const EDITS: Array<[string, string]> = [
  // Words before every sentence: each keeps its words, at offsets moved by the words put before it.
  ['A footbridge', 'A wooden footbridge'],
  // A name respelled in one sentence.
  ['Marta La Croix', 'Marta Lacroix'],
  // A sentence added between two.
  ['in June.', 'in June. Councillor Ruth Abara called for an inquiry.'],
  // The headline made not title-case: its words are no longer all taken as capitalised by the headline.
  ['Bridge Falls In Storm', 'bridge falls in a storm'],
];

test('capitalisedWords: words kept by sentence equal a fresh scan after each edit, at the new offsets', () => {
  forgetKeptCapitalisedWords();
  let text = TEXT;
  capitalisedWords(read(text));
  for (const [from, to] of EDITS) {
    assert.ok(text.includes(from), from);
    text = text.replace(from, to);
    const reading = read(text);
    const kept = capitalisedWords(reading);
    forgetKeptCapitalisedWords();
    const fresh = capitalisedWords(reading);
    assert.deepEqual(kept, fresh, `after “${to}”`);
    for (const word of kept) assert.equal(reading.text.slice(word.occurrence.start, word.occurrence.end), word.occurrence.text, `${word.folded} after “${to}”`);
  }
  // The same words as a title-case headline and as the end of a body paragraph: in the body, only the first is initial.
  capitalisedWords(read('Marlow Bridge Falls In Storm\n\nThe bridge fell.'));
  const body = read('Storm\n\nThe storm came at night and the river rose fast across the whole valley, residents of the town said on Tuesday. Marlow Bridge Falls In Storm');
  const keptBody = capitalisedWords(body);
  forgetKeptCapitalisedWords();
  assert.deepEqual(keptBody, capitalisedWords(body));
  assert.ok(keptBody.some((w) => w.folded === 'bridge' && !w.occurrence.initial));
  const last = capitalisedWords(read(text));
  assert.ok(last.some((w) => w.folded === 'abara' && w.occurrence.role === undefined && w.occurrence.neighbours.includes('ruth')));
  assert.ok(last.some((w) => w.folded === 'ellen' && w.occurrence.role === 'mayor' && w.occurrence.person));
});

test('LineWords: the words of a text line by line, kept lines and all, are the words of the whole text', () => {
  const pattern = /(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]{3,}/gu;
  const words = new LineWords(pattern, (w) => w.toUpperCase());
  const whole = (text: string) => new Set((text.match(pattern) ?? []).map((w) => w.toUpperCase()));
  let text = 'first line of words\nsecond-line words here\n\nthird line, with more words\nlast';
  assert.deepEqual([...words.of(text)], [...whole(text)]);
  for (const [from, to] of [['second-line', 'the second line'], ['third line', 'third\nline'], ['last', 'lastly written']]) {
    text = text.replace(from, to);
    assert.deepEqual([...words.of(text)], [...whole(text)], `after “${to}”`);
  }
  assert.ok(words.of(text).has('LASTLY'));
});
