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
export function listArticlePaths(folder: string, config: Config): Array<{ file: string; name: string }> {
  const found: Array<{ file: string; name: string }> = [];
  // `rel` is built from the names walked ('/'-separated), not by `path.relative` for each of thousands of files.
  const walk = (dir: string, rel: string) => {
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
      const name = rel + entry.name;
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules' || entry.name === '.git') continue;
        walk(full, `${name}/`);
      } else if ((entry.isFile() || isLinkToFile(entry, full)) && isArticlePath(name, config)) {
        found.push({ file: full, name });
      }
    }
  };
  walk(folder, '');
  return found;
}

/**
 * A symbolic link in the listing: listed like a file when it points to one, or when it leads nowhere (a loop,
 * a missing target), so that it is reported once as skipped. A link to a folder is never entered: no loop, and
 * no walk out of the folder.
 */
function isLinkToFile(entry: fs.Dirent, full: string): boolean {
  if (!entry.isSymbolicLink()) return false;
  try {
    return fs.statSync(full).isFile();
  } catch {
    return true;
  }
}

/** Why a file could not be read, in the user's words. */
function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'skipped: permission to read the file is denied';
    case 'ELOOP':
      return 'skipped: the file is a symbolic link that loops back on itself';
    case 'ENOENT':
      return 'skipped: the file is a symbolic link to nothing, or vanished while it was read';
    case 'EISDIR':
      return 'skipped: a folder, not a file';
    default:
      return `skipped: could not be read (${code ?? String(error)})`;
  }
}

/** One file's text, or why it is skipped (too large, unreadable, binary, not UTF-8, not a regular file). */
export function readArticleFile(file: string, maxFileBytes: number): { text: string; stamp?: string } | { reason: string; stamp?: string } {
  let bytes: Buffer;
  let stamp: string | undefined;
  try {
    // Taken before the read: a file changed after it gets another stamp, never this text's.
    const stat = fs.statSync(file, { bigint: true });
    stamp = stampOf(stat);
    // A pipe or a device named like an article would block or never end: never opened.
    if (!stat.isFile()) return { reason: 'skipped: not a regular file (a pipe, a device or a folder)' };
    if (stat.size > maxFileBytes) {
      return { reason: `skipped: ${stat.size} bytes is over the size limit of ${maxFileBytes} bytes (setting maxFileBytes)` };
    }
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { reason: unreadable(error) };
  }
  const decoded = decodeArticle(bytes, maxFileBytes);
  return decoded.ok ? { text: decoded.text, stamp } : { reason: decoded.reason, stamp };
}

/** A file's stamp (`Workspace.stamp`): size, modification and change times to the nanosecond, and inode. */
function stampOf(stat: fs.BigIntStats): string {
  return `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}`;
}

/** The stamp a file has now, without reading it; undefined when it cannot be stat-ed. */
export function fileStamp(file: string): string | undefined {
  try {
    return stampOf(fs.statSync(file, { bigint: true }));
  } catch {
    return undefined;
  }
}

export const fileUri = (file: string): string => pathToFileURL(file).href;

/** A relative name whose characters pathToFileURL keeps as they are (it writes "~" as %7E). */
const PLAIN_NAME = /^[A-Za-z0-9._\/-]+$/;

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
      const under = fileUri(root).replace(/\/?$/, '/');
      // A name of letters, digits and `._/-` is written in a file uri as it is: one pathToFileURL per file took 20 ms of
      // the listing at 10,000 files. Any other name goes through it.
      return listArticlePaths(root, config).map(({ file, name }) => ({ uri: PLAIN_NAME.test(name) ? under + name : fileUri(file), name }));
    },
    read(uri, config): WorkspaceDocument | SkippedDocument | undefined {
      const name = nameOf(uri);
      if (name === undefined || !isArticlePath(name, config)) return undefined;
      const file = uriPath(uri)!;
      let entry: fs.Stats;
      try {
        entry = fs.lstatSync(file);
      } catch {
        return undefined; // gone
      }
      if (entry.isDirectory()) return undefined;
      if (entry.isSymbolicLink()) {
        const outside = linkOutside(root, file);
        if (outside) return { uri, name, reason: outside };
      }
      const content = readArticleFile(file, config.maxFileBytes);
      if ('text' in content) return { uri, name, text: content.text, stamp: content.stamp };
      // Deleted between the listing and the read: gone, not broken (the editor's watcher reports the deletion).
      return exists(file) ? { uri, name, reason: content.reason, stamp: content.stamp } : undefined;
    },
    // Asked of the uris the listing gave, all of them at a reopen: a `stat`, without the listing's tests again.
    stamp(uri) {
      const file = uriPath(uri);
      return file === undefined ? undefined : fileStamp(file);
    },
  };
}

function exists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
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
      return 'text' in content ? { uri, name: nameOf(uri), text: content.text, stamp: content.stamp } : { uri, name: nameOf(uri), reason: content.reason, stamp: content.stamp };
    },
    stamp: (uri) => (named.includes(uri) ? fileStamp(uriPath(uri)!) : undefined),
  };
}

/**
 * Why a symbolic link is not followed, or undefined when it leads to a file inside the folder. A hostile folder
 * could link to any file of the machine ("notes.txt -> ~/.ssh/id_rsa"): only the folder's own files are read.
 */
function linkOutside(root: string, file: string): string | undefined {
  let target: string;
  try {
    target = fs.realpathSync(file);
  } catch (error) {
    return unreadable(error);
  }
  const realRoot = (() => {
    try {
      return fs.realpathSync(root);
    } catch {
      return root;
    }
  })();
  const rel = path.relative(realRoot, target);
  return rel.startsWith('..') || path.isAbsolute(rel) ? 'skipped: a symbolic link to a file outside the folder; only the folder\'s own files are read' : undefined;
}

/** The folder whose crosscheck.yaml governs `dir`: the nearest at or above it, not past a repository's root. */
export function configRoot(dir: string): string {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (CONFIG_FILE_NAMES.some((name) => fs.existsSync(path.join(at, name)))) return at;
    if (fs.existsSync(path.join(at, '.git')) || path.dirname(at) === at) return path.resolve(dir);
  }
}
