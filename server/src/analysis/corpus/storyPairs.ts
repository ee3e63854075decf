// How likely two articles of the index are to report one event: the pair model's probability, kept per pair until
// the folder has grown enough to change the terms' weights, with the prior of a small directory.
import type { ArticleInfo } from './stories';
import type { LeadFacts } from './storyFacts';
import type { Directories } from './storyDirectories';
import { withFolderPrior } from './storyDirectories';
import { pairFeatureValues, sameStoryProbability, storyVectors, type StoryArticle, type StoryModel, type TermCounts } from './storyModel';
import type { MemberArticle } from './storyMembers';
import type { FolderTerms } from './storyTerms';

/** An article as the story index holds it. */
export interface IndexedArticle extends StoryArticle, MemberArticle {
  /** A number for the article's life in the index: pair caches key on it. */
  key: number;
  /** What the article was last updated with: an update with the same text and meta changes nothing. */
  meta: ArticleInfo;
  /** The directory of its path ('' at the root) as a number (`Directories.idOf`): a small one is one event's folder. */
  directoryId: number;
  textHash: string;
  /**
   * A digest of what the index read of the text (its signature and lead): an edit that leaves it as it was (a space,
   * a typo's letter in a word read nowhere else) leaves the article where it is. Regrouping it would ask its
   * neighbours again in another order than the folder's load did, and could move it.
   */
  read: string;
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
}

/** From this many articles on, a term's rarity is known well enough that weights computed then are kept. */
const SETTLED = 256;

export class ArticlePairs {
  constructor(
    private readonly terms: FolderTerms,
    private readonly directories: Directories,
    private readonly model: StoryModel,
  ) {}

  /**
   * The probability the grouping weighs two articles by: the model's, with the prior of a small directory. The splits
   * by lead facts and actors weigh it too: within one event's folder the bond they ask of two camps is that folder's.
   * (With the model's alone there, the split took apart three of the 104 cluster folders that the prior had made whole:
   * scripts/eval/stories.mjs, 7.)
   */
  link(a: IndexedArticle, b: IndexedArticle): number {
    const p = this.probability(a, b);
    return this.directories.oneSmall(a.directoryId, b.directoryId) ? withFolderPrior(p) : p;
  }

  /**
   * Whether the probabilities between these articles are final: each article's were computed at SETTLED articles or
   * more (`probability` never computes them again, and keeps each once computed).
   */
  settled(group: readonly IndexedArticle[]): boolean {
    return group.every((a) => a.pairsAt >= SETTLED);
  }

  private probability(a: IndexedArticle, b: IndexedArticle): number {
    const [low, high] = a.key < b.key ? [a, b] : [b, a];
    if (this.stale(low.pairsAt)) {
      low.pairs.clear();
      low.pairsAt = this.terms.count;
    }
    let p = low.pairs.get(high.key);
    if (p === undefined) {
      p = sameStoryProbability(pairFeatureValues(this.weighed(low), this.weighed(high), this.terms), this.model);
      low.pairs.set(high.key, p);
    }
    return p;
  }

  /** Weights and probabilities from a small folder are redone once the folder has doubled; a large folder's last. */
  private stale(at: number): boolean {
    return at < SETTLED && this.terms.count >= 2 * Math.max(1, at);
  }

  private weighed(article: IndexedArticle): IndexedArticle {
    if (this.stale(article.weighedAt)) {
      article.vectors = storyVectors(article.terms, this.terms);
      article.weighedAt = this.terms.count;
    }
    return article;
  }
}
