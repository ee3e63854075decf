// What the reports are made from: the service over a folder of articles (or over the files listed), with the
// host's own findings (files it could not read, config problems).
import * as fs from 'fs';
import * as path from 'path';
import { configRoot, createFilesWorkspace, createFolderWorkspace, uriPath } from '../node/folder';
import { createService, type CrosscheckService } from '../analysis/service';
import { lineIndex, type FindingJson, type PositionJson } from '../analysis/export';
import { severityFor } from '../analysis/checks/finding';
import { UsageError } from './args';
import { createCheckReaders } from '../node/readerPool';
import { progressBar } from '../node/progressBar';
import { fullCollection } from '../node/fullCollection';
import { readingPacker } from '../node/packedReadings';

/**
 * A check run that lets readings go collects garbage after this many documents' readings were let go: about 80 MB of
 * the main thread's heap (40 KB a reading), which V8 would not collect before the run ends (node/fullCollection.ts).
 * A full collection of that heap takes a fraction of a second; a folder under this size never pays one.
 */
export const DOCUMENTS_BETWEEN_COLLECTIONS = 2000;

/** A finding of the host itself (a file it could not read, a config problem), with where to show it. */
export interface HostFinding extends FindingJson {
  /** Absolute path of the file. */
  path: string;
}

export interface Checked {
  /** Absolute path of the folder (for listed files: the folder whose config applies). */
  folder: string;
  service: CrosscheckService;
  host: HostFinding[];
}

/**
 * Reads one folder, or the article files listed, on `jobs` threads counting this one (one: this thread only), each story
 * checked as soon as its articles are read while the others are read; a path that does not exist is a usage error.
 * With `findingsOnly` (a report of the findings: text, JSON, SARIF), each story's readings are let go once its findings
 * are in, and the report takes line numbers from the texts (`ServiceOptions.dropCheckedReadings`).
 */
export async function check(paths: string[], pathsGiven: boolean, jobs = 1, findingsOnly = false): Promise<Checked> {
  const stats = paths.map((p) => {
    try {
      return fs.statSync(path.resolve(p));
    } catch {
      const hint = pathsGiven ? '' : ' (no folder was given; the default is the current folder)';
      throw new UsageError(`'${p}' not found${hint}`);
    }
  });
  let workspace;
  if (stats.length === 1 && stats[0].isDirectory()) workspace = createFolderWorkspace(path.resolve(paths[0]));
  else {
    const folder = paths.find((_, i) => !stats[i].isFile());
    if (folder !== undefined) throw new UsageError(`'${folder}' is ${stats[paths.indexOf(folder)].isDirectory() ? 'a folder' : 'not a file'}: give one folder, or article files`);
    workspace = createFilesWorkspace(configRoot(commonFolder(paths.map((p) => path.dirname(path.resolve(p))))), paths);
  }
  // The same service as the language server's, over the files on disk; `jobs` threads read, this one among them.
  const reader = createCheckReaders(jobs);
  const service = createService({ workspace, reader, dropCheckedReadings: findingsOnly, packReadings: findingsOnly ? readingPacker : undefined });
  const bar = progressBar();
  let letGo = 0;
  const checked = (id: string) => {
    const story = service.story(id);
    if (!story) return;
    service.findings(story.uris[0]);
    letGo += findingsOnly ? story.uris.length : 0;
    if (letGo < DOCUMENTS_BETWEEN_COLLECTIONS) return;
    letGo = 0;
    fullCollection();
  };
  try {
    await service.load({
      // A check of the whole folder: the story index takes each article's lead facts from its reading.
      groupWhenRead: true,
      progress: (done, total) => bar.update('Reading', done, total),
      storyReady: checked,
    });
    const stories = service.stories();
    stories.forEach((story, i) => {
      bar.update('Checking', i, stories.length);
      service.findings(story.uris[0]);
    });
  } finally {
    bar.clear();
    await reader.close();
  }
  return { folder: workspace.folder, service, host: hostFindings(workspace.folder, service) };
}

function hostFindings(folder: string, service: CrosscheckService): HostFinding[] {
  const host: HostFinding[] = [];
  const configFile = service.configFile();
  const configSeverity = severityFor('config-error', service.config);
  if (configFile && configSeverity !== 'off') {
    const file = uriPath(configFile.uri) ?? configFile.uri;
    for (const problem of configFile.problems) {
      // An ignored key or code is a warning; what was lost (a default used instead) keeps the configured level.
      const severity = problem.severity === 'warning' && (configSeverity === 'error' || configSeverity === 'warning') ? 'warning' : configSeverity;
      host.push({
        code: 'config-error', severity, message: problem.message, file: relativeName(folder, file), path: file,
        start: problem.start, end: problem.end, line: problem.line + 1, column: problem.character + 1, related: [],
      });
    }
  }
  const badInput = severityFor('bad-input', service.config);
  if (badInput !== 'off') {
    for (const skipped of service.skipped()) {
      const file = uriPath(skipped.uri) ?? skipped.uri;
      host.push({ code: 'bad-input', severity: badInput, message: skipped.reason, file: skipped.name, path: file, start: 0, end: 0, line: 1, column: 1, related: [] });
    }
  }
  return host;
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

/** Where an offset of a document is: its file and 1-based line and column, each document indexed once. */
export function locator(checked: Checked): (uri: string, offset: number) => Place {
  const indexes = new Map<string, (offset: number) => PositionJson>();
  return (uri, offset) => {
    const text = checked.service.text(uri);
    const file = uriPath(uri);
    if (text === undefined || file === undefined) return { display: checked.service.documentName(uri), line: 1, column: 1 };
    let index = indexes.get(uri);
    if (!index) indexes.set(uri, (index = lineIndex(text)));
    return { path: file, display: displayPath(file), ...index(offset) };
  };
}
