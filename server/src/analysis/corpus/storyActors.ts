// Who did the main act. Two events of one saga share their words, their figures and the name their leads are about
// (two teams' offers to one free agent a week apart: the player, his agent, eight years and $160 million), and what
// the words share binds them as one story. What parts them is the actor: the leads of one event name one team, the
// leads of the other another, and no lead names both. A story splits in two on that when
//   - each part has its own lead name, written in the leads of most (ACTOR_SHARE) of its articles and in no lead of
//     the other part (the actor is the part's own, not a name every report mentions in passing), and
//   - the parts are weakly bonded by what their words share (the pair model's mean probability under ACTOR_BOND):
//     reports of one event that name its place or its agency two ways ("Indonesia" and "Aceh") are bound far more
//     strongly than that by everything else they share.
// The names come from the lead's two sentences only (storySignature's leadNames): further down an article names
// the other actors of the saga ("the Angels and the Nationals have made offers as well"), which is not who acted.

/** The share of a part's articles whose leads name its own actor: three in four. */
const ACTOR_SHARE = 0.75;
/** An actor is named in the leads of at least this many articles: two leads naming a side figure are not a camp. */
const MIN_LEADS = 3;
/**
 * The mean pair probability across the parts under which two parts with their own actors are two stories: under the
 * weakest quarter of the pairs of one event (0.73 on clusters + fresh in one folder, median 0.94). The two offers to one
 * player bond at 0.44 to 0.61 as their folder grows; the one true story of the corpus with two such camps, at 0.99.
 */
const ACTOR_BOND = 0.7;
/** A part must hold at least this many articles, and the actor be named in this many leads. */
const MIN_PART = 2;
/** Stories larger than this are not taken apart. */
export const MAX_ACTOR_STORY = 64;
/** The most lead names paired as the actors of two camps (the search is quadratic in them). */
const MAX_CANDIDATES = 40;

/**
 * A split of one story into two by the actors its leads name, or undefined: indices into `leadNames` of two parts.
 * Articles whose lead names neither actor go to the part they are closest to by the pair model (`closeness`).
 * Deterministic: of several splits, the one whose parts are bonded most weakly; ties go by the names' order.
 */
export function splitByActor(leadNames: ReadonlyArray<readonly string[]>, closeness: (i: number, j: number) => number): [number[], number[]] | undefined {
  const n = leadNames.length;
  if (n < 2 * MIN_PART || n > MAX_ACTOR_STORY) return undefined;
  const leadsOf = new Map<string, number[]>();
  leadNames.forEach((names, i) => {
    for (const name of new Set(names)) {
      let list = leadsOf.get(name);
      if (!list) leadsOf.set(name, (list = []));
      list.push(i);
    }
  });
  // A name in nearly every lead is what the story is about, not one side's actor; an actor is named in most of its
  // camp's leads, so it is among the names the leads use most, and only those are paired.
  const candidates = [...leadsOf.keys()]
    .filter((name) => leadsOf.get(name)!.length >= MIN_LEADS && leadsOf.get(name)!.length <= n - MIN_PART)
    .sort((x, y) => leadsOf.get(y)!.length - leadsOf.get(x)!.length || (x < y ? -1 : 1))
    .slice(0, MAX_CANDIDATES);
  let best: { parts: [number[], number[]]; bond: number } | undefined;
  for (let x = 0; x < candidates.length; x++) {
    const a = leadsOf.get(candidates[x])!;
    const inA = new Set(a);
    for (let y = x + 1; y < candidates.length; y++) {
      const b = leadsOf.get(candidates[y])!;
      // Each actor must be named in three in four of its part's leads, so the two together in as many of the story's.
      if (a.length + b.length < ACTOR_SHARE * n || b.some((i) => inA.has(i))) continue;
      const parts = partsAround(a, b, n, closeness);
      if (a.length < ACTOR_SHARE * parts[0].length || b.length < ACTOR_SHARE * parts[1].length) continue;
      const bond = meanCloseness(parts, closeness);
      if (bond >= ACTOR_BOND) continue;
      if (!best || bond < best.bond) best = { parts, bond };
    }
  }
  return best?.parts;
}

/** Two parts seeded by the articles whose leads name each actor; every other article joins the one it is closest to. */
function partsAround(a: number[], b: number[], n: number, closeness: (i: number, j: number) => number): [number[], number[]] {
  const parts: [number[], number[]] = [[...a], [...b]];
  const mean = (i: number, part: number[]) => part.reduce((sum, j) => sum + closeness(i, j), 0) / part.length;
  for (let i = 0; i < n; i++) {
    if (a.includes(i) || b.includes(i)) continue;
    parts[mean(i, a) >= mean(i, b) ? 0 : 1].push(i);
  }
  return [parts[0].sort((p, q) => p - q), parts[1].sort((p, q) => p - q)];
}

/** The mean closeness of the articles of one part to those of the other. */
function meanCloseness(parts: [number[], number[]], closeness: (i: number, j: number) => number): number {
  let sum = 0;
  for (const i of parts[0]) for (const j of parts[1]) sum += closeness(i, j);
  return sum / (parts[0].length * parts[1].length);
}
