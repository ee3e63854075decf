// The one analysis service behind the language server, the CLI and the tests. It is handed a workspace
// (list, read, watch) and keeps, per document, the reading of its current text (cached by content), and
// per story, the corpus and the findings, built lazily on the first question after a change and dropped
// only when that story changes. Every question first applies the workspace's pending changes, so an
// answer never describes text older than what the workspace holds; answers read what was built.
import { defaultConfig, parseConfig, type Config, type ConfigProblem } from './config';
import { buildCorpus, type Corpus } from './corpus/corpus';
import { createStoryIndex, storyOptions, type Story, type StoryIndex, type StoryOptions } from './corpus/stories';
import { runChecks } from './checks/checks';
import { readArticle } from './read/readArticle';
import { targetAt } from './corpus/targets';
import { relatedSpans, referenceSpans } from './corpus/navigation';
import { agreementsIn, type Agreement } from './answers/agreement';
import { contentHash } from './text/hash';
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

export interface CrosscheckService {
  readonly config: Config;
  readonly workspace: Workspace;
  /**
   * Applies the workspace's pending changes: lists and reads everything the first time and after a
   * config change, else re-reads only the documents that changed. Every question below does this first.
   */
  refresh(): RefreshResult;
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
  storyOf(uri: string): string | undefined;
  /**
   * The corpus of the story `uri` belongs to (an empty corpus for an unknown document). Without `uri`,
   * the corpus of a folder that is one story; throws when there are several.
   */
  corpus(uri?: string): Corpus;
  /** Findings on one document, or on all when `uri` is omitted; severity `off` findings are dropped. */
  findings(uri?: string, filter?: FindingFilter): Finding[];
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

interface StoryState {
  corpus: Corpus;
  findings?: Finding[];
  agreements: Map<string, Agreement[]>;
}

/** Readings of texts replaced a moment ago (an undo, an editor closed without saving): read once. */
const RECENT_READINGS = 64;

export function createService(options: ServiceOptions): CrosscheckService {
  const { workspace } = options;
  const newStoryIndex = options.createStoryIndex ?? createStoryIndex;
  let config = options.config ?? defaultConfig();
  let configFile: ConfigFileState | undefined;
  let stories: StoryIndex = newStoryIndex(storyOptions(config));
  const docs = new Map<string, Doc>();
  const skippedDocs = new Map<string, SkippedDocument>();
  const recent = new Map<string, Reading>();
  const storyStates = new Map<string, StoryState>();
  let storyById: Map<string, Story> | undefined;
  let sortedUris: string[] | undefined;
  let allFindings: Finding[] | undefined;
  let emptyCorpus: Corpus | undefined;

  // Pending workspace changes, applied by the next refresh.
  let loaded = false;
  let reloadConfig = true;
  const changedUris = new Set<string>();
  const deletedUris = new Set<string>();
  const subscription: Disposable = workspace.watch((change: WorkspaceChange) => {
    if (change.kind === 'config') reloadConfig = true;
    else if (change.kind === 'deleted') deletedUris.add(change.uri);
    else changedUris.add(change.uri);
  });

  let result: RefreshResult = emptyResult();
  const touchedStories = new Set<string>();
  const touchedDocuments = new Set<string>();

  function refresh(): RefreshResult {
    if (!reloadConfig && changedUris.size === 0 && deletedUris.size === 0) return emptyResult();
    touchedStories.clear();
    touchedDocuments.clear();
    result = emptyResult();
    if (reloadConfig) applyConfig();
    for (const uri of deletedUris) {
      const prefix = uri.endsWith('/') ? uri : `${uri}/`;
      for (const known of [...docs.keys(), ...skippedDocs.keys()]) if (known === uri || known.startsWith(prefix)) changedUris.add(known);
      changedUris.add(uri);
    }
    deletedUris.clear();
    for (const uri of [...changedUris].sort()) apply(uri, workspace.read(uri, config));
    changedUris.clear();
    result.documents = [...touchedDocuments].sort();
    result.stories = [...touchedStories].sort();
    return result;
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
    result.config = true;
    invalidateAll();
    if (regroup) {
      stories = newStoryIndex(storyOptions(config));
      storyById = undefined;
      for (const uri of [...docs.keys()].sort()) addToStory(uri, docs.get(uri)!);
    }
    // The new config may select other files and read them differently: list again; the reading of a
    // text whose source, date and tolerances did not change is kept.
    const listed = workspace.list(config).map((entry) => entry.uri).sort();
    const keep = new Set(listed);
    for (const uri of [...docs.keys(), ...skippedDocs.keys()]) if (!keep.has(uri)) changedUris.add(uri);
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

  /** Brings one document in line with what the workspace holds for it. */
  function apply(uri: string, found: WorkspaceDocument | SkippedDocument | undefined): void {
    if (!found) {
      if (skippedDocs.delete(uri)) touchedDocuments.add(uri);
      removeDoc(uri);
      return;
    }
    if (isSkipped(found)) return skip(found);
    const had = skippedDocs.delete(uri);
    const previous = docs.get(uri);
    const source = config.sources[found.name] ?? {};
    const readKey = JSON.stringify([source.source ?? fallbackName(found.name), source.date ?? null, config.tolerances]);
    if (previous && previous.reading.text === found.text && previous.readKey === readKey && previous.name === found.name) {
      if (found.version !== undefined) previous.reading.version = found.version;
      if (had) touchedDocuments.add(uri);
      return;
    }
    const version = found.version ?? (previous ? previous.reading.version + 1 : 0);
    let reading: Reading;
    try {
      reading = readText(uri, found, readKey, version);
    } catch (error) {
      return skip({ uri, name: found.name, reason: `skipped: the article could not be analysed (${error instanceof Error ? error.message : String(error)})` });
    }
    if (previous) remember(uri, previous);
    const doc: Doc = { name: found.name, reading, readKey };
    docs.set(uri, doc);
    sortedUris = undefined;
    touchedDocuments.add(uri);
    const before = stories.storyOf(uri);
    if (before !== undefined) invalidate([before]);
    addToStory(uri, doc);
  }

  function readText(uri: string, found: WorkspaceDocument, readKey: string, version: number): Reading {
    const key = `${uri}\n${readKey}\n${contentHash(found.text)}`;
    const cached = recent.get(key);
    if (cached && cached.text === found.text) {
      recent.delete(key);
      cached.version = version;
      return cached;
    }
    const source = config.sources[found.name] ?? {};
    return readArticle(found.text, { uri, version, source: source.source ?? fallbackName(found.name), date: source.date, tolerances: config.tolerances });
  }

  function remember(uri: string, doc: Doc): void {
    recent.set(`${uri}\n${doc.readKey}\n${contentHash(doc.reading.text)}`, doc.reading);
    if (recent.size > RECENT_READINGS) recent.delete(recent.keys().next().value!);
  }

  function addToStory(uri: string, doc: Doc): void {
    const meta = doc.reading.meta;
    const change = stories.update(uri, doc.reading.text, { path: doc.name, date: meta.date, title: meta.title });
    invalidate(change.changed);
    const after = stories.storyOf(uri);
    if (after !== undefined) invalidate([after]);
  }

  function skip(skipped: SkippedDocument): void {
    removeDoc(skipped.uri);
    const before = skippedDocs.get(skipped.uri);
    if (before?.reason !== skipped.reason || before.name !== skipped.name) touchedDocuments.add(skipped.uri);
    skippedDocs.set(skipped.uri, skipped);
  }

  function removeDoc(uri: string): void {
    const doc = docs.get(uri);
    if (!doc) return;
    remember(uri, doc);
    docs.delete(uri);
    sortedUris = undefined;
    touchedDocuments.add(uri);
    const before = stories.storyOf(uri);
    invalidate([...stories.remove(uri).changed, ...(before === undefined ? [] : [before])]);
  }

  function invalidate(ids: string[]): void {
    for (const id of ids) {
      storyStates.delete(id);
      touchedStories.add(id);
    }
    if (ids.length > 0) {
      storyById = undefined;
      allFindings = undefined;
    }
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
    const members = story(id);
    if (!members) return undefined;
    const readings = members.uris.map((uri) => docs.get(uri)?.reading).filter((r): r is Reading => r !== undefined);
    state = { corpus: buildCorpus(readings, config), agreements: new Map() };
    storyStates.set(id, state);
    return state;
  }

  function stateFor(uri: string): StoryState | undefined {
    refresh();
    const id = stories.storyOf(uri);
    return id === undefined ? undefined : stateOf(id);
  }

  function storyFindings(id: string): Finding[] {
    const state = stateOf(id);
    if (!state) return [];
    return (state.findings ??= runChecks(state.corpus, config));
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
    storyOf(uri) {
      refresh();
      return stories.storyOf(uri);
    },
    corpus(uri) {
      if (uri !== undefined) return stateFor(uri)?.corpus ?? empty();
      refresh();
      const all = stories.stories();
      if (all.length > 1) throw new Error(`the folder holds ${all.length} stories: ask for the corpus of one document`);
      return all.length === 1 ? stateOf(all[0].id)!.corpus : empty();
    },
    findings(uri, filter = {}) {
      refresh();
      let found: Finding[];
      if (uri !== undefined) {
        const id = stories.storyOf(uri);
        found = id === undefined ? [] : storyFindings(id).filter((f) => f.uri === uri);
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
      const state = stateFor(uri);
      return state ? targetAt(state.corpus, uri, offset) : undefined;
    },
    related(uri, offset) {
      const state = stateFor(uri);
      return state ? relatedSpans(state.corpus, uri, offset) : [];
    },
    references(uri, offset) {
      const state = stateFor(uri);
      return state ? referenceSpans(state.corpus, uri, offset) : [];
    },
    entities() {
      refresh();
      return stories.stories().flatMap((s) => stateOf(s.id)?.corpus.entities ?? []);
    },
    entity(id, uri) {
      if (uri !== undefined) return stateFor(uri)?.corpus.entityById.get(id);
      refresh();
      for (const s of stories.stories()) {
        const found = stateOf(s.id)?.corpus.entityById.get(id);
        if (found) return found;
      }
      return undefined;
    },
    symbols(uri) {
      const state = stateFor(uri);
      return state ? articleSymbols(state.corpus, uri) : [];
    },
    names(uri) {
      const state = stateFor(uri);
      return state ? entityNames(state.corpus, uri) : [];
    },
    agreements(uri) {
      const state = stateFor(uri);
      if (!state) return [];
      let cached = state.agreements.get(uri);
      if (!cached) state.agreements.set(uri, (cached = agreementsIn(state.corpus, uri)));
      return cached;
    },
    dispose() {
      subscription.dispose();
    },
  };
  return service;
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
