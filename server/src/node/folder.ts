// A workspace folder on disk for the hosts (server and CLI): the file-system implementation of the
// analysis' Workspace. Only reads; never writes.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { CONFIG_FILE_NAMES, isArticlePath, parseConfig, type Config, type ConfigProblem } from '../analysis/config';
import { decodeArticle } from '../analysis/input';
import { changeEmitter, type SkippedDocument, type Workspace, type WorkspaceChange, type WorkspaceDocument, type WorkspaceEntry } from '../analysis/workspace';

export interface ConfigFile {
  path: string;
  text: string;
  config: Config;
  problems: ConfigProblem[];
}

/** Reads the config file at the folder's root, if any; a broken file yields defaults and problems. */
export function readConfigFile(folder: string): ConfigFile | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const file = path.join(folder, name);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const { config, problems } = parseConfig(text);
    return { path: file, text, config, problems };
  }
  return undefined;
}

const MAX_FILES = 20_000;

/** Every article file under the folder, by the config's globs, in sorted order. */
export function listArticlePaths(folder: string, config: Config): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (found.length >= MAX_FILES) return;
      const full = path.join(dir, entry.name);
      const rel = path.relative(folder, full).split(path.sep).join('/');
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules' || entry.name === '.git') continue;
        walk(full);
      } else if (entry.isFile() && isArticlePath(rel, config)) {
        found.push(full);
      }
    }
  };
  walk(folder);
  return found;
}

/** One file's text, or why it is skipped (too large, unreadable, binary, not UTF-8). */
export function readArticleFile(file: string, maxFileBytes: number): { text: string } | { reason: string } {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.size > maxFileBytes) {
      return { reason: `skipped: ${stat.size} bytes is over the size limit of ${maxFileBytes} bytes (setting maxFileBytes)` };
    }
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { reason: `skipped: could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  const decoded = decodeArticle(bytes, maxFileBytes);
  return decoded.ok ? { text: decoded.text } : { reason: decoded.reason };
}

export const fileUri = (file: string): string => pathToFileURL(file).href;

/** The path of a file uri, or undefined for another scheme or a malformed uri. */
export function uriPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** One spelling per file uri, so that editor uris and uris built from disk paths agree. */
export function canonicalUri(uri: string): string {
  const file = uriPath(uri);
  return file === undefined ? uri : fileUri(file);
}

export interface FolderWorkspace extends Workspace {
  /** Absolute path of the folder. */
  readonly folder: string;
  /** The '/'-separated path relative to the folder of a file uri inside it; undefined outside. */
  nameOf(uri: string): string | undefined;
  /** Reports a change the host observed (a watched-file event, a changed setting) to the watchers. */
  notify(change: WorkspaceChange): void;
}

/** The folder's files as a workspace. Changes are not observed here: the host reports them through `notify`. */
export function createFolderWorkspace(folder: string): FolderWorkspace {
  const root = path.resolve(folder);
  const emitter = changeEmitter();
  const nameOf = (uri: string): string | undefined => {
    const file = uriPath(uri);
    if (file === undefined) return undefined;
    const rel = path.relative(root, file);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  };
  return {
    folder: root,
    nameOf,
    notify: emitter.fire,
    watch: emitter.watch,
    configFile() {
      const file = readConfigFile(root);
      return file ? { uri: fileUri(file.path), text: file.text } : undefined;
    },
    list(config): WorkspaceEntry[] {
      return listArticlePaths(root, config).map((file) => ({ uri: fileUri(file), name: path.relative(root, file).split(path.sep).join('/') }));
    },
    read(uri, config): WorkspaceDocument | SkippedDocument | undefined {
      const name = nameOf(uri);
      if (name === undefined || !isArticlePath(name, config)) return undefined;
      const file = uriPath(uri)!;
      try {
        if (!fs.statSync(file).isFile()) return undefined;
      } catch {
        return undefined; // gone
      }
      const content = readArticleFile(file, config.maxFileBytes);
      return 'text' in content ? { uri, name, text: content.text } : { uri, name, reason: content.reason };
    },
  };
}

/**
 * Article files the user named one by one, as a workspace rooted at `root` (their folder, or the nearest folder
 * above with a crosscheck.yaml: its config applies). A named file is read whatever the `articles` patterns say.
 */
export function createFilesWorkspace(root: string, files: string[]): FolderWorkspace {
  const folder = createFolderWorkspace(root);
  const named = [...new Set(files.map((file) => fileUri(path.resolve(file))))].sort();
  const nameOf = (uri: string) => folder.nameOf(uri) ?? uriPath(uri) ?? uri;
  return {
    ...folder,
    list: () => named.map((uri) => ({ uri, name: nameOf(uri) })),
    read(uri, config) {
      if (!named.includes(uri)) return undefined;
      const file = uriPath(uri)!;
      const content = readArticleFile(file, config.maxFileBytes);
      return 'text' in content ? { uri, name: nameOf(uri), text: content.text } : { uri, name: nameOf(uri), reason: content.reason };
    },
  };
}

/** The folder whose crosscheck.yaml governs `dir`: the nearest at or above it, not past a repository's root. */
export function configRoot(dir: string): string {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (CONFIG_FILE_NAMES.some((name) => fs.existsSync(path.join(at, name)))) return at;
    if (fs.existsSync(path.join(at, '.git')) || path.dirname(at) === at) return path.resolve(dir);
  }
}
