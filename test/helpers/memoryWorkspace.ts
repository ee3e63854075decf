// A workspace held in memory, for tests: documents and the config file are strings set by the test;
// every set and delete is reported to the watchers as the editor and the file system would report it.
import type * as Api from '../../server/src/analysis/index';
import { analysis } from './analysis';

export interface MemoryWorkspace extends Api.Workspace {
  /** Adds or replaces a document (name defaults to the uri). */
  set(uri: string, text: string, options?: { name?: string; version?: number }): void;
  /** Deletes a document, or a folder: every document under `uri/`. */
  delete(uri: string): void;
  /** A file that looks like an article but cannot be read, with the reason the host gives. */
  setUnreadable(uri: string, reason: string): void;
  /** The config file's text; undefined removes it. */
  setConfig(text: string | undefined): void;
  /** How many times each uri was read: what a test of the caching looks at. */
  reads: Map<string, number>;
}

export const CONFIG_URI = 'memory:/crosscheck.yaml';

/**
 * With `stamps`, the workspace stamps its documents as a disk would (`Workspace.stamp`): a document set again gets a
 * new stamp, even with the same text; one with an editor's version has none. `stamped` counts the stamps asked for.
 */
export function memoryWorkspace(texts: Record<string, string> = {}, options: { stamps?: boolean } = {}): MemoryWorkspace & { stamped: Map<string, number> } {
  let written = 0;
  const documents = new Map<string, { name: string; text?: string; reason?: string; version?: number; written: number }>();
  for (const [uri, text] of Object.entries(texts)) documents.set(uri, { name: uri, text, written: ++written });
  const stampOf = (document: { version?: number; written: number }) => (options.stamps && document.version === undefined ? `written ${document.written}` : undefined);
  const stamped = new Map<string, number>();
  let configText: string | undefined;
  const emitter = analysis.changeEmitter();
  const reads = new Map<string, number>();
  return {
    reads,
    stamped,
    watch: emitter.watch,
    configFile: () => (configText === undefined ? undefined : { uri: CONFIG_URI, text: configText }),
    list: () => [...documents].map(([uri, d]) => ({ uri, name: d.name })).sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0)),
    read(uri) {
      reads.set(uri, (reads.get(uri) ?? 0) + 1);
      const document = documents.get(uri);
      if (!document) return undefined;
      if (document.reason !== undefined) return { uri, name: document.name, reason: document.reason, stamp: stampOf(document) };
      return { uri, name: document.name, text: document.text ?? '', version: document.version, stamp: stampOf(document) };
    },
    ...(options.stamps && {
      stamp(uri: string) {
        stamped.set(uri, (stamped.get(uri) ?? 0) + 1);
        const document = documents.get(uri);
        return document && stampOf(document);
      },
    }),
    set(uri, text, options = {}) {
      documents.set(uri, { name: options.name ?? documents.get(uri)?.name ?? uri, text, version: options.version, written: ++written });
      emitter.fire({ kind: 'document', uri });
    },
    delete(uri) {
      for (const known of [...documents.keys()]) if (known === uri || known.startsWith(`${uri}/`)) documents.delete(known);
      emitter.fire({ kind: 'deleted', uri });
    },
    setUnreadable(uri, reason) {
      documents.set(uri, { name: documents.get(uri)?.name ?? uri, reason, written: ++written });
      emitter.fire({ kind: 'document', uri });
    },
    setConfig(text) {
      configText = text;
      emitter.fire({ kind: 'config' });
    },
  };
}
