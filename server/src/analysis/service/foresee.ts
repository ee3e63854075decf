// A folder's stories kept in the store: written when a load ends, and looked up when the folder is reopened, so that
// the open documents' stories are checked before the story index has seen the whole folder.
import { buildCorpus } from '../corpus/corpus';
import { storyOptions } from '../corpus/stories';
import { runChecks } from '../checks/checks';
import { isSkipped, type SkippedDocument, type WorkspaceDocument } from '../workspace';
import type { Finding, Reading } from '../types';
import { readKeyOf, storeKeyFor } from './documents';
import { articlesKey, keepStamps, type StoredArticle } from './stamps';
import { findingsKey, keepFindings, keepStoryFindings, storedFindings } from './storedFindings';
import type { ForeseenStory, ServiceState } from './state';

/**
 * The key of a whole folder's stories in the store: every article's uri, name and store key, and the story options.
 * The same key means the same texts read the same way, given to the story index in the same order: the same stories.
 */
function folderKey(s: ServiceState, articles: StoredArticle[]): string {
  return articlesKey(JSON.stringify(storyOptions(s.config)), articles);
}

/** Keeps the stories a load arrived at, for the next session to find before it has grouped the folder again. */
export function keepStories(s: ServiceState): void {
  if (!s.options.store?.setStories || s.unread.size > 0) return;
  const articles = [...s.docs.keys()].sort().map((uri) => {
    const doc = s.docs.get(uri)!;
    return { uri, name: doc.name, storeKey: storeKeyFor(s, uri, doc.readKey, doc.text) };
  });
  keepStamps(s);
  const key = folderKey(s, articles);
  const groups = s.stories.stories().map((known) => known.uris);
  const json = JSON.stringify(groups);
  if (s.storedStories?.key !== key || s.storedStories.json !== json) {
    s.storedStories = { key, json };
    s.options.store.setStories(key, groups);
  }
  // After the stories: the store writes in turn, and a session ending soon may leave the last writes undone.
  keepFindings(s);
}

/**
 * Reopening a folder whose texts are as a session left them (`articles`: each one's reading key, known from its text or
 * from its file's stamp, `service/stamps.ts`): the store knows its stories, which the story index
 * would know only once it has seen every article (seconds at thousands of articles). The open documents' stories
 * are checked at once from their stored readings, and `preview` answers with their findings until the load ends.
 * The stories found are those the story index arrives at (the same texts, in the same order), so the findings are
 * those the load publishes after. Anything missing (a story, a reading) leaves it to the load. The checks run on
 * this thread: at start the reader threads are still loading their models (seconds on a busy machine), and this
 * is the story the editor waits for. Meanwhile `preview` answers nothing (an open article is not read on this
 * thread for a preview its story is about to replace); `foreseen` says when to ask again.
 */
export async function foresee(
  s: ServiceState,
  articles: StoredArticle[],
  document: (uri: string) => WorkspaceDocument | SkippedDocument | undefined,
  first: () => string[],
  signal: AbortSignal | undefined,
  mark: (step: string) => void = () => undefined,
): Promise<string[]> {
  const key = folderKey(s, articles);
  const groups = await s.options.store!.getStories!(key).catch(() => undefined);
  mark(groups ? `stories found: ${groups.length}` : 'no stories kept');
  if (!groups || signal?.aborted) return [];
  s.storedStories = { key, json: JSON.stringify(groups) };
  return checkForeseen(s, groups, document, first, signal, mark);
}

/** The articles of a folder whose texts were read: each one's name and key in the store. */
export function articlesOf(s: ServiceState, found: Map<string, WorkspaceDocument | SkippedDocument | undefined>): StoredArticle[] {
  const articles: StoredArticle[] = [];
  for (const [uri, document] of found) {
    if (document && !isSkipped(document)) articles.push({ uri, name: document.name, storeKey: storeKeyFor(s, uri, readKeyOf(s, document.name), document.text) });
  }
  return articles;
}

/**
 * The open documents' stories among `groups`, checked from their stored readings (each confirmed by the text `document`
 * gives); the uris of the stories shown. A story with a member gone, skipped or not in the store is left to the load.
 */
async function checkForeseen(
  s: ServiceState,
  groups: string[][],
  document: (uri: string) => WorkspaceDocument | SkippedDocument | undefined,
  first: () => string[],
  signal: AbortSignal | undefined,
  mark: (step: string) => void,
): Promise<string[]> {
  const shown: string[] = [];
  const store = s.options.store!;
  const open = new Set(first());
  const fetched = await Promise.all(
    groups
      .filter((group) => group.some((uri) => open.has(uri)))
      .map(async (group) => {
        const members: StoredArticle[] = [];
        const readings = await Promise.all(
          group.map(async (member) => {
            const found = document(member);
            if (!found || isSkipped(found)) return undefined;
            const key = storeKeyFor(s, member, readKeyOf(s, found.name), found.text);
            members.push({ uri: member, name: found.name, storeKey: key });
            const stored = await store.get(key).catch(() => undefined);
            if (!stored || stored.text !== found.text) return undefined;
            stored.uri = member;
            stored.version = found.version ?? 0;
            return stored;
          }),
        );
        if (!readings.every((r) => r !== undefined)) return { group, readings: undefined };
        const key = store.getFindings ? findingsKey(s, members) : undefined;
        return { group, readings: readings as Reading[], key, findings: await storedFindings(s, key) };
      }),
  );
  mark(`stored readings fetched: ${fetched.reduce((n, f) => n + (f.readings?.length ?? 0), 0)}, findings of ${fetched.filter((f) => f.findings).length} stories`);
  for (const { group, readings, key, findings: kept } of fetched) {
    if (!readings || signal?.aborted) continue;
    let findings: Finding[];
    try {
      findings = kept ?? runChecks(buildCorpus(readings, s.config), s.config);
    } catch {
      continue; // the load checks it, and reports what failed
    }
    if (!kept) keepStoryFindings(s, key, findings);
    const story: ForeseenStory = { readings: new Map(readings.map((r) => [r.uri, r])), findings };
    for (const member of group) s.foreseen.set(member, story);
    shown.push(...group);
  }
  return shown;
}
