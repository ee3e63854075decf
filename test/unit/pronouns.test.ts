// Pronouns of the narration and the person each stands for, on texts written for these tests.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import { ROOT, serviceOf } from '../helpers/analysis';

/** Each pronoun of document `uri` as "pronoun → entity name" (or "→ nobody"). */
function pronounsOf(texts: Record<string, string>, uri: string): string[] {
  const s = serviceOf(texts);
  const corpus = s.corpus();
  return (s.reading(uri)!.pronouns ?? []).map((p, k) => {
    const id = corpus.pronounEntity.get(`${uri}#${k}`);
    return `${p.text} → ${id ? corpus.entityById.get(id)!.name : 'nobody'}`;
  });
}

test('pronouns: "He" opening a sentence stands for the person the sentence before names first', () => {
  assert.deepEqual(pronounsOf({ a: 'Officials said Martin Okafor took two guards hostage on Monday. He was serving a life sentence.' }, 'a'), ['He → Martin Okafor']);
});

test('pronouns: a pronoun inside a quotation is the quoted speaker\'s and is left alone', () => {
  assert.deepEqual(pronounsOf({ a: 'Martin Okafor escaped on Monday. "He will not get far," Sheriff Ann Lee said.' }, 'a'), []);
});

test('pronouns: a "he" skips a woman the folder calls Mrs, and a "she" skips a man it calls Mr', () => {
  const texts = {
    a: 'Mrs Ruth Delaney was crossing the road when Tomas Berger hit her car. She died in hospital.',
    b: 'Ruth Delaney met Tomas Berger on Monday. He was charged with manslaughter. Mr Berger said nothing.',
  };
  assert.deepEqual(pronounsOf(texts, 'a'), ['her → Ruth Delaney', 'She → Ruth Delaney']);
  assert.deepEqual(pronounsOf(texts, 'b'), ['He → Tomas Berger']);
});

test('pronouns: the export lists a resolved pronoun among the document\'s mentions of that entity', () => {
  const s = serviceOf({ a: 'Officials said Martin Okafor took two guards hostage. He escaped on foot.' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { exportCorpus } = require(path.join(ROOT, 'server/out/analysis/export')) as typeof import('../../server/src/analysis/export');
  const doc = exportCorpus(s).documents[0];
  // A pronoun is no named entity: untyped, so that a reader of names (the CoNLL scorer) does not count it as one.
  assert.deepEqual(doc.entities.filter((m) => m.entity?.startsWith('person:')).map((m) => [m.text, m.kind, m.entity, m.type]), [
    ['Martin Okafor', 'name', 'person:martin-okafor', 'person'],
    ['He', 'pronoun', 'person:martin-okafor', null],
  ]);
});
