// A small LSP client for the protocol tests: spawns `node server/out/server.js --stdio` on a
// temporary copy of the seeds, collects what the server publishes, and always shuts it down.
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type FileEvent,
  type InitializeResult,
  type LogMessageParams,
  type Position,
  type ProtocolConnection,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentInfo, StatusParams } from '../../server/src/protocol';

/** test/out/helpers → the repository root. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER = path.join(REPO_ROOT, 'server', 'out', 'server.js');
export const SEEDS = path.join(REPO_ROOT, 'seeds');
export const TIMEOUT = 20_000;

export interface WorkspaceFile {
  path: string;
  uri: string;
  /** The text as the server reads it (BOM removed). */
  text: string;
}

/** A temporary folder holding a copy of seeds/*.txt and any extra files; removed by `cleanup`. */
export class Workspace {
  readonly dir: string;
  readonly uri: string;

  constructor(extra: Record<string, string | Buffer> = {}) {
    this.dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-protocol-')));
    this.uri = pathToFileURL(this.dir).href;
    for (const name of fs.readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) {
      fs.copyFileSync(path.join(SEEDS, name), path.join(this.dir, name));
    }
    for (const [name, content] of Object.entries(extra)) this.write(name, content);
  }

  write(name: string, content: string | Buffer): WorkspaceFile {
    const file = path.join(this.dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return this.file(name);
  }

  /** A file by its name or the start of its name ("002" for the seed 002_….txt). */
  file(prefix: string): WorkspaceFile {
    const name = fs.existsSync(path.join(this.dir, prefix)) ? prefix : fs.readdirSync(this.dir).find((n) => n.startsWith(prefix));
    if (!name) throw new Error(`no file ${prefix}* in ${this.dir}`);
    const file = path.join(this.dir, name);
    return { path: file, uri: pathToFileURL(file).href, text: fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '') };
  }

  cleanup(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

type Listener = () => void;

/** How the server process is started: a command before node (`unshare -n`), node's own options, its environment. */
export interface Launch {
  prefix?: string[];
  nodeArgs?: string[];
  env?: NodeJS.ProcessEnv;
  /** The server's script: by default the compiled server (SERVER); the bench may run the bundle the extension ships. */
  server?: string;
}

export interface DocumentSymbolLike {
  name: string;
  kind: number;
  range: Range;
  children?: DocumentSymbolLike[];
}

export class LspClient {
  /** The latest diagnostics published for each uri. */
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Work-done progress the server reported ($/progress values), in order. */
  readonly progress: Array<{ kind: string; title?: string; message?: string; percentage?: number }> = [];
  /** Every publication, in order, with the document version the server gave (open documents only). */
  readonly publications: Array<{ uri: string; version?: number; diagnostics: Diagnostic[] }> = [];
  readonly logs: LogMessageParams[] = [];
  readonly statuses: StatusParams[] = [];
  /** Problems of the connection itself (e.g. non-LSP output on the server's stdout). */
  readonly connectionErrors: string[] = [];
  /** Refresh requests the server sent (workspace/codeLens/refresh, workspace/semanticTokens/refresh), in order. */
  readonly refreshes: string[] = [];
  stderr = '';
  exitCode: number | null | undefined = undefined;
  initializeResult!: InitializeResult;
  private readonly listeners = new Set<Listener>();
  private readonly exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {
    this.exited = new Promise((resolve) =>
      child.once('exit', (code) => {
        this.exitCode = code;
        resolve();
      }),
    );
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      this.publications.push({ uri: params.uri, version: params.version, diagnostics: params.diagnostics });
      this.notify();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params);
      this.notify();
    });
    connection.onNotification('crosscheck/status', (params: StatusParams) => {
      this.statuses.push(params);
      this.notify();
    });
    // Requests the server may send to the client.
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('$/progress', (params: { value: { kind: string } }) => {
      this.progress.push(params.value);
      this.notify();
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('workspace/workspaceFolders', () => null);
    for (const method of ['workspace/codeLens/refresh', 'workspace/semanticTokens/refresh', 'workspace/inlayHint/refresh']) {
      connection.onRequest(method, () => {
        this.refreshes.push(method);
        this.notify();
        return null;
      });
    }
    connection.onError(([error]) => {
      this.connectionErrors.push(String(error));
    });
  }

  /** Starts the server on `rootDir`, initializes it and waits for its first analysis pass. */
  static async start(
    rootDir: string,
    options: { waitForReady?: boolean; refreshSupport?: boolean; workDoneProgress?: boolean; initializationOptions?: unknown; launch?: Launch } = {},
  ): Promise<LspClient> {
    const { prefix = [], nodeArgs = [], env, server = SERVER } = options.launch ?? {};
    const command = [...prefix, process.execPath, ...nodeArgs, server, '--stdio'];
    const child = spawn(command[0], command.slice(1), { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: env ?? process.env });
    live.add(child);
    child.once('exit', () => live.delete(child));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection);
    connection.listen();
    try {
      await client.initialize(rootDir, options);
    } catch (error) {
      // A server that did not come up is not left running: its pipes would keep the test process alive.
      child.kill('SIGKILL');
      connection.dispose();
      throw error;
    }
    return client;
  }

  private async initialize(rootDir: string, options: { waitForReady?: boolean; refreshSupport?: boolean; workDoneProgress?: boolean; initializationOptions?: unknown }): Promise<void> {
    const { connection } = this;
    const client = this;
    const rootUri = pathToFileURL(rootDir).href;
    client.initializeResult = await withTimeout(
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: path.basename(rootDir) }],
        initializationOptions: options.initializationOptions,
        capabilities: {
          ...(options.workDoneProgress ? { window: { workDoneProgress: true } } : {}),
          workspace: {
            didChangeWatchedFiles: { dynamicRegistration: true },
            workspaceFolders: true,
            configuration: true,
            ...(options.refreshSupport ? { codeLens: { refreshSupport: true }, semanticTokens: { refreshSupport: true }, inlayHint: { refreshSupport: true } } : {}),
          },
          textDocument: {
            hover: { contentFormat: ['markdown', 'plaintext'] },
            documentSymbol: { hierarchicalDocumentSymbolSupport: true },
            publishDiagnostics: { relatedInformation: true },
          },
        },
      }),
      TIMEOUT,
      () => `initialize did not answer; server stderr:\n${client.stderr}`,
    );
    await connection.sendNotification(InitializedNotification.type, {});
    if (options.waitForReady !== false) await client.waitForStatus(() => true);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Resolves once `check` returns true (checked now and after every message); rejects after `timeout`. */
  waitFor(check: () => boolean, timeout = TIMEOUT, describe: () => string = () => ''): Promise<void> {
    return new Promise((resolve, reject) => {
      const listener = () => {
        let done = false;
        try {
          done = check();
        } catch (error) {
          cleanup();
          reject(error);
          return;
        }
        if (done) {
          cleanup();
          resolve();
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeout} ms ${describe()}`));
      }, timeout);
      const cleanup = () => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      this.listeners.add(listener);
      listener();
    });
  }

  /** Waits until the published diagnostics satisfy `predicate`. */
  waitForDiagnostics(predicate: (all: Map<string, Diagnostic[]>) => boolean, timeout = TIMEOUT): Promise<void> {
    return this.waitFor(() => predicate(this.diagnostics), timeout, () => `waiting for diagnostics; have:\n${this.summary()}`);
  }

  /** Waits for a status (end of an analysis pass) after the ones already received. */
  waitForStatus(predicate: (status: StatusParams) => boolean, timeout = TIMEOUT, after = 0): Promise<StatusParams> {
    let found: StatusParams | undefined;
    return this.waitFor(
      () => (found = this.statuses.slice(after).find(predicate)) !== undefined,
      timeout,
      () => `waiting for crosscheck/status; server stderr:\n${this.stderr}`,
    ).then(() => found!);
  }

  /** Runs `action` and waits for the analysis pass that follows it (after the debounce). */
  async afterNextPass(action: () => Promise<void> | void, timeout = TIMEOUT): Promise<StatusParams> {
    const seen = this.statuses.length;
    await action();
    return this.waitForStatus(() => true, timeout, seen);
  }

  diagnosticsOf(uri: string): Diagnostic[] {
    return this.diagnostics.get(uri) ?? [];
  }

  summary(): string {
    return [...this.diagnostics]
      .map(([uri, list]) => `${path.basename(uri)}: ${list.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`).join(', ')}`)
      .join('\n');
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return withTimeout(this.connection.sendRequest(method, params) as Promise<R>, TIMEOUT, () => `${method} did not answer`);
  }

  hover(uri: string, position: Position) {
    return this.request<{ contents: { kind: string; value: string } | string; range?: Range } | null>('textDocument/hover', { textDocument: { uri }, position });
  }

  definition(uri: string, position: Position) {
    return this.request<Array<{ uri: string; range: Range }> | { uri: string; range: Range } | null>('textDocument/definition', { textDocument: { uri }, position });
  }

  references(uri: string, position: Position) {
    return this.request<Array<{ uri: string; range: Range }> | null>('textDocument/references', {
      textDocument: { uri },
      position,
      context: { includeDeclaration: true },
    });
  }

  documentSymbols(uri: string) {
    return this.request<DocumentSymbolLike[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
  }

  workspaceSymbols(query: string) {
    return this.request<Array<{ name: string; kind: number; location: { uri: string; range?: Range } }> | null>('workspace/symbol', { query });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]) {
    return this.request<Array<{ title: string; kind?: string; edit?: WorkspaceEdit }> | null>('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics },
    });
  }

  semanticTokens(uri: string, range?: Range) {
    return range
      ? this.request<{ data: number[] } | null>('textDocument/semanticTokens/range', { textDocument: { uri }, range })
      : this.request<{ data: number[] } | null>('textDocument/semanticTokens/full', { textDocument: { uri } });
  }

  codeLenses(uri: string) {
    return this.request<Array<{ range: Range; command?: { title: string; command: string; arguments?: unknown[] } }> | null>('textDocument/codeLens', {
      textDocument: { uri },
    });
  }

  documents(): Promise<DocumentInfo[]> {
    return this.request<DocumentInfo[]>('crosscheck/documents', {});
  }

  async open(uri: string, text: string, languageId = 'article', version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  async change(uri: string, text: string, version: number): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** shutdown + exit; kills the server if it does not leave on its own. Returns its exit code. */
  async stop(): Promise<number | null | undefined> {
    if (this.exitCode === undefined) {
      try {
        await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 3000, () => 'shutdown did not answer');
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        // The server is gone or stuck: it is killed below.
      }
      const left = await Promise.race([this.exited.then(() => true), delay(3000).then(() => false)]);
      if (!left) {
        this.child.kill('SIGKILL');
        await this.exited;
      }
    }
    this.connection.dispose();
    return this.exitCode;
  }
}

/** Every server a test started, killed if the test process leaves without stopping it. */
const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Applies a WorkspaceEdit to the files on disk, as an editor would when the user accepts it; returns the changed uris. */
export function applyWorkspaceEdit(edit: WorkspaceEdit): string[] {
  const changed: string[] = [];
  const apply = (uri: string, edits: TextEdit[]) => {
    const file = fileURLToPath(uri);
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    fs.writeFileSync(file, TextDocument.applyEdits(TextDocument.create(uri, 'text', 0, text), edits));
    changed.push(uri);
  };
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) apply(uri, edits);
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change) apply(change.textDocument.uri, change.edits as TextEdit[]);
    else if (change.kind === 'create') {
      const file = fileURLToPath(change.uri);
      if (!fs.existsSync(file)) fs.writeFileSync(file, '');
    } else throw new Error(`unexpected resource operation ${change.kind}`);
  }
  return changed;
}

// ---- positions in the test's own view of a file ------------------------------------------

/** The range of the `occurrence`-th (0-based) `needle` in `text`; throws when it is not there. */
export function rangeOf(text: string, needle: string, occurrence = 0): Range {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" (#${occurrence}) not found`);
  }
  const document = TextDocument.create('file:///x', 'article', 0, text);
  return { start: document.positionAt(index), end: document.positionAt(index + needle.length) };
}

/** A position `delta` characters into the `occurrence`-th `needle`. */
export function positionOf(text: string, needle: string, occurrence = 0, delta = 1): Position {
  const range = rangeOf(text, needle, occurrence);
  return { line: range.start.line, character: range.start.character + delta };
}

export function textOf(text: string, range: Range): string {
  const document = TextDocument.create('file:///x', 'article', 0, text);
  return document.getText(range);
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Whether `outer` covers all of `inner`. */
export function covers(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(outer.end, inner.end) >= 0;
}

/** Whether the ranges share at least one character (an empty range counts where it stands inside the other). */
export function overlaps(a: Range, b: Range): boolean {
  const empty = (r: Range) => comparePositions(r.start, r.end) === 0;
  if (empty(a) || empty(b)) return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}

export function markdownOf(hover: { contents: { kind: string; value: string } | string } | null): string {
  if (!hover) return '';
  return typeof hover.contents === 'string' ? hover.contents : hover.contents.value;
}
