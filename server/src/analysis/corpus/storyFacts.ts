// The facts that define an event, as an article's lead states them: a quake's magnitude, the dead and the hurt, the
// clock time, the day. Two reports of one event may disagree on one of them (that is what Crosscheck reports); two
// events of the same kind, grouped together because they share their place, their agencies and their words (two
// quakes on one island three years apart), disagree on several at once. The grouping (stories.ts) splits a story
// along such a line: two parts, each told alike by its own articles, told apart on two or more independent kinds of
// fact, each kind stated by at least two articles of each part. On the day alone only when the two parts are also
// weakly bonded by what their words share (the pair model): the same people in the news on another day (a
// president's inauguration and, a year later, his attack on a rival's aide), where no figure tells the events apart.
//
// The facts come from the statement model (read/statements/) run over the head of the article only (its headline
// and first sentences), so reading them costs a fraction of a full reading.
import defaultTolerances from '../data/tolerances.json';
import factWords from '../data/storyFacts.json';
import { lexicon } from '../data/lexicon';
import type { Tolerances } from '../config';
import { readArticle } from '../read/readArticle';
import type { Claim, Quantity, Reading } from '../types';

/** One kind of fact: the values an article states of it, as closed intervals widened by the kind's tolerance. */
export type LeadFacts = ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;

export const NO_FACTS: LeadFacts = new Map();

/** How much of an article is its lead: the headline and the first three or four sentences, cut at a sentence's end. */
const HEAD_CHARS = 700;
/**
 * Kinds of fact that are one fact told two ways count as one: the dead and the hurt of one toll; the calendar date and
 * the weekday of the main event (when it happened).
 */
const INDEPENDENT: Record<string, string> = { killed: 'toll', injured: 'toll', date: 'when', day: 'when' };
/**
 * A kind of fact that parts a story on its own when the two parts are weakly bonded (WEAK_BOND): when the main event
 * happened. A toll or a magnitude told two ways by two camps of one event is what Crosscheck reports.
 */
const ALONE_KINDS = new Set(['when']);
/**
 * The mean pair probability (the pair model's) between the articles of two parts below which they are weakly bonded:
 * reports of one event score mostly above it, other events of the same people share their names and score around it.
 */
const WEAK_BOND = 0.45;
/** A part must hold at least this many articles. */
const MIN_PART = 2;
/** A kind of fact parts the story only when at least this many articles of each part state it. */
const MIN_SUPPORT = 2;
/** The fewest independent kinds of fact on which the parts disagree: one disagreement is a finding, not two events. */
const MIN_KINDS = 2;
/** Stories larger than this are not taken apart (the search is quadratic in the story). */
export const MAX_STORY = 64;
/** The most pairs of articles tried as the seeds of a split. */
const MAX_SEEDS = 8;
/** How far a hedged magnitude ("about 6.0") may lie from its figure. */
const MAGNITUDE_HEDGE = 0.2;

/** The lead's facts of an article: the story's own statements (not background, not quoted) of the defining kinds. */
export function leadFacts(text: string, date?: string): LeadFacts {
  const head = leadOf(text);
  return head === undefined ? NO_FACTS : readLeadFacts(head, date);
}

/**
 * The head of an article when it may state a defining fact (a cue word, a clock time or a month beside a figure), to
 * be read by readLeadFacts when a split is tried; undefined when it states none.
 */
export function leadOf(text: string): string | undefined {
  const head = headOf(text);
  return hasCue(head) ? head : undefined;
}

/** A split needs this many articles that may state facts (MIN_SUPPORT on each side): fewer are not read. */
export const FEWEST_STATING = 2 * MIN_SUPPORT;

/** The facts a head (from leadOf) states. */
export function readLeadFacts(head: string, date?: string): LeadFacts {
  let reading;
  try {
    reading = readArticle(head, { uri: '', version: 0, source: '', date, tolerances: defaultTolerances as Tolerances });
  } catch {
    return NO_FACTS;
  }
  return factsOfReading(reading);
}

/**
 * The lead facts a reading states: its claims of the defining kinds, those that start before `end` when given. A whole
 * article's reading, up to the end of its head (`leadOf`), gives the facts the head read alone gives (the same on the
 * 1,104 heads of the seeds, the clusters, fresh and the PolNeAR train texts that may state one), so a host that holds the
 * reading need not read the head again.
 */
export function factsOfReading(reading: Pick<Reading, 'claims' | 'quantities'>, end = Infinity): LeadFacts {
  const facts = new Map<string, Array<[number, number]>>();
  for (const claim of reading.claims) {
    if (claim.start >= end) continue;
    const quantity = reading.quantities[claim.quantity];
    const kind = kindOf(claim, quantity);
    const interval = kind && widened(kind, quantity);
    if (!kind || !interval) continue;
    let list = facts.get(kind);
    if (!list) facts.set(kind, (list = []));
    if (!list.some(([low, high]) => low === interval[0] && high === interval[1])) list.push(interval);
  }
  return facts;
}

const CLOCK = /\d[:.]\d\d\b|\d\s*[ap]\.?m\b/;
const WORD = /[a-z]+/g;
const WORD_BESIDE_FIGURE = /\b([a-z]{3,})(?![a-z])\.?\s+\d|\d\s+([a-z]{3,})/g;
let monthStems: Set<string> | undefined;

/** Whether a head may state a defining fact: a cue word, a clock time, or a month beside a figure. */
function hasCue(head: string): boolean {
  const lower = head.toLowerCase();
  if (CLOCK.test(lower)) return true;
  for (const [word] of lower.matchAll(WORD)) if (factWords.cues.some((stem) => word.startsWith(stem))) return true;
  monthStems ??= new Set(lexicon().months.map((m) => m.slice(0, 3)));
  for (const m of lower.matchAll(WORD_BESIDE_FIGURE)) if (monthStems.has((m[1] ?? m[2]).slice(0, 3))) return true;
  return false;
}

/** The head of a text: up to HEAD_CHARS, cut after the last sentence that ends there. */
function headOf(text: string): string {
  if (text.length <= HEAD_CHARS) return text;
  const head = text.slice(0, HEAD_CHARS);
  const end = Math.max(head.lastIndexOf('. '), head.lastIndexOf('.\n'), head.lastIndexOf('\n\n'));
  return end > HEAD_CHARS / 2 ? head.slice(0, end + 1) : head;
}

/** The defining kind a statement is of, if any: a magnitude, a toll, a clock time in its zone, a calendar date, a weekday. */
function kindOf(claim: Claim, quantity: Quantity): string | undefined {
  if (claim.scope.time !== 'story' || claim.quoted || claim.certainty === 'probable') return undefined;
  if (claim.scope.incident === 'aftershock') return undefined;
  switch (claim.attribute) {
    case 'magnitude':
      return 'magnitude';
    case 'count':
      return claim.predicate === 'killed' || claim.predicate === 'injured' ? claim.predicate : undefined;
    case 'time':
      return `time ${quantity.unit}`;
    case 'date':
      return claim.mainEvent ? `date ${quantity.unit}` : undefined;
    case 'day':
      return claim.mainEvent ? `day ${quantity.unit}` : undefined;
    default:
      return undefined;
  }
}

/**
 * The value as a closed interval, widened so that the spread of honest reports of one event overlaps: agencies give a
 * magnitude to a tenth or two (5.9 and 6.1), tolls are rounded (about 10 %), clocks to the half hour.
 */
function widened(kind: string, q: Quantity): [number, number] | undefined {
  if (q.low === null && q.high === null) return undefined;
  const low = q.low ?? -Infinity;
  const high = q.high ?? Infinity;
  if (kind === 'magnitude') {
    // A magnitude is given to a tenth: "about 6.0" is near 6.0, not the hedge's ±17 % of any count.
    if (Number.isFinite(high - low) && high - low > 2 * MAGNITUDE_HEDGE) return [(low + high) / 2 - MAGNITUDE_HEDGE, (low + high) / 2 + MAGNITUDE_HEDGE];
    return [low - 0.1, high + 0.1];
  }
  if (kind === 'killed' || kind === 'injured') return [low * 0.9, high * 1.1];
  if (kind.startsWith('time')) return [low - 30, high + 30];
  return [low, high];
}

/** Whether some value of `a` overlaps some value of `b`. */
function overlaps(a: ReadonlyArray<readonly [number, number]>, b: ReadonlyArray<readonly [number, number]>): boolean {
  for (let i = 0; i < a.length; i++) {
    const lowA = a[i][0];
    const highA = a[i][1];
    for (let j = 0; j < b.length; j++) if (lowA <= b[j][1] && b[j][0] <= highA) return true;
  }
  return false;
}

const independentKind = (kind: string) => INDEPENDENT[kind] ?? INDEPENDENT[kind.split(' ')[0]] ?? kind.split(' ')[0];

/**
 * Each independent kind as one bit (the kinds a split weighs are a handful: magnitude, toll, time, when), so that the
 * kinds two articles disagree on are a number, their count its bits. Past 30 kinds, undefined: the sets are used.
 */
const kindBits = new Map<string, number>();
const independentBits = new Map<string, number>();
let aloneBits = 0;
function kindBit(kind: string): number | undefined {
  let bit = kindBits.get(kind);
  if (bit === undefined) {
    const independent = independentKind(kind);
    bit = independentBits.get(independent);
    if (bit === undefined) {
      if (independentBits.size >= 30) return undefined;
      bit = 1 << independentBits.size;
      independentBits.set(independent, bit);
      if (ALONE_KINDS.has(independent)) aloneBits |= bit;
    }
    kindBits.set(kind, bit);
  }
  return bit;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let b = bits; b !== 0; b &= b - 1) count++;
  return count;
}

/** The independent kinds of fact two articles (or parts) state and disagree on. */
function disagreeing(a: LeadFacts, b: LeadFacts): Set<string> {
  const kinds = new Set<string>();
  for (const [kind, values] of a) {
    const other = b.get(kind);
    if (other && !overlaps(values, other)) kinds.add(independentKind(kind));
  }
  return kinds;
}

/**
 * What `disagreeing` tells of two articles, as bits (kindBit): how many independent kinds (the bits' count) and whether
 * one of them is an ALONE_KIND (aloneBits). -1 when a kind has no bit.
 */
function disagreeingBits(a: LeadFacts, b: LeadFacts): number {
  let bits = 0;
  for (const [kind, values] of a) {
    const other = b.get(kind);
    if (!other || overlaps(values, other)) continue;
    const bit = kindBit(kind);
    if (bit === undefined) return -1;
    bits |= bit;
  }
  return bits;
}

/**
 * The kinds every two articles disagree on, as their count and whether one is an ALONE_KIND: computed once per split
 * tried, for the seeds of both searches and each part's own check (they asked `disagreeing` of the same pairs again).
 */
class Disagreements {
  private readonly counts: Int8Array;
  private readonly alone: Uint8Array;
  constructor(
    private readonly facts: readonly LeadFacts[],
    rich: readonly number[],
  ) {
    const n = facts.length;
    this.counts = new Int8Array(n * n);
    this.alone = new Uint8Array(n * n);
    for (let x = 0; x < rich.length; x++) {
      for (let y = x + 1; y < rich.length; y++) {
        const [i, j] = [rich[x], rich[y]];
        let count: number;
        let alone: boolean;
        const bits = disagreeingBits(facts[i], facts[j]);
        if (bits >= 0) {
          count = bitCount(bits);
          alone = (bits & aloneBits) !== 0;
        } else {
          const kinds = disagreeing(facts[i], facts[j]);
          count = kinds.size;
          alone = [...kinds].some((k) => ALONE_KINDS.has(k));
        }
        this.counts[i * n + j] = this.counts[j * n + i] = count;
        this.alone[i * n + j] = this.alone[j * n + i] = alone ? 1 : 0;
      }
    }
  }
  /** How many independent kinds articles i and j disagree on (0 when either states none). */
  count(i: number, j: number): number {
    return this.counts[i * this.facts.length + j];
  }
  /** Whether one of them is an ALONE_KIND. */
  hasAlone(i: number, j: number): boolean {
    return this.alone[i * this.facts.length + j] === 1;
  }
}

/** Whether two articles (or parts) state some kind of fact alike and none differently. */
function score(a: LeadFacts, b: LeadFacts): number {
  let s = 0;
  for (const [kind, values] of a) {
    const other = b.get(kind);
    if (other) s += overlaps(values, other) ? 1 : -1;
  }
  return s;
}

/**
 * The facts of several articles pooled: every value any of them states (each interval once: only whether some value
 * overlaps is ever asked of a pool), with how many articles state each kind.
 */
function pooled(facts: readonly LeadFacts[]): { facts: LeadFacts; support: Map<string, number> } {
  const all = new Map<string, Array<readonly [number, number]>>();
  const support = new Map<string, number>();
  for (const f of facts) {
    for (const [kind, values] of f) {
      let list = all.get(kind);
      if (!list) all.set(kind, (list = []));
      for (const value of values) if (!list.some(([low, high]) => low === value[0] && high === value[1])) list.push(value);
      support.set(kind, (support.get(kind) ?? 0) + 1);
    }
  }
  return { facts: all, support };
}

/**
 * A split of one story into two events, or undefined: indices into `facts` of two parts that each hold at least
 * MIN_PART articles, disagree with each other on at least MIN_KINDS independent kinds of fact (each stated by at
 * least MIN_SUPPORT articles of each part), and hold no two articles that disagree on as many. Failing that, two such
 * parts that disagree on one of the ALONE_KINDS only, and whose articles are weakly bonded across the parts (the mean
 * of `closeness` below WEAK_BOND). An article that states none of the facts goes to the part it is closest to (the
 * mean of `closeness`, the pair model's probability, over the part's articles). Deterministic: seeds and ties go by
 * index.
 */
export function splitByFacts(facts: readonly LeadFacts[], closeness: (i: number, j: number) => number): [number[], number[]] | undefined {
  const n = facts.length;
  if (n < 2 * MIN_PART || n > MAX_STORY) return undefined;
  const rich = [...facts.keys()].filter((i) => facts[i].size > 0);
  const pairs = new Disagreements(facts, rich);
  return splitOn(facts, rich, pairs, closeness, MIN_KINDS) ?? splitOn(facts, rich, pairs, closeness, 1);
}

/** The best split whose parts disagree on at least `fewest` independent kinds (on one: an ALONE_KIND, weakly bonded). */
function splitOn(
  facts: readonly LeadFacts[],
  rich: readonly number[],
  pairs: Disagreements,
  closeness: (i: number, j: number) => number,
  fewest: number,
): [number[], number[]] | undefined {
  const alone = fewest < MIN_KINDS;
  const seeds: Array<[number, number, number]> = [];
  for (let x = 0; x < rich.length; x++) {
    for (let y = x + 1; y < rich.length; y++) {
      const kinds = pairs.count(rich[x], rich[y]);
      if (kinds >= fewest && (!alone || pairs.hasAlone(rich[x], rich[y]))) seeds.push([rich[x], rich[y], kinds]);
    }
  }
  if (seeds.length === 0) return undefined;
  seeds.sort((p, q) => q[2] - p[2] || p[0] - q[0] || p[1] - q[1]);
  let best: { parts: [number[], number[]]; kinds: number; balance: number } | undefined;
  for (const [a, b] of seeds.slice(0, MAX_SEEDS)) {
    const parts = partsFrom(a, b, facts, rich, pairs, closeness);
    if (!parts) continue;
    const kinds = separatingKinds(parts, facts);
    const balance = Math.min(parts[0].length, parts[1].length);
    if (kinds.size < fewest) continue;
    if (alone && (![...kinds].some((k) => ALONE_KINDS.has(k)) || bond(parts, closeness) >= WEAK_BOND)) continue;
    if (!best || kinds.size > best.kinds || (kinds.size === best.kinds && balance > best.balance)) best = { parts, kinds: kinds.size, balance };
  }
  return best?.parts;
}

/** The mean closeness of the articles of one part to those of the other. */
function bond(parts: [number[], number[]], closeness: (i: number, j: number) => number): number {
  let sum = 0;
  for (const i of parts[0]) for (const j of parts[1]) sum += closeness(i, j);
  return sum / (parts[0].length * parts[1].length);
}

/** Two parts grown from two seed articles: each article with facts joins the part whose pooled facts it matches best. */
function partsFrom(
  a: number,
  b: number,
  facts: readonly LeadFacts[],
  rich: readonly number[],
  pairs: Disagreements,
  closeness: (i: number, j: number) => number,
): [number[], number[]] | undefined {
  let side = new Map<number, 0 | 1>([
    [a, 0],
    [b, 1],
  ]);
  for (let round = 0; round < 4; round++) {
    const pools = [0, 1].map((s) => pooled([...side].filter(([, t]) => t === s).map(([i]) => facts[i])).facts);
    const next = new Map<number, 0 | 1>([
      [a, 0],
      [b, 1],
    ]);
    for (const i of rich) {
      if (i === a || i === b) continue;
      const [s0, s1] = [score(facts[i], pools[0]), score(facts[i], pools[1])];
      if (s0 !== s1) next.set(i, s0 > s1 ? 0 : 1);
    }
    const same = next.size === side.size && [...next].every(([i, t]) => side.get(i) === t);
    side = next;
    if (same) break;
  }
  const parts: [number[], number[]] = [[], []];
  for (const [i, s] of side) parts[s].push(i);
  // The articles that state nothing decisive go where they are closest, by the pair model.
  for (let i = 0; i < facts.length; i++) {
    if (side.has(i)) continue;
    const mean = (part: number[]) => part.reduce((sum, j) => sum + closeness(i, j), 0) / part.length;
    parts[mean(parts[0]) >= mean(parts[1]) ? 0 : 1].push(i);
  }
  if (parts.some((p) => p.length < MIN_PART)) return undefined;
  // Each part must be one event on its own terms.
  for (const part of parts) {
    for (let x = 0; x < part.length; x++) {
      for (let y = x + 1; y < part.length; y++) if (pairs.count(part[x], part[y]) >= MIN_KINDS) return undefined;
    }
  }
  return [parts[0].sort((x, y) => x - y), parts[1].sort((x, y) => x - y)];
}

/** The independent kinds of fact on which the two parts disagree, each stated by at least MIN_SUPPORT articles of each. */
function separatingKinds(parts: [number[], number[]], facts: readonly LeadFacts[]): Set<string> {
  const [p, q] = parts.map((part) => pooled(part.map((i) => facts[i])));
  const kinds = new Set<string>();
  for (const [kind, values] of p.facts) {
    const other = q.facts.get(kind);
    if (!other || (p.support.get(kind) ?? 0) < MIN_SUPPORT || (q.support.get(kind) ?? 0) < MIN_SUPPORT) continue;
    if (!overlaps(values, other)) kinds.add(independentKind(kind));
  }
  return kinds;
}
