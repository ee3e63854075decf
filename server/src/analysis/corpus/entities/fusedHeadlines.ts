// Pass 2b. A title-case headline fuses words into one name ("Sudan Bombs Yida Refugee Camp"): a name there
// holding a word any source writes in lower case ("bombs") may be a name inside it. It joins the whole name
// if the folder knows it, else the longest run the folder knows as a name ("Queens Hit" → Queens), else the
// whole name as it stands.
import { lexicon } from '../../data/lexicon';
import { fold } from '../../text/normalize';
import { LineWords } from '../../text/lineWords';
import type { Reading } from '../../types';
import { addFullName, addTo, clusterAt, clustersNearSurname, personWith, spelledBy, type Cluster, type Linking, type MentionRef } from './linking';
import { nameTokens, placeKey } from './names';

/** A fused headline name's sub-spans, longest first; undefined when the mention is no fused headline name. */
export function fusedRuns(state: Linking, ref: MentionRef): string[][] | undefined {
  const m = ref.mention;
  const words = m.text.split(/\s+/);
  if (m.kind !== 'name' || words.length < 2) return undefined;
  const paragraph = state.byUri.get(ref.uri)?.paragraphs.find((p) => p.start <= m.start && m.end <= p.end);
  if (paragraph?.kind !== 'headline' && paragraph?.kind !== 'heading') return undefined;
  const connectors = lexicon().nameConnectors;
  const writtenLower = (word: string) => writtenLowerAnywhere(state, word);
  if (words.length > 8 || !words.some((w) => !connectors.has(fold(w)) && writtenLower(fold(w).replace(/['’]s$/, '')))) return undefined;
  const spans: string[][] = [];
  for (let length = words.length - 1; length >= 1; length--)
    for (let start = 0; start + length <= words.length; start++) {
      const span = words.slice(start, start + length);
      if (!connectors.has(fold(span[0])) && !connectors.has(fold(span[span.length - 1]))) spans.push(span);
    }
  return spans;
}

export function linkFusedHeadlines(state: Linking, fused: MentionRef[]): void {
  const fusedRefs = new Set(fused);
  // Only names read outside fused headlines vouch for a run: "Run Accidents" must not vouch for "Run Accident".
  const known = (c: Cluster | undefined) => c !== undefined && c.refs.some((r) => !fusedRefs.has(r));
  for (const ref of fused) {
    const m = ref.mention;
    const runs = fusedRuns(state, ref) ?? [];
    // Places and things first, then people: a run of headline words is a person only from a first name on.
    const spans = [m.text.split(/\s+/), ...runs].map((run) => ({ text: run.join(' '), tokens: nameTokens(run.join(' ')) }));
    let target = spans.map((span) => state.byKey.get(`named:${placeKey(span.text)}`)).find(known);
    for (const { tokens } of spans) {
      if (target) break;
      if (tokens.length >= 2 && lexicon().firstNames.has(tokens[0])) target = personWith(state, tokens);
      else if (tokens.length === 1) {
        const people = clustersNearSurname(state, tokens[0]).filter((c) => c.type === 'person' && known(c) && spelledBy(c, tokens[0]));
        if (people.length === 1) target = people[0];
      }
      if (!known(target)) target = undefined;
    }
    if (target) addTo(target, ref);
    else if (m.type === 'person' && nameTokens(m.text).length >= 2) addFullName(state, ref, nameTokens(m.text));
    else addTo(clusterAt(state, `named:${placeKey(m.text)}`, m.type), ref);
  }
}

const lowercaseCache = new WeakMap<Reading, Set<string>>();
const lowerWords = new LineWords(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu, (w) => fold(w).replace(/'s$/, ''));

/** Whether any document of the story writes the word in lower case, each word asked once (the answers are kept: linkMemo.ts). */
export function writtenLowerAnywhere(state: Linking, word: string): boolean {
  let answer = state.asked.get(word);
  if (answer === undefined) state.asked.set(word, (answer = writtenLowerIn(state.readings, word)));
  return answer;
}

/**
 * Whether any of the readings writes the word in lower case: each document's words are a set kept with its reading,
 * asked in turn (only headline names ask; a union of every document's set, made again at each keystroke in the story,
 * cost more than all the asking).
 */
export function writtenLowerIn(readings: Reading[], word: string): boolean {
  for (const reading of readings) if (lowercaseWords(reading).has(word)) return true;
  return false;
}

/** The words a document writes in lower case, folded: cached per reading, which an edit replaces. */
export function lowercaseWords(reading: Reading): Set<string> {
  let words = lowercaseCache.get(reading);
  if (!words) {
    words = lowerWords.of(reading.text);
    lowercaseCache.set(reading, words);
  }
  return words;
}
