// What the server and the VS Code client must agree on: Crosscheck's own messages on top of LSP, the
// command the client runs for the server's code lenses, the language id and the settings section. Both
// sides import this one module (the client from the server's build output); the tests too. Only types
// and constants: nothing here pulls in the server.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

/** The language id of articles (package.json `contributes.languages`). */
export const ARTICLE_LANGUAGE_ID = 'article';

/** The settings section the client synchronises (`crosscheck.maxFileBytes`, `crosscheck.trace.server`). */
export const SETTINGS_SECTION = 'crosscheck';

/** The code lens' command: run by the client (it turns the LSP arguments into a peek), never by the server. */
export const PEEK_RELATED_COMMAND = 'crosscheck.peekRelated';

/** The config file's names (CONFIG_FILE_NAMES in analysis/config.ts) as one glob, in any folder. */
export const CONFIG_FILE_GLOB = '**/{crosscheck,.crosscheck}.y*ml';

/** The files the client watches for the server: the default article globs' extensions. */
export const ARTICLE_FILE_GLOB = '**/*.{txt,md}';

/** What the client may tell the server in `initializationOptions`. */
export interface InitializationOptions {
  /** A folder of the extension's storage for readings kept between sessions (never the user's folder); none: nothing is kept. */
  storagePath?: string;
  /** Threads that read articles (default: the number of cores). */
  jobs?: number;
}

/** The setting that turns off keeping readings between sessions. */
export const PERSIST_READINGS_SETTING = 'persistReadings';

/** Sent by the server after every analysis pass, once its diagnostics are published. */
export interface StatusParams {
  state: 'ready';
  /** Counts up with every analysis pass (the initial load is 1). */
  pass: number;
  /** Articles analysed, over all workspace folders and open documents. */
  documents: number;
  /** Files that look like articles but were skipped (binary, not UTF-8, too large). */
  skipped: number;
  /** Findings over all documents, reviewed ones excluded. */
  findings: number;
}

export namespace StatusNotification {
  export const method = 'crosscheck/status';
  export const type = new NotificationType<StatusParams>(method);
}

export interface DocumentInfo {
  uri: string;
  /** Path relative to its workspace folder (or the uri for documents outside any folder). */
  name: string;
  /** The outlet name findings use for this document. */
  source: string;
  findings: number;
}

export interface DocumentsParams {
  /** Only this document; all when omitted. */
  uri?: string;
}

/** The analysed articles and how the server names them in messages. */
export namespace DocumentsRequest {
  export const method = 'crosscheck/documents';
  export const type = new RequestType<DocumentsParams, DocumentInfo[], void>(method);
}

export interface MatrixParams {
  /** A document of the story to show; the first folder with articles when omitted. */
  uri?: string;
}

export interface MatrixRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** The source matrix of the story that holds `uri` (analysis/answers/matrix.ts), each entry with its LSP range. */
export interface MatrixResult {
  /** The story's name: its folder's name today. */
  story: string;
  sources: Array<{ uri: string; name: string; file: string; date?: string; title?: string; findings: number }>;
  topics: Array<{
    title: string;
    rows: Array<{
      id: string;
      kind: 'claim' | 'quotation';
      label: string;
      disagreement: boolean;
      cells: Array<{
        state: 'agree' | 'differ' | 'absent';
        entries: Array<{ uri: string; range: MatrixRange; text: string; value: string; comparison?: string }>;
      }>;
    }>;
  }>;
  findings: number;
}

/** The command that opens the source matrix (package.json `contributes.commands`), run by the client. */
export const SHOW_MATRIX_COMMAND = 'crosscheck.showMatrix';

/** The source matrix for the VS Code webview and the status bar (counts of sources and findings). */
export namespace MatrixRequest {
  export const method = 'crosscheck/matrix';
  export const type = new RequestType<MatrixParams, MatrixResult | null, void>(method);
}

export interface StoryArticleInfo {
  uri: string;
  /** Path relative to its workspace folder. */
  name: string;
  /** The outlet name findings use for this document. */
  source: string;
  findings: number;
}

/** A story: the articles of a workspace folder that report one event (analysis/corpus/stories.ts). */
export interface StoryInfo {
  id: string;
  title: string;
  /** The workspace folder's name, when the window has several. */
  folder?: string;
  /** Sorted by name. */
  articles: StoryArticleInfo[];
  findings: number;
}

/** The stories of every workspace folder, for the VS Code Stories view (stories → articles, with finding counts). */
export namespace StoriesRequest {
  export const method = 'crosscheck/stories';
  export const type = new RequestType<Record<string, never> | null, StoryInfo[], void>(method);
}

/** The view of stories in the Explorer (package.json `contributes.views`). */
export const STORIES_VIEW_ID = 'crosscheck.stories';
