// The named-entity tagger: a structured averaged perceptron over BILOU tags of PER, ORG, LOC and MISC, decoded
// exactly (Viterbi), trained on CoNLL-2003 train by scripts/train.mjs (`npm run train -- ner`) into
// data/nerModel.json. The features are defined here only (the `…Features` functions), so training and tagging
// cannot drift apart; the decoder sums each group's rows once per written word (or per small code) and reuses them.
//
// Feature groups, for word i of a sentence:
// - lexical: the word, shape, affixes and word clusters of the words at i-2 … i+2 (and the line's case);
// - part of speech of i-1, i, i+1;
// - pairs: the word with the word before it and after it;
// - document: how the document writes the same word elsewhere (capitalised, lower case, ending a name, after a
//   title, before a speech verb);
// - rules: the reading rules' outputs (a title before, a speech verb after the name, a dateline, a byline, the name's
//   last word a kind of organisation or place, its first word a first name);
// - gazetteer: the longest phrase of the gazetteer (names seen in train, hand lists) that covers i, with i's place in it;
// - prediction (second pass): the type the first pass gave the same word elsewhere in the document.
import { lexicon, type Lexicon } from '../data/lexicon';
import { linearModel, type LinearModel, type LinearModelFile } from './linearModel';
import { normalForm, wordShape } from './pos';

export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const NER_TYPES: readonly NerType[] = ['PER', 'ORG', 'LOC', 'MISC'];
/** O, then B-, I-, L-, U- of each type. */
export const NER_TAGS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];

/** One sentence as the tagger reads it. */
export interface NerSentence {
  words: string[];
  /** Penn tags of the words (read/pos.ts). */
  pos: string[];
  /** A headline or heading line: title case there says little. */
  heading: boolean;
}

/** Names known before reading: lower-case phrase → type bits (1 PER, 2 ORG, 4 LOC, 8 MISC). */
export interface NerGazetteer {
  phrases: Map<string, number>;
  firstNames: Set<string>;
  /** Longest phrase, in words. */
  longest: number;
}

/** Word clusters: lower-case word → [fine, mid, coarse]. */
export type WordClusters = Map<string, [number, number, number]>;

export interface NerResources {
  lex: Lexicon;
  gazetteer: NerGazetteer;
  clusters: WordClusters;
}

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;

// ---------------------------------------------------------------------------------------------------------------
// Sentence and document facts the features read.

/** How a line is written: 0 plain, 1 all capitals, 2 a heading in title case or mixed. */
export function lineMode(s: NerSentence): number {
  let upper = 0;
  for (const w of s.words) {
    if (!HAS_LETTER.test(w)) continue;
    if (HAS_LOWER.test(w)) return s.heading ? 2 : 0;
    upper++;
  }
  return upper >= 2 ? 1 : s.heading ? 2 : 0;
}

/** Document flags of a lower-case word (bits, see DOC_FLAGS). */
export const DOC_FLAGS = { lower: 1, capitalised: 2, runEnd: 4, afterTitle: 8, beforeSpeech: 16 } as const;

/** What the document says of each word outside all-caps lines and headings. */
export function documentFlags(sentences: NerSentence[], lex: Lexicon): Map<string, number> {
  const flags = new Map<string, number>();
  const mark = (w: string, bit: number) => flags.set(w, (flags.get(w) ?? 0) | bit);
  for (const s of sentences) {
    if (lineMode(s) !== 0) continue;
    const words = s.words;
    const cap = words.map((w) => UPPER_START.test(w) && HAS_LOWER.test(w));
    words.forEach((w, i) => {
      const l = w.toLowerCase();
      if (!HAS_LETTER.test(w[0] ?? '')) return;
      if (!UPPER_START.test(w)) mark(l, DOC_FLAGS.lower);
      else if (i > 0 && HAS_LETTER.test(words[i - 1]) && cap[i]) mark(l, DOC_FLAGS.capitalised);
      if (cap[i] && i > 0 && cap[i - 1] && !cap[i + 1]) mark(l, DOC_FLAGS.runEnd);
      if (cap[i] && i > 0 && titleWord(words[i - 1], lex)) mark(l, DOC_FLAGS.afterTitle);
      if (cap[i] && !cap[i + 1] && i + 1 < words.length && lex.speechVerbs.has(words[i + 1].toLowerCase())) mark(l, DOC_FLAGS.beforeSpeech);
    });
  }
  return flags;
}

function titleWord(word: string, lex: Lexicon): boolean {
  const l = word.toLowerCase().replace(/\.$/, '');
  return lex.titles.has(l) || lex.neverSentenceFinal.has(l);
}

/** Rule outputs per word (bits, see RULES). */
export const RULES = { titleBefore: 1, speechAfter: 2, dateline: 4, byline: 8, runOrg: 16, runPlace: 32, runPerson: 64, runTitle: 128 } as const;

export function ruleFlags(s: NerSentence, res: NerResources): Uint8Array {
  const { words } = s;
  const lex = res.lex;
  const n = words.length;
  const out = new Uint8Array(n);
  const cap = words.map((w) => UPPER_START.test(w));
  // Runs of capitalised words (with "of", "de" … inside), as the rules read names.
  let i = 0;
  while (i < n) {
    if (!cap[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && (cap[j] || (lex.nameConnectors.has(words[j].toLowerCase()) && cap[j + 1]))) j++;
    const first = words[i].toLowerCase();
    const last = words[j - 1].toLowerCase();
    let bits = 0;
    if (j - i >= 2 && lex.orgWords.has(last)) bits |= RULES.runOrg;
    if (j - i >= 2 && lex.placeWords.has(last)) bits |= RULES.runPlace;
    if (j - i >= 2 && res.gazetteer.firstNames.has(first)) bits |= RULES.runPerson;
    for (let k = i; k < j; k++) if (lex.titles.has(words[k].toLowerCase())) bits |= RULES.runTitle;
    if (i > 0 && titleWord(words[i - 1], lex)) bits |= RULES.titleBefore;
    if (j < n && lex.speechVerbs.has(words[j].toLowerCase())) bits |= RULES.speechAfter;
    for (let k = i; k < j; k++) out[k] |= bits;
    i = j;
  }
  // A dateline: the line opens with a place in capitals, then a comma, a dash or a bracket ("KABUL , Afghanistan").
  if (lineMode(s) === 0 && n >= 3) {
    let k = 0;
    while (k < n && HAS_LETTER.test(words[k]) && !HAS_LOWER.test(words[k])) k++;
    if (k > 0 && k < n && /^[,(–—-]$/.test(words[k])) for (let m = 0; m < k; m++) out[m] |= RULES.dateline;
  }
  // A byline: a short line of capitalised words only ("Peter Blackburn").
  if (n >= 2 && n <= 4 && words.every((w, k) => cap[k] && HAS_LETTER.test(w))) for (let m = 0; m < n; m++) out[m] |= RULES.byline;
  return out;
}

/** Gazetteer codes per word: 0 none, else 1 + (type bits × 4 + place), place 0 B, 1 I, 2 L, 3 U, longest match first. */
export function gazetteerCodes(s: NerSentence, gazetteer: NerGazetteer): Uint16Array {
  const { words } = s;
  const out = new Uint16Array(words.length);
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    if (UPPER_START.test(words[i])) {
      let phrase = '';
      const parts: string[] = [];
      for (let j = i; j < Math.min(words.length, i + gazetteer.longest); j++) parts.push(words[j].toLowerCase());
      for (let len = parts.length; len >= 1 && !matched; len--) {
        phrase = parts.slice(0, len).join(' ');
        const bits = gazetteer.phrases.get(phrase);
        if (bits === undefined) continue;
        matched = len;
        for (let k = 0; k < len; k++) out[i + k] = 1 + bits * 4 + (len === 1 ? 3 : k === 0 ? 0 : k === len - 1 ? 2 : 1);
      }
    }
    i += matched || 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The features, by group. Each returns feature names; the training path concatenates them.

const MODE = ['', 'U', 'H'];

/** Features a word gives the tagged word when it stands `offset` places from it; `undefined` is past the edge. */
export function lexicalFeatures(word: string | undefined, offset: number, mode: number, res: NerResources): string[] {
  if (word === undefined) return [`w${offset}=${offset < 0 ? '<s>' : '</s>'}`];
  const w = normalForm(word);
  const l = word.toLowerCase();
  const shape = mode === 1 ? (offset === 0 ? `U${wordShape(word)}` : 'U') : `${MODE[mode]}${wordShape(word)}`;
  const c = res.clusters.get(l);
  if (offset === 0) {
    const out = ['b', `w=${w}`, `s=${shape}`, `p2=${l.slice(0, 2)}`, `p3=${l.slice(0, 3)}`, `p4=${l.slice(0, 4)}`, `x2=${l.slice(-2)}`, `x3=${l.slice(-3)}`, `x4=${l.slice(-4)}`];
    if (c) out.push(`c1=${c[0]}`, `c2=${c[1]}`, `c3=${c[2]}`, `c1s=${c[0]}|${shape}`);
    else out.push(`c=none|${shape}`);
    if (word.length > 1 && !HAS_LOWER.test(word) && HAS_LETTER.test(word)) out.push(`len=${Math.min(word.replace(/\./g, '').length, 6)}`);
    if (res.gazetteer.firstNames.has(l)) out.push('fn');
    if (res.lex.demonyms.has(l)) out.push('dem');
    return out;
  }
  const out = [`w${offset}=${w}`];
  if (offset === -1 || offset === 1) {
    out.push(`s${offset}=${shape}`);
    if (c) out.push(`c${offset}=${c[1]}`);
    if (offset === -1 && res.gazetteer.firstNames.has(l)) out.push('fn-1');
    if (res.lex.titles.has(l)) out.push(`t${offset}`);
  } else if (c) out.push(`c${offset}=${c[2]}`);
  return out;
}

export function firstWordFeatures(word: string, mode: number): string[] {
  return [`first=${MODE[mode]}${wordShape(word)}`];
}

export function documentFeatures(word: string, flags: number, mode: number): string[] {
  const shape = `${MODE[mode]}${wordShape(word)}`;
  const out = [`d=${flags & 3}|${shape}`];
  if (flags & DOC_FLAGS.runEnd) out.push(`dE=${shape}`);
  if (flags & DOC_FLAGS.afterTitle) out.push('dT');
  if (flags & DOC_FLAGS.beforeSpeech) out.push('dS');
  if (mode !== 0) out.push(`dm=${mode}|${flags & 3}`);
  return out;
}

export function posFeatures(before: string, tag: string, after: string): string[] {
  return [`p=${tag}`, `p-1=${before}`, `p+1=${after}`, `pp=${before}|${tag}`, `pn=${tag}|${after}`];
}

export function pairFeatures(before: string, word: string, after: string): string[] {
  return [`w-1w=${before}|${word}`, `ww+1=${word}|${after}`];
}

export function ruleFeatures(bits: number, mode: number): string[] {
  const out: string[] = [];
  for (let b = 1; b < 256; b <<= 1) if (bits & b) out.push(`r${b}|${mode}`);
  return out;
}

export function gazetteerFeatures(code: number): string[] {
  if (code === 0) return [];
  const bits = (code - 1) >> 2;
  const place = 'BILU'[(code - 1) & 3];
  const out: string[] = [];
  NER_TYPES.forEach((t, k) => {
    if (bits & (1 << k)) out.push(`g=${t}${place}`);
  });
  return out;
}

/** Second pass: the types the first pass gave the same word elsewhere in the document (bits 1 PER … 8 MISC, 16 none). */
export function predictionFeatures(bits: number): string[] {
  if (bits === 0) return [];
  return [`P=${bits}`];
}

/** The boundary words of the pairs: the word before the first and after the last. */
const EDGE_BEFORE = '<s>';
const EDGE_AFTER = '</s>';

/** Every feature of every word of a sentence (the training path). */
export function sentenceFeatures(s: NerSentence, docFlags: Map<string, number>, res: NerResources, predictions?: Uint8Array): string[][] {
  const { words, pos } = s;
  const mode = lineMode(s);
  const rules = ruleFlags(s, res);
  const gaz = gazetteerCodes(s, res.gazetteer);
  const forms = words.map(normalForm);
  return words.map((word, i) => {
    const out: string[] = [];
    for (let k = -2; k <= 2; k++) out.push(...lexicalFeatures(i + k >= 0 && i + k < words.length ? words[i + k] : undefined, k, mode, res));
    if (i === 0) out.push(...firstWordFeatures(word, mode));
    out.push(...documentFeatures(word, docFlags.get(word.toLowerCase()) ?? 0, mode));
    out.push(...posFeatures(pos[i - 1] ?? EDGE_BEFORE, pos[i], pos[i + 1] ?? EDGE_AFTER));
    out.push(...pairFeatures(forms[i - 1] ?? EDGE_BEFORE, forms[i], forms[i + 1] ?? EDGE_AFTER));
    out.push(...ruleFeatures(rules[i], mode));
    out.push(...gazetteerFeatures(gaz[i]));
    if (predictions) out.push(...predictionFeatures(predictions[i]));
    return out;
  });
}

/** Per word of each sentence: the types the document's other tagging of the same (capitalised) word gave. */
export function predictionBits(sentences: NerSentence[], tags: string[][]): Uint8Array[] {
  const seen = new Map<string, number>();
  sentences.forEach((s, k) =>
    s.words.forEach((w, i) => {
      if (!UPPER_START.test(w)) return;
      const tag = tags[k][i];
      const bit = tag === 'O' ? 16 : 1 << NER_TYPES.indexOf(tag.slice(2) as NerType);
      const l = w.toLowerCase();
      seen.set(l, (seen.get(l) ?? 0) | bit);
    }),
  );
  return sentences.map((s) => Uint8Array.from(s.words, (w) => (UPPER_START.test(w) ? seen.get(w.toLowerCase()) ?? 0 : 0)));
}

// ---------------------------------------------------------------------------------------------------------------
// Decoding.

/** BILOU: which tag may follow which. `prev` = -1 before the sentence; `tag` = -1 after it. */
export function allowedTransition(prev: number, tag: number): boolean {
  const p = prev < 0 ? 'O' : NER_TAGS[prev];
  const t = tag < 0 ? 'O' : NER_TAGS[tag];
  const open = p.startsWith('B-') || p.startsWith('I-');
  if (open) return (t.startsWith('I-') || t.startsWith('L-')) && t.slice(2) === p.slice(2);
  return t === 'O' || t.startsWith('B-') || t.startsWith('U-');
}

export interface NerModel {
  pass1: LinearModel;
  /** The second pass, which also reads the first pass's tags of the same words; absent in a one-pass model. */
  pass2?: LinearModel;
  /** Transition weights, (T + 1) × (T + 1): row prev (T = start), column tag (T = end), per pass. */
  transitions: Float32Array[];
}

/**
 * Viterbi over emission scores (n × T) and transitions ((T+1) × (T+1), T = the sentence's edge). Returns the best tag
 * per word and, in `margins`, how far the best path is ahead of the best path that tags the word otherwise.
 */
export function viterbi(emissions: Float32Array, n: number, transitions: Float32Array, margins?: Float32Array): Int32Array {
  const T = NER_TAGS.length;
  const E = T + 1;
  const NEG = -1e30;
  const alpha = new Float32Array(n * T);
  const back = new Int32Array(n * T);
  const ok = allowedTable();
  for (let t = 0; t < T; t++) alpha[t] = ok[T * E + t] ? emissions[t] + transitions[T * E + t] : NEG;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = NEG;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ok[p * E + t]) continue;
        const v = alpha[(i - 1) * T + p] + transitions[p * E + t];
        if (v > best) (best = v), (arg = p);
      }
      alpha[i * T + t] = best + emissions[i * T + t];
      back[i * T + t] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    if (!ok[t * E + T]) continue;
    const v = alpha[(n - 1) * T + t] + transitions[t * E + T];
    if (v > best) (best = v), (arg = t);
  }
  const path = new Int32Array(n);
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]];
  if (margins) {
    // beta[i][t]: best score of the words after i given tag t at i.
    const beta = new Float32Array(n * T);
    for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = ok[t * E + T] ? transitions[t * E + T] : NEG;
    for (let i = n - 2; i >= 0; i--) {
      for (let t = 0; t < T; t++) {
        let b = NEG;
        for (let u = 0; u < T; u++) {
          if (!ok[t * E + u]) continue;
          const v = transitions[t * E + u] + emissions[(i + 1) * T + u] + beta[(i + 1) * T + u];
          if (v > b) b = v;
        }
        beta[i * T + t] = b;
      }
    }
    for (let i = 0; i < n; i++) {
      let other = NEG;
      for (let t = 0; t < T; t++) if (t !== path[i]) other = Math.max(other, alpha[i * T + t] + beta[i * T + t]);
      margins[i] = best - other;
    }
  }
  return path;
}

let allowed: Uint8Array | undefined;
function allowedTable(): Uint8Array {
  if (allowed) return allowed;
  const T = NER_TAGS.length;
  const E = T + 1;
  allowed = new Uint8Array(E * E);
  for (let p = 0; p <= T; p++) for (let t = 0; t <= T; t++) allowed[p * E + t] = p === T && t === T ? 0 : allowedTransition(p === T ? -1 : p, t === T ? -1 : t) ? 1 : 0;
  return allowed;
}

/** Entity spans of a tag sequence, word index ranges (end exclusive). A stray I-/L- opens a span, as B-/U- would. */
export function nerSpans(tags: readonly string[]): { start: number; end: number; type: NerType }[] {
  const spans: { start: number; end: number; type: NerType }[] = [];
  let open: { start: number; end: number; type: NerType } | null = null;
  tags.forEach((tag, i) => {
    if (tag === 'O') {
      open = null;
      return;
    }
    const p = tag[0];
    const type = tag.slice(2) as NerType;
    if (open && open.type === type && (p === 'I' || p === 'L')) open.end = i + 1;
    else spans.push((open = { start: i, end: i + 1, type }));
    if (p === 'L' || p === 'U') open = null;
  });
  return spans;
}

// ---------------------------------------------------------------------------------------------------------------
// The fast path: the same features, summed once per written word or per code, reused across documents.

interface WordEntry {
  /** 5 × T: scores the word gives the tagged word at offsets -2 … 2, for one line mode. */
  lexical: Float32Array;
  first?: Float32Array;
  /** Document feature scores per flags value (32 values), filled on demand. */
  doc: Array<Float32Array | undefined>;
  /** Rows of w-1w= and ww+1= by the neighbour's form. */
  withBefore: Map<string, number>;
  withAfter: Map<string, number>;
  form: string;
  lower: string;
}

interface PassCache {
  words: Map<string, WordEntry>[];
  edges: Float32Array[][];
  /** Scores of the small groups by numeric code: part-of-speech triples, rules (mode × 256 + bits), gazetteer, predictions. */
  pos: Map<number, Float32Array>;
  rules: Map<number, Float32Array>;
  gazetteer: Map<number, Float32Array>;
  predictions: Map<number, Float32Array>;
}

const caches = new WeakMap<LinearModel, PassCache>();
const CACHE_LIMIT = 100_000;

function rows(model: LinearModel, features: string[], into: Float32Array, at = 0): Float32Array {
  const T = model.tags.length;
  for (const f of features) {
    const row = model.index.get(f);
    if (row === undefined) continue;
    for (let t = 0; t < T; t++) into[at + t] += model.weights[row + t];
  }
  return into;
}

function passCache(model: LinearModel, res: NerResources): PassCache {
  let c = caches.get(model);
  if (c) return c;
  const T = model.tags.length;
  c = {
    words: [new Map(), new Map(), new Map()],
    edges: [0, 1, 2].map((mode) => [-2, -1, 0, 1, 2].map((k) => (k === 0 ? new Float32Array(T) : rows(model, lexicalFeatures(undefined, k, mode, res), new Float32Array(T))))),
    pos: new Map(),
    rules: new Map(),
    gazetteer: new Map(),
    predictions: new Map(),
  };
  caches.set(model, c);
  return c;
}

function entry(model: LinearModel, cache: PassCache, word: string, mode: number, res: NerResources): WordEntry {
  const map = cache.words[mode];
  let e = map.get(word);
  if (e) return e;
  if (map.size >= CACHE_LIMIT) map.clear();
  const T = model.tags.length;
  const lexical = new Float32Array(5 * T);
  for (let k = -2; k <= 2; k++) rows(model, lexicalFeatures(word, k, mode, res), lexical, (k + 2) * T);
  e = { lexical, doc: [], withBefore: new Map(), withAfter: new Map(), form: normalForm(word), lower: word.toLowerCase() };
  map.set(word, e);
  return e;
}

/** Scores of a small feature group keyed by a number. */
function coded(model: LinearModel, table: Map<number, Float32Array>, key: number, make: () => string[]): Float32Array {
  let v = table.get(key);
  if (!v) table.set(key, (v = rows(model, make(), new Float32Array(model.tags.length))));
  return v;
}

/** Part-of-speech tags as small numbers, so that a triple of them is a number. */
const POS_IDS = new Map<string, number>();
function posId(tag: string): number {
  let id = POS_IDS.get(tag);
  if (id === undefined) POS_IDS.set(tag, (id = POS_IDS.size));
  return id;
}

/** Emission scores (n × T) of one sentence, the same sums as the training path's features. */
export function emissions(model: LinearModel, s: NerSentence, docFlags: Map<string, number>, res: NerResources, predictions?: Uint8Array): Float32Array {
  const T = model.tags.length;
  const n = s.words.length;
  const cache = passCache(model, res);
  const mode = lineMode(s);
  const rules = ruleFlags(s, res);
  const gaz = gazetteerCodes(s, res.gazetteer);
  const entries = s.words.map((w) => entry(model, cache, w, mode, res));
  const posIds = s.pos.map(posId);
  const edgeBefore = posId(EDGE_BEFORE);
  const edgeAfter = posId(EDGE_AFTER);
  const out = new Float32Array(n * T);
  const W = model.weights;
  const add = (v: Float32Array, at: number, i: number) => {
    const base = i * T;
    for (let t = 0; t < T; t++) out[base + t] += v[at + t];
  };
  const addRow = (row: number, i: number) => {
    if (row < 0) return;
    const base = i * T;
    for (let t = 0; t < T; t++) out[base + t] += W[row + t];
  };
  for (let i = 0; i < n; i++) {
    for (let k = -2; k <= 2; k++) {
      const j = i + k;
      if (j < 0 || j >= n) add(cache.edges[mode][k + 2], 0, i);
      else add(entries[j].lexical, (k + 2) * T, i);
    }
    const e = entries[i];
    if (i === 0) add((e.first ??= rows(model, firstWordFeatures(s.words[0], mode), new Float32Array(T))), 0, i);
    const flags = docFlags.get(e.lower) ?? 0;
    add((e.doc[flags] ??= rows(model, documentFeatures(s.words[i], flags, mode), new Float32Array(T))), 0, i);
    const pb = s.pos[i - 1] ?? EDGE_BEFORE;
    const pa = s.pos[i + 1] ?? EDGE_AFTER;
    add(coded(model, cache.pos, ((i > 0 ? posIds[i - 1] : edgeBefore) * 1024 + posIds[i]) * 1024 + (i + 1 < n ? posIds[i + 1] : edgeAfter), () => posFeatures(pb, s.pos[i], pa)), 0, i);
    const before = i > 0 ? entries[i - 1].form : EDGE_BEFORE;
    const after = i + 1 < n ? entries[i + 1].form : EDGE_AFTER;
    let rb = e.withBefore.get(before);
    if (rb === undefined) e.withBefore.set(before, (rb = model.index.get(pairFeatures(before, e.form, after)[0]) ?? -1));
    addRow(rb, i);
    let ra = e.withAfter.get(after);
    if (ra === undefined) e.withAfter.set(after, (ra = model.index.get(pairFeatures(before, e.form, after)[1]) ?? -1));
    addRow(ra, i);
    if (rules[i]) add(coded(model, cache.rules, mode * 256 + rules[i], () => ruleFeatures(rules[i], mode)), 0, i);
    if (gaz[i]) add(coded(model, cache.gazetteer, gaz[i], () => gazetteerFeatures(gaz[i])), 0, i);
    if (predictions && predictions[i]) add(coded(model, cache.predictions, predictions[i], () => predictionFeatures(predictions[i])), 0, i);
  }
  return out;
}

export interface NerResult {
  tags: string[][];
  /** Per word, when asked for: how far the chosen path is ahead of any path that tags the word otherwise (weight units; 0 when not asked). */
  margins: Float32Array[];
}

/**
 * Tags every sentence of a document: the first pass, then the second reading the first's tags of the same words. With
 * `decode`, only the sentences it keeps are tagged (the others are all 'O'), while all of them inform the document
 * features.
 */
export function tagDocument(model: NerModel, sentences: NerSentence[], res: NerResources = nerResources(), decode?: (k: number) => boolean, withMargins = false): NerResult {
  const flags = documentFlags(sentences, res.lex);
  const run = (pass: LinearModel, transitions: Float32Array, predictions?: Uint8Array[]): NerResult => {
    const tags: string[][] = [];
    const margins: Float32Array[] = [];
    sentences.forEach((s, k) => {
      const n = s.words.length;
      const m = new Float32Array(n);
      if (n === 0 || (decode && !decode(k))) {
        tags.push(s.words.map(() => 'O'));
        m.fill(Infinity);
        margins.push(m);
        return;
      }
      const path = viterbi(emissions(pass, s, flags, res, predictions?.[k]), n, transitions, withMargins ? m : undefined);
      tags.push(Array.from(path, (t) => NER_TAGS[t]));
      margins.push(m);
    });
    return { tags, margins };
  };
  const first = run(model.pass1, model.transitions[0]);
  if (!model.pass2) return first;
  return run(model.pass2, model.transitions[1], predictionBits(sentences, first.tags));
}

// ---------------------------------------------------------------------------------------------------------------
// Shipped data.

export interface NerModelFile {
  comment: string;
  passes: LinearModelFile[];
  /** Per pass: (T+1)² transition weights × scale, rounded. */
  transitions: number[][];
  scale: number;
}

export function nerModelFromFile(file: NerModelFile): NerModel {
  const [pass1, pass2] = file.passes.map(linearModel);
  return { pass1, pass2, transitions: file.transitions.map((t) => Float32Array.from(t, (v) => v / file.scale)) };
}

interface GazetteerFile {
  firstNames: string[];
  places: string[];
  organizations: string[];
  persons: string[];
  misc?: string[];
}

interface RawLists {
  places: string[];
  organizations: string[];
}

/** The gazetteer from train's lists plus the hand lists' places and organisations. */
export function buildGazetteer(file: GazetteerFile, hand: RawLists): NerGazetteer {
  const phrases = new Map<string, number>();
  const add = (names: string[], bit: number) => names.forEach((n) => phrases.set(n.toLowerCase(), (phrases.get(n.toLowerCase()) ?? 0) | bit));
  add(file.persons, 1);
  add(file.organizations, 2);
  add(file.places, 4);
  add(file.misc ?? [], 8);
  add(hand.places, 4);
  add(hand.organizations, 2);
  let longest = 1;
  for (const p of phrases.keys()) longest = Math.max(longest, p.split(' ').length);
  return { phrases, firstNames: new Set(file.firstNames.map((n) => n.toLowerCase())), longest: Math.min(longest, 6) };
}

export interface ClustersFile {
  words: string;
  fine: string;
  mid: string;
  coarse: string;
}

export function clustersFromFile(file: ClustersFile): WordClusters {
  const words = file.words.split('\n');
  const fine = file.fine.split(',').map(Number);
  const mid = file.mid.split(',').map(Number);
  const coarse = file.coarse.split(',').map(Number);
  const out: WordClusters = new Map();
  words.forEach((w, i) => out.set(w, [fine[i], mid[fine[i]], coarse[fine[i]]]));
  return out;
}

let resources: NerResources | undefined;

/** The shipped word lists, gazetteer and clusters, loaded once. */
export function nerResources(): NerResources {
  if (resources) return resources;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const gazetteer = require('../data/gazetteer.json') as GazetteerFile;
  const raw = require('../data/lexicon.json') as RawLists;
  let clusters: WordClusters = new Map();
  try {
    clusters = clustersFromFile(require('../data/wordClusters.json') as ClustersFile);
  } catch {
    // Without clusters the tagger still runs; the model then lacks the features it was trained with.
  }
  /* eslint-enable @typescript-eslint/no-require-imports */
  resources = { lex: lexicon(), gazetteer: buildGazetteer(gazetteer, raw), clusters };
  return resources;
}

let loaded: NerModel | null | undefined;

/**
 * For scripts that measure the reading with another model (one trained without a held-out fold) and its resources;
 * the product never calls it.
 */
export function useNerModel(model: NerModel, res: NerResources): void {
  loaded = model;
  resources = res;
}

/** The shipped model, loaded once on first use; null when the data file is missing. */
export function nerModel(): NerModel | null {
  if (loaded !== undefined) return loaded;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = nerModelFromFile(require('../data/nerModel.json') as NerModelFile);
  } catch {
    loaded = null;
  }
  return loaded;
}
