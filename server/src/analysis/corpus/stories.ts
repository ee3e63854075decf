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
//
// This file holds the index's interface and its updates; each step is a file of its own: the inverted index of terms
// and the candidates (storyTerms.ts), the directories' counts (storyDirectories.ts), the pairs' probabilities
// (storyPairs.ts), the regrouping around an article (storyRegroup.ts), the splits by lead facts and actors
// (storySplits.ts), and the stories' members, ids and titles (storyMembers.ts).
import { globMatcher, type Config, type StoriesConfig } from '../config';
import { hash } from '../text/normalize';
import { storySignature, type StorySignature } from './storySignature';
import { defaultStoryModel, storyVectors, type StoryFacts, type StoryModel } from './storyModel';
import { leadOf } from './storyFacts';
import { Directories, directoryOf, normalizedPath } from './storyDirectories';
import { StoryMembers, type Story } from './storyMembers';
import { ArticlePairs, type IndexedArticle } from './storyPairs';
import { regroup } from './storyRegroup';
import { FactSplits, type LeadFactsOf } from './storySplits';
import { FolderTerms } from './storyTerms';

export type { Story } from './storyMembers';

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
  leadFacts?: LeadFactsOf;
}

/** What `crosscheck.yaml` says about stories. The index is built again only when this changes. */
export function storyOptions(config: Config): StoryOptions {
  return { grouping: config.stories.grouping, pinned: config.stories.pinned };
}

export function createStoryIndex(options: StoryOptions = {}): StoryIndex {
  const grouping = options.grouping ?? 'auto';
  const model = options.model ?? defaultStoryModel;
  const pins = (options.pinned ?? []).map((pin) => ({ ...pin, patterns: pin.files.map((f) => globMatcher(f.replace(/^\.\//, ''))) }));

  const articles = new Map<string, IndexedArticle>();
  const byKey = new Map<number, IndexedArticle>();
  let nextKey = 0;
  const terms = new FolderTerms();
  const members = new StoryMembers<IndexedArticle>((uri) => articles.get(uri)!);
  // A directory's count weighs on the pairs' probabilities (the folder's prior), which the splits kept weigh.
  const directories = new Directories(() => splits.forget());
  const pairs = new ArticlePairs(terms, directories, model);
  const splits = new FactSplits(pairs, options.leadFacts);
  const grouped = { terms, byKey, members, pairs, splits, model };

  const fixedPlace = (path: string): IndexedArticle['fixed'] => {
    const normalized = normalizedPath(path);
    for (const pin of pins) if (pin.patterns.some((re) => re.test(normalized))) return { id: `pin:${pin.title}`, title: pin.title };
    if (grouping === 'one') return { id: 'all', title: 'All articles' };
    if (grouping === 'folders') {
      const folder = directoryOf(path);
      return { id: `folder:${folder || '.'}`, title: folder || '(top folder)' };
    }
    return undefined;
  };

  const forget = (uri: string, changed: Set<string>) => {
    const article = articles.get(uri);
    if (!article) return;
    articles.delete(uri);
    byKey.delete(article.key);
    if (!article.fixed) terms.remove(article.key, article.terms);
    members.drop(uri, changed);
  };

  return {
    update(uri, text, meta) {
      const changed = new Set<string>();
      const fixed = fixedPlace(meta.path);
      const previous = articles.get(uri);
      const textHash = hash(text);
      // Same info and pin: the same text changes nothing, nor does a text the index reads the same.
      const placedAsBefore = previous !== undefined && sameInfo(previous.meta, meta) && previous.fixed?.id === fixed?.id;
      if (placedAsBefore && previous.textHash === textHash) return { changed: [] };
      const signature = storySignature(text, meta);
      const head = fixed ? undefined : leadOf(text);
      const read = digestOf(signature, head);
      if (placedAsBefore && previous.read === read) {
        previous.textHash = textHash;
        return { changed: [] };
      }
      directories.count(meta.path);
      forget(uri, changed);
      const key = nextKey++;
      const counts = fixed ? { ids: new Int32Array(0), counts: new Uint16Array(0) } : terms.add(key, signature);
      const article: IndexedArticle = {
        key,
        uri,
        meta: { ...meta },
        directoryId: directories.idOf(meta.path),
        textHash,
        read,
        facts: factsOf(signature),
        terms: counts,
        names: counts.ids.filter((id) => terms.kind(id) === 'n'),
        vectors: storyVectors(counts, terms),
        weighedAt: terms.count,
        pairs: new Map(),
        pairsAt: terms.count,
        head,
        fixed,
      };
      articles.set(uri, article);
      byKey.set(key, article);
      if (fixed) members.place(uri, fixed.id, changed);
      else regroup(grouped, article, changed);
      return { changed: [...changed].sort() };
    },
    remove(uri) {
      const changed = new Set<string>();
      forget(uri, changed);
      return { changed: [...changed].sort() };
    },
    stories: () => members.stories(),
    storyOf: (uri) => members.storyOf(uri),
    listed: (paths) => directories.list(paths),
  };
}

/** What the index reads of an article's text, as one digest: every field of its signature, and its lead (whose facts spaces at its end do not change). */
function digestOf(s: StorySignature, head: string | undefined): string {
  const terms: string[] = [];
  for (const [term, count] of s.terms) terms.push(`${term}=${count}`);
  const fields = [terms.join('\u0001'), s.title ?? '', [...s.titleWords].join(' '), s.date ?? '', s.day ?? '', s.years.join(' '), [...s.incidents].join(' '), s.leadDay ?? '', s.leadNames.join(' '), s.size, head?.trimEnd() ?? ''];
  const text = fields.join('\u0002');
  return `${hash(text)}:${text.length}`;
}

function sameInfo(a: ArticleInfo, b: ArticleInfo): boolean {
  return a.path === b.path && a.date === b.date && a.title === b.title;
}

function factsOf(signature: StorySignature): StoryFacts {
  const { terms: _terms, ...facts } = signature;
  return facts;
}
