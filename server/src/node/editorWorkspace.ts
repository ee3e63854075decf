// The language server's workspace: the editor's open documents layered over a folder on disk (or, for
// articles opened outside every folder, over nothing). The editor's text wins while a document is open;
// closing it brings back the disk's. The server reports editor and file events here; the service reads.
import * as path from 'path';
import { CONFIG_FILE_NAMES, isArticlePath, isExcludedPath, type Config } from '../analysis/config';
import { changeEmitter, type ConfigText, type SkippedDocument, type Workspace, type WorkspaceDocument, type WorkspaceEntry } from '../analysis/workspace';
import { ARTICLE_LANGUAGE_ID } from '../protocol';
import { fileUri, uriPath, type FolderWorkspace } from './folder';

/** What the workspace needs of an editor document (a vscode-languageserver TextDocument fits). */
export interface OpenDocument {
  readonly languageId: string;
  readonly version: number;
  getText(): string;
}

export interface EditorWorkspace extends Workspace {
  /** The folder under the open documents; undefined for the articles opened outside every folder. */
  readonly base?: FolderWorkspace;
  /** A document was opened or edited in the editor (`uri` in its canonical spelling). */
  opened(uri: string, document: OpenDocument): void;
  /** A document was closed: the disk's text, if any, is the document again. */
  closed(uri: string): void;
  /** A watched file was created, changed or deleted on disk. */
  fileChanged(uri: string, deleted: boolean): void;
  /** A host setting that the config depends on changed. */
  settingsChanged(): void;
}

export function createEditorWorkspace(base?: FolderWorkspace): EditorWorkspace {
  const open = new Map<string, OpenDocument>();
  const emitter = changeEmitter();
  base?.watch(emitter.fire);

  const configName = (uri: string): boolean => {
    const name = base?.nameOf(uri);
    return name !== undefined && CONFIG_FILE_NAMES.includes(name);
  };

  /** An open document is an article when the config's globs select it, or when the editor calls it one. */
  const isOpenArticle = (uri: string, document: OpenDocument, config: Config): boolean => {
    if (!base) {
      const file = uriPath(uri);
      return document.languageId === ARTICLE_LANGUAGE_ID || (file !== undefined && isArticlePath(path.basename(file), config));
    }
    const name = base.nameOf(uri);
    if (name === undefined || CONFIG_FILE_NAMES.includes(name) || isExcludedPath(name, config)) return false;
    return document.languageId === ARTICLE_LANGUAGE_ID || isArticlePath(name, config);
  };

  const nameOf = (uri: string) => base?.nameOf(uri) ?? uri;

  return {
    base,
    watch: emitter.watch,
    configFile(): ConfigText | undefined {
      if (!base) return undefined;
      for (const name of CONFIG_FILE_NAMES) {
        const uri = fileUri(path.join(base.folder, name));
        const document = open.get(uri);
        if (document) return { uri, text: document.getText() };
      }
      return base.configFile();
    },
    list(config): WorkspaceEntry[] {
      const entries = new Map((base?.list(config) ?? []).map((entry) => [entry.uri, entry]));
      for (const [uri, document] of open) {
        if (!entries.has(uri) && isOpenArticle(uri, document, config)) entries.set(uri, { uri, name: nameOf(uri) });
      }
      return [...entries.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
    },
    read(uri, config): WorkspaceDocument | SkippedDocument | undefined {
      const document = open.get(uri);
      if (document && isOpenArticle(uri, document, config)) return { uri, name: nameOf(uri), text: document.getText(), version: document.version };
      return base?.read(uri, config);
    },
    stamp(uri, config) {
      // An open document's text is the editor's, which no file stamp tells: the service reads it.
      return open.has(uri) ? undefined : base?.stamp?.(uri, config);
    },
    opened(uri, document) {
      open.set(uri, document);
      emitter.fire(configName(uri) ? { kind: 'config' } : { kind: 'document', uri });
    },
    closed(uri) {
      if (!open.delete(uri)) return;
      emitter.fire(configName(uri) ? { kind: 'config' } : { kind: 'document', uri });
    },
    fileChanged(uri, deleted) {
      if (configName(uri)) emitter.fire({ kind: 'config' });
      else emitter.fire(deleted ? { kind: 'deleted', uri } : { kind: 'document', uri });
    },
    settingsChanged() {
      emitter.fire({ kind: 'config' });
    },
  };
}
