// Part-of-speech tags (Penn Treebank, as in the POS column of CoNLL-2003): a greedy left-to-right averaged
// perceptron trained on CoNLL-2003 train by scripts/train.mjs (`npm run train -- pos`) into data/posModel.json.
// The features are defined here only, so training and tagging cannot drift apart. Tagging looks each written
// word up once (its feature rows summed, per position around the tagged word) and reuses that across documents.
import { linearModel, type LinearModel, type LinearModelFile } from './linearModel';
import type { Token } from './tokens';
import { wordsOf } from './words';

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
    const c = UPPER.test(ch) ? 'X' : LOWER.test(ch) ? 'x' : DIGIT.test(ch) ? 'd' : LETTER.test(ch) ? 'x' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
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
  first: Float32Array | null;
  /** Row of t-1w=<tag>|<word> per previous tag (tags.length = "<s>"); -2 until looked up. */
  afterTag: Int32Array;
}

interface Cache {
  words: Map<string, Entry>;
  /** Scores the sentence's edge gives at each offset (unused at 0). */
  edges: Float32Array[];
  afterTag: Int32Array;
  afterPair: Int32Array;
}

const caches = new WeakMap<PosModel, Cache>();
const CACHE_LIMIT = 200_000;

function sumRows(model: PosModel, features: string[], into: Float32Array, at: number): void {
  const n = model.tags.length;
  for (const f of features) {
    const row = model.index.get(f);
    if (row === undefined) continue;
    for (let t = 0; t < n; t++) into[at + t] += model.weights[row + t];
  }
}

function cacheOf(model: PosModel): Cache {
  let cache = caches.get(model);
  if (cache) return cache;
  const n = model.tags.length;
  const name = (k: number) => (k === n ? '<s>' : model.tags[k]);
  const afterTag = new Int32Array(n + 1);
  const afterPair = new Int32Array((n + 1) * (n + 1));
  for (let a = 0; a <= n; a++) {
    afterTag[a] = model.index.get(`t-1=${name(a)}`) ?? -1;
    for (let b = 0; b <= n; b++) afterPair[a * (n + 1) + b] = model.index.get(`t-2t-1=${name(a)}|${name(b)}`) ?? -1;
  }
  const edges = OFFSETS.map((k) => {
    const v = new Float32Array(n);
    if (k !== 0) sumRows(model, posWordFeatures(undefined, k), v, 0);
    return v;
  });
  cache = { words: new Map(), edges, afterTag, afterPair };
  caches.set(model, cache);
  return cache;
}

function entryOf(model: PosModel, cache: Cache, word: string): Entry {
  let e = cache.words.get(word);
  if (e) return e;
  if (cache.words.size >= CACHE_LIMIT) cache.words.clear();
  const n = model.tags.length;
  const scores = new Float32Array(OFFSETS.length * n);
  OFFSETS.forEach((k, j) => sumRows(model, posWordFeatures(word, k), scores, j * n));
  e = { scores, first: null, afterTag: new Int32Array(n + 1).fill(-2) };
  cache.words.set(word, e);
  return e;
}

/** Tags of the words of one sentence, greedy left to right. */
export function tagPos(model: PosModel, words: string[]): string[] {
  const n = model.tags.length;
  const cache = cacheOf(model);
  const W = model.weights;
  const entries = words.map((w) => entryOf(model, cache, w));
  const scores = new Float32Array(n);
  const out: string[] = new Array(words.length);
  const last = words.length - 1;
  let prev = n;
  let prev2 = n;
  for (let i = 0; i < words.length; i++) {
    scores.fill(0);
    for (let j = 0; j < OFFSETS.length; j++) {
      const at = i + OFFSETS[j];
      const v = at < 0 || at > last ? cache.edges[j] : entries[at].scores;
      const base = at < 0 || at > last ? 0 : j * n;
      for (let t = 0; t < n; t++) scores[t] += v[base + t];
    }
    const e = entries[i];
    if (i === 0) {
      if (!e.first) {
        e.first = new Float32Array(n);
        sumRows(model, [posFirstFeature(words[0])], e.first, 0);
      }
      for (let t = 0; t < n; t++) scores[t] += e.first[t];
    }
    if (e.afterTag[prev] === -2) e.afterTag[prev] = model.index.get(`t-1w=${prev === n ? '<s>' : model.tags[prev]}|${normalForm(words[i])}`) ?? -1;
    addRow(scores, W, cache.afterTag[prev], n);
    addRow(scores, W, cache.afterPair[prev2 * (n + 1) + prev], n);
    addRow(scores, W, e.afterTag[prev], n);
    let best = 0;
    for (let t = 1; t < n; t++) if (scores[t] > scores[best]) best = t;
    out[i] = model.tags[best];
    prev2 = prev;
    prev = best;
  }
  return out;
}

function addRow(scores: Float32Array, W: Float32Array, row: number, n: number): void {
  if (row >= 0) for (let t = 0; t < n; t++) scores[t] += W[row + t];
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
    sumRows(model, [...features[i], ...posTagFeatures(prev, prev2, word)], scores, 0);
    let best = 0;
    for (let t = 1; t < n; t++) if (scores[t] > scores[best]) best = t;
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
export function posTags(tokens: Token[], model: PosModel | null = posModel()): string[] {
  if (!model) return tokens.map(() => '');
  const w = wordsOf(tokens);
  const tags = tagPos(model, w.words);
  return tokens.map((_, k) => tags[w.wordOf[k]]);
}
