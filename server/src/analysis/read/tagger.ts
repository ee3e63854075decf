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
  let lower = 0;
  for (const w of words) {
    if (!LETTER.test(w)) continue;
    if (w === w.toUpperCase()) upper++;
    else lower++;
  }
  return upper >= 2 && lower === 0;
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
  return { capitalised, lowercase, runEnds };
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
