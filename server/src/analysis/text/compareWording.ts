// Two outlets' wordings of one statement, aligned word by word and judged as a reader would. The alignment is a
// longest common subsequence of the normalised words, kept only between anchors (runs of matched words with content),
// so that stray "the" and "of" in two different sentences do not make a comparison. What lies between the matches is
// a difference only where both outlets quote that place: a word for another ("discussed" / "talked about"), a word or
// two dropped inside a sentence ("a rationale [for] gutting"), or words moved within a sentence. A longer run that only
// one outlet quotes, a run at the edge of either quotation, a whole sentence, words cut at an ellipsis and an editor's
// [insertion] are another excerpt of the same statement, not a rewording.
import type { DiffPart } from '../types';
import { Recent } from './recent';
import { sameKey, sameRun, type Wording } from './wording';

export type Relation = 'same' | 'excerpt' | 'differ';

/** Token ranges [start, end) of the two wordings that say different words at one place. */
export interface Hunk {
  a: [number, number];
  b: [number, number];
  kind: 'substitution' | 'omission' | 'moved';
}

export interface Comparison {
  relation: Relation;
  /** The places where the words differ. */
  hunks: Hunk[];
  /** Matched token pairs inside the compared region, in order. */
  matches: Array<[number, number]>;
  /** Every word of `a` (of `b`) is matched or said the same way in the other. */
  aCovered: boolean;
  bCovered: boolean;
}

/** Runs shorter than this that only one outlet has inside a sentence are dropped words; longer ones are a cut. */
const MAX_DROPPED = 3;
/** At the edge of the compared region, two runs this short are one word said two ways ("finding" / "talking"). */
const MAX_EDGE = 4;
/** Fewer matched words than this are a phrase, unless they are most of both quotations. */
const SHORT_PHRASE = 6;
/** Matched words per word of the compared region, on each side, below which two quotations only share phrases. */
const MIN_DENSITY = 0.4;
/** Quotations too long to align word by word (a transcript against a transcript) are not compared. */
const MAX_CELLS = 4_000_000;
/** A stretch of one passage: this many matched words, at most STRETCH_GAP words apart, STRETCH_CONTENT with content. */
const LONG_STRETCH = 8;
const STRETCH_GAP = 2;
const STRETCH_CONTENT = 3;

const NONE: Comparison = { relation: 'excerpt', hunks: [], matches: [], aCovered: false, bCovered: false };

/**
 * Comparisons made lately, by the two wordings (`a` then `b`): a keystroke checks its story's quotations again, and
 * every pair but the edited article's is two wordings compared before (readings are immutable, and a quotation keeps
 * its wording). The last 5,000, so that a folder's quotations are not all held (a keystroke asks for its story's pairs
 * only); comparisons are never changed by their users.
 */
const recent = new Recent<string, Comparison>(5_000);
const wordingIds = new WeakMap<Wording, number>();
let nextWordingId = 0;

/** A number for a wording, the same while it lives (a quotation keeps its wording): for keys of work kept across keystrokes. */
export function wordingId(w: Wording): number {
  let id = wordingIds.get(w);
  if (id === undefined) wordingIds.set(w, (id = nextWordingId++));
  return id;
}

/** Whether this thread keeps comparisons: only a thread that edits asks for most of them again (`keepComparisons`). */
let keeping = false;

/**
 * Keeps comparisons from now on, on this thread: called where documents are edited (the service's `refresh`). A thread
 * that checks a folder, each story once, does not keep them (at 10,000 articles they held memory for nothing).
 */
export function keepComparisons(): void {
  keeping = true;
}

/** Whether this thread keeps work across keystrokes (`keepComparisons`). */
export function keepsComparisons(): boolean {
  return keeping;
}

export function compareWordings(a: Wording, b: Wording): Comparison {
  if (!keeping) return compare(a, b);
  const key = `${wordingId(a)} ${wordingId(b)}`;
  return recent.getOr(key, () => compare(a, b));
}

function compare(a: Wording, b: Wording): Comparison {
  const ka = a.tokens.map((t) => t.key);
  const kb = b.tokens.map((t) => t.key);
  if (ka.length === kb.length && ka.every((k, i) => sameKey(k, kb[i]))) {
    return { relation: 'same', hunks: [], matches: ka.map((_, i) => [i, i]), aCovered: true, bCovered: true };
  }
  if (ka.length * kb.length > MAX_CELLS) return NONE;
  const matches = anchored(a, b, slide(ka, kb, lcs(ka, kb)));
  if (matches.length === 0) return NONE;
  const hunks: Hunk[] = [];
  let aCovered = true;
  let bCovered = true;
  const [fi, fj] = matches[0];
  const [li, lj] = matches[matches.length - 1];
  // The edges: only what both outlets quote of the sentence the first (last) match is in.
  const leadA = Math.max(a.unitStarts[unitIndex(a, fi)], 0);
  const leadB = Math.max(b.unitStarts[unitIndex(b, fj)], 0);
  if (fi > 0) aCovered = false;
  if (fj > 0) bCovered = false;
  const leadEdge = edge(a, b, [leadA, fi], [leadB, fj], true);
  const lead = leadEdge?.hunk;
  if (lead) hunks.push(lead);
  for (let k = 0; k + 1 < matches.length; k++) {
    const [i1, j1] = matches[k];
    const [i2, j2] = matches[k + 1];
    if (i2 === i1 + 1 && j2 === j1 + 1) continue;
    const ra: [number, number] = [i1 + 1, i2];
    const rb: [number, number] = [j1 + 1, j2];
    const judged = middle(a, b, ra, rb);
    if (judged === 'same') continue;
    if (judged === 'cut') {
      if (ra[1] > ra[0]) aCovered = false;
      if (rb[1] > rb[0]) bCovered = false;
      continue;
    }
    hunks.push({ a: ra, b: rb, kind: judged });
    aCovered = bCovered = false;
  }
  const trailA = a.unitStarts[unitIndex(a, li) + 1];
  const trailB = b.unitStarts[unitIndex(b, lj) + 1];
  if (li + 1 < a.tokens.length) aCovered = false;
  if (lj + 1 < b.tokens.length) bCovered = false;
  const trailEdge = edge(a, b, [li + 1, trailA], [lj + 1, trailB], false);
  const trail = trailEdge?.hunk;
  if (trail) hunks.push(trail);
  if (hunks.length > 0) aCovered = bCovered = false;
  const moved = movedWithin(a, b, matches);
  if (moved) hunks.push(moved);
  // A short phrase both quote, with other words after (or before) it and nothing else compared, is two statements
  // sharing a phrase ("people poured into the streets in panic" / "…, fearing aftershocks"), unless it is most of
  // both ("Nobody wants peace more than Ukraine" / "No one wants …").
  // Words both say where both start (end) the sentence count with the phrase: "When the dust settles, he will be
  // vindicated" / "When the search settles, …" is one sentence with a word changed, not a phrase; only around one
  // unbroken run ("We have an invasion of [drugs and criminals coming into] our country" / "We’re talking about an
  // invasion of our country" are two sentences).
  const unbroken = matches.every(([i, j], k) => k === 0 || (i === matches[k - 1][0] + 1 && j === matches[k - 1][1] + 1));
  const said = matches.length + (unbroken ? (leadEdge?.agreed ?? 0) + (trailEdge?.agreed ?? 0) : 0);
  const onlyEdges = hunks.length > 0 && hunks.every((h) => h === lead || h === trail);
  if (onlyEdges && said < SHORT_PHRASE && said < 0.8 * Math.max(a.tokens.length, b.tokens.length)) return NONE;
  const relation: Relation = hunks.length > 0 ? 'differ' : aCovered && bCovered ? 'same' : 'excerpt';
  // The words both say at the sentence's edge are matched words too (the diff shows them as the same).
  const before = Array.from({ length: leadEdge?.agreed ?? 0 }, (_, k): [number, number] => [leadA + k, leadB + k]);
  const after = Array.from({ length: trailEdge?.agreed ?? 0 }, (_, k): [number, number] => [trailA - (trailEdge?.agreed ?? 0) + k, trailB - (trailEdge?.agreed ?? 0) + k]);
  return { relation, hunks, matches: [...before, ...matches, ...after], aCovered, bCovered };
}

/** Suffix-LCS table over exact keys, walked from the start: the matched index pairs. */
function lcs(a: string[], b: string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const table = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j] && table[i * width + j] === table[(i + 1) * width + j + 1] + 1) out.push([i++, j++]);
    else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) i++;
    else j++;
  }
  return out;
}

/**
 * The LCS takes the first of two equal runs ("I have not broken any laws. I have not violated …" against "I have not
 * violated …"): a run of matches is moved next to its neighbour when the same words stand there, so that what one
 * source leaves out is one cut rather than two.
 */
function slide(ka: string[], kb: string[], matches: Array<[number, number]>): Array<[number, number]> {
  const out = matches.map(([i, j]) => [i, j] as [number, number]);
  const runs: Array<[number, number]> = [];
  for (let k = 0; k < out.length; ) {
    let end = k + 1;
    while (end < out.length && out[end][0] === out[end - 1][0] + 1 && out[end][1] === out[end - 1][1] + 1) end++;
    runs.push([k, end]);
    k = end;
  }
  for (let r = 0; r + 1 < runs.length; r++) {
    const [k, end] = runs[r];
    const len = end - k;
    const [ni, nj] = out[runs[r + 1][0]];
    const [li, lj] = out[end - 1];
    // Contiguous in b, a gap in a: does the run's text also end right before the next match in a?
    const shiftA = ni - li - 1;
    const shiftB = nj - lj - 1;
    // The longest tail of the run whose words also stand right before the next match.
    for (let t = len; t >= 1; t--) {
      if (shiftB === 0 && shiftA > 0 && ka.slice(ni - t, ni).every((key, x) => key === ka[out[end - t + x][0]])) {
        for (let x = 0; x < t; x++) out[end - t + x][0] = ni - t + x;
        break;
      }
      if (shiftA === 0 && shiftB > 0 && kb.slice(nj - t, nj).every((key, x) => key === kb[out[end - t + x][1]])) {
        for (let x = 0; x < t; x++) out[end - t + x][1] = nj - t + x;
        break;
      }
    }
  }
  return out;
}

/** How many words matched in a row anchor a comparison though none of them has content. */
const FUNCTION_WORD_RUN = 6;

/**
 * The matches between the first and the last anchor (a run of consecutive matches with three words, or two of which
 * one has content), widened to lone content words close by in the same sentences ("keep talking" / "keep on
 * talking"). Matches further out are strays: a shared "the" in two different sentences.
 */
function anchored(a: Wording, b: Wording, matches: Array<[number, number]>): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let k = 0; k < matches.length; ) {
    let end = k + 1;
    while (end < matches.length && matches[end][0] === matches[end - 1][0] + 1 && matches[end][1] === matches[end - 1][1] + 1) end++;
    const content = matches.slice(k, end).filter(([i]) => !a.tokens[i].minor).length;
    if (end - k >= 3 || (end - k >= 2 && content >= 1)) runs.push([k, end]);
    k = end;
  }
  if (runs.length === 0) return [];
  let from = runs[0][0];
  let to = runs[runs.length - 1][1];
  const near = (inner: [number, number], outer: [number, number]) =>
    !a.tokens[outer[0]].minor &&
    a.tokens[outer[0]].unit === a.tokens[inner[0]].unit &&
    b.tokens[outer[1]].unit === b.tokens[inner[1]].unit &&
    Math.abs(outer[0] - inner[0]) - 1 <= MAX_EDGE &&
    Math.abs(outer[1] - inner[1]) - 1 <= MAX_EDGE;
  while (from > 0 && near(matches[from], matches[from - 1])) from--;
  while (to < matches.length && near(matches[to - 1], matches[to])) to++;
  const kept = matches.slice(from, to);
  // Too little in common to be the same statement: a shared phrase, not a quotation.
  const shorter = Math.min(a.tokens.length, b.tokens.length);
  const content = kept.filter(([i]) => !a.tokens[i].minor).length;
  // Unless six words or more stand matched in a row: "I didn't have to do it" has no word of content.
  const longest = Math.max(...runs.map(([k, end]) => end - k));
  if (kept.length < (shorter >= 6 ? 4 : 3) || (content < 2 && longest < FUNCTION_WORD_RUN)) return [];
  const strong = sameSentences(a, b, kept);
  if (strong.length < (shorter >= 6 ? 4 : 3)) return [];
  // The matched words stand close together on both sides, not scattered over a long quotation.
  const spread = (side: 0 | 1) => strong[strong.length - 1][side] - strong[0][side] + 1;
  if (strong.length < MIN_DENSITY * spread(0) || strong.length < MIN_DENSITY * spread(1)) return [];
  return strong;
}

/** The sentence pair two matched words stand in, as `sentencePairs` keys it. */
function sentencePairKey(a: Wording, b: Wording, i: number, j: number): string {
  return `${a.tokens[i].unit}:${b.tokens[j].unit}`;
}

/** How many matched words each pair of sentences (one of each wording) holds, keyed "unitA:unitB". */
export function sentencePairs(a: Wording, b: Wording, matches: Array<[number, number]>): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const [i, j] of matches) {
    const key = sentencePairKey(a, b, i, j);
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  return pairs;
}

/** The number of words of one sentence (unit) of a wording. */
export function sentenceSize(w: Wording, unit: number): number {
  return w.unitStarts[unit + 1] - w.unitStarts[unit];
}

/**
 * The same sentence, not a shared phrase ("… close to the high street have been put in place" / "… asked to avoid
 * the high street area"): a pair of sentences counts when its matched words are half the words of the shorter. The
 * longest stretch of matches in such pairs is kept; matches in other pairs are phrases two sentences share.
 */
function sameSentences(a: Wording, b: Wording, kept: Array<[number, number]>): Array<[number, number]> {
  const pairs = sentencePairs(a, b, kept);
  const key = ([i, j]: [number, number]) => sentencePairKey(a, b, i, j);
  const stretched = stretchedPairs(a, kept, key);
  const strong = (m: [number, number]) => stretched.has(key(m)) || pairs.get(key(m))! * 2 >= Math.min(sentenceSize(a, a.tokens[m[0]].unit), sentenceSize(b, b.tokens[m[1]].unit));
  let best: [number, number] = [0, 0];
  for (let k = 0; k < kept.length; ) {
    if (!strong(kept[k])) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < kept.length && strong(kept[end])) end++;
    if (end - k > best[1] - best[0]) best = [k, end];
    k = end;
  }
  return kept.slice(best[0], best[1]);
}

/**
 * Sentence pairs that hold a long stretch of the same words (matches at most two words apart on both sides): one
 * passage quoted by two outlets in sentences they cut or punctuate differently (“And you exemplify it. Whatever we
 * think about the war, …” / “… whatever we call it 'Afghanistan or Iraq, we owe our military …”).
 */
function stretchedPairs(a: Wording, matches: Array<[number, number]>, key: (m: [number, number]) => string): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < matches.length; ) {
    let end = k + 1;
    while (end < matches.length && matches[end][0] - matches[end - 1][0] <= STRETCH_GAP + 1 && matches[end][1] - matches[end - 1][1] <= STRETCH_GAP + 1) end++;
    const content = matches.slice(k, end).filter(([i]) => !a.tokens[i].minor).length;
    if (end - k >= LONG_STRETCH && content >= STRETCH_CONTENT) for (let x = k; x < end; x++) out.add(key(matches[x]));
    k = end;
  }
  return out;
}

/** Between two matches: the same words, a cut, or a difference. */
function middle(a: Wording, b: Wording, ra: [number, number], rb: [number, number]): 'same' | 'cut' | Hunk['kind'] {
  const wa = keys(a, ra);
  const wb = keys(b, rb);
  if (sameRun(wa, wb)) return 'same';
  const ga = gapIn(a, ra);
  const gb = gapIn(b, rb);
  if (ga >= 0 && gb >= 0) return 'cut';
  if (ga < 0 && gb < 0) {
    if (wa.length > 0 && wb.length > 0) return wholeUnits(a, ra) && wholeUnits(b, rb) ? 'cut' : 'substitution';
    return (wa.length > 0 ? dropped(a, ra) : dropped(b, rb)) ? 'omission' : 'cut';
  }
  // One side cut here ("…"): its words before the cut must begin the other's run, its words after must end it.
  const [cut, whole, g, rc, rw] = ga >= 0 ? [a, b, ga, ra, rb] : [b, a, gb, rb, ra];
  const pre = keys(cut, [rc[0], g]);
  const post = keys(cut, [g, rc[1]]);
  const full = keys(whole, rw);
  const fits = pre.length + post.length <= full.length && sameRun(pre, full.slice(0, pre.length)) && sameRun(post, full.slice(full.length - post.length));
  if (fits || (pre.length === 0 && post.length === 0)) return 'cut';
  if (full.length === 0) return dropped(cut, rc) ? 'omission' : 'cut';
  return 'substitution';
}

/** The first token of the run, or the match after it, with an ellipsis before it; -1 when none. */
function gapIn(w: Wording, r: [number, number]): number {
  for (let i = r[0]; i <= r[1] && i < w.tokens.length; i++) if (w.tokens[i].gap) return i;
  return -1;
}

/** A short run inside a sentence that only one outlet has: a dropped word, not an excerpt. */
function dropped(w: Wording, r: [number, number]): boolean {
  const tokens = w.tokens.slice(r[0], r[1]);
  if (tokens.length === 0 || tokens.length > MAX_DROPPED || tokens.every((t) => t.aside)) return false;
  // A run that starts or ends a sentence is a sentence or clause cut at its edge.
  const startsUnit = w.unitStarts.includes(r[0]);
  const endsUnit = w.unitStarts.includes(r[1]);
  return !startsUnit && !endsUnit;
}

function wholeUnits(w: Wording, r: [number, number]): boolean {
  return r[1] > r[0] && w.unitStarts.includes(r[0]) && w.unitStarts.includes(r[1]);
}

/**
 * The edge of the compared region: what each outlet quotes of the same sentence before the first (after the last)
 * match. When both quote words there, the shorter run (four words at most) is held against as many words of the
 * other next to the match: different words are one place said two ways ("Nobody" / "No one", "the richest thing" /
 * "the nerves thing"). Words on one side only, or long runs on both, are quotations starting (ending) at different places.
 */
function edge(a: Wording, b: Wording, ra: [number, number], rb: [number, number], leading: boolean): { hunk: Hunk; agreed: number } | undefined {
  const la = ra[1] - ra[0];
  const lb = rb[1] - rb[0];
  const n = Math.min(la, lb);
  if (n === 0 || n > MAX_EDGE) return undefined;
  // The shorter run is in the longer, in order ("I quickly judged" / "I reacted to an article and quickly judged"):
  // words left out, not other words; a few are a dropped word, more a cut.
  const [short, long] = la <= lb ? [keys(a, ra), keys(b, rb)] : [keys(b, rb), keys(a, ra)];
  let k = 0;
  for (const key of long) if (k < short.length && sameKey(short[k], key)) k++;
  if (k === short.length) {
    const extra = long.length - short.length;
    return extra > 0 && extra <= MAX_DROPPED ? { hunk: { a: ra, b: rb, kind: 'omission' }, agreed: 0 } : undefined;
  }
  // The part of each run next to the match: all of a short run, as many words as the shorter run of a long one.
  const near = (r: [number, number], len: number): [number, number] => (len <= MAX_EDGE ? r : leading ? [r[1] - n, r[1]] : [r[0], r[0] + n]);
  const na = near(ra, la);
  const nb = near(rb, lb);
  const ta = a.tokens.slice(na[0], na[1]);
  const tb = b.tokens.slice(nb[0], nb[1]);
  // A cut inside the run parts it from the match; a cut right before a leading run ("… I love this country") is
  // before the words compared.
  const cut = (t: { gap?: boolean }, k: number) => !!t.gap && !(leading && k === 0);
  if (ta.every((t) => t.aside) || tb.every((t) => t.aside) || ta.some(cut) || tb.some(cut)) return undefined;
  // The gap of the following match: an ellipsis right after the run cuts it off from the match.
  if ((leading && (a.tokens[ra[1]]?.gap || b.tokens[rb[1]]?.gap)) || (!leading && (a.tokens[ra[0]]?.gap || b.tokens[rb[0]]?.gap))) return undefined;
  const ka = keys(a, na);
  const kb = keys(b, nb);
  if (sameRun(ka, kb)) return undefined;
  // Compared word for word from the match outwards, the same words are no difference.
  const x = leading ? ka.slice(-n) : ka.slice(0, n);
  const y = leading ? kb.slice(-n) : kb.slice(0, n);
  if (sameRun(x, y)) return undefined;
  // Both runs whole (from the sentence's edge): the same words at that edge are said by both, and the difference is
  // what lies between them and the match.
  let agreed = 0;
  if (na === ra && nb === rb) {
    const at = (k: number) => (leading ? k : -1 - k);
    while (agreed < n - 1 && sameKey(ka.at(at(agreed))!, kb.at(at(agreed))!)) agreed++;
  }
  const trimmed = (r: [number, number]): [number, number] => (leading ? [r[0] + agreed, r[1]] : [r[0], r[1] - agreed]);
  return { hunk: { a: trimmed(na), b: trimmed(nb), kind: 'substitution' }, agreed };
}

/**
 * Words moved within a sentence ("He, like President Putin, wants" / "He wants …, just like President Putin"): a run
 * of two or more words, one with content, unmatched on one side inside a sentence and unmatched on the other side.
 */
function movedWithin(a: Wording, b: Wording, matches: Array<[number, number]>): Hunk | undefined {
  const matchedA = new Set(matches.map(([i]) => i));
  const matchedB = new Set(matches.map(([, j]) => j));
  const runsA = unmatchedRuns(a, matchedA);
  const runsB = unmatchedRuns(b, matchedB);
  for (const ra of runsA) {
    for (const rb of runsB) {
      // A whole sentence placed elsewhere is excerpts in another order, not words moved.
      if (wholeUnits(a, ra) || wholeUnits(b, rb)) continue;
      const ka = keys(a, ra);
      const kb = keys(b, rb);
      for (let x = 0; x + 1 < ka.length; x++) {
        for (let y = 0; y + 1 < kb.length; y++) {
          if (ka[x] === kb[y] && ka[x + 1] === kb[y + 1] && !(a.tokens[ra[0] + x].minor && a.tokens[ra[0] + x + 1].minor)) {
            // Moved only if the sentence it left is quoted by both: the run lies between matches of its own sentence.
            if (inside(a, ra, matchedA) || inside(b, rb, matchedB)) return { a: ra, b: rb, kind: 'moved' };
          }
        }
      }
    }
  }
  return undefined;
}

function unmatchedRuns(w: Wording, matched: Set<number>): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < w.tokens.length; ) {
    if (matched.has(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < w.tokens.length && !matched.has(end) && w.tokens[end].unit === w.tokens[i].unit) end++;
    runs.push([i, end]);
    i = end;
  }
  return runs;
}

/** A run with matched words of its own sentence on both sides of it. */
function inside(w: Wording, r: [number, number], matched: Set<number>): boolean {
  const unit = w.tokens[r[0]].unit;
  let before = false;
  let after = false;
  for (const i of matched) {
    if (w.tokens[i].unit !== unit) continue;
    if (i < r[0]) before = true;
    if (i >= r[1]) after = true;
  }
  return before && after;
}

function keys(w: Wording, r: [number, number]): string[] {
  return w.tokens.slice(r[0], r[1]).map((t) => t.key);
}

function unitIndex(w: Wording, token: number): number {
  return w.tokens[token].unit;
}

/**
 * The differing sentences of `a` and what `b` quotes at the same place, as token ranges: the comparable excerpts a
 * word diff is shown between.
 */
export function comparableExcerpts(a: Wording, b: Wording, c: Comparison): { a: [number, number]; b: [number, number] } | undefined {
  if (c.hunks.length === 0 || c.matches.length === 0) return undefined;
  const firstUnit = Math.min(...c.hunks.map((h) => a.tokens[Math.min(h.a[0], a.tokens.length - 1)].unit));
  const lastUnit = Math.max(...c.hunks.map((h) => a.tokens[Math.max(Math.min(h.a[1], a.tokens.length) - 1, 0)].unit));
  const [fi, fj] = c.matches[0];
  const [li, lj] = c.matches[c.matches.length - 1];
  const hunkStartA = Math.min(...c.hunks.map((h) => h.a[0]));
  const hunkEndA = Math.max(...c.hunks.map((h) => h.a[1]));
  const hunkStartB = Math.min(...c.hunks.map((h) => h.b[0]));
  const hunkEndB = Math.max(...c.hunks.map((h) => h.b[1]));
  const aStart = Math.min(Math.max(a.unitStarts[firstUnit], fi), hunkStartA);
  const aEnd = Math.max(Math.min(a.unitStarts[firstUnit <= lastUnit ? lastUnit + 1 : firstUnit + 1], li + 1), hunkEndA);
  // b: from the match aligned at a's start (or b's first hunk) to the match aligned at a's end.
  const inA = c.matches.filter(([i]) => i >= aStart && i < aEnd);
  const bStart = Math.min(inA.length > 0 ? inA[0][1] : fj, hunkStartB);
  const bEnd = Math.max(inA.length > 0 ? inA[inA.length - 1][1] + 1 : lj + 1, hunkEndB);
  return { a: [aStart, aEnd], b: [bStart, bEnd] };
}

/** The text of a token range as written (punctuation inside kept). */
export function excerptText(w: Wording, r: [number, number]): string {
  if (r[1] <= r[0]) return '';
  return w.text.slice(w.tokens[r[0]].start, w.tokens[r[1] - 1].end).replace(/\s+/g, ' ');
}

/** A word diff between the comparable excerpts: removed = in `a` only, added = in `b` only. */
export function excerptDiff(a: Wording, b: Wording, c: Comparison, ra: [number, number], rb: [number, number]): DiffPart[] {
  // Segments as token ranges, so that neighbouring ones print as one stretch of the text with its punctuation.
  // 'cut': where one source quotes more (a cut, not a difference), shown as "…".
  const segments: Array<{ op: DiffPart['op'] | 'cut'; from: number; to: number }> = [];
  const push = (op: DiffPart['op'] | 'cut', from: number, to: number) => {
    if (to <= from && op !== 'cut') return;
    const last = segments[segments.length - 1];
    if (last && last.op === op && op !== 'cut' && last.to === from) last.to = to;
    else segments.push({ op, from, to });
  };
  const inRange = c.matches.filter(([i, j]) => i >= ra[0] && i < ra[1] && j >= rb[0] && j < rb[1]);
  let i = ra[0];
  let j = rb[0];
  const touches = (r: [number, number], from: number, to: number) => (r[0] === r[1] ? r[0] >= from && r[0] <= to : r[0] < to && from < r[1]);
  const between = (i2: number, j2: number) => {
    if (i2 <= i && j2 <= j) return;
    const differs = c.hunks.some((h) => touches(h.a, i, i2) || touches(h.b, j, j2));
    if (!differs && sameRun(keys(a, [i, i2]), keys(b, [j, j2]))) push('same', i, i2);
    else if (!differs) push('cut', i, i);
    else {
      push('removed', i, i2);
      push('added', j, j2);
    }
  };
  for (const [mi, mj] of inRange) {
    between(mi, mj);
    push('same', mi, mi + 1);
    i = mi + 1;
    j = mj + 1;
  }
  between(ra[1], rb[1]);
  const parts: DiffPart[] = [];
  for (const s of segments) {
    const op = s.op === 'cut' ? 'same' : s.op;
    const text = s.op === 'cut' ? '…' : excerptText(s.op === 'added' ? b : a, [s.from, s.to]);
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += ` ${text}`;
    else parts.push({ op, text });
  }
  return parts;
}
