// One document's way into the service: a text accepted (a job to read, or nothing left to read), its reading
// installed, removed or skipped, and the stories it left or joined dropped for rebuilding.
import type { Config } from '../config';
import { storyOptions, type StoryOptions } from '../corpus/stories';
import { factsOfReading, type LeadFacts } from '../corpus/storyFacts';
import defaultTolerances from '../data/tolerances.json';
import { readArticle, type ReadOptions } from '../read/readArticle';
import { contentHash } from '../text/hash';
import { isSkipped, type SkippedDocument, type WorkspaceDocument } from '../workspace';
import type { Reading } from '../types';
import type { PackedReading } from '../reader';
import { RECENT_READINGS, touchDocument, type Doc, type Job, type ServiceState } from './state';

/**
 * Brings one document in line with what the workspace holds for it, short of reading it: the job to
 * read, or undefined when nothing is left to read (removed, skipped, unchanged, being read, read a moment ago).
 */
export function accept(
  s: ServiceState,
  uri: string,
  found: WorkspaceDocument | SkippedDocument | undefined,
  group: (uri: string, name: string, text: string) => void = (u, name, text) => addToStory(s, u, name, text),
): Job | undefined {
  if (!found) {
    if (s.skippedDocs.delete(uri)) touchDocument(s, uri);
    removeDoc(s, uri);
    return undefined;
  }
  if (isSkipped(found)) {
    skip(s, found);
    return undefined;
  }
  if (s.skippedDocs.delete(uri)) touchDocument(s, uri);
  const previous = s.docs.get(uri);
  const readKey = readKeyOf(s, found.name);
  const inFlight = s.unread.get(uri);
  if (inFlight && inFlight.text === found.text && inFlight.readKey === readKey && inFlight.name === found.name) {
    if (found.version !== undefined) inFlight.version = found.version;
    inFlight.stamp = found.stamp;
    return undefined;
  }
  if (previous && previous.text === found.text && previous.readKey === readKey && previous.name === found.name) {
    s.unread.delete(uri); // a text put back as it was (an undo) while its edit was being read
    if (found.version !== undefined) setVersion(previous, found.version);
    previous.stamp = found.stamp;
    return undefined;
  }
  const version = found.version ?? inFlight?.version ?? (previous ? previous.version + 1 : 0);
  const job: Job = { uri, name: found.name, text: found.text, readKey, version, stamp: found.stamp };
  s.unread.set(uri, job);
  if (!inFlight || inFlight.text !== found.text || inFlight.name !== found.name) group(uri, found.name, found.text);
  const cached = recentReading(s, job);
  if (cached) {
    finish(s, job, () => cached);
    // Kept for the next session too: an open article's preview is read here, not by the load.
    s.options.store?.set(storeKey(s, job), cached);
    return undefined;
  }
  return job;
}

/** What a document's reading depends on besides its text: its source, its date and the tolerances. */
export function readKeyOf(s: ServiceState, name: string, under = s.config): string {
  const source = under.sources[name] ?? {};
  return JSON.stringify([source.source ?? fallbackName(name), articleDate(under, name) ?? null, under.tolerances]);
}

export function readOptions(s: ServiceState, job: Job, under = s.config): ReadOptions {
  const source = under.sources[job.name] ?? {};
  return { uri: job.uri, version: job.version, source: source.source ?? fallbackName(job.name), date: articleDate(under, job.name), tolerances: under.tolerances };
}

/** Installs a job's reading, unless newer text came meanwhile; a reading that throws skips the document. */
export function finish(s: ServiceState, job: Job, read: () => Reading): void {
  if (s.unread.get(job.uri) !== job) return;
  let reading: Reading;
  try {
    reading = read();
  } catch (error) {
    skip(s, { uri: job.uri, name: job.name, reason: `skipped: the article could not be analysed (${error instanceof Error ? error.message : String(error)})` });
    return;
  }
  s.unread.delete(job.uri);
  const previous = s.docs.get(job.uri);
  if (previous) remember(s, job.uri, previous);
  s.docs.set(job.uri, { name: job.name, text: reading.text, version: reading.version, meta: reading.meta, reading, readKey: job.readKey, stamp: job.stamp });
  // A document read again is in the list already (sorting 840 uris at every keystroke took half a millisecond).
  if (!previous) s.sortedUris = undefined;
  touchDocument(s, job.uri);
  const id = s.stories.storyOf(job.uri);
  if (id !== undefined) invalidate(s, [id]);
  packOnceIndexed(s, job.uri);
}

/**
 * With `ServiceOptions.packReadings` (a check run), a document's reading is packed once the story index has seen the
 * document (it may take lead facts from the reading): until its story's check, nothing asks for it.
 */
function packOnceIndexed(s: ServiceState, uri: string): void {
  const packer = s.options.packReadings;
  if (!packer || !packs(s) || s.feeding.has(uri) || s.unread.has(uri)) return;
  const doc = s.docs.get(uri);
  if (!doc?.reading) return;
  doc.packed = packer.pack(doc.reading);
  doc.reading = undefined;
}

/** From this many articles in the folder on, a check run packs its readings (`ServiceOptions.packReadings`). */
export const PACK_FROM = 2000;

/** Whether this service packs readings: a check run (`dropCheckedReadings`) with a packer, over a folder of `packReadingsFrom` or more. */
export function packs(s: ServiceState): boolean {
  return s.options.packReadings !== undefined && s.options.dropCheckedReadings === true && s.docs.size + s.unread.size + s.feeding.size >= (s.options.packReadingsFrom ?? PACK_FROM);
}

/** A document's reading packed (packed now if it was not), for a check made elsewhere; undefined without a packer. */
export function packedOf(s: ServiceState, uri: string): PackedReading | undefined {
  const doc = s.docs.get(uri);
  const packer = s.options.packReadings;
  if (!doc || !packer) return undefined;
  if (!doc.packed) doc.packed = packer.pack(readingOf(s, uri)!);
  return doc.packed;
}

export const recentKey = (uri: string, readKey: string, text: string) => `${uri}\n${readKey}\n${contentHash(text)}`;

export function recentReading(s: ServiceState, job: Job): Reading | undefined {
  if (s.recent.size === 0) return undefined;
  const key = recentKey(job.uri, job.readKey, job.text);
  const cached = s.recent.get(key);
  if (!cached || cached.text !== job.text) return undefined;
  s.recent.delete(key);
  cached.version = job.version;
  return cached;
}

/** A remembered reading, when it is of this very text (a hash is no proof). */
export function recentText(reading: Reading | undefined, text: string): Reading | undefined {
  return reading?.text === text ? reading : undefined;
}

/**
 * The store's reading of a job's text, confirmed by the text itself (a hash is no proof) and given the job's uri and
 * version (the store keys a reading by what it reads, not where), or undefined.
 */
export async function storedReading(s: ServiceState, job: Job, key: string | undefined): Promise<Reading | undefined> {
  const stored = key ? await s.options.store!.get(key).catch(() => undefined) : undefined;
  return stored ? reboundTo(stored, job) : undefined;
}

/** A reading of the job's very text, given the job's uri and version; undefined for another text. */
export function reboundTo(reading: Reading, job: Job): Reading | undefined {
  if (reading.text !== job.text) return undefined;
  reading.uri = job.uri;
  reading.version = job.version;
  return reading;
}

/** The key of a reading in the persistent store: its text and what it depends on, not where it is. */
export function storeKey(s: ServiceState, job: Job): string {
  return storeKeyFor(s, job.uri, job.readKey, job.text);
}

export function storeKeyFor(s: ServiceState, uri: string, readKey: string, text: string): string {
  const known = s.storeKeys.get(uri);
  if (known && known.readKey === readKey && known.text === text) return known.key;
  const key = storeKeyOf(readKey, text);
  s.storeKeys.set(uri, { readKey, text, key });
  return key;
}

/** The key of a reading in the persistent store: its text and what it depends on, not where it is. */
function storeKeyOf(readKey: string, text: string): string {
  return contentHash(`${readKey}\n${text}`);
}

/**
 * A document's reading: unpacked if it was packed, or read again on this thread if a check run let it go (the same text
 * and options give the same reading).
 */
export function readingOf(s: ServiceState, uri: string): Reading | undefined {
  const doc = s.docs.get(uri);
  if (!doc || doc.reading) return doc?.reading;
  if (doc.packed) return (doc.reading = unpacked(s, doc));
  const job: Job = { uri, name: doc.name, text: doc.text, readKey: doc.readKey, version: doc.version };
  doc.reading = readArticle(doc.text, readOptions(s, job));
  doc.meta = doc.reading.meta;
  return doc.reading;
}

/** A packed reading, unpacked with the document's current version. */
function unpacked(s: ServiceState, doc: Doc): Reading {
  const reading = s.options.packReadings!.unpack(doc.packed!);
  reading.version = doc.version;
  return reading;
}

function setVersion(doc: Doc, version: number): void {
  doc.version = version;
  if (doc.reading) doc.reading.version = version;
}

export function remember(s: ServiceState, uri: string, doc: Pick<Doc, 'readKey' | 'reading'>): void {
  if (!doc.reading) return;
  s.recent.set(recentKey(uri, doc.readKey, doc.reading.text), doc.reading);
  if (s.recent.size > RECENT_READINGS) s.recent.delete(s.recent.keys().next().value!);
}

/** The story options, with the lead facts taken from the readings this service holds. */
export function indexOptions(s: ServiceState): StoryOptions {
  return { ...storyOptions(s.config), leadFacts: (uri, head) => leadFactsFromReading(s, uri, head) };
}

/**
 * An article's lead facts from its reading, when that is the reading of the text the story index was given (no newer
 * text waits) and was read as the story index reads heads (the default tolerances); else the index reads the head.
 */
function leadFactsFromReading(s: ServiceState, uri: string, head: string): LeadFacts | undefined {
  const doc = s.docs.get(uri);
  // A reading packed already (the story index asks again for an article it placed before) is unpacked for this only.
  const reading = doc?.reading ?? (doc?.packed && unpacked(s, doc));
  if (!doc || !reading || s.unread.has(uri) || !doc.text.startsWith(head)) return undefined;
  if (s.tolerancesOf !== s.config) {
    s.tolerancesOf = s.config;
    s.defaultTolerancesUsed = JSON.stringify(s.config.tolerances) === JSON.stringify(defaultTolerances);
  }
  return s.defaultTolerancesUsed ? factsOfReading(reading, head.length) : undefined;
}

/** The story index learns a text; the stories it left and joined are built again. */
export function addToStory(s: ServiceState, uri: string, name: string, text: string): void {
  const before = s.stories.storyOf(uri);
  const change = s.stories.update(uri, text, { path: name, date: s.config.sources[name]?.date });
  invalidate(s, change.changed, change.changed.length > 0);
  const after = s.stories.storyOf(uri);
  invalidate(
    s,
    [before, after].filter((id): id is string => id !== undefined),
    before !== after,
  );
  packOnceIndexed(s, uri);
}

export function skip(s: ServiceState, skipped: SkippedDocument): void {
  removeDoc(s, skipped.uri);
  const before = s.skippedDocs.get(skipped.uri);
  if (before?.reason !== skipped.reason || before.name !== skipped.name) touchDocument(s, skipped.uri);
  s.skippedDocs.set(skipped.uri, skipped);
}

export function removeDoc(s: ServiceState, uri: string): void {
  s.unread.delete(uri);
  s.storeKeys.delete(uri);
  const doc = s.docs.get(uri);
  if (doc) {
    remember(s, uri, doc);
    s.docs.delete(uri);
    s.sortedUris = undefined;
    touchDocument(s, uri);
  }
  const before = s.stories.storyOf(uri);
  if (before !== undefined) invalidate(s, [...s.stories.remove(uri).changed, before], true);
}

/** Drops the work of these stories; their members did not change unless the caller says so. */
export function invalidate(s: ServiceState, ids: string[], membersChanged = false): void {
  for (const id of ids) {
    s.storyStates.delete(id);
    s.corporaHeld.delete(id);
    s.recorders.forEach((t) => t.stories.add(id));
  }
  if (ids.length > 0) s.allFindings = undefined;
  if (membersChanged) s.storyById = undefined;
}

export function invalidateAll(s: ServiceState): void {
  invalidate(s, [...s.storyStates.keys()]);
  s.storyById = undefined;
  s.allFindings = undefined;
  s.emptyCorpus = undefined;
  // A memo holds its story's readings: they go with the rest of the work.
  s.storyMemos.clear();
  s.memoKeyOf.clear();
}

/** "seeds/000_642705d574fadfd9.txt" → "000_642705d574fadfd9". */
export function fallbackName(path: string): string {
  const base = (path.replace(/\\/g, '/').split('/').pop() ?? path).replace(/\.(txt|md|markdown)$/i, '');
  try {
    return decodeURIComponent(base);
  } catch {
    return base; // "100%.txt" is a name, not an escape
  }
}

/**
 * The publication date a reading takes when its text gives none: the config's (`sources`), else one written in the
 * file's name as archives name their files ("nyt_2016-07-15_latest-poll.txt"). The story index takes the config's
 * only: its model learned the gap between two articles' dates from reports whose dates their texts give.
 */
export function articleDate(config: Config, name: string): string | undefined {
  return config.sources[name]?.date ?? dateInName(name);
}

const NAME_DATE = /(?<!\d)((?:19|20)\d\d)[-_.]([01]\d)[-_.]([0-3]\d)(?!\d)/;

/** A calendar date written year first in a file's name (its folders left out), as YYYY-MM-DD. */
export function dateInName(name: string): string | undefined {
  const m = NAME_DATE.exec(name.replace(/\\/g, '/').split('/').pop() ?? name);
  if (!m) return undefined;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  // Only a day that exists: "2016-02-30" is no date.
  return new Date(`${date}T00:00:00Z`).toISOString().startsWith(date) ? date : undefined;
}

/** Config as it bears on readings and stories: everything but the reviewed fingerprints. */
export function withoutReviewed(config: Config): string {
  return JSON.stringify({ ...config, reviewed: [] });
}
