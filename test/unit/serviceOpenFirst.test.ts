// A cold load with an article open (server/src/analysis/service/provisional.ts): the open article's provisional story,
// found by scanning the folder's texts for its rare names, is read and checked before the load takes the folder, so
// that the preview shows findings across articles at once; the load then publishes the real story.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type * as Api from '../../server/src/analysis/index';
import { analysis } from '../helpers/analysis';
import { byFolder, TWO_FOLDER_STORIES } from '../helpers/folderStories';
import { memoryWorkspace } from '../helpers/memoryWorkspace';

/** Articles of other stories, none naming the open story's people: the scan must leave them out. */
function withOthers(count: number): Record<string, string> {
  const texts: Record<string, string> = { ...TWO_FOLDER_STORIES };
  for (let i = 0; i < count; i++) texts[`other${i % 5}/${String(i).padStart(2, '0')}`] = `Officials opened a bridge of ${100 + i} metres on Tuesday, the council said.`;
  return texts;
}

test('a cold load checks the open article’s story before it takes the folder, and the load publishes the same findings', async () => {
  const texts = withOthers(30);
  const service = analysis.createService({ workspace: memoryWorkspace(texts), createStoryIndex: () => byFolder() });
  const seen: { uris?: string[]; taken?: number; storyReady?: number; preview?: ReturnType<Api.CrosscheckService['preview']> } = {};
  let taken = 0;
  let storyReady = 0;
  await service.load({
    first: ['lee/c'],
    provisionalStories: true,
    progress: (_done, total) => (taken = total),
    storyReady: () => storyReady++,
    foreseen: (uris) => {
      seen.uris = uris;
      seen.taken = taken;
      seen.storyReady = storyReady;
      seen.preview = service.preview('lee/c');
    },
  });
  assert.deepEqual(seen.uris, ['lee/c']);
  assert.equal(seen.taken, 0, 'the load had taken no text of the folder yet');
  assert.equal(seen.storyReady, 0, 'no story was ready yet');
  const across = (findings: Api.Finding[]) => findings.filter((f) => f.related.some((r) => r.uri !== f.uri));
  const shown = across(seen.preview?.findings ?? []);
  assert.ok(shown.length > 0, 'the preview shows a finding across articles');
  assert.deepEqual([...(seen.preview?.others?.keys() ?? [])].sort(), ['lee/a', 'lee/b', 'lee/c'], 'the provisional story is the open article’s folder story, no other');
  const key = (f: Api.Finding) => `${f.code} ${f.start}-${f.end} ${f.message}`;
  assert.deepEqual(shown.map(key).sort(), across(service.findings('lee/c')).map(key).sort(), 'the load publishes the findings the preview showed');
});

test('a cold load without an open article, or whose open article shares no rare name with another, shows no provisional story', async () => {
  const texts = withOthers(10);
  const calls: string[][] = [];
  const service = analysis.createService({ workspace: memoryWorkspace(texts), createStoryIndex: () => byFolder() });
  await service.load({ first: ['other0/00'], provisionalStories: true, foreseen: (uris) => void calls.push(uris) });
  assert.deepEqual(calls, [[]]);
  assert.ok(service.preview('other0/00') !== undefined, 'the article’s own preview still answers');
});
