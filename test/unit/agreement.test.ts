// Agreement counts behind the code lens: how many other sources agree with a claim or a quotation and
// how many differ. Texts written for these tests, then the seeds' Trump–Putin call.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analysis, offsetOf, seedName, seedService, serviceOf } from '../helpers/analysis';

const CALL = {
  a: 'Mayor Ann Lee and Governor Tom Walsh spoke for about an hour on Monday.',
  b: 'The call between Lee and Walsh lasted nearly 60 minutes.',
  c: 'Lee and Walsh talked for two hours, aides said.',
  d: 'Walsh and Lee spoke for more than an hour.',
};

test('agreement: a claim counts the other sources whose value can be true with it, and those whose cannot', () => {
  const s = serviceOf(CALL);
  const [lens] = s.agreements('c');
  assert.equal(CALL.c.slice(lens.start, lens.end), 'two hours');
  // a (about an hour) and b (nearly 60 minutes) cannot be two hours; d (more than an hour) can.
  assert.deepEqual([lens.agreeing, lens.differing], [1, 2]);
  assert.equal(analysis.describeAgreement(lens), 'duration “two hours”: 1 source agrees · 2 differ');
  // The peek lists every counterpart, the differing ones first.
  assert.deepEqual(lens.related.map((r) => r.uri), ['a', 'b', 'd']);
  assert.deepEqual(lens.related.map((r) => CALL[r.uri as keyof typeof CALL].slice(r.start, r.end)), ['about an hour', 'nearly 60 minutes', 'more than an hour']);

  const [aboutAnHour] = s.agreements('a');
  assert.equal(analysis.describeAgreement(aboutAnHour), 'duration “about an hour”: 2 sources agree · 1 differs');
});

test('agreement: only claims and quotations that other sources also report get one', () => {
  const s = serviceOf({
    a: 'Mayor Ann Lee and Governor Tom Walsh spoke for about an hour on Monday. "We will rebuild the bridge within a year," Lee said.',
    b: 'After his call with Lee, Walsh spoke with Senator Eva Cruz for two hours.',
  });
  assert.deepEqual(s.agreements('a'), []);
  assert.deepEqual(s.agreements('b'), []);
  assert.deepEqual(s.agreements('unknown'), []);
});

test('agreement: a source with the same value twice counts once', () => {
  const s = serviceOf({
    a: 'Mayor Ann Lee and Governor Tom Walsh spoke for two hours. Lee and Walsh talked for 2 hours, aides said.',
    b: 'The call between Lee and Walsh lasted nearly 60 minutes.',
  });
  const [lens] = s.agreements('b');
  assert.deepEqual([lens.agreeing, lens.differing], [0, 1]);
  assert.equal(analysis.describeAgreement(lens), 'duration “nearly 60 minutes”: 1 source differs');
  assert.equal(lens.related.length, 2, 'both of the other source’s claims are in the peek');
});

test('agreement: quotations are the same, worded differently, or quoted in part', () => {
  const texts = {
    a: 'Lee said: "We will not stop until the bridge is rebuilt, and we will rebuild it fast."',
    b: 'Ann Lee said “we won’t stop until the bridge is rebuilt, and we will rebuild it quickly”.',
    c: 'Lee said "we will not stop until the bridge is rebuilt".',
    d: 'Lee told reporters: "We will not stop until the bridge is rebuilt, and we will rebuild it fast."',
  };
  const s = serviceOf(texts);
  const [lens] = s.agreements('a');
  assert.equal(lens.kind, 'quotation');
  assert.equal(texts.a.slice(lens.start, lens.end), texts.a.slice(texts.a.indexOf('"')));
  // d has the same words; b rewords the second half; c quotes the first half only.
  assert.deepEqual([lens.agreeing, lens.differing, lens.partial], [1, 1, 1]);
  assert.equal(analysis.describeAgreement(lens), 'quotation “We will not stop…”: worded the same in 1 source · differently in 1 · in part in 1');
  // c's excerpt is contained in a's and d's quotations: those agree with it.
  const [excerpt] = s.agreements('c');
  assert.equal(excerpt.agreeing, 3 - excerpt.differing - excerpt.partial);
  assert.ok(excerpt.agreeing >= 2, analysis.describeAgreement(excerpt));
});

test('agreement on the seeds: the Trump–Putin call durations, as the quantity-conflict finding has them', () => {
  const s = seedService();
  const lensAt = (prefix: string, needle: string) => {
    const uri = seedName(prefix);
    const text = s.reading(uri)!.text;
    const at = offsetOf(text, needle);
    const lens = s.agreements(uri).find((l) => l.kind === 'claim' && l.start <= at && at < l.end);
    assert.ok(lens, `no lens on ${needle} in ${prefix}`);
    return lens;
  };
  assert.equal(analysis.describeAgreement(lensAt('002', 'hour-long')), 'duration “an hour-long”: 1 source agrees · 3 differ');
  assert.equal(analysis.describeAgreement(lensAt('004', 'nearly 90 minutes')), 'duration “nearly 90 minutes”: 3 sources agree · 1 differs');
  assert.equal(analysis.describeAgreement(lensAt('000', 'more than an hour')), 'duration “more than an hour”: 4 sources agree');
  // The Trump–Zelensky call is another event: its lens counts only that call's durations.
  const zelenskyCall = lensAt('000', 'about an hour');
  assert.equal(zelenskyCall.agreeing + zelenskyCall.differing, 3);
  assert.ok(zelenskyCall.related.every((r) => !/90|half|long/.test(r.message)), JSON.stringify(zelenskyCall.related));
});

test('names: linked names with their entity type, descriptions left out', () => {
  const text = 'Mayor Ann Lee met officials of the European Commission in Lisbon. The mayor left.';
  const s = serviceOf({ a: text, b: 'Ann Lee, the mayor of Lisbon, spoke to the European Commission.' });
  const names = s.names('a').map((n) => [text.slice(n.start, n.end), n.type]);
  assert.deepEqual(names, [
    ['Ann Lee', 'person'],
    ['European Commission', 'organization'],
    ['Lisbon', 'place'],
  ]);
});

test('agreement: an edit in another source changes the counts', () => {
  const s = serviceOf(CALL);
  assert.equal(analysis.describeAgreement(s.agreements('c')[0]), 'duration “two hours”: 1 source agrees · 2 differ');
  s.update('a', 'Mayor Ann Lee and Governor Tom Walsh spoke for about two hours on Monday.');
  assert.equal(analysis.describeAgreement(s.agreements('c')[0]), 'duration “two hours”: 2 sources agree · 1 differs');
  s.remove('b');
  assert.equal(analysis.describeAgreement(s.agreements('c')[0]), 'duration “two hours”: 2 sources agree');
});
