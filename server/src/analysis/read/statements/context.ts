// What every statement carries besides its reading: who it is attributed to, how certain its clause says it is, and
// the content words around the value that alignment compares.
import type { Certainty, Quantity } from '../../types';
import type { Lexicon } from '../../data/lexicon';
import type { Token } from '../tokens';
import { type Site, stem, wordSets } from './site';
import { isAttributionSource } from './syntax';

/**
 * Who the clause says the value comes from: "according to X", "X said", "police said"; and, when the value is a party's
 * estimate ("Organisers put the crowd at 100,000"), that party as a stem (`estimatedBy`).
 */
export function attributionOf(site: Site): { attribution?: string; attributedTo?: number; estimatedBy?: string } {
  const said = saidBy(site);
  const party = estimatedBy(site);
  return party ? { ...said, estimatedBy: party } : said;
}

function saidBy(site: Site): { attribution?: string; attributedTo?: number } {
  const { ctx, lex, q } = site;
  const sentenceText = ctx.text.slice(site.sentence.start, site.sentence.end);
  const according = /according to ((?:the )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*)/.exec(sentenceText);
  if (according) {
    const at = site.sentence.start + according.index + according[0].length - according[1].length;
    const mention = ctx.mentions.findIndex((m) => m.start >= at && m.start <= at + 4);
    return { attribution: `according to ${according[1]}`, ...(mention >= 0 ? { attributedTo: mention } : {}) };
  }
  for (let i = 0; i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i];
    if (m.sentence !== q.sentence || m.start < site.clause.start || m.end > site.clause.end) continue;
    if (isAttributionSource(ctx, m, lex)) return { attribution: m.text, attributedTo: i };
  }
  // "police said", "officials say": a noun as the subject of a speech verb.
  const noun = /\b((?:the\s+)?[a-z]+)\s+(?:said|says|say|stated|reported|confirmed|added|told)\b/.exec(ctx.text.slice(site.clause.start, site.clause.end));
  if (noun && !lex.determiners.has(noun[1]) && !lex.subjectPronouns.has(noun[1])) return { attribution: noun[1] };
  return {};
}

/** The party of an estimate that ends right before the value, in its clause: "with police estimating the crowd at". */
function estimatedBy(site: Site): string | undefined {
  const { ctx, lex, q } = site;
  const before = ctx.text.slice(site.clause.start, q.start);
  const party = wordSets(lex).estimateBefore.exec(before)?.[1];
  if (!party) return undefined;
  const word = party.toLowerCase();
  // "they put it at": a pronoun (or a determiner) names no party.
  if (lex.determiners.has(word) || lex.subjectPronouns.has(word)) return undefined;
  return partyWord(party, lex);
}

/** A party as its last word's stem, lower case: "the Interior Ministry" and "the ministry", "Ana Ruiz" and "Ruiz" alike. */
function partyWord(words: string, lex: Lexicon): string {
  return stem(words.trim().split(/\s+/).pop()!.toLowerCase(), lex);
}

export function certaintyOf(clause: string, quantity: Quantity, lex: Lexicon): Certainty {
  const words = clause.toLowerCase().split(/[^a-z]+/);
  if (words.some((w) => lex.probableWords.has(w))) return 'probable';
  if (quantity.hedge) return 'hedged';
  return 'certain';
}

/** A sentence's content words as their token indexes, ascending, and their stems. */
export interface ContentWords {
  at: number[];
  stems: string[];
}

/** Words of three letters or more that are neither stopwords nor determiners, stemmed: the same for every value of a sentence. */
export function contentWordsOf(tokens: Token[], lex: Lexicon): ContentWords {
  const { stopwords } = wordSets(lex);
  const words: ContentWords = { at: [], stems: [] };
  tokens.forEach((t, k) => {
    if (t.kind !== 'word' || t.lower.length < 3 || stopwords.has(t.lower) || lex.determiners.has(t.lower)) return;
    words.at.push(k);
    words.stems.push(stem(t.lower, lex));
  });
  return words;
}

/**
 * Content words of the sentence, nearest the value first, as lemmas: what the corpus compares statements by. A word
 * before the value comes first at equal distance (the words are ranked by distance, then by their order in the text).
 */
export function contextOf(site: Site): string[] {
  const { at, stems } = site.contentWords();
  // The words before the value and those after it, each walked outward from the value and merged by distance.
  let after = 0;
  while (after < at.length && at[after] < site.first) after++;
  let before = after - 1;
  while (after < at.length && at[after] <= site.last) after++;
  const out = new Set<string>();
  while (before >= 0 || after < at.length) {
    const dBefore = before >= 0 ? site.first - at[before] : Infinity;
    const dAfter = after < at.length ? at[after] - site.last : Infinity;
    out.add(dBefore <= dAfter ? stems[before--] : stems[after++]);
  }
  return [...out];
}

