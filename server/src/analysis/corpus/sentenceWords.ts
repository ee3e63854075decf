// The words two tellings of one sentence share: what name-spelling's and numbered names' context compare.
import type { Reading } from '../types';

const sentenceCache = new WeakMap<Reading, Map<number, Set<string>>>();

/** The lower-case words of five letters or more of a sentence: what two tellings of it share. Cached per reading. */
export function sentenceWords(reading: Reading, index: number): Set<string> {
  let byIndex = sentenceCache.get(reading);
  if (!byIndex) sentenceCache.set(reading, (byIndex = new Map()));
  let words = byIndex.get(index);
  if (!words) {
    const s = reading.sentences[index];
    words = new Set(s ? (reading.text.slice(s.start, s.end).match(/(?<![\p{L}])\p{Ll}{5,}/gu) ?? []) : []);
    byIndex.set(index, words);
  }
  return words;
}
