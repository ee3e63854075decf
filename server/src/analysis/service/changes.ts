// The workspace's pending changes taken and applied: the config first (a change of it lists the folder again and
// drops every story's work), then the documents that changed, read on the calling thread by `refresh`.
import { defaultConfig, parseConfig, type Config } from '../config';
import { storyOptions } from '../corpus/stories';
import { readArticle } from '../read/readArticle';
import { keepComparisons } from '../text/compareWording';
import type { Reading } from '../types';
import type { RefreshResult } from '../service';
import { accept, addToStory, finish, indexOptions, invalidateAll, readOptions, withoutReviewed } from './documents';
import { emptyResult, hasPending, recording, resultOf, type Job, type ServiceState } from './state';

export function refresh(s: ServiceState): RefreshResult {
  if (!hasPending(s)) return emptyResult();
  const touched = recording(s);
  try {
    for (const job of collect(s)) finish(s, job, () => readNow(s, job));
  } finally {
    s.recorders.delete(touched);
  }
  return resultOf(s, touched);
}

/**
 * A document read on the calling thread: one being edited, read again at each keystroke, keeps its sentences' values,
 * and the thread keeps the comparisons of quotations its story asks for at each keystroke.
 */
function readNow(s: ServiceState, job: Job): Reading {
  keepComparisons();
  return readArticle(job.text, { ...readOptions(s, job), keepSentences: true });
}

/** Takes the pending changes: applies the config, then names every document to bring up to date, sorted. */
export function takeChanges(s: ServiceState): string[] {
  if (s.reloadConfig) applyConfig(s);
  for (const uri of s.deletedUris) {
    const prefix = uri.endsWith('/') ? uri : `${uri}/`;
    for (const known of [...s.docs.keys(), ...s.skippedDocs.keys(), ...s.unread.keys()]) if (known === uri || known.startsWith(prefix)) s.changedUris.add(known);
    s.changedUris.add(uri);
  }
  s.deletedUris.clear();
  const uris = [...s.changedUris].filter((uri) => !s.feeding.has(uri)).sort();
  s.changedUris.clear();
  return uris;
}

/**
 * Takes the pending changes. Removals, skips, texts that did not change and texts read a moment ago
 * are applied here; the texts to read are returned. The story index learns every new text here, before it is read.
 */
function collect(s: ServiceState): Job[] {
  return takeChanges(s).flatMap((uri) => accept(s, uri, s.workspace.read(uri, s.config)) ?? []);
}

/** Loads the config; unless only `reviewed` changed, lists the workspace again and drops every story's work. */
function applyConfig(s: ServiceState): void {
  const first = !s.loaded;
  s.loaded = true;
  s.reloadConfig = false;
  const next = loadConfig(s);
  const changed = first || withoutReviewed(next) !== withoutReviewed(s.config);
  const regroup = first || JSON.stringify(storyOptions(next)) !== JSON.stringify(storyOptions(s.config));
  s.config = next;
  if (!changed) return;
  s.recorders.forEach((t) => (t.config = true));
  invalidateAll(s);
  const entries = s.workspace.list(s.config);
  if (regroup) {
    s.stories = s.newStoryIndex(indexOptions(s));
    s.storyById = undefined;
    s.stories.listed?.(entries.map((entry) => entry.name));
    const texts = new Map<string, { name: string; text: string }>();
    for (const [uri, doc] of s.docs) texts.set(uri, { name: doc.name, text: doc.text });
    for (const [uri, job] of s.unread) texts.set(uri, job);
    for (const uri of [...texts.keys()].sort()) addToStory(s, uri, texts.get(uri)!.name, texts.get(uri)!.text);
  } else s.stories.listed?.(entries.map((entry) => entry.name));
  // The new config may select other files and read them differently: list again; the reading of a
  // text whose source, date and tolerances did not change is kept.
  const listed = entries.map((entry) => entry.uri).sort();
  const keep = new Set(listed);
  for (const uri of [...s.docs.keys(), ...s.skippedDocs.keys(), ...s.unread.keys()]) if (!keep.has(uri)) s.changedUris.add(uri);
  for (const uri of listed) s.changedUris.add(uri);
}

export function loadConfig(s: ServiceState): Config {
  if (s.options.config) return s.options.config;
  const file = s.workspace.configFile();
  const parsed = file ? parseConfig(file.text) : { config: defaultConfig(), problems: [] };
  s.configFile = file ? { uri: file.uri, text: file.text, problems: parsed.problems } : undefined;
  const settings = s.options.settings?.() ?? {};
  if (settings.maxFileBytes !== undefined && parsed.config.maxFileBytes === defaultConfig().maxFileBytes) {
    parsed.config.maxFileBytes = settings.maxFileBytes;
  }
  return parsed.config;
}
