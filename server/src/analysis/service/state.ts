// What the service keeps between questions, in one object the service's passes (load, jobs, preview, the
// question side) are handed: the documents' readings, the story index, the work kept per story and the
// workspace changes waiting to be applied.
import { defaultConfig, type Config } from '../config';
import type { StoryMemo } from '../corpus/storyMemo';
import { Recent } from '../text/recent';
import type { Corpus } from '../corpus/corpus';
import { createStoryIndex, type Story, type StoryIndex, type StoryOptions } from '../corpus/stories';
import type { Agreement } from '../answers/agreement';
import type { SkippedDocument, Workspace } from '../workspace';
import type { ArticleMeta, Entity, Finding, Reading } from '../types';
import type { ConfigFileState, RefreshResult, ServiceOptions } from '../service';
import type { FolderStamps, PackedReading } from '../reader';

export interface Doc {
  name: string;
  /** The text the document was read from (what the reading is of, or was, once let go). */
  text: string;
  version: number;
  /** The reading's meta; undefined for an article a check run left unread (`LoadOptions.skipLoneArticles`). */
  meta?: ArticleMeta;
  /**
   * The reading of `text`; undefined once a check run let it go with its story's findings in
   * (`ServiceOptions.dropCheckedReadings`): `readingOf` reads it again when a question needs it.
   */
  reading?: Reading;
  /** The reading, packed (`ServiceOptions.packReadings`) while nothing asks for it; `readingOf` unpacks it. */
  packed?: PackedReading;
  /** What the reading depends on besides the text: source, date, tolerances. */
  readKey: string;
  /** The workspace's stamp of the file `text` was read from (`Workspace.stamp`); absent for an editor's text. */
  stamp?: string;
}

/**
 * A story checked before the story index has seen the folder: from stored readings (see `foresee`), or, on a cold load,
 * an open article's provisional story (see `checkOpenStories`), read for it.
 */
export interface ForeseenStory {
  readings: Map<string, Reading>;
  findings: Finding[];
  /** A cold load's provisional story: its readings were read by this load, not found in the store. */
  provisional?: boolean;
}

/** A text that needs reading: what `load` hands the reader, or `refresh` reads itself. */
export interface Job {
  uri: string;
  name: string;
  text: string;
  readKey: string;
  version: number;
  /** As `Doc.stamp`. */
  stamp?: string;
}

/**
 * What is kept of one story until it changes. The findings stay (every host asks for them all); the corpus, which
 * weighs more than the story's readings, is kept for the stories asked about last only (CORPORA_KEPT) and built
 * again from the same readings when asked for after that.
 */
export interface StoryState {
  corpus?: Corpus;
  /** The story's entities, once every story's were asked for (workspace symbols, export). */
  entities?: Entity[];
  findings?: Finding[];
  /** The story's findings by document. */
  findingsByUri?: Map<string, Finding[]>;
  agreements: Map<string, Agreement[]>;
}

/** What one refresh or load touched, collected while it runs (a load spans many turns of the event loop). */
export interface Touched {
  documents: Set<string>;
  stories: Set<string>;
  config: boolean;
}

/** Readings of texts replaced a moment ago (an undo, an editor closed without saving): read once. */
export const RECENT_READINGS = 64;

/**
 * Stories whose corpus is kept after their findings are made: the ones asked about last. Measured on 1,000 generated
 * articles (142 stories), the corpora held 72 MB of the main thread's heap against 46 MB for the readings.
 */
export const CORPORA_KEPT = 64;

/**
 * Stories whose build is kept for the next edit: the ones edited last (a story's holds its candidate pairs), each with
 * the members it had (service/storyWork.ts `memoKey`).
 */
export const STORY_MEMOS_KEPT = 8;

export interface ServiceState {
  readonly options: ServiceOptions;
  readonly workspace: Workspace;
  readonly newStoryIndex: (options: StoryOptions) => StoryIndex;
  config: Config;
  configFile: ConfigFileState | undefined;
  stories: StoryIndex;
  readonly docs: Map<string, Doc>;
  readonly skippedDocs: Map<string, SkippedDocument>;
  readonly recent: Map<string, Reading>;
  readonly storyStates: Map<string, StoryState>;
  /** Stories whose corpus is held, the one asked about last at the end. */
  readonly corporaHeld: Set<string>;
  /** Stories whose corpus was built, by id: a story built again (an edit) keeps its entities and alignment for the next. */
  readonly storiesBuilt: Set<string>;
  /** What the last build of a story built again kept (corpus/storyMemo.ts), by story and members, for the stories edited last. */
  readonly storyMemos: Recent<string, StoryMemo>;
  /** Each story's last key in `storyMemos` (its members then), for a new set of members to start from. */
  readonly memoKeyOf: Map<string, string>;
  /** Texts accepted and waiting for their reading; a reading arriving for a text no longer here is stale. */
  readonly unread: Map<string, Job>;
  /**
   * Documents a load has taken and not yet given to the story index: it gives them in uri order (the
   * grouping must not depend on which document was edited first), so a refresh leaves them to it.
   */
  readonly feeding: Set<string>;
  storyById: Map<string, Story> | undefined;
  sortedUris: string[] | undefined;
  allFindings: Finding[] | undefined;
  emptyCorpus: Corpus | undefined;
  /** Open documents' stories a load foresaw from the store, by member uri; emptied when the load ends. */
  readonly foreseen: Map<string, ForeseenStory>;
  /** A load is looking the open documents' stories up in the store: a preview waits for them. */
  foreseeing: boolean;
  /** Each text's key in the store, computed once per text: the reopen path needs it before the load, the load and `keepStories` after. */
  readonly storeKeys: Map<string, { readKey: string; text: string; key: string }>;
  /** The stories the store gave for the folder (`foresee`) or was last given, so that the same are not written again. */
  storedStories: { key: string; json: string } | undefined;
  /** The same for the files' stamps (`keepStamps`). */
  storedStamps: { key: string; files: FolderStamps } | undefined;
  /** The config as its JSON, for the key of a story's findings (`service/storedFindings.ts`), made once per config. */
  configKey: { config: Config; json: string } | undefined;
  /** Keys of story findings the store holds: found there or given to it this session. */
  readonly findingsKept: Set<string>;
  /** Whether `config` reads with the default tolerances (the story index's lead facts do), worked out once per config. */
  tolerancesOf: Config | undefined;
  defaultTolerancesUsed: boolean;
  // Pending workspace changes, applied by the next refresh or load.
  loaded: boolean;
  reloadConfig: boolean;
  readonly changedUris: Set<string>;
  readonly deletedUris: Set<string>;
  /** Every refresh and load running now records what it touched. */
  readonly recorders: Set<Touched>;
}

/** The state of a service that has read nothing yet; `indexOptions` makes its story index's options from it. */
export function createState(options: ServiceOptions, indexOptions: (state: ServiceState) => StoryOptions): ServiceState {
  const state: Omit<ServiceState, 'stories'> & { stories?: StoryIndex } = {
    options,
    workspace: options.workspace,
    newStoryIndex: options.createStoryIndex ?? createStoryIndex,
    config: options.config ?? defaultConfig(),
    configFile: undefined,
    docs: new Map(),
    skippedDocs: new Map(),
    recent: new Map(),
    storyStates: new Map(),
    corporaHeld: new Set(),
    storiesBuilt: new Set(),
    storyMemos: new Recent(STORY_MEMOS_KEPT),
    memoKeyOf: new Map(),
    unread: new Map(),
    feeding: new Set(),
    storyById: undefined,
    sortedUris: undefined,
    allFindings: undefined,
    emptyCorpus: undefined,
    foreseen: new Map(),
    foreseeing: false,
    storeKeys: new Map(),
    storedStories: undefined,
    storedStamps: undefined,
    configKey: undefined,
    findingsKept: new Set(),
    tolerancesOf: undefined,
    defaultTolerancesUsed: false,
    loaded: false,
    reloadConfig: true,
    changedUris: new Set(),
    deletedUris: new Set(),
    recorders: new Set(),
  };
  state.stories = state.newStoryIndex(indexOptions(state as ServiceState));
  return state as ServiceState;
}

export const hasPending = (s: ServiceState) => s.reloadConfig || s.changedUris.size > 0 || s.deletedUris.size > 0;

export function recording(s: ServiceState): Touched {
  const touched: Touched = { documents: new Set(), stories: new Set(), config: false };
  s.recorders.add(touched);
  return touched;
}

export const touchDocument = (s: ServiceState, uri: string) => s.recorders.forEach((t) => t.documents.add(uri));

export function resultOf(s: ServiceState, touched: Touched): RefreshResult {
  s.recorders.delete(touched);
  return { documents: [...touched.documents].sort(), stories: [...touched.stories].sort(), config: touched.config };
}

/** Adds what a refresh or load changed to a record kept across them. */
export function addTouched(into: Touched, result: RefreshResult): void {
  for (const uri of result.documents) into.documents.add(uri);
  for (const id of result.stories) into.stories.add(id);
  into.config ||= result.config;
}

/** What a record holds, as a result; the record starts again empty. */
export function takeTouched(touched: Touched): RefreshResult {
  const result = { documents: [...touched.documents].sort(), stories: [...touched.stories].sort(), config: touched.config };
  touched.documents.clear();
  touched.stories.clear();
  touched.config = false;
  return result;
}

export function emptyResult(): RefreshResult {
  return { documents: [], stories: [], config: false };
}

/** A turn of the event loop: messages, questions and readings that arrived are handled before going on. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
