// How the service has documents read, and where readings may be kept between sessions. The service
// decides what to read and in which order; a reader does the reading, here on the calling thread or, in
// the hosts, on worker threads (server/src/node/readerPool.ts). Types and the in-process reader only: the
// analysis does no I/O and starts no thread.
import { readArticle, type ReadOptions } from './read/readArticle';
import { buildCorpus } from './corpus/corpus';
import { runChecks } from './checks/checks';
import type { Config } from './config';
import type { Finding, Reading } from './types';

export interface ReadRequest {
  text: string;
  options: ReadOptions;
}

/** One story to check: its members' current readings and the config they are checked under. */
export interface CheckRequest {
  readings: Reading[];
  /** More of its readings, packed by the host's `ReadingPacker` (`ServiceOptions.packReadings`): the host unpacks them. */
  packed?: PackedReading[];
  config: Config;
}

/** The articles of a story to check. */
export function articlesIn(request: CheckRequest): number {
  return request.readings.length + (request.packed?.length ?? 0);
}

/** A reading as bytes only the host's packer reads (a fraction of the reading's heap). */
export type PackedReading = Uint8Array;

/** How a host packs readings it keeps without asking anything of them, and unpacks them to the same reading. */
export interface ReadingPacker {
  pack(reading: Reading): PackedReading;
  unpack(packed: PackedReading): Reading;
}

export interface Reader {
  /** How many reads the service keeps in flight at once (the workers, and as many queued to keep them busy). */
  readonly concurrency: number;
  /** Reads one document. A read whose `signal` aborts before it starts is dropped, and its promise rejects. */
  read(request: ReadRequest, signal?: AbortSignal): Promise<Reading>;
  /**
   * A story's findings, `runChecks(buildCorpus(readings, config), config)`, made elsewhere than on the calling
   * thread (the hosts' reader threads), so that a load checks the stories already read while it reads the others.
   * Without it, the service checks on the calling thread when asked.
   */
  check?(request: CheckRequest, signal?: AbortSignal): Promise<Finding[]>;
}

/** Readings kept by the host across sessions (the extension's storage), by a key of the text and what its reading depends on. */
export interface ReadingStore {
  get(key: string): Promise<Reading | undefined>;
  /** Keeps a reading; the store writes when it can, and a failure to write only costs a later reading. */
  set(key: string, reading: Reading): void;
  /**
   * The stories a load arrived at (each a sorted list of uris), by a key of the whole folder: every article's uri,
   * name, text and what its reading depends on, and the story options. Optional: without it, a reopened folder
   * knows its stories only once the story index has seen every article.
   */
  getStories?(key: string): Promise<string[][] | undefined>;
  setStories?(key: string, stories: string[][]): void;
  /**
   * Each file's stamp, name and reading key, by a key of the folder's files (`service/stamps.ts`). Optional: without
   * it, a reopened folder reads every text to find its stories' key.
   */
  getStamps?(key: string): Promise<FolderStamps | undefined>;
  setStamps?(key: string, files: FolderStamps): void;
  /**
   * A story's findings, by a key of the config and its members' uris, names and reading keys
   * (`service/storedFindings.ts`). Optional: without it, every story of a reopened folder is checked again.
   */
  getFindings?(key: string): Promise<Finding[] | undefined>;
  setFindings?(key: string, findings: Finding[]): void;
}

/**
 * One entry per file of a folder, in uri order: the stamp it was read under (null: an editor's text, read again), its
 * name, and its reading's key in the store (null: skipped).
 */
export type FolderStamps = Array<[stamp: string | null, name: string, storeKey: string | null]>;

/** Reads on the calling thread, one document at a time: the CLI with `--jobs 1`, the tests. */
export const inProcessReader: Reader = {
  concurrency: 1,
  read: (request) => Promise.resolve().then(() => readArticle(request.text, request.options)),
};

/** A story's findings, as a reader that checks makes them (`Reader.check`), on the thread that calls it. */
export function checkStory(request: CheckRequest): Finding[] {
  return runChecks(buildCorpus(request.readings, request.config), request.config);
}
