// The same thing described two ways across sources: texts written for each rule.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { serviceOf } from '../helpers/analysis';

const conflicts = (texts: Record<string, string>) => serviceOf(texts).findings().filter((f) => f.code === 'description-conflict');

test('colours: the same named thing in two colours conflicts; "gray" and "grey" are one colour', () => {
  const found = conflicts({
    a: 'She was hit by a silver Toyota Camry on Main Street.',
    b: 'A gray 2013 Toyota Camry struck her.',
    c: 'Police found the grey Toyota Camry later.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'a');
  assert.match(found[0].message, /colour of the Toyota Camry/);
  assert.deepEqual(found[0].related.map((r) => r.uri).sort(), ['b', 'c']);
});

test('age ranks: the same relative of one person called older by one source and younger by two conflicts', () => {
  const found = conflicts({
    a: 'Anna Berg attacked by older sister over farm subsidies',
    b: 'Clara Berg, the younger sister of Anna Berg, wrote the post on Friday.',
    c: 'In a long post, Clara Berg, the younger sister of Anna Berg, criticised the plan.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'a');
  assert.match(found[0].message, /age rank of the sibling of Anna Berg/);
  assert.deepEqual(found[0].related.map((r) => r.uri).sort(), ['b', 'c']);
});

test('age ranks: ranks relative to different people, or to no one named, are not compared', () => {
  const found = conflicts({
    a: 'Anna Berg, the older sister of Clara Berg, declined to comment.',
    b: 'Clara Berg, the younger sister of Anna Berg, wrote the post on Friday.',
    // "the younger sister" describes Clara herself; read as relative to Clara it would contradict a.
    c: 'Clara Berg, the younger sister, spoke first. Anna Berg said she had not read it.',
  });
  assert.deepEqual(found.map((f) => f.message), []);
});

test('homicide charges: murder against manslaughter for the same death conflicts; a partial list does not', () => {
  const found = conflicts({
    a: 'The driver who struck the cyclist has been charged with her murder, police said.',
    b: 'Tom Reed was charged with vehicular manslaughter and criminally negligent homicide.',
    c: 'The driver faces manslaughter charges and was held without bail.',
    d: 'Reed was charged with manslaughter, murder and leaving the scene.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'a');
  assert.match(found[0].message, /charge against Tom Reed: a says “murder”, but /);
  assert.deepEqual(found[0].related.map((r) => r.uri).sort(), ['b', 'c']);
});

test('homicide charges: attempted murder, verdicts and possible charges are not the charge as filed', () => {
  const found = conflicts({
    a: 'Tom Reed was charged with attempted murder in the shooting of the guard.',
    b: 'Tom Reed was charged with manslaughter in the death of the clerk.',
    c: 'A jury later convicted Reed of murder.',
    d: 'Prosecutors said Reed could face murder charges.',
  });
  assert.deepEqual(found.map((f) => f.message), []);
});

test('group fates: the same counted group of one nationality rescued in one source and captured in others conflicts', () => {
  const found = conflicts({
    a: 'The frigate foiled an attack on Thursday and rescued 14 Yemeni crewmembers.',
    b: 'The frigate foiled an attack, apprehending 14 Yemeni pirates and seizing rifles.',
    c: 'Officials said 14 Yemeni pirates were arrested after the attack.',
    // Another number or nationality is another group.
    d: 'The navy rescued 12 Yemeni fishermen and later freed 14 Omani sailors.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'a');
  assert.match(found[0].message, /fate of the 14 Yemeni: a says “rescued”, but /);
  assert.deepEqual(found[0].related.map((r) => r.uri).sort(), ['b', 'c']);
});

test('age ranks: a possessor is the person the rank is relative to', () => {
  const found = conflicts({
    a: "Anna Berg's older sister Clara wrote the post.",
    b: 'Clara Berg, the younger sister of Anna Berg, wrote the post on Friday.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /age rank of the sibling of Anna Berg/);
});

test('ship classes: the same named ship given two classes conflicts; a general word fits every class', () => {
  const found = conflicts({
    a: "The Navy's frigate INS Talwar intercepted three skiffs.",
    b: 'Patrol vessel INS Talwar was escorting five merchant ships.',
    c: 'Sailors aboard the patrol vessel INS Talwar boarded the skiffs.',
    d: 'The warship INS Talwar and the destroyer INS Delhi sailed on.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'a');
  assert.match(found[0].message, /vessel class of the INS Talwar: a says “frigate INS Talwar”, but /);
  assert.deepEqual(found[0].related.map((r) => r.uri).sort(), ['b', 'c']);
});

test('hover: a claim is named as its finding names it ("age rank of the sibling of Anna Berg"), not by its attribute', () => {
  const b = 'Clara Berg, the younger sister of Anna Berg, wrote the post on Friday.';
  const s = serviceOf({ a: 'Anna Berg attacked by older sister over farm subsidies', b });
  const target = s.at('b', b.indexOf('younger') + 2);
  assert.equal(target?.kind, 'quantity');
  assert.equal(target?.kind === 'quantity' ? target.about : undefined, 'age rank of the sibling of Anna Berg');
});

test('messages: a value shown with its normal form only when that says more than the words', () => {
  const texts = {
    a: 'Police said Tom Reed, 34, was charged with murder on Monday in the death of his neighbour.',
    b: 'Tom Reed, 34, was charged with manslaughter on Monday in the death of his neighbour, police said.',
  };
  const found = serviceOf(texts).findings().filter((f) => f.code.endsWith('-conflict'));
  assert.ok(found.length > 0);
  for (const f of found) {
    // “murder” (murder) says the word twice; the related places name the source and the words once.
    assert.doesNotMatch(f.message, /“([^”]+)” \(\1\)/i, f.message);
    for (const r of f.related) assert.doesNotMatch(r.message ?? '', /“([^”]+)” \(\1\)/i, r.message);
  }
});
