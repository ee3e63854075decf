// The service's load (server/src/analysis/service.ts): documents read by a reader that answers later,
// as the worker threads do, the open document's story first; newer text wins over a reading still under
// way; a stopped load leaves the rest pending; readings kept in a store are not read again.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type * as Api from '../../server/src/analysis/index';
import type { Reader, ReadingStore, ReadRequest } from '../../server/src/analysis/reader';
import { analysis } from '../helpers/analysis';
import { byFolder, TWO_FOLDER_STORIES } from '../helpers/folderStories';
import { memoryWorkspace } from '../helpers/memoryWorkspace';

const TEXTS = { ...TWO_FOLDER_STORIES, 'bridge/c': 'Cruz said “We will rebuild the old bridge before the winter comes”.' };

/** A reader whose reads finish when the test says so, in the order it says. */
function manualReader(concurrency = 2): Reader & { started: string[]; release(uri?: string): Promise<void>; pending(): number } {
  const waiting: Array<{ request: ReadRequest; resolve: (r: Api.Reading) => void; reject: (e: Error) => void; signal?: AbortSignal }> = [];
  const started: string[] = [];
  return {
    concurrency,
    started,
    read(request, signal) {
      started.push(request.options.uri);
      return new Promise((resolve, reject) => waiting.push({ request, resolve, reject, signal }));
    },
    async release(uri) {
      // The service may still be looking in its store before it asks for the read.
      for (let i = 0; i < 20 && !waiting.some((w) => uri === undefined || w.request.options.uri === uri); i++) await new Promise((resolve) => setImmediate(resolve));
      const index = uri === undefined ? 0 : waiting.findIndex((w) => w.request.options.uri === uri);
      if (index < 0) throw new Error(`no read of ${uri} under way; started: ${started.join(', ')}`);
      const [w] = waiting.splice(index, 1);
      if (w.signal?.aborted) w.reject(Object.assign(new Error('cancelled'), { name: 'AbortError' }));
      else w.resolve(analysis.readArticle(w.request.text, w.request.options));
      // Let the service take the reading and start the next read.
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    },
    pending: () => waiting.length,
  };
}

/** Releases reads, in the order asked, until the load resolves. */
async function readAll(reader: ReturnType<typeof manualReader>, loading: Promise<unknown>): Promise<void> {
  let settled = false;
  void loading.finally(() => (settled = true));
  while (!settled) {
    if (reader.pending() > 0) await reader.release();
    else await new Promise((resolve) => setImmediate(resolve));
  }
  await loading;
}

function memoryStore(): ReadingStore & { kept: Map<string, Api.Reading>; gets: number } {
  const kept = new Map<string, Api.Reading>();
  const store = {
    kept,
    gets: 0,
    async get(key: string) {
      store.gets++;
      const reading = kept.get(key);
      return reading ? (JSON.parse(JSON.stringify(reading)) as Api.Reading) : undefined;
    },
    set(key: string, reading: Api.Reading) {
      kept.set(key, reading);
    },
  };
  return store;
}

const codes = (findings: Api.Finding[]) => findings.map((f) => `${f.uri} ${f.code}`).sort();

test('load: the open document first, then its story, then the others; each story is ready when its last article is read', async () => {
  const workspace = memoryWorkspace(TEXTS);
  const reader = manualReader(1);
  const service = analysis.createService({ workspace, reader, createStoryIndex: () => byFolder() });
  const ready: string[] = [];
  const loading = service.load({ first: ['lee/c'], storyReady: (id) => ready.push(id) });
  for (let i = 0; i < 6; i++) await reader.release();
  await loading;
  assert.deepEqual(reader.started, ['lee/c', 'lee/a', 'lee/b', 'bridge/a', 'bridge/b', 'bridge/c']);
  assert.deepEqual(ready, ['lee', 'bridge']);
  assert.deepEqual(codes(service.findings()), ['bridge/b quote-wording', 'lee/c quantity-conflict']);
  assert.deepEqual([...workspace.reads.values()], [1, 1, 1, 1, 1, 1], 'each text is taken from the workspace once');
});

test('load: questions asked meanwhile answer from what is read so far, without reading', async () => {
  const workspace = memoryWorkspace(TEXTS);
  const reader = manualReader(1);
  const service = analysis.createService({ workspace, reader, createStoryIndex: () => byFolder() });
  const loading = service.load({ first: ['lee/a'] });
  await reader.release('lee/a');
  assert.deepEqual(service.uris(), ['lee/a']);
  assert.deepEqual(service.findings('lee/c'), [], 'not read yet');
  assert.equal(service.storyOf('lee/c'), 'lee', 'its story is known before it is read');
  assert.equal(reader.started.length, 2, 'the question read nothing itself');
  await readAll(reader, loading);
  assert.equal(service.findings('lee/c').length, 1);
});

test('load: newer text wins over a reading under way, which is dropped', async () => {
  const workspace = memoryWorkspace(TEXTS);
  const reader = manualReader(6);
  const service = analysis.createService({ workspace, reader, createStoryIndex: () => byFolder() });
  const loading = service.load();
  // An edit while lee/c is being read: a question reads the new text at once.
  workspace.set('lee/c', 'Walsh and Lee spoke for two hours.', { version: 9 });
  assert.equal(service.reading('lee/c')?.version, 9);
  await readAll(reader, loading);
  const result = await loading;
  assert.equal(service.reading('lee/c')?.text, 'Walsh and Lee spoke for two hours.', 'the old reading did not replace the new one');
  assert.deepEqual(codes(service.findings()), ['bridge/b quote-wording']);
  assert.ok(result.documents.includes('lee/c'));
});

test('load: a stopped load leaves what it did not read pending, and the next question reads it', async () => {
  const workspace = memoryWorkspace(TEXTS);
  const reader = manualReader(1);
  const service = analysis.createService({ workspace, reader, createStoryIndex: () => byFolder() });
  const stop = new AbortController();
  const loading = service.load({ signal: stop.signal });
  await reader.release();
  stop.abort();
  await reader.release();
  await loading;
  assert.equal(service.uris().length, 6, 'a question applies what was left pending');
  assert.deepEqual(codes(service.findings()), ['bridge/b quote-wording', 'lee/c quantity-conflict']);
  assert.equal(reader.started.length, 2, 'the reader got no more work after the stop');
});

test('load: readings kept in the store are used instead of reading, and new readings are kept', async () => {
  const store = memoryStore();
  const first = analysis.createService({ workspace: memoryWorkspace(TEXTS), store, createStoryIndex: () => byFolder() });
  await first.load();
  assert.equal(store.kept.size, 6);
  const expected = codes(first.findings());

  const reader = manualReader(2);
  const second = analysis.createService({ workspace: memoryWorkspace({ ...TEXTS, 'lee/c': 'Walsh and Lee spoke for 25 minutes.' }), store, reader, createStoryIndex: () => byFolder() });
  const progress: Array<[number, number]> = [];
  const loading = second.load({ progress: (done, total) => progress.push([done, total]) });
  await reader.release('lee/c');
  await loading;
  assert.deepEqual(reader.started, ['lee/c'], 'only the changed text is read');
  assert.deepEqual(codes(second.findings()), expected);
  assert.equal(second.reading('lee/a')?.uri, 'lee/a');
  assert.deepEqual(progress.at(-1), [6, 6]);
  assert.equal(store.kept.size, 7);
});

test('load: a reading that fails skips its document with the reason, and the load goes on', async () => {
  const failing: Reader = {
    concurrency: 2,
    read: (request) => (request.options.uri === 'lee/b' ? Promise.reject(new Error('out of memory')) : Promise.resolve(analysis.readArticle(request.text, request.options))),
  };
  const service = analysis.createService({ workspace: memoryWorkspace(TEXTS), reader: failing });
  await service.load();
  assert.equal(service.uris().length, 5);
  assert.match(service.skipped()[0].reason, /could not be analysed \(out of memory\)/);
});

test('load: the folder is given to the story index in uri order while it is read; an edit meanwhile is left to the load', async () => {
  const texts: Record<string, string> = {};
  for (let i = 0; i < 150; i++) texts[`s${String(i).padStart(3, '0')}/a`] = `Mayor Ann Lee spoke for ${i + 1} minutes on Monday.`;
  const workspace = memoryWorkspace(texts);
  const order: string[] = [];
  const index = byFolder();
  const createStoryIndex = (): Api.StoryIndex => ({ ...index, update: (uri, text, meta) => (order.push(uri), index.update(uri, text, meta)) });
  const reader = manualReader(2);
  const service = analysis.createService({ workspace, reader, createStoryIndex });
  const progress: Array<[number, number]> = [];
  const loading = service.load({ progress: (done, total) => progress.push([done, total]) });
  assert.ok(order.length > 0 && order.length < 150, `the rest is given to the index in later turns (${order.length} now)`);
  // A client shows the first report's total ("Reading 150 articles"): the texts not yet given count.
  assert.deepEqual(progress[0], [0, 150]);
  workspace.set('s149/a', 'Mayor Ann Lee spoke for two hours on Monday.', { version: 4 });
  assert.equal(service.reading('s149/a'), undefined, 'a question does not read it ahead of the folder');
  await readAll(reader, loading);
  assert.deepEqual(order, [...order].sort(), 'uri order, whatever was edited');
  assert.equal(order.length, 150);
  assert.equal(service.reading('s149/a')?.version, 4);
  assert.match(service.reading('s149/a')?.text ?? '', /two hours/);
});
