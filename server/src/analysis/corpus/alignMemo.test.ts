// An alignment kept for the next (corpus/alignMemo.ts): after each edit of a series, the story's statements group and
// link as a new alignment of the same texts does, and the pairs of statements the edit did not change are carried.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readArticle } from '../read/readArticle';
import { defaultConfig } from '../config';
import { buildCorpus, type Corpus } from './corpus';
import type { AlignMemo, KeptPlacement } from './alignMemo';
import { placeStatements } from './align';
import { linkEntities } from './entities';
import { newStoryMemo } from './storyMemo';
import type { ClaimRef, Reading } from '../types';

const config = defaultConfig();
const read = (uri: string, text: string) => readArticle(text, { uri, version: 1, source: uri.replace(/^mem:\//, ''), tolerances: config.tolerances });

const TEXTS: Record<string, string> = {
  'mem:/herald': 'Footbridge collapses in Marlow\n\nA footbridge over the river collapsed in Marlow on Tuesday, injuring 12 people. The 40-metre bridge opened in 1994. Mayor Ellen Dorsey, 56, said the crossing carried 3,000 people a day. Engineers inspected the bridge six weeks ago.',
  'mem:/courier': 'Twelve hurt as Marlow bridge falls\n\nTwelve people were injured when a footbridge collapsed in Marlow on Tuesday. The 40-metre span had opened in 1994. Mayor Ellen Dorsey, 56, said about 3,000 people crossed it every day. Inspectors checked the bridge six weeks ago.',
  'mem:/gazette': 'Marlow footbridge collapse\n\nA footbridge collapsed in Marlow on Tuesday and 14 people were injured, officials said. The bridge, 45 metres long, opened in 1994. Ellen Dorsey, the mayor, said about 3,000 people crossed it every day.',
};

/** What a corpus says of its statements: each group's members, and how likely each pair of statements is one. */
function aligned(corpus: Corpus): { groups: string[]; links: string[] } {
  const key = (ref: ClaimRef) => `${ref.uri}#${ref.index}`;
  const refs = corpus.claimGroups.flatMap((g) => g.claims);
  const links: string[] = [];
  for (const a of refs) for (const b of refs) if (key(a) < key(b) && corpus.claimLinks.get(a, b) !== undefined) links.push(`${key(a)} ${key(b)} ${corpus.claimLinks.get(a, b)}`);
  return { groups: corpus.claimGroups.map((g) => `${g.id}: ${g.claims.map(key).join(' ')}`).sort(), links: links.sort() };
}

/** The features arrays the memo holds: a pair carried keeps its array, a pair weighed again has a new one. */
const featureArrays = (memo: AlignMemo) => new Set([...memo.pairs.values()].flatMap((list) => list.map((p) => p.features)));

test('alignMemo: after each edit the statements group and link as a new alignment does, and unchanged pairs are carried', () => {
  const texts = { ...TEXTS };
  const memo = newStoryMemo();
  const readings = new Map(Object.entries(texts).map(([uri, text]) => [uri, read(uri, text)]));
  buildCorpus([...readings.values()], config, memo);
  assert.ok(featureArrays(memo.align).size > 0, 'the story has candidate pairs');
  const edits: Array<[string, string, string, 'carried' | 'none']> = [
    // A word before every statement: where they stand moves, what they say does not.
    ['mem:/herald', 'A footbridge', 'A pedestrian footbridge', 'carried'],
    // A value changed: its statement's pairs are weighed again, the rest carried.
    ['mem:/gazette', '14 people', '12 people', 'carried'],
    ['mem:/courier', 'Twelve people were injured', '13 people were injured', 'carried'],
    // A sentence added before the others: every statement of the article stands elsewhere in it.
    ['mem:/herald', 'Footbridge collapses in Marlow\n\n', 'Footbridge collapses in Marlow\n\nPolice closed the river path. ', 'carried'],
    // The mayor's name respelled: what the other articles' mentions link to may change.
    ['mem:/gazette', 'Ellen Dorsey, the mayor', 'Ellen Dorsay, the mayor', 'carried'],
    ['mem:/gazette', 'Ellen Dorsay, the mayor', 'Ellen Dorsey, the mayor', 'carried'],
  ];
  for (const [uri, from, to, expected] of edits) {
    assert.ok(texts[uri].includes(from), `${uri} has no “${from}”`);
    texts[uri] = texts[uri].replace(from, to);
    readings.set(uri, read(uri, texts[uri]));
    const before = featureArrays(memo.align);
    const kept = buildCorpus([...readings.values()], config, memo);
    const fresh = buildCorpus([...readings.values()], config);
    assert.deepEqual(aligned(kept), aligned(fresh), `after ${uri}: “${from}” → “${to}”`);
    const carried = [...featureArrays(memo.align)].filter((f) => before.has(f)).length;
    if (expected === 'carried') assert.ok(carried > 0, `after ${uri}: “${from}” → “${to}”, no pair carried`);
    assert.ok(carried < featureArrays(memo.align).size, `after ${uri}: “${from}” → “${to}”, every pair carried though the edit changed statements`);
  }
});

test('alignMemo: the same texts again carry every pair', () => {
  const memo = newStoryMemo();
  const readings = Object.entries(TEXTS).map(([uri, text]) => read(uri, text));
  buildCorpus(readings, config, memo);
  const before = featureArrays(memo.align);
  const again = buildCorpus(readings, config, memo);
  assert.deepEqual(featureArrays(memo.align), before);
  assert.deepEqual(aligned(again), aligned(buildCorpus(readings, config)));
});

test('alignMemo: an article is placed again when what its placement read of the other articles changed', () => {
  const readDated = (uri: string, date: string | undefined) => readArticle(TEXTS[uri], { uri, version: 1, source: uri.replace(/^mem:\//, ''), date, tolerances: config.tolerances });
  // The gazette has no date: its statements are dated between the others' dates.
  const readings = [readDated('mem:/courier', '2020-05-06'), readDated('mem:/gazette', undefined), readDated('mem:/herald', '2020-05-05')];
  const { entities, mentionEntity } = linkEntities(readings, config);
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const kept = new Map<string, KeptPlacement>();
  const first = placeStatements(readings, mentionEntity, entityById, undefined, kept);
  const again = placeStatements(readings, mentionEntity, entityById, undefined, kept);
  assert.ok(first.length > 0 && again.length === first.length && again.every((ref, i) => ref === first[i]), 'nothing changed: every statement as placed before');
  // The courier's copy dated a year later: the same text, and the gazette's statements now span the year.
  readings[0] = readDated('mem:/courier', '2021-05-06');
  const redated = placeStatements(readings, mentionEntity, entityById, undefined, kept);
  assert.deepEqual(redated, placeStatements(readings, mentionEntity, entityById));
  assert.ok(redated.some((ref) => ref.uri === 'mem:/gazette' && ref.publishedBetween?.[1] === '2021-05-06'));
  assert.ok(redated.some((ref, i) => ref.uri === 'mem:/herald' && ref === first[i]), 'the herald, whose placement read nothing that changed, as placed before');
});

test('alignMemo: an unchanged article is placed again when the story’s entities changed', () => {
  const place = (readings: Reading[], kept?: Map<string, KeptPlacement>) => {
    const { entities, mentionEntity } = linkEntities(readings, config);
    return placeStatements(readings, mentionEntity, new Map(entities.map((e) => [e.id, e])), undefined, kept);
  };
  const herald = read('mem:/herald', 'Bridge falls in Marlow\n\nMayor Dorsey, 56, said 3,000 people crossed it every day.');
  const courier = 'Marlow bridge collapse\n\nMayor Ellen Dorsey, 56, said about 3,000 people used it daily.';
  const kept = new Map<string, KeptPlacement>();
  const entityOfAge = (placed: ReturnType<typeof place>) => placed.find((ref) => ref.uri === 'mem:/herald' && ref.claim.attribute === 'age')?.entity;
  const before = entityOfAge(place([read('mem:/courier', courier), herald], kept));
  // The courier no longer gives her first name: the herald's reading is the same, the person its "Dorsey" names is not.
  const edited = [read('mem:/courier', courier.replace('Ellen Dorsey', 'Dorsey')), herald];
  const after = place(edited, kept);
  assert.notEqual(entityOfAge(after), before, 'the edit changes the entity of the herald’s age');
  assert.deepEqual(after, place(edited));
});
