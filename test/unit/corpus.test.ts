// The corpus across documents: one entity per referent, claims grouped by event, quotations matched.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { offsetOf, serviceOf } from '../helpers/analysis';

test('entities: transliterations, a misspelt first name, a bare surname and a description are one person', () => {
  const s = serviceOf({
    a: 'Ukrainian President Volodymyr Zelenskiy spoke on Monday. Zelenskiy thanked donors.',
    b: 'Ukrainian president Volodymyr Zelensky met reporters. Later the Ukrainian president left.',
    c: 'Volodomyr Zelenskyy arrived in Rome.',
  });
  const people = s.entities().filter((e) => e.type === 'person');
  assert.equal(people.length, 1, JSON.stringify(people.map((e) => e.name)));
  const [z] = people;
  assert.equal(z.sources, 3);
  assert.equal(z.mentions.length, 5);
  for (const alias of ['Zelenskiy', 'the Ukrainian president', 'Volodomyr Zelenskyy']) assert.ok([z.name, ...z.aliases].includes(alias), alias);
});

test('entities: among spellings each one source gives, the name is one whose words more sources use, not a misspelling that sorts first', () => {
  const s = serviceOf({
    a: 'Mayor Ostap Hrytsenko opened the new bridge on Monday. Hrytsenko thanked the builders.',
    b: 'Mayor Ostab Hrytsenka opened the bridge on Monday, and Ostap Hrytsenka cut the ribbon.',
  });
  const people = s.entities().filter((e) => e.type === 'person');
  assert.equal(people.length, 1, JSON.stringify(people.map((e) => e.name)));
  assert.match(people[0].name, /^Ostap Hrytsenk[oa]$/);
});

test('entities: different first names with one surname are different people; a bare surname follows its document', () => {
  const s = serviceOf({
    a: 'Former President Bill Clinton campaigned in Ohio. Clinton spoke for an hour.',
    b: 'Secretary of State Hillary Clinton flew to Paris. Clinton met officials.',
  });
  const clintons = s.entities().filter((e) => e.name.endsWith('Clinton'));
  assert.deepEqual(clintons.map((e) => e.name).sort(), ['Bill Clinton', 'Hillary Clinton']);
  const bill = clintons.find((e) => e.name === 'Bill Clinton')!;
  assert.ok(bill.mentions.every((m) => m.uri === 'a'));
});

test('entities: nicknames join ("Mike" = "Michael"); places meet through aliases ("U.S." = "United States")', () => {
  const s = serviceOf({ a: 'Adviser Mike Waltz visited the U.S. Congress.', b: 'Adviser Michael Waltz returned to the United States.' });
  assert.equal(s.entities().filter((e) => e.name.endsWith('Waltz')).length, 1);
  const us = s.entities().find((e) => e.id === 'place:united-states');
  assert.ok(us && us.sources === 2, JSON.stringify(s.entities().map((e) => e.id)));
});

test('entities: aliases asserted in the config join names the rules would keep apart', () => {
  const { analysis } = require('../helpers/analysis') as typeof import('../helpers/analysis');
  const config = analysis.defaultConfig();
  config.aliases = { 'Joseph Robinette Biden': ['Joe Biden', 'Sleepy Joe'] };
  const s = serviceOf({ a: 'Joe Biden spoke.', b: 'Sleepy Joe spoke.' }, config);
  const biden = s.entities().filter((e) => e.name === 'Joe Biden' || e.aliases.includes('Joe Biden'));
  assert.equal(biden.length, 1);
  assert.equal(biden[0].sources, 2);
});

test('claims: the same call across sources shares a group; another call does not', () => {
  const s = serviceOf({
    a: 'Mayor Ann Lee and Governor Tom Walsh spoke for about an hour on Monday.',
    b: 'After his call with Lee, Walsh spoke with Senator Eva Cruz for two hours.',
    c: 'The call between Lee and Walsh lasted nearly 60 minutes.',
  });
  const groups = s.corpus().claimGroups.filter((g) => g.claims.length > 1);
  assert.equal(groups.length, 1);
  assert.deepEqual(groups[0].claims.map((c) => c.uri).sort(), ['a', 'c']);
});

test('quotations: the same words across sources are one group despite typography and excerpts', () => {
  const s = serviceOf({
    a: 'Lee said: "We won\'t stop until the bridge is rebuilt, and we will rebuild it fast."',
    b: 'Ann Lee said “we won’t stop until the bridge is rebuilt”.',
    c: 'Lee said "the weather is fine today and tomorrow too".',
  });
  const groups = s.corpus().quotationGroups;
  assert.equal(groups.length, 1);
  assert.deepEqual(groups[0].quotations.map((q) => q.uri).sort(), ['a', 'b']);
});

test('related: "go to related claim" on a duration lists the same claim in the other sources', () => {
  const texts = {
    a: 'Mayor Ann Lee and Governor Tom Walsh spoke for about an hour on Monday.',
    c: 'The call between Lee and Walsh lasted nearly 60 minutes.',
  };
  const s = serviceOf(texts);
  const related = s.related('a', offsetOf(texts.a, 'about an hour') + 2);
  assert.deepEqual(related.map((r) => [r.uri, texts.c.slice(r.start, r.end)]), [['c', 'nearly 60 minutes']]);
});

test('incremental: updating one document re-reads only it and changes the answers', () => {
  const s = serviceOf({ a: 'Mayor Ann Lee spoke.', b: 'Mayor Ann Lee left.' });
  const before = s.reading('b');
  s.update('a', 'Mayor Ann Lee spoke to Governor Tom Walsh.');
  assert.equal(s.reading('b'), before, 'the other document is not re-read');
  assert.ok(s.entities().some((e) => e.name === 'Tom Walsh'));
  s.remove('a');
  assert.ok(!s.entities().some((e) => e.name === 'Tom Walsh'));
});
