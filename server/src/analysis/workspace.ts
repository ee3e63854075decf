// What the service is handed instead of texts: the host's view of one folder of articles (list, read,
// watch). Hosts implement it: over the file system (server/src/node/folderWorkspace.ts), with the
// editor's open documents layered over the disk (server/src/node/editorWorkspace.ts), or in memory
// (test/helpers/memoryWorkspace.ts). Types only: the analysis itself does no I/O.
import type { Config } from './config';

export interface WorkspaceEntry {
  uri: string;
  /** Path relative to the workspace root, '/'-separated (the key of `config.sources`); the uri outside any folder. */
  name: string;
}

export interface WorkspaceDocument extends WorkspaceEntry {
  text: string;
  /** The editor's version of an open document; absent for text read from disk. */
  version?: number;
  /** What `Workspace.stamp` said of the file just before it was read; absent for an editor's text. */
  stamp?: string;
}

/** A file that looks like an article but cannot be read as one (binary, not UTF-8, too large). */
export interface SkippedDocument extends WorkspaceEntry {
  /** Shown to the user as is, e.g. "skipped: the file looks binary …". */
  reason: string;
  /** As `WorkspaceDocument.stamp`. */
  stamp?: string;
}

export interface ConfigText {
  uri: string;
  text: string;
}

export type WorkspaceChange =
  /** One document was created, changed, opened or closed: read it again (`read` says whether it is still there). */
  | { kind: 'document'; uri: string }
  /** A file or a whole folder was deleted: read again `uri` and every known document under it. */
  | { kind: 'deleted'; uri: string }
  /** The config file or the host's settings changed: list and read again what the new config selects. */
  | { kind: 'config' };

export interface Disposable {
  dispose(): void;
}

export interface Workspace {
  /** The config file's text (the editor's text when it is open), or undefined when there is none. */
  configFile(): ConfigText | undefined;
  /** The articles `config` selects, sorted by uri. Cheap: lists, does not read. */
  list(config: Config): WorkspaceEntry[];
  /**
   * The current text of one article (the editor's open text wins over the disk's), why it is skipped,
   * or undefined when it is gone or no longer an article under `config`.
   */
  read(uri: string, config: Config): WorkspaceDocument | SkippedDocument | undefined;
  /**
   * Optional: what the host knows of an article without reading it (on disk: its size, times and inode), so that a
   * later session can tell the folder unchanged without reading every text. The same stamp means the same text as far
   * as the host can tell; undefined when it cannot tell (an open editor document, a file gone). A stamp is only ever
   * a shortcut: whatever it lets the service show early, the load confirms by reading.
   */
  stamp?(uri: string, config: Config): string | undefined;
  /** Changes are reported as they happen; the service applies them on its next question. */
  watch(listener: (change: WorkspaceChange) => void): Disposable;
}

export function isSkipped(document: WorkspaceDocument | SkippedDocument): document is SkippedDocument {
  return 'reason' in document;
}

/** The listeners of one workspace: what `watch` returns and what its owner fires. */
export interface ChangeEmitter {
  watch(listener: (change: WorkspaceChange) => void): Disposable;
  fire(change: WorkspaceChange): void;
}

export function changeEmitter(): ChangeEmitter {
  const listeners = new Set<(change: WorkspaceChange) => void>();
  return {
    watch(listener) {
      listeners.add(listener);
      return { dispose: () => void listeners.delete(listener) };
    },
    fire(change) {
      for (const listener of [...listeners]) listener(change);
    },
  };
}
