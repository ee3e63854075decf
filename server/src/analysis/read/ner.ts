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
import { addRow, addRows, linearModel, numberedRows, rowOf, rowOfNumber, RowSlab, templateIndex, templateRows, type LinearModel, type LinearModelFile } from './linearModel';
import { normalForm, wordShape } from './pos';
import type { Recent } from '../text/recent';

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
  /** Common given names (data/givenNames.json), lower case: a kind of word, read beside the train's first names. */
  givenNames: Set<string>;
}

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;

// ---------------------------------------------------------------------------------------------------------------
// Sentence and document facts the features read.

/** How a word is written, as bits: it starts with a capital, holds a lower-case letter, holds a letter. */
const STARTS_UPPER = 1;
const ANY_LOWER = 2;
const ANY_LETTER = 4;

export function wordCase(w: string): number {
  let bits = 0;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 65 && c <= 90) bits |= (k === 0 ? STARTS_UPPER : 0) | ANY_LETTER;
    else if (c >= 97 && c <= 122) bits |= ANY_LOWER | ANY_LETTER;
    else if (c >= 128) return slowWordCase(w);
  }
  return bits;
}

/** Whether a word starts with a capital: ASCII by its code, the rest by the Unicode test. */
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(w);
}

/** Whether a character (one UTF-16 unit, '' past a word's end) is a letter: ASCII by its code, the rest by the Unicode test. */
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : HAS_LETTER.test(ch);
}

function slowWordCase(w: string): number {
  return (UPPER_START.test(w) ? STARTS_UPPER : 0) | (HAS_LOWER.test(w) ? ANY_LOWER : 0) | (HAS_LETTER.test(w) ? ANY_LETTER : 0);
}

/** How a line is written: 0 plain, 1 all capitals, 2 a heading in title case or mixed. */
export function lineMode(s: NerSentence): number {
  let upper = 0;
  for (const w of s.words) {
    const c = wordCase(w);
    if (!(c & ANY_LETTER)) continue;
    if (c & ANY_LOWER) return s.heading ? 2 : 0;
    upper++;
  }
  return upper >= 2 ? 1 : s.heading ? 2 : 0;
}

/** Document flags of a lower-case word (bits, see DOC_FLAGS). */
export const DOC_FLAGS = { lower: 1, capitalised: 2, runEnd: 4, afterTitle: 8, beforeSpeech: 16, afterFirstName: 32, beforeAge: 64 } as const;

/** A first name: one CoNLL train gives people, or one of the common given names. */
function firstName(lower: string, res: NerResources): boolean {
  return res.gazetteer.firstNames.has(lower) || res.givenNames.has(lower);
}

/**
 * What the document says of each word outside all-caps lines and headings: written in lower case, capitalised
 * mid-sentence, ending a run of capitalised words, after a title, before a speech verb, after a first name ("Joseph
 * Comeaux"), before an age ("Comeaux , 49 ,").
 */
export function documentFlags(sentences: NerSentence[], res: NerResources): Map<string, number> {
  const lex = res.lex;
  const flags = new Map<string, number>();
  const mark = (w: string, bit: number) => flags.set(w, (flags.get(w) ?? 0) | bit);
  let cases = new Uint8Array(64);
  for (const s of sentences) {
    if (lineMode(s) !== 0) continue;
    const words = s.words;
    const n = words.length;
    if (cases.length < n + 1) cases = new Uint8Array(2 * n + 1);
    for (let i = 0; i < n; i++) cases[i] = wordCase(words[i]);
    cases[n] = 0;
    // A capitalised word: a capital first, then lower case ("Smith", not "NATO").
    const cap = (i: number) => (cases[i] & (STARTS_UPPER | ANY_LOWER)) === (STARTS_UPPER | ANY_LOWER);
    for (let i = 0; i < n; i++) {
      const w = words[i];
      if (!isLetter(w[0] ?? '')) continue;
      const l = w.toLowerCase();
      if (!(cases[i] & STARTS_UPPER)) mark(l, DOC_FLAGS.lower);
      else if (i > 0 && cases[i - 1] & ANY_LETTER && cap(i)) mark(l, DOC_FLAGS.capitalised);
      if (!cap(i)) continue;
      if (i > 0 && cap(i - 1) && !cap(i + 1)) mark(l, DOC_FLAGS.runEnd);
      if (i > 0 && titleWord(words[i - 1], lex)) mark(l, DOC_FLAGS.afterTitle);
      if (!cap(i + 1) && i + 1 < n && lex.speechVerbs.has(words[i + 1].toLowerCase())) mark(l, DOC_FLAGS.beforeSpeech);
      if (i > 0 && cap(i - 1) && firstName(words[i - 1].toLowerCase(), res)) mark(l, DOC_FLAGS.afterFirstName);
      if (i + 3 < n && words[i + 1] === ',' && AGE.test(words[i + 2]) && words[i + 3] === ',') mark(l, DOC_FLAGS.beforeAge);
    }
  }
  return flags;
}

const AGE = /^[1-9]\d?$/;

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
  const cap = words.map((w) => (wordCase(w) & STARTS_UPPER) !== 0);
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
  const prefixes = prefixesOf(gazetteer);
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    let bits = 0;
    if (startsUpper(words[i])) {
      // Extends the phrase word by word while some gazetteer phrase starts with it; the last full match is the longest.
      let phrase = '';
      for (let j = i; j < Math.min(words.length, i + gazetteer.longest); j++) {
        phrase = j === i ? words[j].toLowerCase() : `${phrase} ${words[j].toLowerCase()}`;
        if (!prefixes.has(phrase)) break;
        const b = gazetteer.phrases.get(phrase);
        if (b !== undefined) (matched = j - i + 1), (bits = b);
      }
      for (let k = 0; k < matched; k++) out[i + k] = 1 + bits * 4 + (matched === 1 ? 3 : k === 0 ? 0 : k === matched - 1 ? 2 : 1);
    }
    i += matched || 1;
  }
  return out;
}

const gazetteerPrefixes = new WeakMap<NerGazetteer, Set<string>>();

/** Every phrase of the gazetteer and each of its first words, first two words … */
function prefixesOf(gazetteer: NerGazetteer): Set<string> {
  let set = gazetteerPrefixes.get(gazetteer);
  if (set) return set;
  set = new Set();
  for (const phrase of gazetteer.phrases.keys()) {
    const parts = phrase.split(' ');
    for (let k = 1; k <= parts.length; k++) set.add(parts.slice(0, k).join(' '));
  }
  gazetteerPrefixes.set(gazetteer, set);
  return set;
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
    if (res.givenNames.has(l)) out.push('gn');
    if (res.lex.demonyms.has(l)) out.push('dem');
    return out;
  }
  const out = [`w${offset}=${w}`];
  if (offset === -1 || offset === 1) {
    out.push(`s${offset}=${shape}`);
    if (c) out.push(`c${offset}=${c[1]}`);
    if (res.gazetteer.firstNames.has(l)) out.push(`fn${offset}`);
    if (res.givenNames.has(l)) out.push(`gn${offset}`);
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
  if (flags & DOC_FLAGS.afterFirstName) out.push('dF');
  if (flags & DOC_FLAGS.beforeAge) out.push('dA');
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
      if (!startsUpper(w)) return;
      const tag = tags[k][i];
      const bit = tag === 'O' ? 16 : 1 << NER_TYPES.indexOf(tag.slice(2) as NerType);
      const l = w.toLowerCase();
      seen.set(l, (seen.get(l) ?? 0) | bit);
    }),
  );
  return sentences.map((s) => Uint8Array.from(s.words, (w) => (startsUpper(w) ? seen.get(w.toLowerCase()) ?? 0 : 0)));
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

/** Scratch arrays of the decoder, grown as needed and reused from sentence to sentence. */
let alphaScratch = new Float32Array(0);
let backScratch = new Int32Array(0);

/**
 * Viterbi over emission scores (n × T) and transitions ((T+1) × (T+1), T = the sentence's edge). `start` is the tag
 * before the first word and `end` the tag after the last: the edge (T) for a whole sentence, O (0) for a stretch
 * inside one. Returns the best tag per word.
 */
export function viterbi(emissions: Float32Array, n: number, transitions: Float32Array, start = NER_TAGS.length, end = NER_TAGS.length): Int32Array {
  const T = NER_TAGS.length;
  const E = T + 1;
  const NEG = -1e30;
  if (alphaScratch.length < n * T) (alphaScratch = new Float32Array(n * T * 2)), (backScratch = new Int32Array(n * T * 2));
  const alpha = alphaScratch;
  const back = backScratch;
  const ok = allowedTable();
  const { from, prevs } = allowedBefore();
  for (let t = 0; t < T; t++) alpha[t] = ok[start * E + t] ? emissions[t] + transitions[start * E + t] : NEG;
  for (let i = 1; i < n; i++) {
    const prevBase = (i - 1) * T;
    for (let t = 0; t < T; t++) {
      let best = NEG;
      let arg = 0;
      for (let k = from[t]; k < from[t + 1]; k++) {
        const p = prevs[k];
        const v = alpha[prevBase + p] + transitions[p * E + t];
        if (v > best) (best = v), (arg = p);
      }
      alpha[i * T + t] = best + emissions[i * T + t];
      back[i * T + t] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    if (!ok[t * E + end]) continue;
    const v = alpha[(n - 1) * T + t] + transitions[t * E + end];
    if (v > best) (best = v), (arg = t);
  }
  const path = new Int32Array(n);
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]];
  return path;
}

/** Per tag t, the tags that may precede it, in ascending order: prevs[from[t] … from[t + 1]). */
let before: { from: Int32Array; prevs: Int32Array } | undefined;
function allowedBefore(): { from: Int32Array; prevs: Int32Array } {
  if (before) return before;
  const T = NER_TAGS.length;
  const E = T + 1;
  const ok = allowedTable();
  const from = new Int32Array(T + 1);
  const prevs: number[] = [];
  for (let t = 0; t < T; t++) {
    from[t] = prevs.length;
    for (let p = 0; p < T; p++) if (ok[p * E + t]) prevs.push(p);
  }
  from[T] = prevs.length;
  before = { from, prevs: Int32Array.from(prevs) };
  return before;
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
  /** The rows its shape (in its line mode) gives: the same for every word of that shape. */
  shaped: ShapeRows;
  /** Rows of the model's w-1w= and ww+1= features of this word, by the neighbour's form. */
  pairsBefore?: Map<string, number>;
  pairsAfter?: Map<string, number>;
  form: string;
  lower: string;
}

/**
 * The first-word and document features name a word by its shape alone (`${MODE[mode]}${wordShape}`), so their rows
 * are summed once per shape and line mode, not once per word.
 */
interface ShapeRows {
  first?: Float32Array;
  /** Document feature scores per flags value, filled on demand. */
  doc: Array<Float32Array | undefined>;
}

interface PassCache {
  words: Map<string, WordEntry>[];
  /** By the shape with its mode's prefix. */
  shapes: Map<string, ShapeRows>;
  /** Where the words' rows of lexical scores are cut from. */
  slab: RowSlab<Float32Array>;
  lexical: LexicalTemplates;
  edges: Float32Array[][];
  /** The model's pair features by the word's form, then the neighbour's form. */
  pairsBefore: Map<string, Map<string, number>>;
  pairsAfter: Map<string, Map<string, number>>;
  /** Scores of the small groups by numeric code: part-of-speech triples, rules (mode × 256 + bits), gazetteer, predictions. */
  posSlot: Int32Array;
  posRows: Float32Array[];
  rules: Map<number, Float32Array>;
  gazetteer: Map<number, Float32Array>;
  predictions: Map<number, Float32Array>;
}

let caches = new WeakMap<LinearModel, PassCache>();

/** Forgets what the tagger computed per word (`forgetWordCaches`). */
export function forgetNerCaches(): void {
  caches = new WeakMap();
}
const CACHE_LIMIT = 100_000;

function rows(model: LinearModel, features: string[], into: Float32Array, at = 0): Float32Array {
  addRows(model, features, into, at);
  return into;
}

function passCache(model: LinearModel, res: NerResources): PassCache {
  let c = caches.get(model);
  if (c) return c;
  const T = model.tags.length;
  c = {
    words: [new Map(), new Map(), new Map()],
    shapes: new Map(),
    slab: new RowSlab((n) => new Float32Array(n)),
    lexical: lexicalTemplates(model),
    edges: [0, 1, 2].map((mode) => [-2, -1, 0, 1, 2].map((k) => (k === 0 ? new Float32Array(T) : rows(model, lexicalFeatures(undefined, k, mode, res), new Float32Array(T))))),
    ...pairIndex(model),
    posSlot: new Int32Array(POS_STRIDE ** 3).fill(-1),
    posRows: [],
    rules: new Map(),
    gazetteer: new Map(),
    predictions: new Map(),
  };
  caches.set(model, c);
  return c;
}

/**
 * The pair features the model has, by word: "w-1w=a|b" is b's row with a before it. A form holding "|" makes the
 * split ambiguous, so every split is indexed: a split only matches a pair whose feature name is that same string.
 */
function pairIndex(model: LinearModel): Pick<PassCache, 'pairsBefore' | 'pairsAfter'> {
  const pairsBefore = new Map<string, Map<string, number>>();
  const pairsAfter = new Map<string, Map<string, number>>();
  const add = (table: Map<string, Map<string, number>>, word: string, neighbour: string, row: number) => {
    let m = table.get(word);
    if (!m) table.set(word, (m = new Map()));
    m.set(neighbour, row);
  };
  // The names "w-1w=…" and "ww+1=…" are the values of templates "w-1w" and "ww+1" (a template ends at the first "=").
  const index = templateIndex(model);
  for (const before of [true, false]) {
    for (const [pair, row] of templateRows(index, before ? 'w-1w' : 'ww+1')) {
      for (let bar = pair.indexOf('|'); bar >= 0; bar = pair.indexOf('|', bar + 1)) {
        const [a, b] = [pair.slice(0, bar), pair.slice(bar + 1)];
        if (before) add(pairsBefore, b, a, row);
        else add(pairsAfter, a, b, row);
      }
    }
  }
  return { pairsBefore, pairsAfter };
}

function entry(model: LinearModel, cache: PassCache, word: string, mode: number, res: NerResources): WordEntry {
  const map = cache.words[mode];
  let e = map.get(word);
  if (e) return e;
  if (map.size >= CACHE_LIMIT) map.clear();
  const T = model.tags.length;
  const lexical = cache.slab.take(5 * T);
  const form = normalForm(word);
  const lower = word.toLowerCase();
  const shape = lexicalRows(model, cache.lexical, word, form, lower, mode, res, lexical);
  let shaped = cache.shapes.get(shape);
  if (!shaped) cache.shapes.set(shape, (shaped = { doc: [] }));
  e = { lexical, shaped, pairsBefore: cache.pairsBefore.get(form), pairsAfter: cache.pairsAfter.get(form), form, lower };
  map.set(word, e);
  return e;
}

/**
 * The rows of lexicalFeatures' templates, by value, so that a new word's rows are found without building its feature
 * names (`lexicalRows` sums them in the order lexicalFeatures lists them). Names that take no value are rows.
 */
interface LexicalTemplates {
  bias: number | undefined;
  /** w-2=, w-1=, w=, w1=, w2=: the word's normal form at each offset. */
  word: ReadonlyMap<string, number>[];
  shape: ReadonlyMap<string, number>;
  shapeBefore: ReadonlyMap<string, number>;
  shapeAfter: ReadonlyMap<string, number>;
  prefix2: ReadonlyMap<string, number>;
  prefix3: ReadonlyMap<string, number>;
  prefix4: ReadonlyMap<string, number>;
  suffix2: ReadonlyMap<string, number>;
  suffix3: ReadonlyMap<string, number>;
  suffix4: ReadonlyMap<string, number>;
  /** c1=, c2=, c3=: the word's clusters; c1= and c2= are also the next word's and the one after's ("c${offset}="). By cluster number. */
  cluster1: Int32Array;
  cluster2: Int32Array;
  cluster3: Int32Array;
  clusterBefore: Int32Array;
  clusterTwoBefore: Int32Array;
  clusterShape: ReadonlyMap<string, number>;
  /** c=none|<shape>. */
  noCluster: ReadonlyMap<string, number>;
  length: ReadonlyMap<string, number>;
  firstName: number | undefined;
  givenName: number | undefined;
  demonym: number | undefined;
  firstNameBefore: number | undefined;
  firstNameAfter: number | undefined;
  givenNameBefore: number | undefined;
  givenNameAfter: number | undefined;
  titleBefore: number | undefined;
  titleAfter: number | undefined;
}

function lexicalTemplates(model: LinearModel): LexicalTemplates {
  const index = templateIndex(model);
  const rows = (template: string) => templateRows(index, template);
  const row = (name: string) => rowOf(model, name);
  return {
    bias: row('b'),
    word: [-2, -1, 0, 1, 2].map((k) => rows(k === 0 ? 'w' : `w${k}`)),
    shape: rows('s'),
    shapeBefore: rows('s-1'),
    shapeAfter: rows('s1'),
    prefix2: rows('p2'),
    prefix3: rows('p3'),
    prefix4: rows('p4'),
    suffix2: rows('x2'),
    suffix3: rows('x3'),
    suffix4: rows('x4'),
    cluster1: numberedRows(rows('c1')),
    cluster2: numberedRows(rows('c2')),
    cluster3: numberedRows(rows('c3')),
    clusterBefore: numberedRows(rows('c-1')),
    clusterTwoBefore: numberedRows(rows('c-2')),
    clusterShape: rows('c1s'),
    noCluster: rows('c'),
    length: rows('len'),
    firstName: row('fn'),
    givenName: row('gn'),
    demonym: row('dem'),
    firstNameBefore: row('fn-1'),
    firstNameAfter: row('fn1'),
    givenNameBefore: row('gn-1'),
    givenNameAfter: row('gn1'),
    titleBefore: row('t-1'),
    titleAfter: row('t1'),
  };
}

/**
 * Sums the rows of lexicalFeatures(word, k, mode) for each offset k into `into` (offset k at (k + 2) × tags), in
 * the order that function lists them, found through the templates: the same sums without building a name. Returns
 * the word's shape with its mode's prefix, as the features name it.
 */
function lexicalRows(model: LinearModel, t: LexicalTemplates, word: string, form: string, lower: string, mode: number, res: NerResources, into: Float32Array): string {
  const T = model.tags.length;
  const wordShapeOf = wordShape(word);
  const shape = `${mode === 1 ? 'U' : MODE[mode]}${wordShapeOf}`;
  const shapeAround = mode === 1 ? 'U' : shape;
  const c = res.clusters.get(lower);
  const firstName = res.gazetteer.firstNames.has(lower);
  const givenName = res.givenNames.has(lower);
  const title = res.lex.titles.has(lower);
  // Offset -2.
  addRow(model, t.word[0].get(form), into, 0);
  if (c) addRow(model, rowOfNumber(t.clusterTwoBefore, c[2]), into, 0);
  // Offset -1.
  addRow(model, t.word[1].get(form), into, T);
  addRow(model, t.shapeBefore.get(shapeAround), into, T);
  if (c) addRow(model, rowOfNumber(t.clusterBefore, c[1]), into, T);
  if (firstName) addRow(model, t.firstNameBefore, into, T);
  if (givenName) addRow(model, t.givenNameBefore, into, T);
  if (title) addRow(model, t.titleBefore, into, T);
  // The word itself.
  const at = 2 * T;
  addRow(model, t.bias, into, at);
  addRow(model, t.word[2].get(form), into, at);
  addRow(model, t.shape.get(shape), into, at);
  addRow(model, t.prefix2.get(lower.slice(0, 2)), into, at);
  addRow(model, t.prefix3.get(lower.slice(0, 3)), into, at);
  addRow(model, t.prefix4.get(lower.slice(0, 4)), into, at);
  addRow(model, t.suffix2.get(lower.slice(-2)), into, at);
  addRow(model, t.suffix3.get(lower.slice(-3)), into, at);
  addRow(model, t.suffix4.get(lower.slice(-4)), into, at);
  if (c) {
    addRow(model, rowOfNumber(t.cluster1, c[0]), into, at);
    addRow(model, rowOfNumber(t.cluster2, c[1]), into, at);
    addRow(model, rowOfNumber(t.cluster3, c[2]), into, at);
    addRow(model, t.clusterShape.get(`${c[0]}|${shape}`), into, at);
  } else addRow(model, t.noCluster.get(`none|${shape}`), into, at);
  if (word.length > 1 && !HAS_LOWER.test(word) && HAS_LETTER.test(word)) addRow(model, t.length.get(String(Math.min(word.replace(/\./g, '').length, 6))), into, at);
  if (firstName) addRow(model, t.firstName, into, at);
  if (givenName) addRow(model, t.givenName, into, at);
  if (res.lex.demonyms.has(lower)) addRow(model, t.demonym, into, at);
  // Offset 1.
  addRow(model, t.word[3].get(form), into, 3 * T);
  addRow(model, t.shapeAfter.get(shapeAround), into, 3 * T);
  if (c) addRow(model, rowOfNumber(t.cluster1, c[1]), into, 3 * T);
  if (firstName) addRow(model, t.firstNameAfter, into, 3 * T);
  if (givenName) addRow(model, t.givenNameAfter, into, 3 * T);
  if (title) addRow(model, t.titleAfter, into, 3 * T);
  // Offset 2.
  addRow(model, t.word[4].get(form), into, 4 * T);
  if (c) addRow(model, rowOfNumber(t.cluster2, c[2]), into, 4 * T);
  return shape;
}

/** What a word's lexical features at every offset add up to (5 × tags, offsets -2 … 2), as the decoder sums them for a new word. */
export function lexicalScores(model: LinearModel, word: string, mode: number, res: NerResources): Float32Array {
  const into = new Float32Array(5 * model.tags.length);
  lexicalRows(model, passCache(model, res).lexical, word, normalForm(word), word.toLowerCase(), mode, res, into);
  return into;
}

/** Scores of a small feature group keyed by a number. */
function coded(model: LinearModel, table: Map<number, Float32Array>, key: number, make: () => string[]): Float32Array {
  let v = table.get(key);
  if (!v) table.set(key, (v = rows(model, make(), new Float32Array(model.tags.length))));
  return v;
}

/** Part-of-speech tags as small numbers, so that a triple of them indexes an array (0: not tagged). */
const POS_IDS = new Map<string, number>();
const POS_STRIDE = 64;
function posId(tag: string | undefined): number {
  if (tag === undefined) return 0;
  let id = POS_IDS.get(tag);
  if (id === undefined) {
    // The Penn tags and the two edges take 47 ids; a tag set past the stride would alias triples.
    if (POS_IDS.size + 1 >= POS_STRIDE) throw new Error(`ner: more than ${POS_STRIDE - 1} part-of-speech tags`);
    POS_IDS.set(tag, (id = POS_IDS.size + 1));
  }
  return id;
}

/** The sentence's facts every emission reads, computed once per sentence. */
interface SentenceFacts {
  s: NerSentence;
  mode: number;
  rules: Uint8Array;
  gaz: Uint16Array;
  docFlags: Map<string, number>;
  predictions?: Uint8Array;
}

function sentenceFacts(s: NerSentence, docFlags: Map<string, number>, res: NerResources, predictions?: Uint8Array): SentenceFacts {
  return { s, mode: lineMode(s), rules: ruleFlags(s, res), gaz: gazetteerCodes(s, res.gazetteer), docFlags, predictions };
}

let entryScratch: WordEntry[] = [];
let posScratch = new Int32Array(0);

/**
 * Adds to `out` (row 0 = word `from`) the emission scores of words from … to-1 of a sentence: the same sums as the
 * training path's features, read from the per-word and per-code caches. Each tag's score is summed in one pass, in
 * the order of the feature groups, every sum rounded to 32 bits as a Float32Array stores it; a group that does not
 * fire adds nothing.
 */
function emitRange(model: LinearModel, res: NerResources, f: SentenceFacts, from: number, to: number, out: Float32Array): void {
  const T = model.tags.length;
  const { s, mode, rules, gaz } = f;
  const words = s.words;
  const n = words.length;
  const cache = passCache(model, res);
  const lo = Math.max(0, from - 2);
  const hi = Math.min(n, to + 2);
  if (entryScratch.length < n) entryScratch = new Array<WordEntry>(n * 2);
  if (posScratch.length < n + 2) posScratch = new Int32Array(n * 2 + 2);
  const entries = entryScratch;
  const posIds = posScratch; // posIds[i + 1] is word i's; 0 past either edge
  for (let j = lo; j < hi; j++) entries[j] = entry(model, cache, words[j], mode, res);
  posIds[lo] = lo > 0 ? posId(s.pos[lo - 1]) : posId(EDGE_BEFORE);
  for (let j = lo; j < hi; j++) posIds[j + 1] = posId(s.pos[j]);
  posIds[hi + 1] = hi < n ? posId(s.pos[hi]) : posId(EDGE_AFTER);
  const W = model.weights;
  const edges = cache.edges[mode];
  for (let i = from; i < to; i++) {
    const base = (i - from) * T;
    const l0 = i - 2 < 0 ? edges[0] : entries[i - 2].lexical;
    const l0At = 0;
    const l1 = i - 1 < 0 ? edges[1] : entries[i - 1].lexical;
    const l1At = i - 1 < 0 ? 0 : T;
    const l2 = entries[i].lexical;
    const l2At = 2 * T;
    const l3 = i + 1 >= n ? edges[3] : entries[i + 1].lexical;
    const l3At = i + 1 >= n ? 0 : 3 * T;
    const l4 = i + 2 >= n ? edges[4] : entries[i + 2].lexical;
    const l4At = i + 2 >= n ? 0 : 4 * T;
    const e = entries[i];
    const first = i === 0 ? (e.shaped.first ??= rows(model, firstWordFeatures(words[0], mode), new Float32Array(T))) : null;
    const flags = f.docFlags.get(e.lower) ?? 0;
    const doc = (e.shaped.doc[flags] ??= rows(model, documentFeatures(words[i], flags, mode), new Float32Array(T)));
    const posKey = (posIds[i] * POS_STRIDE + posIds[i + 1]) * POS_STRIDE + posIds[i + 2];
    let slot = cache.posSlot[posKey];
    if (slot < 0) {
      cache.posSlot[posKey] = slot = cache.posRows.length;
      cache.posRows.push(rows(model, posFeatures(s.pos[i - 1] ?? EDGE_BEFORE, s.pos[i], s.pos[i + 1] ?? EDGE_AFTER), new Float32Array(T)));
    }
    const pos = cache.posRows[slot];
    const rb = e.pairsBefore?.get(i > 0 ? entries[i - 1].form : EDGE_BEFORE) ?? -1;
    const ra = e.pairsAfter?.get(i + 1 < n ? entries[i + 1].form : EDGE_AFTER) ?? -1;
    const r = rules[i];
    let rv: Float32Array | null = null;
    if (r) {
      rv = cache.rules.get(mode * 256 + r) ?? null;
      if (!rv) cache.rules.set(mode * 256 + r, (rv = rows(model, ruleFeatures(r, mode), new Float32Array(T))));
    }
    const g = gaz[i];
    let gv: Float32Array | null = null;
    if (g) {
      gv = cache.gazetteer.get(g) ?? null;
      if (!gv) cache.gazetteer.set(g, (gv = rows(model, gazetteerFeatures(g), new Float32Array(T))));
    }
    const p = f.predictions ? f.predictions[i] : 0;
    let qv: Float32Array | null = null;
    if (p) {
      qv = cache.predictions.get(p) ?? null;
      if (!qv) cache.predictions.set(p, (qv = rows(model, predictionFeatures(p), new Float32Array(T))));
    }
    // A group that does not fire is skipped rather than added as a row of zeros: x + 0 is x (only a -0 would become
    // +0, which no comparison tells apart), so the decisions are the same.
    for (let t = 0; t < T; t++) {
      let x = out[base + t];
      x = Math.fround(x + l0[l0At + t]);
      x = Math.fround(x + l1[l1At + t]);
      x = Math.fround(x + l2[l2At + t]);
      x = Math.fround(x + l3[l3At + t]);
      x = Math.fround(x + l4[l4At + t]);
      if (first !== null) x = Math.fround(x + first[t]);
      x = Math.fround(x + doc[t]);
      x = Math.fround(x + pos[t]);
      if (rb >= 0) x = Math.fround(x + W[rb + t]);
      if (ra >= 0) x = Math.fround(x + W[ra + t]);
      if (rv !== null) x = Math.fround(x + rv[t]);
      if (gv !== null) x = Math.fround(x + gv[t]);
      if (qv !== null) x = Math.fround(x + qv[t]);
      out[base + t] = x;
    }
  }
}

/** Emission scores (n × T) of one sentence, the same sums as the training path's features. */
export function emissions(model: LinearModel, s: NerSentence, docFlags: Map<string, number>, res: NerResources, predictions?: Uint8Array): Float32Array {
  const out = new Float32Array(s.words.length * model.tags.length);
  emitRange(model, res, sentenceFacts(s, docFlags, res, predictions), 0, s.words.length, out);
  return out;
}

export interface NerResult {
  tags: string[][];
}

/**
 * The stretches of a sentence to decode, as [start, end) word pairs in order; the words outside them are tagged O.
 * Decoding a stretch with O on either side is exact when those words are O.
 */
export type Stretches = Int32Array;

let emissionScratch = new Float32Array(0);

/** Tags one sentence's stretches (the whole sentence when `stretches` is undefined). */
function tagSentence(pass: LinearModel, transitions: Float32Array, res: NerResources, f: SentenceFacts, stretches: Stretches | undefined): string[] {
  const n = f.s.words.length;
  const T = pass.tags.length;
  const tags: string[] = new Array<string>(n).fill('O');
  const spans = stretches ?? Int32Array.of(0, n);
  for (let k = 0; k + 1 < spans.length; k += 2) {
    const from = spans[k];
    const to = spans[k + 1];
    if (to <= from) continue;
    if (emissionScratch.length < (to - from) * T) emissionScratch = new Float32Array((to - from) * T * 2);
    emissionScratch.fill(0, 0, (to - from) * T);
    emitRange(pass, res, f, from, to, emissionScratch);
    const path = viterbi(emissionScratch, to - from, transitions, from === 0 ? T : 0, to === n ? T : 0);
    for (let i = from; i < to; i++) tags[i] = NER_TAGS[path[i - from]];
  }
  return tags;
}

/**
 * How a document's reading keeps its sentences' tags for the next reading of the same document (a keystroke reads its
 * article again, and every sentence but the edited one is tagged as before). A sentence's tags in a pass depend on its
 * words, whether it is a heading, the stretches decoded and their parts of speech (`sentenceKeys[k]`, the caller's, who
 * finds them), the document flags of its words and, in the second pass, the first pass's verdicts on its words: the
 * key holds all of them. `prepare(k)` is called before sentence k is decoded (its parts of speech are found then).
 */
export interface KeptTagging {
  tags: Recent<string, string[]>;
  sentenceKeys: string[];
  prepare: (k: number) => void;
}

/**
 * Tags every sentence of a document: the first pass, then (in a two-pass model) the second, reading the first's tags
 * of the same words. With `stretches`, only those parts of each sentence are decoded (the rest is O), while every
 * sentence informs the document features.
 */
export function tagDocument(model: NerModel, sentences: NerSentence[], res: NerResources = nerResources(), stretches?: (k: number) => Stretches | undefined, kept?: KeptTagging): NerResult {
  const flags = documentFlags(sentences, res);
  // A sentence's line mode, rules and gazetteer codes are the same in both passes: computed once.
  const facts: Array<SentenceFacts | undefined> = [];
  const flagKeys: Array<string | undefined> = [];
  const decode = (pass: LinearModel, transitions: Float32Array, k: number, predictions: Uint8Array | undefined): string[] => {
    kept?.prepare(k);
    const f = (facts[k] ??= sentenceFacts(sentences[k], flags, res));
    return tagSentence(pass, transitions, res, { ...f, predictions }, stretches?.(k));
  };
  const run = (passNo: number, pass: LinearModel, transitions: Float32Array, predictions?: Uint8Array[]): NerResult => ({
    tags: sentences.map((s, k) => {
      const only = stretches?.(k);
      if (s.words.length === 0 || (only && only.length === 0)) return s.words.map(() => 'O');
      if (!kept) return decode(pass, transitions, k, predictions?.[k]);
      const flagKey = (flagKeys[k] ??= s.words.map((w) => flags.get(w.toLowerCase()) ?? 0).join(','));
      const key = `${passNo}\u0001${kept.sentenceKeys[k]}\u0001${flagKey}\u0001${predictions?.[k].join(',') ?? ''}`;
      let tags = kept.tags.get(key);
      if (!tags) kept.tags.set(key, (tags = decode(pass, transitions, k, predictions?.[k])));
      return tags.slice();
    }),
  });
  const first = run(1, model.pass1, model.transitions[0]);
  if (!model.pass2) return first;
  return run(2, model.pass2, model.transitions[1], predictionBits(sentences, first.tags));
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

export interface GivenNamesFile {
  comment: string;
  /** Lower-case names, separated by spaces. */
  names: string;
}

export function givenNamesFromFile(file: GivenNamesFile): Set<string> {
  return new Set(file.names.split(' ').filter(Boolean));
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
  resources = { lex: lexicon(), gazetteer: buildGazetteer(gazetteer, raw), clusters, givenNames: givenNamesFromFile(require('../data/givenNames.json') as GivenNamesFile) };
  return resources;
}

/** A frequent word of the unlabelled text the clusters were learned from that the gazetteer does not hold as a name. */
export function isCommonWord(lower: string, res: NerResources = nerResources()): boolean {
  return res.clusters.has(lower) && !res.gazetteer.phrases.has(lower);
}

/** A first name: one CoNLL train gives people, or one of the common given names. */
export function isFirstName(lower: string, res: NerResources = nerResources()): boolean {
  return firstName(lower, res);
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
