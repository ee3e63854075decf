// What the pair scorer sees of two statements from two sources: features that say whether they state the same thing
// of the same subject, never what their values are (the values decide agreement afterwards, so a scorer that saw
// them would learn that statements agree). Shared by the corpus (corpus/align.ts) and the training script
// (scripts/train/align.mjs), so that training and use cannot drift apart.
import { lexicon } from '../data/lexicon';
import { stem, wordSets as statementWords } from '../read/statements/site';
import { cosine, similarity } from './wordVectors';
import type { Claim, ClaimRef } from '../types';

/**
 * Whether two statements share a predicate: the verb each hangs on, or a verb joined to it by "and" ("accused … on
 * Tuesday … and approved a resolution" shares "approve" with "approved the measure on Friday").
 */
export function samePredicate(a: Claim, b: Claim): boolean {
  if (!a.predicate || !b.predicate) return false;
  if (actOf(a.predicate) === actOf(b.predicate)) return true;
  if (!a.coordinated && !b.coordinated) return false;
  const theirs = [b.predicate, ...(b.coordinated ?? [])].map(actOf);
  return [a.predicate, ...(a.coordinated ?? [])].some((p) => theirs.includes(actOf(p)));
}

/**
 * "killing 23" against "had about 180 people aboard": a toll counts the dead or the hurt, and a count of people told by
 * another verb counts others, unless its noun names a toll itself ("23 victims").
 */
export function tollAgainstOtherCount(a: Claim, b: Claim): boolean {
  const { tollNouns } = lexicon();
  const [ta, tb] = [tollPredicate(a.predicate), tollPredicate(b.predicate)];
  if (ta === tb) return false;
  const other = ta ? b : a;
  return !!other.predicate && !tollNouns.has(other.subject ?? '');
}

let TOLL_STEMS: Set<string> | undefined;

/**
 * Whether a predicate tells a toll: a toll's class ("killed", "injured"), or the stem of a word of injury, which a count
 * of a specific noun keeps ("Two other riders hurt in the crash": "hurt", not "injured"). Not the stem of killing: that
 * is as often the clause's verb with another object ("killed 10 people and flattened seven villages").
 */
function tollPredicate(predicate: string | undefined): boolean {
  if (!predicate) return false;
  const { tollClasses, tollWords } = lexicon();
  TOLL_STEMS ??= new Set([...tollWords].filter(([, tollClass]) => tollClass === INJURED).map(([w]) => stem(w)));
  return tollClasses.has(predicate) || TOLL_STEMS.has(predicate);
}

/** The class of a toll of the injured (lexicon `tollWords`). */
const INJURED = 'injured';

/** The act a verb's stem names: the first verb of its `statement.sameAct` list ("begin" → "start"), else the stem. */
export function actOf(predicate: string): string {
  return statementWords(lexicon()).acts.get(predicate) ?? predicate;
}

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
  /**
   * The dates it may have been published on: its own, or for an undated article the earliest and the latest of the
   * others' (it was published when they were).
   */
  publishedBetween?: [string, string];
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
  /** An age in a sentence that names a year before its article's: the age then ("in 1958, the 29-year-old …"). */
  ageThen?: boolean;
  /** A step of a contest ("in the 75th minute") in an article that gives several steps of that kind. */
  manySteps?: boolean;
  /**
   * A day given with a time in UTC (read/statements/utcDays.ts) in a story whose place is not on UTC: it may be the
   * day after a local evening, so it meets only another such day.
   */
  utcDay?: boolean;
  /**
   * The clock time written beside a day, in minutes, when it is to the minute and not on the hour or half hour ("at
   * 11:20 p.m. on Friday"): two sources that give one such time give it for one act, whatever verb each tells it by.
   */
  clock?: string;
  /** A poll's figure: the distinctive words of the names of the pollsters its article names (corpus/polls.ts). */
  polls?: string[];
  /** The value's sentence names a poll ("…, according to HuffPost Pollster's polling average"). */
  pollSentence?: boolean;
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
  const best = new Map<Placed, Map<string, number[]>>();
  const bestOf = (ref: Placed, other: string) => {
    let bySource = best.get(ref);
    if (!bySource) best.set(ref, (bySource = new Map()));
    let two = bySource.get(other);
    if (!two) bySource.set(other, (two = [-Infinity, -Infinity]));
    return two;
  };
  return {
    note(a, b, x) {
      const score = resemblance(x);
      noteBest(bestOf(a, b.uri), 0, score);
      noteBest(bestOf(b, a.uri), 0, score);
      return score;
    },
    rank(a, b, score, x) {
      const [ba, sa] = bestOf(a, b.uri);
      const [bb, sb] = bestOf(b, a.uri);
      setRank(x, score, ba, sa, bb, sb);
    },
  };
}

/** A candidate's score among the two best (`best[at]`, then `best[at + 1]`) of its statement's in one other source. */
export function noteBest(best: { [k: number]: number }, at: number, score: number): void {
  if (score > best[at]) {
    best[at + 1] = best[at];
    best[at] = score;
  } else best[at + 1] = Math.max(best[at + 1], score);
}

const [MUTUAL_BEST, BEST_MARGIN] = [at('mutualBest'), at('bestMargin')];

/**
 * The features a pair's two statements do not decide alone: those of the words' rarity in the story
 * (`storyPairFeatures`) and the ranks (`setRank`). A pair whose own features are kept (corpus/alignMemo.ts) has the
 * same probability as before while these are as before.
 */
export const STORY_FEATURES: readonly number[] = (['contextOverlap', 'rareShared', 'slotDiffer', 'mutualBest', 'bestMargin'] as const).map(at);

/** A pair's ranks, by its score and the two best of each side's (`a`'s among its candidates in b's source, and `b`'s). */
export function setRank(x: number[], score: number, ba: number, sa: number, bb: number, sb: number): void {
  if (score >= ba && score >= bb) {
    x[MUTUAL_BEST] = 1;
    const margin = Math.min(score - (Number.isFinite(sa) ? sa : score - 4), score - (Number.isFinite(sb) ? sb : score - 4));
    x[BEST_MARGIN] = Math.min(4, margin) / 4;
  }
}

/** The features of a pair; written into `into` (every other feature 0) when given, a vector many pairs reuse in turn. */
export function pairFeatures(a: Placed, b: Placed, rarity: Rarity, into?: number[]): number[] {
  const x = ownPairFeatures(a, b, into ? into.fill(0) : new Array<number>(FEATURES.length).fill(0));
  storyPairFeatures(a, b, rarity, x);
  return x;
}

/**
 * The features two statements alone decide, written into `x` (zeros where unset): all but the ones that weigh
 * words by their rarity in the story (`storyPairFeatures`). An edit of one article changes its words' rarity, so an
 * alignment kept for the next (`AlignMemo`, corpus/align.ts) keeps these for the pairs of the other articles.
 */
export function ownPairFeatures(a: Placed, b: Placed, x: number[]): number[] {
  const [fa, fb] = [ownStatementFeatures(a), ownStatementFeatures(b)];
  x[I.bias] = 1;
  if (a.entity && b.entity) x[a.entity === b.entity ? I.entitySame : I.entityDiffer] = 1;
  // The people of an event are its subject: the same pair of people is the same subject, as one person is.
  else if (!a.entity && !b.entity && a.participantIds.length >= 2 && b.participantIds.length >= 2) {
    const same = a.participantIds.length === b.participantIds.length && a.participantIds.every((p) => b.participantIds.includes(p));
    if (same) x[I.entitySame] = 1;
  }
  const sa = a.claim.subject;
  const sb = b.claim.subject;
  if (sa && sb) x[sa === sb ? I.subjectSame : I.subjectDiffer] = 1;
  const pa = a.claim.predicate;
  const pb = b.claim.predicate;
  if (pa && pb) x[samePredicate(a.claim, b.claim) ? I.predicateSame : I.predicateDiffer] = 1;
  if (statementsOpposed(a, b)) x[I.opposed] = 1;
  if (modifiersClash(countedAs(a), countedAs(b))) x[I.modifiersDiffer] = 1;
  // A span shared says the tallies are alike, not that they are one statement: the scorer was trained without it.
  x[I.modifiersShared] = shared(fa.tallied, fb.tallied) > 0 ? 1 : 0;
  x[I.nearShared] = Math.min(4, shared(fa.near, fb.near)) / 4;
  x[I.entitiesOverlap] = jaccard(fa.sentenceEntities, fb.sentenceEntities);
  if (a.participantIds.length > 0 && b.participantIds.length > 0) {
    x[I.participantsOverlap] = jaccard(fa.participants, fb.participants);
    // Each names someone the other does not: {Trump, Zelensky} and {Trump, Putin} are two calls.
    const onlyA = a.participantIds.some((p) => !b.participantIds.includes(p));
    const onlyB = b.participantIds.some((p) => !a.participantIds.includes(p));
    if (onlyA && onlyB) x[I.participantsDiffer] = 1;
  }
  if (a.attributedTo && b.attributedTo) x[a.attributedTo === b.attributedTo ? I.attributionSame : I.attributionDiffer] = 1;
  const scopeA = a.claim.scope;
  const scopeB = b.claim.scope;
  if (scopeA.time !== scopeB.time || (scopeA.when && scopeB.when && scopeA.when !== scopeB.when)) x[I.scopeDiffer] = 1;
  if (scopeA.incident && scopeB.incident) x[scopeA.incident === scopeB.incident ? I.incidentSame : I.incidentDiffer] = 1;
  if (a.claim.mainEvent && b.claim.mainEvent) x[I.bothMain] = 1;
  x[I.positionGap] = Math.abs(a.position - b.position);
  if (a.claim.measure && b.claim.measure && a.claim.measure !== b.claim.measure) x[I.measureDiffer] = 1;
  // "killing seven" / "killing seven": the words right next to the value, in their places.
  const next = (xs: string[], ys: string[]) => (xs[0] !== undefined && xs[0] === ys[0] ? 1 : 0) + (xs[1] !== undefined && xs[1] === ys[1] ? 0.5 : 0);
  x[I.neighbours] = (next(a.left, b.left) + next(a.right, b.right)) / 3;
  // Word vectors: how alike the subjects, the predicates and the words around the values are (0 when unknown).
  if (sa && sb && sa !== sb) x[I.subjectSimilar] = Math.max(0, similarity(stem(sa), stem(sb)) ?? 0);
  if (pa && pb && pa !== pb) x[I.predicateSimilar] = Math.max(0, similarity(pa, pb) ?? 0);
  if (a.contextVector && b.contextVector) x[I.contextSimilar] = Math.max(0, cosine(a.contextVector, b.contextVector));
  const dimension = AT.get(`dim:${a.claim.attribute}`);
  if (dimension !== undefined) x[dimension] = 1;
  return x;
}

/** The features that weigh the two statements' words by their rarity in the story, written into `x`. */
export function storyPairFeatures(a: Placed, b: Placed, rarity: Rarity, x: number[]): void {
  const [fa, fb] = [rarityFeatures(a, rarity), rarityFeatures(b, rarity)];
  x[I.contextOverlap] = weightedJaccard(fa, fb);
  let rare = 0;
  for (const w of fa.rare) if (fb.context.has(w)) rare++;
  x[I.rareShared] = Math.min(3, rare) / 3;
  // One sentence told alike by both, the value in another place of it: "the 13-inch and 15-inch models".
  x[I.slotDiffer] = a.slot !== b.slot && x[I.contextOverlap] >= 0.5 ? 1 : 0;
}

/** Each feature's place in the vector, as a property: what `pairFeatures` sets, without a lookup by name. */
const I = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<Feature, number>;

/**
 * What `ownPairFeatures` reads of one statement, made once per statement (a statement of a large story meets hundreds
 * of candidates): its modifiers but spans, its nearest words, its sentence's entities and its participants, as sets.
 */
interface OwnStatementFeatures {
  tallied: Set<string>;
  near: Set<string>;
  sentenceEntities: Set<string>;
  participants: Set<string>;
}
const ownByStatement = new WeakMap<Placed, OwnStatementFeatures>();
function ownStatementFeatures(p: Placed): OwnStatementFeatures {
  let f = ownByStatement.get(p);
  if (!f) {
    f = { tallied: new Set(p.claim.modifiers.filter((m) => !isPeriod(m))), near: new Set(p.near), sentenceEntities: new Set(p.sentenceEntities), participants: new Set(p.participantIds) };
    ownByStatement.set(p, f);
  }
  return f;
}

/**
 * What `storyPairFeatures` reads of one statement, made once per statement and per rarity (the story's): its context's
 * words as a set, in order, each with its rarity and their sum (in that order: the sums of `weightedJaccard` are the
 * ones made pair by pair); its context words rare in the story (as often as the context says them).
 */
interface RarityFeatures {
  rarity: Rarity;
  context: Set<string>;
  words: string[];
  weights: number[];
  total: number;
  rare: string[];
}
const rarityByStatement = new WeakMap<Placed, RarityFeatures>();
function rarityFeatures(p: Placed, rarity: Rarity): RarityFeatures {
  let f = rarityByStatement.get(p);
  if (f && f.rarity === rarity) return f;
  const context = wordSet(p.claim.context);
  const words = [...context];
  const weights = words.map((w) => rarity(w));
  let total = 0;
  for (const weight of weights) total += weight;
  f = { rarity, context, words, weights, total, rare: p.claim.context.filter((w) => rarity(w) >= 0.5) };
  rarityByStatement.set(p, f);
  return f;
}

let RESTRICTIVE: Set<string> | undefined;

/**
 * A statement's modifiers as a set of things counted: a toll ("In total, 23 people were hurt") is the whole toll,
 * whether or not it says so, while "a total of 14 rifles" may add up parts another source counts one by one.
 */
export function countedAs(p: Placed): string[] {
  const toll = p.claim.attribute === 'count' && (p.claim.event === 'killed' || p.claim.event === 'injured');
  if (!toll || !p.claim.modifiers.includes('total')) return p.claim.modifiers;
  let kept = TOLL_MODIFIERS.get(p.claim.modifiers);
  if (!kept) TOLL_MODIFIERS.set(p.claim.modifiers, (kept = p.claim.modifiers.filter((m) => m !== 'total')));
  return kept;
}
const TOLL_MODIFIERS = new WeakMap<string[], string[]>();

/**
 * Whether two statements count different sets by their modifiers: "1,101 career games" and "52 games", "a total of 14"
 * and "six", "two of the bombs" and "five bombs". How many fell in a place is part of a set either way, so two counts
 * of what fell in the same place compare whatever else they say.
 */
export function modifiersClash(a: string[], b: string[]): boolean {
  const [ga, gb] = [modifierSetsOf(a), modifierSetsOf(b)];
  if (periodsClash(ga.period, gb.period)) return true;
  // "three counts of murder" and "two counts of assault" count two things; a source that leaves out what they are of
  // ("300 rounds" / "923 rounds of ammunition") may count the same.
  if (ga.of && gb.of && ga.of !== gb.of) return true;
  const [ma, mb] = [ga.narrowing, gb.narrowing];
  if (ma.size === 0 && mb.size === 0) return false;
  // Both counted in one place: "part" then narrows neither.
  const placed = ga.places.some((m) => mb.has(m));
  const beyond = (x: Set<string>, y: Set<string>) => {
    for (const m of x) if (!y.has(m) && !(placed && m === 'part')) return true;
    return false;
  };
  return beyond(ma, mb) || beyond(mb, ma);
}

/**
 * What `modifiersClash` reads of one statement's modifiers, made once per list (a statement meets each of its
 * candidates): its first span (`isPeriod`), the modifiers that narrow what it counts, and those of them that place it.
 */
interface ModifierSets {
  period: string | undefined;
  /** What the counted things are of ("of murder"). */
  of: string | undefined;
  narrowing: Set<string>;
  places: string[];
}
const modifierSets = new WeakMap<string[], ModifierSets>();
function modifierSetsOf(mods: string[]): ModifierSets {
  let sets = modifierSets.get(mods);
  if (!sets) {
    const restrictive = restrictiveWords();
    const narrowing = new Set(mods.filter((m) => restrictive.has(m) || m === 'part' || m === 'total' || m === 'capacity' || m === 'whole' || m.startsWith('in ') || m.startsWith('among ')));
    modifierSets.set(mods, (sets = { period: mods.find(isPeriod), narrowing, places: [...narrowing].filter((m) => m.startsWith('in ')), of: mods.find((m) => m.startsWith('of ')) }));
  }
  return sets;
}

/** A span a count is tallied over, as the statement reader writes it: "per season" (a rate), "over 54 game" (a total). */
export function isPeriod(modifier: string): boolean {
  return modifier.startsWith('per ') || modifier.startsWith('over ');
}

/**
 * Two counts over two spans ("13 home runs in 54 games" / "20 in 80 games"), or a rate per span and any other count
 * ("105 runs in each of the past five seasons" / "13 home runs in 54 games"), are two statements; a total with a span
 * and one without may be one. Each side's first span (`isPeriod`), if any.
 */
function periodsClash(pa: string | undefined, pb: string | undefined): boolean {
  if (pa && pb) return pa !== pb && !oneSpan(pa, pb);
  return !!pa?.startsWith('per ') || !!pb?.startsWith('per ');
}

/**
 * Two spans of time a tally runs over, told in two units ("over 60 day" / "over 2 month": "in the past 60 days", "in
 * the past two months"), are one span when they are within a tenth of each other.
 */
function oneSpan(pa: string, pb: string): boolean {
  const minutes = (p: string) => {
    const m = /^over (\d+(?:\.\d+)?) ([a-z]+)$/.exec(p);
    const unit = m ? (lexicon().values.duration.units as Record<string, number>)[m[2]] : undefined;
    return m && unit ? +m[1] * unit : undefined;
  };
  const [a, b] = [minutes(pa), minutes(pb)];
  return a !== undefined && b !== undefined && Math.abs(a - b) <= 0.1 * Math.max(a, b);
}

function restrictiveWords(): Set<string> {
  return (RESTRICTIVE ??= new Set(lexicon().values.align.restrictive));
}

/**
 * Whether two statements' subjects, predicates and modifiers name two groups of one entry of the lexicon's `opposed`
 * list, one on each side (killed / injured); what each names made once per statement (a statement meets each of its
 * candidates).
 */
export function statementsOpposed(a: Placed, b: Placed): boolean {
  return groupsOpposed(statementGroups(a), statementGroups(b));
}

const namedByStatement = new WeakMap<Placed, Int32Array>();
function statementGroups(p: Placed): Int32Array {
  let named = namedByStatement.get(p);
  if (!named) namedByStatement.set(p, (named = groupsNamed([p.claim.subject, p.claim.predicate, ...p.claim.modifiers], p.claim.attribute === 'count')));
  return named;
}

/** Whether two sides' groups (`groupsNamed`) are opposed in some entry. */
function groupsOpposed(ma: Int32Array, mb: Int32Array): boolean {
  // Only the entries both sides name, each side's ascending.
  for (let x = 0, y = 0; x < ma.length && y < mb.length; ) {
    if (ma[x] < mb[y]) x += 2;
    else if (ma[x] > mb[y]) y += 2;
    else {
      const [a, b] = [ma[x + 1], mb[y + 1]];
      // The first group each side names.
      const ga = 31 - Math.clz32(a & -a);
      const gb = 31 - Math.clz32(b & -b);
      // Both sides may name both groups ("killed and injured"): opposed only when neither names the other's group.
      if (ga !== gb && !(a & (1 << gb)) && !(b & (1 << ga))) return true;
      x += 2;
      y += 2;
    }
  }
  return false;
}

/**
 * Which groups of each entry of the `opposed` list (and of `opposedCounts`, for a count) the words name: the entries
 * they name, ascending, each followed by its groups as a bit mask.
 */
function groupsNamed(words: Array<string | undefined>, count: boolean): Int32Array {
  OPPOSED ??= opposedIndex();
  let masks: Map<number, number> | undefined;
  for (const w of words) {
    if (!w) continue;
    const s = stem(w);
    const groups = count ? [...(OPPOSED.groupsOf.get(s) ?? []), ...(OPPOSED.countGroupsOf.get(s) ?? [])] : OPPOSED.groupsOf.get(s);
    if (!groups) continue;
    masks ??= new Map();
    for (const [entry, group] of groups) masks.set(entry, (masks.get(entry) ?? 0) | (1 << group));
  }
  if (!masks) return NONE;
  const entries = [...masks.keys()].sort((x, y) => x - y);
  return Int32Array.from(entries.flatMap((e) => [e, masks!.get(e)!]));
}
const NONE = new Int32Array(0);

/**
 * The lexicon's `opposed` list by stem: the entries and groups each stem belongs to, made once; `opposedCounts`
 * apart, its entries numbered after the others'.
 */
/** Each stem's entries and groups: [entry, group] pairs. */
type GroupsByStem = Map<string, Array<[number, number]>>;
let OPPOSED: { groupsOf: GroupsByStem; countGroupsOf: GroupsByStem } | undefined;
function opposedIndex(): { groupsOf: GroupsByStem; countGroupsOf: GroupsByStem } {
  const { opposed, opposedCounts } = lexicon().values.align;
  return { groupsOf: entriesByStem(opposed, 0), countGroupsOf: entriesByStem(opposedCounts, opposed.length) };
}

function entriesByStem(list: string[][][], first: number): GroupsByStem {
  const groupsOf: GroupsByStem = new Map();
  list.forEach((entry, index) => {
    const e = first + index;
    entry.forEach((group, g) => {
      if (g >= 31) throw new Error('an entry of the opposed list has more than 31 groups');
      for (const s of new Set(group.map((w) => stem(w)))) {
        let at = groupsOf.get(s);
        if (!at) groupsOf.set(s, (at = []));
        at.push([e, g]);
      }
    });
  });
  return groupsOf;
}

/** How many of a's words b has. */
function shared(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both;
}

function jaccard(sa: Set<string>, sb: Set<string>): number {
  if (sa.size === 0 || sb.size === 0) return 0;
  let both = 0;
  for (const w of sa) if (sb.has(w)) both++;
  return both / (sa.size + sb.size - both);
}

/** The rarity-weighted overlap of two statements' contexts: the weights shared over the weights of the union. */
function weightedJaccard(a: RarityFeatures, b: RarityFeatures): number {
  const [sa, sb] = [a.context, b.context];
  let both = 0;
  // The union in its order (a's words, then b's others), without making it: a's all first, summed once.
  let all = a.total;
  for (let k = 0; k < a.words.length; k++) if (sb.has(a.words[k])) both += a.weights[k];
  for (let k = 0; k < b.words.length; k++) if (!sa.has(b.words[k])) all += b.weights[k];
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
    // The trees packed into typed arrays, made once per model: a large story scores hundreds of thousands of pairs.
    let flat = flatTrees.get(model.trees);
    if (!flat) flatTrees.set(model.trees, (flat = flatten(model.trees)));
    const { roots, f, t, l, r, v } = flat;
    z = model.base ?? 0;
    for (let k = 0; k < roots.length; k++) {
      let node = roots[k];
      while (f[node] >= 0) node = (x[f[node]] ?? 0) < t[node] ? l[node] : r[node];
      z += v[node];
    }
  } else for (let i = 0; i < x.length; i++) z += (model.weights[i] ?? 0) * x[i];
  return 1 / (1 + Math.exp(-z));
}

/** Compiled trees as arrays by node: each node's feature (-1 for a leaf), threshold, children and leaf value; each tree's root. */
interface FlatTrees {
  roots: Int32Array;
  f: Int32Array;
  t: Float64Array;
  l: Int32Array;
  r: Int32Array;
  v: Float64Array;
}
const flatTrees = new WeakMap<CompiledTree[], FlatTrees>();
function flatten(trees: CompiledTree[]): FlatTrees {
  const nodes: CompiledTree[] = [];
  const number = (node: CompiledTree): number => {
    const at = nodes.length;
    nodes.push(node);
    if (node.f >= 0) {
      number(node.l);
      number(node.r);
    }
    return at;
  };
  const roots = Int32Array.from(trees.map(number));
  const index = new Map(nodes.map((node, i) => [node, i]));
  return {
    roots,
    f: Int32Array.from(nodes.map((n) => n.f)),
    t: Float64Array.from(nodes.map((n) => n.t)),
    l: Int32Array.from(nodes.map((n) => (n.f >= 0 ? index.get(n.l)! : -1))),
    r: Int32Array.from(nodes.map((n) => (n.f >= 0 ? index.get(n.r)! : -1))),
    v: Float64Array.from(nodes.map((n) => n.v)),
  };
}
