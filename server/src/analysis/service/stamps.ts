// What a session knew of each file of a folder, kept in the store with the folder's stories: the stamp the file had
// when it was read (`Workspace.stamp`, on disk its size, times and inode) and its reading's key in the store. A
// reopened folder then knows the key of its stories by a `stat` of each file, and reads only the files that changed,
// were never stamped (an editor's text) or are in the open documents' stories.
import { contentHash } from '../text/hash';
import { isSkipped, type SkippedDocument, type WorkspaceDocument } from '../workspace';
import type { FolderStamps } from '../reader';
import { readKeyOf, storeKeyFor } from './documents';
import { nextTurn, type ServiceState } from './state';

/** An article as the folder's key in the store counts it (`foresee`): uri, name and its reading's key. */
export interface StoredArticle {
  uri: string;
  name: string;
  storeKey: string;
}

/**
 * A key of articles as the store knows them (each one's uri, name and reading key, in uri order) under `head`: the
 * folder's stories (`foresee.ts`) and a story's findings (`storedFindings.ts`).
 */
export function articlesKey(head: string, articles: readonly StoredArticle[]): string {
  const lines = articles.map((a) => `${a.uri}\t${a.name}\t${a.storeKey}`).sort();
  return contentHash([head, ...lines].join('\n'));
}

/** Files stamped per turn of the event loop. */
const STAMP_CHUNK = 1024;

/**
 * The key of a folder's stamps in the store: its files (the uris, sorted) and what a reading depends on in the config
 * besides a file's name and text, so that a stamp stands for the same reading's key.
 */
function stampsKey(s: ServiceState, uris: string[]): string {
  return contentHash(['stamps', JSON.stringify([s.config.sources, s.config.tolerances]), ...uris].join('\n'));
}

/** Keeps every file's stamp and reading key beside the stories; a file without a stamp is read on the next reopen. */
export function keepStamps(s: ServiceState): void {
  const store = s.options.store;
  if (!store?.setStamps || !s.workspace.stamp) return;
  const uris = [...new Set([...s.docs.keys(), ...s.skippedDocs.keys()])].sort();
  const files: FolderStamps = uris.map((uri) => {
    const doc = s.docs.get(uri);
    if (doc) return [doc.stamp ?? null, doc.name, storeKeyFor(s, uri, doc.readKey, doc.text)];
    const skipped = s.skippedDocs.get(uri)!;
    return [skipped.stamp ?? null, skipped.name, null];
  });
  const key = stampsKey(s, uris);
  const kept = s.storedStamps;
  if (kept?.key === key && JSON.stringify(kept.files) === JSON.stringify(files)) return;
  s.storedStamps = { key, files };
  store.setStamps(key, files);
}

/**
 * A reopened folder's articles as its stories' key counts them, known by the files' stamps where they are as a session
 * left them; the other files read (and returned, with the editor's open texts). Undefined when the store knows no
 * stamps for this list of files: then every text is read.
 */
export async function articlesByStamps(
  s: ServiceState,
  uris: string[],
): Promise<{ articles: StoredArticle[]; read: Map<string, WorkspaceDocument | SkippedDocument | undefined> } | undefined> {
  const { workspace } = s;
  if (!workspace.stamp || !s.options.store?.getStamps) return undefined;
  const key = stampsKey(s, uris);
  const known = await s.options.store.getStamps(key).catch(() => undefined);
  if (!known || known.length !== uris.length) return undefined;
  // Compared when the load ends (`keepStamps`), not here on the way to the open file's findings.
  s.storedStamps = { key, files: known };
  const articles: StoredArticle[] = [];
  const read = new Map<string, WorkspaceDocument | SkippedDocument | undefined>();
  for (const [i, uri] of uris.entries()) {
    if (i % STAMP_CHUNK === STAMP_CHUNK - 1) await nextTurn();
    const [stamp, name, storeKey] = known[i]!;
    if (stamp !== null && workspace.stamp(uri, s.config) === stamp) {
      if (storeKey !== null) articles.push({ uri, name, storeKey });
      continue;
    }
    const document = workspace.read(uri, s.config);
    read.set(uri, document);
    if (document && !isSkipped(document)) articles.push({ uri, name: document.name, storeKey: storeKeyFor(s, uri, readKeyOf(s, document.name), document.text) });
  }
  return { articles, read };
}
