// The service over a workspace (server/src/analysis/service.ts): what it reads and when, what it keeps,
// per story, between questions, and how skipped files and the config file reach the user. In memory:
// the same workspace interface the CLI and the server implement over the disk.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type * as Api from '../../server/src/analysis/index';
import { analysis } from '../helpers/analysis';
import { byFolder } from '../helpers/folderStories';
import { CONFIG_URI, memoryWorkspace, type MemoryWorkspace } from '../helpers/memoryWorkspace';
import { QUAKE_NORTH, QUAKE_POST } from '../helpers/storyTexts';

const CALL = {
  'lee/a': 'Mayor Ann Lee and Governor Tom Walsh spoke for two hours on Monday.',
  'lee/b': 'Lee and Walsh spoke for about two hours.',
  'lee/c': 'Walsh and Lee spoke for 20 minutes.',
};
const BRIDGE = {
  'bridge/a': 'Engineer Eva Cruz said: "We will rebuild the old bridge before the winter comes."',
  'bridge/b': 'Cruz said "we will rebuild the bridge before winter arrives."',
  'bridge/c': 'Cruz said “We will rebuild the old bridge before the winter comes”.',
};

function setUp(texts: Record<string, string>, options: Partial<Api.ServiceOptions> = {}): { workspace: MemoryWorkspace; service: Api.CrosscheckService } {
  const workspace = memoryWorkspace(texts);
  return { workspace, service: analysis.createService({ workspace, ...options }) };
}

const codes = (findings: Api.Finding[]) => findings.map((f) => `${f.uri} ${f.code}`).sort();

test('service: the first question reads every listed article once; later questions read nothing', () => {
  const { workspace, service } = setUp({ ...CALL });
  assert.deepEqual(service.uris(), ['lee/a', 'lee/b', 'lee/c']);
  assert.deepEqual(codes(service.findings()), ['lee/c quantity-conflict']);
  service.findings('lee/a');
  service.at('lee/a', 3);
  assert.deepEqual([...workspace.reads.values()], [1, 1, 1]);
});

test('service: an edit re-reads that document only, and the answers follow the new text', () => {
  const { workspace, service } = setUp({ ...CALL });
  const b = service.reading('lee/b');
  workspace.set('lee/c', 'Walsh and Lee spoke for two hours.');
  assert.deepEqual(codes(service.findings()), [], 'no conflict left');
  assert.equal(service.reading('lee/b'), b, 'the untouched document keeps its reading');
  assert.deepEqual([...workspace.reads.entries()].sort(), [['lee/a', 1], ['lee/b', 1], ['lee/c', 2]]);
  assert.equal(service.reading('lee/c')?.version, 1, 'a text from disk counts up a version');
});

test('service: text seen a moment ago (an undo) is not read again', () => {
  const { workspace, service } = setUp({ ...CALL });
  const first = service.reading('lee/c');
  workspace.set('lee/c', `${CALL['lee/c']} More.`);
  assert.notEqual(service.reading('lee/c'), first);
  workspace.set('lee/c', CALL['lee/c'], { version: 7 });
  assert.equal(service.reading('lee/c'), first, 'the earlier reading is back');
  assert.equal(service.reading('lee/c')?.version, 7, 'with the editor version');
  assert.deepEqual(codes(service.findings()), ['lee/c quantity-conflict']);
});

test('service: a story is rebuilt only when one of its articles changes; findings never cross stories', () => {
  const { workspace, service } = setUp({ ...CALL, ...BRIDGE }, { createStoryIndex: () => byFolder() });
  assert.deepEqual(service.stories().map((s) => [s.id, s.uris.length]), [['bridge', 3], ['lee', 3]]);
  assert.deepEqual(codes(service.findings()), ['bridge/b quote-wording', 'lee/c quantity-conflict']);
  const lee = service.corpus('lee/a');
  const bridge = service.corpus('bridge/a');
  assert.ok(!lee.readings.has('bridge/a'), 'a story corpus holds its own articles');
  workspace.set('bridge/b', 'Cruz said "we will rebuild the old bridge before the winter comes."');
  assert.deepEqual(codes(service.findings()), ['lee/c quantity-conflict']);
  assert.equal(service.corpus('lee/a'), lee, 'the other story is not rebuilt');
  assert.notEqual(service.corpus('bridge/a'), bridge);
  workspace.set('lee/b', CALL['lee/b'], { version: 3 });
  assert.equal(service.corpus('lee/a'), lee, 'the same text again (a save) rebuilds nothing');
});

test('service: moving an article to another story rebuilds both; deleting a folder drops what was under it', () => {
  const { workspace, service } = setUp({ ...CALL, ...BRIDGE }, { createStoryIndex: () => byFolder() });
  assert.equal(service.findings('lee/c').length, 1);
  workspace.delete('lee/c');
  workspace.set('bridge/d', CALL['lee/c']);
  assert.deepEqual(service.stories().map((s) => s.uris), [['bridge/a', 'bridge/b', 'bridge/c', 'bridge/d'], ['lee/a', 'lee/b']]);
  assert.deepEqual(codes(service.findings()), ['bridge/b quote-wording']);
  workspace.delete('bridge');
  assert.deepEqual(service.uris(), ['lee/a', 'lee/b']);
});

test('service: unreadable files are listed with their reason, and come back once readable', () => {
  const { workspace, service } = setUp({ ...CALL });
  workspace.setUnreadable('lee/c', 'skipped: the file looks binary');
  assert.deepEqual(service.skipped().map((s) => [s.uri, s.reason]), [['lee/c', 'skipped: the file looks binary']]);
  assert.deepEqual(service.uris(), ['lee/a', 'lee/b']);
  assert.equal(service.documentName('lee/c'), 'lee/c');
  workspace.set('lee/c', CALL['lee/c']);
  assert.deepEqual(service.skipped(), []);
  assert.deepEqual(codes(service.findings()), ['lee/c quantity-conflict']);
});

test('service: the config file is read from the workspace, with its problems; a reviewed finding is filtered without a rebuild', () => {
  const { workspace, service } = setUp({ ...CALL });
  const [finding] = service.findings();
  const corpus = service.corpus('lee/a');
  workspace.setConfig(`reviewed:\n  - ${finding.fingerprint}\n`);
  assert.deepEqual(service.findings(), []);
  assert.equal(service.findings(undefined, { includeReviewed: true }).length, 1);
  assert.equal(service.corpus('lee/a'), corpus, 'marking a finding reviewed does not re-analyse');
  assert.equal(service.configFile()?.uri, CONFIG_URI);

  workspace.setConfig('sources:\n  lee/c: { source: The Courier }\nnonsense: [\n');
  assert.ok((service.configFile()?.problems.length ?? 0) > 0, 'a broken file is reported');
  workspace.setConfig('sources:\n  lee/c: { source: The Courier }\n');
  assert.deepEqual(service.configFile()?.problems, []);
  assert.equal(service.sourceName('lee/c'), 'The Courier', 'the document is read again under its new source');
  assert.match(service.findings()[0].message, /The Courier/);
  assert.notEqual(service.corpus('lee/a'), corpus);
});

test('service: host settings apply where the config file keeps the default', () => {
  let maxFileBytes: number | undefined = 123;
  const { workspace, service } = setUp({ ...CALL }, { settings: () => ({ maxFileBytes }) });
  assert.equal(service.config.maxFileBytes, 123);
  maxFileBytes = undefined;
  workspace.setConfig('');
  assert.equal(service.config.maxFileBytes, analysis.defaultConfig().maxFileBytes);
  maxFileBytes = 99;
  workspace.setConfig('maxFileBytes: 5000\n');
  assert.equal(service.config.maxFileBytes, 5000, 'the file wins');
});

test('service: refresh says which documents and stories a change touched', () => {
  const { workspace, service } = setUp({ ...CALL, ...BRIDGE }, { createStoryIndex: () => byFolder() });
  const cold = service.refresh();
  assert.equal(cold.documents.length, 6);
  assert.equal(cold.config, true);
  assert.deepEqual(service.refresh(), { documents: [], stories: [], config: false }, 'nothing pending');
  workspace.set('bridge/b', `${BRIDGE['bridge/b']} Later.`);
  assert.deepEqual(service.refresh(), { documents: ['bridge/b'], stories: ['bridge'], config: false });
});

test('service: an edit that a question applied first is still reported by the next refresh, once', () => {
  // The server publishes from refresh's result; a hover between a keystroke and the server's pass applies the edit.
  const { workspace, service } = setUp({ ...CALL, ...BRIDGE }, { createStoryIndex: () => byFolder() });
  service.refresh();
  workspace.set('bridge/b', `${BRIDGE['bridge/b']} Later.`);
  service.at('lee/a', 3);
  assert.equal(service.pending(), false, 'the question applied the edit');
  assert.deepEqual(service.refresh(), { documents: ['bridge/b'], stories: ['bridge'], config: false });
  assert.deepEqual(service.refresh(), { documents: [], stories: [], config: false }, 'reported once');
});

test('service: questions about an unknown document have empty answers', () => {
  const { service } = setUp({ ...CALL });
  assert.equal(service.reading('nope'), undefined);
  assert.equal(service.at('nope', 0), undefined);
  assert.deepEqual(service.findings('nope'), []);
  assert.deepEqual(service.related('nope', 0), []);
  assert.deepEqual(service.symbols('nope'), []);
  assert.equal(service.corpus('nope').readings.size, 0);
  assert.equal(service.documentName('nope'), 'nope');
});

test("service: the story index is given the folder listing, so one event's small folder is one story", () => {
  const texts: Record<string, string> = Object.fromEntries(QUAKE_NORTH.map((text, i) => [`event/north-${i}.txt`, text]));
  texts['event/post.txt'] = QUAKE_POST;
  const listings: string[][] = [];
  const { service } = setUp(texts, {
    createStoryIndex: (options) => {
      const index = analysis.createStoryIndex(options);
      return { ...index, listed: (paths: string[]) => (listings.push([...paths].sort()), index.listed?.(paths)) };
    },
  });
  assert.deepEqual(service.stories().map((s) => s.uris.length), [4], 'the post joins the wires');
  assert.deepEqual(listings, [Object.keys(texts).sort()]);
});
