// Reopening a folder (server/src/analysis/service.ts, `foresee`): when the store kept the stories of the folder as
// it is, the open document's story is checked from the stored readings before the story index has seen the folder,
// and the preview shows the findings across articles the load then publishes. A folder that changed since, or a
// reading the store lacks, leaves it to the load.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type * as Api from '../../server/src/analysis/index';
import type { ReadingStore } from '../../server/src/analysis/reader';
import { analysis } from '../helpers/analysis';
import { byFolder, TWO_FOLDER_STORIES } from '../helpers/folderStories';
import { memoryWorkspace } from '../helpers/memoryWorkspace';

const TEXTS = TWO_FOLDER_STORIES;

function storyStore(): ReadingStore & {
  readings: Map<string, Api.Reading>;
  stories: Map<string, string[][]>;
  stamps: Map<string, Api.FolderStamps>;
  findings: Map<string, Api.Finding[]>;
} {
  const readings = new Map<string, Api.Reading>();
  const stories = new Map<string, string[][]>();
  const stamps = new Map<string, Api.FolderStamps>();
  const findings = new Map<string, Api.Finding[]>();
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return {
    readings,
    stories,
    stamps,
    findings,
    getFindings: async (key) => (findings.has(key) ? copy(findings.get(key)!) : undefined),
    setFindings: (key, list) => void findings.set(key, copy(list)),
    getStamps: async (key) => (stamps.has(key) ? copy(stamps.get(key)!) : undefined),
    setStamps: (key, files) => void stamps.set(key, copy(files)),
    get: async (key) => (readings.has(key) ? copy(readings.get(key)!) : undefined),
    set: (key, reading) => void readings.set(key, copy(reading)),
    getStories: async (key) => (stories.has(key) ? copy(stories.get(key)!) : undefined),
    setStories: (key, groups) => void stories.set(key, copy(groups)),
  };
}

const described = (findings: Api.Finding[]) => findings.map((f) => `${f.code} ${f.uri} ${f.start}-${f.end} → ${f.related.map((r) => `${r.uri} ${r.start}-${r.end}`).join(', ')}`).sort();

/** Loads a second session over `texts` with `lee/c` open; what the preview showed when the load said to ask again. */
async function reopen(store: ReturnType<typeof storyStore>, texts: Record<string, string>) {
  const fed: string[] = [];
  const service = analysis.createService({ workspace: memoryWorkspace(texts), store, createStoryIndex: () => byFolder(fed) });
  const seen: { uris?: string[]; fedBefore?: number; preview?: ReturnType<Api.CrosscheckService['preview']>; storyReadyBefore?: boolean } = {};
  let storiesReady = 0;
  await service.load({
    first: ['lee/c'],
    storyReady: () => storiesReady++,
    foreseen: (uris) => {
      seen.uris = uris;
      seen.fedBefore = fed.length;
      seen.storyReadyBefore = storiesReady > 0;
      seen.preview = service.preview('lee/c');
    },
  });
  return { service, seen };
}

test('reopening an unchanged folder: the open story is checked from the store before the folder is grouped', async () => {
  const store = storyStore();
  const first = analysis.createService({ workspace: memoryWorkspace(TEXTS), store, createStoryIndex: () => byFolder() });
  await first.load();
  assert.equal(store.stories.size, 1, 'the stories of the folder are kept');
  const expected = first.findings('lee/c');
  assert.ok(expected.some((f) => f.related.some((r) => r.uri === 'lee/a')), `a finding across articles to show: ${described(expected).join('; ')}`);

  const { service, seen } = await reopen(store, TEXTS);
  assert.deepEqual(seen.uris, ['lee/a', 'lee/b', 'lee/c']);
  assert.equal(seen.fedBefore, 0, 'the story index had not seen the folder yet');
  assert.equal(seen.storyReadyBefore, false);
  assert.deepEqual(described(seen.preview!.findings), described(expected));
  assert.equal(seen.preview!.others?.get('lee/a')?.text, TEXTS['lee/a'], 'the other articles the findings point to come with them');
  assert.deepEqual(described(service.findings('lee/c')), described(expected), 'the load publishes the same findings');
  assert.equal(service.preview('lee/c')?.others, undefined, 'once the load is over, a preview is of the article alone again');
});

test('reopening a folder that changed since, or whose readings are not all kept: the load alone decides', async () => {
  const store = storyStore();
  await analysis.createService({ workspace: memoryWorkspace(TEXTS), store, createStoryIndex: () => byFolder() }).load();

  // Another story's article changed: the stories kept are of another folder, though the open story's texts are the same.
  const changed = await reopen(store, { ...TEXTS, 'bridge/b': 'Cruz said the bridge would be rebuilt.' });
  assert.deepEqual(changed.seen.uris, []);
  assert.equal(changed.seen.preview?.others, undefined, 'the preview is of the open article alone');

  // The folder is as it was, but one reading of the open story is gone from the store.
  const [lost] = [...store.readings].find(([, r]) => r.text === TEXTS['lee/b'])!;
  store.readings.delete(lost);
  const missing = await reopen(store, TEXTS);
  assert.deepEqual(missing.seen.uris, []);
  assert.equal(missing.seen.preview?.others, undefined);
  assert.deepEqual(described(missing.service.findings('lee/c')), described(changed.service.findings('lee/c')));
});

test('reopening an unchanged folder does not write its stories again; a folder that changed is written', async () => {
  const store = storyStore();
  let writes = 0;
  const setStories = store.setStories!;
  store.setStories = (key, groups) => {
    writes++;
    setStories(key, groups);
  };
  await analysis.createService({ workspace: memoryWorkspace(TEXTS), store, createStoryIndex: () => byFolder() }).load();
  assert.equal(writes, 1);
  await reopen(store, TEXTS);
  assert.equal(writes, 1, 'the store already holds these stories');
  await reopen(store, { ...TEXTS, 'bridge/c': 'Cruz said the bridge would be rebuilt.' });
  assert.equal(writes, 2, 'another folder state: its stories are kept');
  assert.equal(store.stories.size, 2);
});

test('a load with nothing to read does not look stories up, nor say foreseen', async () => {
  const store = storyStore();
  let asked = 0;
  store.getStories = async () => {
    asked++;
    return undefined;
  };
  const service = analysis.createService({ workspace: memoryWorkspace({}), store, createStoryIndex: () => byFolder() });
  let foreseen = 0;
  await service.load({ foreseen: () => void foreseen++ });
  assert.equal(asked, 0);
  assert.equal(foreseen, 0, 'the server would start its reader threads beside another folder’s lookup');
});

test('the load gives the story index nothing until what foreseen returned has settled (the findings are written out)', async () => {
  const store = storyStore();
  await analysis.createService({ workspace: memoryWorkspace(TEXTS), store, createStoryIndex: () => byFolder() }).load();
  const fed: string[] = [];
  const service = analysis.createService({ workspace: memoryWorkspace(TEXTS), store, createStoryIndex: () => byFolder(fed) });
  let fedWhenWritten = -1;
  const written = () => new Promise<void>((resolve) => setTimeout(() => resolve(void (fedWhenWritten = fed.length)), 20));
  await service.load({ first: ['lee/c'], foreseen: (uris) => (uris.length > 0 ? written() : undefined) });
  assert.equal(fedWhenWritten, 0);
  assert.equal(fed.length, 5, 'then the folder is grouped');
});

/** A second session over the same workspace (the same files, stamped as they are); what was read before foreseen. */
async function reopenStamped(store: ReturnType<typeof storyStore>, workspace: ReturnType<typeof memoryWorkspace>, reader?: Api.Reader) {
  workspace.reads.clear();
  workspace.stamped.clear();
  const fed: string[] = [];
  const service = analysis.createService({ workspace, store, reader, createStoryIndex: () => byFolder(fed) });
  const seen: { uris?: string[]; readBefore?: string[]; fedBefore?: number; preview?: ReturnType<Api.CrosscheckService['preview']> } = {};
  await service.load({
    first: ['lee/c'],
    foreseen: (uris) => {
      seen.uris = uris;
      seen.readBefore = [...workspace.reads.keys()].sort();
      seen.fedBefore = fed.length;
      seen.preview = service.preview('lee/c');
    },
  });
  return { service, seen };
}

test('reopening a folder whose files are stamped as a session left them: only the open story is read before its findings', async () => {
  const store = storyStore();
  const workspace = memoryWorkspace(TEXTS, { stamps: true });
  const first = analysis.createService({ workspace, store, createStoryIndex: () => byFolder() });
  await first.load();
  const expected = first.findings('lee/c');

  let stampWrites = 0;
  const setStamps = store.setStamps!;
  store.setStamps = (key, files) => {
    stampWrites++;
    setStamps(key, files);
  };
  const { service, seen } = await reopenStamped(store, workspace);
  assert.deepEqual(seen.uris, ['lee/a', 'lee/b', 'lee/c']);
  assert.deepEqual(seen.readBefore, ['lee/a', 'lee/b', 'lee/c'], 'the other story’s files are stamped, not read');
  assert.equal(stampWrites, 0, 'the stamps kept are the folder’s: not written again');
  assert.equal(seen.fedBefore, 0);
  assert.deepEqual(described(seen.preview!.findings), described(expected));
  assert.deepEqual(described(service.findings('lee/c')), described(expected), 'the load reads the rest and publishes the same findings');
  assert.equal(workspace.reads.get('bridge/a'), 1, 'the load read the rest once');
});

test('files written again since: only they are read to find the stories (the same texts: the same stories)', async () => {
  const store = storyStore();
  const workspace = memoryWorkspace(TEXTS, { stamps: true });
  await analysis.createService({ workspace, store, createStoryIndex: () => byFolder() }).load();
  workspace.set('bridge/b', TEXTS['bridge/b']);

  const touched = await reopenStamped(store, workspace);
  assert.deepEqual(touched.seen.uris, ['lee/a', 'lee/b', 'lee/c'], 'the texts are as they were: the stories are found');
  assert.deepEqual(touched.seen.readBefore, ['bridge/b', 'lee/a', 'lee/b', 'lee/c'], 'the file written again, and the open story');
  assert.equal(store.stamps.size, 1, 'the new stamps replace the old under the same files');

  // The second session kept the new stamps: a third reads only the open story.
  const third = await reopenStamped(store, workspace);
  assert.deepEqual(third.seen.readBefore, ['lee/a', 'lee/b', 'lee/c']);

  workspace.set('bridge/b', 'Cruz said the bridge would be rebuilt.');
  const changed = await reopenStamped(store, workspace);
  assert.deepEqual(changed.seen.uris, [], 'another text: another folder, whose stories the store does not know');
  assert.deepEqual(changed.seen.readBefore, ['bridge/b']);
  assert.equal(changed.seen.preview?.others, undefined);
});

test('an article open in the editor has no stamp: it is read on reopening, whether still open or not', async () => {
  const store = storyStore();
  const workspace = memoryWorkspace(TEXTS, { stamps: true });
  workspace.set('lee/c', TEXTS['lee/c'], { version: 3 });
  await analysis.createService({ workspace, store, createStoryIndex: () => byFolder() }).load();
  const open = await reopenStamped(store, workspace);
  assert.deepEqual(open.seen.uris, ['lee/a', 'lee/b', 'lee/c']);
  assert.deepEqual(open.seen.readBefore, ['lee/a', 'lee/b', 'lee/c']);

  // Closed since (the editor opens it only after the server has listed the folder): read from disk, the same text.
  workspace.set('lee/c', TEXTS['lee/c']);
  const closed = await reopenStamped(store, workspace);
  assert.deepEqual(closed.seen.uris, ['lee/a', 'lee/b', 'lee/c']);

  workspace.set('lee/c', 'Walsh and Lee spoke for 30 minutes.', { version: 4 });
  const edited = await reopenStamped(store, workspace);
  assert.deepEqual(edited.seen.uris, [], 'the editor’s text changed: another folder');
});

/** Marks every finding the store keeps, so that a test sees which findings came from it rather than from a check. */
function markKept(store: ReturnType<typeof storyStore>): void {
  for (const list of store.findings.values()) for (const finding of list) finding.message = `kept: ${finding.message}`;
}
const bridge = (service: Api.CrosscheckService) => [...service.findings('bridge/a'), ...service.findings('bridge/b')];
const fromStore = (findings: Api.Finding[]) => findings.length > 0 && findings.every((f) => f.message.startsWith('kept: '));

/** A reader that checks stories (on the calling thread here), as the server's reader threads do during a load. */
const checkingReader: Api.Reader = {
  concurrency: 1,
  read: (request) => analysis.inProcessReader.read(request),
  check: (request) => Promise.resolve().then(() => analysis.checkStory(request)),
};

test('a reopened folder’s stories are not checked again: their findings come from the store, for the same texts and config', async () => {
  const store = storyStore();
  const workspace = memoryWorkspace(TEXTS, { stamps: true });
  const first = analysis.createService({ workspace, store, reader: checkingReader, createStoryIndex: () => byFolder() });
  await first.load();
  assert.equal(store.findings.size, 2, 'each story’s findings are kept when the load ends');
  const expected = first.findings('lee/c');
  const kept = [...store.findings.values()].flat().filter((f) => f.uri === 'lee/c');
  assert.deepEqual(described(kept), described(expected), 'what is kept is what the check found');
  markKept(store);

  const same = await reopenStamped(store, workspace, checkingReader);
  assert.ok(fromStore(same.seen.preview!.findings), 'the open story’s preview');
  assert.ok(fromStore(same.service.findings('lee/c')) && fromStore(bridge(same.service)), 'every story the load publishes');

  // One article of the other story written with another text: that story is checked again, the open one is not.
  workspace.set('bridge/b', 'Cruz said "we will rebuild the bridge before winter sets in."');
  const edited = await reopenStamped(store, workspace, checkingReader);
  assert.ok(fromStore(edited.service.findings('lee/c')));
  assert.ok(bridge(edited.service).length > 0 && !bridge(edited.service).some((f) => f.message.startsWith('kept: ')), 'another text: checked');
  assert.equal(store.findings.size, 3, 'and its findings kept beside the others');

  // Another config: every story is checked again.
  workspace.setConfig('tolerances:\n  approximate: 0.2\n');
  const configured = await reopenStamped(store, workspace, checkingReader);
  assert.ok(!configured.service.findings('lee/c').some((f) => f.message.startsWith('kept: ')));
  assert.deepEqual(described(configured.service.findings('lee/c')), described(expected));
});
