// Runs the VS Code client outside VS Code, to see every webview it creates: a stand-in for the `vscode` API
// and for vscode-languageclient records commands, webview panels and webview view providers, and what HTML each
// webview is given. Everything the client may touch answers (unknown members are inert callables), so the
// test does not need to know how a view is built; only what the webview is handed is checked.
import * as path from 'path';

export interface CapturedWebview {
  viewType: string;
  options: Record<string, unknown>;
  /** Every HTML document assigned to the webview, in order. */
  html: string[];
  cspSource: string;
  /** What asWebviewUri returns is prefixed with this. */
  resourcePrefix: string;
}

export interface ClientRun {
  commands: Map<string, (...args: unknown[]) => unknown>;
  webviews: CapturedWebview[];
  messages: string[];
  /** The arguments of every LanguageClient the extension created (id, name, server options, client options). */
  languageClients: unknown[][];
}

export const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const RESOURCE_PREFIX = `${CSP_SOURCE}/`;

/** A value that accepts any use: call it, construct it, read any member; never a thenable. */
function inert(): unknown {
  const target = function () {
    return undefined;
  };
  return new Proxy(target, {
    get(_t, key) {
      if (key === 'then' || typeof key === 'symbol') return undefined;
      if (key === 'dispose') return () => undefined;
      return inert();
    },
    apply: () => inert(),
    construct: () => inert() as object,
  });
}

/** An object whose listed members are real and whose other members are inert. */
function withFallback<T extends object>(members: T): T {
  return new Proxy(members, {
    get(target, key, receiver) {
      if (key in target) return Reflect.get(target, key, receiver);
      if (key === 'then' || typeof key === 'symbol') return undefined;
      return inert();
    },
  });
}

class Uri {
  constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  get fsPath(): string {
    return this.path;
  }
  static file(p: string): Uri {
    return new Uri('file', p);
  }
  static parse(s: string): Uri {
    const m = /^([a-z][\w+.-]*):(?:\/\/)?(.*)$/i.exec(s);
    return m ? new Uri(m[1], m[2].startsWith('/') ? m[2] : `/${m[2]}`) : new Uri('file', s);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, path.posix.join(base.path, ...parts));
  }
  with(change: { scheme?: string; path?: string }): Uri {
    return new Uri(change.scheme ?? this.scheme, change.path ?? this.path);
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

const event = () => () => ({ dispose: () => undefined });

export function vscodeStub(run: ClientRun, workspaceFolder: string): Record<string, unknown> {
  const createWebview = (viewType: string, options: Record<string, unknown>) => {
    const captured: CapturedWebview = { viewType, options, html: [], cspSource: CSP_SOURCE, resourcePrefix: RESOURCE_PREFIX };
    run.webviews.push(captured);
    return withFallback({
      cspSource: CSP_SOURCE,
      options,
      asWebviewUri: (uri: Uri) => `${RESOURCE_PREFIX}${uri.path.replace(/^\//, '')}`,
      set html(value: string) {
        captured.html.push(value);
      },
      get html() {
        return captured.html[captured.html.length - 1] ?? '';
      },
      onDidReceiveMessage: event(),
      postMessage: async () => true,
    });
  };
  const message = (kind: string) => async (text: string) => {
    run.messages.push(`${kind}: ${text}`);
    return undefined;
  };
  const window = withFallback({
    activeTextEditor: undefined,
    visibleTextEditors: [],
    createOutputChannel: () => withFallback({ appendLine: () => undefined, append: () => undefined, show: () => undefined, dispose: () => undefined }),
    createStatusBarItem: () => withFallback({ show: () => undefined, hide: () => undefined, dispose: () => undefined }),
    createWebviewPanel(viewType: string, _title: string, _column: unknown, options: Record<string, unknown> = {}) {
      const webview = createWebview(viewType, options);
      return withFallback({ webview, visible: true, viewColumn: 1, reveal: () => undefined, dispose: () => undefined, onDidDispose: event(), onDidChangeViewState: event(), title: '' });
    },
    registerWebviewViewProvider(viewType: string, provider: { resolveWebviewView(view: unknown, context: unknown, token: unknown): unknown }) {
      const view = withFallback({ webview: createWebview(viewType, {}), visible: true, onDidDispose: event(), onDidChangeVisibility: event(), show: () => undefined });
      run.commands.set(`(webview view ${viewType})`, () => provider.resolveWebviewView(view, { state: undefined }, withFallback({ isCancellationRequested: false, onCancellationRequested: event() })));
      return { dispose: () => undefined };
    },
    showErrorMessage: message('error'),
    showWarningMessage: message('warning'),
    showInformationMessage: message('information'),
    onDidChangeActiveTextEditor: event(),
    onDidChangeVisibleTextEditors: event(),
  });
  const workspace = withFallback({
    workspaceFolders: [{ uri: Uri.file(workspaceFolder), name: path.basename(workspaceFolder), index: 0 }],
    isTrusted: true,
    getConfiguration: () => withFallback({ get: (_key: string, fallback?: unknown) => fallback }),
    createFileSystemWatcher: () => withFallback({ dispose: () => undefined, onDidChange: event(), onDidCreate: event(), onDidDelete: event() }),
    onDidChangeConfiguration: event(),
    onDidChangeWorkspaceFolders: event(),
    onDidOpenTextDocument: event(),
    onDidCloseTextDocument: event(),
    textDocuments: [],
  });
  const commands = withFallback({
    registerCommand(id: string, handler: (...args: unknown[]) => unknown) {
      run.commands.set(id, handler);
      return { dispose: () => undefined };
    },
    executeCommand: async () => undefined,
  });
  class EventEmitter {
    event = event();
    fire(): void {}
    dispose(): void {}
  }
  class Disposable {
    constructor(private readonly onDispose: () => void = () => undefined) {}
    static from(...items: Array<{ dispose(): void }>): Disposable {
      return new Disposable(() => items.forEach((d) => d.dispose()));
    }
    dispose(): void {
      this.onDispose();
    }
  }
  class Position {
    constructor(
      readonly line: number,
      readonly character: number,
    ) {}
  }
  class Range {
    constructor(...args: unknown[]) {
      Object.assign(this, { args });
    }
  }
  class TreeItem {
    constructor(
      readonly label: unknown,
      readonly collapsibleState?: number,
    ) {}
  }
  class MarkdownString {
    constructor(public value = '') {}
    appendMarkdown(text: string): this {
      this.value += text;
      return this;
    }
  }
  return withFallback({
    Uri,
    window,
    workspace,
    commands,
    languages: withFallback({}),
    env: withFallback({ language: 'en', appName: 'stub' }),
    EventEmitter,
    Disposable,
    Position,
    Range,
    Location: Range,
    Selection: Range,
    TreeItem,
    ThemeIcon: class {
      constructor(readonly id: string) {}
    },
    ThemeColor: class {
      constructor(readonly id: string) {}
    },
    MarkdownString,
    StatusBarAlignment: { Left: 1, Right: 2 },
    ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2, Three: 3 },
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    TextEditorRevealType: { Default: 0, InCenter: 1, InCenterIfOutsideViewport: 2, AtTop: 3 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
  });
}

/** vscode-languageclient: a client that starts and stops at once and answers every request with null. */
export function languageClientStub(run: ClientRun): Record<string, unknown> {
  class LanguageClient {
    private running = false;
    readonly code2ProtocolConverter = { asUri: (uri: { toString(): string }) => uri.toString() };
    readonly protocol2CodeConverter = { asUri: (uri: string) => Uri.parse(uri) };
    readonly outputChannel = withFallback({});
    constructor(...args: unknown[]) {
      run.languageClients.push(args);
    }
    async start(): Promise<void> {
      this.running = true;
    }
    async stop(): Promise<void> {
      this.running = false;
    }
    isRunning(): boolean {
      return this.running;
    }
    async sendRequest(): Promise<null> {
      return null;
    }
    async sendNotification(): Promise<void> {}
    onNotification() {
      return { dispose: () => undefined };
    }
    onRequest() {
      return { dispose: () => undefined };
    }
    onDidChangeState() {
      return { dispose: () => undefined };
    }
  }
  return withFallback({
    LanguageClient,
    TransportKind: { stdio: 0, ipc: 1, pipe: 2, socket: 3 },
    State: { Stopped: 1, Starting: 3, Running: 2 },
    ErrorAction: { Continue: 1, Shutdown: 2 },
    CloseAction: { DoNotRestart: 1, Restart: 2 },
    RevealOutputChannelOn: { Debug: 0, Info: 1, Warn: 2, Error: 3, Never: 4 },
  });
}

/**
 * Loads the compiled client with the stand-ins, activates it, then runs every command it registered and
 * resolves every webview view it provides. Errors of a command are kept as messages, not thrown.
 */
export async function runClient(clientMain: string, extensionPath: string, workspaceFolder: string): Promise<ClientRun> {
  const run: ClientRun = { commands: new Map(), webviews: [], messages: [], languageClients: [] };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Module = require('module') as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
  const load = Module._load;
  const vscode = vscodeStub(run, workspaceFolder);
  const client = languageClientStub(run);
  Module._load = function (request: string, parent: unknown, isMain: boolean) {
    if (request === 'vscode') return vscode;
    if (request === 'vscode-languageclient' || request.startsWith('vscode-languageclient/')) return client;
    return load.call(this, request, parent, isMain);
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const extension = require(clientMain) as { activate(context: unknown): Promise<void> | void; deactivate?(): unknown };
    const context = withFallback({
      subscriptions: [] as unknown[],
      extensionUri: Uri.file(extensionPath),
      extensionPath,
      asAbsolutePath: (p: string) => path.join(extensionPath, p),
      globalState: withFallback({ get: () => undefined, update: async () => undefined }),
      workspaceState: withFallback({ get: () => undefined, update: async () => undefined }),
      storageUri: undefined,
      globalStorageUri: Uri.file(path.join(workspaceFolder, '.no-storage')),
    });
    await extension.activate(context);
    for (const [id, handler] of [...run.commands]) {
      try {
        await handler();
      } catch (error) {
        run.messages.push(`command ${id} threw: ${String(error)}`);
      }
    }
    await extension.deactivate?.();
  } finally {
    Module._load = load;
  }
  return run;
}
