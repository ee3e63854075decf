// Stories: the articles of a folder about one event. Entities are linked, claims aligned, quotations
// matched and checks run within a story only, and a story is the unit of incremental work: the service
// rebuilds the corpus and findings of the stories an edit touched, no others.
//
// This first version puts every article in one story. It keeps the contract the real grouping must
// keep (docs/design.md, "Stories"): deterministic for documents given in sorted order; `update` of one
// document never regroups the folder; a story's id survives edits and additions.
import type { Config } from '../config';

export interface Story {
  id: string;
  title: string;
  /** Sorted. */
  uris: string[];
}

export interface StoryChange {
  /** Ids of the stories whose members changed (a story that lost its last member is among them). */
  changed: string[];
}

export interface ArticleInfo {
  /** Path relative to the workspace root. */
  path: string;
  date?: string;
  title?: string;
}

export interface StoryIndex {
  /** Adds or updates one article; the index reads what it needs from the text and the article's metadata. */
  update(uri: string, text: string, meta: ArticleInfo): StoryChange;
  remove(uri: string): StoryChange;
  /** Stories with at least one member, in a stable order. */
  stories(): Story[];
  storyOf(uri: string): string | undefined;
}

/** What `crosscheck.yaml` says about grouping; none yet. */
export type StoryOptions = Record<string, never>;

export function storyOptions(_config: Config): StoryOptions {
  return {};
}

const ALL = 'all';

export function createStoryIndex(_options: StoryOptions = {}): StoryIndex {
  const members = new Set<string>();
  let sorted: string[] | undefined;
  return {
    update(uri) {
      if (members.has(uri)) return { changed: [] };
      members.add(uri);
      sorted = undefined;
      return { changed: [ALL] };
    },
    remove(uri) {
      if (!members.delete(uri)) return { changed: [] };
      sorted = undefined;
      return { changed: [ALL] };
    },
    stories() {
      if (members.size === 0) return [];
      sorted ??= [...members].sort();
      return [{ id: ALL, title: 'All articles', uris: sorted }];
    },
    storyOf: (uri) => (members.has(uri) ? ALL : undefined),
  };
}
