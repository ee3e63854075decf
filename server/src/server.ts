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
  ErrorCodes,
  FileChangeType,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES } from './analysis/config';
import { createService, type CrosscheckService } from './analysis/service';
import { canonicalUri, createFolderWorkspace, fileUri, uriPath } from './node/folder';
import { createEditorWorkspace, type EditorWorkspace } from './node/editorWorkspace';
import { badInputDiagnostics, configDiagnostics, diagnosticsKey, findingDiagnostics } from './features/diagnostics';
import { hover } from './features/hover';
import { definition } from './features/definition';
import { references } from './features/references';
import { documentSymbols } from './features/documentSymbols';
import { workspaceSymbols } from './features/workspaceSymbols';
import { stories } from './features/stories';
import { codeActions } from './features/codeActions';
import { forget, offsetAt } from './features/positions';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './features/semanticTokens';
import { codeLenses } from './features/codeLens';
import { inlayHints } from './features/inlayHints';
import { matrix } from './features/matrix';
import { DocumentsRequest, MatrixRequest, SETTINGS_SECTION, StatusNotification, StoriesRequest, type DocumentInfo, type StoryInfo } from './protocol';

const DEBOUNCE_MS = 150;

/** One workspace folder (or, without `folder`, the open articles outside every folder). */
interface Project {
  folder?: string;
  workspace: EditorWorkspace;
  service: CrosscheckService;
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

/** The editor's `crosscheck.maxFileBytes`; a value in crosscheck.yaml wins. */
let maxFileBytesSetting: number | undefined;
let projects: Project[] = [];
const loose = newProject(undefined);
/** What was last published per uri, to publish only what changed. */
const published = new Map<string, { key: string; diagnostics: Diagnostic[] }>();
const loggedSkips = new Set<string>();
/** The `crosscheck.inlayHints.enabled` setting: the editor turns the value hints off. */
let inlayHintsEnabled = true;
let timer: NodeJS.Timeout | undefined;
let pass = 0;

function newProject(folder: string | undefined): Project {
  const workspace = createEditorWorkspace(folder === undefined ? undefined : createFolderWorkspace(folder));
  const service = createService({ workspace, settings: () => ({ maxFileBytes: maxFileBytesSetting }) });
  return { folder, workspace, service };
}

function projectFor(uri: string): Project {
  return projects.find((project) => project.workspace.base?.nameOf(uri) !== undefined) ?? loose;
}

const allProjects = () => [...projects, loose];

function sortProjects(): void {
  // The innermost folder owns a document of nested folders.
  projects.sort((a, b) => (b.folder?.length ?? 0) - (a.folder?.length ?? 0));
}

/** Applies the workspaces' pending changes; logs newly skipped files once. */
function refresh(project: Project): void {
  const { documents: changed } = project.service.refresh();
  for (const uri of changed) if (!project.service.reading(uri)) forget(uri);
  for (const skipped of project.service.skipped()) {
    const key = `${skipped.uri}\n${skipped.reason}`;
    if (loggedSkips.has(key)) continue;
    loggedSkips.add(key);
    connection.console.warn(`Crosscheck: ${skipped.name} ${skipped.reason}`);
  }
}

function schedule(): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    analyse();
  }, DEBOUNCE_MS);
}

function analyse(): void {
  for (const project of allProjects()) guard('analysis', undefined, () => refresh(project))(undefined);
  guard('publishing', undefined, publish)(undefined);
}

/** Publishes every document's diagnostics that changed since they were last published. */
function publish(): void {
  const next = new Map<string, Diagnostic[]>();
  let findings = 0;
  for (const project of allProjects()) {
    const { service } = project;
    try {
      for (const [uri, diagnostics] of findingDiagnostics(service)) {
        next.set(uri, diagnostics);
        findings += diagnostics.length;
      }
    } catch (error) {
      // The analysis failed: keep what was published for these documents and report the failure.
      logError('analysis', error);
      for (const uri of service.uris()) if (published.has(uri)) next.set(uri, published.get(uri)!.diagnostics);
    }
    for (const skipped of service.skipped()) next.set(skipped.uri, badInputDiagnostics(service, skipped.reason));
    const configFile = service.configFile();
    if (configFile) next.set(configFile.uri, configDiagnostics(service, configFile.uri, configFile.text, configFile.problems));
  }
  for (const [uri, diagnostics] of next) {
    const key = diagnosticsKey(diagnostics);
    if ((published.get(uri)?.key ?? '[]') === key) continue;
    published.set(uri, { key, diagnostics });
    void connection.sendDiagnostics({ uri, diagnostics });
  }
  for (const [uri, { diagnostics }] of published) {
    if (next.has(uri)) continue;
    published.delete(uri);
    if (diagnostics.length > 0) void connection.sendDiagnostics({ uri, diagnostics: [] });
  }
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
    findings,
  });
}

/**
 * Faults injected for the fault tests only: CROSSCHECK_FAULTS=hover,analysis makes those handlers throw (a fault
 * must stay in its handler); slow:<name> makes one hold the server for 3 s (what the editor cancels meanwhile
 * must not be done after). Unset, nothing is injected.
 */
const INJECTED_FAULTS = new Set((process.env.CROSSCHECK_FAULTS ?? '').split(',').filter(Boolean));

function injectFault(name: string): void {
  if (INJECTED_FAULTS.has(`slow:${name}`)) for (const until = Date.now() + 3000; Date.now() < until; );
  if (INJECTED_FAULTS.has(name)) throw new Error(`fault injected into ${name} (CROSSCHECK_FAULTS)`);
}

/** Runs a notification handler or a pass of the analysis; an exception is logged, never a crash. */
function guard<P, R>(name: string, fallback: R, handler: (params: P) => R): (params: P) => R {
  return (params: P) => {
    try {
      injectFault(name);
      return handler(params);
    } catch (error) {
      logError(name, error);
      return fallback;
    }
  };
}

/**
 * Runs a request handler. A request the client cancelled before it ran is answered RequestCancelled without
 * the work; an exception answers that request with an error (and is logged) while the server goes on.
 */
function guardRequest<P, R>(name: string, handler: (params: P, token: CancellationToken) => R): (params: P, token: CancellationToken) => R | ResponseError<void> {
  return (params: P, token: CancellationToken) => {
    if (token.isCancellationRequested) return cancelled(name);
    try {
      injectFault(name);
      return handler(params, token);
    } catch (error) {
      logError(name, error);
      return new ResponseError(ErrorCodes.InternalError, `Crosscheck: ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

const cancelled = (name: string) => new ResponseError(LSPErrorCodes.RequestCancelled, `Crosscheck: ${name} was cancelled`);

function logError(what: string, error: unknown): void {
  connection.console.error(`Crosscheck: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
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
let canRefreshInlayHints = false;

connection.onInitialize((params): InitializeResult => {
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
    analyse();
    if (canRegisterWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    }
    if (hasWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        guard('workspace folders', undefined, (event) => {
          const removed = new Set(event.removed.map((f) => uriPath(f.uri)));
          for (const project of projects) if (removed.has(project.folder)) project.service.dispose();
          projects = projects.filter((p) => !removed.has(p.folder));
          for (const added of event.added.map((f) => uriPath(f.uri))) if (added) projects.push(newProject(added));
          sortProjects();
          schedule();
        }),
      );
    }
  }),
);

documents.onDidChangeContent(
  guard('document change', undefined, ({ document }) => {
    const uri = canonicalUri(document.uri);
    projectFor(uri).workspace.opened(uri, document);
    schedule();
  }),
);

documents.onDidClose(
  guard('document close', undefined, ({ document }) => {
    const uri = canonicalUri(document.uri);
    projectFor(uri).workspace.closed(uri);
    schedule();
  }),
);

connection.onDidChangeWatchedFiles(
  guard('file change', undefined, ({ changes }) => {
    for (const change of changes) {
      const uri = canonicalUri(change.uri);
      const project = projectFor(uri);
      if (project.folder) project.workspace.fileChanged(uri, change.type === FileChangeType.Deleted);
    }
    schedule();
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
    schedule();
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

connection.onShutdown(() => {
  if (timer) clearTimeout(timer);
  timer = undefined;
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
