// The work kept per story: its corpus (for the stories asked about last), findings, entities and agreements,
// built from its members' current readings when first asked for after a change.
import { buildCorpus, type Corpus } from '../corpus/corpus';
import { forkStoryMemo, newStoryMemo, type StoryMemo } from '../corpus/storyMemo';
import type { Story } from '../corpus/stories';
import { runChecks } from '../checks/checks';
import type { PackedReading, Reader } from '../reader';
import type { Entity, Finding, Reading } from '../types';
import { packedOf, packs, readingOf } from './documents';
import { shareFindingStrings } from './findingStrings';
import { CORPORA_KEPT, type ServiceState, type StoryState } from './state';
import { keepStoryFindings, storedFindings, storyFindingsKey } from './storedFindings';

export function story(s: ServiceState, id: string): Story | undefined {
  s.storyById ??= new Map(s.stories.stories().map((known) => [known.id, known]));
  return s.storyById.get(id);
}

export function stateOf(s: ServiceState, id: string): StoryState | undefined {
  let state = s.storyStates.get(id);
  if (state) return state;
  if (!story(s, id)) return undefined;
  state = { agreements: new Map() };
  s.storyStates.set(id, state);
  return state;
}

/** A story's corpus: the one held, or built from its members' readings (the same readings give the same corpus). */
export function corpusOf(s: ServiceState, id: string): Corpus | undefined {
  const state = stateOf(s, id);
  if (!state) return undefined;
  state.corpus ??= buildCorpus(storyReadings(s, id), s.config, storyMemoOf(s, id));
  s.corporaHeld.delete(id);
  s.corporaHeld.add(id);
  for (const oldest of s.corporaHeld) {
    if (s.corporaHeld.size <= CORPORA_KEPT) break;
    s.corporaHeld.delete(oldest);
    const held = s.storyStates.get(oldest);
    if (held) held.corpus = undefined;
  }
  return state.corpus;
}

/**
 * The memo of a story built before (an edit builds it again), kept for the stories built again last: a load builds
 * each story once and keeps none.
 */
function storyMemoOf(s: ServiceState, id: string): StoryMemo | undefined {
  if (!s.storiesBuilt.has(id)) {
    s.storiesBuilt.add(id);
    return undefined;
  }
  const key = memoKey(s, id);
  let memo = s.storyMemos.get(key);
  if (!memo) {
    const last = s.memoKeyOf.get(id);
    const before = last === undefined ? undefined : s.storyMemos.get(last);
    s.storyMemos.set(key, (memo = before ? forkStoryMemo(before) : newStoryMemo()));
  }
  s.memoKeyOf.set(id, key);
  return memo;
}

/**
 * A story's memo is kept per set of members, a new set starting from a copy of the last set's memo. A memo holds one
 * build's entities and placed statements; an edit that moves its article in and out of a story (typing a word and
 * undoing it; at 10,000 generated articles, the bench's edit joins a story of 33 that stands as four without it) would
 * otherwise replace that memo at every step, and each step link and place the story from nothing.
 */
function memoKey(s: ServiceState, id: string): string {
  return `${id}\u0000${(story(s, id)?.uris ?? []).join('\u0001')}`;
}

/** The memo kept for a story as its members are now, if any. */
export function storyMemo(s: ServiceState, id: string): StoryMemo | undefined {
  return s.storyMemos.get(memoKey(s, id));
}

/**
 * Marks a story as one edited on this thread, so that its next build keeps a memo (service/prepareEdits.ts). Returns
 * whether it has one already, from an earlier build.
 */
export function markBuilt(s: ServiceState, id: string): boolean {
  if (storyMemo(s, id)) return true;
  s.storiesBuilt.add(id);
  return false;
}

/** The current readings of a story's members (read again if a check run let them go). */
export function storyReadings(s: ServiceState, id: string): Reading[] {
  return (story(s, id)?.uris ?? []).map((uri) => readingOf(s, uri)).filter((r): r is Reading => r !== undefined);
}

/** The packed readings of a story's members (`ServiceOptions.packReadings`). */
function storyPacked(s: ServiceState, id: string): PackedReading[] {
  return (story(s, id)?.uris ?? []).map((uri) => packedOf(s, uri)).filter((p): p is PackedReading => p !== undefined);
}

export function storyFindings(s: ServiceState, id: string): Finding[] {
  const state = stateOf(s, id);
  if (!state) return [];
  if (!state.findings) {
    state.findings = runChecks(corpusOf(s, id)!, s.config);
    letGo(s, id, state);
  }
  return state.findings;
}

/**
 * In a check run (`ServiceOptions.dropCheckedReadings`), a story whose findings are in lets its corpus and its members'
 * readings go: the reports need only the texts (line numbers) and the findings, and at 10,000 articles the readings
 * held 400 MB of the main thread's heap. Each document keeps its text; a question that needs a reading reads it again.
 */
function letGo(s: ServiceState, id: string, state: StoryState): void {
  if (!s.options.dropCheckedReadings) return;
  state.corpus = undefined;
  s.corporaHeld.delete(id);
  for (const uri of story(s, id)?.uris ?? []) {
    const doc = s.docs.get(uri);
    if (doc) [doc.reading, doc.packed] = [undefined, undefined];
  }
}

export function storyEntities(s: ServiceState, id: string): Entity[] {
  const state = stateOf(s, id);
  if (!state) return [];
  return (state.entities ??= corpusOf(s, id)!.entities);
}

/** One document's findings, through its story's findings grouped by document once. */
export function documentFindings(s: ServiceState, id: string, uri: string): Finding[] {
  const state = stateOf(s, id);
  if (!state) return [];
  if (!state.findingsByUri) {
    state.findingsByUri = new Map();
    for (const finding of storyFindings(s, id)) {
      const list = state.findingsByUri.get(finding.uri);
      if (list) list.push(finding);
      else state.findingsByUri.set(finding.uri, [finding]);
    }
  }
  return state.findingsByUri.get(uri) ?? [];
}

export function emptyCorpus(s: ServiceState): Corpus {
  return (s.emptyCorpus ??= buildCorpus([], s.config));
}

/**
 * A story's findings not made yet, from elsewhere than this thread: the store's, when it keeps them for these members
 * and this config (a reopened folder), else the reader's threads' (the findings are kept unless the story changed
 * meanwhile). Undefined when neither can give them (the story is checked here when asked).
 */
export function findingsElsewhere(s: ServiceState, id: string, reader: Reader, signal: AbortSignal | undefined): Promise<void> | undefined {
  const state = stateOf(s, id);
  if (!state || state.findings) return undefined;
  const key = storyFindingsKey(s, story(s, id)?.uris ?? []);
  if (key === undefined && !reader.check) return undefined;
  const current = () => s.storyStates.get(id) === state && !state.findings;
  const take = (findings: Finding[]) => {
    // A check run keeps every story's findings to the end; the server's are few and replaced as the user edits.
    state.findings = s.options.dropCheckedReadings ? shareFindingStrings(findings, story(s, id)?.uris ?? []) : findings;
    letGo(s, id, state);
  };
  const check = () => {
    if (!reader.check) return;
    // Packed, when the service packs readings: a check waiting for a thread then holds a fraction of their heap.
    const request = packs(s) ? { readings: [], packed: storyPacked(s, id), config: s.config } : { readings: storyReadings(s, id), config: s.config };
    return reader.check(request, signal).then(
      (findings) => {
        if (!current()) return;
        // Kept as each story is checked, not only when the load ends: a session closed soon after keeps most of them.
        keepStoryFindings(s, key, findings);
        take(findings);
      },
      () => undefined, // checked on this thread when asked
    );
  };
  if (key === undefined) return check();
  return storedFindings(s, key).then((found) => {
    if (!current()) return;
    if (found) take(found);
    else return check();
  });
}
