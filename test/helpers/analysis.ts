// Loads the compiled analysis for unit tests. Tests compile to test/out/<dir>, one folder deeper
// than their sources, so a relative import of server/src would not resolve at run time; the types
// still come from the sources.
import * as fs from 'fs';
import * as path from 'path';
import type * as Api from '../../server/src/analysis/index';
import { memoryWorkspace, type MemoryWorkspace } from './memoryWorkspace';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const analysis: typeof Api = require(path.join(ROOT, 'server', 'out', 'analysis', 'index'));
export const SEEDS = path.join(ROOT, 'seeds');

/**
 * A service over an in-memory workspace of texts written in the test (name → text; the name is also
 * the uri). `update` and `remove` change the workspace, as an editor would, and return what the
 * service then reads.
 */
export interface TestService extends Api.CrosscheckService {
  workspace: MemoryWorkspace;
  update(uri: string, text: string, options?: { name?: string; version?: number }): Api.Reading | undefined;
  remove(uri: string): void;
}

/**
 * The texts of a test are one story unless the test asks for `grouping: 'auto'`: a check's test writes a sentence or
 * two per source, too little for the story grouping to go by, and means them as reports of one event.
 */
export function serviceOf(texts: Record<string, string>, config?: Api.Config, options: { grouping?: 'auto' } = {}): TestService {
  const workspace = memoryWorkspace(texts);
  const oneStory = (storyOptions: Api.StoryOptions) => analysis.createStoryIndex({ ...storyOptions, grouping: 'one' });
  const service = analysis.createService({ workspace, config, createStoryIndex: options.grouping === 'auto' ? undefined : oneStory });
  return Object.assign(Object.create(service) as Api.CrosscheckService, {
    workspace,
    update(uri: string, text: string, options?: { name?: string; version?: number }) {
      workspace.set(uri, text, options);
      return service.reading(uri);
    },
    remove(uri: string) {
      workspace.delete(uri);
    },
  }) as TestService;
}

/** A service over the five seed articles, keyed by file name. */
export function seedService(): Api.CrosscheckService {
  const texts: Record<string, string> = {};
  for (const file of fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) texts[file] = fs.readFileSync(path.join(SEEDS, file), 'utf8');
  return serviceOf(texts);
}

export function seedName(prefix: string): string {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return file;
}

/** Offset of the n-th occurrence of `needle` in the document. */
export function offsetOf(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found (occurrence ${occurrence})`);
  }
  return at;
}

export function read(text: string): Api.Reading {
  return analysis.readArticle(text, { uri: 'doc', version: 0, source: 'doc', tolerances: analysis.defaultConfig().tolerances });
}

/** The seed articles as memory documents (`memory:/seeds/<file>`), for tests that build a service over a memory workspace. */
export function seedTexts(): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const file of fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) texts[`memory:/seeds/${file}`] = fs.readFileSync(path.join(SEEDS, file), 'utf8');
  return texts;
}

/** Two reports of one flood that disagree on the toll, the mayor's name and a quotation's wording. */
export const FLOOD_REPORTS: Record<string, string> = {
  'memory:/a.txt': 'Source: Daily A\n\nFlooding in Riverton killed 12 people on Monday, Mayor Ana Ruiz said. "We will rebuild," Ruiz said.',
  'memory:/b.txt': 'Source: Daily B\n\nFlooding in Riverton killed 14 people on Monday, Mayor Anna Ruiz said. "We shall rebuild," Ruiz told reporters.',
};
