// Names that carry a number ("Amendment 64", "Flight 370", "Guccifer 2.0", "Chapter 11") written with another number
// by one source than by the others: "Amendment 96" against "Amendment 64" is the name misspelt, like a letter, and
// place-spelling reports it (corpus/spellings.ts makes the pairs of letters; this file the pairs of numbers). Two
// numbers of one name in one article, or in every source, are two things ("Game 6" and "Game 7"): no pair.
import { lexicon } from '../data/lexicon';
import { fold } from '../text/normalize';
import { Recent, SENTENCES_KEPT } from '../text/recent';
import type { Reading } from '../types';
import type { Corpus } from './corpus';
import { sentenceWords } from './sentenceWords';
import type { Spelling, SpellingPair, WordOccurrence } from './spellings';

/**
 * Up to three capitalised words, then the number: a space or a hyphen between, nothing of a word or number after it,
 * but a hyphen and a number of a model's series ("Boeing 737-800" writes the name "Boeing 737" too, so a source that
 * writes "Boeing 737" alone is not set against it).
 */
const NUMBERED = /(?<![\p{L}\p{N}'’-])((?:\p{Lu}[\p{L}'’]*[\s-]){0,2}\p{Lu}[\p{L}'’]+)[\s-](\d+(?:\.\d+)?)(?![\p{L}\p{N}%°:/]|-(?!\d)|[.,]\d)/gu;

interface Numbered {
  /** The name's last word, folded: what two sources must share. */
  key: string;
  value: number;
  occurrence: WordOccurrence;
}

/** The pairs of one numbered name written with two numbers: one source (or a minority) against the others. */
export function numberedNamePairs(corpus: Corpus): SpellingPair[] {
  const byKey = new Map<string, Map<number, Spelling>>();
  for (const reading of corpus.readings.values()) {
    for (const n of numberedNames(reading)) {
      let numbers = byKey.get(n.key);
      if (!numbers) byKey.set(n.key, (numbers = new Map()));
      let spelling = numbers.get(n.value);
      if (!spelling) numbers.set(n.value, (spelling = { text: n.occurrence.text, folded: `${n.key} ${n.value}`, uris: new Set(), occurrences: [] }));
      spelling.uris.add(reading.uri);
      spelling.occurrences.push(n.occurrence);
    }
  }
  const uris = [...corpus.readings.keys()];
  const order = (s: Spelling) => uris.indexOf([...s.uris][0]);
  const pairs: SpellingPair[] = [];
  for (const numbers of byKey.values()) {
    if (numbers.size !== 2) continue;
    const [a, b] = [...numbers.values()];
    // The side fewer sources write; one against one, the one written fewer times, else the later article's.
    const [variant, other] = a.uris.size !== b.uris.size ? (a.uris.size < b.uris.size ? [a, b] : [b, a]) : a.occurrences.length !== b.occurrences.length ? (a.occurrences.length < b.occurrences.length ? [a, b] : [b, a]) : order(a) > order(b) ? [a, b] : [b, a];
    if (variant.uris.size > 1) continue;
    // A source that writes both names two things ("Game 6" and "Game 7"), unless it is a slip: the number written
    // once, in an article that writes the other number elsewhere, as two other sources or more do.
    const slip = variant.occurrences.length === 1 && [...other.uris].filter((u) => !variant.uris.has(u)).length >= 2;
    if ([...variant.uris].some((u) => other.uris.has(u)) && !slip) continue;
    // And the sentences tell one thing: two numbered names in sentences that share nothing are two ("Flight 93" in a
    // paragraph of background, "Flight 11" in the story).
    if (!toldAlike(corpus, variant, other)) continue;
    const majority = other.uris.size >= 2;
    pairs.push({ variant, other, variation: 'number', majority, evidence: ['neighbour'], person: false, sure: majority });
  }
  return pairs;
}

const namesCache = new WeakMap<Reading, Numbered[]>();

/** The numbered names of an article; kept with its reading, which an edit replaces, so a keystroke scans one article. */
function numberedNames(reading: Reading): Numbered[] {
  let out = namesCache.get(reading);
  if (!out) namesCache.set(reading, (out = scanNames(reading)));
  return out;
}

function scanNames(reading: Reading): Numbered[] {
  const out: Numbered[] = [];
  reading.sentences.forEach((sentence, index) => {
    const paragraph = reading.paragraphs[sentence.paragraph];
    if (paragraph?.kind === 'furniture' || paragraph?.kind === 'repeat' || sentence.furniture) return;
    for (const name of sentenceNamesKept(reading.text.slice(sentence.start, sentence.end))) {
      // A number the value reader reads as a value ("Nov 2011", "Around 60") is not part of a name.
      const numberStart = sentence.start + name.numberAt;
      if (valueAt(reading, numberStart, numberStart + name.numberLength)) continue;
      const start = sentence.start + name.at;
      const end = sentence.start + name.end;
      out.push({ key: name.key, value: name.value, occurrence: { uri: reading.uri, start, end, text: name.shown, initial: name.at === 0, person: false, neighbours: [], sentence: index } });
    }
  });
  return out;
}

/** A numbered name as its sentence alone shows it, at offsets from the sentence's start. */
interface SentenceName {
  key: string;
  value: number;
  at: number;
  end: number;
  numberAt: number;
  numberLength: number;
  shown: string;
}

/** Each sentence's numbered names, kept by its text: a keystroke scans its sentence alone. */
const kept = new Recent<string, SentenceName[]>(SENTENCES_KEPT);

function sentenceNamesKept(text: string): SentenceName[] {
  return kept.getOr(text, () => sentenceNames(text));
}

function sentenceNames(text: string): SentenceName[] {
  const out: SentenceName[] = [];
  const lex = lexicon();
  for (const m of text.matchAll(NUMBERED)) {
    const words = m[1].split(/[\s-]/);
    // The name is the capitalised words next to the number (`isNameWord`).
    let first = words.length;
    while (first > 0 && isNameWord(words[first - 1], lex)) first--;
    if (first === words.length) continue;
    const name = words.slice(first);
    if (name.join('').length < 3 || name.every((w) => w === w.toUpperCase())) continue;
    const at = m.index! + m[1].length - name.join(' ').length;
    const end = m.index! + m[0].length;
    out.push({
      // Keyed by the word next to the number: "the Curve 8900" and "the BlackBerry Curve 8900" are one name.
      key: fold(name[name.length - 1]),
      value: Number(m[2]),
      at,
      end,
      numberAt: end - m[2].length,
      numberLength: m[2].length,
      shown: text.slice(at, end),
    });
  }
  return out;
}

/** Words written in lower case a sentence shares with another source's: two or more of five letters or more. */
const SHARED_WORDS = 2;

function toldAlike(corpus: Corpus, a: Spelling, b: Spelling): boolean {
  const wordsOf = (o: WordOccurrence) => sentenceWords(corpus.readings.get(o.uri)!, o.sentence);
  return a.occurrences.some((x) => {
    const wx = wordsOf(x);
    return b.occurrences.some((y) => y.uri !== x.uri && [...wordsOf(y)].filter((w) => wx.has(w)).length >= SHARED_WORDS);
  });
}

function valueAt(reading: Reading, start: number, end: number): boolean {
  // A bare number read as a count may still be a name's ("Amendment 64 was challenged"); a date, or a number with a
  // hedge or a unit ("Around 60", "5 people"), is a value.
  return reading.quantities.some((q) => q.start < end && start < q.end && (q.kind === 'date' || q.kind === 'day' || q.kind === 'time' || q.start !== start || q.end !== end));
}

function isNameWord(word: string, lex: ReturnType<typeof lexicon>): boolean {
  const folded = fold(word);
  // A possessive owns the name ("Colorado's Amendment 64"); a month, abbreviated or not, dates the number ("Jul 02").
  if (/['’]s?$/.test(word)) return false;
  // Nor a function word, hedge or title written with a capital ("About 60", "Top 10", "Mr"), nor a time zone ("GMT 2").
  // Nor a grade of a scale ("a Category 1 hurricane", "Level 3"): a storm's category changes within one story.
  if (lex.commonCapitalized.has(folded) || lex.magnitudeNouns.has(folded) || lex.scaleGrades.has(folded) || lex.titles.has(folded) || folded in lex.values.timeOfDay.zones) return false;
  return !lex.dateWords.has(folded) && !lex.dateWords.has(`${folded}.`);
}
