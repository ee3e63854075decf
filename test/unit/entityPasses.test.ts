// The passes of cross-document linking (server/src/analysis/corpus/entities/), each on mentions written for
// these tests: a pass is run alone on the state the passes before it leave, so a test fails where its pass breaks.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import { ROOT, analysis } from '../helpers/analysis';
import type { Mention, Reading } from '../../server/src/analysis/types';

const dir = path.join(ROOT, 'server', 'out', 'analysis', 'corpus', 'entities');
/* eslint-disable @typescript-eslint/no-require-imports */
const linking = require(path.join(dir, 'linking')) as typeof import('../../server/src/analysis/corpus/entities/linking');
const { openHeadedPlaces } = require(path.join(dir, 'headedPlaces')) as typeof import('../../server/src/analysis/corpus/entities/headedPlaces');
const { linkFullNames } = require(path.join(dir, 'fullNames')) as typeof import('../../server/src/analysis/corpus/entities/fullNames');
const { linkUnsureNames } = require(path.join(dir, 'unsureNames')) as typeof import('../../server/src/analysis/corpus/entities/unsureNames');
const { linkBareSurnames } = require(path.join(dir, 'bareSurnames')) as typeof import('../../server/src/analysis/corpus/entities/bareSurnames');
const { linkTypedSurnames } = require(path.join(dir, 'typedSurnames')) as typeof import('../../server/src/analysis/corpus/entities/typedSurnames');
const { linkFusedHeadlines } = require(path.join(dir, 'fusedHeadlines')) as typeof import('../../server/src/analysis/corpus/entities/fusedHeadlines');
const { linkDescriptions } = require(path.join(dir, 'descriptions')) as typeof import('../../server/src/analysis/corpus/entities/descriptions');
const { mergeVowelVariants } = require(path.join(dir, 'vowelVariants')) as typeof import('../../server/src/analysis/corpus/entities/vowelVariants');
const { mergeMinoritySpellings } = require(path.join(dir, 'minoritySpellings')) as typeof import('../../server/src/analysis/corpus/entities/minoritySpellings');
const { mergeDualNames } = require(path.join(dir, 'dualNames')) as typeof import('../../server/src/analysis/corpus/entities/dualNames');
const { mergeAcronyms } = require(path.join(dir, 'acronyms')) as typeof import('../../server/src/analysis/corpus/entities/acronyms');
const { linkEntities } = require(dir) as typeof import('../../server/src/analysis/corpus/entities');
/* eslint-enable @typescript-eslint/no-require-imports */

type Written = Partial<Mention> & { text: string; type: Mention['type'] };
const person = (text: string, more: Partial<Mention> = {}): Written => ({ text, type: 'person', ...more });
const place = (text: string): Written => ({ text, type: 'place' });
const org = (text: string): Written => ({ text, type: 'organization' });

/** A reading of `text` holding the mentions written, found in order; a first line ending without a stop is a headline. */
function doc(uri: string, text: string, written: Written[]): Reading {
  let from = 0;
  const mentions: Mention[] = written.map((w) => {
    const start = text.indexOf(w.text, from);
    if (start < 0) throw new Error(`"${w.text}" not in ${uri}`);
    from = start + w.text.length;
    return { kind: 'name', sentence: 0, ...w, start, end: start + w.text.length };
  });
  const firstLine = text.indexOf('\n');
  const paragraphs = firstLine > 0 && !/[.!?]$/.test(text.slice(0, firstLine))
    ? [{ start: 0, end: firstLine, kind: 'headline' }, { start: firstLine + 1, end: text.length, kind: 'body' }]
    : [{ start: 0, end: text.length, kind: 'body' }];
  return { uri, text, mentions, paragraphs } as unknown as Reading;
}

const state = (...readings: Reading[]) => linking.startLinking(readings, analysis.defaultConfig());
/** The clusters holding mentions, each as its mentions' texts in reading order, in the order of their first mention. */
const groups = (s: ReturnType<typeof state>) => {
  const at = (r: { uri: string; mention: Mention }) => s.readings.findIndex((d) => d.uri === r.uri) * 1e6 + r.mention.start;
  return s.clusters
    .filter((c) => c.refs.length > 0)
    .map((c) => [...c.refs].sort((a, b) => at(a) - at(b)))
    .sort((a, b) => at(a[0]) - at(b[0]))
    .map((refs) => refs.map((r) => r.mention.text));
};

type State = ReturnType<typeof state>;
type SetAside = ReturnType<typeof linkFullNames>;
/** The passes in the order linkEntities runs them. */
const PASSES: Array<[string, (s: State, aside: SetAside) => void]> = [
  ['unsureNames', (s, aside) => linkUnsureNames(s, aside.unsure)],
  ['bareSurnames', (s, aside) => linkBareSurnames(s, aside.bare)],
  ['typedSurnames', (s) => linkTypedSurnames(s)],
  ['fusedHeadlines', (s, aside) => linkFusedHeadlines(s, aside.fused)],
  ['descriptions', (s, aside) => linkDescriptions(s, aside.descriptions)],
  ['vowelVariants', (s) => mergeVowelVariants(s)],
  ['minoritySpellings', (s) => mergeMinoritySpellings(s)],
  ['dualNames', (s) => mergeDualNames(s)],
  ['acronyms', (s) => mergeAcronyms(s)],
];

/** The groups before and after the pass `name`, the passes before it run first. */
function around(s: State, name: string): { before: string[][]; after: string[][] } {
  const aside = linkFullNames(s, openHeadedPlaces(s));
  const at = PASSES.findIndex(([n]) => n === name);
  for (const [, pass] of PASSES.slice(0, at)) pass(s, aside);
  const before = groups(s);
  PASSES[at][1](s, aside);
  return { before, after: groups(s) };
}

test('pass 0: a place named with a generic head opens the cluster of the name without it', () => {
  const s = state(doc('a', 'The quake hit Aceh Province and the Yida Refugee Camp. Nothing hit Mexico City.', [place('Aceh Province'), place('Yida Refugee Camp'), place('Mexico City')]));
  const headed = openHeadedPlaces(s);
  assert.deepEqual([...headed.keys()].sort(), ['aceh', 'yida']);
  assert.ok(s.byKey.has('named:aceh'));
});

test('pass 1: a company with its legal form ("Compaq Computer Corp.", "Apple Inc.") is the company', () => {
  const readings = [
    doc('a', 'HP bought Compaq Computer Corp. in 2002.', [org('HP'), org('Compaq Computer Corp.')]),
    doc('b', 'HP completed its purchase of Compaq Computer, then sold Apple Inc. shares.', [org('HP'), org('Compaq Computer'), org('Apple Inc.')]),
    doc('c', 'Apple said nothing.', [org('Apple')]),
  ];
  const { entities } = linkEntities(readings, analysis.defaultConfig());
  assert.deepEqual(entities.map((e) => [e.name, e.sources]).sort(), [['Apple Inc.', 2], ['Compaq Computer Corp.', 2], ['HP', 2]]);
});

test('pass 1: a first word that is no first name and that a source writes in lower case is a role ("Coxswain Ann Marrish" / "coxswain Ann Marrish")', () => {
  const readings = (lower: boolean) => [
    doc('a', `The boat was launched, said ${lower ? 'coxswain' : 'skipper'} Ann Marrish, 46.`, [person('Ann Marrish')]),
    doc('b', 'Coxswain Ann Marrish, 48, said the seas were rough.', [person('Coxswain Ann Marrish')]),
  ];
  const s = state(...readings(true));
  linkFullNames(s, openHeadedPlaces(s));
  assert.deepEqual(groups(s), [['Ann Marrish', 'Coxswain Ann Marrish']]);
  // No source writes the word in lower case: it may be a first name the gazetteer lacks.
  const apart = state(...readings(false));
  linkFullNames(apart, openHeadedPlaces(apart));
  assert.deepEqual(groups(apart), [['Ann Marrish'], ['Coxswain Ann Marrish']]);
});

test('pass 1: full names join by surname and first name; bare names, descriptions and unsure names are set aside', () => {
  const s = state(
    doc('a', 'Bill Clinton met Hillary Clinton. Clinton spoke. The president laughed. Arcade Joseph Comeaux Jr left.', [
      person('Bill Clinton'),
      person('Hillary Clinton'),
      person('Clinton'),
      { text: 'The president', type: 'person', kind: 'description', role: 'president', roleOf: 'united-states' },
      org('Arcade Joseph Comeaux Jr'),
    ]),
    doc('b', 'William Clinton was there with Mike Pence; Michael Pence waved.', [person('William Clinton'), person('Mike Pence'), person('Michael Pence')]),
  );
  const aside = linkFullNames(s, openHeadedPlaces(s));
  assert.deepEqual(groups(s), [['Bill Clinton', 'William Clinton'], ['Hillary Clinton'], ['Mike Pence', 'Michael Pence']]);
  assert.deepEqual(aside.bare.map((r) => r.mention.text), ['Clinton']);
  assert.deepEqual(aside.descriptions.map((r) => r.mention.text), ['The president']);
  assert.deepEqual(aside.unsure.map((r) => r.mention.text), ['Arcade Joseph Comeaux Jr']);
});

test('pass 1b: a several-word name typed as no person joins the full person name it spells; otherwise stays a thing', () => {
  const s = state(
    doc('a', 'Arcade Comeaux escaped. Vishwanand Subryan was charged.', [person('Arcade Comeaux'), person('Vishwanand Subryan')]),
    doc('b', 'Arcade Joseph Comeaux Jr fled. Vishwanand Subryan of Schenectady pleaded. Harbour Freight Lines sued.', [org('Arcade Joseph Comeaux Jr'), org('Vishwanand Subryan of Schenectady'), org('Harbour Freight Lines')]),
  );
  const { before, after } = around(s, 'unsureNames');
  assert.deepEqual(before, [['Arcade Comeaux'], ['Vishwanand Subryan']]);
  assert.deepEqual(after, [['Arcade Comeaux', 'Arcade Joseph Comeaux Jr'], ['Vishwanand Subryan', 'Vishwanand Subryan of Schenectady'], ['Harbour Freight Lines']]);
});

test('pass 2: a bare surname joins the most recent full name before it in its document, else the only one in the folder', () => {
  const s = state(
    doc('a', 'Bill Clinton arrived. Later Hillary Clinton spoke. Clinton said no. Sestak waited.', [person('Bill Clinton'), person('Hillary Clinton'), person('Clinton'), person('Sestak')]),
    doc('b', 'Joe Sestak ran for the Senate.', [person('Joe Sestak')]),
  );
  const { after } = around(s, 'bareSurnames');
  assert.deepEqual(after, [['Bill Clinton'], ['Hillary Clinton', 'Clinton'], ['Sestak', 'Joe Sestak']]);
});

test('pass 2: a first name alone is the one person of that first name whose surname its document writes', () => {
  const s = state(
    doc('a', 'Mark Mattioli, whose son, James, was killed, spoke. James was 6.', [person('Mark Mattioli'), person('James'), person('James')]),
    doc('b', 'The boy, James Mattioli, loved school. James Baker attended.', [person('James Mattioli'), person('James Baker')]),
    // No surname of a James written here: the first name stays a name of its own.
    doc('c', 'His friend James came too.', [person('James')]),
  );
  const { after } = around(s, 'bareSurnames');
  assert.deepEqual(after, [['Mark Mattioli'], ['James', 'James', 'James Mattioli'], ['James Baker'], ['James']]);
  // Two people of that first name whose surnames the document writes: neither.
  const two = state(
    doc('a', 'James Mattioli and James Baker met; James spoke.', [person('James Mattioli'), person('James Baker'), person('James')]),
    doc('b', 'Ann Lee came.', [person('Ann Lee')]),
  );
  assert.deepEqual(around(two, 'bareSurnames').after, [['James Mattioli'], ['James Baker'], ['James'], ['Ann Lee']]);
});

test('pass 2: a one-word name no person has meets the thing of that name; a tentative one that meets nothing is dropped', () => {
  const s = state(doc('a', 'Guards at the Estelle Unit said Estelle was locked down. Tuesday came.', [place('Estelle Unit'), { text: 'Estelle', type: 'other' }, person('Tuesday', { tentative: true })]));
  const { before, after } = around(s, 'bareSurnames');
  assert.deepEqual(before, [['Estelle Unit']]);
  assert.deepEqual(after, [['Estelle Unit', 'Estelle']]);
});

test('pass 2a: a surname typed as a place is the person its document named in full before; a known place named first stays the place', () => {
  const s = state(
    doc('a', 'Officials said Arcade Comeaux escaped. Comeaux was armed. Michael Jordan flew in.', [person('Arcade Comeaux'), place('Comeaux'), person('Michael Jordan')]),
    doc('b', 'Troops left Jordan on Friday. Later Michael Jordan spoke.', [place('Jordan'), person('Michael Jordan')]),
  );
  const { before, after } = around(s, 'typedSurnames');
  assert.deepEqual(before, [['Arcade Comeaux'], ['Comeaux'], ['Michael Jordan', 'Michael Jordan'], ['Jordan']]);
  assert.deepEqual(after, [['Arcade Comeaux', 'Comeaux'], ['Michael Jordan', 'Michael Jordan'], ['Jordan']]);
});

test('pass 2b: a fused headline name joins the name inside it the folder knows, else stays whole', () => {
  const s = state(
    doc('a', 'Magnitude Quake Shakes North Bay\nA quake shook the North Bay on Thursday.', [place('Magnitude Quake Shakes North Bay'), place('North Bay')]),
    doc('b', 'Rain Soaks Nowhere Town\nIt rained and it soaks everything.', [place('Rain Soaks Nowhere Town')]),
  );
  const { before, after } = around(s, 'fusedHeadlines');
  assert.deepEqual(before, [['North Bay']]);
  assert.deepEqual(after, [['Magnitude Quake Shakes North Bay', 'North Bay'], ['Rain Soaks Nowhere Town']]);
});

test('pass 3: a description joins the person holding that role of that country, preferring one in its document', () => {
  const role = (text: string, r: string, of: string) => person(text, { role: r, roleOf: of });
  const description = (text: string, r: string, of: string): Written => ({ text, type: 'person', kind: 'description', role: r, roleOf: of });
  const s = state(
    doc('a', 'Ukrainian President Volodymyr Zelensky spoke. The Ukrainian president left.', [role('Volodymyr Zelensky', 'Ukrainian President', 'ukraine'), description('The Ukrainian president', 'president', 'ukraine')]),
    doc('b', 'Ukrainian President Petro Poroshenko spoke. The Ukrainian president left. The Russian president was silent.', [
      role('Petro Poroshenko', 'Ukrainian President', 'ukraine'),
      description('The Ukrainian president', 'president', 'ukraine'),
      description('The Russian president', 'president', 'russia'),
    ]),
  );
  const { after } = around(s, 'descriptions');
  assert.deepEqual(after, [['Volodymyr Zelensky', 'The Ukrainian president'], ['Petro Poroshenko', 'The Ukrainian president']]);
});

test('pass 3b: one-word places a vowel apart are one; two that differ more stay apart', () => {
  const s = state(
    doc('a', 'South of Bireun, officials in Austria helped.', [place('Bireun'), place('Austria')]),
    doc('b', 'In Bireuen, Australia sent a team.', [place('Bireuen'), place('Australia')]),
  );
  const { before, after } = around(s, 'vowelVariants');
  assert.equal(before.length, 4);
  assert.deepEqual(after, [['Bireun', 'Bireuen'], ['Austria'], ['Australia']]);
});

test('pass 3c: one source spelling a place a letter off from three sources joins them; two against two stay apart', () => {
  const s = state(
    doc('a', 'Gulf of Aden. Lake Shore.', [place('Gulf of Aden'), place('Lake Shore')]),
    doc('b', 'Gulf of Aden. Lake Shore.', [place('Gulf of Aden'), place('Lake Shore')]),
    doc('c', 'Gulf of Aden. Lane Shore.', [place('Gulf of Aden'), place('Lane Shore')]),
    doc('d', 'Gulf of Eden. Lane Shore.', [place('Gulf of Eden'), place('Lane Shore')]),
  );
  const { before, after } = around(s, 'minoritySpellings');
  assert.equal(before.length, 4);
  assert.deepEqual(after, [['Gulf of Aden', 'Gulf of Aden', 'Gulf of Aden', 'Gulf of Eden'], ['Lake Shore', 'Lake Shore'], ['Lane Shore', 'Lane Shore']]);
});

test('pass 3d: a dual name joins the place its last words name; a first word that makes another place keeps it apart', () => {
  const s = state(
    doc('a', 'Aoraki Mount Cook and South Richmond Hill.', [place('Aoraki Mount Cook'), place('South Richmond Hill')]),
    doc('b', 'Mount Cook and Richmond Hill.', [place('Mount Cook'), place('Richmond Hill')]),
  );
  const { before, after } = around(s, 'dualNames');
  assert.equal(before.length, 4);
  assert.deepEqual(after, [['Aoraki Mount Cook', 'Mount Cook'], ['South Richmond Hill'], ['Richmond Hill']]);
});

test('pass 4: an acronym joins the one name with its initials; two names with them, or a person, leave it alone', () => {
  const s = state(
    doc('a', 'The U.S. Geological Survey said so. The Sudan Armed Forces and the Save Africa Fund. Ian Chen came.', [org('U.S. Geological Survey'), org('Sudan Armed Forces'), org('Save Africa Fund'), person('Ian Chen')]),
    doc('b', 'The USGS agreed. The SAF denied it. The IC was shut.', [org('USGS'), org('SAF'), org('IC')]),
  );
  const { before, after } = around(s, 'acronyms');
  assert.equal(before.length, 7);
  assert.deepEqual(after, [['U.S. Geological Survey', 'USGS'], ['Sudan Armed Forces'], ['Save Africa Fund'], ['Ian Chen'], ['SAF'], ['IC']]);
});

test('all passes: every mention gets the id of its entity, and an entity is named by its fullest person name', () => {
  const readings = [
    doc('a', 'Joe Sestak ran. Sestak won.', [person('Joe Sestak'), person('Sestak')]),
    doc('b', 'Rep. Sestak spoke in Pennsylvania.', [person('Sestak'), place('Pennsylvania')]),
  ];
  const { entities, mentionEntity } = linkEntities(readings, analysis.defaultConfig());
  assert.deepEqual(entities.map((e) => [e.name, e.sources, e.mentions.length]), [['Joe Sestak', 2, 3], ['Pennsylvania', 1, 1]]);
  assert.deepEqual([...mentionEntity.entries()].sort(), [['a#0', 'person:joe-sestak'], ['a#1', 'person:joe-sestak'], ['b#0', 'person:joe-sestak'], ['b#1', 'place:pennsylvania']]);
});

test('all passes: a place is named as the text writes it, not as a dateline\'s capitals', () => {
  const readings = [
    doc('a', 'MARROWBY — Staff voted to end the strike.', [place('MARROWBY')]),
    doc('b', 'Staff at the university in Marrowby voted to end the strike.', [place('Marrowby')]),
  ];
  const { entities } = linkEntities(readings, analysis.defaultConfig());
  assert.deepEqual(entities.map((e) => e.name), ['Marrowby']);
});
