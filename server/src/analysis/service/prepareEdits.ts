// Readying the calling thread to edit an open article. A folder's load reads and checks on the reader threads, so
// without this the first keystrokes on this thread would read every sentence of the article afresh (none is kept
// here yet), build its story with no memo of an earlier build (entities linked and every candidate pair weighed
// again), and run code this thread had never run: at 840 articles the first two keystrokes took 100–180 ms, the next
// twenty 40–56 ms, and the rest about 30. A host calls this once an article is open and the thread is idle.
import { runChecks } from '../checks/checks';
import { readArticle } from '../read/readArticle';
import { keepComparisons } from '../text/compareWording';
import { readOptions } from './documents';
import type { ServiceState } from './state';
import { corpusOf, markBuilt, stateOf, storyFindings } from './storyWork';

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
  readArticle(doc.text, { ...readOptions(s, { uri, name: doc.name, text: doc.text, readKey: doc.readKey, version: doc.version }), keepSentences: true });
  const state = stateOf(s, id)!;
  if (!markBuilt(s, id)) state.corpus = undefined;
  const corpus = corpusOf(s, id)!;
  // Findings a reader thread made stay; the checks run here once so that the first keystroke does not run them cold.
  if (state.findings) runChecks(corpus, s.config);
  else storyFindings(s, id);
  return true;
}
