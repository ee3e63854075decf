// The story index's inverted index: the folder's terms (names, figures, rare words of the articles' signatures) as
// numbers, which articles use each, how rare each is, and the candidates an article is compared with, found from its
// rarest terms within a budget of postings, never from all pairs.
import { commonShare, type StorySignature } from './storySignature';
import type { StoryVectors, TermCounts, TermStats } from './storyModel';

/** Pseudo-articles of general news that smooth the folder's word counts (see data/commonWords.json). */
const BACKGROUND_ARTICLES = 50;
/** A term used by at most this many articles (or this share of the folder) says something about one event. */
const RARE_MIN = 3;
const RARE_SHARE = 0.01;
/** A word used by more than this share of general news is never a rare term nor a blocking key. */
const COMMON_SHARE = 0.02;
/** Candidates come from the article's rarest terms, until this many postings have been read. */
const POSTING_BUDGET = 2000;
/** How many of the best candidates an article is compared with. */
const CANDIDATES = 20;

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
