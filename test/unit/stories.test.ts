// The story grouping (server/src/analysis/corpus/stories.ts) on articles written for the test: two quakes in one
// country come apart, one event told five ways stays together, and the index keeps its promises (deterministic,
// incremental, ids that survive edits, the user's pins and groupings).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import type * as StoriesModule from '../../server/src/analysis/corpus/stories';
import { ROOT, analysis } from '../helpers/analysis';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createStoryIndex, storyOptions } = require(path.join(ROOT, 'server', 'out', 'analysis', 'corpus', 'stories')) as typeof StoriesModule;

/** A deadly quake in the north of one country … */
const QUAKE_NORTH = [
`Strong quake kills four in northern Chile

A magnitude 6.2 earthquake struck the Atacama region of northern Chile on Tuesday, killing four people and damaging hundreds of homes in the mining town of Copiapo, officials said.
Interior Minister Rodrigo Delgado said rescue teams were searching collapsed buildings in Copiapo and the nearby port of Caldera.
The quake hit at 3:12 p.m. local time at a depth of 35 km, according to the U.S. Geological Survey.
"We are working to reach every family," Delgado told reporters in Santiago.`,
`Chile earthquake: four dead as 6.2 tremor hits Atacama

Four people died when a 6.2-magnitude earthquake shook the Atacama desert region on Tuesday afternoon.
The tremor was centred 40 km north of Copiapo, the regional capital, the Geological Survey said.
Interior Minister Rodrigo Delgado said the dead included two miners trapped near Caldera.
Hundreds of houses were damaged and power was cut across the region.`,
`Deadly tremor rattles Copiapo

An earthquake of magnitude 6.2 rocked Copiapo and Caldera in northern Chile on Tuesday, leaving four dead and dozens injured.
"The damage in Copiapo is serious," said Rodrigo Delgado, the interior minister, who flew to the Atacama region.
Schools in Copiapo will stay closed on Wednesday while engineers inspect them.`,
];
/** … and a mild one in its centre, in another year: the same kind of event, two stories. */
const QUAKE_CENTRE = [
`Quake shakes Valparaiso, no deaths reported

A magnitude 5.1 earthquake shook the coastal city of Valparaiso in central Chile on Sunday morning, cracking walls but causing no deaths, authorities said.
Valparaiso mayor Jorge Sharp said firefighters checked the old hillside neighbourhoods of Cerro Alegre after the tremor.
The quake struck at 9:40 a.m. at a depth of 20 km off the coast, the national seismological centre said.`,
`Moderate earthquake rattles central Chile

A 5.1-magnitude quake rattled Valparaiso and Vina del Mar on Sunday, sending residents into the streets.
Mayor Jorge Sharp said there were no reports of serious injuries in Valparaiso.
The seismological centre put the epicentre 15 km west of Vina del Mar.`,
`Valparaiso residents flee homes after 5.1 tremor

Residents of Valparaiso ran from their homes on Sunday when a magnitude 5.1 earthquake struck off the coast of central Chile.
"It was a strong jolt but the city held," mayor Jorge Sharp told local radio.
Some walls cracked in Cerro Alegre and Vina del Mar, officials said.`,
];
/** One event told five ways. */
const TREATY = [
`Leaders agree on river treaty at Lisbon summit

The prime ministers of Spain and Portugal signed a treaty on Friday to share the waters of the Tagus river, ending a dispute that lasted more than a decade.
Portuguese Prime Minister Luis Montenegro and Spanish Prime Minister Pedro Sanchez signed the accord at the Belem palace in Lisbon.
The treaty sets a minimum flow of 2,700 cubic hectometres a year at the border.`,
`Spain, Portugal seal Tagus water deal

Spain and Portugal on Friday agreed how to share the Tagus, signing a treaty in Lisbon after years of talks.
Pedro Sanchez said the deal guaranteed "water for farmers on both sides of the border".
Under the treaty, Spain must let at least 2,700 cubic hectometres a year flow into Portugal, Luis Montenegro said.`,
`Tagus treaty signed in Lisbon

Luis Montenegro and Pedro Sanchez signed a treaty sharing the Tagus river at a summit in Lisbon on Friday.
Environmental groups said the minimum flow of 2,700 cubic hectometres was too low.`,
`Iberian neighbours end Tagus dispute

The long dispute between Spain and Portugal over the Tagus river ended on Friday with a treaty signed in Lisbon.
Montenegro, the Portuguese prime minister, called the accord "a victory for common sense".
Sanchez said Spanish farmers in Extremadura would still get the water they need.`,
`Water treaty: what Spain and Portugal agreed in Lisbon

The treaty signed by Pedro Sanchez and Luis Montenegro in Lisbon on Friday fixes a yearly minimum flow of 2,700 cubic hectometres on the Tagus.
It also creates a joint commission to watch the river during droughts, the two governments said.`,
];

const ARTICLES: Array<[string, string]> = [
  ...QUAKE_NORTH.map((t, i): [string, string] => [`north-${i}.txt`, t]),
  ...QUAKE_CENTRE.map((t, i): [string, string] => [`centre-${i}.txt`, t]),
  ...TREATY.map((t, i): [string, string] => [`treaty-${i}.txt`, t]),
];

const uri = (name: string) => `mem:///news/${name}`;

function load(articles: Array<[string, string]>, options: StoriesModule.StoryOptions = {}): StoriesModule.StoryIndex {
  const index = createStoryIndex(options);
  for (const [name, text] of articles) index.update(uri(name), text, { path: `news/${name}` });
  return index;
}

/** The stories as sorted lists of file names, sorted: what a reader sees, whatever the ids. */
function partition(index: StoriesModule.StoryIndex): string[][] {
  return index
    .stories()
    .map((s) => s.uris.map((u) => u.split('/').pop()!).sort())
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

const sorted = [...ARTICLES].sort((a, b) => (a[0] < b[0] ? -1 : 1));

test('two quakes in one country are two stories; one treaty told five ways is one', () => {
  assert.deepEqual(partition(load(sorted)), [
    ['centre-0.txt', 'centre-1.txt', 'centre-2.txt'],
    ['north-0.txt', 'north-1.txt', 'north-2.txt'],
    ['treaty-0.txt', 'treaty-1.txt', 'treaty-2.txt', 'treaty-3.txt', 'treaty-4.txt'],
  ]);
});

test('the grouping does not depend on the order the articles come in, and a cold load in sorted order gives the same ids', () => {
  const expected = partition(load(sorted));
  assert.deepEqual(partition(load([...sorted].reverse())), expected);
  assert.deepEqual(partition(load([sorted[4], sorted[9], sorted[0], ...sorted.filter((_, i) => ![0, 4, 9].includes(i))])), expected);
  assert.deepEqual(load(sorted).stories(), load(sorted).stories());
});

test('a story is named by its most typical headline', () => {
  const index = load(sorted);
  const north = index.stories().find((s) => s.uris.includes(uri('north-0.txt')))!;
  assert.match(north.title, /quake|earthquake|tremor/i);
  assert.match(north.title, /Chile|Copiapo|Atacama/);
});

test('a new article joins its story without touching the others, and only that story is reported changed', () => {
  const index = load(sorted.filter(([name]) => name !== 'north-2.txt'));
  const before = new Map(index.stories().map((s) => [s.id, s.uris]));
  const north = index.storyOf(uri('north-0.txt'))!;
  const change = index.update(uri('north-2.txt'), QUAKE_NORTH[2], { path: 'news/north-2.txt' });
  assert.deepEqual(change.changed, [north]);
  assert.equal(index.storyOf(uri('north-2.txt')), north);
  for (const story of index.stories()) if (story.id !== north) assert.deepEqual(story.uris, before.get(story.id));
});

test("an edited article keeps its story and the story keeps its id; an unchanged update changes nothing", () => {
  const index = load(sorted);
  const id = index.storyOf(uri('treaty-2.txt'))!;
  const edited = TREATY[2].replace('too low', 'far too low for the river');
  const change = index.update(uri('treaty-2.txt'), edited, { path: 'news/treaty-2.txt' });
  assert.equal(index.storyOf(uri('treaty-2.txt')), id);
  assert.ok(change.changed.every((c) => c === id), `changed ${change.changed.join(', ')}`);
  assert.deepEqual(index.update(uri('treaty-2.txt'), edited, { path: 'news/treaty-2.txt' }).changed, []);
});

test('an article moved to another event leaves its story for the other one', () => {
  const index = load(sorted);
  const centre = index.storyOf(uri('centre-0.txt'))!;
  const treaty = index.storyOf(uri('treaty-0.txt'))!;
  const change = index.update(uri('treaty-4.txt'), QUAKE_CENTRE[0].replace('Sunday morning', 'Sunday'), { path: 'news/treaty-4.txt' });
  assert.equal(index.storyOf(uri('treaty-4.txt')), centre);
  assert.deepEqual(change.changed, [centre, treaty].sort());
  assert.equal(index.storyOf(uri('treaty-0.txt')), treaty, 'the treaty story keeps its id');
});

test('a removed article leaves its story; the last one takes the story with it', () => {
  const index = load(sorted);
  const id = index.storyOf(uri('north-1.txt'))!;
  assert.deepEqual(index.remove(uri('north-1.txt')).changed, [id]);
  assert.equal(index.storyOf(uri('north-1.txt')), undefined);
  index.remove(uri('north-0.txt'));
  index.remove(uri('north-2.txt'));
  assert.ok(!index.stories().some((s) => s.id === id));
  assert.deepEqual(index.remove(uri('north-2.txt')).changed, []);
});

test('grouping "one" puts the whole folder in one story, as before stories existed', () => {
  const index = load(sorted, { grouping: 'one' });
  assert.equal(index.stories().length, 1);
  assert.equal(index.stories()[0].uris.length, ARTICLES.length);
});

test('grouping "folders" makes each folder a story', () => {
  const index = createStoryIndex({ grouping: 'folders' });
  index.update('mem:///a/x.txt', TREATY[0], { path: 'chile/x.txt' });
  index.update('mem:///a/y.txt', TREATY[1], { path: 'chile/y.txt' });
  index.update('mem:///b/z.txt', TREATY[2], { path: 'iberia/z.txt' });
  index.update('mem:///top.txt', TREATY[3], { path: 'top.txt' });
  assert.deepEqual(
    index.stories().map((s) => [s.title, s.uris.length]),
    [
      ['(top folder)', 1],
      ['chile', 2],
      ['iberia', 1],
    ],
  );
});

test('a pinned story holds exactly the files its globs name, whatever they say; the rest are grouped as usual', () => {
  const index = load(sorted, { pinned: [{ title: 'Chile quakes', files: ['news/north-*.txt', 'news/centre-0.txt'] }] });
  const pinned = index.stories().find((s) => s.title === 'Chile quakes')!;
  assert.deepEqual(pinned.uris, [uri('centre-0.txt'), uri('north-0.txt'), uri('north-1.txt'), uri('north-2.txt')]);
  assert.equal(index.storyOf(uri('centre-1.txt')), index.storyOf(uri('centre-2.txt')));
  assert.notEqual(index.storyOf(uri('centre-1.txt')), pinned.id);
});

test('crosscheck.yaml says how stories are made', () => {
  const parse = (text: string) => analysis.parseConfig(text);
  assert.deepEqual(storyOptions(parse('').config), { grouping: 'auto', pinned: [] });
  assert.deepEqual(storyOptions(parse('stories: one\n').config), { grouping: 'one', pinned: [] });
  const pinned = parse('stories:\n  grouping: folders\n  pin:\n    Aceh quake: [aceh/*.txt, extra/bbc.txt]\n    Heist: heist/**\n');
  assert.deepEqual(pinned.problems, []);
  assert.deepEqual(storyOptions(pinned.config), {
    grouping: 'folders',
    pinned: [
      { title: 'Aceh quake', files: ['aceh/*.txt', 'extra/bbc.txt'] },
      { title: 'Heist', files: ['heist/**'] },
    ],
  });
  const broken = parse('stories:\n  grouping: by-date\n  colour: red\n');
  assert.equal(broken.problems.length, 2);
  assert.equal(broken.config.stories.grouping, 'auto');
  assert.match(broken.problems[0].message, /auto, folders, one/);
});

test('the pair model names every feature it computes, and its weights name no other', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const model = require(path.join(ROOT, 'server', 'out', 'analysis', 'corpus', 'storyModel')) as typeof import('../../server/src/analysis/corpus/storyModel');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const signatures = require(path.join(ROOT, 'server', 'out', 'analysis', 'corpus', 'storySignature')) as typeof import('../../server/src/analysis/corpus/storySignature');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { FolderTerms } = require(path.join(ROOT, 'server', 'out', 'analysis', 'corpus', 'stories')) as typeof StoriesModule;
  const terms = new FolderTerms();
  const [a, b] = [QUAKE_NORTH[0], QUAKE_NORTH[1]].map((text, key) => {
    const { terms: _terms, ...facts } = signatures.storySignature(text);
    return { facts, counts: terms.add(key, signatures.storySignature(text)) };
  });
  const articles = [a, b].map((x) => ({ facts: x.facts, vectors: model.storyVectors(x.counts, terms) }));
  const features = model.pairFeatureValues(articles[0], articles[1], terms);
  assert.equal(features.length, model.PAIR_FEATURES.length);
  assert.ok(features.every(Number.isFinite));
  for (const name of Object.keys(model.defaultStoryModel.weights)) assert.ok(name === 'bias' || model.PAIR_FEATURES.includes(name), name);
  assert.ok(model.sameStoryProbability(features) > 0.5, 'two reports of one quake are likely one story');
});
