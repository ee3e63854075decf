// Which story each article is in, each story's members, and the stories as the service lists them: with an id that
// stays while the story keeps most of its articles, and a title from its most typical headline.
import { hash } from '../text/normalize';
import type { StoryFacts } from './storyModel';

export interface Story {
  id: string;
  title: string;
  /** Sorted. */
  uris: string[];
}

/** What the members need of an article: its uri, and what names its story. */
export interface MemberArticle {
  uri: string;
  meta: { path: string };
  facts: StoryFacts;
  /** Where the user placed the article, if anywhere: a pinned story, its folder or the one story. */
  fixed?: { id: string; title: string };
}

export class StoryMembers<A extends MemberArticle> {
  private readonly storyOfUri = new Map<string, string>();
  private readonly members = new Map<string, Set<string>>();
  /** The stories as last listed, each kept until its members change (the hover and the views ask often). */
  private readonly listed = new Map<string, Story>();
  private all: Story[] | undefined;
  /** Each story's articles sorted by uri, kept until its members change (`articlesOf`). */
  private readonly sorted = new Map<string, readonly A[]>();

  constructor(private readonly articleOf: (uri: string) => A) {}

  storyOf(uri: string): string | undefined {
    return this.storyOfUri.get(uri);
  }

  /** Puts an article in a story; the ids of the stories it joins and leaves go to `changed`. */
  place(uri: string, id: string, changed: Set<string>): void {
    const before = this.storyOfUri.get(uri);
    if (before === id) return;
    this.touch(id);
    if (before !== undefined) this.leave(uri, before, changed);
    this.storyOfUri.set(uri, id);
    let set = this.members.get(id);
    if (!set) this.members.set(id, (set = new Set()));
    set.add(uri);
    changed.add(id);
  }

  /** An article taken out of the index: it leaves its story. */
  drop(uri: string, changed: Set<string>): void {
    const id = this.storyOfUri.get(uri);
    if (id === undefined) return;
    this.storyOfUri.delete(uri);
    this.leave(uri, id, changed);
  }

  /** A story's articles by uri, kept until its members change (a large story is touched by each article it meets). */
  articlesOf(id: string): readonly A[] {
    let list = this.sorted.get(id);
    if (!list) this.sorted.set(id, (list = [...this.members.get(id)!].sort().map(this.articleOf)));
    return list;
  }

  /** An id for a new story: from its first uri, numbered when another story has it. */
  newId(uris: string[]): string {
    const base = `story-${hash([...uris].sort()[0])}`;
    let id = base;
    for (let n = 2; this.members.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  /** Sorted by id. */
  stories(): Story[] {
    this.all ??= [...this.members.keys()].sort().map((id) => {
      let story = this.listed.get(id);
      if (!story) {
        const items = [...this.members.get(id)!].sort().map(this.articleOf);
        const title = items[0].fixed?.title ?? storyTitle(items.map((a) => ({ path: a.meta.path, facts: a.facts })));
        this.listed.set(id, (story = { id, title, uris: items.map((a) => a.uri) }));
      }
      return story;
    });
    return this.all.slice();
  }

  private leave(uri: string, id: string, changed: Set<string>): void {
    this.touch(id);
    const set = this.members.get(id)!;
    set.delete(uri);
    if (set.size === 0) this.members.delete(id);
    changed.add(id);
  }

  private touch(id: string): void {
    this.listed.delete(id);
    this.sorted.delete(id);
    this.all = undefined;
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
