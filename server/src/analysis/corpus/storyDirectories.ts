// The directories of a folder as the story index counts them: a small directory is the user's own grouping of one
// event's reports, which weighs on whether two of its articles share a story (FOLDER_PRIOR).

/**
 * A directory of at most SMALL_FOLDER articles is the user's own grouping: several outlets' reports of one event put
 * in one folder. The pair model was trained on mixed folders, where two articles share a story rarely, and within
 * one event's folder the event's own words are common, so they weigh little: an outlet that tells the event in other
 * words (a forum post, a wire's early flash) falls below the threshold and its claims are never compared. Two
 * articles of one small directory get FOLDER_PRIOR added to their log-odds; a larger directory is an archive and gets
 * nothing (as does a directory the host did not list). Two events in one small folder still part when their words
 * differ (stories.mjs measures both).
 */
export const SMALL_FOLDER = 30;
const FOLDER_PRIOR = 1.5;

/**
 * Articles in each directory, as the host last listed the folder, and each file created since that the index was
 * given (the editor lists at start and on a config change; a file created later counts in its directory at once).
 * Each directory met is a number; one not listed has no count.
 */
export class Directories {
  private counts: number[] = [];
  private listedPaths: Set<string> | undefined;
  private readonly ids = new Map<string, number>();

  /** `countChanged`: a directory's count changed, and with it the probabilities of its articles' pairs. */
  constructor(private readonly countChanged: () => void) {}

  /** The number of the directory of a path relative to the folder. */
  idOf(path: string): number {
    const dir = directoryOf(path);
    let id = this.ids.get(dir);
    if (id === undefined) this.ids.set(dir, (id = this.ids.size));
    return id;
  }

  /** The host's listing of the folder (paths relative to its root): every count starts again from it. */
  list(paths: string[]): void {
    this.counts = [];
    this.countChanged();
    this.listedPaths = new Set();
    for (const path of paths) this.count(path);
  }

  /** An article given to the index: counted in its directory if the folder was listed and the path is new to it. */
  count(path: string): void {
    const normalized = normalizedPath(path);
    if (!this.listedPaths || this.listedPaths.has(normalized)) return;
    this.listedPaths.add(normalized);
    const id = this.idOf(normalized);
    this.counts[id] = (this.counts[id] ?? 0) + 1;
    this.countChanged();
  }

  /** Whether two directories (by number) are one small directory. */
  oneSmall(a: number, b: number): boolean {
    return a === b && (this.counts[a] ?? Infinity) <= SMALL_FOLDER;
  }
}

/** The probability of two articles of one small directory sharing a story: the model's, with the folder's prior. */
export function withFolderPrior(p: number): number {
  return 1 / (1 + ((1 - p) / Math.max(p, 1e-12)) * Math.exp(-FOLDER_PRIOR));
}

/** A path relative to the folder, '/'-separated, without a leading './'. */
export function normalizedPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** The directory of a path relative to the folder ('' for the folder itself). */
export function directoryOf(path: string): string {
  const normalized = normalizedPath(path);
  const at = normalized.lastIndexOf('/');
  return at < 0 ? '' : normalized.slice(0, at);
}
