// The one analysis service behind the language server, the CLI and the tests. It is handed a workspace
// (list, read, watch) and keeps, per document, the reading of its current text (cached by content), and
// per story, the corpus and the findings, built lazily on the first question after a change and dropped
// only when that story changes. Every question first applies the workspace's pending changes, so an
// answer never describes text older than what the workspace holds; answers read what was built.
//
// Two ways to apply changes: `refresh` reads what changed on the calling thread (an edit: one document);
// `load` has a reader read them, on worker threads in the hosts, the open documents' stories first, and
// leaves a reading aside when newer text arrived while it was being read. While a load runs, questions
// answer from what is read so far.
//
// The passes live in service/ (changes, documents, load, jobs, foresee, preview, the work kept per story), over
// one state object (service/state.ts) that `createService` makes and hands them.
import type { Config, ConfigProblem } from './config';
import { buildCorpus, type Corpus } from './corpus/corpus';
import type { Story, StoryIndex, StoryOptions } from './corpus/stories';
import { targetAt } from './corpus/targets';
import { relatedSpans, referenceSpans } from './corpus/navigation';
import { agreementsIn, type Agreement } from './answers/agreement';
import type { Reader, ReadingPacker, ReadingStore } from './reader';
import type { Disposable, SkippedDocument, Workspace, WorkspaceChange } from './workspace';
import type { Entity, Finding, Reading, RelatedSpan, SourceSpan, Target } from './types';
import { refresh } from './service/changes';
import { fallbackName, indexOptions, readingOf } from './service/documents';
import { load } from './service/load';
import { prepareEdits, rehearseEdit } from './service/prepareEdits';
import { preview, previewReading } from './service/preview';
import { addTouched, createState, hasPending, takeTouched, type Touched } from './service/state';
import { corpusOf, documentFindings, emptyCorpus, stateOf, story, storyEntities, storyFindings } from './service/storyWork';
import { articleSymbols, entityNames, type ArticleSymbol, type NameSpan } from './service/symbols';

export type { ArticleSymbol, NameSpan, SymbolKind } from './service/symbols';
export { fallbackName } from './service/documents';


export interface FindingFilter {
  /** Also return findings whose fingerprint is in `config.reviewed`. */
  includeReviewed?: boolean;
}


/** Settings of the host that apply where the config file keeps the default (the editor's `crosscheck.maxFileBytes`). */
export interface HostSettings {
  maxFileBytes?: number;
}

export interface ServiceOptions {
  workspace: Workspace;
  /** A fixed config, used instead of the workspace's config file (tests and tools). */
  config?: Config;
  /** Read whenever the config is (re)loaded; a `config` change of the workspace says when it changed. */
  settings?: () => HostSettings;
  /** Makes the story index (default: corpus/stories.ts); tests give a grouping of their own. */
  createStoryIndex?: (options: StoryOptions) => StoryIndex;
  /** Who reads documents for `load` (default: on the calling thread); `refresh` always reads on the calling thread. */
  reader?: Reader;
  /** Readings kept across sessions, consulted by `load` before reading. */
  store?: ReadingStore;
  /**
   * A check run (the CLI's text, JSON and SARIF reports): a story's readings and corpus are let go once its findings
   * are in, each document keeping its text; `reading`, `corpus` and the other questions read them again on the
   * calling thread when asked. Not for an editor, whose hovers need the readings at hand.
   */
  dropCheckedReadings?: boolean;
  /**
   * With `dropCheckedReadings`: a reading the story index has seen is kept packed until a question or a check needs it,
   * and a story's check is sent its members' readings packed (`CheckRequest.packed`), to be unpacked where it is made.
   * At 10,000 articles the readings waiting for their story's check held 400 MB of this thread's heap. Only a folder of
   * `packReadingsFrom` articles or more packs: below it the readings held are small and packing's CPU (about 0.3 ms a reading,
   * 0.5–1 s of the 840 PolNeAR texts' check) would be spent for nothing.
   */
  packReadings?: ReadingPacker;
  /** The folder size from which `packReadings` packs; `PACK_FROM` (2,000 articles) by default. */
  packReadingsFrom?: number;
}

export interface LoadOptions {
  /**
   * Documents read first, then the rest of their stories, then the others: the editor's open documents.
   * A function is asked again before each read, so that a document opened meanwhile goes first.
   */
  first?: string[] | (() => string[]);
  /** Stops the load: what was not read yet stays pending for the next refresh or load. */
  signal?: AbortSignal;
  /** Documents read (or found in the store) so far, of those this load has to read. */
  progress?(done: number, total: number): void;
  /** Every article of the story has its current reading: its findings can be shown before the rest is read. */
  storyReady?(id: string): void;
  /**
   * Reopening a folder, the load looked its stories up in the store (which keeps those of the folders loaded last):
   * the stories of these open documents (none when the folder changed since) were checked from their stored readings
   * before the story index has seen the folder, and `preview` now answers with their findings across articles. Until
   * then, `preview` answered nothing: ask again. The load goes on once what this returns has settled (the server's
   * publications of those findings written out, before the story index takes this thread). With `provisionalStories`,
   * said once after the lookup and the provisional stories, and on a cold load too.
   */
  foreseen?(uris: string[]): void | Promise<unknown>;
  /**
   * A first load with documents open whose stories the store did not give (a cold start): each open article's
   * provisional story (service/openStory.ts) is read and checked before the folder is given to the story index, and
   * `foreseen` says which open documents `preview` now shows findings across articles for (it is said once, after the
   * store's lookup if any). The load then publishes the real stories. For an editor waiting for the open file.
   */
  provisionalStories?: boolean;
  /**
   * Gives each article to the story index once it is read, so that the story index takes its lead facts from its
   * reading instead of reading its head again on this thread. No story is known before the whole folder is read, so
   * this is for a check of the whole folder (the CLI), not for an editor waiting for the open file's story.
   */
  groupWhenRead?: boolean;
  /**
   * A check run that reports findings only (the CLI's text, JSON and SARIF reports): an article is read only when its
   * story has another member, or when it may have a finding alone (a name missing after a title or in a list); any
   * other article alone in its story is left unread, its story ready with no findings (service/loneArticles.ts). Its
   * reading is made when a question needs it. Implies `groupWhenRead` for the articles of small directories, which are
   * read whatever their story; the others join the story index before they are read.
   */
  skipLoneArticles?: boolean;
  /** Called at each step of a load's start (listing, texts read, provisional stories, folder given): for timing it. */
  mark?(step: string): void;
}

/** The config file as the service read it, with its problems. */
export interface ConfigFileState {
  uri: string;
  text: string;
  problems: ConfigProblem[];
}

/** What one `refresh` changed. */
export interface RefreshResult {
  /** Documents whose reading changed, that were added, removed or skipped. */
  documents: string[];
  /** Stories whose corpus and findings are rebuilt on the next question. */
  stories: string[];
  /** The config changed (beyond `reviewed`): every story is rebuilt. */
  config: boolean;
}

/** What one `load` changed, and how its documents were read. */
export interface LoadResult extends RefreshResult {
  /** Documents the reader read. */
  read: number;
  /** Documents whose reading was found in the store. */
  stored: number;
}

export interface CrosscheckService {
  readonly config: Config;
  readonly workspace: Workspace;
  /**
   * Applies the workspace's pending changes: lists and reads everything the first time and after a
   * config change, else re-reads only the documents that changed. Every question below does this first.
   */
  refresh(): RefreshResult;
  /**
   * Applies the pending changes as `refresh` does, with the documents read by the reader (and found in
   * the store first), until nothing is pending. Resolves with what changed; questions asked meanwhile
   * answer from what is read so far.
   */
  load(options?: LoadOptions): Promise<LoadResult>;
  /** The config file and its problems; undefined without one (or with a fixed config). */
  configFile(): ConfigFileState | undefined;
  /** The analysed articles, sorted. */
  uris(): string[];
  /** Files that look like articles but were not analysed, with the reason. */
  skipped(): SkippedDocument[];
  reading(uri: string): Reading | undefined;
  /** A document's text as it was read, without its reading (which a check run may have let go). */
  text(uri: string): string | undefined;
  /** The name a document is known by in messages: its outlet when known, else its file name. */
  sourceName(uri: string): string;
  /** The workspace-relative path of a document, or its uri. */
  documentName(uri: string): string;
  stories(): Story[];
  /** A story by id: its title and articles. */
  story(id: string): Story | undefined;
  storyOf(uri: string): string | undefined;
  /**
   * The corpus of the story `uri` belongs to (an empty corpus for an unknown document). Without `uri`,
   * the corpus of a folder that is one story; throws when there are several.
   */
  corpus(uri?: string): Corpus;
  /** Findings on one document, or on all when `uri` is omitted; severity `off` findings are dropped. */
  findings(uri?: string, filter?: FindingFilter): Finding[];
  /** Whether changes wait to be applied (a question or `refresh` applies them). */
  pending(): boolean;
  /**
   * A document's own findings before its folder is read: read on this thread and checked alone (no
   * other article), for the editor to show something at once. The reading is kept, so that the load
   * does not read that text again. Undefined for a document that is no readable article, and while a load looks
   * its story up in the store (`LoadOptions.foreseen` says when to ask again).
   * When a load foresaw the document's story (`LoadOptions.foreseen`), the story's findings on it, and
   * the readings of the other articles they point to (`others`).
   */
  preview(uri: string): { reading: Reading; findings: Finding[]; others?: ReadonlyMap<string, Reading> } | undefined;
  /** The reading `preview` makes, without its findings: for an outline asked for before the folder is read. */
  previewReading(uri: string): Reading | undefined;
  at(uri: string, offset: number): Target | undefined;
  /** "Go to related claim": the same claim, quantity or quotation in the other sources of its story. */
  related(uri: string, offset: number): RelatedSpan[];
  /** Every mention of the entity at the offset, in every source of its story and every spelling. */
  references(uri: string, offset: number): SourceSpan[];
  /** The entities of every story. */
  entities(): Entity[];
  /** An entity by id: in the story of `uri` when given (ids are unique within a story), else the first found. */
  entity(id: string, uri?: string): Entity | undefined;
  symbols(uri: string): ArticleSymbol[];
  /** The names (and handles) in one document that stand for an entity, typed as the corpus types it: for highlighting. */
  names(uri: string): NameSpan[];
  /** The document's claims and quotations that other sources also report: how many agree and differ. */
  agreements(uri: string): Agreement[];
  /**
   * Readies this thread to edit an open article (service/prepareEdits.ts): its text read here and its story built and
   * checked here once, so that the first keystrokes build on kept work. For an editor host, once the article's
   * findings are shown and the thread is idle; answers are the same without it. False when there was nothing to ready.
   */
  prepareEdits(uri: string): boolean;
  /**
   * After `prepareEdits`, runs once on this thread what a keystroke runs (a text that changes no word read, its story
   * built and checked), keeping nothing but the story's memo: for a host to call a few times, one a turn, while idle.
   * False when there is nothing to rehearse.
   */
  rehearseEdit(uri: string, round: number): boolean;
  /** Stops watching the workspace. */
  dispose(): void;
}

export function createService(options: ServiceOptions): CrosscheckService {
  const { workspace } = options;
  const s = createState(options, indexOptions);
  const subscription: Disposable = workspace.watch((change: WorkspaceChange) => {
    if (change.kind === 'config') s.reloadConfig = true;
    else if (change.kind === 'deleted') s.deletedUris.add(change.uri);
    else s.changedUris.add(change.uri);
  });

  // A question applies the pending changes itself. What it applied is reported by the next `refresh` or `load`, so a
  // host that publishes from their results does not miss an edit that a hover applied first.
  const unreported: Touched = { documents: new Set(), stories: new Set(), config: false };
  function applyPending(): void {
    if (hasPending(s)) addTouched(unreported, refresh(s));
  }
  function withUnreported(result: RefreshResult): RefreshResult {
    addTouched(unreported, result);
    return takeTouched(unreported);
  }

  function corpusFor(uri: string): Corpus | undefined {
    applyPending();
    const id = s.stories.storyOf(uri);
    return id === undefined ? undefined : corpusOf(s, id);
  }

  const service: CrosscheckService = {
    get config() {
      applyPending();
      return s.config;
    },
    workspace,
    refresh: () => withUnreported(refresh(s)),
    load: async (loadOptions?: LoadOptions) => {
      const result = await load(s, loadOptions);
      return { ...result, ...withUnreported(result) };
    },
    pending: () => hasPending(s),
    preview: (uri: string) => preview(s, uri),
    previewReading: (uri: string) => previewReading(s, uri),
    prepareEdits(uri) {
      applyPending();
      return prepareEdits(s, uri);
    },
    rehearseEdit(uri, round) {
      applyPending();
      return rehearseEdit(s, uri, round);
    },
    configFile() {
      applyPending();
      return s.configFile;
    },
    uris() {
      applyPending();
      return (s.sortedUris ??= [...s.docs.keys()].sort()).slice();
    },
    skipped() {
      applyPending();
      return [...s.skippedDocs.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
    },
    reading(uri) {
      applyPending();
      return readingOf(s, uri);
    },
    text(uri) {
      applyPending();
      return s.docs.get(uri)?.text;
    },
    sourceName(uri) {
      applyPending();
      const doc = s.docs.get(uri);
      return (doc && (doc.meta ?? readingOf(s, uri)?.meta)?.source) ?? fallbackName(s.skippedDocs.get(uri)?.name ?? uri);
    },
    documentName(uri) {
      applyPending();
      return s.docs.get(uri)?.name ?? s.skippedDocs.get(uri)?.name ?? uri;
    },
    stories() {
      applyPending();
      return s.stories.stories();
    },
    story(id) {
      applyPending();
      return story(s, id);
    },
    storyOf(uri) {
      applyPending();
      return s.stories.storyOf(uri);
    },
    corpus(uri) {
      if (uri !== undefined) return corpusFor(uri) ?? emptyCorpus(s);
      applyPending();
      const all = s.stories.stories();
      if (all.length > 1) throw new Error(`the folder holds ${all.length} stories: ask for the corpus of one document`);
      return all.length === 1 ? corpusOf(s, all[0].id)! : emptyCorpus(s);
    },
    findings(uri, filter = {}) {
      applyPending();
      let found: Finding[];
      if (uri !== undefined) {
        const id = s.stories.storyOf(uri);
        found = id === undefined ? [] : documentFindings(s, id, uri);
      } else {
        found = s.allFindings ??= s.stories
          .stories()
          .flatMap((known) => storyFindings(s, known.id))
          .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)));
      }
      if (filter.includeReviewed || s.config.reviewed.length === 0) return found.slice();
      const reviewed = new Set(s.config.reviewed);
      return found.filter((f) => !reviewed.has(f.fingerprint));
    },
    at(uri, offset) {
      const corpus = corpusFor(uri);
      return corpus ? targetAt(corpus, uri, offset) : undefined;
    },
    related(uri, offset) {
      const corpus = corpusFor(uri);
      return corpus ? relatedSpans(corpus, uri, offset) : [];
    },
    references(uri, offset) {
      const corpus = corpusFor(uri);
      return corpus ? referenceSpans(corpus, uri, offset) : [];
    },
    entities() {
      applyPending();
      return s.stories.stories().flatMap((known) => storyEntities(s, known.id));
    },
    entity(id, uri) {
      if (uri !== undefined) return corpusFor(uri)?.entityById.get(id);
      applyPending();
      for (const known of s.stories.stories()) {
        const found = storyEntities(s, known.id).find((entity) => entity.id === id);
        if (found) return found;
      }
      return undefined;
    },
    symbols(uri) {
      const corpus = corpusFor(uri);
      if (corpus?.readings.has(uri)) return articleSymbols(corpus, uri);
      // An open article its folder has not read yet: its own names, as it reads alone. Editors ask for an outline
      // once per text, so an empty one would stay empty after the folder is read.
      const reading = readingOf(s, uri) ?? previewReading(s, uri);
      return reading ? articleSymbols(buildCorpus([reading], s.config), uri) : [];
    },
    names(uri) {
      const corpus = corpusFor(uri);
      return corpus ? entityNames(corpus, uri) : [];
    },
    agreements(uri) {
      applyPending();
      const id = s.stories.storyOf(uri);
      const state = id === undefined ? undefined : stateOf(s, id);
      if (!state) return [];
      let cached = state.agreements.get(uri);
      if (!cached) state.agreements.set(uri, (cached = agreementsIn(corpusOf(s, id!)!, uri)));
      return cached;
    },
    dispose() {
      subscription.dispose();
    },
  };
  return service;
}
