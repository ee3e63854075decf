// A cold load's open documents first: each open article's provisional story (openStory.ts) is read and checked before
// the folder is given to the story index, and `preview` answers with its findings across articles until the load
// publishes the real story. Only a story that the scan gives steadily is shown: findings later withdrawn cost more than
// findings shown a few seconds late.
import { buildCorpus } from '../corpus/corpus';
import { storyOptions, type StoryOptions } from '../corpus/stories';
import { runChecks } from '../checks/checks';
import { readArticle } from '../read/readArticle';
import type { Reader } from '../reader';
import { isSkipped, type SkippedDocument, type WorkspaceDocument } from '../workspace';
import type { Finding, Reading } from '../types';
import { readKeyOf, readOptions, recentKey, recentText, storedReading, storeKey } from './documents';
import { confidentStory, inOneSmallFolder, provisionalStory, storyCandidates, type FolderText } from './openStory';
import { nextTurn, type ForeseenStory, type Job, type ServiceState } from './state';

/** Open articles given a provisional story at most (an editor restores a few tabs; each costs a scan of the folder). */
const MAX_OPEN = 4;
/**
 * Members this thread reads while the reader threads start: spawning them and loading their models takes about as long
 * as reading this many here (1-3 s, more on a busy machine), on the same two cores. A story this small is read here
 * alone, and the threads start after its findings are out; a larger one's first members go to the threads as well.
 */
const READ_HERE = 8;

/**
 * Checks the provisional story of each open article (that no stored story covers) and keeps it for `preview` and for
 * the load, which takes its readings; returns the open articles shown so.
 */
export async function checkOpenStories(
  s: ServiceState,
  found: Map<string, WorkspaceDocument | SkippedDocument | undefined>,
  first: () => string[],
  reader: Reader,
  signal: AbortSignal | undefined,
  mark: (step: string) => void = () => undefined,
): Promise<string[]> {
  const options = storyOptions(s.config);
  // Pinned stories and groupings by folder are known from the paths: the load places those articles at once.
  if ((options.grouping ?? 'auto') !== 'auto' || (options.pinned?.length ?? 0) > 0) return [];
  const folder: FolderText[] = [];
  for (const [uri, document] of found) {
    if (document && !isSkipped(document)) folder.push({ uri, name: document.name, text: document.text, date: s.config.sources[document.name]?.date, version: document.version });
  }
  const byUri = new Map(folder.map((article) => [article.uri, article]));
  const shown: string[] = [];
  for (const uri of first().slice(0, MAX_OPEN)) {
    const open = byUri.get(uri);
    if (!open || s.foreseen.has(uri) || signal?.aborted) continue;
    const story = await checkOpenStory(s, open, folder, byUri, options, reader, signal, mark);
    if (!story || signal?.aborted) continue;
    for (const member of story.readings.keys()) if (!s.foreseen.has(member)) s.foreseen.set(member, story);
    shown.push(uri);
  }
  return shown;
}

async function checkOpenStory(
  s: ServiceState,
  open: FolderText,
  folder: FolderText[],
  byUri: Map<string, FolderText>,
  options: StoryOptions,
  reader: Reader,
  signal: AbortSignal | undefined,
  mark: (step: string) => void,
): Promise<ForeseenStory | undefined> {
  const candidates = storyCandidates(open, folder);
  mark(`scanned: ${candidates.uris.length} candidates${candidates.truncated ? ', more left out' : ''}`);
  // A scan that left candidates out gives no confident story (confidentStory): not grouped (seconds at 10,000 articles).
  if (candidates.truncated) return undefined;
  // The provisional index knows the folder's directories as the load's does (a small one is one event's folder).
  const listing = folder.map((article) => article.name);
  const regroup = (pool: string[]) => provisionalStory(open, pool.map((member) => byUri.get(member)!), () => s.newStoryIndex(options), listing);
  const members = regroup(candidates.uris);
  const oneSmallFolder = members !== undefined && inOneSmallFolder(open.name, members.map((member) => byUri.get(member)!.name), listing);
  const confident = members !== undefined && confidentStory(open.uri, candidates, members, regroup, oneSmallFolder);
  mark(`grouped: ${members?.length ?? 1} members, ${confident ? 'confident' : 'not confident'}`);
  if (!members || !confident) return undefined;
  const readings = await readMembers(s, members.map((member) => byUri.get(member)!), reader, signal);
  mark('members read');
  if (signal?.aborted || readings.some((r) => r === undefined)) return undefined;
  let findings: Finding[];
  try {
    findings = runChecks(buildCorpus(readings as Reading[], s.config), s.config);
  } catch {
    return undefined; // the load checks it, and reports what failed
  }
  mark('checked');
  return { readings: new Map((readings as Reading[]).map((r) => [r.uri, r])), findings, provisional: true };
}

/**
 * The members' readings: the open article's preview made its own; the others are found in the store, else read here,
 * from the last member back (at start the reader threads are not loaded yet, while this thread has the models from the
 * preview); those beyond the last READ_HERE are given to the reader too, and read by whichever starts them first.
 */
async function readMembers(s: ServiceState, articles: FolderText[], reader: Reader, signal: AbortSignal | undefined): Promise<Array<Reading | undefined>> {
  const readings: Array<Reading | undefined> = articles.map(() => undefined);
  const jobs = articles.map((article): Job => ({ uri: article.uri, name: article.name, text: article.text, readKey: readKeyOf(s, article.name), version: article.version ?? 0 }));
  const dropped = jobs.map(() => new AbortController());
  const elsewhere = jobs.map(async (job, i) => {
    const abort = () => dropped[i].abort();
    signal?.addEventListener('abort', abort, { once: true });
    try {
      const toThreads = i < jobs.length - READ_HERE;
      const reading = recentText(s.recent.get(recentKey(job.uri, job.readKey, job.text)), job.text) ?? (await storedOrRead(s, job, toThreads ? reader : undefined, dropped[i].signal));
      readings[i] ??= reading;
    } catch {
      // read here, or by the load
    } finally {
      signal?.removeEventListener('abort', abort);
    }
  });
  for (let i = jobs.length - 1; i >= 0; i--) {
    await nextTurn();
    if (readings[i] || signal?.aborted) continue;
    dropped[i].abort();
    try {
      readings[i] = readArticle(jobs[i].text, readOptions(s, jobs[i]));
      s.options.store?.set(storeKey(s, jobs[i]), readings[i]!);
    } catch {
      return readings; // the load reads it again, and skips it if it fails there
    }
  }
  // A thread's read that this thread did first is not waited for (a thread still loading its models takes seconds).
  await Promise.all(elsewhere.filter((_, i) => readings[i] === undefined));
  return readings;
}

/** A reading from the store, else from the reader if one is given (and then kept in the store). */
async function storedOrRead(s: ServiceState, job: Job, reader: Reader | undefined, signal: AbortSignal): Promise<Reading | undefined> {
  const key = s.options.store && storeKey(s, job);
  const stored = await storedReading(s, job, key);
  if (stored || !reader) return stored;
  const reading = await reader.read({ text: job.text, options: readOptions(s, job) }, signal);
  if (key) s.options.store!.set(key, reading);
  return reading;
}
