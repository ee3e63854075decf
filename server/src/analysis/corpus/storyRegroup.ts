// An article given to the story index is regrouped with the stories of its likely neighbours: they join, split or
// merge by average link (storyClusters.ts), each group is tried apart by its leads' facts (storySplits.ts), and the ids
// go to the groups that keep most of a story. The rest of the folder is not touched.
import { averageLink } from './storyClusters';
import { includesId, type StoryModel } from './storyModel';
import type { StoryMembers } from './storyMembers';
import type { ArticlePairs, IndexedArticle } from './storyPairs';
import type { FactSplits } from './storySplits';
import { candidateKeys, type FolderTerms } from './storyTerms';

/** A neighbour this unlikely to share the article's story does not bring its story into the regrouping. */
const TOUCH_PROBABILITY = 0.2;
/** The most stories regrouped around an article (the closest ones). */
const MAX_TOUCHED = 4;
/**
 * Of those, the closest stories are taken apart into their articles (which may then split) while they are at most
 * this many and hold at most MAX_SINGLES articles together; the others take part whole (they may grow or merge).
 */
const SPLIT_STORIES = 3;
const MAX_SINGLES = 20;
/** A unit is compared with another through at most this many of its articles. */
const SAMPLE = 6;
/** A name used by this share of a group's articles is one of the group's own. */
const CONSENSUS_SHARE = 0.8;
/** Groups smaller than this say too little about what their articles have in common to be kept apart by it. */
const DISTINCT_MIN = 4;

/** What the regrouping reads and changes of the index. */
export interface Grouping {
  terms: FolderTerms;
  /** The articles by key. */
  byKey: ReadonlyMap<number, IndexedArticle>;
  members: StoryMembers<IndexedArticle>;
  pairs: ArticlePairs;
  splits: FactSplits;
  model: StoryModel;
}

/** Regroups the article with the stories of its likely neighbours; the ids of the stories that change go to `changed`. */
export function regroup(g: Grouping, article: IndexedArticle, changed: Set<string>): void {
  const units = unitsAround(g, article);
  const samples = units.map((u) => u.slice(0, SAMPLE));
  // Two stories kept whole were apart before this article came; they are not compared again.
  const mean = (i: number, j: number) => {
    if (units[i].length > 1 && units[j].length > 1) return 0;
    let sum = 0;
    for (const x of samples[i]) for (const y of samples[j]) sum += g.pairs.link(x, y);
    return sum / (samples[i].length * samples[j].length);
  };
  const unitsOf = (group: number[]) => group.flatMap((i) => units[i]);
  const groups = averageLink(
    units.map((u) => ({ size: u.length })),
    mean,
    g.model.threshold,
    (a, b) => !distinctEvents(g.terms, unitsOf(a), unitsOf(b)),
  );
  assignIds(
    g.members,
    groups.flatMap((group) => g.splits.apart(unitsOf(group))).map((group) => group.map((a) => a.uri)),
    changed,
  );
}

/** The units regrouped: the article, the articles of the closest stories one by one, the other stories whole. */
function unitsAround(g: Grouping, article: IndexedArticle): Array<readonly IndexedArticle[]> {
  const touched = new Map<string, number>();
  for (const key of candidateKeys(article.key, article.vectors, g.terms)) {
    const other = g.byKey.get(key)!;
    const id = g.members.storyOf(other.uri);
    const p = g.pairs.link(article, other);
    if (id !== undefined && p >= TOUCH_PROBABILITY) touched.set(id, Math.max(p, touched.get(id) ?? 0));
  }
  const units: Array<readonly IndexedArticle[]> = [[article]];
  let singles = 1;
  let split = 0;
  for (const [id] of [...touched].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_TOUCHED)) {
    const story = g.members.articlesOf(id);
    if (singles + story.length <= MAX_SINGLES && split < SPLIT_STORIES) {
      for (const a of story) units.push([a]);
      singles += story.length;
      split++;
    } else units.push(story);
  }
  return units;
}

/**
 * Two groups of articles report two events when each has a name most of its articles use and no article of the
 * other does: the governor and the villages of one quake, the phone model of one launch.
 */
function distinctEvents(terms: FolderTerms, a: IndexedArticle[], b: IndexedArticle[]): boolean {
  if (a.length < DISTINCT_MIN || b.length < DISTINCT_MIN) return false;
  return hasOwnName(terms, a, b) && hasOwnName(terms, b, a);
}

function hasOwnName(terms: FolderTerms, group: IndexedArticle[], others: IndexedArticle[]): boolean {
  const counts = new Map<number, number>();
  for (const article of group) for (const id of article.names) counts.set(id, (counts.get(id) ?? 0) + 1);
  const need = Math.ceil(CONSENSUS_SHARE * group.length);
  for (const [id, count] of counts) {
    if (count >= need && terms.isBlockingKey(id) && !others.some((article) => includesId(article.names, id))) return true;
  }
  return false;
}

/** Each group takes the id of the old story it keeps most articles of (larger overlaps settled first), or a new one. */
function assignIds(members: StoryMembers<IndexedArticle>, groups: string[][], changed: Set<string>): void {
  const overlaps: Array<{ group: number; id: string; size: number }> = [];
  groups.forEach((uris, group) => {
    const counts = new Map<string, number>();
    for (const uri of uris) {
      const id = members.storyOf(uri);
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, size] of counts) overlaps.push({ group, id, size });
  });
  overlaps.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.group - b.group));
  const idOf = new Map<number, string>();
  const used = new Set<string>();
  for (const o of overlaps) {
    if (idOf.has(o.group) || used.has(o.id)) continue;
    idOf.set(o.group, o.id);
    used.add(o.id);
  }
  groups.forEach((uris, group) => {
    const id = idOf.get(group) ?? members.newId(uris);
    for (const uri of uris) members.place(uri, id, changed);
  });
}
