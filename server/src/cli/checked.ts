// What the reports are made from: the articles of a folder (or of the files listed) read into one service, with
// the host's own findings (files it could not read, config problems). Each file is read once.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { configRoot, loadFiles, loadFolder, type LoadedFolder } from '../node/folder';
import { createService, type CrosscheckService } from '../analysis/service';
import { lineIndex, type FindingJson, type PositionJson } from '../analysis/export';
import { severityFor } from '../analysis/checks/finding';
import { UsageError } from './args';

/** A finding of the host itself (a file it could not read, a config problem), with where to show it. */
export interface HostFinding extends FindingJson {
  /** Absolute path of the file. */
  path: string;
}

export interface Checked {
  loaded: LoadedFolder;
  service: CrosscheckService;
  /** uri → absolute path and text, for positions and display paths. */
  files: Map<string, { path: string; text: string }>;
  host: HostFinding[];
}

/** Reads one folder, or the article files listed; a path that does not exist is a usage error. */
export function check(paths: string[], pathsGiven: boolean): Checked {
  const stats = paths.map((p) => {
    try {
      return fs.statSync(path.resolve(p));
    } catch {
      const hint = pathsGiven ? '' : ' (no folder was given; the default is the current folder)';
      throw new UsageError(`'${p}' not found${hint}`);
    }
  });
  let loaded: LoadedFolder;
  if (stats.length === 1 && stats[0].isDirectory()) loaded = loadFolder(path.resolve(paths[0]));
  else {
    const folder = paths.find((_, i) => !stats[i].isFile());
    if (folder !== undefined) throw new UsageError(`'${folder}' is ${stats[paths.indexOf(folder)].isDirectory() ? 'a folder' : 'not a file'}: give one folder, or article files`);
    loaded = loadFiles(configRoot(commonFolder(paths.map((p) => path.dirname(path.resolve(p))))), paths);
  }
  return analyse(loaded);
}

function analyse(loaded: LoadedFolder): Checked {
  const service = createService({ config: loaded.config });
  const files = new Map<string, { path: string; text: string }>();
  const host: HostFinding[] = [];
  const configFile = loaded.configFile;
  const configSeverity = severityFor('config-error', loaded.config);
  if (configFile && configSeverity !== 'off') {
    for (const problem of configFile.problems) {
      host.push({
        code: 'config-error', severity: configSeverity, message: problem.message, file: relativeName(loaded.folder, configFile.path), path: configFile.path,
        start: problem.start, end: problem.end, line: problem.line + 1, column: problem.character + 1, related: [],
      });
    }
  }
  const badInput = severityFor('bad-input', loaded.config);
  const skip = (file: string, name: string, reason: string) => {
    if (badInput !== 'off') host.push({ code: 'bad-input', severity: badInput, message: reason, file: name, path: file, start: 0, end: 0, line: 1, column: 1, related: [] });
  };
  for (const skipped of loaded.skipped) skip(skipped.path, skipped.name, skipped.reason);
  for (const article of loaded.articles) {
    const uri = pathToFileURL(article.path).href;
    try {
      service.update(uri, article.text, { name: article.name });
      files.set(uri, { path: article.path, text: article.text });
    } catch (error) {
      service.remove(uri);
      skip(article.path, article.name, `skipped: the article could not be analysed (${errorMessage(error)})`);
    }
  }
  return { loaded, service, files, host };
}

function commonFolder(folders: string[]): string {
  return folders.reduce((common, folder) => {
    while (common !== path.dirname(common) && path.relative(common, folder).startsWith('..')) common = path.dirname(common);
    return common;
  });
}

export function relativeName(folder: string, file: string): string {
  return path.relative(folder, file).split(path.sep).join('/');
}

/** A path as the user reads it: relative to the current directory. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface Place extends PositionJson {
  /** Absolute path, when the document is a file. */
  path?: string;
  /** Relative to the current directory (or the document's name). */
  display: string;
}

/** Where an offset of a document is: its file and 1-based line and column, each file indexed once. */
export function locator(checked: Checked): (uri: string, offset: number) => Place {
  const indexes = new Map<string, (offset: number) => PositionJson>();
  return (uri, offset) => {
    const file = checked.files.get(uri);
    if (!file) return { display: checked.service.documentName(uri), line: 1, column: 1 };
    let index = indexes.get(uri);
    if (!index) indexes.set(uri, (index = lineIndex(file.text)));
    return { path: file.path, display: displayPath(file.path), ...index(offset) };
  };
}
