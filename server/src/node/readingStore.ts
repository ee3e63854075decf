// Readings kept on disk between sessions, in the extension's storage (never in the user's folder), so
// that reopening a large folder reads only what changed. One JSON file per reading, named by the key the
// service gives (its text and what its reading depends on), under a folder named by the version of the
// reading code: readings of another version are never used and are deleted. Beside them, the stories of
// the folders loaded last (one file per folder state, the newest STORIES_KEPT), so that a reopened folder
// knows the open file's story before it has grouped every article again, and the files' stamps (size, times), so that it
// reads only the files that changed to know its stories' key. And each story's findings, so that a reopened folder's
// stories are not checked again.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { FolderStamps, ReadingStore } from '../analysis/reader';
import type { Finding, Reading } from '../analysis/types';
import { FileWriter } from './fileWriter';

export interface DiskReadingStore extends ReadingStore {
  /** The folder of this version's readings. */
  readonly folder: string;
  /** Deletes the readings no `get` or `set` of this session asked for (texts gone or changed since). */
  sweep(): Promise<void>;
  /** Resolves once every reading handed to `set` so far is written (or failed to be). */
  flush(): Promise<void>;
}

/** Folder states whose stories are kept: a few folders, each saved a few times. */
const STORIES_KEPT = 16;

export function createReadingStore(root: string, version = readingCodeVersion()): DiskReadingStore {
  const folder = path.join(root, `readings-${version}`);
  const storiesFolder = path.join(root, `stories-${version}`);
  const used = new Set<string>();
  const writer = new FileWriter();
  const fileOf = (key: string) => path.join(folder, key.slice(0, 2), `${key}.json`);
  // A story's findings beside the readings, swept with them: `used` holds `<key>.findings` for them.
  const findingsFileOf = (key: string) => path.join(folder, key.slice(0, 2), `${key}.findings.json`);

  // Readings of other versions of the code are of no use any more.
  void fs.promises
    .readdir(root)
    .then((names) =>
      Promise.all(
        names
          .filter((n) => (n.startsWith('readings-') || n.startsWith('stories-')) && n !== path.basename(folder) && n !== path.basename(storiesFolder))
          .map((n) => fs.promises.rm(path.join(root, n), { recursive: true, force: true })),
      ),
    )
    .catch(() => undefined);

  const flush = () => writer.flush();

  /** A folder's stories or stamps (`extension`), or undefined when none are kept or the file is not what `is` expects. */
  const readFolderFile = async <T>(key: string, extension: string, is: (value: unknown) => value is T): Promise<T | undefined> => {
    try {
      const value: unknown = JSON.parse(await fs.promises.readFile(path.join(storiesFolder, `${key}${extension}`), 'utf8'));
      return is(value) ? value : undefined;
    } catch {
      return undefined;
    }
  };
  /** Writes a folder's stories or stamps, then keeps the newest STORIES_KEPT files of that kind. */
  const keepFolderFile = (key: string, extension: string, value: unknown): void => {
    writer.write(path.join(storiesFolder, `${key}${extension}`), () => JSON.stringify(value));
    void flush().then(() => pruneStories(storiesFolder, extension));
  };

  return {
    folder,
    async get(key) {
      used.add(key);
      try {
        return JSON.parse(await fs.promises.readFile(fileOf(key), 'utf8')) as Reading;
      } catch {
        return undefined; // not kept, or unreadable: read again
      }
    },
    set(key, reading) {
      used.add(key);
      writer.write(fileOf(key), () => JSON.stringify(reading));
    },
    async getFindings(key) {
      used.add(`${key}.findings`);
      try {
        const value: unknown = JSON.parse(await fs.promises.readFile(findingsFileOf(key), 'utf8'));
        return isFindings(value) ? value : undefined;
      } catch {
        return undefined; // not kept, or unreadable: checked again
      }
    },
    setFindings(key, findings) {
      used.add(`${key}.findings`);
      writer.write(findingsFileOf(key), () => JSON.stringify(findings));
    },
    getStories: (key) => readFolderFile(key, '.stories', isStories),
    setStories: (key, stories) => keepFolderFile(key, '.stories', stories),
    getStamps: (key) => readFolderFile(key, '.stamps', isStamps),
    setStamps: (key, files) => keepFolderFile(key, '.stamps', files),
    flush,
    async sweep() {
      let shards: string[];
      try {
        shards = await fs.promises.readdir(folder);
      } catch {
        return;
      }
      for (const shard of shards) {
        const dir = path.join(folder, shard);
        const files = await fs.promises.readdir(dir).catch(() => [] as string[]);
        await Promise.all(files.filter((f) => !used.has(f.replace(/\.json$/, ''))).map((f) => fs.promises.rm(path.join(dir, f), { force: true })));
      }
    },
  };
}

/** Keeps the newest STORIES_KEPT files of stories, or of stamps. */
async function pruneStories(folder: string, extension: string): Promise<void> {
  try {
    const files = (await fs.promises.readdir(folder)).filter((f) => f.endsWith(extension));
    if (files.length <= STORIES_KEPT) return;
    const dated = await Promise.all(files.map(async (f) => ({ f, at: (await fs.promises.stat(path.join(folder, f))).mtimeMs })));
    dated.sort((a, b) => b.at - a.at);
    await Promise.all(dated.slice(STORIES_KEPT).map(({ f }) => fs.promises.rm(path.join(folder, f), { force: true })));
  } catch {
    // another session pruned meanwhile
  }
}

/** The fields a host reads of every finding, checked: a damaged file is checked again, never shown. */
function isFindings(value: unknown): value is Finding[] {
  const isSpan = (v: unknown) => typeof v === 'object' && v !== null && typeof (v as Finding).uri === 'string' && typeof (v as Finding).start === 'number' && typeof (v as Finding).end === 'number';
  return (
    Array.isArray(value) &&
    value.every((f) => isSpan(f) && typeof f.code === 'string' && typeof f.message === 'string' && typeof f.fingerprint === 'string' && Array.isArray(f.related) && f.related.every(isSpan))
  );
}

function isStamps(value: unknown): value is FolderStamps {
  const orNull = (v: unknown) => v === null || typeof v === 'string';
  return Array.isArray(value) && value.every((file) => Array.isArray(file) && file.length === 3 && orNull(file[0]) && typeof file[1] === 'string' && orNull(file[2]));
}

function isStories(value: unknown): value is string[][] {
  return Array.isArray(value) && value.every((story) => Array.isArray(story) && story.every((uri) => typeof uri === 'string'));
}

/**
 * A hash of the code and data that make readings: the compiled analysis beside this module (server/out),
 * or the bundle this module is part of (dist/server.js, dist/cli.js). A reading made by other code is never used.
 */
export function readingCodeVersion(): string {
  const analysis = path.join(__dirname, '..', 'analysis');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(js|json)$/.test(entry.name)) files.push(full);
    }
  };
  try {
    walk(analysis);
  } catch {
    files.length = 0;
  }
  if (files.length === 0) files.push(__filename);
  // On the server's start path: 6 MB of code and models, hashed natively as bytes (was 30-45 ms as text in JavaScript).
  const hash = crypto.createHash('sha1');
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    hash.update(`${bytes.length}\n`).update(bytes);
  }
  return hash.digest('base64url').slice(0, 16);
}
