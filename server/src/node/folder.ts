// Reading a workspace folder from disk for the hosts (server and CLI). Only reads; never writes.
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAMES, defaultConfig, isArticlePath, parseConfig, type Config, type ConfigProblem } from '../analysis/config';
import { decodeArticle } from '../analysis/input';

export interface ArticleFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the folder, '/'-separated. */
  name: string;
  text: string;
}

export interface SkippedFile {
  path: string;
  name: string;
  reason: string;
}

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

/** Every article file under the folder, by the config's globs; bad files are skipped with a reason. */
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

export function readArticleFile(folder: string, file: string, config: Config): ArticleFile | SkippedFile {
  const name = path.relative(folder, file).split(path.sep).join('/');
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.size > config.maxFileBytes) {
      return { path: file, name, reason: `skipped: ${stat.size} bytes is over the size limit of ${config.maxFileBytes} bytes (setting maxFileBytes)` };
    }
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { path: file, name, reason: `skipped: could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  const decoded = decodeArticle(bytes, config.maxFileBytes);
  return decoded.ok ? { path: file, name, text: decoded.text } : { path: file, name, reason: decoded.reason };
}

export interface LoadedFolder {
  folder: string;
  config: Config;
  configFile?: ConfigFile;
  articles: ArticleFile[];
  skipped: SkippedFile[];
}

export function loadFolder(folder: string): LoadedFolder {
  const configFile = readConfigFile(folder);
  const config = configFile?.config ?? defaultConfig();
  const articles: ArticleFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of listArticlePaths(folder, config)) {
    const result = readArticleFile(folder, file, config);
    if ('text' in result) articles.push(result);
    else skipped.push(result);
  }
  return { folder, config, configFile, articles, skipped };
}

/**
 * Articles the user named one by one, checked under the config of `root` (their folder, or the nearest folder
 * above it with a crosscheck.yaml). A named file is read even where the `articles` patterns would not select it.
 */
export function loadFiles(root: string, files: string[]): LoadedFolder {
  const configFile = readConfigFile(root);
  const config = configFile?.config ?? defaultConfig();
  const articles: ArticleFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of [...new Set(files.map((f) => path.resolve(f)))]) {
    const result = readArticleFile(root, file, config);
    if ('text' in result) articles.push(result);
    else skipped.push(result);
  }
  return { folder: root, config, configFile, articles, skipped };
}

/** The folder whose crosscheck.yaml governs `dir`: the nearest at or above it, not past a repository's root. */
export function configRoot(dir: string): string {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (CONFIG_FILE_NAMES.some((name) => fs.existsSync(path.join(at, name)))) return at;
    if (fs.existsSync(path.join(at, '.git')) || path.dirname(at) === at) return path.resolve(dir);
  }
}
