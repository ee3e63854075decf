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
import { defaultConfig, parseConfig, type Config, type ConfigProblem } from './config';
import { buildCorpus, type Corpus } from './corpus/corpus';
import { createStoryIndex, storyOptions, type Story, type StoryIndex, type StoryOptions } from './corpus/stories';
import { factsOfReading, leadOf, type LeadFacts } from './corpus/storyFacts';
import defaultTolerances from './data/tolerances.json';
import { runChecks } from './checks/checks';
import { readArticle, type ReadOptions } from './read/readArticle';
import { targetAt } from './corpus/targets';
import { relatedSpans, referenceSpans } from './corpus/navigation';
import { agreementsIn, type Agreement } from './answers/agreement';
import { contentHash } from './text/hash';
import { inProcessReader, type Reader, type ReadingStore } from './reader';
import { isSkipped, type Disposable, type SkippedDocument, type Workspace, type WorkspaceChange, type WorkspaceDocument } from './workspace';
import type { Entity, EntityType, Finding, Reading, RelatedSpan, SourceSpan, Span, Target } from './types';

export type SymbolKind = 'person' | 'organization' | 'place' | 'other' | 'claim' | 'quotation';

export interface ArticleSymbol extends Span {
  name: string;
  kind: SymbolKind;
  detail?: string;
  /** Entity id for entity symbols. */
  entity?: string;
}

export interface FindingFilter {
  /** Also return findings whose fingerprint is in `config.reviewed`. */
  includeReviewed?: boolean;
}

export interface NameSpan extends Span {
  type: Exclude<EntityType, 'other'>;
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
   * publications of those findings written out, before the story index takes this thread).
   */
  foreseen?(uris: string[]): void | Promise<unknown>;
  /**
   * Gives each article to the story index once it is read, so that the story index takes its lead facts from its
   * reading instead of reading its head again on this thread. No story is known before the whole folder is read, so
   * this is for a check of the whole folder (the CLI), not for an editor waiting for the open file's story.
   */
  groupWhenRead?: boolean;
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
  /** Stops watching the workspace. */
  dispose(): void;
}

interface Doc {
  name: string;
  reading: Reading;
  /** What the reading depends on besides the text: source, date, tolerances. */
  readKey: string;
}

/** A story checked from stored readings before the story index has seen the folder (see `foresee`). */
interface ForeseenStory {
  readings: Map<string, Reading>;
  findings: Finding[];
}

/** The jobs of one round of a load, handed out in the order they should be read, while more are added. */
interface JobQueue {
  add(job: Job): void;
  /** Every job is added: the rest is handed out story by story. */
  close(): void;
  /** The next job to read; waits while the queue is empty and open; undefined once it is closed and empty. */
  take(): Promise<Job | undefined>;
}

/** Texts are taken from the workspace and given to the story index this many at a time, with a turn of the event loop between. */
const FEED_CHUNK = 64;
/** Texts read ahead of the story index (to look up the folder's stories in the store) this many per turn. */
const READ_AHEAD_CHUNK = 256;

/** A text that needs reading: what `load` hands the reader, or `refresh` reads itself. */
interface Job {
  uri: string;
  name: string;
  text: string;
  readKey: string;
  version: number;
}

/**
 * What is kept of one story until it changes. The findings stay (every host asks for them all); the corpus, which
 * weighs more than the story's readings, is kept for the stories asked about last only (CORPORA_KEPT) and built
 * again from the same readings when asked for after that.
 */
interface StoryState {
  corpus?: Corpus;
  /** The story's entities, once every story's were asked for (workspace symbols, export). */
  entities?: Entity[];
  findings?: Finding[];
  /** The story's findings by document. */
  findingsByUri?: Map<string, Finding[]>;
  agreements: Map<string, Agreement[]>;
}

/** What one refresh or load touched, collected while it runs (a load spans many turns of the event loop). */
interface Touched {
  documents: Set<string>;
  stories: Set<string>;
  config: boolean;
}

/** Readings of texts replaced a moment ago (an undo, an editor closed without saving): read once. */
const RECENT_READINGS = 64;

/**
 * Stories whose corpus is kept after their findings are made: the ones asked about last. Measured on 1,000 generated
 * articles (142 stories), the corpora held 72 MB of the main thread's heap against 46 MB for the readings.
 */
const CORPORA_KEPT = 64;

export function createService(options: ServiceOptions): CrosscheckService {
  const { workspace } = options;
  const newStoryIndex = options.createStoryIndex ?? createStoryIndex;
  let config = options.config ?? defaultConfig();
  let configFile: ConfigFileState | undefined;
  let stories: StoryIndex = newStoryIndex(indexOptions());
  const docs = new Map<string, Doc>();
  const skippedDocs = new Map<string, SkippedDocument>();
  const recent = new Map<string, Reading>();
  const storyStates = new Map<string, StoryState>();
  /** Stories whose corpus is held, the one asked about last at the end. */
  const corporaHeld = new Set<string>();
  /** Texts accepted and waiting for their reading; a reading arriving for a text no longer here is stale. */
  const unread = new Map<string, Job>();
  /**
   * Documents a load has taken and not yet given to the story index: it gives them in uri order (the
   * grouping must not depend on which document was edited first), so a refresh leaves them to it.
   */
  const feeding = new Set<string>();
  let storyById: Map<string, Story> | undefined;
  let sortedUris: string[] | undefined;
  let allFindings: Finding[] | undefined;
  let emptyCorpus: Corpus | undefined;
  /** Open documents' stories a load foresaw from the store, by member uri; emptied when the load ends. */
  const foreseen = new Map<string, ForeseenStory>();
  /** A load is looking the open documents' stories up in the store: a preview waits for them. */
  let foreseeing = false;
  /** Each text's key in the store, computed once per text: the reopen path needs it before the load, the load and `keepStories` after. */
  const storeKeys = new Map<string, { readKey: string; text: string; key: string }>();
  /** The stories the store gave for the folder (`foresee`) or was last given, so that the same are not written again. */
  let storedStories: { key: string; json: string } | undefined;
  /** Whether `config` reads with the default tolerances (the story index's lead facts do), worked out once per config. */
  let tolerancesOf: Config | undefined;
  let defaultTolerancesUsed = false;

  // Pending workspace changes, applied by the next refresh or load.
  let loaded = false;
  let reloadConfig = true;
  const changedUris = new Set<string>();
  const deletedUris = new Set<string>();
  const subscription: Disposable = workspace.watch((change: WorkspaceChange) => {
    if (change.kind === 'config') reloadConfig = true;
    else if (change.kind === 'deleted') deletedUris.add(change.uri);
    else changedUris.add(change.uri);
  });
  const hasPending = () => reloadConfig || changedUris.size > 0 || deletedUris.size > 0;

  /** Every refresh and load running now records what it touched. */
  const recorders = new Set<Touched>();
  const recording = (): Touched => {
    const touched: Touched = { documents: new Set(), stories: new Set(), config: false };
    recorders.add(touched);
    return touched;
  };
  const touchDocument = (uri: string) => recorders.forEach((t) => t.documents.add(uri));
  const resultOf = (touched: Touched): RefreshResult => {
    recorders.delete(touched);
    return { documents: [...touched.documents].sort(), stories: [...touched.stories].sort(), config: touched.config };
  };

  function refresh(): RefreshResult {
    if (!hasPending()) return emptyResult();
    const touched = recording();
    try {
      for (const job of collect()) finish(job, () => readNow(job));
    } finally {
      recorders.delete(touched);
    }
    return resultOf(touched);
  }

  async function load(loadOptions: LoadOptions = {}): Promise<LoadResult> {
    const reader = options.reader ?? inProcessReader;
    const { signal } = loadOptions;
    const first = typeof loadOptions.first === 'function' ? loadOptions.first : () => (loadOptions.first as string[] | undefined) ?? [];
    const touched = recording();
    const counts = { read: 0, stored: 0 };
    let done = 0;
    let total = 0;
    /** Stories being checked by the reader; each is ready once its findings are back. */
    const checking: Promise<void>[] = [];
    // A stopped load announces nothing more: a host answering would apply the pending changes, and read
    // on its own thread what the load put back (the server, shutting down, read the rest of the folder so).
    const announce = (id: string) => {
      if (!signal?.aborted) loadOptions.storyReady?.(id);
    };
    const ready = (id: string) => {
      if (!story(id) || signal?.aborted) return;
      const elsewhere = checkElsewhere(id, reader, signal);
      if (elsewhere) checking.push(elsewhere.then(() => announce(id)));
      else announce(id);
    };
    try {
      while (hasPending() && !signal?.aborted) {
        const empty = docs.size === 0 && unread.size === 0;
        const uris = takeChanges();
        // A folder with nothing in it (the editor's loose files before any is opened) has no stories to look up: its
        // load does not say `foreseen`, which starts the server's reader threads beside another folder's lookup.
        const reopening = empty && uris.length > 0 && options.store?.getStories !== undefined;
        for (const uri of uris) feeding.add(uri);
        // Reopening a folder: its texts are read first, to look its stories up in the store.
        foreseeing = reopening;
        const readAhead = reopening ? await readAll(uris).finally(() => (foreseeing = false)) : undefined;
        if (readAhead) foreseeing = true;
        // Its open documents' stories, when the store knows them, are checked before the folder is given to the story index.
        if (readAhead) await foresee(readAhead, first, signal, loadOptions);
        const queue = jobQueue(first);
        // Until every text is given to the story index, no story is known to be complete; then each is
        // ready when its last unread article is read (at once when none is left).
        let waiting: Map<string, number> | undefined;
        const unsettled = new Set<Job>();
        /** Texts kept from the story index until they are read (`groupWhenRead`), in uri order, and who waits for one. */
        const held = loadOptions.groupWhenRead ? new Map<string, { name: string; text: string }>() : undefined;
        const whenSettled = new Map<string, () => void>();
        const lanes = runJobs(queue, reader, signal, (job, how) => {
          if (how) counts[how]++;
          unsettled.delete(job);
          whenSettled.get(job.uri)?.();
          loadOptions.progress?.(++done, total);
          const id = stories.storyOf(job.uri);
          const left = waiting && id !== undefined ? waiting.get(id) : undefined;
          if (id === undefined || left === undefined) return;
          if (left > 1) waiting!.set(id, left - 1);
          else {
            waiting!.delete(id);
            ready(id);
          }
        });
        // The reader threads read while this thread takes the texts and gives them to the story index, in
        // uri order, a chunk per turn of the event loop: questions and edits are answered meanwhile.
        for (let i = 0; i < uris.length; i++) {
          if (signal?.aborted) {
            for (const uri of uris.slice(i)) {
              feeding.delete(uri);
              changedUris.add(uri);
            }
            break;
          }
          const found = readAhead ? readAhead.get(uris[i]) : workspace.read(uris[i], config);
          const job = accept(uris[i], found, held && ((uri, name, text) => void held.set(uri, { name, text })));
          if (!held?.has(uris[i])) feeding.delete(uris[i]);
          if (job) {
            unsettled.add(job);
            queue.add(job);
            total++;
          }
          if (i % FEED_CHUNK === FEED_CHUNK - 1) {
            loadOptions.progress?.(done, total);
            await nextTurn();
          }
        }
        if (held) await groupWhenRead(held, whenSettled, signal);
        queue.close();
        loadOptions.progress?.(done, total);
        waiting = new Map();
        for (const job of unsettled) {
          const id = stories.storyOf(job.uri);
          if (id !== undefined) waiting.set(id, (waiting.get(id) ?? 0) + 1);
        }
        // The open documents' stories first: with readings from the store, every story is ready at once here.
        const open = new Set(first().map((uri) => stories.storyOf(uri)));
        const readyNow = [...touched.stories].filter((id) => !waiting!.has(id)).sort();
        for (const id of [...readyNow.filter((id) => open.has(id)), ...readyNow.filter((id) => !open.has(id))]) ready(id);
        await lanes;
      }
      await Promise.all(checking);
      if (!signal?.aborted && !hasPending()) keepStories();
    } finally {
      foreseen.clear();
      recorders.delete(touched);
      // A load that failed leaves what it had not given to the story index pending.
      for (const uri of feeding) changedUris.add(uri);
      feeding.clear();
    }
    return { ...resultOf(touched), ...counts };
  }

  /**
   * Gives the held texts to the story index in uri order, each whose head may state a lead fact once its reading is
   * in (or failed), so that the index takes the facts from the reading. A stopped load gives the rest at once.
   */
  async function groupWhenRead(held: Map<string, { name: string; text: string }>, whenSettled: Map<string, () => void>, signal: AbortSignal | undefined): Promise<void> {
    let given = 0;
    for (const [uri, { name, text }] of held) {
      const job = unread.get(uri);
      if (job && job.text === text && !signal?.aborted && leadOf(text) !== undefined) {
        await new Promise<void>((resolve) => whenSettled.set(uri, resolve));
        whenSettled.delete(uri);
      } else if (++given % FEED_CHUNK === 0) await nextTurn();
      feeding.delete(uri);
      addToStory(uri, name, text);
    }
  }

  /** The workspace's texts of these documents, read a chunk per turn of the event loop. */
  async function readAll(uris: string[]): Promise<Map<string, WorkspaceDocument | SkippedDocument | undefined>> {
    const found = new Map<string, WorkspaceDocument | SkippedDocument | undefined>();
    for (let i = 0; i < uris.length; i++) {
      found.set(uris[i], workspace.read(uris[i], config));
      if (i % READ_AHEAD_CHUNK === READ_AHEAD_CHUNK - 1) await nextTurn();
    }
    return found;
  }

  /**
   * The key of a whole folder's stories in the store: every article's uri, name and store key, and the story options.
   * The same key means the same texts read the same way, given to the story index in the same order: the same stories.
   */
  function folderKey(articles: Array<{ uri: string; name: string; storeKey: string }>): string {
    return contentHash([JSON.stringify(storyOptions(config)), ...articles.map((a) => `${a.uri}\t${a.name}\t${a.storeKey}`)].join('\n'));
  }

  /** Keeps the stories a load arrived at, for the next session to find before it has grouped the folder again. */
  function keepStories(): void {
    if (!options.store?.setStories || unread.size > 0) return;
    const articles = [...docs.keys()].sort().map((uri) => {
      const doc = docs.get(uri)!;
      return { uri, name: doc.name, storeKey: storeKeyFor(uri, doc.readKey, doc.reading.text) };
    });
    const key = folderKey(articles);
    const groups = stories.stories().map((s) => s.uris);
    const json = JSON.stringify(groups);
    if (storedStories?.key === key && storedStories.json === json) return;
    storedStories = { key, json };
    options.store.setStories(key, groups);
  }

  /**
   * Reopening a folder whose texts are as a session left them: the store knows its stories, which the story index
   * would know only once it has seen every article (seconds at thousands of articles). The open documents' stories
   * are checked at once from their stored readings, and `preview` answers with their findings until the load ends.
   * The stories found are those the story index arrives at (the same texts, in the same order), so the findings are
   * those the load publishes after. Anything missing (a story, a reading) leaves it to the load. The checks run on
   * this thread: at start the reader threads are still loading their models (seconds on a busy machine), and this
   * is the story the editor waits for. Meanwhile `preview` answers nothing (an open article is not read on this
   * thread for a preview its story is about to replace); `foreseen` says when to ask again.
   */
  async function foresee(
    found: Map<string, WorkspaceDocument | SkippedDocument | undefined>,
    first: () => string[],
    signal: AbortSignal | undefined,
    loadOptions: LoadOptions,
  ): Promise<void> {
    const shown: string[] = [];
    try {
      const store = options.store!;
      const articles: Array<{ uri: string; name: string; storeKey: string; document: WorkspaceDocument }> = [];
      for (const [uri, document] of found) {
        if (document && !isSkipped(document)) articles.push({ uri, name: document.name, storeKey: storeKeyFor(uri, readKeyOf(document.name), document.text), document });
      }
      const key = folderKey(articles);
      const groups = await store.getStories!(key).catch(() => undefined);
      if (!groups || signal?.aborted) return;
      storedStories = { key, json: JSON.stringify(groups) };
      const byUri = new Map(articles.map((a) => [a.uri, a]));
      const open = new Set(first());
      const fetched = await Promise.all(
        groups
          .filter((group) => group.some((uri) => open.has(uri)))
          .map(async (group) => {
            const readings = await Promise.all(
              group.map(async (member) => {
                const article = byUri.get(member);
                const stored = article ? await store.get(article.storeKey).catch(() => undefined) : undefined;
                if (!article || !stored || stored.text !== article.document.text) return undefined;
                stored.uri = member;
                stored.version = article.document.version ?? 0;
                return stored;
              }),
            );
            return { group, readings: readings.every((r) => r !== undefined) ? (readings as Reading[]) : undefined };
          }),
      );
      for (const { group, readings } of fetched) {
        if (!readings || signal?.aborted) continue;
        let findings: Finding[];
        try {
          findings = runChecks(buildCorpus(readings, config), config);
        } catch {
          continue; // the load checks it, and reports what failed
        }
        const story: ForeseenStory = { readings: new Map(readings.map((r) => [r.uri, r])), findings };
        for (const member of group) foreseen.set(member, story);
        shown.push(...group);
      }
    } finally {
      foreseeing = false;
      if (!signal?.aborted) await Promise.resolve(loadOptions.foreseen?.(shown)).catch(() => undefined);
    }
  }

  /**
   * Has the reader check a story whose findings are not made yet, on its threads: the findings are kept unless the
   * story changed meanwhile. Undefined when the reader does not check (the story is checked here when asked).
   */
  function checkElsewhere(id: string, reader: Reader, signal: AbortSignal | undefined): Promise<void> | undefined {
    const state = reader.check ? stateOf(id) : undefined;
    if (!state || state.findings) return undefined;
    return reader.check!({ readings: storyReadings(id), config }, signal).then(
      (findings) => {
        if (storyStates.get(id) === state) state.findings ??= findings;
      },
      () => undefined, // checked on this thread when asked
    );
  }

  /** Reads the queue's jobs with at most `reader.concurrency` in flight; `settled` after each, read or not. */
  async function runJobs(queue: JobQueue, reader: Reader, signal: AbortSignal | undefined, settled: (job: Job, how?: 'read' | 'stored') => void): Promise<void> {
    const lane = async (): Promise<void> => {
      for (let job = await queue.take(); job; job = await queue.take()) {
        if (signal?.aborted) {
          putBack(job);
          settled(job);
          continue;
        }
        // Newer text arrived meanwhile (a refresh read it, or the next round will), or a preview read it.
        const recentlyRead = unread.get(job.uri) === job ? recentReading(job) : undefined;
        if (recentlyRead) {
          finish(job, () => recentlyRead);
          options.store?.set(storeKey(job), recentlyRead);
        }
        const how = unread.get(job.uri) === job ? await readJob(job, reader, signal) : undefined;
        settled(job, how);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, reader.concurrency) }, lane));
  }

  /** Finds a job's reading in the store, else has the reader read it (and keeps it in the store). */
  async function readJob(job: Job, reader: Reader, signal: AbortSignal | undefined): Promise<'read' | 'stored'> {
    const key = options.store && storeKey(job);
    const stored = foreseen.get(job.uri)?.readings.get(job.uri) ?? (key ? await options.store!.get(key).catch(() => undefined) : undefined);
    if (stored && stored.text === job.text) {
      stored.uri = job.uri;
      stored.version = job.version;
      finish(job, () => stored);
      return 'stored';
    }
    let reading: Reading;
    try {
      reading = await reader.read({ text: job.text, options: readOptions(job) }, signal);
    } catch (error) {
      if (signal?.aborted) putBack(job);
      else finish(job, () => {
        throw error;
      });
      return 'read';
    }
    finish(job, () => reading);
    if (key && docs.get(job.uri)?.reading === reading) options.store!.set(key, reading);
    return 'read';
  }

  /** A job a stopped load did not read: pending again, for the next refresh or load. */
  function putBack(job: Job): void {
    if (unread.get(job.uri) !== job) return;
    unread.delete(job.uri);
    changedUris.add(job.uri);
  }

  /**
   * The jobs of one round, handed out in this order: the documents `first` names at that moment (the
   * editor's open documents, which may open while the folder is read), then, once every job is added,
   * the rest of their stories, then every other story in id order; until then, in the order added.
   */
  function jobQueue(first: () => string[]): JobQueue {
    let order: Job[] = [];
    let head = 0;
    const byUri = new Map<string, Job>();
    let byStory: Map<string, { jobs: Job[]; head: number }> | undefined;
    let closed = false;
    const waiting: Array<() => void> = [];
    const wake = () => waiting.splice(0).forEach((resume) => resume());
    const take = (job: Job): Job => {
      byUri.delete(job.uri);
      return job;
    };
    /** The first job of a story not handed out yet (known once the queue is closed). */
    const mate = (id: string | undefined): Job | undefined => {
      const entry = id === undefined ? undefined : byStory?.get(id);
      if (!entry) return undefined;
      while (entry.head < entry.jobs.length && !byUri.has(entry.jobs[entry.head].uri)) entry.head++;
      return entry.jobs[entry.head];
    };
    const next = (): Job | undefined => {
      for (const uri of first()) {
        const own = byUri.get(uri);
        if (own) return take(own);
        const other = mate(stories.storyOf(uri));
        if (other) return take(other);
      }
      while (head < order.length && !byUri.has(order[head].uri)) head++;
      return head < order.length ? take(order[head]) : undefined;
    };
    return {
      add(job) {
        order.push(job);
        byUri.set(job.uri, job);
        wake();
      },
      close() {
        closed = true;
        const storyOf = (job: Job) => stories.storyOf(job.uri) ?? '';
        order = order.slice(head).filter((job) => byUri.get(job.uri) === job);
        order.sort((a, b) => (storyOf(a) < storyOf(b) ? -1 : storyOf(a) > storyOf(b) ? 1 : a.uri < b.uri ? -1 : 1));
        head = 0;
        byStory = new Map();
        for (const job of order) {
          const entry = byStory.get(storyOf(job));
          if (entry) entry.jobs.push(job);
          else byStory.set(storyOf(job), { jobs: [job], head: 0 });
        }
        wake();
      },
      async take() {
        for (;;) {
          const job = next();
          if (job || closed) return job;
          await new Promise<void>((resume) => waiting.push(resume));
        }
      },
    };
  }

  /** Takes the pending changes: applies the config, then names every document to bring up to date, sorted. */
  function takeChanges(): string[] {
    if (reloadConfig) applyConfig();
    for (const uri of deletedUris) {
      const prefix = uri.endsWith('/') ? uri : `${uri}/`;
      for (const known of [...docs.keys(), ...skippedDocs.keys(), ...unread.keys()]) if (known === uri || known.startsWith(prefix)) changedUris.add(known);
      changedUris.add(uri);
    }
    deletedUris.clear();
    const uris = [...changedUris].filter((uri) => !feeding.has(uri)).sort();
    changedUris.clear();
    return uris;
  }

  /**
   * Takes the pending changes. Removals, skips, texts that did not change and texts read a moment ago
   * are applied here; the texts to read are returned. The story index learns every new text here, before it is read.
   */
  function collect(): Job[] {
    return takeChanges().flatMap((uri) => accept(uri, workspace.read(uri, config)) ?? []);
  }

  /** Loads the config; unless only `reviewed` changed, lists the workspace again and drops every story's work. */
  function applyConfig(): void {
    const first = !loaded;
    loaded = true;
    reloadConfig = false;
    const next = loadConfig();
    const changed = first || withoutReviewed(next) !== withoutReviewed(config);
    const regroup = first || JSON.stringify(storyOptions(next)) !== JSON.stringify(storyOptions(config));
    config = next;
    if (!changed) return;
    recorders.forEach((t) => (t.config = true));
    invalidateAll();
    if (regroup) {
      stories = newStoryIndex(indexOptions());
      storyById = undefined;
      const texts = new Map<string, { name: string; text: string }>();
      for (const [uri, doc] of docs) texts.set(uri, { name: doc.name, text: doc.reading.text });
      for (const [uri, job] of unread) texts.set(uri, job);
      for (const uri of [...texts.keys()].sort()) addToStory(uri, texts.get(uri)!.name, texts.get(uri)!.text);
    }
    // The new config may select other files and read them differently: list again; the reading of a
    // text whose source, date and tolerances did not change is kept.
    const listed = workspace.list(config).map((entry) => entry.uri).sort();
    const keep = new Set(listed);
    for (const uri of [...docs.keys(), ...skippedDocs.keys(), ...unread.keys()]) if (!keep.has(uri)) changedUris.add(uri);
    for (const uri of listed) changedUris.add(uri);
  }

  function loadConfig(): Config {
    if (options.config) return options.config;
    const file = workspace.configFile();
    const parsed = file ? parseConfig(file.text) : { config: defaultConfig(), problems: [] };
    configFile = file ? { uri: file.uri, text: file.text, problems: parsed.problems } : undefined;
    const settings = options.settings?.() ?? {};
    if (settings.maxFileBytes !== undefined && parsed.config.maxFileBytes === defaultConfig().maxFileBytes) {
      parsed.config.maxFileBytes = settings.maxFileBytes;
    }
    return parsed.config;
  }

  /**
   * Brings one document in line with what the workspace holds for it, short of reading it: the job to
   * read, or undefined when nothing is left to read (removed, skipped, unchanged, being read, read a moment ago).
   */
  function accept(uri: string, found: WorkspaceDocument | SkippedDocument | undefined, group = addToStory): Job | undefined {
    if (!found) {
      if (skippedDocs.delete(uri)) touchDocument(uri);
      removeDoc(uri);
      return undefined;
    }
    if (isSkipped(found)) {
      skip(found);
      return undefined;
    }
    if (skippedDocs.delete(uri)) touchDocument(uri);
    const previous = docs.get(uri);
    const readKey = readKeyOf(found.name);
    const inFlight = unread.get(uri);
    if (inFlight && inFlight.text === found.text && inFlight.readKey === readKey && inFlight.name === found.name) {
      if (found.version !== undefined) inFlight.version = found.version;
      return undefined;
    }
    if (previous && previous.reading.text === found.text && previous.readKey === readKey && previous.name === found.name) {
      unread.delete(uri); // a text put back as it was (an undo) while its edit was being read
      if (found.version !== undefined) previous.reading.version = found.version;
      return undefined;
    }
    const version = found.version ?? inFlight?.version ?? (previous ? previous.reading.version + 1 : 0);
    const job: Job = { uri, name: found.name, text: found.text, readKey, version };
    unread.set(uri, job);
    if (!inFlight || inFlight.text !== found.text || inFlight.name !== found.name) group(uri, found.name, found.text);
    const cached = recentReading(job);
    if (cached) {
      finish(job, () => cached);
      // Kept for the next session too: an open article's preview is read here, not by the load.
      options.store?.set(storeKey(job), cached);
      return undefined;
    }
    return job;
  }

  /** What a document's reading depends on besides its text: its source, its date and the tolerances. */
  function readKeyOf(name: string, under = config): string {
    const source = under.sources[name] ?? {};
    return JSON.stringify([source.source ?? fallbackName(name), source.date ?? null, under.tolerances]);
  }

  function readOptions(job: Job, under = config): ReadOptions {
    const source = under.sources[job.name] ?? {};
    return { uri: job.uri, version: job.version, source: source.source ?? fallbackName(job.name), date: source.date, tolerances: under.tolerances };
  }

  function preview(uri: string): { reading: Reading; findings: Finding[]; others?: ReadonlyMap<string, Reading> } | undefined {
    if (foreseeing) return undefined;
    const story = foreseen.get(uri);
    const found = story && workspace.read(uri, config);
    if (story && found && !isSkipped(found) && found.text === story.readings.get(uri)!.text) {
      const reviewed = new Set(config.reviewed);
      return { reading: story.readings.get(uri)!, findings: story.findings.filter((f) => f.uri === uri && !reviewed.has(f.fingerprint)), others: story.readings };
    }
    const under = loaded ? config : loadConfig();
    const reading = previewReading(uri, under);
    if (!reading) return undefined;
    const reviewed = new Set(under.reviewed);
    const findings = runChecks(buildCorpus([reading], under), under).filter((f) => f.uri === uri && !reviewed.has(f.fingerprint));
    return { reading, findings };
  }

  function previewReading(uri: string, under = loaded ? config : loadConfig()): Reading | undefined {
    const found = workspace.read(uri, under);
    if (!found || isSkipped(found)) return undefined;
    const readKey = readKeyOf(found.name, under);
    const job: Job = { uri, name: found.name, text: found.text, readKey, version: found.version ?? 0 };
    const known = docs.get(uri);
    const reading =
      known && known.reading.text === found.text && known.readKey === readKey
        ? known.reading
        : (recentText(recent.get(recentKey(uri, readKey, found.text)), found.text) ?? readArticle(found.text, readOptions(job, under)));
    if (reading !== known?.reading) remember(uri, { name: found.name, reading, readKey });
    return reading;
  }

  function readNow(job: Job): Reading {
    return readArticle(job.text, readOptions(job));
  }

  /** Installs a job's reading, unless newer text came meanwhile; a reading that throws skips the document. */
  function finish(job: Job, read: () => Reading): void {
    if (unread.get(job.uri) !== job) return;
    let reading: Reading;
    try {
      reading = read();
    } catch (error) {
      skip({ uri: job.uri, name: job.name, reason: `skipped: the article could not be analysed (${error instanceof Error ? error.message : String(error)})` });
      return;
    }
    unread.delete(job.uri);
    const previous = docs.get(job.uri);
    if (previous) remember(job.uri, previous);
    docs.set(job.uri, { name: job.name, reading, readKey: job.readKey });
    sortedUris = undefined;
    touchDocument(job.uri);
    const id = stories.storyOf(job.uri);
    if (id !== undefined) invalidate([id]);
  }

  const recentKey = (uri: string, readKey: string, text: string) => `${uri}\n${readKey}\n${contentHash(text)}`;

  function recentReading(job: Job): Reading | undefined {
    if (recent.size === 0) return undefined;
    const key = recentKey(job.uri, job.readKey, job.text);
    const cached = recent.get(key);
    if (!cached || cached.text !== job.text) return undefined;
    recent.delete(key);
    cached.version = job.version;
    return cached;
  }

  /** The key of a reading in the persistent store: its text and what it depends on, not where it is. */
  function storeKey(job: Job): string {
    return storeKeyFor(job.uri, job.readKey, job.text);
  }

  function storeKeyFor(uri: string, readKey: string, text: string): string {
    const known = storeKeys.get(uri);
    if (known && known.readKey === readKey && known.text === text) return known.key;
    const key = storeKeyOf(readKey, text);
    storeKeys.set(uri, { readKey, text, key });
    return key;
  }

  function remember(uri: string, doc: Doc): void {
    recent.set(recentKey(uri, doc.readKey, doc.reading.text), doc.reading);
    if (recent.size > RECENT_READINGS) recent.delete(recent.keys().next().value!);
  }

  /** The story options, with the lead facts taken from the readings this service holds. */
  function indexOptions(): StoryOptions {
    return { ...storyOptions(config), leadFacts: leadFactsFromReading };
  }

  /**
   * An article's lead facts from its reading, when that is the reading of the text the story index was given (no newer
   * text waits) and was read as the story index reads heads (the default tolerances); else the index reads the head.
   */
  function leadFactsFromReading(uri: string, head: string): LeadFacts | undefined {
    const doc = docs.get(uri);
    if (!doc || unread.has(uri) || !doc.reading.text.startsWith(head)) return undefined;
    if (tolerancesOf !== config) {
      tolerancesOf = config;
      defaultTolerancesUsed = JSON.stringify(config.tolerances) === JSON.stringify(defaultTolerances);
    }
    return defaultTolerancesUsed ? factsOfReading(doc.reading, head.length) : undefined;
  }

  /** The story index learns a text; the stories it left and joined are built again. */
  function addToStory(uri: string, name: string, text: string): void {
    const before = stories.storyOf(uri);
    const change = stories.update(uri, text, { path: name, date: config.sources[name]?.date });
    invalidate(change.changed, change.changed.length > 0);
    const after = stories.storyOf(uri);
    invalidate([before, after].filter((id): id is string => id !== undefined), before !== after);
  }

  function skip(skipped: SkippedDocument): void {
    removeDoc(skipped.uri);
    const before = skippedDocs.get(skipped.uri);
    if (before?.reason !== skipped.reason || before.name !== skipped.name) touchDocument(skipped.uri);
    skippedDocs.set(skipped.uri, skipped);
  }

  function removeDoc(uri: string): void {
    unread.delete(uri);
    storeKeys.delete(uri);
    const doc = docs.get(uri);
    if (doc) {
      remember(uri, doc);
      docs.delete(uri);
      sortedUris = undefined;
      touchDocument(uri);
    }
    const before = stories.storyOf(uri);
    if (before !== undefined) invalidate([...stories.remove(uri).changed, before], true);
  }

  /** Drops the work of these stories; their members did not change unless the caller says so. */
  function invalidate(ids: string[], membersChanged = false): void {
    for (const id of ids) {
      storyStates.delete(id);
      corporaHeld.delete(id);
      recorders.forEach((t) => t.stories.add(id));
    }
    if (ids.length > 0) allFindings = undefined;
    if (membersChanged) storyById = undefined;
  }

  function invalidateAll(): void {
    invalidate([...storyStates.keys()]);
    storyById = undefined;
    allFindings = undefined;
    emptyCorpus = undefined;
  }

  // The question side: every answer starts from an up-to-date workspace and reads what was built.

  function story(id: string): Story | undefined {
    storyById ??= new Map(stories.stories().map((s) => [s.id, s]));
    return storyById.get(id);
  }

  function stateOf(id: string): StoryState | undefined {
    let state = storyStates.get(id);
    if (state) return state;
    if (!story(id)) return undefined;
    state = { agreements: new Map() };
    storyStates.set(id, state);
    return state;
  }

  /** A story's corpus: the one held, or built from its members' readings (the same readings give the same corpus). */
  function corpusOf(id: string): Corpus | undefined {
    const state = stateOf(id);
    if (!state) return undefined;
    state.corpus ??= buildCorpus(storyReadings(id), config);
    corporaHeld.delete(id);
    corporaHeld.add(id);
    for (const oldest of corporaHeld) {
      if (corporaHeld.size <= CORPORA_KEPT) break;
      corporaHeld.delete(oldest);
      const held = storyStates.get(oldest);
      if (held) held.corpus = undefined;
    }
    return state.corpus;
  }

  /** The current readings of a story's members. */
  function storyReadings(id: string): Reading[] {
    return (story(id)?.uris ?? []).map((uri) => docs.get(uri)?.reading).filter((r): r is Reading => r !== undefined);
  }

  function corpusFor(uri: string): Corpus | undefined {
    refresh();
    const id = stories.storyOf(uri);
    return id === undefined ? undefined : corpusOf(id);
  }

  function storyFindings(id: string): Finding[] {
    const state = stateOf(id);
    if (!state) return [];
    return (state.findings ??= runChecks(corpusOf(id)!, config));
  }

  function storyEntities(id: string): Entity[] {
    const state = stateOf(id);
    if (!state) return [];
    return (state.entities ??= corpusOf(id)!.entities);
  }

  /** One document's findings, through its story's findings grouped by document once. */
  function documentFindings(id: string, uri: string): Finding[] {
    const state = stateOf(id);
    if (!state) return [];
    if (!state.findingsByUri) {
      state.findingsByUri = new Map();
      for (const finding of storyFindings(id)) {
        const list = state.findingsByUri.get(finding.uri);
        if (list) list.push(finding);
        else state.findingsByUri.set(finding.uri, [finding]);
      }
    }
    return state.findingsByUri.get(uri) ?? [];
  }

  function empty(): Corpus {
    return (emptyCorpus ??= buildCorpus([], config));
  }

  const service: CrosscheckService = {
    get config() {
      refresh();
      return config;
    },
    workspace,
    refresh,
    load,
    pending: hasPending,
    preview,
    previewReading: (uri: string) => previewReading(uri),
    configFile() {
      refresh();
      return configFile;
    },
    uris() {
      refresh();
      return (sortedUris ??= [...docs.keys()].sort()).slice();
    },
    skipped() {
      refresh();
      return [...skippedDocs.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
    },
    reading(uri) {
      refresh();
      return docs.get(uri)?.reading;
    },
    sourceName(uri) {
      refresh();
      return docs.get(uri)?.reading.meta.source ?? fallbackName(skippedDocs.get(uri)?.name ?? uri);
    },
    documentName(uri) {
      refresh();
      return docs.get(uri)?.name ?? skippedDocs.get(uri)?.name ?? uri;
    },
    stories() {
      refresh();
      return stories.stories();
    },
    story(id) {
      refresh();
      return story(id);
    },
    storyOf(uri) {
      refresh();
      return stories.storyOf(uri);
    },
    corpus(uri) {
      if (uri !== undefined) return corpusFor(uri) ?? empty();
      refresh();
      const all = stories.stories();
      if (all.length > 1) throw new Error(`the folder holds ${all.length} stories: ask for the corpus of one document`);
      return all.length === 1 ? corpusOf(all[0].id)! : empty();
    },
    findings(uri, filter = {}) {
      refresh();
      let found: Finding[];
      if (uri !== undefined) {
        const id = stories.storyOf(uri);
        found = id === undefined ? [] : documentFindings(id, uri);
      } else {
        found = allFindings ??= stories
          .stories()
          .flatMap((s) => storyFindings(s.id))
          .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)));
      }
      if (filter.includeReviewed || config.reviewed.length === 0) return found.slice();
      const reviewed = new Set(config.reviewed);
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
      refresh();
      return stories.stories().flatMap((s) => storyEntities(s.id));
    },
    entity(id, uri) {
      if (uri !== undefined) return corpusFor(uri)?.entityById.get(id);
      refresh();
      for (const s of stories.stories()) {
        const found = storyEntities(s.id).find((entity) => entity.id === id);
        if (found) return found;
      }
      return undefined;
    },
    symbols(uri) {
      const corpus = corpusFor(uri);
      if (corpus?.readings.has(uri)) return articleSymbols(corpus, uri);
      // An open article its folder has not read yet: its own names, as it reads alone. Editors ask for an outline
      // once per text, so an empty one would stay empty after the folder is read.
      const reading = docs.get(uri)?.reading ?? previewReading(uri);
      return reading ? articleSymbols(buildCorpus([reading], config), uri) : [];
    },
    names(uri) {
      const corpus = corpusFor(uri);
      return corpus ? entityNames(corpus, uri) : [];
    },
    agreements(uri) {
      refresh();
      const id = stories.storyOf(uri);
      const state = id === undefined ? undefined : stateOf(id);
      if (!state) return [];
      let cached = state.agreements.get(uri);
      if (!cached) state.agreements.set(uri, (cached = agreementsIn(corpusOf(id!)!, uri)));
      return cached;
    },
    dispose() {
      subscription.dispose();
    },
  };
  return service;
}

/** The key of a reading in the persistent store: its text and what it depends on, not where it is. */
function storeKeyOf(readKey: string, text: string): string {
  return contentHash(`${readKey}\n${text}`);
}

/** A remembered reading, when it is of this very text (a hash is no proof). */
function recentText(reading: Reading | undefined, text: string): Reading | undefined {
  return reading?.text === text ? reading : undefined;
}

/** A turn of the event loop: messages, questions and readings that arrived are handled before going on. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function emptyResult(): RefreshResult {
  return { documents: [], stories: [], config: false };
}

function withoutReviewed(config: Config): string {
  return JSON.stringify({ ...config, reviewed: [] });
}

/** "seeds/000_642705d574fadfd9.txt" → "000_642705d574fadfd9". */
export function fallbackName(path: string): string {
  const base = (path.replace(/\\/g, '/').split('/').pop() ?? path).replace(/\.(txt|md|markdown)$/i, '');
  try {
    return decodeURIComponent(base);
  } catch {
    return base; // "100%.txt" is a name, not an escape
  }
}

function articleSymbols(corpus: Corpus, uri: string): ArticleSymbol[] {
  const reading = corpus.readings.get(uri);
  if (!reading) return [];
  const symbols: ArticleSymbol[] = [];
  const seen = new Set<string>();
  reading.mentions.forEach((mention, index) => {
    const entityId = corpus.mentionEntity.get(`${uri}#${index}`);
    const entity = entityId ? corpus.entityById.get(entityId) : undefined;
    if (!entity || mention.kind !== 'name' || seen.has(entity.id)) return;
    seen.add(entity.id);
    symbols.push({
      name: entity.name,
      kind: entity.type,
      detail: entity.roles[0],
      entity: entity.id,
      start: mention.start,
      end: mention.end,
    });
  });
  reading.claims.forEach((claim) => {
    const quantity = reading.quantities[claim.quantity];
    symbols.push({ name: `${claim.attribute}: ${quantity.text}`, kind: 'claim', detail: claim.trigger, start: claim.start, end: claim.end });
  });
  reading.quotations.forEach((quotation) => {
    const speaker = quotation.speaker ? reading.mentions[quotation.speaker.mention].text : (quotation.speakerPhrase?.text ?? 'unknown speaker');
    const words = quotation.text.length > 48 ? `${quotation.text.slice(0, 45)}…` : quotation.text;
    symbols.push({ name: `“${words}”`, kind: 'quotation', detail: speaker, start: quotation.start, end: quotation.end });
  });
  return symbols.sort((a, b) => a.start - b.start);
}

/**
 * Names linked to an entity of a known type, in document order. The corpus' type wins over the
 * mention's own guess (one source's "Kremlin" is typed by all of them); descriptions ("the Ukrainian
 * president") are left out, since colouring a common noun phrase as a name would mislead.
 */
function entityNames(corpus: Corpus, uri: string): NameSpan[] {
  const reading = corpus.readings.get(uri);
  if (!reading) return [];
  const names: NameSpan[] = [];
  reading.mentions.forEach((mention, index) => {
    if (mention.kind === 'description') return;
    const id = corpus.mentionEntity.get(`${uri}#${index}`);
    const type = id ? corpus.entityById.get(id)?.type : undefined;
    if (type && type !== 'other') names.push({ start: mention.start, end: mention.end, type });
  });
  return names.sort((a, b) => a.start - b.start);
}
