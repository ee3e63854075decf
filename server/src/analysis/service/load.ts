// `load`: the pending changes applied with the documents read by the reader (on worker threads in the hosts), the
// open documents' stories first, while this thread gives the texts to the story index a chunk per turn of the event
// loop, so that questions and edits are answered meanwhile. A reading is left aside when newer text arrived while it
// was being read.
import { leadOf } from '../corpus/storyFacts';
import { inProcessReader, type Reader } from '../reader';
import type { SkippedDocument, WorkspaceDocument } from '../workspace';
import type { LoadOptions, LoadResult } from '../service';
import { takeChanges } from './changes';
import { accept, addToStory } from './documents';
import { articlesOf, foresee, keepStories } from './foresee';
import { articlesByStamps } from './stamps';
import { jobQueue, runJobs, type JobQueue } from './jobs';
import { loneArticles, type LoneArticles } from './loneArticles';
import { checkOpenStories } from './provisional';
import { hasPending, nextTurn, recording, resultOf, type Job, type ServiceState, type Touched } from './state';
import { findingsElsewhere, story } from './storyWork';

/** Texts are taken from the workspace and given to the story index this many at a time, with a turn of the event loop between. */
const FEED_CHUNK = 64;
/** Texts read ahead of the story index (to look up the folder's stories in the store) this many per turn. */
const READ_AHEAD_CHUNK = 256;

/** What one load keeps across its rounds (a round takes the changes pending when it starts). */
interface LoadRun {
  s: ServiceState;
  options: LoadOptions;
  reader: Reader;
  signal: AbortSignal | undefined;
  first: () => string[];
  mark: (step: string) => void;
  touched: Touched;
  counts: { read: number; stored: number };
  /** Documents settled and queued, for progress. */
  done: number;
  total: number;
  /**
   * Texts of this round not yet given to the story index: each may still become a document to read, so progress counts
   * them (a client shows its first report's total: it said "Reading 64 articles" of any larger folder).
   */
  unfed: number;
  /** Stories being checked by the reader; each is ready once its findings are back. */
  checking: Promise<void>[];
}

export async function load(s: ServiceState, loadOptions: LoadOptions = {}): Promise<LoadResult> {
  const first = typeof loadOptions.first === 'function' ? loadOptions.first : () => (loadOptions.first as string[] | undefined) ?? [];
  const run: LoadRun = {
    s,
    options: loadOptions,
    reader: s.options.reader ?? inProcessReader,
    signal: loadOptions.signal,
    first,
    mark: loadOptions.mark ?? (() => undefined),
    touched: recording(s),
    counts: { read: 0, stored: 0 },
    done: 0,
    total: 0,
    unfed: 0,
    checking: [],
  };
  try {
    while (hasPending(s) && !run.signal?.aborted) await loadRound(run);
    await Promise.all(run.checking);
    if (!run.signal?.aborted && !hasPending(s)) keepStories(s);
  } finally {
    s.foreseen.clear();
    s.recorders.delete(run.touched);
    // A load that failed leaves what it had not given to the story index pending.
    for (const uri of s.feeding) s.changedUris.add(uri);
    s.feeding.clear();
  }
  return { ...resultOf(s, run.touched), ...run.counts };
}

/** A story whose articles are all read: checked by the reader when it can, then announced. */
function ready(run: LoadRun, id: string): void {
  const { s, signal } = run;
  if (!story(s, id) || signal?.aborted) return;
  // A stopped load announces nothing more: a host answering would apply the pending changes, and read
  // on its own thread what the load put back (the server, shutting down, read the rest of the folder so).
  const announce = () => {
    if (!signal?.aborted) run.options.storyReady?.(id);
  };
  const elsewhere = findingsElsewhere(s, id, run.reader, signal);
  if (elsewhere) run.checking.push(elsewhere.then(announce));
  else announce();
}

/** One round: the pending changes taken, their texts given to the story index while the reader reads the documents. */
async function loadRound(run: LoadRun): Promise<void> {
  const { s, options, signal } = run;
  const empty = s.docs.size === 0 && s.unread.size === 0;
  const uris = takeChanges(s);
  run.mark(`listed ${uris.length}`);
  for (const uri of uris) s.feeding.add(uri);
  // A folder with nothing in it (the editor's loose files before any is opened) has no stories to look up: its
  // load does not say `foreseen`, which starts the server's reader threads beside another folder's lookup.
  const reopening = empty && uris.length > 0 && s.options.store?.getStories !== undefined;
  // Without texts to read ahead the feed starts in this turn: a question asked now finds the load under way.
  const ahead = reopening || (options.provisionalStories === true && empty && uris.length > 0);
  const texts = ahead ? await textsAhead(run, uris, empty, reopening) : undefined;
  if (!ahead) run.mark('foreseen 0');
  const queue = jobQueue(s, run.first);
  const jobs = new RoundJobs(run, queue);
  const lanes = runJobs(s, queue, run.reader, signal, (job, how) => jobs.settled(job, how));
  /** Texts kept from the story index until they are read (`groupWhenRead`), in uri order. */
  const held = options.groupWhenRead || options.skipLoneArticles ? new Map<string, { name: string; text: string }>() : undefined;
  const lone = options.skipLoneArticles ? loneArticles(s, uris, (job) => jobs.enqueue(job)) : undefined;
  await feed(run, uris, texts, jobs, held, lone);
  run.mark('folder given to the story index');
  if (held) await groupWhenRead(s, held, jobs.whenSettled, signal, lone);
  lone?.end(signal?.aborted === true);
  queue.close();
  options.progress?.(run.done, run.total);
  jobs.storiesReady();
  await lanes;
}

/**
 * The texts of a round read before the story index sees them, when the open documents' stories come first: a
 * reopened folder's from the store, a cold first load's provisional ones (undefined when neither applies).
 */
async function textsAhead(
  run: LoadRun,
  uris: string[],
  empty: boolean,
  reopening: boolean,
): Promise<Map<string, WorkspaceDocument | SkippedDocument | undefined> | undefined> {
  const { s, options, signal, first, mark } = run;
  // Reopening a folder: its open documents' stories, when the store knows them, are checked before the folder is
  // given to the story index.
  const ahead = reopening ? await reopen(s, uris, first, signal, mark) : undefined;
  const readAhead = ahead?.texts;
  const shown = ahead?.shown ?? [];
  // A first load with open documents whose stories the store did not give: the texts are read first too, to find,
  // read and check each open article's provisional story before the story index has seen the folder.
  // The editor opens its documents just after the server starts: their messages are handled before asking.
  if (options.provisionalStories && empty && uris.length > 0) await nextTurn();
  const unforeseen = options.provisionalStories === true && empty && !signal?.aborted && opens(uris, first()).some((uri) => !s.foreseen.has(uri));
  const texts = readAhead ?? (unforeseen ? await readAll(s, uris) : undefined);
  if (texts) mark('texts read');
  if (unforeseen && texts) shown.push(...(await checkOpenStories(s, texts, first, run.reader, signal, mark)));
  if ((reopening || unforeseen) && !signal?.aborted) await Promise.resolve(options.foreseen?.(shown)).catch(() => undefined);
  mark(`foreseen ${shown.length}`);
  return texts;
}

/**
 * The reader threads read while this thread takes the texts and gives them to the story index, in uri order, a chunk
 * per turn of the event loop: questions and edits are answered meanwhile.
 */
async function feed(
  run: LoadRun,
  uris: string[],
  texts: Map<string, WorkspaceDocument | SkippedDocument | undefined> | undefined,
  jobs: RoundJobs,
  held: Map<string, { name: string; text: string }> | undefined,
  lone: LoneArticles | undefined,
): Promise<void> {
  const { s, options, signal } = run;
  run.unfed = uris.length;
  for (let i = 0; i < uris.length; i++) {
    if (signal?.aborted) {
      for (const uri of uris.slice(i)) {
        s.feeding.delete(uri);
        s.changedUris.add(uri);
      }
      break;
    }
    const found = texts ? texts.get(uris[i]) : s.workspace.read(uris[i], s.config);
    const job = accept(s, uris[i], found, held && ((uri, name, text) => void held.set(uri, { name, text })));
    if (!held?.has(uris[i])) s.feeding.delete(uris[i]);
    if (job && lone) lone.accepted(job);
    else if (job) jobs.enqueue(job);
    run.unfed--;
    if (i % FEED_CHUNK === FEED_CHUNK - 1) {
      options.progress?.(run.done, run.total + run.unfed);
      await nextTurn();
    }
  }
  run.unfed = 0;
}

/**
 * A round's jobs as they are queued and settled. Until every text is given to the story index, no story is known to
 * be complete; then each is ready when its last unread article is read (at once when none is left).
 */
class RoundJobs {
  private waiting: Map<string, number> | undefined;
  private readonly unsettled = new Set<Job>();
  /** Who waits for a held text's job to settle (`groupWhenRead`). */
  readonly whenSettled = new Map<string, () => void>();

  constructor(
    private readonly run: LoadRun,
    private readonly queue: JobQueue,
  ) {}

  enqueue(job: Job): void {
    this.unsettled.add(job);
    this.queue.add(job);
    this.run.total++;
  }

  settled(job: Job, how?: 'read' | 'stored'): void {
    const { run } = this;
    if (how) run.counts[how]++;
    this.unsettled.delete(job);
    this.whenSettled.get(job.uri)?.();
    run.options.progress?.(++run.done, run.total + run.unfed);
    const id = run.s.stories.storyOf(job.uri);
    const left = this.waiting && id !== undefined ? this.waiting.get(id) : undefined;
    if (id === undefined || left === undefined) return;
    if (left > 1) this.waiting!.set(id, left - 1);
    else {
      this.waiting!.delete(id);
      ready(run, id);
    }
  }

  /** The feed is over: the stories with nothing left to read are ready now, the open documents' first. */
  storiesReady(): void {
    const { run } = this;
    const waiting = (this.waiting = new Map());
    for (const job of this.unsettled) {
      const id = run.s.stories.storyOf(job.uri);
      if (id !== undefined) waiting.set(id, (waiting.get(id) ?? 0) + 1);
    }
    // With readings from the store, every story is ready at once here.
    const open = new Set(run.first().map((uri) => run.s.stories.storyOf(uri)));
    const readyNow = [...run.touched.stories].filter((id) => !waiting.has(id)).sort();
    for (const id of [...readyNow.filter((id) => open.has(id)), ...readyNow.filter((id) => !open.has(id))]) ready(run, id);
  }
}

/**
 * Gives the held texts to the story index in uri order, each whose head may state a lead fact once its reading is
 * in (or failed), so that the index takes the facts from the reading; at once, an article whose reading waits for its
 * story to have another member (`skipLoneArticles`). A stopped load gives the rest at once.
 */
async function groupWhenRead(
  s: ServiceState,
  held: Map<string, { name: string; text: string }>,
  whenSettled: Map<string, () => void>,
  signal: AbortSignal | undefined,
  lone?: LoneArticles,
): Promise<void> {
  let given = 0;
  for (const [uri, { name, text }] of held) {
    const job = s.unread.get(uri);
    if (job && job.text === text && !signal?.aborted && !lone?.holds(uri) && leadOf(text) !== undefined) {
      await new Promise<void>((resolve) => whenSettled.set(uri, resolve));
      whenSettled.delete(uri);
    } else if (++given % FEED_CHUNK === 0) await nextTurn();
    s.feeding.delete(uri);
    addToStory(s, uri, name, text);
    lone?.fed(uri);
  }
}

/**
 * A reopened folder's stories looked up in the store by its articles' reading keys: known from the files' stamps where
 * the store has them, else from every text, read first (and kept for the load). Meanwhile a preview waits for them.
 */
async function reopen(
  s: ServiceState,
  uris: string[],
  first: () => string[],
  signal: AbortSignal | undefined,
  mark: (step: string) => void,
): Promise<{ shown: string[]; texts?: Map<string, WorkspaceDocument | SkippedDocument | undefined> }> {
  s.foreseeing = true;
  try {
    const stamped = await articlesByStamps(s, uris);
    mark(stamped ? `stamped, ${stamped.read.size} read` : 'no stamps kept');
    if (stamped) {
      const document = (uri: string) => (stamped.read.has(uri) ? stamped.read.get(uri) : s.workspace.read(uri, s.config));
      return { shown: signal?.aborted ? [] : await foresee(s, stamped.articles, document, first, signal, mark) };
    }
    const texts = await readAll(s, uris);
    return { texts, shown: signal?.aborted ? [] : await foresee(s, articlesOf(s, texts), (uri) => texts.get(uri), first, signal, mark) };
  } finally {
    s.foreseeing = false;
  }
}

/** The workspace's texts of these documents, read a chunk per turn of the event loop. */
async function readAll(s: ServiceState, uris: string[]): Promise<Map<string, WorkspaceDocument | SkippedDocument | undefined>> {
  const found = new Map<string, WorkspaceDocument | SkippedDocument | undefined>();
  for (let i = 0; i < uris.length; i++) {
    found.set(uris[i], s.workspace.read(uris[i], s.config));
    if (i % READ_AHEAD_CHUNK === READ_AHEAD_CHUNK - 1) await nextTurn();
  }
  return found;
}

/** The open documents among these uris. */
function opens(uris: string[], open: string[]): string[] {
  const listed = new Set(uris);
  return open.filter((uri) => listed.has(uri));
}
