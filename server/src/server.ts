// The Crosscheck language server: wiring only. It keeps the service in step with the workspace
// folder (disk text) and the editor (unsaved text), publishes findings as diagnostics and routes
// requests to the thin adapters in ./features. It reads files; it never writes them.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
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
import { CONFIG_FILE_NAMES, defaultConfig, isArticlePath, isExcludedPath, parseConfig, type Config, type ConfigProblem } from './analysis/config';
import { createService, type CrosscheckService } from './analysis/service';
import { listArticlePaths, readArticleFile, readConfigFile } from './node/folder';
import { badInputDiagnostics, configDiagnostics, diagnosticsKey, findingDiagnostics } from './features/diagnostics';
import { hover } from './features/hover';
import { definition } from './features/definition';
import { references } from './features/references';
import { documentSymbols } from './features/documentSymbols';
import { workspaceSymbols } from './features/workspaceSymbols';
import { codeActions } from './features/codeActions';
import { forget, offsetAt } from './features/positions';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './features/semanticTokens';
import { codeLenses } from './features/codeLens';
import { DocumentsRequest, StatusNotification, type DocumentInfo } from './protocol';

const DEBOUNCE_MS = 150;

/** One workspace folder (or, without `folder`, the open articles outside every folder). */
interface Project {
  folder?: string;
  service: CrosscheckService;
  /** The config as written in crosscheck.yaml (before the editor setting is applied). */
  fileConfig: Config;
  configFile?: { uri: string; text: string; problems: ConfigProblem[] };
  /** Files that look like articles but could not be read, with the reason. */
  skipped: Map<string, string>;
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let projects: Project[] = [];
const loose = newProject(undefined);
/** Uris whose editor text is in the service (open articles). */
const openArticles = new Set<string>();
/** Editor changes not yet given to the service. */
const pending = new Map<string, TextDocument>();
const dirtyConfigs = new Set<Project>();
/** What was last published per uri, to publish only what changed. */
const published = new Map<string, { key: string; diagnostics: Diagnostic[] }>();
const loggedSkips = new Set<string>();
let maxFileBytesSetting: number | undefined;
let timer: NodeJS.Timeout | undefined;
let pass = 0;

function newProject(folder: string | undefined): Project {
  return { folder, service: createService(), fileConfig: defaultConfig(), skipped: new Map() };
}

const toUri = (file: string) => pathToFileURL(file).href;

/** One spelling per file uri, so editor uris and uris built from disk paths agree. */
function canonical(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return toUri(fileURLToPath(uri));
  } catch {
    return uri;
  }
}

function filePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

function relativeName(project: Project, uri: string): string | undefined {
  const file = filePath(uri);
  if (!file || !project.folder) return undefined;
  const rel = path.relative(project.folder, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

function projectFor(uri: string): Project {
  return projects.find((project) => relativeName(project, uri) !== undefined) ?? loose;
}

const allProjects = () => [...projects, loose];

function isConfigUri(project: Project, uri: string): boolean {
  const rel = relativeName(project, uri);
  return rel !== undefined && CONFIG_FILE_NAMES.includes(rel);
}

/** Articles: what the config's globs select, plus documents the editor calls `article`; exclusions win. */
function isArticle(project: Project, uri: string, languageId?: string): boolean {
  const config = project.service.config;
  const rel = relativeName(project, uri);
  if (rel === undefined) {
    const file = filePath(uri);
    return languageId === 'article' || (project === loose && !!file && isArticlePath(path.basename(file), config));
  }
  if (CONFIG_FILE_NAMES.includes(rel) || isExcludedPath(rel, config)) return false;
  return languageId === 'article' || isArticlePath(rel, config);
}

function effectiveConfig(project: Project): Config {
  const config = project.fileConfig;
  if (maxFileBytesSetting === undefined || config.maxFileBytes !== defaultConfig().maxFileBytes) return config;
  return { ...config, maxFileBytes: maxFileBytesSetting };
}

/** Reads crosscheck.yaml (the editor's text when open) and every article of the folder. */
function loadProject(project: Project): void {
  if (!project.folder) return;
  const folder = project.folder;
  const configUris = CONFIG_FILE_NAMES.map((name) => toUri(path.join(folder, name)));
  const openConfig = documents.all().find((doc) => configUris.includes(canonical(doc.uri)));
  if (openConfig) {
    const { config, problems } = parseConfig(openConfig.getText());
    project.fileConfig = config;
    project.configFile = { uri: canonical(openConfig.uri), text: openConfig.getText(), problems };
  } else {
    const file = readConfigFile(folder);
    project.fileConfig = file?.config ?? defaultConfig();
    project.configFile = file ? { uri: toUri(file.path), text: file.text, problems: file.problems } : undefined;
  }
  project.service.setConfig(effectiveConfig(project));
  const seen = new Set<string>();
  for (const file of listArticlePaths(folder, project.service.config)) {
    const uri = toUri(file);
    seen.add(uri);
    refreshFile(project, uri);
  }
  for (const uri of project.service.uris()) if (!seen.has(uri) && !openArticles.has(uri)) dropFile(project, uri);
  for (const uri of project.skipped.keys()) if (!seen.has(uri)) dropFile(project, uri);
}

/** Re-reads one article file from disk; the editor's text stays in charge while it is open. */
function refreshFile(project: Project, uri: string): void {
  const file = filePath(uri);
  if (!project.folder || !file) return;
  if (!fs.existsSync(file)) return dropFile(project, uri);
  const result = readArticleFile(project.folder, file, project.service.config);
  if ('text' in result) {
    project.skipped.delete(uri);
    if (!openArticles.has(uri)) project.service.update(uri, result.text, { name: result.name });
  } else {
    project.skipped.set(uri, result.reason);
    if (!loggedSkips.has(`${uri}\n${result.reason}`)) {
      loggedSkips.add(`${uri}\n${result.reason}`);
      connection.console.warn(`Crosscheck: ${result.name} ${result.reason}`);
    }
    if (!openArticles.has(uri)) project.service.remove(uri);
  }
}

function dropFile(project: Project, uri: string): void {
  project.skipped.delete(uri);
  if (!openArticles.has(uri)) {
    project.service.remove(uri);
    forget(uri);
  }
}

/** Gives pending editor text and config edits to the service (before any request, and on the timer). */
function flush(): void {
  for (const project of dirtyConfigs) loadProject(project);
  dirtyConfigs.clear();
  for (const [uri, document] of pending) {
    const project = projectFor(uri);
    project.service.update(uri, document.getText(), { version: document.version, name: relativeName(project, uri) });
  }
  pending.clear();
}

function schedule(): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    guard('analysis', undefined, () => {
      flush();
      publish();
    })(undefined);
  }, DEBOUNCE_MS);
}

/** Publishes every document's diagnostics that changed since they were last published. */
function publish(): void {
  const next = new Map<string, Diagnostic[]>();
  let findings = 0;
  for (const project of allProjects()) {
    try {
      for (const [uri, diagnostics] of findingDiagnostics(project.service)) {
        next.set(uri, diagnostics);
        findings += diagnostics.length;
      }
    } catch (error) {
      // The analysis failed: keep what was published for these documents and report the failure.
      logError('analysis', error);
      for (const uri of project.service.uris()) if (published.has(uri)) next.set(uri, published.get(uri)!.diagnostics);
    }
    for (const [uri, reason] of project.skipped) {
      if (!project.service.reading(uri)) next.set(uri, badInputDiagnostics(project.service, reason));
    }
    const configFile = project.configFile;
    if (configFile) next.set(configFile.uri, configDiagnostics(project.service, configFile.uri, configFile.text, configFile.problems));
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
    skipped: count((p) => p.skipped.size),
    findings,
  });
}

/** Runs a handler; an exception is logged and answered with `fallback`, never a crash. */
function guard<P, R>(name: string, fallback: R, handler: (params: P) => R): (params: P) => R {
  return (params: P) => {
    try {
      return handler(params);
    } catch (error) {
      logError(name, error);
      return fallback;
    }
  };
}

function logError(what: string, error: unknown): void {
  connection.console.error(`Crosscheck: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}

/** The service and offset for a request at a position, after pending edits are applied. */
function at(params: { textDocument: { uri: string }; position: { line: number; character: number } }) {
  flush();
  const uri = canonical(params.textDocument.uri);
  const service = projectFor(uri).service;
  const offset = offsetAt(service, uri, params.position);
  return offset === undefined ? undefined : { service, uri, offset };
}

let canRegisterWatchers = false;
let hasWorkspaceFolders = false;
let canRefreshCodeLens = false;
let canRefreshSemanticTokens = false;

connection.onInitialize((params): InitializeResult => {
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [toUri(params.rootPath)] : []);
  projects = folders.map(filePath).filter((f): f is string => !!f).map((folder) => newProject(folder));
  projects.sort((a, b) => (b.folder?.length ?? 0) - (a.folder?.length ?? 0));
  canRegisterWatchers = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  hasWorkspaceFolders = params.capabilities.workspace?.workspaceFolders === true;
  canRefreshCodeLens = params.capabilities.workspace?.codeLens?.refreshSupport === true;
  canRefreshSemanticTokens = params.capabilities.workspace?.semanticTokens?.refreshSupport === true;
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
    },
    serverInfo: { name: 'crosscheck', version: '0.1.0' },
  };
});

connection.onInitialized(
  guard('initialization', undefined, () => {
    for (const project of projects) guard('loading a folder', undefined, () => loadProject(project))(undefined);
    publish();
    if (canRegisterWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    }
    if (hasWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        guard('workspace folders', undefined, (event) => {
          const removed = new Set(event.removed.map((f) => filePath(f.uri)));
          projects = projects.filter((p) => !removed.has(p.folder));
          for (const added of event.added.map((f) => filePath(f.uri))) {
            if (!added) continue;
            const project = newProject(added);
            projects.push(project);
            loadProject(project);
          }
          projects.sort((a, b) => (b.folder?.length ?? 0) - (a.folder?.length ?? 0));
          schedule();
        }),
      );
    }
  }),
);

documents.onDidChangeContent(
  guard('document change', undefined, ({ document }) => {
    const uri = canonical(document.uri);
    const project = projectFor(uri);
    if (isConfigUri(project, uri)) dirtyConfigs.add(project);
    else if (isArticle(project, uri, document.languageId)) {
      openArticles.add(uri);
      pending.set(uri, document);
    } else return;
    schedule();
  }),
);

documents.onDidClose(
  guard('document close', undefined, ({ document }) => {
    const uri = canonical(document.uri);
    const project = projectFor(uri);
    pending.delete(uri);
    if (isConfigUri(project, uri)) dirtyConfigs.add(project);
    if (openArticles.delete(uri)) {
      // Back to the text on disk (or gone, for a document that is not a file of the folder).
      if (project.folder && isArticle(project, uri)) refreshFile(project, uri);
      else {
        project.service.remove(uri);
        forget(uri);
      }
    }
    schedule();
  }),
);

connection.onDidChangeWatchedFiles(
  guard('file change', undefined, ({ changes }) => {
    for (const change of changes) {
      const uri = canonical(change.uri);
      const project = projectFor(uri);
      if (!project.folder) continue;
      if (isConfigUri(project, uri)) {
        dirtyConfigs.add(project);
      } else if (change.type === FileChangeType.Deleted) {
        // A deleted folder arrives as one event: drop everything under it.
        const prefix = uri.endsWith('/') ? uri : `${uri}/`;
        for (const known of [...project.service.uris(), ...project.skipped.keys()]) {
          if (known === uri || known.startsWith(prefix)) dropFile(project, known);
        }
      } else if (isArticle(project, uri)) {
        refreshFile(project, uri);
      }
    }
    schedule();
  }),
);

connection.onDidChangeConfiguration(
  guard('settings', undefined, ({ settings }) => {
    const value = (settings as { crosscheck?: { maxFileBytes?: unknown } } | undefined)?.crosscheck?.maxFileBytes;
    const next = typeof value === 'number' && value > 0 ? value : undefined;
    if (next === maxFileBytesSetting) return;
    maxFileBytesSetting = next;
    for (const project of projects) dirtyConfigs.add(project);
    schedule();
  }),
);

connection.onHover(guard('hover', null, (params) => {
  const where = at(params);
  return where ? hover(where.service, where.uri, where.offset) : null;
}));

connection.onDefinition(guard('definition', [], (params) => {
  const where = at(params);
  return where ? definition(where.service, where.uri, where.offset) : [];
}));

connection.onReferences(guard('references', [], (params) => {
  const where = at(params);
  return where ? references(where.service, where.uri, where.offset) : [];
}));

connection.onDocumentSymbol(guard('document symbols', [], (params) => {
  flush();
  const uri = canonical(params.textDocument.uri);
  return documentSymbols(projectFor(uri).service, uri);
}));

connection.onWorkspaceSymbol(guard('workspace symbols', [], (params) => {
  flush();
  return workspaceSymbols(allProjects().map((p) => p.service), params.query);
}));

connection.onCodeAction(guard('code actions', [], (params) => {
  flush();
  const uri = canonical(params.textDocument.uri);
  const project = projectFor(uri);
  const review = project.configFile ?? (project.folder ? { uri: toUri(path.join(project.folder, CONFIG_FILE_NAMES[0])) } : undefined);
  return codeActions(project.service, uri, params.context.diagnostics, review);
}));

connection.onRequest(DocumentsRequest.type, guard('documents', [] as DocumentInfo[], (params) => {
  flush();
  const wanted = params?.uri ? canonical(params.uri) : undefined;
  return allProjects().flatMap(({ service }) =>
    service
      .uris()
      .filter((uri) => wanted === undefined || uri === wanted)
      .map((uri) => ({ uri, name: service.documentName(uri), source: service.sourceName(uri), findings: service.findings(uri).length })),
  );
}));

connection.languages.semanticTokens.on(guard('semantic tokens', { data: [] }, (params) => {
  flush();
  const uri = canonical(params.textDocument.uri);
  return semanticTokens(projectFor(uri).service, uri);
}));

connection.languages.semanticTokens.onRange(guard('semantic tokens', { data: [] }, (params) => {
  flush();
  const uri = canonical(params.textDocument.uri);
  return semanticTokens(projectFor(uri).service, uri, params.range);
}));

connection.onCodeLens(guard('code lens', [], (params) => {
  flush();
  const uri = canonical(params.textDocument.uri);
  return codeLenses(projectFor(uri).service, uri);
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
