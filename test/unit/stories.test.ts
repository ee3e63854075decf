// The story grouping (server/src/analysis/corpus/stories.ts) on articles written for the test: two quakes in one
// country come apart, one event told five ways stays together, and the index keeps its promises (deterministic,
// incremental, ids that survive edits, the user's pins and groupings).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import type * as StoriesModule from '../../server/src/analysis/corpus/stories';
import type * as StoryTermsModule from '../../server/src/analysis/corpus/storyTerms';
import { ROOT, analysis } from '../helpers/analysis';
import { ISLAND_QUAKE_MILD, ISLAND_QUAKE_STRONG, OFFER_FIRST, OFFER_SECOND, QUAKE_CENTRE, QUAKE_NORTH, QUAKE_POST, SENATOR_APOLOGY, SENATOR_CAMPAIGN, TREATY } from '../helpers/storyTexts';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createStoryIndex, storyOptions } = require(path.join(ROOT, 'server', 'out', 'analysis', 'corpus', 'stories')) as typeof StoriesModule;

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

test('an edit that changes nothing the grouping reads (spaces, a word read nowhere else) changes no story', () => {
  const index = load(sorted);
  const id = index.storyOf(uri('north-1.txt'))!;
  const spaced = `${QUAKE_NORTH[1]}   \n\n`;
  assert.deepEqual(index.update(uri('north-1.txt'), spaced, { path: 'news/north-1.txt' }).changed, []);
  assert.equal(index.storyOf(uri('north-1.txt')), id);
  // A word the article did not use is read (a term of the article): the article is grouped again.
  const worded = spaced.replace(/\.\s*$/, ', officials said again.');
  assert.notDeepEqual(index.update(uri('north-1.txt'), worded, { path: 'news/north-1.txt' }).changed, []);
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

const ISLAND: Array<[string, string]> = [
  ...ISLAND_QUAKE_STRONG.map((t, i): [string, string] => [`strong-${i}.txt`, t]),
  ...ISLAND_QUAKE_MILD.map((t, i): [string, string] => [`mild-${i}.txt`, t]),
].sort((a, b) => (a[0] < b[0] ? -1 : 1));

test('two quakes on one island told with the same names are two stories: their leads disagree on the magnitude, the hour and the toll', () => {
  const apart = [
    ['mild-0.txt', 'mild-1.txt', 'mild-2.txt'],
    ['strong-0.txt', 'strong-1.txt', 'strong-2.txt'],
  ];
  assert.deepEqual(partition(load(ISLAND)), apart);
  assert.deepEqual(partition(load([...ISLAND].reverse())), apart);
  // What the words share joins them: without their figures the six are one story.
  const figureless = ISLAND.map(([name, text]): [string, string] => [name, text.replace(/\d+(?:[.:]\d+)?/g, 'N').replace(/\b(?:three|twelve)\b/gi, 'some')]);
  assert.equal(load(figureless).stories().length, 1);
});

test('reports of one event that disagree on one fact, or a lone report that disagrees on several, stay one story', () => {
  // Two outlets give another toll: one disagreement is what Crosscheck reports, not a second event.
  const tolls = ISLAND_QUAKE_STRONG.map((text, i): [string, string] => [`s-${i}.txt`, text]);
  tolls.push(['s-3.txt', ISLAND_QUAKE_STRONG[0].replace(/killing 12/, 'killing 15')]);
  tolls.push(['s-4.txt', ISLAND_QUAKE_STRONG[1].replace(/Twelve/, 'Fifteen')]);
  assert.equal(load(tolls).stories().length, 1);
  // One outlet with another magnitude and toll: a single report is not an event of its own.
  const lone = ISLAND_QUAKE_STRONG.map((text, i): [string, string] => [`s-${i}.txt`, text]);
  lone.push(['s-3.txt', ISLAND_QUAKE_STRONG[0].replace('6.4', '5.8').replace(/killing 12/, 'killing 3')]);
  assert.equal(load(lone).stories().length, 1);
});

test('the reports of a second quake coming one by one split off as their own story; the first story keeps its id', () => {
  const index = load(ISLAND.filter(([name]) => name.startsWith('strong')));
  const strong = index.storyOf(uri('strong-0.txt'))!;
  for (const [name, text] of ISLAND.filter(([n]) => n.startsWith('mild'))) index.update(uri(name), text, { path: `news/${name}` });
  assert.deepEqual(partition(index), [
    ['mild-0.txt', 'mild-1.txt', 'mild-2.txt'],
    ['strong-0.txt', 'strong-1.txt', 'strong-2.txt'],
  ]);
  for (const [name] of ISLAND.filter(([n]) => n.startsWith('strong'))) assert.equal(index.storyOf(uri(name)), strong);
});

/** Two events as files `first-N` and `second-N`, in a folder that also holds the quakes, the treaty and the island quakes. */
function twoEvents(first: string[], second: string[]): Array<[string, string]> {
  return [
    ...ARTICLES,
    ...ISLAND,
    ...first.map((t, i): [string, string] => [`first-${i}.txt`, t]),
    ...second.map((t, i): [string, string] => [`second-${i}.txt`, t]),
  ].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** The stories that hold the files of two events, as in `partition`. */
function storiesOfTwo(index: StoriesModule.StoryIndex): string[][] {
  return partition(index)
    .map((story) => story.filter((name) => /^(first|second)-/.test(name)))
    .filter((story) => story.length > 0);
}

const APART = [
  ['first-0.txt', 'first-1.txt', 'first-2.txt'],
  ['second-0.txt', 'second-1.txt', 'second-2.txt'],
];

test('one senator in the news on two days a year apart is two stories: the leads give another day, and little else binds them', () => {
  // A cold load, in sorted order (this pair's bond is near the limit: in another order the pair probabilities the
  // split weighs are those of a smaller folder, and the six stay one story).
  assert.deepEqual(storiesOfTwo(load(twoEvents(SENATOR_CAMPAIGN, SENATOR_APOLOGY))), APART);
  // What the words share joins them: with the same day in every lead, the six are one story.
  const sameDay = twoEvents(SENATOR_CAMPAIGN, SENATOR_APOLOGY.map((t) => t.replace(/Thursday/g, 'Monday')));
  assert.deepEqual(storiesOfTwo(load(sameDay)), [[...APART[0], ...APART[1]]]);
});

test('two offers to one player by two teams on two days are two stories, though their figures agree', () => {
  const articles = twoEvents(OFFER_FIRST, OFFER_SECOND);
  assert.deepEqual(storiesOfTwo(load(articles)), APART);
  assert.deepEqual(storiesOfTwo(load([...articles].reverse())), APART);
  // One team on one day: one offer told six ways, one story (the team alone parts them: the next test).
  const sameDay = twoEvents(OFFER_FIRST, OFFER_SECOND.map((t) => t.replace(/Friday/g, 'Tuesday').replace(/Mariners/g, 'Hawks').replace(/Tacoma/g, 'Portland')));
  assert.deepEqual(storiesOfTwo(load(sameDay)), [[...APART[0], ...APART[1]]]);
});

test('two offers to one player by two teams are two stories when no lead gives a day: each camp of leads names its own team', () => {
  const undated = (texts: string[]) => texts.map((t) => t.replace(/ on (?:Tuesday|Friday)\b/g, ''));
  const articles = twoEvents(undated(OFFER_FIRST), undated(OFFER_SECOND));
  assert.deepEqual(storiesOfTwo(load(articles)), APART);
  assert.deepEqual(storiesOfTwo(load([...articles].reverse())), APART);
  // The same team in every lead: one offer told six ways, one story.
  const oneTeam = undated(OFFER_SECOND).map((t) => t.replace(/Mariners/g, 'Hawks').replace(/Tacoma/g, 'Portland'));
  assert.deepEqual(storiesOfTwo(load(twoEvents(undated(OFFER_FIRST), oneTeam))), [[...APART[0], ...APART[1]]]);
});

test('reports of one event that give two days stay one story when their words bind them', () => {
  // Two of the five treaty reports date the signing a day later: a disagreement to report, not a second treaty.
  const treaty = TREATY.map((t, i): [string, string] => [`treaty-${i}.txt`, i >= 3 ? t.replace(/Friday/g, 'Saturday') : t]);
  const index = load([...QUAKE_NORTH.map((t, i): [string, string] => [`north-${i}.txt`, t]), ...treaty].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  assert.equal(new Set(treaty.map(([name]) => index.storyOf(uri(name)))).size, 1);
});

test('the pair model names every feature it computes, and its weights name no other', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const model = require(path.join(ROOT, 'server', 'out', 'analysis', 'corpus', 'storyModel')) as typeof import('../../server/src/analysis/corpus/storyModel');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const signatures = require(path.join(ROOT, 'server', 'out', 'analysis', 'corpus', 'storySignature')) as typeof import('../../server/src/analysis/corpus/storySignature');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { FolderTerms } = require(path.join(ROOT, 'server', 'out', 'analysis', 'corpus', 'storyTerms')) as typeof StoryTermsModule;
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

test('a place the lead names is where the act happened, not an actor: only people and bodies are lead names', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const signatures = require(path.join(ROOT, 'server', 'out', 'analysis', 'corpus', 'storySignature')) as typeof import('../../server/src/analysis/corpus/storySignature');
  const lead = 'Two sect leaders arrested in Canada\n\nPolice in Canada arrested Winston Harlow and a second Canadian leader of the sect on Wednesday, Attorney General Tom Reyes said.\n\nThe two men appeared in court.';
  const names = signatures.storySignature(lead).leadNames;
  assert.ok(names.includes('harlow') && names.includes('reyes'), names.join(','));
  assert.ok(!names.includes('canada') && !names.includes('canadian'), names.join(','));
});


/** The index given a listing first, as the service gives it: `extra` more articles listed in the same directory. */
function loadListed(articles: Array<[string, string]>, extra: number): StoriesModule.StoryIndex {
  const index = createStoryIndex({});
  index.listed?.([...articles.map(([name]) => `event/${name}`), ...Array.from({ length: extra }, (_, i) => `event/other-${i}.txt`)]);
  for (const [name, text] of articles) index.update(uri(name), text, { path: `event/${name}` });
  return index;
}

test('in a small folder, an outlet telling the event in other words joins the event; in an archive-sized folder it stands alone', () => {
  const event: Array<[string, string]> = [...QUAKE_NORTH.map((t, i): [string, string] => [`north-${i}.txt`, t]), ['post.txt', QUAKE_POST]];
  assert.deepEqual(partition(loadListed(event, 0)), [['north-0.txt', 'north-1.txt', 'north-2.txt', 'post.txt']]);
  assert.deepEqual(partition(loadListed(event, 40)), [['north-0.txt', 'north-1.txt', 'north-2.txt'], ['post.txt']]);
});

test('two quakes of one country put in one small folder are still two stories', () => {
  const both: Array<[string, string]> = [
    ...QUAKE_NORTH.map((t, i): [string, string] => [`north-${i}.txt`, t]),
    ...QUAKE_CENTRE.map((t, i): [string, string] => [`centre-${i}.txt`, t]),
  ];
  assert.deepEqual(partition(loadListed(both, 0)), [
    ['centre-0.txt', 'centre-1.txt', 'centre-2.txt'],
    ['north-0.txt', 'north-1.txt', 'north-2.txt'],
  ]);
});

/** Every live article is in exactly one story, each story lists its members once, and no removed article is anywhere. */
function assertConsistent(index: StoriesModule.StoryIndex, live: Set<string>): void {
  const seen = new Map<string, string>();
  for (const story of index.stories()) {
    for (const u of story.uris) {
      assert.ok(!seen.has(u), `${u} is in ${seen.get(u)} and ${story.id}`);
      seen.set(u, story.id);
      assert.equal(index.storyOf(u), story.id);
    }
  }
  assert.deepEqual([...seen.keys()].sort(), [...live].sort());
}

test('after edits, moves and removals the stories hold exactly the live articles: a story met again lists its members as they are now', () => {
  const index = load(sorted);
  const live = new Set(sorted.map(([name]) => uri(name)));
  // A removed article must not come back when a new report of its event touches its story again.
  index.remove(uri('north-1.txt'));
  live.delete(uri('north-1.txt'));
  index.update(uri('north-3.txt'), QUAKE_NORTH[1], { path: 'news/north-3.txt' });
  live.add(uri('north-3.txt'));
  assertConsistent(index, live);
  assert.equal(index.storyOf(uri('north-1.txt')), undefined);
  assert.equal(index.storyOf(uri('north-3.txt')), index.storyOf(uri('north-0.txt')));
  // An article moved to another event stays there when its old story is met again.
  index.update(uri('treaty-4.txt'), QUAKE_CENTRE[0].replace('Sunday morning', 'Sunday'), { path: 'news/treaty-4.txt' });
  index.update(uri('treaty-5.txt'), TREATY[4], { path: 'news/treaty-5.txt' });
  live.add(uri('treaty-5.txt'));
  assertConsistent(index, live);
  assert.equal(index.storyOf(uri('treaty-4.txt')), index.storyOf(uri('centre-0.txt')));
  assert.equal(index.storyOf(uri('treaty-5.txt')), index.storyOf(uri('treaty-0.txt')));
  // And the same folder loaded cold is grouped alike.
  const final: Array<[string, string]> = [
    ...sorted.filter(([name]) => name !== 'north-1.txt' && name !== 'treaty-4.txt'),
    ['north-3.txt', QUAKE_NORTH[1]],
    ['treaty-4.txt', QUAKE_CENTRE[0].replace('Sunday morning', 'Sunday')],
    ['treaty-5.txt', TREATY[4]],
  ];
  const cold = load(final.sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  assert.deepEqual(partition(index), partition(cold));
});

test('a story larger than the splits take apart is not read for its lead facts when it grows', () => {
  // A hundred reports of the northern quake (the three told with other wording), then one more.
  const variants = Array.from({ length: 100 }, (_, i) => QUAKE_NORTH[i % 3].replace('officials said', `officials said in report ${i + 1}`));
  const read: string[] = [];
  const index = createStoryIndex({ leadFacts: (u) => (read.push(u), undefined) });
  variants.forEach((text, i) => index.update(uri(`north-${String(i).padStart(3, '0')}.txt`), text, { path: `news/north-${i}.txt` }));
  assert.ok(read.length > 0, 'the heads of the story were read while it was small');
  read.length = 0;
  index.update(uri('north-999.txt'), QUAKE_NORTH[0], { path: 'news/north-999.txt' });
  const story = index.stories().find((s) => s.uris.includes(uri('north-999.txt')))!;
  assert.ok(story.uris.length > 64, `the new report joined a story of ${story.uris.length}`);
  assert.deepEqual(read, []);
});

test('the best candidates of an article are the first of them in score order, as a full sort would give', () => {
  const { bestOf } = require(path.join(ROOT, 'server', 'out', 'analysis', 'corpus', 'storyTerms')) as typeof StoryTermsModule;
  let state = 7;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  for (const size of [0, 1, 5, 20, 21, 300, 2000]) {
    const keys = Array.from({ length: size }, (_, i) => i * 3 + 1).sort(() => next() - 0.5);
    const scores = new Map(keys.map((k) => [k, Math.floor(next() * 8)]));
    const order = (a: number, b: number) => scores.get(b)! - scores.get(a)! || a - b;
    assert.deepEqual(bestOf(keys, 20, order), [...keys].sort(order).slice(0, 20));
  }
});

test('a file created after the folder was listed counts in its directory: a new event folder is small, a grown one is not', () => {
  const event: Array<[string, string]> = [...QUAKE_NORTH.map((t, i): [string, string] => [`north-${i}.txt`, t]), ['post.txt', QUAKE_POST]];
  const created = createStoryIndex({});
  created.listed?.(['archive/old.txt']);
  for (const [name, text] of event) created.update(uri(name), text, { path: `event/${name}` });
  assert.deepEqual(partition(created), [['north-0.txt', 'north-1.txt', 'north-2.txt', 'post.txt']]);

  const grown = createStoryIndex({});
  grown.listed?.(event.map(([name]) => `event/${name}`));
  for (const [name, text] of event.slice(0, 3)) grown.update(uri(name), text, { path: `event/${name}` });
  for (let i = 0; i < 40; i++) {
    const text = `Council notes ${i}\n\nThe council of district ${i} met on road repairs and the library budget for the coming year.`;
    grown.update(uri(`council-${i}.txt`), text, { path: `event/council-${i}.txt` });
  }
  grown.update(uri('post.txt'), QUAKE_POST, { path: 'event/post.txt' });
  assert.deepEqual(partition(grown).find((story) => story.includes('post.txt')), ['post.txt']);
});
