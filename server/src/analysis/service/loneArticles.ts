// A check run's load reads only the articles that have something to compare (`LoadOptions.skipLoneArticles`). Every
// check but one compares two sources (claim groups, quotation groups and spelling pairs need two articles), so an
// article its story index places alone can have a finding only where a name is missing after a title or in a list
// (missing-name, from the reading's gaps). Its job is held while the texts are given to the story index, and queued
// once its story has a second member; when the feed is over, the members of stories of two or more still held are
// queued, and so is an article alone whose text may hold a gap (read/possibleGaps.ts, no tagger); any other article
// alone is installed unread, its story ready with no findings. A later question that needs its reading reads it
// then (`readingOf`), as for the readings a check run lets go.
import { possibleGaps } from '../read/possibleGaps';
import { invalidate, remember } from './documents';
import { touchDocument, type Job, type ServiceState } from './state';
import { stateOf } from './storyWork';

export interface LoneArticles {
  /** An article given to the story index (its job to read, if any): held until its story has another member. */
  fed(uri: string, job: Job | undefined): void;
  /** The feed is over: the held jobs of stories of two or more are queued, and those of articles alone settled. */
  end(stopped: boolean): void;
}

export function loneArticles(s: ServiceState, enqueue: (job: Job) => void): LoneArticles {
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
    fed(uri, job) {
      if (job) held.set(uri, job);
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
          if (possibleGaps(job.text).length > 0) release(job.uri);
          else if (s.unread.get(job.uri) === job) settleUnread(s, job, story.id);
          held.delete(job.uri);
        }
      }
      // A stopped load queues the rest, which the reader puts back as pending.
      [...held.keys()].forEach(release);
    },
  };
}

/** An article alone in its story with no name missing: installed unread (its text only), its story's findings none. */
function settleUnread(s: ServiceState, job: Job, id: string): void {
  s.unread.delete(job.uri);
  const previous = s.docs.get(job.uri);
  if (previous) remember(s, job.uri, previous);
  s.docs.set(job.uri, { name: job.name, text: job.text, version: job.version, readKey: job.readKey });
  s.sortedUris = undefined;
  touchDocument(s, job.uri);
  invalidate(s, [id]);
  stateOf(s, id)!.findings = [];
}
