// Whether two articles report the same event: a small logistic model over what their signatures share. The
// features are patterns of news (shared rare names, shared figures, headline words, publication dates, years,
// kinds of incident, the weekday the leads give their main event); the weights are learned by `npm run train -- stories` and kept in data/storyModel.json.
import modelFile from '../data/storyModel.json';
import type { StorySignature } from './storySignature';

export interface StoryModel {
  /** Feature name → weight (names as in PAIR_FEATURES); `bias` is the intercept. */
  weights: Record<string, number>;
  /** Average pair probability at which two groups of articles are one story. */
  threshold: number;
}

export const defaultStoryModel: StoryModel = { weights: modelFile.weights, threshold: modelFile.threshold };

/** The folder statistics a term's weight needs; terms are numbered by the folder. */
export interface TermStats {
  /** How rare the term is in the folder (inverse document frequency, smoothed by general news). */
  idf(id: number): number;
  /** `n` name, `w` word, `d` figure. */
  kind(id: number): string;
  /** Whether so few articles use the term that sharing it says something about the event. */
  isRare(id: number): boolean;
}

/** An article's terms as ids (increasing) and how often it uses each. */
export interface TermCounts {
  ids: Int32Array;
  counts: Uint16Array;
}

const KIND_INDEX: Record<string, number> = { n: 0, w: 1, d: 2 };

/**
 * An article as one weighted term vector (ids increasing, tf-idf weights, the kind of each term: 0 name, 1 word,
 * 2 figure) with the length of the whole and of each kind's part, so that one pass over two vectors gives the cosine
 * of the whole and of each part.
 */
export interface StoryVectors {
  ids: Int32Array;
  weights: Float64Array;
  kinds: Uint8Array;
  /** Length of the whole vector, then of its names, words and figures. */
  norms: [number, number, number, number];
  /** Ids of the article's most weighty names, heaviest first. */
  topNames: number[];
}

const TOP_NAMES = 5;
/** How many terms an article's vector keeps. */
const VECTOR_TERMS = 150;

export function storyVectors(terms: TermCounts, stats: TermStats): StoryVectors {
  // The terms of positive weight, in parallel arrays (ids increasing): one typed array each, not an array per term.
  const count = terms.ids.length;
  const ids = new Int32Array(count);
  const weights = new Float64Array(count);
  const kinds = new Uint8Array(count);
  let m = 0;
  for (let k = 0; k < count; k++) {
    const id = terms.ids[k];
    const weight = (1 + Math.log(terms.counts[k])) * stats.idf(id);
    if (weight > 0) {
      ids[m] = id;
      weights[m] = weight;
      kinds[m] = KIND_INDEX[stats.kind(id)];
      m++;
    }
  }
  // The lengths count every term; the vector keeps the weightiest, which carry nearly all of any cosine.
  const squares = [0, 0, 0];
  for (let k = 0; k < m; k++) squares[kinds[k]] += weights[k] * weights[k];
  const heavier = (x: number, y: number) => weights[y] - weights[x] || ids[x] - ids[y];
  let kept: Int32Array | undefined;
  if (m > VECTOR_TERMS) {
    const order = Array.from({ length: m }, (_, k) => k).sort(heavier);
    kept = Int32Array.from(order.slice(0, VECTOR_TERMS)).sort();
  }
  const names: number[] = [];
  for (let k = 0; k < m; k++) if (kinds[k] === 0) names.push(k);
  const topNames = names
    .sort(heavier)
    .slice(0, TOP_NAMES)
    .map((k) => ids[k]);
  return {
    ids: kept ? Int32Array.from(kept, (k) => ids[k]) : ids.slice(0, m),
    weights: kept ? Float64Array.from(kept, (k) => weights[k]) : weights.slice(0, m),
    kinds: kept ? Uint8Array.from(kept, (k) => kinds[k]) : kinds.slice(0, m),
    norms: [Math.sqrt(squares[0] + squares[1] + squares[2]), Math.sqrt(squares[0]), Math.sqrt(squares[1]), Math.sqrt(squares[2])],
    topNames,
  };
}

/** Whether a sorted array of ids holds `id` (binary search). */
export function includesId(ids: Int32Array, id: number): boolean {
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (ids[mid] === id) return true;
    if (ids[mid] < id) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

/** What the pair model reads of an article: its signature but the terms, which the vectors hold. */
export type StoryFacts = Omit<StorySignature, 'terms'>;

export interface StoryArticle {
  facts: StoryFacts;
  vectors: StoryVectors;
}

/** Reports of one event are published within days of each other; a later report of it is a follow-up. */
const NEAR_DAYS = 3;
const FAR_DAYS = 30;

/** The pair model's features, in the order `pairFeatureValues` gives them (named in data/storyModel.json). */
export const PAIR_FEATURES: readonly string[] = modelFile.features;

/** The features of a pair of articles, by name; symmetric in the two articles. */
export function pairFeatures(a: StoryArticle, b: StoryArticle, stats: TermStats): Record<string, number> {
  const values = pairFeatureValues(a, b, stats);
  return Object.fromEntries(PAIR_FEATURES.map((name, i) => [name, values[i]]));
}

/** The features of a pair in the order of PAIR_FEATURES: one pass over the two vectors, no allocation but the result. */
export function pairFeatureValues(a: StoryArticle, b: StoryArticle, stats: TermStats): Float64Array {
  const va = a.vectors;
  const vb = b.vectors;
  // The dot products of the names', the words' and the figures' parts, in locals: this loop runs for every pair the
  // grouping weighs (about fifty per article in a folder of 10,000).
  let dotNames = 0;
  let dotWords = 0;
  let dotFigures = 0;
  let sharedRareNames = 0;
  let sharedRareFigures = 0;
  const idsA = va.ids;
  const idsB = vb.ids;
  const lengthA = idsA.length;
  const lengthB = idsB.length;
  for (let i = 0, j = 0; i < lengthA && j < lengthB; ) {
    const x = idsA[i];
    const y = idsB[j];
    if (x === y) {
      const kind = va.kinds[i];
      const product = va.weights[i] * vb.weights[j];
      if (kind === 1) dotWords += product;
      else if (kind === 0) {
        dotNames += product;
        if (stats.isRare(x)) sharedRareNames++;
      } else {
        dotFigures += product;
        if (stats.isRare(x)) sharedRareFigures++;
      }
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const na = va.norms;
  const nb = vb.norms;
  const cosNames = na[1] > 0 && nb[1] > 0 ? dotNames / (na[1] * nb[1]) : 0;
  const cosWords = na[2] > 0 && nb[2] > 0 ? dotWords / (na[2] * nb[2]) : 0;
  const cosFigures = na[3] > 0 && nb[3] > 0 ? dotFigures / (na[3] * nb[3]) : 0;
  const cosAll = na[0] > 0 && nb[0] > 0 ? (dotNames + dotWords + dotFigures) / (na[0] * nb[0]) : 0;
  const sa = a.facts;
  const sb = b.facts;
  let titleShared = 0;
  for (const word of sa.titleWords) if (sb.titleWords.has(word)) titleShared++;
  const titleSize = Math.sqrt(Math.max(1, sa.titleWords.size) * Math.max(1, sb.titleWords.size));
  const gap = sa.day !== undefined && sb.day !== undefined ? Math.abs(sa.day - sb.day) : undefined;
  const incidents = sa.incidents.size > 0 && sb.incidents.size > 0;
  let sharedIncident = false;
  if (incidents) for (const kind of sa.incidents) if (sb.incidents.has(kind)) sharedIncident = true;
  const days = sa.leadDay !== undefined && sb.leadDay !== undefined;
  return Float64Array.of(
    cosAll,
    cosNames,
    cosWords,
    Math.min(cosNames, cosWords),
    cosFigures,
    titleShared / titleSize,
    Math.log1p(sharedRareNames),
    Math.log1p(sharedRareFigures),
    Math.min(topShare(va, vb), topShare(vb, va)),
    gap !== undefined && gap <= NEAR_DAYS ? 1 : 0,
    gap !== undefined && gap > FAR_DAYS ? 1 : 0,
    mentionsLaterYear(sa, sb) || mentionsLaterYear(sb, sa) ? 1 : 0,
    sharedIncident ? 1 : 0,
    incidents && !sharedIncident ? 1 : 0,
    Math.log1p(Math.min(sa.size, sb.size)) / 8,
    days && sa.leadDay === sb.leadDay ? 1 : 0,
    days && sa.leadDay !== sb.leadDay ? 1 : 0,
  );
}

/** The share of one article's weightiest names the other article's vector holds. */
function topShare(x: StoryVectors, y: StoryVectors): number {
  if (x.topNames.length === 0) return 0;
  let shared = 0;
  for (const id of x.topNames) if (includesId(y.ids, id)) shared++;
  return shared / x.topNames.length;
}

/** An article published in one year cannot report an event the other article dates to a later year. */
function mentionsLaterYear(dated: StoryFacts, other: StoryFacts): boolean {
  if (!dated.date) return false;
  const year = +dated.date.slice(0, 4);
  const latest = other.date ? +other.date.slice(0, 4) : other.years[other.years.length - 1];
  return latest !== undefined && latest > year;
}

const weightRows = new WeakMap<StoryModel, Float64Array>();

/** The probability that two articles report one event, from their features (PAIR_FEATURES order). */
export function sameStoryProbability(features: Float64Array, model: StoryModel = defaultStoryModel): number {
  let row = weightRows.get(model);
  if (!row) weightRows.set(model, (row = Float64Array.from(PAIR_FEATURES, (name) => model.weights[name] ?? 0)));
  let z = model.weights.bias ?? 0;
  for (let i = 0; i < row.length; i++) z += row[i] * features[i];
  return 1 / (1 + Math.exp(-z));
}
