// A group of articles that the pair model holds together may still report two events: two quakes on one island, one
// senator in the news on two days, two teams' offers to one player. Their leads' defining facts (storyFacts.ts) or
// their actors (storyActors.ts) take it apart.
import { MAX_ACTOR_STORY, splitByActor } from './storyActors';
import { FEWEST_STATING, MAX_STORY as MAX_FACTS_STORY, NO_FACTS, readLeadFacts, splitByFacts, type LeadFacts } from './storyFacts';
import type { ArticlePairs, IndexedArticle } from './storyPairs';

/** The most splits of groups kept (`kept`); past it they are forgotten and found again. */
const SPLITS_KEPT = 20_000;

/** An article's lead facts from its reading, when the host holds it (`StoryOptions.leadFacts`). */
export type LeadFactsOf = (uri: string, head: string) => LeadFacts | undefined;

export class FactSplits {
  /**
   * What `apart` found for a group (its articles' keys in uri order, and the depth), null when it left it whole: a
   * story the articles of a large folder keep meeting is otherwise split again at each (the most of the grouping's time
   * after the pairs' probabilities, at 10,000 articles). Kept only for groups whose answer cannot change: every
   * article's pair probabilities are settled (`ArticlePairs.settled`), their lead facts read or known to be none, and
   * the directories' counts unchanged since (a count that changes clears them all: `forget`). An article updated gets
   * a new key.
   */
  private readonly kept = new Map<string, IndexedArticle[][] | null>();

  constructor(
    private readonly pairs: ArticlePairs,
    private readonly leadFacts: LeadFactsOf | undefined,
  ) {}

  /** The probabilities changed (a directory's count did): no split kept holds. */
  forget(): void {
    this.kept.clear();
  }

  /**
   * A group whose articles fall into two parts that disagree on several defining facts (two quakes on one island:
   * another magnitude, another hour, another toll), or on the day alone while their words bind them weakly (one
   * senator in the news on two days), is two stories; so is a group whose leads fall into two camps that each name
   * their own actor, weakly bonded (two teams' offers to one player: storyActors.ts). Each part is tried again.
   */
  apart(group: IndexedArticle[], depth = 0): IndexedArticle[][] {
    // A group larger than either split takes apart is left whole before its heads are read: reading them is most of
    // the grouping's cost, and the splits would refuse it whatever its facts.
    if (depth >= 2 || group.length < FEWEST_STATING || group.length > Math.max(MAX_FACTS_STORY, MAX_ACTOR_STORY)) return [group];
    const sorted = [...group].sort((a, b) => (a.uri < b.uri ? -1 : 1));
    const keptAs = `${depth}:${sorted.map((a) => a.key).join(',')}`;
    const kept = this.kept.get(keptAs);
    if (kept !== undefined && this.pairs.settled(sorted)) return kept ?? [group];
    const parts = this.splitApart(sorted, depth);
    if (this.pairs.settled(sorted)) {
      if (this.kept.size >= SPLITS_KEPT) this.kept.clear();
      this.kept.set(keptAs, parts);
    }
    return parts ?? [group];
  }

  /** The split of a group in uri order, each part tried again; null when the group stays whole. */
  private splitApart(sorted: IndexedArticle[], depth: number): IndexedArticle[][] | null {
    // Each pair's probability once: the splits ask of the same pairs for every seed they try (nothing changes meanwhile).
    const n = sorted.length;
    const known = new Float64Array(n * n).fill(NaN);
    const closeness = (i: number, j: number) => {
      let p = known[i * n + j];
      if (p !== p) known[i * n + j] = p = this.pairs.link(sorted[i], sorted[j]);
      return p;
    };
    const stating = sorted.filter((a) => a.head !== undefined || (a.lead?.size ?? 0) > 0).length >= FEWEST_STATING;
    const split =
      (stating ? splitByFacts(sorted.map((a) => this.leadFactsOf(a)), closeness) : undefined) ??
      splitByActor(
        sorted.map((a) => a.facts.leadNames),
        closeness,
      );
    if (!split) return null;
    return split.flatMap((part) => this.apart(part.map((i) => sorted[i]), depth + 1));
  }

  private leadFactsOf(article: IndexedArticle): LeadFacts {
    if (article.lead === undefined) {
      const head = article.head;
      article.lead = head === undefined ? NO_FACTS : (this.leadFacts?.(article.uri, head) ?? readLeadFacts(head, article.meta.date ?? article.facts.date));
      article.head = undefined;
    }
    return article.lead;
  }
}
