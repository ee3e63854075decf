// place-spelling: a capitalised name that is not a person's ("Schnectady", "Gulf of Eden") written one way by one
// source (or two), while at least two (or five) other sources write a spelling a letter or two away. Differences
// only in the last letters are word families ("Democrats" / "Democratic"), not misspellings. Short words need the same
// capitalised neighbour in both spellings ("Gulf of Eden" / "Gulf of Aden"), so that "Iran" and "Iraq" stay apart.
// Persons are name-spelling's.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import { lexicon } from '../data/lexicon';
import { listSources } from '../text/format';
import { foldNameToken, levenshtein, oneVowelApart, oneVowelApartKeys } from '../text/normalize';
import { createNearIndex } from '../text/nearIndex';
import type { Finding, Reading, SourceSpan } from '../types';
import { fingerprint, severityFor, sourceOf } from './finding';

/** Words this long or longer may differ by one letter without a shared neighbour; two letters from LONG_WORD. */
const MEDIUM_WORD = 7;
const LONG_WORD = 9;
const CAPITALISED = /\b[A-Z][a-z]{3,}(?:-[A-Z]?[a-z]+)?\b/g;

interface Occurrence extends SourceSpan {
  /** The capitalised words either side (with "of", "de" … between skipped): "gulf" for "Gulf of Eden". */
  neighbours: string[];
}

interface Spelling {
  text: string;
  folded: string;
  uris: Set<string>;
  occurrences: Occurrence[];
}

export function placeSpelling(corpus: Corpus, config: Config): Finding[] {
  const severity = severityFor('place-spelling', config);
  if (severity === 'off') return [];
  const spellings = new Map<string, Spelling>();
  for (const reading of corpus.readings.values()) collect(reading, spellings);
  const all = [...spellings.values()];
  const position = new Map(all.map((spelling, i) => [spelling, i]));
  // Only spellings of two sources or more can be the majority; they are found by spelling, not by a scan of all.
  const majorities = createNearIndex<Spelling>(allowedEdits);
  for (const spelling of all) if (spelling.uris.size >= 2) majorities.add(spelling.folded, spelling);
  const findings: Finding[] = [];
  for (const variant of all) {
    // One source, or two against many: a spelling most sources do not use.
    if (variant.uris.size > 2) continue;
    const candidates = majorities
      .candidates(variant.folded)
      .sort((a, b) => position.get(a)! - position.get(b)!)
      .filter((other) => other !== variant && other.uris.size >= 3 * variant.uris.size - 1 && close(variant, other));
    if (candidates.length !== 1) continue;
    const [majority] = candidates;
    const majoritySources = [...majority.uris].map((u) => sourceOf(corpus, u));
    for (const occurrence of variant.occurrences) {
      if (variant.text.length < MEDIUM_WORD && !majority.occurrences.some((o) => shareNeighbour(o, occurrence))) continue;
      const reading = corpus.readings.get(occurrence.uri)!;
      const related = [...majority.uris].map((uri) => majority.occurrences.find((o) => o.uri === uri)!);
      findings.push({
        code: 'place-spelling',
        severity,
        message: `“${variant.text}” may be misspelled: ${listSources([...variant.uris].map((u) => sourceOf(corpus, u)))} ${variant.uris.size > 1 ? 'write' : 'writes'} “${variant.text}”, ${listSources(majoritySources)} write “${majority.text}”.`,
        uri: occurrence.uri,
        start: occurrence.start,
        end: occurrence.end,
        related: related.map((o) => ({ uri: o.uri, start: o.start, end: o.end, message: `${sourceOf(corpus, o.uri)} writes “${majority.text}”` })),
        fingerprint: fingerprint('place-spelling', reading, occurrence, [majority.text]),
        fixes: [{ uri: occurrence.uri, start: occurrence.start, end: occurrence.end, newText: majority.text, title: `Use the spelling of the other sources: ${majority.text}` }],
      });
    }
  }
  findings.push(...twoWays(corpus, config, all));
  return findings;
}

/**
 * One source against one: no majority says which spelling is right, but a name of six letters or more written with
 * one vowel for another ("Taludi" / "Talodi") is a transliteration slip or a misspelling an editor wants to see.
 * Information, on both sides; names the gazetteer knows are places of their own.
 */
function twoWays(corpus: Corpus, config: Config, all: Spelling[]): Finding[] {
  const severity = severityFor('place-spelling', config, 'information');
  if (severity === 'off') return [];
  const lex = lexicon();
  const findings: Finding[] = [];
  const singles = all.filter((s) => s.uris.size === 1 && s.text.length >= 6 && !lex.places.has(s.folded));
  // Spellings one vowel apart share a key: the spelling with that vowel blanked out.
  const byBlankedVowel = new Map<string, number[]>();
  singles.forEach((single, i) => {
    for (const key of oneVowelApartKeys(single.folded)) {
      const list = byBlankedVowel.get(key);
      if (list) list.push(i);
      else byBlankedVowel.set(key, [i]);
    }
  });
  for (const variant of singles) {
    const near = [...new Set(oneVowelApartKeys(variant.folded).flatMap((key) => byBlankedVowel.get(key) ?? []))].sort((a, b) => a - b).map((i) => singles[i]);
    const others = near.filter((o) => o !== variant && ![...o.uris].some((u) => variant.uris.has(u)) && oneVowelApart(variant.folded, o.folded));
    if (others.length !== 1) continue;
    const [other] = others;
    const [source] = [...variant.uris].map((u) => sourceOf(corpus, u));
    const [otherSource] = [...other.uris].map((u) => sourceOf(corpus, u));
    for (const occurrence of variant.occurrences) {
      const reading = corpus.readings.get(occurrence.uri)!;
      findings.push({
        code: 'place-spelling',
        severity,
        message: `“${variant.text}” and “${other.text}” may be one name spelled two ways: ${source} writes “${variant.text}”, ${otherSource} writes “${other.text}”.`,
        uri: occurrence.uri,
        start: occurrence.start,
        end: occurrence.end,
        related: [{ uri: other.occurrences[0].uri, start: other.occurrences[0].start, end: other.occurrences[0].end, message: `${otherSource} writes “${other.text}”` }],
        fingerprint: fingerprint('place-spelling', reading, occurrence, [other.text]),
      });
    }
  }
  return findings;
}

function collect(reading: Reading, spellings: Map<string, Spelling>): void {
  const lex = lexicon();
  const inPerson = (start: number, end: number) => reading.mentions.some((m) => m.type === 'person' && m.start <= start && end <= m.end);
  for (const sentence of reading.sentences) {
    if (sentence.furniture) continue;
    const text = reading.text.slice(sentence.start, sentence.end);
    const words = [...text.matchAll(CAPITALISED)];
    words.forEach((m, k) => {
      const start = sentence.start + m.index!;
      const end = start + m[0].length;
      // The first word of a sentence is capitalised anyway; lexicon words are not names.
      if (m.index === 0 || inPerson(start, end)) return;
      const folded = foldNameToken(m[0]);
      if (isWord(folded, lex)) return;
      const neighbours: string[] = [];
      const gapBefore = k > 0 ? text.slice(words[k - 1].index! + words[k - 1][0].length, m.index) : undefined;
      if (gapBefore !== undefined && /^\s+(?:(?:of|de|del|la|al|el|the)\s+)?$/.test(gapBefore)) neighbours.push(words[k - 1][0].toLowerCase());
      const gapAfter = k + 1 < words.length ? text.slice(end - sentence.start, words[k + 1].index) : undefined;
      if (gapAfter !== undefined && /^\s+(?:(?:of|de|del|la|al|el|the)\s+)?$/.test(gapAfter)) neighbours.push(words[k + 1][0].toLowerCase());
      const spelling = spellings.get(m[0]) ?? { text: m[0], folded, uris: new Set<string>(), occurrences: [] };
      spelling.uris.add(reading.uri);
      spelling.occurrences.push({ uri: reading.uri, start, end, neighbours });
      spellings.set(m[0], spelling);
    });
  }
}

function close(a: Spelling, b: Spelling): boolean {
  if (a.folded === b.folded || a.folded === `${b.folded}s` || b.folded === `${a.folded}s`) return false;
  if (a.folded[0] !== b.folded[0] && a.text.length >= MEDIUM_WORD) return false;
  const lex = lexicon();
  const group = lex.nicknameGroup.get(a.folded);
  if (group !== undefined && group === lex.nicknameGroup.get(b.folded)) return false;
  const shorter = Math.min(a.folded.length, b.folded.length);
  // Different endings are other words of one family ("Democrats" / "Democratic", "Arabia" / "Arabian").
  let prefix = 0;
  while (prefix < shorter && a.folded[prefix] === b.folded[prefix]) prefix++;
  if (prefix >= shorter - 3) return false;
  // British and American spellings ("Recognised" / "Recognized") are not misspellings.
  if (a.folded.replace(/s/g, 'z') === b.folded.replace(/s/g, 'z')) return false;
  const allowed = shorter >= LONG_WORD ? 2 : 1;
  return levenshtein(a.folded, b.folded, allowed) <= allowed;
}

/** The edits `close` allows at most, by the length of the shorter spelling. */
const allowedEdits = (length: number) => (length >= LONG_WORD ? 2 : 1);

function shareNeighbour(a: Occurrence, b: Occurrence): boolean {
  return a.neighbours.some((n) => b.neighbours.includes(n));
}

function isWord(folded: string, lex: ReturnType<typeof lexicon>): boolean {
  const singular = folded.replace(/s$/, '');
  return (
    lex.titles.has(folded) || lex.orgWords.has(folded) || lex.placeWords.has(folded) || lex.commonCapitalized.has(folded) ||
    lex.titles.has(singular) || lex.orgWords.has(singular) || lex.dateWords.has(folded) || lex.demonyms.has(folded)
  );
}
