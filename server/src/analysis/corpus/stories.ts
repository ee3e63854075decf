// Stories: the articles of a folder grouped by the event they report. Claims, quotations and names are compared
// within a story only, and a story is the unit of incremental work.
//
// Automatic grouping reads a cheap signature of each article (storySignature.ts) and scores pairs of articles with
// a small learned model (storyModel.ts). An article is compared only with the articles its rarest names, figures
// and words point to (an inverted index with a budget, never all pairs); the stories of those neighbours are then
// regrouped together by average link (storyClusters.ts). So a new or edited article joins, splits or merges only
// the stories around it, and a story keeps its id as long as it keeps most of its articles. A cold load in sorted
// order always gives the same stories.
//
// The user may pin stories by globs, make every folder a story, or make the whole folder one story (config.ts).
import { globMatcher, type Config, type StoriesConfig } from '../config';
import { storySignature, commonShare, type StorySignature } from './storySignature';
import {
  defaultStoryModel,
  pairFeatureValues,
  sameStoryProbability,
  storyVectors,
  type StoryArticle,
  type StoryFacts,
  type StoryModel,
  type StoryVectors,
  type TermCounts,
  type TermStats,
} from './storyModel';
import { averageLink } from './storyClusters';
import { MAX_ACTOR_STORY, splitByActor } from './storyActors';
import { FEWEST_STATING, leadOf, MAX_STORY as MAX_FACTS_STORY, NO_FACTS, readLeadFacts, splitByFacts, type LeadFacts } from './storyFacts';

export interface Story {
  id: string;
  title: string;
  /** Sorted. */
  uris: string[];
}

export interface StoryChange {
  /** Ids of the stories whose members changed (created, grown, shrunk or gone). */
  changed: string[];
}

export interface ArticleInfo {
  /** Path relative to the workspace root. */
  path: string;
  /** Publication date (YYYY-MM-DD) the host knows (config `sources`); front matter and datelines are read here. */
  date?: string;
  title?: string;
}

export interface StoryIndex {
  /** Adds or updates one article; the index reads what it needs from the text and the article's metadata. */
  update(uri: string, text: string, meta: ArticleInfo): StoryChange;
  remove(uri: string): StoryChange;
  /** Sorted by id. */
  stories(): Story[];
  storyOf(uri: string): string | undefined;
  /**
   * The folder's listing (paths relative to its root), given by the host before its articles: how many articles each
   * directory holds. A small directory is read as the user's grouping of one event's reports (see FOLDER_PRIOR).
   */
  listed?(paths: string[]): void;
}

/**
 * `grouping` — `auto`: by what the articles say; `folders`: each folder is a story; `one`: the whole folder is one
 * story. `pinned` — stories the user fixed: an article matching one of them is in it, whatever it says (the first
 * match wins).
 */
export interface StoryOptions extends Partial<StoriesConfig> {
  /** The pair model; the trained one by default. */
  model?: StoryModel;
  /**
   * An article's lead facts from its reading, when the host holds the reading of the text the index was given (the
   * same facts as its head read alone, `factsOfReading`); undefined when it does not: the head is read here then.
   */
  leadFacts?: (uri: string, head: string) => LeadFacts | undefined;
}

/** What `crosscheck.yaml` says about stories. The index is built again only when this changes. */
export function storyOptions(config: Config): StoryOptions {
  return { grouping: config.stories.grouping, pinned: config.stories.pinned };
}

/** Pseudo-articles of general news that smooth the folder's word counts (see data/commonWords.json). */
const BACKGROUND_ARTICLES = 50;
/** From this many articles on, a term's rarity is known well enough that weights computed then are kept. */
const SETTLED = 256;
/** The most splits of groups kept (`splitsKept`); past it they are forgotten and found again. */
const SPLITS_KEPT = 20_000;
/** A term used by at most this many articles (or this share of the folder) says something about one event. */
const RARE_MIN = 3;
const RARE_SHARE = 0.01;
/** A word used by more than this share of general news is never a rare term nor a blocking key. */
const COMMON_SHARE = 0.02;
/** Candidates come from the article's rarest terms, until this many postings have been read. */
const POSTING_BUDGET = 2000;
/** How many of the best candidates an article is compared with. */
const CANDIDATES = 20;
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
/**
 * A directory of at most SMALL_FOLDER articles is the user's own grouping: several outlets' reports of one event put
 * in one folder. The pair model was trained on mixed folders, where two articles share a story rarely, and within
 * one event's folder the event's own words are common, so they weigh little: an outlet that tells the event in other
 * words (a forum post, a wire's early flash) falls below the threshold and its claims are never compared. Two
 * articles of one small directory get FOLDER_PRIOR added to their log-odds; a larger directory is an archive and gets
 * nothing (as does a directory the host did not list). Two events in one small folder still part when their words
 * differ (stories.mjs measures both).
 */
export const SMALL_FOLDER = 30;
const FOLDER_PRIOR = 1.5;

interface Article extends StoryArticle {
  /** A number for the article's life in the index: pair caches key on it. */
  key: number;
  uri: string;
  /** What the article was last updated with: an update with the same text and meta changes nothing. */
  meta: ArticleInfo;
  /** The directory of its path ('' at the root) as a number (`directoryId`): a small one is one event's folder. */
  directoryId: number;
  textHash: string;
  terms: TermCounts;
  /** Ids of the names the article uses, increasing (for telling events apart). */
  names: Int32Array;
  /** The folder size when `vectors` were weighed: they are weighed again once the folder has doubled. */
  weighedAt: number;
  /** Probabilities with articles of a larger key, computed when the folder had `pairsAt` articles. */
  pairs: Map<number, number>;
  pairsAt: number;
  /**
   * The defining facts its lead states (magnitude, tolls, times, dates): two events of one kind differ on several.
   * Read only when a split is tried; until then `head` holds the lead if it may state any (else there are none).
   */
  lead?: LeadFacts;
  head?: string;
  /** Where the user placed the article, if anywhere: a pinned story, its folder or the one story. */
  fixed?: { id: string; title: string };
}

export function createStoryIndex(options: StoryOptions = {}): StoryIndex {
  const grouping = options.grouping ?? 'auto';
  const model = options.model ?? defaultStoryModel;
  const pins = (options.pinned ?? []).map((pin) => ({ ...pin, patterns: pin.files.map((f) => globMatcher(f.replace(/^\.\//, ''))) }));

  const articles = new Map<string, Article>();
  const byKey = new Map<number, Article>();
  let nextKey = 0;
  const storyOfUri = new Map<string, string>();
  const members = new Map<string, Set<string>>();
  const terms = new FolderTerms();
  /**
   * Articles in each directory, as the host last listed the folder, and each file created since that the index was
   * given (the editor lists at start and on a config change; a file created later counts in its directory at once).
   */
  let listedIn: number[] = [];
  let listedPaths: Set<string> | undefined;
  /** Each directory met as a number, for `listedIn` (by number; a directory not listed has none there). */
  const directoryIds = new Map<string, number>();
  const directoryId = (dir: string): number => {
    let id = directoryIds.get(dir);
    if (id === undefined) directoryIds.set(dir, (id = directoryIds.size));
    return id;
  };
  const countListed = (path: string) => {
    if (!listedPaths || listedPaths.has(path)) return;
    listedPaths.add(path);
    const id = directoryId(directoryOf(path));
    listedIn[id] = (listedIn[id] ?? 0) + 1;
    // A directory's count weighs on the pairs' probabilities (FOLDER_PRIOR), which the splits kept weigh.
    splitsKept.clear();
  };
  const inSmallFolder = (a: Article, b: Article) => a.directoryId === b.directoryId && (listedIn[a.directoryId] ?? Infinity) <= SMALL_FOLDER;

  const fixedPlace = (path: string): Article['fixed'] => {
    const normalized = normalizedPath(path);
    for (const pin of pins) if (pin.patterns.some((re) => re.test(normalized))) return { id: `pin:${pin.title}`, title: pin.title };
    if (grouping === 'one') return { id: 'all', title: 'All articles' };
    if (grouping === 'folders') {
      const folder = directoryOf(path);
      return { id: `folder:${folder || '.'}`, title: folder || '(top folder)' };
    }
    return undefined;
  };

  /** Weights and probabilities from a small folder are redone once the folder has doubled; a large folder's last. */
  const stale = (at: number) => at < SETTLED && terms.count >= 2 * Math.max(1, at);
  const weighed = (article: Article) => {
    if (stale(article.weighedAt)) {
      article.vectors = storyVectors(article.terms, terms);
      article.weighedAt = terms.count;
    }
    return article;
  };
  const probability = (a: Article, b: Article): number => {
    const [low, high] = a.key < b.key ? [a, b] : [b, a];
    if (stale(low.pairsAt)) {
      low.pairs.clear();
      low.pairsAt = terms.count;
    }
    let p = low.pairs.get(high.key);
    if (p === undefined) {
      p = sameStoryProbability(pairFeatureValues(weighed(low), weighed(high), terms), model);
      low.pairs.set(high.key, p);
    }
    return p;
  };
  /**
   * The probability the grouping weighs two articles by: the model's, with the prior of a small directory. The splits
   * by lead facts and actors weigh it too: within one event's folder the bond they ask of two camps is that folder's.
   * (With the model's alone there, the split took apart three of the 104 cluster folders that the prior had made whole:
   * scripts/eval/stories.mjs, 7.)
   */
  const linkProbability = (a: Article, b: Article): number => (inSmallFolder(a, b) ? withPrior(probability(a, b), FOLDER_PRIOR) : probability(a, b));

  /** The stories as last listed, each kept until its members change (the hover and the views ask often). */
  const listed = new Map<string, Story>();
  let all: Story[] | undefined;
  /** Each story's articles sorted by uri, kept until its members change (storyArticles). */
  const sorted = new Map<string, readonly Article[]>();
  const touch = (id: string) => {
    listed.delete(id);
    sorted.delete(id);
    all = undefined;
  };

  const place = (uri: string, id: string, changed: Set<string>) => {
    const before = storyOfUri.get(uri);
    if (before === id) return;
    touch(id);
    if (before !== undefined) leave(uri, before, changed);
    storyOfUri.set(uri, id);
    let set = members.get(id);
    if (!set) members.set(id, (set = new Set()));
    set.add(uri);
    changed.add(id);
  };
  const leave = (uri: string, id: string, changed: Set<string>) => {
    touch(id);
    const set = members.get(id)!;
    set.delete(uri);
    if (set.size === 0) members.delete(id);
    changed.add(id);
  };

  const forget = (uri: string, changed: Set<string>) => {
    const article = articles.get(uri);
    if (!article) return;
    articles.delete(uri);
    byKey.delete(article.key);
    if (!article.fixed) terms.remove(article.key, article.terms);
    const id = storyOfUri.get(uri);
    if (id !== undefined) {
      storyOfUri.delete(uri);
      leave(uri, id, changed);
    }
  };

  const candidates = (article: Article): Article[] => candidateKeys(article.key, article.vectors, terms).map((key) => byKey.get(key)!);

  /** Regroups the article with the stories of its likely neighbours; ids go to the groups that keep most of a story. */
  const group = (article: Article, changed: Set<string>) => {
    const touched = new Map<string, number>();
    for (const other of candidates(article)) {
      const id = storyOfUri.get(other.uri);
      const p = linkProbability(article, other);
      if (id !== undefined && p >= TOUCH_PROBABILITY) touched.set(id, Math.max(p, touched.get(id) ?? 0));
    }
    // Units: the article, the articles of the closest stories one by one, the other stories whole.
    const units: Array<readonly Article[]> = [[article]];
    let singles = 1;
    let split = 0;
    for (const [id] of [...touched].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_TOUCHED)) {
      const story = storyArticles(id);
      if (singles + story.length <= MAX_SINGLES && split < SPLIT_STORIES) {
        for (const a of story) units.push([a]);
        singles += story.length;
        split++;
      } else units.push(story);
    }
    const samples = units.map((u) => u.slice(0, SAMPLE));
    // Two stories kept whole were apart before this article came; they are not compared again.
    const mean = (i: number, j: number) => {
      if (units[i].length > 1 && units[j].length > 1) return 0;
      let sum = 0;
      for (const x of samples[i]) for (const y of samples[j]) sum += linkProbability(x, y);
      return sum / (samples[i].length * samples[j].length);
    };
    const unitsOf = (group: number[]) => group.flatMap((i) => units[i]);
    const groups = averageLink(
      units.map((u) => ({ size: u.length })),
      mean,
      model.threshold,
      (a, b) => !distinctEvents(unitsOf(a), unitsOf(b)),
    );
    assignIds(groups.flatMap((g) => apartByFacts(unitsOf(g))).map((g) => g.map((a) => a.uri)), changed);
  };

  /**
   * A group whose articles fall into two parts that disagree on several defining facts (two quakes on one island:
   * another magnitude, another hour, another toll), or on the day alone while their words bind them weakly (one
   * senator in the news on two days), is two stories; so is a group whose leads fall into two camps that each name
   * their own actor, weakly bonded (two teams' offers to one player: storyActors.ts). Each part is tried again.
   */
  const apartByFacts = (group: Article[], depth = 0): Article[][] => {
    // A group larger than either split takes apart is left whole before its heads are read: reading them is most of
    // the grouping's cost, and the splits would refuse it whatever its facts.
    if (depth >= 2 || group.length < FEWEST_STATING || group.length > Math.max(MAX_FACTS_STORY, MAX_ACTOR_STORY)) return [group];
    const sorted = [...group].sort((a, b) => (a.uri < b.uri ? -1 : 1));
    const keptAs = `${depth}:${sorted.map((a) => a.key).join(',')}`;
    const kept = splitsKept.get(keptAs);
    if (kept !== undefined && settled(sorted)) return kept ?? [group];
    const parts = splitApart(sorted, depth);
    if (settled(sorted)) {
      if (splitsKept.size >= SPLITS_KEPT) splitsKept.clear();
      splitsKept.set(keptAs, parts);
    }
    return parts ?? [group];
  };

  /**
   * What `apartByFacts` found for a group (its articles' keys in uri order, and the depth), null when it left it whole:
   * a story the articles of a large folder keep meeting is otherwise split again at each (the most of the grouping's
   * time after the pairs' probabilities, at 10,000 articles). Kept only for groups whose answer cannot change: every
   * article's pair probabilities are settled (`settled`), their lead facts read or known to be none, and the directories'
   * counts unchanged since (a count that changes clears them all). An article updated gets a new key.
   */
  const splitsKept = new Map<string, Article[][] | null>();
  /**
   * Whether the probabilities between these articles are final: each article's were computed at SETTLED articles or
   * more (`probability` never computes them again, and keeps each once computed).
   */
  const settled = (group: readonly Article[]) => group.every((a) => a.pairsAt >= SETTLED);

  /** The split of a group in uri order, each part tried again; null when the group stays whole. */
  const splitApart = (sorted: Article[], depth: number): Article[][] | null => {
    // Each pair's probability once: the splits ask of the same pairs for every seed they try (nothing changes meanwhile).
    const n = sorted.length;
    const known = new Float64Array(n * n).fill(NaN);
    const closeness = (i: number, j: number) => {
      let p = known[i * n + j];
      if (p !== p) known[i * n + j] = p = linkProbability(sorted[i], sorted[j]);
      return p;
    };
    const stating = sorted.filter((a) => a.head !== undefined || (a.lead?.size ?? 0) > 0).length >= FEWEST_STATING;
    const split =
      (stating ? splitByFacts(sorted.map(leadFactsOf), closeness) : undefined) ??
      splitByActor(
        sorted.map((a) => a.facts.leadNames),
        closeness,
      );
    if (!split) return null;
    return split.flatMap((part) => apartByFacts(part.map((i) => sorted[i]), depth + 1));
  };

  /** A story's articles by uri, kept until its members change (a large story is touched by each article it meets). */
  const storyArticles = (id: string): readonly Article[] => {
    let list = sorted.get(id);
    if (!list) sorted.set(id, (list = [...members.get(id)!].sort().map((uri) => articles.get(uri)!)));
    return list;
  };

  /**
   * Two groups of articles report two events when each has a name most of its articles use and no article of the
   * other does: the governor and the villages of one quake, the phone model of one launch.
   */
  const distinctEvents = (a: Article[], b: Article[]): boolean => {
    if (a.length < DISTINCT_MIN || b.length < DISTINCT_MIN) return false;
    return hasOwnName(a, b) && hasOwnName(b, a);
  };
  const hasOwnName = (group: Article[], others: Article[]): boolean => {
    const counts = new Map<number, number>();
    for (const article of group) for (const id of article.names) counts.set(id, (counts.get(id) ?? 0) + 1);
    const need = Math.ceil(CONSENSUS_SHARE * group.length);
    for (const [id, count] of counts) {
      if (count >= need && terms.isBlockingKey(id) && !others.some((article) => includes(article.names, id))) return true;
    }
    return false;
  };

  const leadFactsOf = (article: Article): LeadFacts => {
    if (article.lead === undefined) {
      const head = article.head;
      article.lead = head === undefined ? NO_FACTS : (options.leadFacts?.(article.uri, head) ?? readLeadFacts(head, article.meta.date ?? article.facts.date));
      article.head = undefined;
    }
    return article.lead;
  };

  const assignIds = (groups: string[][], changed: Set<string>) => {
    // Old story → new group by the most articles kept; larger overlaps are settled first.
    const overlaps: Array<{ group: number; id: string; size: number }> = [];
    groups.forEach((uris, group) => {
      const counts = new Map<string, number>();
      for (const uri of uris) {
        const id = storyOfUri.get(uri);
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
      const id = idOf.get(group) ?? newId(uris);
      for (const uri of uris) place(uri, id, changed);
    });
  };

  const newId = (uris: string[]): string => {
    const base = `story-${hash([...uris].sort()[0])}`;
    let id = base;
    for (let n = 2; members.has(id); n++) id = `${base}-${n}`;
    return id;
  };

  return {
    update(uri, text, meta) {
      const changed = new Set<string>();
      const fixed = fixedPlace(meta.path);
      const previous = articles.get(uri);
      const textHash = hash(text);
      if (previous && previous.textHash === textHash && sameInfo(previous.meta, meta) && previous.fixed?.id === fixed?.id) return { changed: [] };
      const signature = storySignature(text, meta);
      countListed(normalizedPath(meta.path));
      forget(uri, changed);
      const key = nextKey++;
      const counts = fixed ? { ids: new Int32Array(0), counts: new Uint16Array(0) } : terms.add(key, signature);
      const article: Article = {
        key,
        uri,
        meta: { ...meta },
        directoryId: directoryId(directoryOf(meta.path)),
        textHash,
        facts: factsOf(signature),
        terms: counts,
        names: counts.ids.filter((id) => terms.kind(id) === 'n'),
        vectors: storyVectors(counts, terms),
        weighedAt: terms.count,
        pairs: new Map(),
        pairsAt: terms.count,
        head: fixed ? undefined : leadOf(text),
        fixed,
      };
      articles.set(uri, article);
      byKey.set(key, article);
      if (fixed) place(uri, fixed.id, changed);
      else group(article, changed);
      return { changed: [...changed].sort() };
    },
    remove(uri) {
      const changed = new Set<string>();
      forget(uri, changed);
      return { changed: [...changed].sort() };
    },
    stories() {
      all ??= [...members.keys()].sort().map((id) => {
        let story = listed.get(id);
        if (!story) {
          const items = [...members.get(id)!].sort().map((u) => articles.get(u)!);
          const title = items[0].fixed?.title ?? storyTitle(items.map((a) => ({ path: a.meta.path, facts: a.facts })));
          listed.set(id, (story = { id, title, uris: items.map((a) => a.uri) }));
        }
        return story;
      });
      return all.slice();
    },
    storyOf: (uri) => storyOfUri.get(uri),
    listed(paths) {
      listedIn = [];
      splitsKept.clear();
      listedPaths = new Set();
      for (const path of paths) countListed(normalizedPath(path));
    },
  };
}

/** A path relative to the folder, '/'-separated, without a leading './'. */
function normalizedPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** The directory of a path relative to the folder ('' for the folder itself). */
export function directoryOf(path: string): string {
  const normalized = normalizedPath(path);
  const at = normalized.lastIndexOf('/');
  return at < 0 ? '' : normalized.slice(0, at);
}

/** A probability with `logOdds` added to its log-odds. */
function withPrior(p: number, logOdds: number): number {
  return 1 / (1 + ((1 - p) / Math.max(p, 1e-12)) * Math.exp(-logOdds));
}

/**
 * The keys of the articles sharing an article's rarest terms, by the weight of what they share, best first: the
 * inverted index is read from the rarest term on, until the posting budget is spent.
 */
export function candidateKeys(key: number, vectors: StoryVectors, terms: FolderTerms): number[] {
  const { ids, weights } = vectors;
  const order: number[] = [];
  const postings = new Int32Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    if (!terms.isBlockingKey(ids[k])) continue;
    order.push(k);
    postings[k] = terms.users(ids[k]).length;
  }
  order.sort((x, y) => postings[x] - postings[y] || ids[x] - ids[y]);
  const scores = terms.scratch();
  const seen: number[] = [];
  let read = 0;
  for (const k of order) {
    const users = terms.users(ids[k]);
    if (read > 0 && read + users.length > POSTING_BUDGET) break;
    read += users.length;
    for (const other of users) {
      if (other === key) continue;
      if (scores[other] === 0) seen.push(other);
      scores[other] += weights[k];
    }
  }
  const best = bestOf(seen, CANDIDATES, (a, b) => scores[b] - scores[a] || a - b);
  for (const other of seen) scores[other] = 0;
  return best;
}

/**
 * The first `count` items in the order of `before` (a strict order: no two items tie), in that order: what sorting
 * all and slicing gives, without sorting the thousands of articles a large folder's postings bring for twenty.
 */
export function bestOf(items: readonly number[], count: number, before: (a: number, b: number) => number): number[] {
  const best: number[] = [];
  for (const item of items) {
    if (best.length === count && before(item, best[count - 1]) >= 0) continue;
    let at = best.length === count ? count - 1 : best.length;
    while (at > 0 && before(item, best[at - 1]) < 0) at--;
    if (best.length === count) best.pop();
    best.splice(at, 0, item);
  }
  return best;
}

function sameInfo(a: ArticleInfo, b: ArticleInfo): boolean {
  return a.path === b.path && a.date === b.date && a.title === b.title;
}

function factsOf(signature: StorySignature): StoryFacts {
  const { terms: _terms, ...facts } = signature;
  return facts;
}

function includes(sorted: Int32Array, id: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] === id) return true;
    if (sorted[mid] < id) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

/** The folder's terms: a number for each, which articles use it (the inverted index) and how rare it is. */
export class FolderTerms implements TermStats {
  private readonly ids = new Map<string, number>();
  private readonly kinds: string[] = [];
  /** By term id: the keys of the articles using the term. */
  private readonly postings: number[][] = [];
  /** By term id: the term's share of general news (words only). */
  private readonly background: number[] = [];
  /** Articles counted. */
  count = 0;

  private termId(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.kinds.length;
      this.ids.set(term, id);
      this.kinds.push(term[0]);
      this.postings.push([]);
      this.background.push(term.startsWith('w:') ? commonShare(term.slice(2)) : 0);
    }
    return id;
  }

  private scores = new Float64Array(1024);

  /** A zeroed array indexed by article key, for summing scores; the caller leaves it zeroed. */
  scratch(): Float64Array {
    return this.scores;
  }

  /** Counts an article's terms (under a key of the caller's); returns them as ids. */
  add(key: number, signature: StorySignature): TermCounts {
    this.count++;
    if (key >= this.scores.length) {
      const grown = new Float64Array(Math.max(key + 1, this.scores.length * 2));
      grown.set(this.scores);
      this.scores = grown;
    }
    // Each term as one number, id × 2^16 + count (capped), sorted as numbers: by id, without an array per term.
    const packed = new Float64Array(signature.terms.size);
    let k = 0;
    for (const [term, count] of signature.terms) packed[k++] = this.termId(term) * 65536 + Math.min(count, 65535);
    packed.sort();
    const ids = new Int32Array(packed.length);
    const counts = new Uint16Array(packed.length);
    for (let j = 0; j < packed.length; j++) {
      const id = Math.floor(packed[j] / 65536);
      ids[j] = id;
      counts[j] = packed[j] - id * 65536;
      this.postings[id].push(key);
    }
    return { ids, counts };
  }

  remove(key: number, counts: TermCounts): void {
    this.count--;
    for (const id of counts.ids) {
      const list = this.postings[id];
      const at = list.indexOf(key);
      if (at >= 0) list.splice(at, 1);
    }
  }

  /** The keys of the articles using a term. */
  users(id: number): readonly number[] {
    return this.postings[id];
  }

  kind(id: number): string {
    return this.kinds[id];
  }

  idf(id: number): number {
    const df = this.postings[id].length;
    return Math.max(0, Math.log((this.count + BACKGROUND_ARTICLES) / (df + BACKGROUND_ARTICLES * this.background[id] + 0.5)));
  }

  isRare(id: number): boolean {
    return this.postings[id].length <= Math.max(RARE_MIN, RARE_SHARE * this.count) && this.background[id] <= COMMON_SHARE;
  }

  /** Whether a term may find candidates: not a common word of general news. */
  isBlockingKey(id: number): boolean {
    return this.background[id] <= COMMON_SHARE;
  }
}

/**
 * The headline that shares the most words with the story's other headlines (the most typical one); ties go to the
 * earliest article, then to the first by uri. An article without a headline is named by its file.
 */
export function storyTitle(items: Array<{ path: string; facts: StoryFacts }>): string {
  let best: (typeof items)[number] | undefined;
  let bestScore = -1;
  for (const item of items) {
    if (!item.facts.title) continue;
    let score = 0;
    for (const other of items) {
      if (other === item) continue;
      for (const word of item.facts.titleWords) if (other.facts.titleWords.has(word)) score++;
    }
    const earlier = best !== undefined && (item.facts.day ?? Infinity) < (best.facts.day ?? Infinity);
    if (score > bestScore || (score === bestScore && earlier)) [best, bestScore] = [item, score];
  }
  if (best?.facts.title) return shorten(best.facts.title);
  const path = items[0]?.path ?? '';
  return path.split('/').pop() ?? path;
}

const TITLE_CHARS = 72;

function shorten(title: string): string {
  const oneLine = title.replace(/\s+/g, ' ').trim();
  return oneLine.length <= TITLE_CHARS ? oneLine : `${oneLine.slice(0, TITLE_CHARS - 1).replace(/\s+\S*$/, '')}…`;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable name from a uri, or a check that a text is unchanged. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
