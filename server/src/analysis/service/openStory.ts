// The open article's story before the story index has seen the folder (a cold start: nothing stored). The story
// index places an article only once it has seen every article, which takes seconds at thousands of articles; the
// editor waits for the open article's findings across articles meanwhile. Blocking instead of a full pass: the
// folder's raw texts are scanned for the open article's rarest capitalised words and figures (no reading, no
// signature), the few articles that share the most of them are given, with the open article, to a story index of
// their own (the same model and grouping, corpus/stories.ts), and the open article's story there is its provisional
// story. The load then publishes the real one.
import { commonShare, stemWord } from '../corpus/storySignature';
import type { StoryIndex } from '../corpus/stories';
import { directoryOf, SMALL_FOLDER } from '../corpus/storyDirectories';

/** A capitalised word or a figure (digits, with thousands or decimal separators): an event's people, places and numbers. */
const KEY_TOKEN = /\p{Lu}[\p{L}\p{M}]+|\d+(?:[,.]\d+)*/gu;
/** A figure is a key when it has three digits or more and ends in two ("1,200", "350", not "7" nor "2.5"). */
const isKeyFigure = (token: string) => /\d\d$/.test(token) && token.replace(/\D/g, '').length >= 3;
/** A capitalised word used by more than this share of general news ("The", "Monday") says nothing about one event. */
const COMMON_SHARE = 0.02;
/** Keys taken from the open article at most (its rarest ones are used). */
const MAX_KEYS = 200;
/** A key used by more than this share of the folder (and more than RARE_MIN articles) is not rare there. */
const RARE_SHARE = 0.02;
const RARE_MIN = 5;
/** An article must share this many rare keys with the open one to be a candidate. */
const SHARED_MIN = 2;
/** The most candidates given to the provisional story index. */
export const MAX_CANDIDATES = 48;

export interface FolderText {
  uri: string;
  /** Workspace-relative path (the story index's `path`). */
  name: string;
  text: string;
  date?: string;
  /** The editor's version of an open document's text. */
  version?: number;
}

/** What the scan found: the candidates, best first, and whether more qualified than were taken. */
export interface Candidates {
  uris: string[];
  truncated: boolean;
}

/** The open article's keys: its capitalised words that general news does not use often, and its long figures. */
export function keysOf(text: string): Set<string> {
  const keys = new Set<string>();
  for (const m of text.matchAll(KEY_TOKEN)) {
    const token = m[0];
    if (keys.has(token) || token.length < 3) continue;
    if (/^\d/.test(token) ? !isKeyFigure(token) : commonShare(stemWord(token.toLowerCase())) > COMMON_SHARE) continue;
    keys.add(token);
    if (keys.size >= MAX_KEYS) break;
  }
  return keys;
}

/**
 * The open article's keys where they stand as whole tokens of KEY_TOKEN in another text: its words not inside a longer
 * capitalised word ("Donald" in "McDonald"), its figures not inside a longer figure ("200" in "1,200"). One search for
 * the keys themselves: cutting every text into tokens to look each up took 5-6 times as long (gen10k).
 */
export function keyPattern(keys: Iterable<string>): RegExp | undefined {
  const words: string[] = [];
  const figures: string[] = [];
  for (const key of keys) (/^\d/.test(key) ? figures : words).push(key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = [];
  // The look back is bounded: unbounded, it ran back over a whole run of letters at every position (quadratic on a
  // hostile text of one long word); no real word has its capital this far before one of its keys.
  if (words.length > 0) parts.push(`(?<!\\p{Lu}[\\p{L}\\p{M}]{0,63})(?:${words.join('|')})(?![\\p{L}\\p{M}])`);
  if (figures.length > 0) parts.push(`(?<!\\d|\\d[,.])(?:${figures.join('|')})(?![,.]?\\d)`);
  return parts.length === 0 ? undefined : new RegExp(parts.join('|'), 'gu');
}

/**
 * The folder's articles that share the most rare keys with the open one, weighted by how rare each key is in the
 * folder (a scan of the raw texts: one search for the keys over each).
 */
export function storyCandidates(open: FolderText, folder: Iterable<FolderText>): Candidates {
  const keys = keysOf(open.text);
  const pattern = keyPattern(keys);
  if (!pattern) return { uris: [], truncated: false };
  const index = new Map<string, number>();
  for (const key of keys) index.set(key, index.size);
  const df = new Int32Array(index.size);
  const hits: Array<{ uri: string; keys: number[] }> = [];
  let count = 0;
  for (const article of folder) {
    if (article.uri === open.uri) continue;
    count++;
    let found: number[] | undefined;
    const seen = new Set<number>();
    for (const m of article.text.matchAll(pattern)) {
      const k = index.get(m[0]);
      if (k === undefined || seen.has(k)) continue;
      seen.add(k);
      (found ??= []).push(k);
    }
    if (!found) continue;
    for (const k of found) df[k]++;
    if (found.length >= SHARED_MIN) hits.push({ uri: article.uri, keys: found });
  }
  const rareMax = Math.max(RARE_MIN, RARE_SHARE * count);
  const weight = Array.from(df, (n) => (n > 0 && n <= rareMax ? Math.log((count + 1) / n) : 0));
  const scored = hits
    .map((hit) => ({ uri: hit.uri, rare: hit.keys.filter((k) => weight[k] > 0).length, score: hit.keys.reduce((sum, k) => sum + weight[k], 0) }))
    .filter((hit) => hit.rare >= SHARED_MIN)
    .sort((a, b) => b.score - a.score || (a.uri < b.uri ? -1 : 1));
  return { uris: scored.slice(0, MAX_CANDIDATES).map((hit) => hit.uri), truncated: scored.length > MAX_CANDIDATES };
}

/**
 * The open article's provisional story: its story among the candidates, grouped by a story index of their own (made as
 * the service makes the folder's); the members, sorted (the open article included), or undefined when it stands alone.
 */
export function provisionalStory(open: FolderText, candidates: FolderText[], newIndex: () => StoryIndex, listing?: string[]): string[] | undefined {
  const index = newIndex();
  if (listing) index.listed?.(listing);
  const given = [open, ...candidates].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  for (const article of given) index.update(article.uri, article.text, { path: article.name, date: article.date });
  const id = index.storyOf(open.uri);
  const members = id === undefined ? [] : (index.stories().find((story) => story.id === id)?.uris ?? []);
  return members.length > 1 ? members : undefined;
}

/**
 * Whether every member of a provisional story is in the open article's directory, and that directory is small: one
 * event's folder, whose articles the story index binds by a prior (corpus/stories.ts SMALL_FOLDER) whatever else the
 * folder holds. `listing`: the folder's workspace-relative paths.
 */
export function inOneSmallFolder(open: string, members: string[], listing: string[]): boolean {
  const directory = directoryOf(open);
  if (!members.every((member) => directoryOf(member) === directory)) return false;
  let count = 0;
  for (const path of listing) if (directoryOf(path) === directory && ++count > SMALL_FOLDER) return false;
  return true;
}

/**
 * Whether a provisional story is likely the one the load arrives at, so that its findings may be shown before: the
 * scan left no qualified candidate out, and the story lies in the open article's small folder (`oneSmallFolder`), or
 * its other members are the scan's best candidates (the blocking and the story model agree) and a third of the pool
 * gives the same members (a steady story). Measured on the clusters, `fresh/` and PolNeAR (docs/speed.md), each
 * condition removed findings shown first that the load then withdrew, and the small folder's showed more with none.
 */
export function confidentStory(open: string, candidates: Candidates, members: string[], regroup: (pool: string[]) => string[] | undefined, oneSmallFolder = false): boolean {
  if (candidates.truncated || members.length < 2) return false;
  if (oneSmallFolder) return true;
  const best = new Set(candidates.uris.slice(0, members.length - 1));
  if (!members.every((uri) => uri === open || best.has(uri))) return false;
  const fewer = regroup(candidates.uris.slice(0, Math.max(members.length, Math.ceil(candidates.uris.length / 3))));
  return fewer !== undefined && fewer.length === members.length && fewer.every((uri, i) => uri === members[i]);
}
