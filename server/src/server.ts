// The Crosscheck language server: wiring only. Each workspace folder is an editor workspace (the
// editor's open documents over the folder on disk) handed to its own analysis service; the server
// reports editor and file events to the workspace, publishes findings as diagnostics and routes requests
// to the thin adapters in ./features. It reads files; it never writes them.
import * as path from 'path';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  createConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES } from './analysis/config';
import { createService, type CrosscheckService, type RefreshResult } from './analysis/service';
import { contentHash } from './analysis/text/hash';
import { canonicalUri, createFolderWorkspace, fileUri, uriPath } from './node/folder';
import { createEditorWorkspace, type EditorWorkspace } from './node/editorWorkspace';
import { createReaderPool, defaultJobs, type ReaderPool } from './node/readerPool';
import { createReadingStore, type DiskReadingStore } from './node/readingStore';
import { badInputDiagnostics, configDiagnostics, diagnosticsKey, documentDiagnostics, findingDiagnostic } from './features/diagnostics';
import { hover } from './features/hover';
import { definition } from './features/definition';
import { references } from './features/references';
import { documentSymbols } from './features/documentSymbols';
import { workspaceSymbols } from './features/workspaceSymbols';
import { stories } from './features/stories';
import { codeActions } from './features/codeActions';
import { forget, lineIndex, offsetAt } from './features/positions';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './features/semanticTokens';
import { codeLenses } from './features/codeLens';
import { inlayHints } from './features/inlayHints';
import { matrix } from './features/matrix';
import { DocumentsRequest, MatrixRequest, SETTINGS_SECTION, StatusNotification, StoriesRequest, type DocumentInfo, type InitializationOptions, type StoryInfo } from './protocol';
import { traceStart } from './node/startTrace';
import { cancelled, createGuards } from './lsp/guards';
import { beginProgress, PROGRESS_MIN_DOCUMENTS } from './lsp/progress';

traceStart('modules loaded');

/** One workspace folder (or, without `folder`, the open articles outside every folder). */
interface Project {
  folder?: string;
  workspace: EditorWorkspace;
  service: CrosscheckService;
  /** What changed since its diagnostics were last published. */
  dirty: Dirty;
  /** The config file's text when its diagnostics were last published: a change of `reviewed` filters every document again. */
  configText?: string;
  /** Its folder is being read or was read: until then an edit does not make it read the folder on this thread. */
  loadStarted: boolean;
  /** While a load runs, the stories it has published: an open article whose story is not among them shows its preview. */
  shownStories?: Set<string>;
}

interface Dirty {
  stories: Set<string>;
  documents: Set<string>;
  /** Everything: the config changed. */
  all: boolean;
}

const connection = createConnection(ProposedFeatures.all);
/** Stops a load in progress at shutdown. */
const shuttingDown = new AbortController();
const { guard, guardAsync, guardRequest, logError } = createGuards((message) => connection.console.error(message), shuttingDown.signal);
const documents = new TextDocuments(TextDocument);

/** The editor's `crosscheck.maxFileBytes`; a value in crosscheck.yaml wins. */
let maxFileBytesSetting: number | undefined;
/** Reads articles for every project: worker threads, so that the server keeps answering while a folder is read. */
let reader: ReaderPool | undefined;
/** Readings kept in the extension's storage between sessions, when the client gives a storage path. */
let store: DiskReadingStore | undefined;
let projects: Project[] = [];
let loose: Project | undefined;
/** What was last published per uri (a hash of it and how many), to publish only what changed. */
const published = new Map<string, { key: string; count: number }>();
let publishedFindings = 0;
const loggedSkips = new Set<string>();
/** The `crosscheck.inlayHints.enabled` setting: the editor turns the value hints off. */
let inlayHintsEnabled = true;
let pass = 0;

function newProject(folder: string | undefined): Project {
  const workspace = createEditorWorkspace(folder === undefined ? undefined : createFolderWorkspace(folder));
  const service = createService({ workspace, settings: () => ({ maxFileBytes: maxFileBytesSetting }), reader, store });
  return { folder, workspace, service, dirty: { stories: new Set(), documents: new Set(), all: true }, loadStarted: false };
}

function projectFor(uri: string): Project {
  return projects.find((project) => project.workspace.base?.nameOf(uri) !== undefined) ?? looseProject();
}

function looseProject(): Project {
  return (loose ??= newProject(undefined));
}

const allProjects = () => [...projects, looseProject()];

function sortProjects(): void {
  // The innermost folder owns a document of nested folders.
  projects.sort((a, b) => (b.folder?.length ?? 0) - (a.folder?.length ?? 0));
}

// Two lanes. An edit in the editor is read at once on this thread (one document) and its stories are
// checked and published; the folder, file events and config changes are read by the reader threads in
// the background (`index`), the open documents' stories first, each story published as soon as its
// articles are read. Work for text that is no longer current is dropped: an edit arriving while stories
// are being checked stops that pass, and the next one starts from the newest text.

/** Counts editor and file events: a pass that sees it change knows newer text arrived. */
let generation = 0;
let editScheduled = false;
let indexing: Promise<void> | undefined;
let indexAgain = false;

/** An editor event (typing, open, close): checked and published as soon as the editor's messages stop coming. */
function edited(): void {
  generation++;
  if (editScheduled) return;
  editScheduled = true;
  setImmediate(() =>
    void guardAsync('analysis', async () => {
      await editsSettled();
      editScheduled = false;
      await editPass();
    }),
  );
}

/**
 * The connection hands over one message per turn of the event loop, so a burst of edits (a paste, a replace-all, a
 * fast typist on a slow machine) is waited out a turn at a time and read once, at its newest text, instead of
 * reading and checking the story after every message of it. A lone keystroke waits one turn.
 */
async function editsSettled(): Promise<void> {
  for (let seen = -1; seen !== generation; ) {
    seen = generation;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** A file event, a config or folder change: read in the background. */
function changedOnDisk(): void {
  generation++;
  if (indexing) {
    indexAgain = true;
    return;
  }
  indexing = guardAsync('indexing', index).finally(() => {
    indexing = undefined;
    if (indexAgain) {
      indexAgain = false;
      changedOnDisk();
    }
  });
}

async function editPass(): Promise<void> {
  const started = generation;
  for (const project of allProjects()) {
    if (project.loadStarted) guard('analysis', undefined, () => noteChanges(project, project.service.refresh()))(undefined);
  }
  guard('preview', undefined, previewOpenDocuments)(undefined);
  if (!(await publishDirty(started))) return;
  finishPass();
  await prepareOpenDocuments(started);
}

/** Open articles this thread has readied for their first keystrokes (`service.prepareEdits`), until closed. */
const prepared = new Set<string>();

/**
 * Keystrokes rehearsed after an article is readied (`service.rehearseEdit`), one a turn. On the bench's article (840
 * PolNeAR texts, four pairs of runs) four took the p95 of 200 keystrokes to 30.3, 32.0, 30.5 and 37.3 ms from 35.8,
 * 33.3, 34.4 and 35.9, and keystrokes 2–10 to 28–38 ms from 30–55; eight were no better (docs/speed.md, speed29).
 */
const EDIT_REHEARSALS = 4;

/**
 * Once an open article's findings are out and its folder loaded, readies this thread to edit it, one step a turn,
 * stopping when newer text arrives: the load read and checked on the reader threads, and the first keystrokes would
 * otherwise do all of it again here, on code this thread has never run (or run only a few times).
 */
async function prepareOpenDocuments(started: number): Promise<void> {
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  for (const document of documents.all()) {
    if (generation !== started) return;
    const uri = canonicalUri(document.uri);
    const project = projectFor(uri);
    if (prepared.has(uri) || !project.loadStarted || project.shownStories !== undefined || project.service.pending()) continue;
    if (!guard('prepare', false, () => project.service.prepareEdits(uri))(undefined)) continue;
    prepared.add(uri);
    for (let round = 1; round <= EDIT_REHEARSALS; round++) {
      await turn();
      if (generation !== started || project.service.pending()) return;
      if (!guard('rehearse', false, () => project.service.rehearseEdit(uri, round))(undefined)) break;
    }
    await turn();
  }
}

/**
 * An open article whose story the folder's load has not published yet (the server just started) is
 * checked on its own, so that its first diagnostics come at once; they are replaced when its story is
 * read. Whether the reader threads have read the article itself does not matter: they often have by the
 * time this runs, behind the story index on this thread, and the rest of its story may take long.
 */
function previewOpenDocuments(): Promise<unknown> {
  const sent: Array<Promise<void>> = [];
  for (const document of documents.all()) {
    const uri = canonicalUri(document.uri);
    const project = projectFor(uri);
    if (!project.loadStarted) continue;
    if (project.shownStories ? !previewing(project, uri) : project.service.reading(uri)) continue;
    const preview = project.service.preview(uri);
    if (!preview) continue;
    const index = lineIndex(uri, preview.reading.text);
    const others = preview.others;
    const textOf = others && ((other: string) => others.get(other)?.text);
    const diagnostics = preview.findings.map((finding) => findingDiagnostic(project.service, finding, index, textOf)).filter((d): d is Diagnostic => d !== undefined);
    const sending = send(uri, diagnostics, preview.reading.version);
    if (sending) sent.push(sending);
  }
  return Promise.all(sent);
}

/** Whether a load of the project runs and has not yet published the story of `uri`. */
function previewing(project: Project, uri: string): boolean {
  return project.shownStories !== undefined && !project.shownStories.has(project.service.storyOf(uri) ?? '');
}

/** Reads every project's pending changes on the reader threads, with work-done progress, publishing stories as they are ready. */
async function index(): Promise<void> {
  const started = generation;
  const startedAt = Date.now();
  const progress = beginProgress(canShowProgress ? () => connection.window.createWorkDoneProgress() : undefined, logError);
  const counts = { read: 0, stored: 0 };
  const reading = { done: new Map<Project, number>(), total: new Map<Project, number>() };
  const sum = (map: Map<Project, number>) => [...map.values()].reduce((a, b) => a + b, 0);
  // Every project lists and takes its changes now, in this turn: an edit arriving next is read on its own.
  const loads = allProjects().map(async (project) => {
    project.loadStarted = true;
    project.shownStories = new Set();
    const result = await project.service.load({
      first: () => documents.all().map((d) => canonicalUri(d.uri)),
      // Cold, an open article's provisional story is checked before the folder is grouped, and shown as its preview.
      provisionalStories: true,
      signal: shuttingDown.signal,
      mark: traceStart,
      progress: (done, total) => {
        reading.done.set(project, done);
        reading.total.set(project, total);
        progress.report(sum(reading.done), sum(reading.total));
      },
      storyReady: (id) => {
        project.shownStories?.add(id);
        noteStory(project, id);
        publishProject(project, undefined);
      },
      // A reopened folder: the open documents' stories, found in the store, are shown before the folder is grouped; a
      // cold one: their provisional stories.
      // The load waits until these findings are written: the writer takes a turn of the event loop per message, and
      // the story index's chunks of texts (100-400 ms each on a loaded machine) held them back 0.6-1 s.
      foreseen: guard('preview', undefined, (shown: string[]) => {
        const sent = previewOpenDocuments();
        // Nothing found in the store: the folder is read, so the threads start now. Found: they start at the first
        // story to check or text to read, after the open story's findings are out.
        if (shown.length === 0) reader?.warm();
        return sent;
      }),
    }).finally(() => (project.shownStories = undefined));
    // Shutting down: what the load put back stays unread (a question now would read it on this thread).
    if (shuttingDown.signal.aborted) return;
    noteChanges(project, result);
    counts.read += result.read;
    counts.stored += result.stored;
  });
  try {
    await Promise.all(loads);
  } finally {
    progress.done();
  }
  if (counts.read + counts.stored >= PROGRESS_MIN_DOCUMENTS) {
    const kept = counts.stored > 0 ? ` (${counts.stored} of them kept from an earlier session)` : '';
    connection.console.info(`Crosscheck: ${counts.read + counts.stored} articles read in ${((Date.now() - startedAt) / 1000).toFixed(1)} s${kept}`);
  }
  if (shuttingDown.signal.aborted) return;
  // Newer edits are the edit lane's; what the load read is published now.
  if (await publishDirty(started, true)) {
    finishPass();
    await prepareOpenDocuments(generation);
  }
  if (!sweptStore && store) {
    sweptStore = true;
    void store.flush().then(() => store?.sweep());
  }
}

let sweptStore = false;

/** Logs newly skipped files once and notes what a refresh or load changed. */
function noteChanges(project: Project, result: RefreshResult): void {
  const { service, dirty } = project;
  for (const uri of result.documents) {
    dirty.documents.add(uri);
    if (!service.reading(uri)) forget(uri);
  }
  for (const id of result.stories) dirty.stories.add(id);
  if (result.config) dirty.all = true;
  if (result.documents.length === 0 && !result.config) return;
  for (const skipped of service.skipped()) {
    const key = `${skipped.uri}\n${skipped.reason}`;
    if (loggedSkips.has(key)) continue;
    loggedSkips.add(key);
    connection.console.warn(`Crosscheck: ${skipped.name} ${skipped.reason}`);
  }
}

function noteStory(project: Project, id: string): void {
  project.dirty.stories.add(id);
}

/**
 * Publishes what changed, the stories of open documents first, one story at a time with a turn of the
 * event loop between them. Returns false when newer text arrived (an edit, unless `ignoreEdits`) and the
 * pass stopped: what is left stays dirty for the next pass.
 */
async function publishDirty(started: number, ignoreEdits = false): Promise<boolean> {
  for (const project of allProjects()) {
    while (true) {
      if (!ignoreEdits && generation !== started) return false;
      if (!publishProject(project, 1)) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return true;
}

/**
 * Publishes the changed diagnostics of up to `budget` dirty stories of a project (all when undefined)
 * and of its dirty documents; true when dirty stories are left.
 */
function publishProject(project: Project, budget: number | undefined): boolean {
  const { service, dirty } = project;
  const next = new Map<string, Diagnostic[]>();
  try {
    const configFile = service.configFile();
    if (configFile?.text !== project.configText) {
      project.configText = configFile?.text;
      dirty.all = true;
    }
    const uris = new Set<string>();
    if (dirty.all) {
      dirty.all = false;
      dirty.stories.clear();
      dirty.documents.clear();
      for (const uri of service.uris()) uris.add(uri);
      for (const skipped of service.skipped()) uris.add(skipped.uri);
      for (const uri of published.keys()) if (projectFor(uri) === project) uris.add(uri);
    } else {
      const open = new Set(documents.all().map((d) => service.storyOf(canonicalUri(d.uri))));
      const order = [...dirty.stories].sort((a, b) => Number(open.has(b)) - Number(open.has(a)) || (a < b ? -1 : 1));
      for (const id of budget === undefined ? order : order.slice(0, budget)) {
        dirty.stories.delete(id);
        for (const uri of service.story(id)?.uris ?? []) uris.add(uri);
      }
      for (const uri of dirty.documents) uris.add(uri);
      dirty.documents.clear();
    }
    const skipped = new Map(service.skipped().map((s) => [s.uri, s]));
    for (const uri of uris) {
      // An open article's preview stands until the load publishes its story: its story read in part would
      // replace the preview's findings with fewer, or none, for a moment.
      if (documents.get(uri) && !skipped.has(uri) && previewing(project, uri)) {
        dirty.documents.add(uri);
        continue;
      }
      const skip = skipped.get(uri);
      if (skip) next.set(uri, badInputDiagnostics(service, skip.reason));
      else next.set(uri, service.reading(uri) ? documentDiagnostics(service, uri) : []);
    }
    if (configFile) next.set(configFile.uri, configDiagnostics(service, configFile.uri, configFile.text, configFile.problems));
  } catch (error) {
    // The analysis failed: keep what was published for these documents and report the failure.
    logError('analysis', error);
  }
  for (const [uri, diagnostics] of next) send(uri, diagnostics, documents.get(uri) ? service.reading(uri)?.version : undefined);
  return dirty.stories.size > 0;
}

const EMPTY = '';

/** Sends a document's diagnostics when they differ from what was last sent; [] clears them. */
/** Publishes a document's diagnostics when they changed; the promise settles once they are written. */
function send(uri: string, diagnostics: Diagnostic[], version?: number): Promise<void> | undefined {
  const key = diagnostics.length === 0 ? EMPTY : contentHash(diagnosticsKey(diagnostics));
  const before = published.get(uri);
  if ((before?.key ?? EMPTY) === key) return undefined;
  publishedFindings += diagnostics.length - (before?.count ?? 0);
  if (diagnostics.length === 0) published.delete(uri);
  else published.set(uri, { key, count: diagnostics.length });
  if (diagnostics.length > 0 && documents.get(uri)) traceStart(`published ${diagnostics.length} for ${path.basename(uri)}`);
  return connection.sendDiagnostics({ uri, diagnostics, version });
}

/** The end of a pass: the counts for the client, and refreshes of what other documents show. */
function finishPass(): void {
  pass++;
  // An edit anywhere can change the counts in other documents' lenses and the type of a name: ask
  // the client to re-request them (the first pass needs no refresh, nothing was shown yet).
  if (pass > 1 && canRefreshCodeLens) void connection.sendRequest(CodeLensRefreshRequest.type).catch((error) => logError('code lens refresh', error));
  if (pass > 1 && canRefreshSemanticTokens) {
    void Promise.resolve(connection.languages.semanticTokens.refresh()).catch((error) => logError('semantic tokens refresh', error));
  }
  const count = (f: (p: Project) => number) => allProjects().reduce((sum, p) => sum + f(p), 0);
  void connection.sendNotification(StatusNotification.type, {
    state: 'ready',
    pass,
    documents: count((p) => p.service.uris().length),
    skipped: count((p) => p.service.skipped().length),
    findings: publishedFindings,
  });
}

/** The service and offset for a request at a position (the service applies pending edits first). */
function at(params: { textDocument: { uri: string }; position: { line: number; character: number } }) {
  const uri = canonicalUri(params.textDocument.uri);
  const service = projectFor(uri).service;
  const offset = offsetAt(service, uri, params.position);
  return offset === undefined ? undefined : { service, uri, offset };
}

let canRegisterWatchers = false;
let hasWorkspaceFolders = false;
let canRefreshCodeLens = false;
let canRefreshSemanticTokens = false;
let canShowProgress = false;
let canRefreshInlayHints = false;

connection.onInitialize((params): InitializeResult => {
  traceStart('initialize');
  const init = (params.initializationOptions ?? {}) as InitializationOptions;
  const jobs = typeof init.jobs === 'number' && init.jobs >= 1 ? Math.floor(init.jobs) : defaultJobs();
  // At least one reader thread, even with one job: reading a folder on this thread would keep the server from answering.
  reader = createReaderPool(jobs);
  if (typeof init.storagePath === 'string' && init.storagePath.length > 0) {
    try {
      store = createReadingStore(init.storagePath);
    } catch (error) {
      logError('the reading store', error);
    }
  }
  // The threads load their models at once, unless a reopened folder may find the open article's story in the store:
  // that check runs on this thread, and two threads loading models beside it on two cores took it from about 0.5 to 0.72 s
  // on 840 articles. They start once the store has answered (\`foreseen\`), or at the first text to read.
  if (!store) reader.warm();
  canShowProgress = params.capabilities.window?.workDoneProgress === true;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [fileUri(params.rootPath)] : []);
  projects = folders.map(uriPath).filter((f): f is string => !!f).map((folder) => newProject(folder));
  sortProjects();
  canRegisterWatchers = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  hasWorkspaceFolders = params.capabilities.workspace?.workspaceFolders === true;
  canRefreshCodeLens = params.capabilities.workspace?.codeLens?.refreshSupport === true;
  canRefreshSemanticTokens = params.capabilities.workspace?.semanticTokens?.refreshSupport === true;
  canRefreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
      codeLensProvider: { resolveProvider: false },
      inlayHintProvider: true,
    },
    serverInfo: { name: 'crosscheck', version: '0.1.0' },
  };
});

connection.onInitialized(
  guard('initialization', undefined, () => {
    traceStart('initialized');
    changedOnDisk();
    if (canRegisterWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    }
    if (hasWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        guard('workspace folders', undefined, (event) => {
          const removed = new Set(event.removed.map((f) => uriPath(f.uri)));
          for (const project of projects) {
            if (!removed.has(project.folder)) continue;
            project.service.dispose();
            for (const uri of [...published.keys()]) if (project.workspace.base?.nameOf(uri) !== undefined) send(uri, []);
          }
          projects = projects.filter((p) => !removed.has(p.folder));
          for (const added of event.added.map((f) => uriPath(f.uri))) if (added) projects.push(newProject(added));
          sortProjects();
          changedOnDisk();
        }),
      );
    }
  }),
);

documents.onDidChangeContent(
  guard('document change', undefined, ({ document }) => {
    const uri = canonicalUri(document.uri);
    projectFor(uri).workspace.opened(uri, document);
    edited();
  }),
);

documents.onDidOpen(({ document }) => traceStart(`opened ${path.basename(document.uri)}`));

documents.onDidClose(
  guard('document close', undefined, ({ document }) => {
    const uri = canonicalUri(document.uri);
    projectFor(uri).workspace.closed(uri);
    prepared.delete(uri);
    edited();
  }),
);

connection.onDidChangeWatchedFiles(
  guard('file change', undefined, ({ changes }) => {
    for (const change of changes) {
      const uri = canonicalUri(change.uri);
      const project = projectFor(uri);
      if (project.folder) project.workspace.fileChanged(uri, change.type === FileChangeType.Deleted);
    }
    changedOnDisk();
  }),
);

connection.onDidChangeConfiguration(
  guard('settings', undefined, ({ settings }) => {
    const section = (settings as Record<string, { maxFileBytes?: unknown; inlayHints?: { enabled?: unknown } } | undefined> | undefined)?.[SETTINGS_SECTION];
    const hints = section?.inlayHints?.enabled !== false;
    if (hints !== inlayHintsEnabled) {
      inlayHintsEnabled = hints;
      if (canRefreshInlayHints) void Promise.resolve(connection.languages.inlayHint.refresh()).catch((error) => logError('inlay hint refresh', error));
    }
    const value = section?.maxFileBytes;
    const next = typeof value === 'number' && value > 0 ? value : undefined;
    if (next === maxFileBytesSetting) return;
    maxFileBytesSetting = next;
    for (const project of projects) project.workspace.settingsChanged();
    changedOnDisk();
  }),
);

connection.onHover(guardRequest('hover', (params) => {
  const where = at(params);
  return where ? hover(where.service, where.uri, where.offset) : null;
}));

connection.onDefinition(guardRequest('definition', (params) => {
  const where = at(params);
  return where ? definition(where.service, where.uri, where.offset) : [];
}));

connection.onReferences(guardRequest('references', (params) => {
  const where = at(params);
  return where ? references(where.service, where.uri, where.offset) : [];
}));

connection.onDocumentSymbol(guardRequest('document symbols', (params) => {
  const uri = canonicalUri(params.textDocument.uri);
  return documentSymbols(projectFor(uri).service, uri);
}));

connection.onWorkspaceSymbol(guardRequest('workspace symbols', (params, token) => {
  const services = [];
  // Bringing each folder up to date may be long after many edits: a cancelled request stops between folders.
  for (const project of allProjects()) {
    if (token.isCancellationRequested) return cancelled('workspace symbols');
    project.service.refresh();
    services.push(project.service);
  }
  return workspaceSymbols(services, params.query);
}));

connection.onCodeAction(guardRequest('code actions', (params) => {
  const uri = canonicalUri(params.textDocument.uri);
  const project = projectFor(uri);
  const review = project.service.configFile() ?? (project.folder ? { uri: fileUri(path.join(project.folder, CONFIG_FILE_NAMES[0])) } : undefined);
  return codeActions(project.service, uri, params.context.diagnostics, review);
}));

connection.onRequest(DocumentsRequest.type, guardRequest('documents', (params): DocumentInfo[] => {
  const wanted = params?.uri ? canonicalUri(params.uri) : undefined;
  return allProjects().flatMap(({ service }) =>
    service
      .uris()
      .filter((uri) => wanted === undefined || uri === wanted)
      .map((uri) => ({ uri, name: service.documentName(uri), source: service.sourceName(uri), findings: service.findings(uri).length })),
  );
}));

connection.onRequest(StoriesRequest.type, guardRequest('stories', (): StoryInfo[] => {
  const projects = allProjects();
  const named = projects.filter((p) => p.folder).length > 1;
  return projects.flatMap(({ service, folder }) => stories(service, named && folder ? path.basename(folder) : undefined));
}));

connection.languages.semanticTokens.on(guardRequest('semantic tokens', (params) => {
  const uri = canonicalUri(params.textDocument.uri);
  return semanticTokens(projectFor(uri).service, uri);
}));

connection.languages.semanticTokens.onRange(guardRequest('semantic tokens', (params) => {
  const uri = canonicalUri(params.textDocument.uri);
  return semanticTokens(projectFor(uri).service, uri, params.range);
}));

connection.onCodeLens(guardRequest('code lens', (params) => {
  const uri = canonicalUri(params.textDocument.uri);
  return codeLenses(projectFor(uri).service, uri);
}));

connection.languages.inlayHint.on(guardRequest('inlay hints', (params) => {
  if (!inlayHintsEnabled) return [];
  const uri = canonicalUri(params.textDocument.uri);
  return inlayHints(projectFor(uri).service, uri, params.range);
}));

connection.onRequest(MatrixRequest.type, guardRequest('matrix', (params) => {
  const uri = params?.uri ? canonicalUri(params.uri) : undefined;
  // The story of the document (or the first story of the first folder with articles).
  const project = uri ? projectFor(uri) : allProjects().find((p) => p.service.uris().length > 0);
  const stories = project?.service.stories() ?? [];
  const id = uri ? project?.service.storyOf(uri) : undefined;
  const story = stories.find((s) => s.id === id) ?? stories[0];
  if (!project || !story) return null;
  // A folder that is one story is named by the folder; several are named by their titles.
  const name = stories.length > 1 ? story.title : project.folder ? path.basename(project.folder) : 'Open articles';
  return matrix(project.service, name, story.uris);
}));

/**
 * The client waits for the answer to shutdown before it sends exit, and kills a server that is slow to give it. The
 * store is a cache: writes still pending after this long are dropped rather than delaying the answer.
 */
const SHUTDOWN_WITHIN_MS = 1000;

connection.onShutdown(async () => {
  shuttingDown.abort();
  const ending = Promise.all([store?.flush(), reader?.close()]).catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, SHUTDOWN_WITHIN_MS)));
  await Promise.race([ending, deadline]);
  clearTimeout(timer);
});

process.on('uncaughtException', (error) => {
  try {
    logError('an unexpected operation', error);
  } catch {
    // The connection itself is gone; vscode-languageserver ends the process when its input closes.
  }
});

documents.listen(connection);
connection.listen();
