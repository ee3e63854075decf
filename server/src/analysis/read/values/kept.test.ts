// A sentence's values kept across readings: what is given back must be what reading the sentence anew gives, where the
// sentence now is.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../config';
import { readArticle } from '../readArticle';
import { tokenize } from '../tokens';
import { readValues } from './index';

const tolerances = defaultConfig().tolerances;

/** The article's values as `readArticle` gives them, and as each sentence read anew gives them. */
function both(text: string) {
  const reading = readArticle(text, { uri: 'memory:/a.txt', version: 1, source: 'a', tolerances, keepSentences: true });
  const anew = reading.sentences.flatMap((s, index) =>
    reading.paragraphs[s.paragraph].kind === 'furniture' ? [] : readValues({ text, from: s.start, to: s.end, index, tokens: tokenize(text, s.start, s.end), tolerances, date: reading.meta.date }),
  );
  return { kept: reading.quantities, anew };
}

test('values kept: a series of edits gives, for every sentence, the values a new reading gives, at their new places', () => {
  const texts = [
    'Storm hits coast\n\nOfficials said about 40 people died on Tuesday. Rescuers found 12 bodies near the 3-mile bridge.\n\nThe storm lasted nearly 90 minutes.',
    // A sentence added before: every later value moves.
    'Storm hits coast\n\nA warning came at 6 a.m. Officials said about 40 people died on Tuesday. Rescuers found 12 bodies near the 3-mile bridge.\n\nThe storm lasted nearly 90 minutes.',
    // A hedge changed in one sentence; the others are given back from what was kept.
    'Storm hits coast\n\nA warning came at 6 a.m. Officials said more than 40 people died on Tuesday. Rescuers found 12 bodies near the 3-mile bridge.\n\nThe storm lasted nearly 90 minutes.',
    // The article's date gives "June 24" its year: a kept sentence must not give the old date's year.
    '---\ndate: 2023-07-02\n---\nStorm hits coast\n\nA warning came at 6 a.m. and 200 homes, 31 shops and 4 schools closed. Officials said more than 40 people died on June 24. Rescuers found 12 bodies near the 3-mile bridge.\n\nThe storm lasted nearly 90 minutes.',
    '---\ndate: 2024-07-02\n---\nStorm hits coast\n\nA warning came at 6 a.m. and 200 homes, 31 shops and 4 schools closed. Officials said more than 40 people died on June 24. Rescuers found 12 bodies near the 3-mile bridge.\n\nThe storm lasted nearly 90 minutes.',
  ];
  for (const text of texts) {
    const { kept, anew } = both(text);
    assert.ok(kept.length >= 4, `${kept.length} values in “${text.slice(-60)}”`);
    assert.deepEqual(kept, anew, text);
    for (const q of kept) assert.equal(text.slice(q.start, q.end), q.text);
  }
});

test('values kept: the same sentence after different words gives what those words make of it', () => {
  // "He was 32." is an age after the end of a sentence, whatever the spaces between, and a bare number after a
  // bracket ("left.) He was 32."). Each reading must give its own.
  for (const before of ['The man left.', 'The man left.)', 'The man left.\n\n', 'The man left.' + ' '.repeat(60), 'The man left.) ' + ' '.repeat(60)]) {
    const { kept, anew } = both(`Headline\n\n${before} He was 32. About 12 people came.`);
    assert.deepEqual(kept, anew, before);
  }
});
