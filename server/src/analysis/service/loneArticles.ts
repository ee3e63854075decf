// A check run's load reads only the articles that have something to compare (`LoadOptions.skipLoneArticles`). Every
// check but two compares two sources (claim groups, quotation groups and spelling pairs need two articles), so an
// article its story index places alone can have a finding only where a name is missing after a title or in a list
// (missing-name, from the reading's gaps) or where a weekday stands before a date (weekday-date).
//
// An article that shares a small directory with others (the user's folder of one event's reports, corpus/stories.ts
// SMALL_FOLDER) will most likely be compared: its job is queued as its text is accepted and it joins the story index
// once read, as `groupWhenRead` does, the index taking its lead facts from its reading. Any other article (alone in its directory, or in an archive's large one) joins the story index at once, in
// the same uri order, and its job is queued once its story has a second member (a later regrouping that leaves it alone
// wastes that read, no more). When the feed is over, the members of stories of two or more still held are queued, and
// so is an article alone whose text may hold a gap (read/possibleGaps.ts, no tagger) or a weekday before a date
// (checks/weekdayDate.ts); any other article alone is installed unread, its story ready with no findings. A question
// that needs its reading reads it then (`readingOf`).
import { directoryOf, SMALL_FOLDER } from '../corpus/storyDirectories';
import { mayDateAWeekday } from '../checks/weekdayDate';
import { possibleGaps } from '../read/possibleGaps';
import { invalidate, remember } from './documents';
import { touchDocument, type Job, type ServiceState } from './state';
import { stateOf } from './storyWork';

export interface LoneArticles {
  /** An accepted article's job: queued at once in a small directory, else held until its story has another member. */
  accepted(job: Job): void;
  /** Whether the article's job is still held (its text joins the story index without waiting for a reading). */
  holds(uri: string): boolean;
  /** An article was given to the story index: a held job is queued once its story has another member. */
  fed(uri: string): void;
  /** The feed is over: the held jobs of stories of two or more are queued, and those of articles alone settled. */
  end(stopped: boolean): void;
}

/** `uris`: the documents of this round, whose directories (of their uris, as of their paths) say which are small. */
export function loneArticles(s: ServiceState, uris: string[], enqueue: (job: Job) => void): LoneArticles {
  const inSmallDirectory = smallDirectories(uris);
  const held = new Map<string, Job>();
  /** The article last given to each story: a second one in the same story means both are read. */
  const lastOf = new Map<string, string>();
  const release = (uri: string) => {
    const job = held.get(uri);
    if (!job) return;
    held.delete(uri);
    enqueue(job);
  };
  return {
    accepted(job) {
      if (inSmallDirectory.has(job.uri)) enqueue(job);
      else held.set(job.uri, job);
    },
    holds: (uri) => held.has(uri),
    fed(uri) {
      const id = s.stories.storyOf(uri);
      if (id === undefined) return release(uri);
      const mate = lastOf.get(id);
      // A regrouping may have moved the mate since: then the story is known at the end of the feed.
      if (mate !== undefined && mate !== uri && s.stories.storyOf(mate) === id) {
        release(mate);
        release(uri);
      }
      lastOf.set(id, uri);
    },
    end(stopped) {
      for (const story of held.size > 0 && !stopped ? s.stories.stories() : []) {
        if (story.uris.length > 1) story.uris.forEach(release);
        else if (held.has(story.uris[0])) {
          const job = held.get(story.uris[0])!;
          if (possibleGaps(job.text).length > 0 || mayDateAWeekday(job.text)) release(job.uri);
          else if (s.unread.get(job.uri) === job) settleUnread(s, job, story.id);
          held.delete(job.uri);
        }
      }
      // A stopped load queues the rest, which the reader puts back as pending.
      [...held.keys()].forEach(release);
    },
  };
}

/** The uris that share their directory with at most SMALL_FOLDER - 1 others and at least one. */
function smallDirectories(uris: string[]): Set<string> {
  const byDirectory = new Map<string, string[]>();
  for (const uri of uris) {
    const directory = directoryOf(uri);
    const members = byDirectory.get(directory);
    if (members) members.push(uri);
    else byDirectory.set(directory, [uri]);
  }
  const small = new Set<string>();
  for (const members of byDirectory.values()) if (members.length > 1 && members.length <= SMALL_FOLDER) members.forEach((uri) => small.add(uri));
  return small;
}

/** An article alone in its story with no name missing: installed unread (its text only), its story's findings none. */
function settleUnread(s: ServiceState, job: Job, id: string): void {
  s.unread.delete(job.uri);
  const previous = s.docs.get(job.uri);
  if (previous) remember(s, job.uri, previous);
  s.docs.set(job.uri, { name: job.name, text: job.text, version: job.version, readKey: job.readKey, stamp: job.stamp });
  if (!previous) s.sortedUris = undefined;
  touchDocument(s, job.uri);
  invalidate(s, [id]);
  stateOf(s, id)!.findings = [];
}
