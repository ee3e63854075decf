// Where the story index takes an article's lead facts from (server/src/analysis/corpus/storyFacts.ts
// `factsOfReading`, the `leadFacts` story option, the service's `groupWhenRead`): from the article's reading
// when the host holds it, the same facts its head read alone gives, so that no head is read twice.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import type * as Api from '../../server/src/analysis/index';
import type * as StoriesModule from '../../server/src/analysis/corpus/stories';
import type * as FactsModule from '../../server/src/analysis/corpus/storyFacts';
import { ROOT, analysis } from '../helpers/analysis';
import { memoryWorkspace } from '../helpers/memoryWorkspace';
import { ISLAND_QUAKE_MILD, ISLAND_QUAKE_STRONG } from '../helpers/storyTexts';

/* eslint-disable @typescript-eslint/no-require-imports */
const { createStoryIndex } = require(path.join(ROOT, 'server', 'out', 'analysis', 'corpus', 'stories')) as typeof StoriesModule;
const { factsOfReading, leadOf, readLeadFacts } = require(path.join(ROOT, 'server', 'out', 'analysis', 'corpus', 'storyFacts')) as typeof FactsModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const ISLAND: Array<[string, string]> = [
  ...ISLAND_QUAKE_STRONG.map((t, i): [string, string] => [`strong-${i}.txt`, t]),
  ...ISLAND_QUAKE_MILD.map((t, i): [string, string] => [`mild-${i}.txt`, t]),
].sort((a, b) => (a[0] < b[0] ? -1 : 1));

const read = (text: string) => analysis.readArticle(text, { uri: 'mem:///a.txt', version: 0, source: 'a', tolerances: analysis.defaultConfig().tolerances });
const sortedFacts = (facts: FactsModule.LeadFacts) => [...facts].sort((a, b) => (a[0] < b[0] ? -1 : 1));

test('a whole reading up to the end of the head states the facts the head read alone states', () => {
  for (const [, text] of ISLAND) {
    const head = leadOf(text);
    assert.ok(head !== undefined, 'a quake report may state a fact');
    const alone = readLeadFacts(head);
    assert.ok(alone.size >= 2, 'magnitude, toll, hour');
    assert.deepEqual(sortedFacts(factsOfReading(read(text), head.length)), sortedFacts(alone));
  }
});

test('a fact stated after the head is not a lead fact', () => {
  const lead = 'A magnitude 6.4 earthquake struck the island of Vela at 3:40 a.m. on Tuesday, killing 12 people.';
  const later = ' '.repeat(800) + 'In March a magnitude 7.1 quake killed 3 people on the same island.';
  const text = `${lead}\n\n${later}`;
  const head = leadOf(text)!;
  const reading = read(text);
  const magnitudes = (facts: FactsModule.LeadFacts) => facts.get('magnitude') ?? [];
  assert.equal(magnitudes(factsOfReading(reading, head.length)).length, 1, 'only the lead quake');
  assert.equal(magnitudes(factsOfReading(reading)).length, 2, 'the whole text states both');
});

/** A story index whose `leadFacts` answers from readings made here; counts what it answered and what it left. */
function indexWithReadings(texts: Map<string, string>, counts: { given: number; left: number }) {
  return createStoryIndex({
    leadFacts: (uri, head) => {
      const text = texts.get(uri);
      if (text === undefined) {
        counts.left++;
        return undefined;
      }
      counts.given++;
      return factsOfReading(read(text), head.length);
    },
  });
}

const partition = (index: StoriesModule.StoryIndex) => index.stories().map((s) => s.uris.map((u) => u.split('/').pop()).join(' '));

test('the story index takes lead facts from the host when it has them, and splits two quakes as when it reads the heads', () => {
  const uri = (name: string) => `mem:///news/${name}`;
  const plain = createStoryIndex();
  for (const [name, text] of ISLAND) plain.update(uri(name), text, { path: `news/${name}` });
  const counts = { given: 0, left: 0 };
  const fed = indexWithReadings(new Map(ISLAND.map(([name, text]) => [uri(name), text])), counts);
  for (const [name, text] of ISLAND) fed.update(uri(name), text, { path: `news/${name}` });
  assert.deepEqual(partition(fed), partition(plain));
  assert.equal(partition(fed).length, 2, 'two quakes');
  assert.ok(counts.given >= 4, 'the split was tried on facts the host gave');
  assert.equal(counts.left, 0);
  // A host without the reading: the index reads the head itself, to the same stories.
  const none = { given: 0, left: 0 };
  const unread = indexWithReadings(new Map(), none);
  for (const [name, text] of ISLAND) unread.update(uri(name), text, { path: `news/${name}` });
  assert.deepEqual(partition(unread), partition(plain));
  assert.ok(none.left >= 4);
});

/** A service over the island texts whose story index counts the lead facts the service gave and those it read itself. */
function islandService(counts: { given: number; left: number }, config?: Api.Config) {
  const workspace = memoryWorkspace(Object.fromEntries(ISLAND.map(([name, text]) => [`mem:///news/${name}`, text])));
  const service = analysis.createService({
    workspace,
    config,
    reader: { concurrency: 2, read: async (request) => analysis.readArticle(request.text, request.options) },
    createStoryIndex: (options) =>
      createStoryIndex({
        ...options,
        leadFacts: (uri, head) => {
          const facts = options.leadFacts?.(uri, head);
          if (facts) counts.given++;
          else counts.left++;
          return facts;
        },
      }),
  });
  return service;
}

test('load with groupWhenRead: each article joins the story index once read, which reads no head itself; the same stories and findings', async () => {
  const counts = { given: 0, left: 0 };
  const grouped = islandService(counts);
  await grouped.load({ groupWhenRead: true });
  assert.ok(counts.given >= 4, 'the facts came from the readings');
  assert.equal(counts.left, 0, 'no head was read on the way');
  const before = { given: 0, left: 0 };
  const plain = islandService(before);
  await plain.load();
  assert.ok(before.left >= 4, 'a plain load groups before the readings are in: the index reads the heads');
  const names = (service: Api.CrosscheckService) => service.stories().map((s) => s.uris.map((u) => u.split('/').pop()).join(' '));
  assert.deepEqual(names(grouped), names(plain));
  assert.equal(names(grouped).length, 2);
  const findings = (service: Api.CrosscheckService) => service.findings().map((f) => `${f.uri} ${f.code} ${f.message}`).sort();
  assert.deepEqual(findings(grouped), findings(plain));
});

test('other tolerances than the story index reads heads with: the index reads the heads itself', async () => {
  const config = analysis.defaultConfig();
  config.tolerances = { ...config.tolerances, approximate: 0.3 };
  const counts = { given: 0, left: 0 };
  const service = islandService(counts, config);
  await service.load({ groupWhenRead: true });
  assert.equal(counts.given, 0);
  assert.ok(counts.left >= 4);
});
