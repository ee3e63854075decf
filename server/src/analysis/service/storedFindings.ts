// A story's findings kept in the store beside its readings. The same members (each one's uri, name and reading key) under
// the same config give the same findings, so a reopened folder's stories are not checked again: at 10,000 articles the
// open file's story of 70 articles took 350 ms of the 800 ms from server start to its findings, checked on the main thread.
import type { Finding } from '../types';
import { storeKeyFor } from './documents';
import { articlesKey, type StoredArticle } from './stamps';
import type { ServiceState } from './state';

/** The key of a story's findings in the store: the config and every member's uri, name and reading key. */
export function findingsKey(s: ServiceState, members: StoredArticle[]): string {
  if (s.configKey?.config !== s.config) s.configKey = { config: s.config, json: JSON.stringify(s.config) };
  return articlesKey(s.configKey.json, members);
}

/** A loaded story's findings key, from its members' texts; undefined when a member is not read or the store keeps no findings. */
export function storyFindingsKey(s: ServiceState, uris: readonly string[]): string | undefined {
  if (!s.options.store?.getFindings) return undefined;
  const members: StoredArticle[] = [];
  for (const uri of uris) {
    const doc = s.docs.get(uri);
    if (!doc) return undefined;
    members.push({ uri, name: doc.name, storeKey: storeKeyFor(s, uri, doc.readKey, doc.text) });
  }
  return members.length > 0 ? findingsKey(s, members) : undefined;
}

/** The findings the store keeps under `key`, noted as kept (not written again). */
export async function storedFindings(s: ServiceState, key: string | undefined): Promise<Finding[] | undefined> {
  if (key === undefined) return undefined;
  const found = await s.options.store!.getFindings!(key).catch(() => undefined);
  if (found) s.findingsKept.add(key);
  return found;
}

/** Gives a story's findings to the store, unless it holds them already. */
export function keepStoryFindings(s: ServiceState, key: string | undefined, findings: Finding[]): void {
  if (key === undefined || !s.options.store?.setFindings || s.findingsKept.has(key)) return;
  s.findingsKept.add(key);
  s.options.store.setFindings(key, findings);
}

/** When a load ends: each story's findings that the store does not hold yet (those checked on this thread). */
export function keepFindings(s: ServiceState): void {
  if (!s.options.store?.setFindings) return;
  for (const known of s.stories.stories()) {
    const findings = s.storyStates.get(known.id)?.findings;
    if (findings) keepStoryFindings(s, storyFindingsKey(s, known.uris), findings);
  }
}
