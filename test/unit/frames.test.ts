// Claims about things (counts, sums) compared across sources: texts written for each rule.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analysis, read, serviceOf } from '../helpers/analysis';

const conflicts = (texts: Record<string, string>) => serviceOf(texts).findings().filter((f) => f.code === 'quantity-conflict');

test('counts: the counted noun is the subject; capitalised number words start sentences', () => {
  const r = read('Five bombs were dropped near the camp. The camp holds over 24,000 Nuban refugees who fled.');
  const subjects = r.claims.map((c) => [r.quantities[c.quantity].text, c.subject]);
  assert.deepEqual(subjects, [
    ['Five bombs', 'bomb'],
    ['over 24,000 Nuban refugees', 'refugee'],
  ]);
});

test('counts: parts of a set, running tallies and general nouns are not claims about the set', () => {
  const r = read('The other two bombs fell outside. Police seized a total of 14 rifles. Seven people came. He walked five miles. The 2004 tsunami killed 170,000 people.');
  assert.deepEqual(r.claims.map((c) => r.quantities[c.quantity].text), []);
});

test('counts: different counts of the same thing conflict; the sources on each side are named', () => {
  const found = conflicts({
    a: 'Five bombs were dropped on the camp on Thursday.',
    b: 'Four bombs were dropped on the camp.',
    c: 'Witnesses said four bombs hit the camp.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'a');
  assert.deepEqual(found[0].related.map((r) => r.uri).sort(), ['b', 'c']);
  assert.match(found[0].message, /number of “bomb”.*a says “Five bombs”.*b .*c /s);
});

test('counts: hedged values that overlap agree; a value that fits both sides takes no side', () => {
  assert.deepEqual(conflicts({ a: 'The camp holds about 20,000 refugees.', b: 'The camp holds nearly 21,000 refugees.' }), []);
  const found = conflicts({
    a: 'The camp holds over 24,000 refugees.',
    b: 'The camp holds nearly 23,000 refugees.',
    c: 'The camp holds more than 20,000 refugees.',
  });
  assert.deepEqual(found.map((f) => f.uri).sort(), ['a', 'b']);
});

test('money: a bare sum stands for what rounds to it ($2.5 million vs $2.6 million); currencies are never converted', () => {
  const found = conflicts({
    a: 'Thieves stole $2.5 million worth of jewellery.',
    b: 'The gang escaped with $2.6 million in jewelry.',
  });
  assert.equal(found.length, 2);
  assert.match(found[0].message, /amount for the jewelry/);
  assert.deepEqual(conflicts({ a: 'Thieves stole $2.5 million worth of jewellery.', b: 'Thieves stole €2 million worth of jewellery.' }), []);
  assert.deepEqual(conflicts({ a: 'Thieves stole $2 million worth of jewellery.', b: 'Thieves stole $2.4 million worth of jewellery.' }), []);
});

test('counts: "a 200-student school" counts students like "300 students" does', () => {
  const found = conflicts({ a: 'A bomb hit a 200-student schoolhouse.', b: 'A bomb landed next to the school where 300 students were in class.' });
  assert.equal(found.length, 2);
  assert.match(found[0].message, /number of “student”/);
});

test('new findings keep their fingerprint when another paragraph changes, and "reviewed" hides them', () => {
  const b = 'Four bombs were dropped on the camp.';
  const s = serviceOf({ a: 'Story\n\nFive bombs were dropped on the camp.\n\nAid arrived later.', b });
  const before = s.findings('a').find((f) => f.code === 'quantity-conflict')!;
  s.update('a', 'Story\n\nFive bombs were dropped on the camp.\n\nAid arrived much later, officials said.', { name: 'a' });
  assert.equal(s.findings('a').find((f) => f.code === 'quantity-conflict')!.fingerprint, before.fingerprint);
  const config = analysis.defaultConfig();
  config.reviewed = [before.fingerprint];
  const reviewed = serviceOf({ a: 'Story\n\nFive bombs were dropped on the camp.', b }, config);
  assert.ok(!reviewed.findings('a').some((f) => f.fingerprint === before.fingerprint));
  assert.ok(reviewed.findings('a', { includeReviewed: true }).some((f) => f.fingerprint === before.fingerprint));
});

test('severity: a later, larger toll is information; a "reportedly" value is information; two bare facts are an error', () => {
  const early = '---\ndate: 2013-07-02\n---\nQuake\n\nFive dead after the quake hit the town.';
  const late = '---\ndate: 2013-07-03\n---\nQuake\n\n24 dead after the quake hit the town.';
  const toll = conflicts({ early, late });
  assert.deepEqual(toll.map((f) => [f.uri, f.severity]).sort(), [['early', 'information'], ['late', 'information']]);
  assert.ok(conflicts({ early, late: late.replace('2013-07-03', '2013-07-01') }).every((f) => f.severity === 'error'), 'an earlier larger toll is a conflict');
  const hedged = conflicts({ a: 'Reportedly five bombs were dropped on the camp.', b: 'Four bombs were dropped on the camp.' });
  assert.ok(hedged.length > 0 && hedged.every((f) => f.severity === 'information'));
});

test('go to related claim on a weekday lists only the same kind of incident', () => {
  const s = serviceOf({
    a: 'Story\n\nIt began.\n\nThe bombing in Juba on Tuesday killed seven.',
    b: 'Story\n\nIt began.\n\nThe bombing in Juba on Wednesday drew protests. Police arrested two men on Friday.',
  });
  const a = 'Story\n\nIt began.\n\nThe bombing in Juba on Tuesday killed seven.';
  const related = s.related('a', a.indexOf('Tuesday') + 2);
  assert.deepEqual(related.map((r) => r.message.replace(/:.*/, '')), ['b']);
  assert.match(related[0].message, /Wednesday/);
});

test('tolls: "no one was killed", "24 dead" and "12 people were killed" count the same toll', () => {
  const r = read('No one was killed in the attack. At least 12 people had been killed and 20 wounded. Five dead after the quake.');
  assert.deepEqual(r.claims.map((c) => [r.quantities[c.quantity].text, c.subject]), [
    ['No one', 'killed'],
    ['At least 12 people', 'killed'],
    ['20 wounded', 'injured'],
    ['Five dead', 'killed'],
  ]);
  const found = conflicts({ a: 'Officials said no one was killed in the attack.', b: 'Seven people were killed in the attack.' });
  assert.equal(found.length, 2);
  assert.match(found[0].message, /number of “killed”/);
});

test('magnitudes: "a 6.1 quake" and "a 6.4 earthquake" differ; "quake" and "earthquake" are one subject', () => {
  const found = conflicts({ a: 'A 6.1 quake hit the province.', b: 'A 6.4 earthquake hit the province.' });
  assert.equal(found.length, 2);
  assert.match(found[0].message, /magnitude of the earthquake/);
  assert.deepEqual(conflicts({ a: 'A 6.1 quake hit the province.', b: 'The 6.1 earthquake hit the province.' }), []);
  assert.deepEqual(conflicts({ a: 'A 6.1 quake hit the province.', b: 'Two quakes hit the province.' }), [], 'a count of quakes is not a magnitude');
});

test('distances: miles and kilometres convert (a fixed ratio); what the distance is measured to is the subject', () => {
  const r = read('The camp lies less than 50 km (30 miles) from the tense border. She lived half a mile away. The quake struck six miles west of Cobb. He walked two miles.');
  const claims = r.claims.filter((c) => c.attribute === 'distance').map((c) => [r.quantities[c.quantity].text, c.attribute, c.subject]);
  // The conversion in parentheses is the same claim again; "walked two miles" is measured to nothing named.
  assert.deepEqual(claims, [
    ['less than 50 km', 'distance', 'border'],
    ['half a mile', 'distance', 'home'],
    ['six miles', 'distance', 'cobb'],
  ]);
  const cobb = r.quantities.find((q) => q.text === 'six miles')!;
  assert.ok(Math.abs(cobb.low! - 9.656) < 0.01, `six miles in km: ${cobb.low}`);
  assert.deepEqual(conflicts({ a: 'The quake was 15 miles north of Cobb.', b: 'The quake was centered about 24 km north of Cobb.' }), []);
  const found = conflicts({ a: 'The quake was centered about 3 miles west of Cobb.', b: 'The quake was six miles west of Cobb.' });
  assert.equal(found.length, 2, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /distance to cobb/);
});

test('distances: "half a mile" and "about a mile and a half" from home conflict; other incidents are other facts', () => {
  const found = conflicts({ a: 'Chohan, who lived half a mile away, died in hospital.', b: 'She had moved about a mile and a half away five years ago, her friend said.' });
  assert.equal(found.length, 2, found.map((f) => f.message).join('\n'));
  assert.match(found.find((f) => f.uri === 'a')!.message, /distance to the home.*“half a mile” \(805 m\)/);
  assert.deepEqual(
    conflicts({
      a: 'Workers left the building, about 15 miles north of Detroit.',
      b: 'Hours after the shooting, a motorist 50 miles north of Detroit spotted the car.',
    }),
    [],
  );
});

test('durations: the length of a state ("eight days on the run", headline "after week on the run") is compared', () => {
  const found = conflicts({
    a: 'Inmate captured after week on the run\n\nThe inmate was caught in Houston.',
    b: 'The inmate was found after eight days on the run.',
    c: 'Police said he was arrested after eight days on the run.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'a');
  assert.match(found[0].message, /time on the run/);
  assert.deepEqual(conflicts({ a: 'He was caught after eight days on the run.', b: 'He spent about a week on the run.' }), []);
});

test('bounds: "less than 50 km" is near 50 and leaves out 25, so it differs from "less than 25 km"; "up to" is only a ceiling', () => {
  const border = (value: string) => `The camp is ${value} from the border with Sudan.`;
  const found = conflicts({ a: border('less than 50 km (30 miles)'), b: border('less than 25 km (15 miles)') });
  assert.equal(found.length, 2, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /distance to border/);
  assert.deepEqual(conflicts({ a: border('less than 25 km'), b: border('20 km') }), []);
  assert.deepEqual(conflicts({ a: border('up to 50 km'), b: border('5 km') }), []);
  const r = read('The camp is about ten miles south of the generally recognized border between the two states.');
  assert.deepEqual(r.claims.filter((c) => c.attribute === 'distance').map((c) => c.subject), ['border']);
});

test('history: a clause set "last year" or "years ago" is not about this story', () => {
  const r = read('In April last year an 8.6-magnitude quake struck off the coast. Two years ago, 300 people died in floods. A 6.1 magnitude quake hit Aceh.');
  // "Two years ago" is kept only as a time before the article, compared with other such times (see timeConflict tests).
  assert.deepEqual(r.claims.filter((c) => c.attribute !== 'ago').map((c) => r.quantities[c.quantity].text), ['6.1 magnitude']);
  assert.deepEqual(r.claims.filter((c) => c.attribute === 'ago').map((c) => r.quantities[c.quantity].text), ['Two years']);
  assert.deepEqual(conflicts({ a: 'A 6.1 magnitude quake hit Aceh. Last year, a 6.4-magnitude quake rocked Sumatra.', b: 'A 6.1-magnitude earthquake struck Aceh.' }), []);
});

test('counts and sums: a preposition, "due", a scale word or an area unit is never what is counted', () => {
  const r = read(
    'Greece agreed to a bailout of 110 billion euros over three years. The debt stood at 22.4 billion. ' +
      '3 DEAD due to the fire. They built a 170,000-square-foot house.',
  );
  const subjects = r.claims.map((c) => c.subject);
  for (const wrong of ['over', 'billion', 'due', 'house', 'square']) {
    assert.ok(!subjects.includes(wrong), `"${wrong}" read as a subject: ${JSON.stringify(r.claims.map((c) => [r.quantities[c.quantity].text, c.subject]))}`);
  }
});

test('located counts: how many fell inside a place is its own fact, compared only with counts in the same kind of place', () => {
  const found = conflicts({
    a: 'Witnesses said one shell, which did not explode, fell directly within the market. Five shells were fired.',
    b: '"Two of the shells fell within the Dara market," a spokesman said. Five shells were fired in all.',
    c: 'At least one shell landed in the market, and others fell in a nearby field.',
  });
  assert.equal(found.length, 2, found.map((f) => f.message).join('\n'));
  assert.deepEqual(found.map((f) => f.uri).sort(), ['a', 'b']);
  assert.match(found.find((f) => f.uri === 'a')!.message, /number of “shell in market”: a says “one shell” \(1 shell\)/);
  const r = read('One of the shells landed inside a primary school yard in the town. Four shells fell near the airstrip.');
  assert.deepEqual(r.claims.map((c) => [r.quantities[c.quantity].text, c.subject]), [['One of the shells', 'shell in yard'], ['Four shells', 'shell']]);
});
