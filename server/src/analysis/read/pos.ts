// Part-of-speech tags (Penn Treebank, as in the POS column of CoNLL-2003): a greedy left-to-right averaged
// perceptron trained on CoNLL-2003 train by scripts/train.mjs (`npm run train -- pos`) into data/posModel.json.
// The features are defined here only, so training and tagging cannot drift apart. Tagging looks each written
// word up once (its feature rows summed, per position around the tagged word) and reuses that across documents.
import { addRow, addRows, linearModel, rowOf, RowSlab, templateIndex, templateRows, type LinearModel, type LinearModelFile } from './linearModel';
import type { Token } from './tokens';
import { wordsOf } from './words';
import { Recent, SENTENCES_KEPT } from '../text/recent';
import { lexicon } from '../data/lexicon';

export type PosModel = LinearModel;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;

/** "Xx", "X.X.", "d,d", "x-Xx": each run of one character class collapsed to one character. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = shapeOf(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** One character's class in a shape; ASCII by its code (the same classes the Unicode tests give it), the rest by those tests. */
function shapeOf(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : ch;
  return UPPER.test(ch) ? 'X' : LOWER.test(ch) ? 'x' : DIGIT.test(ch) ? 'd' : LETTER.test(ch) ? 'x' : ch;
}

/** The form a word's features use: lower case, numbers by kind (a year, other digits). */
export function normalForm(word: string): string {
  if (/^\d{4}$/.test(word)) return '!YEAR';
  if (/^\d/.test(word)) return '!DIGITS';
  return word.toLowerCase();
}

export type Offset = -2 | -1 | 0 | 1 | 2;
export const OFFSETS: readonly Offset[] = [-2, -1, 0, 1, 2];

/** Features a word gives the tagged word when it stands `offset` places from it (-1: just before); `undefined` is past the sentence's edge. */
export function posWordFeatures(word: string | undefined, offset: Offset): string[] {
  if (word === undefined) return [`w${offset}=${offset < 0 ? '<s>' : '</s>'}`];
  const w = normalForm(word);
  if (offset === 0) {
    const l = word.toLowerCase();
    return ['b', `w=${w}`, `s=${wordShape(word)}`, `p1=${l.slice(0, 1)}`, `x1=${l.slice(-1)}`, `x2=${l.slice(-2)}`, `x3=${l.slice(-3)}`, `x4=${l.slice(-4)}`];
  }
  if (offset === -2 || offset === 2) return [`w${offset}=${w}`];
  return [`w${offset}=${w}`, `x${offset}=${word.toLowerCase().slice(-3)}`, `s${offset}=${wordShape(word)}`];
}

/** A feature of the sentence's first word: its capital says less there. */
export function posFirstFeature(word: string): string {
  return `first=${wordShape(word)}`;
}

/** Features that depend on the tags already chosen; `<s>` before the sentence. */
export function posTagFeatures(prev: string, prev2: string, word: string): string[] {
  return [`t-1=${prev}`, `t-2t-1=${prev2}|${prev}`, `t-1w=${prev}|${normalForm(word)}`];
}

/** The static features of every word of a sentence (all but the tag history): the training path. */
export function posSentenceFeatures(words: string[]): string[][] {
  return words.map((_, i) => {
    const out: string[] = [];
    for (const k of OFFSETS) out.push(...posWordFeatures(i + k >= 0 && i + k < words.length ? words[i + k] : undefined, k));
    if (i === 0) out.push(posFirstFeature(words[0]));
    return out;
  });
}

/** What the model knows about one written word: summed rows of its features at each offset. */
interface Entry {
  /** OFFSETS.length × tags: scores the word gives the word it stands `offset` places from. */
  scores: Float32Array;
  /** Row of t-1w=<tag>|<word> per previous tag (tags.length = "<s>"); -2 until looked up. */
  afterTag: Int32Array;
  /** normalForm of the word. */
  form: string;
  /** The tag of a closed class the word always takes (lexicon `closedClassTags`), or -1. */
  fixed: number;
}

/**
 * The rows of posWordFeatures' templates, by value, so that a new word's rows are found without building its
 * feature names (names and order as posWordFeatures lists them; `posWordRows` sums them).
 */
interface WordTemplates {
  bias: number | undefined;
  /** w-2=, w-1=, w=, w1=, w2=: the word's normal form at each offset. */
  word: ReadonlyMap<string, number>[];
  shape: ReadonlyMap<string, number>;
  shapeBefore: ReadonlyMap<string, number>;
  shapeAfter: ReadonlyMap<string, number>;
  /** x-1=: the last three letters of the word before; x1= serves both the word's last letter and the next word's last three. */
  suffixBefore: ReadonlyMap<string, number>;
  prefix1: ReadonlyMap<string, number>;
  suffix1: ReadonlyMap<string, number>;
  suffix2: ReadonlyMap<string, number>;
  suffix3: ReadonlyMap<string, number>;
  suffix4: ReadonlyMap<string, number>;
  /** Rows of t-1w=<tag>|<form> by previous tag (tags.length = "<s>"), then form. */
  afterWord: Map<string, number>[];
}

interface Cache {
  words: Map<string, Entry>;
  /** Where the words' rows are cut from (afterTag's rows start at -2). */
  scoreSlab: RowSlab<Float32Array>;
  tagSlab: RowSlab<Int32Array>;
  /** The first word's row by its shape, the only thing posFirstFeature reads. */
  firstByShape: Map<string, Float32Array>;
  /** Scores the sentence's edge gives at each offset (unused at 0). */
  edges: Float32Array[];
  afterTag: Int32Array;
  afterPair: Int32Array;
  templates: WordTemplates;
}

let caches = new WeakMap<PosModel, Cache>();

/** Forgets what the tagger computed per word (`forgetWordCaches`). */
export function forgetPosCaches(): void {
  caches = new WeakMap();
  runs = new WeakMap();
  kept = new WeakMap();
}
const CACHE_LIMIT = 200_000;

function cacheOf(model: PosModel): Cache {
  let cache = caches.get(model);
  if (cache) return cache;
  const n = model.tags.length;
  const name = (k: number) => (k === n ? '<s>' : model.tags[k]);
  const afterTag = new Int32Array(n + 1);
  const afterPair = new Int32Array((n + 1) * (n + 1));
  for (let a = 0; a <= n; a++) {
    afterTag[a] = rowOf(model, `t-1=${name(a)}`) ?? -1;
    for (let b = 0; b <= n; b++) afterPair[a * (n + 1) + b] = rowOf(model, `t-2t-1=${name(a)}|${name(b)}`) ?? -1;
  }
  const edges = OFFSETS.map((k) => {
    const v = new Float32Array(n);
    if (k !== 0) addRows(model, posWordFeatures(undefined, k), v, 0);
    return v;
  });
  cache = {
    words: new Map(),
    scoreSlab: new RowSlab((length) => new Float32Array(length)),
    tagSlab: new RowSlab((length) => new Int32Array(length).fill(-2)),
    firstByShape: new Map(),
    edges,
    afterTag,
    afterPair,
    templates: wordTemplates(model),
  };
  caches.set(model, cache);
  return cache;
}

function wordTemplates(model: PosModel): WordTemplates {
  const index = templateIndex(model);
  const rows = (template: string) => templateRows(index, template);
  const n = model.tags.length;
  // "t-1w=<tag>|<form>": every "|" of a value is tried as the end of a tag's name, so a (tag, form) lookup matches
  // exactly the names `t-1w=${tag}|${form}` would, whatever the two hold.
  const tagIds = new Map<string, number>(model.tags.map((tag, k) => [tag, k]));
  tagIds.set('<s>', n);
  const afterWord = Array.from({ length: n + 1 }, () => new Map<string, number>());
  for (const [value, row] of rows('t-1w')) {
    for (let bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', bar + 1)) {
      const k = tagIds.get(value.slice(0, bar));
      if (k !== undefined) afterWord[k].set(value.slice(bar + 1), row);
    }
  }
  return {
    bias: rowOf(model, 'b'),
    word: OFFSETS.map((k) => rows(k === 0 ? 'w' : `w${k}`)),
    shape: rows('s'),
    shapeBefore: rows('s-1'),
    shapeAfter: rows('s1'),
    suffixBefore: rows('x-1'),
    prefix1: rows('p1'),
    suffix1: rows('x1'),
    suffix2: rows('x2'),
    suffix3: rows('x3'),
    suffix4: rows('x4'),
    afterWord,
  };
}

/**
 * Sums the rows of posWordFeatures(word, k) for each offset k into `scores` (offset k at (k + 2) × tags), in the
 * order that function lists them, found through the templates: the same sums without building a name.
 */
function posWordRows(model: PosModel, t: WordTemplates, word: string, form: string, scores: Float32Array): void {
  const n = model.tags.length;
  const l = word.toLowerCase();
  const shape = wordShape(word);
  const last3 = l.slice(-3);
  addRow(model, t.word[0].get(form), scores, 0);
  addRow(model, t.word[1].get(form), scores, n);
  addRow(model, t.suffixBefore.get(last3), scores, n);
  addRow(model, t.shapeBefore.get(shape), scores, n);
  addRow(model, t.bias, scores, 2 * n);
  addRow(model, t.word[2].get(form), scores, 2 * n);
  addRow(model, t.shape.get(shape), scores, 2 * n);
  addRow(model, t.prefix1.get(l.slice(0, 1)), scores, 2 * n);
  addRow(model, t.suffix1.get(l.slice(-1)), scores, 2 * n);
  addRow(model, t.suffix2.get(l.slice(-2)), scores, 2 * n);
  addRow(model, t.suffix3.get(last3), scores, 2 * n);
  addRow(model, t.suffix4.get(l.slice(-4)), scores, 2 * n);
  addRow(model, t.word[3].get(form), scores, 3 * n);
  addRow(model, t.suffix1.get(last3), scores, 3 * n);
  addRow(model, t.shapeAfter.get(shape), scores, 3 * n);
  addRow(model, t.word[4].get(form), scores, 4 * n);
}

/** What a word's features at every offset add up to (OFFSETS.length × tags), as the tagger sums them for a new word. */
export function posWordScores(model: PosModel, word: string): Float32Array {
  const scores = new Float32Array(OFFSETS.length * model.tags.length);
  posWordRows(model, cacheOf(model).templates, word, normalForm(word), scores);
  return scores;
}

/** The row of t-1w=<tag>|<form of word> (tag: an index of model.tags, or tags.length for the sentence's start), -1 when none. */
export function posAfterTagRow(model: PosModel, tag: number, word: string): number {
  return cacheOf(model).templates.afterWord[tag].get(normalForm(word)) ?? -1;
}

function entryOf(model: PosModel, cache: Cache, word: string): Entry {
  let e = cache.words.get(word);
  if (e) return e;
  if (cache.words.size >= CACHE_LIMIT) cache.words.clear();
  const n = model.tags.length;
  const scores = cache.scoreSlab.take(OFFSETS.length * n);
  const form = normalForm(word);
  posWordRows(model, cache.templates, word, form, scores);
  e = { scores, afterTag: cache.tagSlab.take(n + 1), form, fixed: fixedTag(model, word) };
  cache.words.set(word, e);
  return e;
}

/** Tags of the words of one sentence, greedy left to right. */
export function tagPos(model: PosModel, words: string[]): string[] {
  const out: string[] = new Array(words.length);
  const n = model.tags.length;
  greedy(model, cacheOf(model), words, 0, words.length, n, n, out);
  return out;
}

/**
 * Tags only the words of `ranges` ([start, end) pairs, in order) into `out`, leaving its other entries as they are.
 * The two tags before a range are guessed from their words alone: on 300 PolNeAR texts the tags in the ranges then
 * agree with whole-sentence tagging on 99.94% of words. The entity tagger reads parts of speech only around
 * capitalised words, and this spares the rest. With `keep` (the sentence's tokens), the run is remembered for
 * `posTags` of those tokens, which reuses it where whole-sentence tagging reaches the same state (`tagPosReusing`).
 */
export function tagPosRanges(model: PosModel, words: string[], ranges: Int32Array, out: string[], keep?: Token[]): void {
  const n = model.tags.length;
  const cache = cacheOf(model);
  for (let k = 0; k + 1 < ranges.length; k += 2) {
    const from = ranges[k];
    const to = ranges[k + 1];
    if (to <= from) continue;
    const prev = from === 0 ? n : unigramGuess(model, cache, words[from - 1]);
    const prev2 = from <= 1 ? n : unigramGuess(model, cache, words[from - 2]);
    greedy(model, cache, words, from, to, prev, prev2, out);
  }
  // Nothing is copied here: most sentences are never tagged whole, so the run is read back only when one is.
  if (keep !== undefined && apart(ranges, words.length)) runs.set(keep, { model, words, ranges, out });
}

/**
 * What tagPosRanges did in one sentence: its words, its ranges and the tags it wrote in them (`out`, which it shares
 * with the entity tagger's sentence and which nothing writes afterwards). The two tags it guessed before each range
 * are guessed again when the run is read (unigramGuess gives the same).
 */
interface RangeRun {
  model: PosModel;
  words: string[];
  ranges: Int32Array;
  out: string[];
}

/** The range runs by the sentence's tokens (the statements ask `posTags` of the same tokens array). */
let runs = new WeakMap<Token[], RangeRun>();

/** Whether the ranges are in order, apart and inside the sentence (as tagSentences makes them). */
function apart(ranges: Int32Array, length: number): boolean {
  let end = 0;
  for (let k = 0; k + 1 < ranges.length; k += 2) {
    if (ranges[k] < end || ranges[k + 1] < ranges[k] || ranges[k + 1] > length) return false;
    end = ranges[k + 1];
  }
  return true;
}

/**
 * Whole-sentence greedy tags (tagPos's) that reuse a range run. Greedy tagging chooses word i's tag from the words
 * and the two tags before it alone, so where the whole-sentence pass reaches word i of a range with the same two tags
 * before it as the range's run had there, it would choose every tag the run chose up to the range's end: those are
 * copied. Elsewhere the words are tagged one by one (until the states meet) or as a stretch.
 */
function tagPosReusing(model: PosModel, words: string[], run: RangeRun, tagIds: Map<string, number>): string[] {
  const n = model.tags.length;
  const cache = cacheOf(model);
  const length = words.length;
  const out: string[] = new Array(length);
  const ids = new Int32Array(length);
  const r = run.ranges;
  let i = 0;
  for (let k = 0; k + 1 < r.length; k += 2) {
    const from = r[k];
    const to = r[k + 1];
    if (to <= from) continue;
    if (i < from) greedy(model, cache, words, i, from, i >= 1 ? ids[i - 1] : n, i >= 2 ? ids[i - 2] : n, out, ids);
    i = from;
    const guess1 = from === 0 ? n : unigramGuess(model, cache, words[from - 1]);
    const guess2 = from <= 1 ? n : unigramGuess(model, cache, words[from - 2]);
    while (i < to) {
      const prev = i >= 1 ? ids[i - 1] : n;
      const prev2 = i >= 2 ? ids[i - 2] : n;
      const runPrev = i === from ? guess1 : tagIds.get(run.out[i - 1])!;
      const runPrev2 = i === from ? guess2 : i === from + 1 ? guess1 : tagIds.get(run.out[i - 2])!;
      if (prev === runPrev && prev2 === runPrev2) {
        for (; i < to; i++) (out[i] = run.out[i]), (ids[i] = tagIds.get(run.out[i])!);
        break;
      }
      greedy(model, cache, words, i, i + 1, prev, prev2, out, ids);
      i++;
    }
  }
  if (i < length) greedy(model, cache, words, i, length, i >= 1 ? ids[i - 1] : n, i >= 2 ? ids[i - 2] : n, out, ids);
  return out;
}

const tagIdsByModel = new WeakMap<PosModel, Map<string, number> | null>();

/** A tag's index in model.tags; null when two tags share a name (a run's strings would not tell them apart). */
function tagIdsOf(model: PosModel): Map<string, number> | null {
  let ids = tagIdsByModel.get(model);
  if (ids === undefined) {
    ids = new Map(model.tags.map((tag, k) => [tag, k]));
    if (ids.size !== model.tags.length) ids = null;
    tagIdsByModel.set(model, ids);
  }
  return ids;
}

/** The tag a word's own features prefer, without context. */
function unigramGuess(model: PosModel, cache: Cache, word: string): number {
  const n = model.tags.length;
  const e = entryOf(model, cache, word);
  const at = 2 * n; // offset 0
  let best = 0;
  for (let t = 1; t < n; t++) if (e.scores[at + t] > e.scores[at + best]) best = t;
  return best;
}

/** The row of the sentence's first word's feature. */
function firstRow(model: PosModel, cache: Cache, word: string): Float32Array {
  const shape = wordShape(word);
  let row = cache.firstByShape.get(shape);
  if (!row) {
    row = new Float32Array(model.tags.length);
    addRows(model, [posFirstFeature(word)], row, 0);
    cache.firstByShape.set(shape, row);
  }
  return row;
}

const fixedTags = new WeakMap<PosModel, Map<string, number>>();

/** The tag id a word of a closed class always takes (lexicon `closedClassTags`: "themselves" is PRP), or -1. */
function fixedTag(model: PosModel, word: string): number {
  let tags = fixedTags.get(model);
  if (!tags) {
    tags = new Map();
    for (const [tag, words] of Object.entries(lexicon().closedClassTags)) {
      const id = model.tags.indexOf(tag);
      if (id >= 0) for (const w of words) tags.set(w, id);
    }
    fixedTags.set(model, tags);
  }
  return tags.get(word.toLowerCase()) ?? -1;
}

let entryScratch: Entry[] = [];

/**
 * Greedy tagging of words from … to-1, given the two tags before `from` (tags.length = the sentence's start). A tag's
 * score is summed in one pass over the tags, in the order the features are listed (offsets -2 … 2, the first word,
 * the tag history), each sum rounded to 32 bits as a Float32Array would store it; a missing row adds nothing.
 */
function greedy(model: PosModel, cache: Cache, words: string[], from: number, to: number, prev: number, prev2: number, out: string[], ids: Int32Array | null = null): void {
  const n = model.tags.length;
  const W = model.weights;
  const last = words.length - 1;
  const lo = Math.max(0, from - 2);
  const hi = Math.min(words.length, to + 2);
  if (entryScratch.length < words.length) entryScratch = new Array<Entry>(words.length * 2);
  const entries = entryScratch;
  for (let j = lo; j < hi; j++) entries[j] = entryOf(model, cache, words[j]);
  const edges = cache.edges;
  for (let i = from; i < to; i++) {
    const a = i - 2 < 0 ? edges[0] : entries[i - 2].scores;
    const b = i - 1 < 0 ? edges[1] : entries[i - 1].scores;
    const bAt = i - 1 < 0 ? 0 : n;
    const c = entries[i].scores;
    const cAt = 2 * n;
    const d = i + 1 > last ? edges[3] : entries[i + 1].scores;
    const dAt = i + 1 > last ? 0 : 3 * n;
    const f = i + 2 > last ? edges[4] : entries[i + 2].scores;
    const fAt = i + 2 > last ? 0 : 4 * n;
    const e = entries[i];
    const first = i === 0 ? firstRow(model, cache, words[0]) : null;
    if (e.afterTag[prev] === -2) e.afterTag[prev] = cache.templates.afterWord[prev].get(e.form) ?? -1;
    const r1 = cache.afterTag[prev];
    const r2 = cache.afterPair[prev2 * (n + 1) + prev];
    const r3 = e.afterTag[prev];
    let best = 0;
    let bestScore = 0;
    // A feature the model lacks is skipped rather than added as a row of zeros: x + 0 is x (only a -0 would become
    // +0, which no comparison tells apart), so the decisions are the same.
    for (let t = 0; t < n; t++) {
      let x = a[t];
      x = Math.fround(x + b[bAt + t]);
      x = Math.fround(x + c[cAt + t]);
      x = Math.fround(x + d[dAt + t]);
      x = Math.fround(x + f[fAt + t]);
      if (first !== null) x = Math.fround(x + first[t]);
      if (r1 >= 0) x = Math.fround(x + W[r1 + t]);
      if (r2 >= 0) x = Math.fround(x + W[r2 + t]);
      if (r3 >= 0) x = Math.fround(x + W[r3 + t]);
      if (t === 0 || x > bestScore) (best = t), (bestScore = x);
    }
    if (e.fixed >= 0) best = e.fixed;
    out[i] = model.tags[best];
    if (ids !== null) ids[i] = best;
    prev2 = prev;
    prev = best;
  }
}

/** The same decisions from the training path's features (tests check the two agree). */
export function tagPosFromFeatures(model: PosModel, words: string[], features: string[][]): string[] {
  const n = model.tags.length;
  const out: string[] = [];
  let prev = '<s>';
  let prev2 = '<s>';
  const scores = new Float32Array(n);
  words.forEach((word, i) => {
    scores.fill(0);
    addRows(model, [...features[i], ...posTagFeatures(prev, prev2, word)], scores, 0);
    let best = 0;
    for (let t = 1; t < n; t++) if (scores[t] > scores[best]) best = t;
    const fixed = fixedTag(model, word);
    if (fixed >= 0) best = fixed;
    out.push(model.tags[best]);
    prev2 = prev;
    prev = model.tags[best];
  });
  return out;
}

let loaded: PosModel | null | undefined;

/** The shipped model, loaded once on first use; null when the data file is missing. */
export function posModel(): PosModel | null {
  if (loaded !== undefined) return loaded;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = linearModel(require('../data/posModel.json') as LinearModelFile);
  } catch {
    loaded = null;
  }
  return loaded;
}

/**
 * Penn Treebank tags for the tokens of one sentence, one per token (a possessive token gets its word's tag; the
 * "'s" it carries is tagged POS inside). Empty strings when the model is missing.
 */
export function posTags(tokens: Token[], model: PosModel | null = posModel(), keep = false): string[] {
  if (!model) return tokens.map(() => '');
  const w = wordsOf(tokens);
  const tags = keep ? keptTags(model, tokens, w.words) : wordTags(model, tokens, w.words);
  return tokens.map((_, k) => tags[w.wordOf[k]]);
}

function wordTags(model: PosModel, tokens: Token[], words: string[]): string[] {
  const run = runs.get(tokens);
  const tagIds = tagIdsOf(model);
  return run !== undefined && run.model === model && tagIds !== null && sameWords(run.words, words) ? tagPosReusing(model, words, run, tagIds) : tagPos(model, words);
}

// Sentences' tags are kept by their words for the next reading of a document being edited (`posTags` with `keep`):
// greedy tagging reads a sentence's words alone.
let kept = new WeakMap<PosModel, Recent<string, string[]>>();

function keptTags(model: PosModel, tokens: Token[], words: string[]): string[] {
  let recent = kept.get(model);
  if (!recent) kept.set(model, (recent = new Recent(SENTENCES_KEPT)));
  const key = words.join('\u0000');
  let tags = recent.get(key);
  if (!tags) recent.set(key, (tags = wordTags(model, tokens, words)));
  return tags;
}

function sameWords(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
