// quote-wording: the same quotation worded differently by different sources. Spelling variants,
// typography and punctuation are aside (the words are compared folded); a shorter excerpt of the
// same words is not a difference. The word diff is in the hover and the related messages.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import { listSources } from '../text/format';
import { commonWords, containsRun, diffPlain, wordDiff } from '../text/wordDiff';
import { levenshtein, quotationWords } from '../text/normalize';
import type { Finding, Quotation, QuotationRef } from '../types';
import { fingerprint, severityFor } from './finding';

type Relation = 'same' | 'excerpt' | 'differ';

/** Words that differ by one letter in a long word are a typo or a spelling variant, not rewording. */
function sameWord(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 5 && levenshtein(a, b, 1) <= 1);
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => sameWord(w, b[i]));
}

/** While the check runs: each quotation's sentences, folded once (not once per pair compared), then let go. */
let sentenceCache: Map<Quotation, string[][]> | undefined;

function sentencesOf(q: Quotation): string[][] {
  let sentences = sentenceCache?.get(q);
  if (!sentences) {
    sentences = q.text
      .split(/(?<=[.!?])\s+/)
      .map(quotationWords)
      .filter((w) => w.length > 0);
    sentenceCache?.set(q, sentences);
  }
  return sentences;
}

/** Mostly the same words in order: three or more, and at least 60 % of the shorter sentence. */
function sameSentence(x: string[], y: string[]): boolean {
  const common = commonWords(x, y);
  return common >= 3 && common >= 0.6 * Math.min(x.length, y.length);
}

/**
 * Two quotations say the same sentence in different words when some sentence of one is mostly the
 * same words as a sentence of the other, yet neither contains the other. Sentences only one side
 * quotes are an excerpt, not a rewording.
 */
export function relation(a: Quotation, b: Quotation): Relation {
  if (sameWords(a.words, b.words)) return 'same';
  const sa = sentencesOf(a);
  const sb = sentencesOf(b);
  for (const x of sa) {
    for (const y of sb) {
      if (sameWords(x, y) || containsRun(x, y) || containsRun(y, x)) continue;
      if (Math.min(x.length, y.length) >= 3 && sameSentence(x, y)) return 'differ';
    }
  }
  return 'excerpt';
}

export function quoteWording(corpus: Corpus, config: Config): Finding[] {
  const severity = severityFor('quote-wording', config);
  if (severity === 'off') return [];
  sentenceCache = new Map();
  try {
    return wordingFindings(corpus, severity);
  } finally {
    sentenceCache = undefined;
  }
}

function wordingFindings(corpus: Corpus, severity: Finding['severity']): Finding[] {
  const findings: Finding[] = [];
  for (const group of corpus.quotationGroups) {
    // A pull quote repeats a quotation in the same article: one finding per article and group.
    const reported = new Set<string>();
    const comparable = comparableWithin(group.quotations);
    for (const [i, ref] of group.quotations.entries()) {
      if (reported.has(ref.uri)) continue;
      const near = comparable(i);
      const others = group.quotations.filter((o, j) => o.uri !== ref.uri && near.has(j));
      const differing = others.filter((o) => relation(ref.quotation, o.quotation) === 'differ');
      if (differing.length === 0) continue;
      // A source agrees when it has the same words or a fuller quotation that contains these; a shorter
      // excerpt fits any wording, so it does not vote.
      const same = new Set([ref.uri, ...others.filter((o) => agrees(ref.quotation, o.quotation)).map((o) => o.uri)]);
      const differingSources = new Set(differing.map((o) => o.uri).filter((u) => !same.has(u)));
      if (differingSources.size === 0 || same.size > differingSources.size) continue;
      const shown = firstPerSource(differing.filter((o) => differingSources.has(o.uri)));
      const reading = corpus.readings.get(ref.uri)!;
      const speaker = ref.speaker ? corpus.entityById.get(ref.speaker)?.name : undefined;
      reported.add(ref.uri);
      findings.push({
        code: 'quote-wording',
        severity,
        message: `Quotation${speaker ? ` of ${speaker}` : ''} worded differently by ${listSources(shown.map((o) => o.source))}: ${shown[0].source} has ${diffPlain(wordDiff(ref.quotation.text, shown[0].quotation.text))}`,
        uri: ref.uri,
        start: ref.quotation.start,
        end: ref.quotation.end,
        related: shown.map((o) => ({ uri: o.uri, start: o.quotation.start, end: o.quotation.end, message: `${o.source}: “${o.quotation.text}”` })),
        fingerprint: fingerprint('quote-wording', reading, ref.quotation, shown.map((o) => o.quotation.text)),
      });
    }
  }
  return findings;
}

/**
 * For each quotation of a group, the others it may be the same as, differ from or be contained in, found
 * through an index of their words instead of aligning every pair (a group chained from hundreds of
 * quotations would cost the square of that). Exact: a pair left out is an excerpt of each other at most.
 * - `sameWords` needs as many words: quotations of one length are candidates.
 * - `agrees` by containment needs every word of one in the other, so its rarest word.
 * - `differ` needs sentences x and y, x no longer than y, with t = max(3, 0.6·|x|) words in common; any
 *   |x| − t + 1 words of x then include a common one (prefix filtering), so x's rarest ones are looked up,
 *   and a sentence found is kept when the two share t words at least.
 * Words are counted with their occurrence ("no#1", "no#2"), as the alignment counts repeated words.
 */
function comparableWithin(refs: QuotationRef[]): (i: number) => Set<number> {
  const near = refs.map(() => new Set<number>());
  const pair = (i: number, j: number) => {
    if (i === j) return;
    near[i].add(j);
    near[j].add(i);
  };
  const byLength = new Map<number, number[]>();
  refs.forEach((ref, i) => {
    const same = byLength.get(ref.quotation.words.length);
    for (const j of same ?? []) pair(i, j);
    if (same) same.push(i);
    else byLength.set(ref.quotation.words.length, [i]);
  });
  const wholes = refs.map((ref) => numbered(ref.quotation.words));
  const sentences = refs.map((ref) => sentencesOf(ref.quotation).map(numbered));
  // Each word's rank, rarest first: lists of ranks sort rarest first and intersect by merging.
  const frequency = new Map<string, number>();
  for (const list of [...wholes, ...sentences.flat()]) for (const token of list) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const rank = new Map([...frequency.keys()].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : 1)).map((token, r) => [token, r]));
  const ranked = (list: string[]) => Int32Array.from(list, (token) => rank.get(token)!).sort();
  const wholeIndex = postings(wholes.map((tokens, owner) => ({ ranks: ranked(tokens), owner })));
  const sentenceIndex = postings(sentences.flatMap((list, owner) => list.map((tokens) => ({ ranks: ranked(tokens), owner }))));
  // Containment: the rarest word of the shorter quotation, among the longer ones' words.
  wholes.forEach((tokens, i) => {
    const rarest = ranked(tokens)[0];
    for (const other of wholeIndex.get(rarest) ?? []) if (other.ranks.length > tokens.length) pair(i, other.owner);
  });
  // Reworded sentences: the rarest |x| − t + 1 words of the shorter sentence x, among sentences at least as long.
  const probed = new Set<Posted>();
  sentences.forEach((list, i) => {
    for (const tokens of list) {
      if (tokens.length < 3) continue;
      const x = ranked(tokens);
      const needed = Math.max(3, Math.ceil(0.6 * x.length - 1e-9));
      probed.clear();
      for (const r of x.subarray(0, x.length - needed + 1)) {
        for (const y of sentenceIndex.get(r) ?? []) {
          if (y.owner === i || y.ranks.length < x.length || probed.has(y)) continue;
          probed.add(y);
          if (overlap(x, y.ranks) >= needed) pair(i, y.owner);
        }
      }
    }
  });
  return (i) => near[i];
}

/** ["no", "no", "yes"] → ["no#1", "no#2", "yes#1"]. */
function numbered(words: string[]): string[] {
  const seen = new Map<string, number>();
  return words.map((w) => {
    const n = (seen.get(w) ?? 0) + 1;
    seen.set(w, n);
    return `${w}#${n}`;
  });
}

interface Posted {
  /** Word ranks, ascending. */
  ranks: Int32Array;
  owner: number;
}

function postings(lists: Posted[]): Map<number, Posted[]> {
  const index = new Map<number, Posted[]>();
  for (const list of lists) {
    for (const r of list.ranks) {
      const entries = index.get(r);
      if (entries) entries.push(list);
      else index.set(r, [list]);
    }
  }
  return index;
}

/** How many ranks two ascending lists share. */
function overlap(a: Int32Array, b: Int32Array): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

export function agrees(own: Quotation, other: Quotation): boolean {
  return relation(own, other) === 'same' || (other.words.length > own.words.length && containsRun(other.words, own.words));
}

function firstPerSource(refs: QuotationRef[]): QuotationRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => (seen.has(r.uri) ? false : (seen.add(r.uri), true)));
}
