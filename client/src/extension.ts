// The Crosscheck VS Code client: starts the language server and forwards documents, settings and file
// events to it. All analysis lives in the server; nothing of substance belongs here.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
// The one protocol module, shared with the server. It is imported from the server's build output so
// that the same path resolves when compiled (client/out → server/out) and when bundled by esbuild.
import {
  ARTICLE_FILE_GLOB,
  ARTICLE_LANGUAGE_ID,
  CONFIG_FILE_GLOB,
  PEEK_RELATED_COMMAND,
  PERSIST_READINGS_SETTING,
  SETTINGS_SECTION,
  type InitializationOptions,
  type StoryInfo,
} from '../../server/out/protocol';
import { StoryViews } from './storyViews';
import { restartPolicy, type RestartPolicy } from './restartPolicy';
import { StoriesView } from './storiesView';

const CLIENT_ID = 'crosscheck';
const CLIENT_NAME = 'Crosscheck';

let client: LanguageClient | undefined;

/**
 * Where the server module is, relative to this file:
 * - packaged (.vsix): the client is bundled to dist/extension.js and the server to dist/server.js beside it;
 * - checkout (F5, extensionDevelopmentPath): this file is client/out/extension.js, the server server/out/server.js.
 * Returns the first that exists, or undefined.
 */
export function resolveServerModule(baseDir: string = __dirname): string | undefined {
  const candidates = [
    path.join(baseDir, 'server.js'),
    path.join(baseDir, '..', '..', 'server', 'out', 'server.js'),
    path.join(baseDir, '..', 'server', 'out', 'server.js'),
  ];
  return candidates.find((file) => fs.existsSync(file));
}

/**
 * A server process that dies is started again, and the user is told once; after five stops in three minutes
 * the client gives up and says so (the default handler restarts silently, then gives up with its own words).
 */
function errorHandler(policy: RestartPolicy, outputChannel: vscode.OutputChannel): ErrorHandler {
  return {
    error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
    closed: () => {
      const decision = policy.closed();
      outputChannel.appendLine(`Crosscheck: the language server process ended unexpectedly; ${decision.restart ? 'restarting it' : 'not restarting it'}.`);
      if (decision.message?.level === 'information') void vscode.window.showInformationMessage(decision.message.text);
      else if (decision.message) void vscode.window.showErrorMessage(decision.message.text);
      return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
    },
  };
}

function createClient(
  serverModule: string,
  watchers: vscode.FileSystemWatcher[],
  outputChannel: vscode.OutputChannel,
  policy: RestartPolicy,
  initializationOptions: InitializationOptions,
): LanguageClient {
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6019'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: ARTICLE_LANGUAGE_ID },
      { scheme: 'untitled', language: ARTICLE_LANGUAGE_ID },
      { scheme: 'file', language: 'yaml', pattern: CONFIG_FILE_GLOB },
    ],
    synchronize: {
      // Sends workspace/didChangeConfiguration for the `crosscheck.*` settings.
      configurationSection: SETTINGS_SECTION,
      fileEvents: watchers,
    },
    outputChannel,
    errorHandler: errorHandler(policy, outputChannel),
    initializationOptions,
  };
  // The id makes the client honour the `crosscheck.trace.server` setting.
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}

/** What the extension gives other extensions and its tests (`vscode.extensions.getExtension(…).exports`). */
export interface CrosscheckApi {
  /** The stories the Stories view shows now. */
  stories(): readonly StoryInfo[];
}

export async function activate(context: vscode.ExtensionContext): Promise<CrosscheckApi> {
  const outputChannel = vscode.window.createOutputChannel(CLIENT_NAME);
  const watchers = [
    vscode.workspace.createFileSystemWatcher(ARTICLE_FILE_GLOB),
    vscode.workspace.createFileSystemWatcher(CONFIG_FILE_GLOB),
  ];
  const storyViews = new StoryViews(context.extensionUri);
  const policy = restartPolicy();
  const storiesView = new StoriesView();
  context.subscriptions.push(outputChannel, ...watchers, storyViews, storiesView);

  const start = async (): Promise<void> => {
    const serverModule = resolveServerModule();
    if (!serverModule) {
      outputChannel.appendLine(`Crosscheck: no language server module found next to ${__dirname}`);
      void vscode.window.showErrorMessage('Crosscheck: the language server module was not found; see the Crosscheck output.');
      return;
    }
    client = createClient(serverModule, watchers, outputChannel, policy, { storagePath: readingsFolder(context) });
    try {
      await client.start();
      storyViews.attach(client);
      storiesView.attach(client);
    } catch (error) {
      outputChannel.appendLine(`Crosscheck: the language server did not start: ${String(error)}`);
      void vscode.window.showErrorMessage(`Crosscheck: the language server did not start: ${String(error)}`);
    }
  };

  const restart = async (): Promise<void> => {
    policy.reset();
    const previous = client;
    client = undefined;
    storyViews.detach();
    storiesView.detach();
    try {
      await previous?.stop();
    } catch {
      // A server that already died cannot be stopped cleanly; start a fresh one anyway.
    }
    await start();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheck.restartServer', restart),
    vscode.commands.registerCommand('crosscheck.showOutput', () => outputChannel.show(true)),
    vscode.commands.registerCommand(PEEK_RELATED_COMMAND, peekRelated),
  );
  await start();
  return { stories: () => storiesView.current() };
}

/**
 * Where the server may keep readings between sessions: this workspace's storage (the global storage
 * without a workspace), never the user's folder; undefined when the user turned it off.
 */
function readingsFolder(context: vscode.ExtensionContext): string | undefined {
  if (!vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>(PERSIST_READINGS_SETTING, true)) return undefined;
  return (context.storageUri ?? context.globalStorageUri).fsPath;
}

interface LspPosition {
  line: number;
  character: number;
}

function isPosition(value: unknown): value is LspPosition {
  const p = value as LspPosition | undefined;
  return typeof p?.line === 'number' && typeof p.character === 'number';
}

function isLocation(value: unknown): value is { uri: string; range: { start: LspPosition; end: LspPosition } } {
  const l = value as { uri?: unknown; range?: { start?: unknown; end?: unknown } } | undefined;
  return typeof l?.uri === 'string' && isPosition(l.range?.start) && isPosition(l.range?.end);
}

/**
 * The code lens' command: its arguments arrive as LSP JSON (uri, position, locations) and
 * editor.action.peekLocations wants VS Code objects. Opens the peek of the other sources' spans.
 */
async function peekRelated(uri?: unknown, position?: unknown, locations?: unknown): Promise<void> {
  if (typeof uri !== 'string' || !isPosition(position) || !Array.isArray(locations) || !locations.every(isLocation)) {
    void vscode.window.showWarningMessage('Crosscheck: "Peek related claims" needs the arguments of a Crosscheck code lens.');
    return;
  }
  const toPosition = (p: LspPosition) => new vscode.Position(p.line, p.character);
  await vscode.commands.executeCommand(
    'editor.action.peekLocations',
    vscode.Uri.parse(uri),
    toPosition(position),
    locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(toPosition(l.range.start), toPosition(l.range.end)))),
    'peek',
  );
}

export async function deactivate(): Promise<void> {
  const current = client;
  client = undefined;
  await current?.stop().catch(() => undefined);
}
