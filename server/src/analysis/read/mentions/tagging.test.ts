// A sentence's tags kept across readings of a document being edited (`ReadOptions.keepSentences`): a reading that
// keeps must give the names and parts of speech a fresh reading gives, though the rest of the document changed
// what the tagger reads of the kept sentence's words.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../config';
import { readArticle } from '../readArticle';

const options = { uri: 'memory:/a.txt', version: 1, source: 'a', tolerances: defaultConfig().tolerances };

/** The names of a reading inside its first `length` characters, with their types. */
function namesIn(text: string, length: number, keepSentences: boolean): string[] {
  const reading = readArticle(text, { ...options, keepSentences });
  return reading.mentions.filter((m) => m.end <= length && m.kind === 'name').map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
}

test('kept tags: a sentence tagged before is tagged again when another sentence changes what the document says of its words', () => {
  const lede = 'Officials said Amber Rose and Hope Mills spoke in Reading on Monday.';
  // The first reading keeps the lede's tags; in the second, "reading" in lower case elsewhere tells the tagger that
  // the lede's "Reading" may be a common word.
  const before = `${lede}\n\nThe meeting was short.`;
  const after = `${lede}\n\nReading is fun. The reading of amber and rose.`;
  const fresh = namesIn(after, lede.length, false);
  assert.notDeepEqual(namesIn(before, lede.length, false), fresh, 'the two documents read the lede differently');
  namesIn(before, lede.length, true);
  assert.deepEqual(namesIn(after, lede.length, true), fresh);
});

test('kept tags: a sentence whose first word the document now also writes in lower case is decoded again', () => {
  // The headline is no evidence for the tagger's document features, but a first word the document writes in lower
  // case anywhere (here, only in the headline) opens no stretch to decode.
  const lede = 'Reading officials said Amber Rose spoke.';
  const before = `Council news\n\n${lede} More text follows.`;
  const after = `A day of reading in town\n\n${lede} More text follows.`;
  const from = (text: string) => text.indexOf(lede);
  const names = (text: string, keepSentences: boolean) => {
    const reading = readArticle(text, { ...options, keepSentences });
    return reading.mentions.filter((m) => m.start >= from(text) && m.kind === 'name').map((m) => text.slice(m.start, m.end));
  };
  const fresh = names(after, false);
  assert.notDeepEqual(names(before, false), fresh, 'the two documents read the lede differently');
  names(before, true);
  assert.deepEqual(names(after, true), fresh);
});

test('kept tags: edits one sentence at a time, each reading the same as a fresh one', () => {
  const texts = [
    'Storm hits Texas coast\n\nGovernor Greg Abbott said on Tuesday that 40 people died in Houston. Rescuers from the Red Cross arrived.',
    'Storm hits Texas coast\n\nGovernor Greg Abbott said on Tuesday that 40 people died in Houston. Rescuers from the Red Cross arrived late.',
    'Storm hits Texas coast\n\nGovernor Greg Abbott said on Tuesday that 40 people died in Houston. rescuers from the red cross arrived late.',
    'STORM HITS TEXAS COAST\n\nGovernor Greg Abbott said on Tuesday that 40 people died in Houston. Rescuers from the Red Cross arrived late.',
  ];
  for (const text of texts) {
    const fresh = readArticle(text, options);
    const kept = readArticle(text, { ...options, keepSentences: true });
    assert.deepEqual(kept.mentions, fresh.mentions, text);
    assert.deepEqual(kept.claims, fresh.claims, text);
  }
});
