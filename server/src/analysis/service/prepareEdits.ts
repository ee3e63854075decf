// Readying the calling thread to edit an open article. A folder's load reads and checks on the reader threads, so
// without this the first keystrokes on this thread would read every sentence of the article afresh (none is kept
// here yet), build its story with no memo of an earlier build (entities linked and every candidate pair weighed
// again), and run code this thread had never run: at 840 articles the first two keystrokes took 100–180 ms, the next
// twenty 40–56 ms, and the rest about 30. A host calls `prepareEdits` once an article is open and the thread is idle,
// then `rehearseEdit` a few times, one a turn, while nothing newer comes.
import { runChecks } from '../checks/checks';
import { buildCorpus } from '../corpus/corpus';
import { readArticle } from '../read/readArticle';
import { keepComparisons } from '../text/compareWording';
import type { Reading } from '../types';
import { readOptions } from './documents';
import type { Doc, ServiceState } from './state';
import { corpusOf, markBuilt, stateOf, storyFindings, storyMemo, storyReadings } from './storyWork';

/**
 * Reads the article's text on this thread, keeping its sentences' work as a keystroke's reading does, builds its
 * story's corpus with a memo for the next build, and runs the story's checks here once. Returns false when there is
 * nothing to ready (no such article, or not in a story yet); the service's answers are the same either way.
 */
export function prepareEdits(s: ServiceState, uri: string): boolean {
  const doc = s.docs.get(uri);
  const id = s.stories.storyOf(uri);
  if (!doc || id === undefined || !stateOf(s, id)) return false;
  // The reading is made for what it leaves kept on this thread (service/changes.ts reads a keystroke so); the
  // document keeps the reading it has, which is of the same text.
  keepComparisons();
  readOnThisThread(s, uri, doc, doc.text);
  const state = stateOf(s, id)!;
  if (!markBuilt(s, id)) state.corpus = undefined;
  const corpus = corpusOf(s, id)!;
  // Findings a reader thread made stay; the checks run here once so that the first keystroke does not run them cold.
  if (state.findings) runChecks(corpus, s.config);
  else storyFindings(s, id);
  return true;
}

/**
 * Runs once what a keystroke runs, after `prepareEdits`: the article read again from a text that changes no word
 * (`round` spaces added at its end), its story built with the story's memo and checked. Nothing is kept of it but
 * the memo, which holds the last build whatever it was (a corpus built with a memo is the corpus built without one),
 * and the code this thread has now run more often: V8 optimises a function after it has run a while, and the first
 * keystrokes after `prepareEdits` alone still ran slower than the rest. False when the story has no memo to build on.
 */
export function rehearseEdit(s: ServiceState, uri: string, round: number): boolean {
  const doc = s.docs.get(uri);
  const id = s.stories.storyOf(uri);
  const memo = id === undefined ? undefined : storyMemo(s, id);
  if (!doc || id === undefined || !memo) return false;
  const reading = readOnThisThread(s, uri, doc, `${doc.text}${' '.repeat(Math.max(1, round))}`);
  const readings = storyReadings(s, id).map((r) => (r.uri === uri ? reading : r));
  runChecks(buildCorpus(readings, s.config, memo), s.config);
  return true;
}

function readOnThisThread(s: ServiceState, uri: string, doc: Doc, text: string): Reading {
  return readArticle(text, { ...readOptions(s, { uri, name: doc.name, text, readKey: doc.readKey, version: doc.version }), keepSentences: true });
}
