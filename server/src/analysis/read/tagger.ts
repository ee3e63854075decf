// A named-entity tagger: a greedy left-to-right averaged perceptron over BIO tags (PER, ORG, LOC,
// MISC), trained on CoNLL-2003 train by scripts/train.mjs into data/nerModel.json. The features are
// defined here only, so training and tagging cannot drift apart. The model loads on first use.

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** How the document writes each word outside all-caps lines: it tells a name ("Bush") from a word ("bush"). */
export interface DocumentContext {
  /** Folded words seen capitalised away from the start of a sentence. */
  capitalised: Set<string>;
  /** Folded words seen in lower case. */
  lowercase: Set<string>;
  /** Folded words seen ending a run of two or more capitalised words ("Donald Trump" → "trump"). */
  runEnds: Set<string>;
  /** The three sets as one lookup: 1 lower case, 2 capitalised, 4 run end. */
  flags?: Map<string, number>;
}

export interface NerModel {
  tags: readonly string[];
  /** Feature → row offset into `weights` (one weight per tag). */
  index: Map<string, number>;
  weights: Float32Array;
  /** A score margin below which a tag is a guess (see NerModelFile). */
  guessMargin: number;
}

/** The model file: features and their rows of integer weights (scaled by `scale`), one per tag. */
export interface NerModelFile {
  comment: string;
  tags: string[];
  scale: number;
  /** Chosen on dev: a tag ahead of the next by less than this (in weight units) is a guess. */
  guessMargin: number;
  features: string[];
  weights: number[];
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;

/** "Xx", "X.X.", "d,d", "x-Xx": each run of one character class collapsed to one character. */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = UPPER.test(ch) ? 'X' : LOWER.test(ch) ? 'x' : DIGIT.test(ch) ? 'd' : LETTER.test(ch) ? 'x' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** A line written in capitals (a wire headline, a dateline): case says nothing about names there. */
export function isAllCaps(words: string[]): boolean {
  let upper = 0;
  for (const w of words) {
    if (!LETTER.test(w)) continue;
    // One word with a lower-case letter settles it; most sentences have one among their first words.
    if (w !== w.toUpperCase()) return false;
    upper++;
  }
  return upper >= 2;
}

export function documentContext(sentences: string[][]): DocumentContext {
  const capitalised = new Set<string>();
  const lowercase = new Set<string>();
  const runEnds = new Set<string>();
  for (const words of sentences) {
    if (isAllCaps(words)) continue;
    const cap = words.map((w) => UPPER.test(w[0] ?? '') && LOWER.test(w.slice(1)));
    words.forEach((w, i) => {
      if (cap[i] && i > 0 && cap[i - 1] && !cap[i + 1]) runEnds.add(w.toLowerCase());
    });
    words.forEach((w, i) => {
      const first = w[0];
      if (!first || !LETTER.test(first)) return;
      if (LOWER.test(first)) lowercase.add(w.toLowerCase());
      else if (i > 0 && LETTER.test(words[i - 1] ?? '') && LOWER.test(w.slice(1))) capitalised.add(w.toLowerCase());
    });
  }
  const flags = new Map<string, number>();
  const mark = (set: Set<string>, bit: number) => set.forEach((w) => flags.set(w, (flags.get(w) ?? 0) | bit));
  mark(lowercase, 1);
  mark(capitalised, 2);
  mark(runEnds, 4);
  return { capitalised, lowercase, runEnds, flags };
}

/** The features of each word of one sentence that do not depend on the tags before it. */
export function sentenceFeatures(words: string[], doc: DocumentContext): string[][] {
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shape);
  const caps = isAllCaps(words);
  const at = (k: number) => (k < 0 ? '<s>' : k >= words.length ? '</s>' : lower[k]);
  const shapeAt = (k: number) => (k < 0 ? '<s>' : k >= words.length ? '</s>' : caps ? 'U' : shapes[k]);
  return words.map((word, i) => {
    const w = lower[i];
    const form = doc.capitalised.has(w) ? (doc.lowercase.has(w) ? 'both' : 'cap') : doc.lowercase.has(w) ? 'low' : 'none';
    const s = caps ? `U${shapes[i]}` : shapes[i];
    const f = [
      'b',
      `w=${w}`,
      `s=${s}`,
      `p2=${w.slice(0, 2)}`,
      `p3=${w.slice(0, 3)}`,
      `x2=${w.slice(-2)}`,
      `x3=${w.slice(-3)}`,
      `x4=${w.slice(-4)}`,
      `w-1=${at(i - 1)}`,
      `w+1=${at(i + 1)}`,
      `w-2=${at(i - 2)}`,
      `w+2=${at(i + 2)}`,
      `s-1=${shapeAt(i - 1)}`,
      `s+1=${shapeAt(i + 1)}`,
      `s-1s+1=${shapeAt(i - 1)}|${s}|${shapeAt(i + 1)}`,
      `w-1w=${at(i - 1)}|${w}`,
      `ww+1=${w}|${at(i + 1)}`,
      `d=${form}|${s}`,
    ];
    if (i === 0) f.push(`first=${s}`);
    if (caps) f.push(`U=${form}`);
    if (doc.runEnds.has(w)) f.push(`end=${s}`);
    return f;
  });
}

/** Features that depend on the two tags before the word. */
export function tagFeatures(prev: string, prev2: string, w: string): string[] {
  return [`t-1=${prev}`, `t-2t-1=${prev2}|${prev}`, `t-1w=${prev}|${w}`];
}

/** I-X may only follow B-X or I-X. */
export function allowed(tag: string, prev: string): boolean {
  return !tag.startsWith('I-') || prev.slice(2) === tag.slice(2);
}

/**
 * Greedy decoding of one sentence, given its static features. `margins`, when given, receives for each
 * word how far the chosen tag's score is ahead of the next allowed tag's: small for guesses.
 */
export function tagSentence(model: NerModel, words: string[], features: string[][], margins?: number[]): string[] {
  const n = model.tags.length;
  const scores = new Float64Array(n);
  const out: string[] = [];
  let prev = '<s>';
  let prev2 = '<s>';
  for (let i = 0; i < words.length; i++) {
    scores.fill(0);
    const add = (feature: string) => {
      const row = model.index.get(feature);
      if (row === undefined) return;
      for (let t = 0; t < n; t++) scores[t] += model.weights[row + t];
    };
    for (const f of features[i]) add(f);
    for (const f of tagFeatures(prev, prev2, words[i].toLowerCase())) add(f);
    let best = 0;
    for (let t = 1; t < n; t++) if (allowed(model.tags[t], prev) && scores[t] > scores[best]) best = t;
    if (margins) {
      let second = -Infinity;
      for (let t = 0; t < n; t++) if (t !== best && allowed(model.tags[t], prev) && scores[t] > second) second = scores[t];
      margins.push(scores[best] - second);
    }
    out.push(model.tags[best]);
    prev2 = prev;
    prev = model.tags[best];
  }
  return out;
}

/** Entity spans of a tag sequence, as word index ranges (end exclusive). */
export function tagSpans(tags: string[]): { start: number; end: number; type: NerType }[] {
  const spans: { start: number; end: number; type: NerType }[] = [];
  tags.forEach((tag, i) => {
    if (tag === 'O') return;
    const type = tag.slice(2) as NerType;
    const open = spans[spans.length - 1];
    if (tag.startsWith('I-') && open && open.end === i && open.type === type) open.end = i + 1;
    else spans.push({ start: i, end: i + 1, type });
  });
  return spans;
}

/** The type the word alone points to ("lee" → PER), 'O' when none, undefined when the model never saw it. */
export function wordPrior(model: NerModel, word: string): NerType | 'O' | undefined {
  const row = model.index.get(`w=${word.toLowerCase()}`);
  if (row === undefined) return undefined;
  let best = -1;
  for (let t = 1; t < model.tags.length; t++) if (model.weights[row + t] > 0 && (best < 0 || model.weights[row + t] > model.weights[row + best])) best = t;
  return best < 0 ? 'O' : (model.tags[best].slice(2) as NerType);
}

export function modelFromFile(file: NerModelFile): NerModel {
  const index = new Map<string, number>();
  const n = file.tags.length;
  file.features.forEach((f, k) => index.set(f, k * n));
  const weights = new Float32Array(file.weights.length);
  for (let k = 0; k < weights.length; k++) weights[k] = file.weights[k] / file.scale;
  return { tags: file.tags, index, weights, guessMargin: file.guessMargin };
}

/** What the model knows about one written word, looked up once and reused across documents. */
interface WordEntry {
  lower: string;
  shape: string;
  /** Scores of the features of the word alone: w=, p2=, p3=, x2=, x3=, x4=. */
  own: Float64Array;
  /** Rows of w-1=, w+1=, w-2=, w+2= when this word is the neighbour (-1: unknown feature). */
  asPrev: number;
  asNext: number;
  asPrev2: number;
  asNext2: number;
  /** Row of t-1w=<tag>|<word> per previous tag index, n for "<s>" (-2: not looked up yet). */
  afterTag: Int32Array;
  /** Row of d=<form>|<shape>, per form and all-caps line (-2: not looked up yet). */
  formRows: Int32Array;
  /** Rows of w-1w= and ww+1= keyed by the neighbour's folded form. */
  withPrev: Map<string, number>;
  withNext: Map<string, number>;
  /** The word's shape entries as written and on an all-caps line, once looked up. */
  plainShape?: ShapeEntry;
  capsShape?: ShapeEntry;
}

/** Rows of the features of one shape as written (plain or on an all-caps line). */
interface ShapeEntry {
  shape: string;
  self: number;
  asPrev: number;
  asNext: number;
  first: number;
  end: number;
  /** s-1s+1=<prev>|<this>|<next> keyed by prev then next shape. */
  around: Map<string, Map<string, number>>;
}

interface TaggingCache {
  words: Map<string, WordEntry>;
  shapes: Map<string, ShapeEntry>;
  /** t-1=<tag> per tag index (n = "<s>"), t-2t-1=<tag>|<tag> per pair. */
  afterTag: Int32Array;
  afterPair: Int32Array;
  /** allowedAfter[prev * n + tag]: 1 when tag may follow prev (prev = n for "<s>"). */
  allowedAfter: Uint8Array;
  bias: number;
  caps: Int32Array;
  boundary: { prev: number; prev2: number; next: number; next2: number };
}

const caches = new WeakMap<NerModel, TaggingCache>();
const CACHE_LIMIT = 100_000;
const FORMS = ['none', 'low', 'cap', 'both'] as const;

function rowOf(model: NerModel, feature: string): number {
  return model.index.get(feature) ?? -1;
}

function cacheOf(model: NerModel): TaggingCache {
  let c = caches.get(model);
  if (c) return c;
  const n = model.tags.length;
  const tagName = (k: number) => (k === n ? '<s>' : model.tags[k]);
  const afterTag = new Int32Array(n + 1);
  const afterPair = new Int32Array((n + 1) * (n + 1));
  for (let a = 0; a <= n; a++) {
    afterTag[a] = rowOf(model, `t-1=${tagName(a)}`);
    for (let b = 0; b <= n; b++) afterPair[a * (n + 1) + b] = rowOf(model, `t-2t-1=${tagName(a)}|${tagName(b)}`);
  }
  const allowedAfter = new Uint8Array((n + 1) * n);
  for (let a = 0; a <= n; a++) for (let t = 0; t < n; t++) allowedAfter[a * n + t] = allowed(model.tags[t], tagName(a)) ? 1 : 0;
  c = {
    allowedAfter,
    words: new Map(),
    shapes: new Map(),
    afterTag,
    afterPair,
    bias: rowOf(model, 'b'),
    caps: Int32Array.from(FORMS, (f) => rowOf(model, `U=${f}`)),
    boundary: { prev: rowOf(model, 'w-1=<s>'), prev2: rowOf(model, 'w-2=<s>'), next: rowOf(model, 'w+1=</s>'), next2: rowOf(model, 'w+2=</s>') },
  };
  caches.set(model, c);
  return c;
}

function wordEntry(model: NerModel, cache: TaggingCache, word: string): WordEntry {
  let e = cache.words.get(word);
  if (e) return e;
  if (cache.words.size >= CACHE_LIMIT) cache.words.clear();
  const w = word.toLowerCase();
  const n = model.tags.length;
  const own = new Float64Array(n);
  for (const f of [`w=${w}`, `p2=${w.slice(0, 2)}`, `p3=${w.slice(0, 3)}`, `x2=${w.slice(-2)}`, `x3=${w.slice(-3)}`, `x4=${w.slice(-4)}`]) {
    const row = rowOf(model, f);
    if (row >= 0) for (let t = 0; t < n; t++) own[t] += model.weights[row + t];
  }
  e = {
    lower: w,
    shape: shape(word),
    own,
    asPrev: rowOf(model, `w-1=${w}`),
    asNext: rowOf(model, `w+1=${w}`),
    asPrev2: rowOf(model, `w-2=${w}`),
    asNext2: rowOf(model, `w+2=${w}`),
    afterTag: new Int32Array(n + 1).fill(-2),
    formRows: new Int32Array(FORMS.length * 2).fill(-2),
    withPrev: new Map(),
    withNext: new Map(),
  };
  cache.words.set(word, e);
  return e;
}

/** `sh` is the shape as the features write it: "U"-prefixed on all-caps lines; "<s>", "</s>" and "U" are context-only. */
function shapeEntry(model: NerModel, cache: TaggingCache, sh: string): ShapeEntry {
  let e = cache.shapes.get(sh);
  if (e) return e;
  if (cache.shapes.size >= CACHE_LIMIT) cache.shapes.clear();
  e = {
    shape: sh,
    self: rowOf(model, `s=${sh}`),
    asPrev: rowOf(model, `s-1=${sh}`),
    asNext: rowOf(model, `s+1=${sh}`),
    first: rowOf(model, `first=${sh}`),
    end: rowOf(model, `end=${sh}`),
    around: new Map(),
  };
  cache.shapes.set(sh, e);
  return e;
}


/**
 * The same decisions as tagSentence over sentenceFeatures (the training path), with every lookup
 * cached per word and per shape across documents: the reader calls this on every keystroke.
 */
/**
 * Tags of `words` (a sentence), greedy left to right. With `window`, only words `from` up to `to` are scored and the
 * rest are 'O' (margins Infinity): the caller passes the stretch from the first to the last capitalised word, since
 * the model tags lower-case words outside any name 'O', and most of a keystroke's time is spent here.
 */
export function tagWords(model: NerModel, words: string[], doc: DocumentContext, margins?: number[], window?: { from: number; to: number }): string[] {
  const cache = cacheOf(model);
  const n = model.tags.length;
  const W = model.weights;
  const caps = isAllCaps(words);
  const from = window ? Math.max(0, window.from) : 0;
  const to = window ? Math.min(words.length, window.to) : words.length;
  // Features reach two words either side of a scored word.
  const entries: WordEntry[] = new Array(words.length);
  for (let k = Math.max(0, from - 2); k < Math.min(words.length, to + 2); k++) entries[k] = wordEntry(model, cache, words[k]);
  // The shape a word has as itself and as a neighbour (context: "U" on all-caps lines).
  const shapeOf = (e: WordEntry) =>
    caps ? (e.capsShape ??= shapeEntry(model, cache, `U${e.shape}`)) : (e.plainShape ??= shapeEntry(model, cache, e.shape));
  const contextShape = (k: number) => (k < 0 ? '<s>' : k >= words.length ? '</s>' : caps ? 'U' : entries[k].shape);
  const contextEntry = (k: number) => shapeEntry(model, cache, contextShape(k));
  const lowerAt = (k: number) => (k < 0 ? '<s>' : k >= words.length ? '</s>' : entries[k].lower);
  const scores = new Float64Array(n);
  const out: string[] = [];
  const addRow = (row: number) => {
    if (row >= 0) for (let t = 0; t < n; t++) scores[t] += W[row + t];
  };
  const outside = model.tags.indexOf('O');
  for (let i = 0; i < from; i++) {
    out.push('O');
    margins?.push(Infinity);
  }
  let prevIndex = from > 0 ? outside : n;
  let prev2Index = from > 1 ? outside : n;
  for (let i = from; i < to; i++) {
    const e = entries[i];
    const w = e.lower;
    const se = shapeOf(e);
    const sh = se.shape;
    scores.set(e.own);
    addRow(cache.bias);
    addRow(i > 0 ? entries[i - 1].asPrev : cache.boundary.prev);
    addRow(i + 1 < words.length ? entries[i + 1].asNext : cache.boundary.next);
    addRow(i > 1 ? entries[i - 2].asPrev2 : cache.boundary.prev2);
    addRow(i + 2 < words.length ? entries[i + 2].asNext2 : cache.boundary.next2);
    addRow(se.self);
    addRow(contextEntry(i - 1).asPrev);
    addRow(contextEntry(i + 1).asNext);
    const before = contextShape(i - 1);
    const after = contextShape(i + 1);
    let byPrev = se.around.get(before);
    if (!byPrev) se.around.set(before, (byPrev = new Map()));
    let around = byPrev.get(after);
    if (around === undefined) byPrev.set(after, (around = rowOf(model, `s-1s+1=${before}|${sh}|${after}`)));
    addRow(around);
    const prevWord = lowerAt(i - 1);
    const nextWord = lowerAt(i + 1);
    let withPrev = e.withPrev.get(prevWord);
    if (withPrev === undefined) e.withPrev.set(prevWord, (withPrev = rowOf(model, `w-1w=${prevWord}|${w}`)));
    addRow(withPrev);
    let withNext = e.withNext.get(nextWord);
    if (withNext === undefined) e.withNext.set(nextWord, (withNext = rowOf(model, `ww+1=${w}|${nextWord}`)));
    addRow(withNext);
    const flags = doc.flags?.get(w) ?? 0;
    const form = flags & 3;
    const formSlot = form * 2 + (caps ? 1 : 0);
    if (e.formRows[formSlot] === -2) e.formRows[formSlot] = rowOf(model, `d=${FORMS[form]}|${sh}`);
    addRow(e.formRows[formSlot]);
    if (i === 0) addRow(se.first);
    if (caps) addRow(cache.caps[form]);
    if (flags & 4) addRow(se.end);
    addRow(cache.afterTag[prevIndex]);
    addRow(cache.afterPair[prev2Index * (n + 1) + prevIndex]);
    if (e.afterTag[prevIndex] === -2) e.afterTag[prevIndex] = rowOf(model, `t-1w=${prevIndex === n ? '<s>' : model.tags[prevIndex]}|${w}`);
    addRow(e.afterTag[prevIndex]);
    const ok = prevIndex * n;
    let best = 0;
    for (let t = 1; t < n; t++) if (cache.allowedAfter[ok + t] && scores[t] > scores[best]) best = t;
    if (margins) {
      let second = -Infinity;
      for (let t = 0; t < n; t++) if (t !== best && cache.allowedAfter[ok + t] && scores[t] > second) second = scores[t];
      margins.push(scores[best] - second);
    }
    out.push(model.tags[best]);
    prev2Index = prevIndex;
    prevIndex = best;
  }
  for (let i = to; i < words.length; i++) {
    out.push('O');
    margins?.push(Infinity);
  }
  return out;
}

let loaded: NerModel | null | undefined;

/** The shipped model, loaded once on first use; null when the data file is missing. */
export function nerModel(): NerModel | null {
  if (loaded !== undefined) return loaded;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = modelFromFile(require('../data/nerModel.json') as NerModelFile);
  } catch {
    loaded = null;
  }
  return loaded;
}
