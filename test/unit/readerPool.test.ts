// The hosts' reading machinery (server/src/node): the pool of reader threads gives the readings and a
// story's findings the calling thread would, drops reads cancelled before their turn, and survives a failing document; the
// store keeps readings between sessions in its own folder and forgets those of other code versions.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import type * as PoolApi from '../../server/src/node/readerPool';
import type * as StoreApi from '../../server/src/node/readingStore';
import { analysis, ROOT, SEEDS, seedService } from '../helpers/analysis';
import { memoryWorkspace } from '../helpers/memoryWorkspace';
import { scratchDir } from '../helpers/scratch';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createCheckReaders, createReaderPool, LARGE_STORY }: typeof PoolApi = require(path.join(ROOT, 'server/out/node/readerPool'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createReadingStore }: typeof StoreApi = require(path.join(ROOT, 'server/out/node/readingStore'));

const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ uri: f, text: fs.readFileSync(path.join(SEEDS, f), 'utf8') }));
const optionsOf = (uri: string) => ({ uri, version: 0, source: uri, tolerances: analysis.defaultConfig().tolerances });

test('reader pool: two threads read the seeds exactly as the calling thread does', async () => {
  const pool = createReaderPool(2);
  try {
    assert.equal(pool.size, 2);
    const readings = await Promise.all(seeds.map((s) => pool.read({ text: s.text, options: optionsOf(s.uri) })));
    readings.forEach((reading, i) => assert.deepEqual(reading, analysis.readArticle(seeds[i].text, optionsOf(seeds[i].uri))));
  } finally {
    await pool.close();
  }
});

test('reader pool: a story checked on a thread has the findings the calling thread finds', async () => {
  const service = seedService();
  const expected = service.findings();
  assert.ok(expected.length > 0, 'the seeds have findings');
  const pool = createReaderPool(1);
  try {
    const readings = service.uris().map((uri) => service.reading(uri)!);
    assert.deepEqual(await pool.check!({ readings, config: service.config }), expected);
  } finally {
    await pool.close();
  }
});

test('reader pool: a load through the threads (stories checked there) ends with the findings of a load on the calling thread', async () => {
  const texts = Object.fromEntries(seeds.map((s) => [s.uri, s.text]));
  const oneStory = (options: Parameters<typeof analysis.createStoryIndex>[0]) => analysis.createStoryIndex({ ...options, grouping: 'one' });
  const here = analysis.createService({ workspace: memoryWorkspace(texts), createStoryIndex: oneStory });
  await here.load();
  const pool = createReaderPool(2);
  try {
    const there = analysis.createService({ workspace: memoryWorkspace(texts), createStoryIndex: oneStory, reader: pool });
    const ready: string[] = [];
    await there.load({ storyReady: (id) => ready.push(id) });
    assert.equal(ready.length, 1);
    assert.deepEqual(there.findings(), here.findings());
    assert.ok(here.findings().length > 0);
  } finally {
    await pool.close();
  }
});

test("the CLI's readers: with the calling thread reading beside one worker, a load ends with the readings and findings of a load on the calling thread", async () => {
  const texts = Object.fromEntries(seeds.map((s) => [s.uri, s.text]));
  const here = analysis.createService({ workspace: memoryWorkspace(texts) });
  await here.load();
  const readers = createCheckReaders(2);
  try {
    assert.equal(readers.size, 1, 'one worker; the calling thread is the other');
    const both = analysis.createService({ workspace: memoryWorkspace(texts), reader: readers });
    await both.load({ storyReady: (id) => both.findings(both.story(id)!.uris[0]) });
    for (const uri of here.uris()) assert.deepEqual(both.reading(uri), here.reading(uri));
    assert.deepEqual(both.findings(), here.findings());
    assert.ok(here.findings().length > 0);
  } finally {
    await readers.close();
  }
});

test("the CLI's readers: one job reads on the calling thread only", async () => {
  const readers = createCheckReaders(1);
  assert.equal(readers.size, 0);
  assert.deepEqual(await readers.read({ text: seeds[0].text, options: optionsOf('a') }), analysis.readArticle(seeds[0].text, optionsOf('a')));
  await readers.close();
});

test('reader pool: a read cancelled before its turn is dropped; the others are read', async () => {
  const pool = createReaderPool(1);
  try {
    const stop = new AbortController();
    const first = pool.read({ text: seeds[0].text, options: optionsOf('a') });
    const cancelled = pool.read({ text: seeds[1].text, options: optionsOf('b') }, stop.signal);
    const third = pool.read({ text: seeds[2].text, options: optionsOf('c') });
    stop.abort();
    await assert.rejects(cancelled, { name: 'AbortError' });
    assert.equal((await first).uri, 'a');
    assert.equal((await third).uri, 'c');
  } finally {
    await pool.close();
  }
});

test('reader pool: a thread that has read its share is replaced, and reading goes on', async () => {
  const pool = createReaderPool(1, undefined, 2);
  try {
    const readings = [];
    for (const s of seeds) readings.push(await pool.read({ text: s.text, options: optionsOf(s.uri) }));
    readings.forEach((reading, i) => assert.equal(reading.uri, seeds[i].uri));
  } finally {
    await pool.close();
  }
});

test('reader pool: a document whose thread runs out of memory is read on the calling thread, and the threads go on', async () => {
  const dir = scratchDir('oom');
  // A stand-in for the reader: "exhaust" fills the heap, anything else is answered with a stand-in reading.
  const script = path.join(dir, 'worker.js');
  fs.writeFileSync(
    script,
    `const { parentPort } = require('worker_threads'); const fs = require('fs');
     parentPort.on('message', (m) => {
       const marker = ${JSON.stringify(path.join(dir, 'exhausted'))};
       if (m.text === 'exhaust') {
         fs.writeFileSync(marker, '');
         const hold = []; for (;;) hold.push(new Array(100000).fill(hold.length));
       }
       parentPort.postMessage({ id: m.id, reading: { uri: m.options.uri, standIn: true } });
     });`,
  );
  const pool = createReaderPool(1, script, 1000, 16);
  // The pool's threads do not keep a process alive (a host exits without closing it): the test stays up meanwhile.
  const alive = setInterval(() => undefined, 1000);
  try {
    const reading = await pool.read({ text: 'exhaust', options: optionsOf('a') });
    assert.ok(fs.existsSync(path.join(dir, 'exhausted')), 'the thread ran out of memory');
    assert.deepEqual(reading, analysis.readArticle('exhaust', optionsOf('a')), 'the real reading, made on this thread');
    const next = await pool.read({ text: 'fine', options: optionsOf('b') });
    assert.equal((next as unknown as { standIn?: boolean }).standIn, true, 'the next document goes to a thread again');
  } finally {
    clearInterval(alive);
    await pool.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** A stand-in reader thread: answers a read with a stand-in reading, a check with one finding naming its story's size and the thread. */
function standInReader(dir: string): string {
  const script = path.join(dir, 'worker.js');
  fs.writeFileSync(
    script,
    `const { parentPort, threadId, workerData } = require('worker_threads');
     parentPort.on('message', (m) => {
       const start = Date.now();
       // A large story's check takes a while, so that two threads would overlap if given two.
       if (m.readings && m.readings.length >= 100) while (Date.now() - start < 150);
       if (m.readings) parentPort.postMessage({ id: m.id, findings: [{ size: m.readings.length, thread: threadId, start, end: Date.now(), loadModels: workerData.loadModels }] });
       else parentPort.postMessage({ id: m.id, reading: { uri: m.options.uri, thread: threadId, loadModels: workerData.loadModels } });
     });`,
  );
  return script;
}

test("reader pool, a check run (the CLI's): the stories queued are checked largest first, each on a thread that has read nothing", async () => {
  const dir = scratchDir('checks');
  const pool = createReaderPool(1, standInReader(dir), 1000, undefined, false, true);
  const alive = setInterval(() => undefined, 1000);
  const story = (size: number) => ({ readings: Array.from({ length: size }, () => ({}) as never), config: analysis.defaultConfig() });
  type Seen = { size: number; thread: number };
  try {
    const read = (await pool.read({ text: 'a text', options: optionsOf('a') })) as unknown as { thread: number };
    // The thread holds two tasks at once: the first two checks go at once, the others wait and are taken largest first.
    const turns: Seen[] = [];
    await Promise.all([4, 1, 6, 2, 7].map((size) => pool.check!(story(size)).then(([finding]) => turns.push(finding as unknown as Seen))));
    assert.deepEqual(turns.map((f) => f.size), [4, 1, 7, 6, 2]);
    assert.ok(turns.every((f) => f.thread !== read.thread), 'the checks ran on a fresh thread');
  } finally {
    clearInterval(alive);
    await pool.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('reader pool, a check run: a thread started to read loads the models at once, one started to check only does not', async () => {
  const dir = scratchDir('checks');
  const pool = createReaderPool(1, standInReader(dir), 1000, undefined, false, true);
  const alive = setInterval(() => undefined, 1000);
  try {
    const read = (await pool.read({ text: 'a text', options: optionsOf('a') })) as unknown as { loadModels: boolean };
    assert.equal(read.loadModels, true);
    const [checked] = (await pool.check!({ readings: [{} as never, {} as never], config: analysis.defaultConfig() })) as unknown as Array<{ loadModels: boolean }>;
    assert.equal(checked.loadModels, false);
  } finally {
    clearInterval(alive);
    await pool.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("reader pool, a check run: two threads never check two large stories at once; they check small ones meanwhile", async () => {
  const dir = scratchDir('checks');
  const pool = createReaderPool(2, standInReader(dir), 1000, undefined, false, true);
  const alive = setInterval(() => undefined, 1000);
  const story = (size: number) => ({ readings: Array.from({ length: size }, () => ({}) as never), config: analysis.defaultConfig() });
  type Seen = { size: number; thread: number; start: number; end: number };
  try {
    const seen = (await Promise.all([150, 120, 110, 5, 3, 2].map((size) => pool.check!(story(size))))).map(([f]) => f as unknown as Seen);
    const large = seen.filter((f) => f.size >= LARGE_STORY).sort((a, b) => a.start - b.start);
    for (let i = 1; i < large.length; i++) assert.ok(large[i].start >= large[i - 1].end, `the check of ${large[i].size} articles began before that of ${large[i - 1].size} ended`);
    const first = large[0];
    assert.ok(seen.some((f) => f.size < LARGE_STORY && f.thread !== first.thread && f.start < first.end), 'the other thread checked a small story meanwhile');
  } finally {
    clearInterval(alive);
    await pool.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("reader pool, the server's: the stories queued are checked in the order asked, on the thread that reads", async () => {
  const dir = scratchDir('checks');
  const pool = createReaderPool(1, standInReader(dir), 1000);
  const alive = setInterval(() => undefined, 1000);
  const story = (size: number) => ({ readings: Array.from({ length: size }, () => ({}) as never), config: analysis.defaultConfig() });
  try {
    const read = (await pool.read({ text: 'a text', options: optionsOf('a') })) as unknown as { thread: number };
    const turns: number[] = [];
    const threads = new Set<number>();
    await Promise.all(
      [4, 1, 6, 2, 7].map((size) =>
        pool.check!(story(size)).then((findings) => {
          turns.push(size);
          threads.add((findings[0] as unknown as { thread: number }).thread);
        }),
      ),
    );
    assert.deepEqual(turns, [4, 1, 6, 2, 7]);
    assert.deepEqual([...threads], [read.thread], 'the thread that read checks too');
  } finally {
    clearInterval(alive);
    await pool.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('reader thread started to check only: a document sent to it later is read as the calling thread reads it', async () => {
  const { Worker } = await import('worker_threads');
  const worker = new Worker(path.join(ROOT, 'server/out/node/readerWorker.js'), { workerData: { loadModels: false } });
  try {
    const reply = await new Promise<{ reading: Record<string, unknown> }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage({ id: 1, text: seeds[0].text, options: optionsOf('a') });
    });
    const { text: _text, ...expected } = analysis.readArticle(seeds[0].text, optionsOf('a'));
    assert.deepEqual(reply.reading, expected);
  } finally {
    await worker.terminate();
  }
});

test('reader pool: no threads reads on the calling thread', async () => {
  const pool = createReaderPool(0);
  assert.equal(pool.size, 0);
  assert.deepEqual(await pool.read({ text: seeds[0].text, options: optionsOf('a') }), analysis.readArticle(seeds[0].text, optionsOf('a')));
  await pool.close();
});

test('reading store: a reading kept by one session is found by the next; other versions are deleted; unused ones swept', async () => {
  const root = scratchDir('store');
  try {
    fs.mkdirSync(path.join(root, 'readings-old'), { recursive: true });
    const reading = analysis.readArticle(seeds[0].text, optionsOf('a'));
    const first = createReadingStore(root, 'v1');
    first.set('k1', reading);
    first.set('k2', analysis.readArticle(seeds[1].text, optionsOf('b')));
    await first.flush();
    assert.equal(await first.get('missing'), undefined);

    const second = createReadingStore(root, 'v1');
    assert.deepEqual(await second.get('k1'), JSON.parse(JSON.stringify(reading)));
    await second.sweep();
    assert.equal(await createReadingStore(root, 'v1').get('k2'), undefined, 'a reading no one asked for in a session is swept');
    assert.ok(await createReadingStore(root, 'v1').get('k1'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(fs.readdirSync(root).sort(), ['readings-v1'], 'readings of another version are deleted');
    assert.equal(await createReadingStore(root, 'v2').get('k1'), undefined, 'another version never uses them');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('reading store: a folder\'s stamps kept by one session are found by the next; a damaged file is as none', async () => {
  const root = scratchDir('store');
  try {
    const first = createReadingStore(root, 'v1');
    first.setStamps!('folder', [['12:34:56:78', 'a.txt', 'k1'], [null, 'b.txt', 'k2'], ['9:9:9:9', 'bin.txt', null]]);
    await first.flush();
    const second = createReadingStore(root, 'v1');
    assert.deepEqual(await second.getStamps!('folder'), [['12:34:56:78', 'a.txt', 'k1'], [null, 'b.txt', 'k2'], ['9:9:9:9', 'bin.txt', null]]);
    assert.equal(await second.getStamps!('other'), undefined);
    fs.writeFileSync(path.join(root, 'stories-v1', 'folder.stamps'), '[["12", 3, "k1"]]');
    assert.equal(await createReadingStore(root, 'v1').getStamps!('folder'), undefined, 'not stamps: the texts are read');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('reading store: a story\'s findings kept by one session are found by the next, swept with the readings; a damaged file is as none', async () => {
  const root = scratchDir('store');
  try {
    const finding = { uri: 'a.txt', start: 3, end: 9, code: 'quantity-conflict', severity: 'warning', message: 'Sources disagree', related: [{ uri: 'b.txt', start: 1, end: 4, message: 'b: “two”' }], fingerprint: 'f1' };
    const first = createReadingStore(root, 'v1');
    first.setFindings!('story1', [finding as Parameters<NonNullable<StoreApi.DiskReadingStore["setFindings"]>>[1][number]]);
    first.setFindings!('story2', []);
    await first.flush();
    const second = createReadingStore(root, 'v1');
    assert.deepEqual(await second.getFindings!('story1'), [finding]);
    assert.equal(await second.getFindings!('other'), undefined);
    await second.sweep();
    const third = createReadingStore(root, 'v1');
    assert.ok(await third.getFindings!('story1'), 'asked for in the session: kept');
    assert.equal(await third.getFindings!('story2'), undefined, 'not asked for in a session: swept');
    const file = path.join(root, 'readings-v1', 'st', 'story1.findings.json');
    fs.writeFileSync(file, JSON.stringify([{ ...finding, related: [{ uri: 'b.txt' }] }]));
    assert.equal(await createReadingStore(root, 'v1').getFindings!('story1'), undefined, 'not findings: the story is checked');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('reading store: a reading survives JSON (no Infinity, NaN, Map or Date in it; absent is as undefined)', () => {
  for (const seed of seeds) {
    const reading = analysis.readArticle(seed.text, optionsOf(seed.uri));
    assert.deepEqual(JSON.parse(JSON.stringify(reading)), withoutUndefined(reading));
  }
});

/** The value with every property whose value is undefined left out, as JSON leaves it out. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, withoutUndefined(v)]));
}
