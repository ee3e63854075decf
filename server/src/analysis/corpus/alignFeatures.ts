// What the pair scorer sees of two statements from two sources: features that say whether they state the same thing
// of the same subject, never what their values are (the values decide agreement afterwards, so a scorer that saw
// them would learn that statements agree). Shared by the corpus (corpus/align.ts) and the training script
// (scripts/train/align.mjs), so that training and use cannot drift apart.
import { lexicon } from '../data/lexicon';
import { stem } from '../read/statements';
import { cosine, similarity } from './wordVectors';
import type { ClaimRef } from '../types';

/** A statement placed in the corpus, with what alignment needs resolved to entities. */
export interface Placed extends ClaimRef {
  /** Entity id of the subject entity. */
  entity?: string;
  /** Entity ids of the participants (people of an event, places of a time). */
  participantIds: string[];
  /** Entity ids of every mention in the statement's sentence. */
  sentenceEntities: string[];
  /** Entity id of who the statement is attributed to. */
  attributedTo?: string;
  /** The titles quoted in the statement's sentence, as stems of their words: ["today"] for NBC's “Today” show. */
  titles?: string[][];
  /** The sentence's position in its document, 0 (first) to 1 (last). */
  position: number;
  /** The publication date of the statement's article (YYYY-MM-DD), when known. */
  published?: string;
  /** The content words nearest the value (six each side at most). */
  near: string[];
  /** The two words just before and just after the value, as stems (hedges left out). */
  left: string[];
  right: string[];
  /** Which value of its sentence it is (0 = the first). */
  slot: number;
  /** Which value of its kind in its sentence it is (0 = the first weekday of a lede). */
  kindSlot?: number;
  /** The mean word vector of the content words nearest the value. */
  contextVector?: Float32Array;
}

/** How rare a word is in the story: 1 / (documents that use it). */
export type Rarity = (word: string) => number;

export const FEATURES = [
  'bias',
  'entitySame',
  'entityDiffer',
  'subjectSame',
  'subjectDiffer',
  'predicateSame',
  'predicateDiffer',
  'opposed',
  'modifiersDiffer',
  'modifiersShared',
  'contextOverlap',
  'nearShared',
  'rareShared',
  'entitiesOverlap',
  'participantsOverlap',
  'participantsDiffer',
  'attributionSame',
  'attributionDiffer',
  'scopeDiffer',
  'incidentSame',
  'incidentDiffer',
  'bothMain',
  'positionGap',
  'measureDiffer',
  'neighbours',
  'slotDiffer',
  'subjectSimilar',
  'predicateSimilar',
  'contextSimilar',
  'mutualBest',
  'bestMargin',
  ...(['duration', 'length', 'count', 'money', 'percent', 'magnitude', 'rank', 'age', 'date', 'day', 'time', 'direction', 'category', 'residence', 'ago'] as const).map((d) => `dim:${d}` as const),
] as const;
export type Feature = (typeof FEATURES)[number];

/** Each feature's place in the vector: a pair sets some thirty features, and a large story scores many pairs. */
const AT = new Map<string, number>(FEATURES.map((f, i) => [f, i]));
const at = (f: Feature) => AT.get(f)!;

/**
 * How alike two statements look at a glance, by a fixed sum of a few features: what ranks a statement's candidates in
 * another source, for `withRanks`.
 */
export function resemblance(x: readonly number[]): number {
  const v = (f: Feature) => x[at(f)];
  return 2 * v('entitySame') + 2 * v('subjectSame') + v('predicateSame') + v('nearShared') + v('neighbours') + 2 * v('contextOverlap') + v('participantsOverlap') - 2 * v('modifiersDiffer') - 2 * v('opposed') - 2 * v('scopeDiffer');
}

/**
 * Features of each candidate pair, with the two that need all of them: whether the two statements are each other's
 * closest candidate in the other's source (a statement is told once per source), and by how much.
 */
export function withRanks(pairs: Array<{ a: Placed; b: Placed; x: number[] }>): void {
  const ranking = ranks();
  const scores = pairs.map(({ a, b, x }) => ranking.note(a, b, x));
  pairs.forEach(({ a, b, x }, i) => ranking.rank(a, b, scores[i], x));
}

/**
 * The ranks of candidates among each statement's candidates in each other source, in two passes: every pair `note`d
 * (its resemblance returned), then each pair's `rank` set in its vector. The pairs need not be held between the two
 * (a large story's alignment keeps their features packed, corpus/pairTables.ts).
 */
export function ranks(): { note(a: Placed, b: Placed, x: readonly number[]): number; rank(a: Placed, b: Placed, score: number, x: number[]): void } {
  // The two best scores of each statement's candidates in each other source, by statement then source.
  const best = new Map<Placed, Map<string, [number, number]>>();
  const bestOf = (ref: Placed, other: string) => {
    let bySource = best.get(ref);
    if (!bySource) best.set(ref, (bySource = new Map()));
    let two = bySource.get(other);
    if (!two) bySource.set(other, (two = [-Infinity, -Infinity]));
    return two;
  };
  const note = (ref: Placed, other: string, score: number) => {
    const two = bestOf(ref, other);
    if (score > two[0]) [two[0], two[1]] = [score, two[0]];
    else two[1] = Math.max(two[1], score);
  };
  const [mutualBest, bestMargin] = [at('mutualBest'), at('bestMargin')];
  return {
    note(a, b, x) {
      const score = resemblance(x);
      note(a, b.uri, score);
      note(b, a.uri, score);
      return score;
    },
    rank(a, b, score, x) {
      const [ba, sa] = bestOf(a, b.uri);
      const [bb, sb] = bestOf(b, a.uri);
      if (score >= ba && score >= bb) {
        x[mutualBest] = 1;
        const margin = Math.min(score - (Number.isFinite(sa) ? sa : score - 4), score - (Number.isFinite(sb) ? sb : score - 4));
        x[bestMargin] = Math.min(4, margin) / 4;
      }
    },
  };
}

export function pairFeatures(a: Placed, b: Placed, rarity: Rarity): number[] {
  const x = new Array<number>(FEATURES.length).fill(0);
  const set = (f: Feature, v: number) => (x[at(f)] = v);
  set('bias', 1);
  if (a.entity && b.entity) set(a.entity === b.entity ? 'entitySame' : 'entityDiffer', 1);
  // The people of an event are its subject: the same pair of people is the same subject, as one person is.
  else if (!a.entity && !b.entity && a.participantIds.length >= 2 && b.participantIds.length >= 2) {
    const same = a.participantIds.length === b.participantIds.length && a.participantIds.every((p) => b.participantIds.includes(p));
    if (same) set('entitySame', 1);
  }
  const sa = a.claim.subject;
  const sb = b.claim.subject;
  if (sa && sb) set(sa === sb ? 'subjectSame' : 'subjectDiffer', 1);
  const pa = a.claim.predicate;
  const pb = b.claim.predicate;
  if (pa && pb) set(pa === pb ? 'predicateSame' : 'predicateDiffer', 1);
  if (opposed([sa, pa, ...a.claim.modifiers], [sb, pb, ...b.claim.modifiers])) set('opposed', 1);
  if (modifiersClash(a.claim.modifiers, b.claim.modifiers)) set('modifiersDiffer', 1);
  // A span shared says the tallies are alike, not that they are one statement: the scorer was trained without it.
  set('modifiersShared', shared(a.claim.modifiers.filter((m) => !isPeriod(m)), b.claim.modifiers.filter((m) => !isPeriod(m))) > 0 ? 1 : 0);
  set('contextOverlap', weightedJaccard(a.claim.context, b.claim.context, rarity));
  set('nearShared', Math.min(4, shared(a.near, b.near)) / 4);
  const rare = a.claim.context.filter((w) => rarity(w) >= 0.5 && b.claim.context.includes(w)).length;
  set('rareShared', Math.min(3, rare) / 3);
  set('entitiesOverlap', jaccard(a.sentenceEntities, b.sentenceEntities));
  if (a.participantIds.length > 0 && b.participantIds.length > 0) {
    set('participantsOverlap', jaccard(a.participantIds, b.participantIds));
    // Each names someone the other does not: {Trump, Zelensky} and {Trump, Putin} are two calls.
    const onlyA = a.participantIds.some((p) => !b.participantIds.includes(p));
    const onlyB = b.participantIds.some((p) => !a.participantIds.includes(p));
    if (onlyA && onlyB) set('participantsDiffer', 1);
  }
  if (a.attributedTo && b.attributedTo) set(a.attributedTo === b.attributedTo ? 'attributionSame' : 'attributionDiffer', 1);
  const scopeA = a.claim.scope;
  const scopeB = b.claim.scope;
  if (scopeA.time !== scopeB.time || (scopeA.when && scopeB.when && scopeA.when !== scopeB.when)) set('scopeDiffer', 1);
  if (scopeA.incident && scopeB.incident) set(scopeA.incident === scopeB.incident ? 'incidentSame' : 'incidentDiffer', 1);
  if (a.claim.mainEvent && b.claim.mainEvent) set('bothMain', 1);
  set('positionGap', Math.abs(a.position - b.position));
  if (a.claim.measure && b.claim.measure && a.claim.measure !== b.claim.measure) set('measureDiffer', 1);
  // "killing seven" / "killing seven": the words right next to the value, in their places.
  const next = (xs: string[], ys: string[]) => (xs[0] !== undefined && xs[0] === ys[0] ? 1 : 0) + (xs[1] !== undefined && xs[1] === ys[1] ? 0.5 : 0);
  set('neighbours', (next(a.left, b.left) + next(a.right, b.right)) / 3);
  // One sentence told alike by both, the value in another place of it: "the 13-inch and 15-inch models".
  if (a.slot !== b.slot && x[at('contextOverlap')] >= 0.5) set('slotDiffer', 1);
  // Word vectors: how alike the subjects, the predicates and the words around the values are (0 when unknown).
  if (sa && sb && sa !== sb) set('subjectSimilar', Math.max(0, similarity(stem(sa), stem(sb)) ?? 0));
  if (pa && pb && pa !== pb) set('predicateSimilar', Math.max(0, similarity(pa, pb) ?? 0));
  if (a.contextVector && b.contextVector) set('contextSimilar', Math.max(0, cosine(a.contextVector, b.contextVector)));
  const dimension = AT.get(`dim:${a.claim.attribute}`);
  if (dimension !== undefined) x[dimension] = 1;
  return x;
}

let RESTRICTIVE: Set<string> | undefined;

/**
 * Whether two statements count different sets by their modifiers: "1,101 career games" and "52 games", "a total of 14"
 * and "six", "two of the bombs" and "five bombs". How many fell in a place is part of a set either way, so two counts
 * of what fell in the same place compare whatever else they say.
 */
export function modifiersClash(a: string[], b: string[]): boolean {
  if (periodsClash(a, b)) return true;
  const restrictive = restrictiveWords();
  const narrowing = (mods: string[]) => new Set(mods.filter((m) => restrictive.has(m) || m === 'part' || m === 'total' || m.startsWith('in ')));
  const [ma, mb] = [narrowing(a), narrowing(b)];
  const placed = [...ma].some((m) => m.startsWith('in ') && mb.has(m));
  if (placed) {
    ma.delete('part');
    mb.delete('part');
  }
  return [...ma].some((m) => !mb.has(m)) || [...mb].some((m) => !ma.has(m));
}

/** A span a count is tallied over, as the statement reader writes it: "per season" (a rate), "over 54 game" (a total). */
function isPeriod(modifier: string): boolean {
  return modifier.startsWith('per ') || modifier.startsWith('over ');
}

/**
 * Two counts over two spans ("13 home runs in 54 games" / "20 in 80 games"), or a rate per span and any other count
 * ("105 runs in each of the past five seasons" / "13 home runs in 54 games"), are two statements; a total with a span
 * and one without may be one.
 */
function periodsClash(a: string[], b: string[]): boolean {
  const [pa, pb] = [a.find(isPeriod), b.find(isPeriod)];
  if (pa && pb) return pa !== pb;
  return !!pa?.startsWith('per ') || !!pb?.startsWith('per ');
}


function restrictiveWords(): Set<string> {
  return (RESTRICTIVE ??= new Set(lexicon().values.align.restrictive));
}

/** Words of two groups of one entry of the lexicon's `opposed` list, one on each side (killed / injured). */
export function opposed(a: Array<string | undefined>, b: Array<string | undefined>): boolean {
  const [ma, mb] = [groupsNamed(a), groupsNamed(b)];
  for (let entry = 0; entry < ma.length; entry++) {
    if (ma[entry] === 0 || mb[entry] === 0) continue;
    // The first group each side names.
    const ga = 31 - Math.clz32(ma[entry] & -ma[entry]);
    const gb = 31 - Math.clz32(mb[entry] & -mb[entry]);
    // Both sides may name both groups ("killed and injured"): opposed only when neither names the other's group.
    if (ga !== gb && !(ma[entry] & (1 << gb)) && !(mb[entry] & (1 << ga))) return true;
  }
  return false;
}

/** Which groups of each entry of `opposed` the words name, as a bit mask per entry. */
function groupsNamed(words: Array<string | undefined>): Int32Array {
  OPPOSED ??= opposedIndex();
  const masks = new Int32Array(OPPOSED.entries);
  for (const w of words) {
    if (!w) continue;
    for (const [entry, group] of OPPOSED.groupsOf.get(stem(w)) ?? []) masks[entry] |= 1 << group;
  }
  return masks;
}

/** The lexicon's `opposed` list by stem: the entries and groups each stem belongs to, made once. */
let OPPOSED: { entries: number; groupsOf: Map<string, Array<[number, number]>> } | undefined;
function opposedIndex(): { entries: number; groupsOf: Map<string, Array<[number, number]>> } {
  const list = lexicon().values.align.opposed;
  const groupsOf = new Map<string, Array<[number, number]>>();
  list.forEach((entry, e) =>
    entry.forEach((group, g) => {
      if (g >= 31) throw new Error('an entry of the opposed list has more than 31 groups');
      for (const s of new Set(group.map((w) => stem(w)))) {
        let at = groupsOf.get(s);
        if (!at) groupsOf.set(s, (at = []));
        at.push([e, g]);
      }
    }),
  );
  return { entries: list.length, groupsOf };
}

function shared(a: string[], b: string[]): number {
  const set = new Set(b);
  return new Set(a.filter((w) => set.has(w))).size;
}

function jaccard(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sa = new Set(a);
  const sb = new Set(b);
  let both = 0;
  for (const w of sa) if (sb.has(w)) both++;
  return both / (sa.size + sb.size - both);
}

function weightedJaccard(a: string[], b: string[], rarity: Rarity): number {
  const sa = wordSet(a);
  const sb = wordSet(b);
  let both = 0;
  let all = 0;
  // The union in its order (a's words, then b's others), without making it.
  for (const w of sa) {
    const weight = rarity(w);
    all += weight;
    if (sb.has(w)) both += weight;
  }
  for (const w of sb) if (!sa.has(w)) all += rarity(w);
  return all === 0 ? 0 : both / all;
}

/** A statement's words as a set, made once per list (a statement's context is compared with each of its candidates'). */
const wordSets = new WeakMap<string[], Set<string>>();
function wordSet(words: string[]): Set<string> {
  let set = wordSets.get(words);
  if (!set) wordSets.set(words, (set = new Set(words)));
  return set;
}

/** A node of a boosted tree: a split on a feature (left when below `t`), or a leaf with its value `v`. */
export interface TreeNode {
  f?: string;
  t?: number;
  l?: TreeNode;
  r?: TreeNode;
  v?: number;
}

/** The scorer: boosted trees (a base margin plus each tree's leaf) or, if no trees, a logistic regression's weights. */
export interface AlignModel {
  features: readonly string[];
  weights: number[];
  base?: number;
  trees?: CompiledTree[];
  /** A pair at or above this probability is the same statement. */
  threshold: number;
}

/** A tree with its features resolved to indices into the feature vector. */
export interface CompiledTree {
  f: number;
  t: number;
  l: CompiledTree;
  r: CompiledTree;
  v: number;
}

export function compileTree(node: TreeNode): CompiledTree {
  if (node.f === undefined) return { f: -1, t: 0, l: undefined as never, r: undefined as never, v: node.v ?? 0 };
  return { f: FEATURES.indexOf(node.f as Feature), t: node.t ?? 0, l: compileTree(node.l!), r: compileTree(node.r!), v: 0 };
}

export function probability(model: AlignModel, x: number[]): number {
  let z = 0;
  if (model.trees) {
    z = model.base ?? 0;
    for (let node of model.trees) {
      while (node.f >= 0) node = (x[node.f] ?? 0) < node.t ? node.l : node.r;
      z += node.v;
    }
  } else for (let i = 0; i < x.length; i++) z += (model.weights[i] ?? 0) * x[i];
  return 1 / (1 + Math.exp(-z));
}
