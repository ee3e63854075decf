// Statements about things (counts, sums, lengths, durations) compared across sources: texts written for each rule.
// One disagreement is one finding, on the side fewer sources take (a tie: one side), the other sources related.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analysis, read, serviceOf } from '../helpers/analysis';

const conflicts = (texts: Record<string, string>) => serviceOf(texts).findings().filter((f) => f.code === 'quantity-conflict');
/** One disagreement between two sources: one finding, on one of them, with the other as related information. */
const oneBetween = (found: ReturnType<typeof conflicts>, a: string, b: string) => {
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.deepEqual([found[0].uri, ...found[0].related.map((r) => r.uri)].sort(), [a, b]);
};

test('counts: the counted noun is the subject; capitalised number words start sentences', () => {
  const r = read('Five bombs were dropped near the camp. The camp holds over 24,000 Nuban refugees who fled.');
  const subjects = r.claims.map((c) => [r.quantities[c.quantity].text, c.subject]);
  assert.deepEqual(subjects, [
    ['Five bombs', 'bomb'],
    ['over 24,000 Nuban refugees', 'refugee'],
  ]);
});

test('counts: parts of a set and running tallies are other statements than the set', () => {
  const r = read('The other two bombs fell outside. Police seized a total of 14 rifles. Two of the bombs fell inside the camp.');
  assert.deepEqual(
    r.claims.map((c) => [r.quantities[c.quantity].text, c.modifiers.filter((m) => ['other', 'total', 'part'].includes(m))]),
    [
      ['two bombs', ['other']],
      ['14 rifles', ['total']],
      ['Two of the bombs', ['part']],
    ],
  );
  assert.deepEqual(conflicts({ a: 'Police said five bombs were dropped on the camp.', b: 'Police said the other two bombs were dropped on the camp.' }), []);
  assert.deepEqual(conflicts({ a: 'The navy seized a total of 14 rifles from the pirates.', b: 'The navy seized six rifles from the pirates.' }), []);
});

test('counts: different counts of the same thing conflict; the sources on each side are named', () => {
  const found = conflicts({
    a: 'Five bombs were dropped on the camp on Thursday.',
    b: 'Four bombs were dropped on the camp.',
    c: 'Witnesses said four bombs were dropped on the camp.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'a');
  assert.deepEqual(found[0].related.map((r) => r.uri).sort(), ['b', 'c']);
  assert.match(found[0].message, /number of bombs: a says “Five bombs”, but .*b .*c /s);
});

test('counts: named by the counted noun in the plural, as the sources write it, and number words not repeated as digits', () => {
  const rbis = conflicts({
    a: 'Teixeira drove in 121 RBIs for the Yankees that season, the club said.',
    b: 'Teixeira drove in 43 RBIs for the Yankees that season, the club said.',
  });
  assert.equal(rbis.length, 1, rbis.map((f) => f.message).join('\n'));
  assert.match(rbis[0].message, /the number of RBIs: /);
  const operators = conflicts({
    a: 'Officials said six American security operators defended the compound that night.',
    b: 'Officials said five American security operators defended the compound that night.',
  });
  assert.equal(operators.length, 1, operators.map((f) => f.message).join('\n'));
  assert.match(operators[0].message, /the number of American security operators: [ab] says “(six|five) American security operators”, but [ab] \(“(six|five) American security operators”\)/);
  // A noun written with a capital inside a sentence keeps it; a sentence's first word and a title-case headline's do not.
  const senators = conflicts({ a: 'Vote fails\n\nTwelve Republicans joined the Democrats in the vote.', b: 'Vote fails\n\nTen Republicans joined the Democrats in the vote.' });
  assert.match(senators[0]?.message ?? '', /the number of Republicans: /);
  const villages = conflicts({ a: 'Quake Destroys Twelve Villages In Orlan\n\nThe quake struck on Monday.', b: 'Quake Destroys Nine Villages In Orlan\n\nThe quake struck on Monday.' });
  assert.match(villages[0]?.message ?? '', /the number of villages: /);
});

test('counts: two articles of one outlet are told apart by their files, never set against the outlet by name alone', () => {
  const wire = (text: string) => `---\nsource: Reuters\n---\n${text}`;
  const found = conflicts({
    'file:///news/reuters-update-1.txt': wire('Five bombs were dropped on the camp on Thursday.'),
    'file:///news/reuters-update-2.txt': wire('Four bombs were dropped on the camp.'),
    'file:///news/ap.txt': '---\nsource: AP\n---\nWitnesses said four bombs were dropped on the camp.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /Reuters \(reuters-update-1\.txt\) says “Five bombs”, but /);
  assert.match(found[0].message, /Reuters \(reuters-update-2\.txt\) \(“Four bombs”\)/);
  assert.deepEqual(found[0].related.map((r) => r.message).sort(), ['AP: “four bombs”', 'Reuters (reuters-update-2.txt): “Four bombs”']);
});

test('counts: hedged values that overlap agree; a value that fits both sides takes no side', () => {
  assert.deepEqual(conflicts({ a: 'The camp holds about 20,000 refugees.', b: 'The camp holds nearly 21,000 refugees.' }), []);
  const found = conflicts({
    a: 'The camp holds over 24,000 refugees.',
    b: 'The camp holds nearly 23,000 refugees.',
    c: 'The camp holds more than 20,000 refugees.',
  });
  oneBetween(found, 'a', 'b');
});

test('money: a bare sum stands for what rounds to it ($2.5 million vs $2.6 million); currencies are never converted', () => {
  const found = conflicts({
    a: 'Thieves stole $2.5 million worth of jewellery.',
    b: 'The gang escaped with $2.6 million in jewelry.',
  });
  oneBetween(found, 'a', 'b');
  assert.match(found[0].message, /amount for the jewelry/);
  assert.deepEqual(conflicts({ a: 'Thieves stole $2.5 million worth of jewellery.', b: 'Thieves stole €2 million worth of jewellery.' }), []);
  assert.deepEqual(conflicts({ a: 'Thieves stole $2 million worth of jewellery.', b: 'Thieves stole $2.4 million worth of jewellery.' }), []);
});

test('counts: "a 200-student school" counts students like "300 students" does', () => {
  const found = conflicts({ a: 'A bomb hit a 200-student schoolhouse in the camp.', b: 'A bomb hit the school in the camp where 300 students were in class.' });
  oneBetween(found, 'a', 'b');
  assert.match(found[0].message, /number of .*students:/);
});

test('new findings keep their fingerprint when another paragraph changes, and "reviewed" hides them', () => {
  const b = 'Four bombs were dropped on the camp.\n\nAid arrived later.';
  const a = 'Story\n\nFive bombs were dropped on the camp.\n\nAid arrived later.';
  const s = serviceOf({ a, b });
  const [before] = s.findings().filter((f) => f.code === 'quantity-conflict');
  const uri = before.uri;
  s.update(uri, (uri === 'a' ? a : b).replace('Aid arrived later.', 'Aid arrived much later, officials said.'), { name: uri });
  assert.equal(s.findings(uri).find((f) => f.code === 'quantity-conflict')!.fingerprint, before.fingerprint);
  const config = analysis.defaultConfig();
  config.reviewed = [before.fingerprint];
  const reviewed = serviceOf({ a, b }, config);
  assert.ok(!reviewed.findings(uri).some((f) => f.fingerprint === before.fingerprint));
  assert.ok(reviewed.findings(uri, { includeReviewed: true }).some((f) => f.fingerprint === before.fingerprint));
});

test('severity: a later, larger toll is information; a "reportedly" value is information; two bare facts are an error', () => {
  const early = '---\ndate: 2013-07-02\n---\nQuake\n\nFive people were killed when the quake hit the town.';
  const late = '---\ndate: 2013-07-03\n---\nQuake\n\n24 people were killed when the quake hit the town.';
  const toll = conflicts({ early, late });
  assert.equal(toll.length, 1, toll.map((f) => f.message).join('\n'));
  assert.equal(toll[0].severity, 'information');
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

test('tolls: "no one was killed", "24 dead" and "12 people were killed" are one toll; killed and injured never compare', () => {
  const r = read('No one was killed in the attack. At least 12 people had been killed and 20 wounded. Five dead after the quake.');
  assert.deepEqual(
    r.claims.map((c) => [r.quantities[c.quantity].text, c.predicate]),
    [
      ['No one', 'killed'],
      ['At least 12 people', 'killed'],
      ['20 wounded', 'injured'],
      ['Five dead', 'killed'],
    ],
  );
  const found = conflicts({ a: 'Officials said no one was killed in the attack on the camp.', b: 'Officials said seven people were killed in the attack on the camp.' });
  oneBetween(found, 'a', 'b');
  assert.match(found[0].message, /number killed/);
  assert.deepEqual(conflicts({ a: 'Seven people were killed in the attack on the camp.', b: 'Twenty people were injured in the attack on the camp.' }), []);
  // The missing of a disaster are named so.
  const missing = conflicts({ a: 'Floods hit Parana\n\nFloods killed 14 people in Parana. Nine people are still missing.', b: 'Floods hit Parana\n\nFloods killed 14 people in Parana. Seven people remain missing.' });
  assert.deepEqual(missing.map((f) => /number missing:/.test(f.message)), [true], missing.map((f) => f.message).join('\n'));
});

test('slips: a value one source writes once, against its own and other sources\' value elsewhere, is reported', () => {
  const found = conflicts({
    a: 'A 5.8-magnitude earthquake struck the coastal province on Tuesday, killing 11 people. Rescuers searched collapsed homes. The strong 8.5-magnitude quake left hundreds more injured in the province.',
    b: 'A 5.8-magnitude earthquake struck the coastal province on Tuesday, killing 11 people and leaving hundreds injured.',
    c: 'The 5.8-magnitude quake struck the coastal province on Tuesday, officials said.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'a');
  assert.match(found[0].message, /a says “8\.5-magnitude”.*b \(“5\.8-magnitude”\) and c \(“5\.8-magnitude”\) say otherwise, and a itself says “5\.8-magnitude” elsewhere/);
  assert.deepEqual(found[0].related.map((r) => r.uri), ['b', 'c', 'a']);
  // One other source is enough.
  const againstOne = conflicts({
    a: 'Some 11 million undocumented immigrants live in the country, officials said. The bill would decide how many of the 17 million undocumented immigrants can seek legal status.',
    b: 'The bill would decide how many of the 11 million undocumented immigrants in the country can seek legal status.',
  });
  assert.equal(againstOne.length, 1, againstOne.map((f) => f.message).join('\n'));
  assert.match(againstOne[0].message, /a says “17 million undocumented immigrants”.*b \(“11 million undocumented immigrants”\) says otherwise, and a itself says “Some 11 million undocumented immigrants” elsewhere/);
  // A hedged slip ("the estimated 17 million") is one too.
  const hedged = conflicts({
    a: 'Some 11 million undocumented immigrants live in the country, officials said. The bill would decide how many of the estimated 17 million undocumented immigrants can seek legal status.',
    b: 'The bill would decide how many of the 11 million undocumented immigrants in the country can seek legal status.',
  });
  assert.equal(hedged.length, 1, hedged.map((f) => f.message).join('\n'));
  assert.equal(hedged[0].uri, 'a');
  // A part and the whole in one source, beside another source's whole, are two things told apart.
  assert.deepEqual(conflicts({ a: 'The navy seized six rifles in the raid on Monday. In all, the navy has seized 14 rifles from the pirates.', b: 'The navy has seized 14 rifles from the pirates.' }), []);
});

test('magnitudes: "a 6.1 quake" and "a 6.4 earthquake" differ; "quake" and "earthquake" are one subject', () => {
  const found = conflicts({ a: 'A 6.1 quake hit the province on Tuesday.', b: 'A 6.4 earthquake hit the province on Tuesday.' });
  oneBetween(found, 'a', 'b');
  assert.match(found[0].message, /magnitude of the earthquake/);
  assert.deepEqual(conflicts({ a: 'A 6.1 quake hit the province.', b: 'The 6.1 earthquake hit the province.' }), []);
  assert.deepEqual(conflicts({ a: 'A 6.1 quake hit the province.', b: 'Two quakes hit the province.' }), [], 'a count of quakes is not a magnitude');
});

test('distances: miles and kilometres convert; a distance from a named place is said of that place', () => {
  const r = read('The camp lies less than 50 km (30 miles) from the tense border. The quake struck six miles west of Cobb.');
  const lengths = r.claims.filter((c) => c.attribute === 'length').map((c) => [r.quantities[c.quantity].text, c.measure, c.entity !== undefined ? r.mentions[c.entity].text.toLowerCase() : c.subject]);
  // The conversion in parentheses is the same statement again.
  assert.deepEqual(lengths, [
    ['less than 50 km', 'distance', 'border'],
    ['six miles', 'distance', 'cobb'],
  ]);
  assert.ok(Math.abs(r.quantities.find((q) => q.text === 'six miles')!.low! - 9656) < 1);
  assert.deepEqual(conflicts({ a: 'The quake was centered 15 miles north of Cobb.', b: 'The quake was centered about 24 km north of Cobb.' }), []);
  const found = conflicts({ a: 'The quake was centered about 3 miles west of Cobb.', b: 'The quake was centered six miles west of Cobb.' });
  oneBetween(found, 'a', 'b');
  assert.match(found[0].message, /distance from Cobb/);
  // Two things placed at two distances from one town are two statements: where a motorist was is not where the office is.
  assert.deepEqual(conflicts({ a: 'Hours later, a motorist 50 miles north of Norland spotted the car.', b: 'Police evacuated the building, about 15 miles north of Norland.' }), []);
  oneBetween(conflicts({ a: 'Police evacuated the building, about 15 miles north of Norland.', b: 'Police evacuated the building, 50 miles north of Norland.' }), 'a', 'b');
});

test('falls: a fall is the faller\'s, the person named before it; two climbers\' falls are not compared', () => {
  const found = conflicts({
    a: 'On Friday, 36-year-old Tom Ranby died after slipping and falling about 60 metres from a ridge.',
    b: 'Police said 36-year-old Tom Ranby was killed after falling 150 metres from a ridge.',
  });
  oneBetween(found, 'a', 'b');
  assert.match(found[0].message, /height of the fall of Tom Ranby/);
  // One man's fall is not another's, and the one who says it did not fall.
  assert.deepEqual(conflicts({ a: 'On Friday, Tom Ranby died after falling about 60 metres.', b: 'On Saturday, Ed Kell slipped on ice and fell 600 metres.' }), []);
  const r = read('Inspector Dan Gask said the man fell around 600 metres near the hut.');
  assert.equal(r.claims.find((c) => c.attribute === 'length')?.entity, undefined);
});

test('times: one clock time given in UTC by two sources and as local time by another is a disagreement, unless local time may be UTC', () => {
  const utc = 'Quake hits Norland\n\nA strong quake struck Norland on Tuesday. The quake struck inland at 0737 GMT, the geological agency said.';
  const local = (time: string, extra = '') => `Quake in Norland\n\nA strong quake struck Norland on Tuesday. The epicenter of the quake was near the coast.${extra} It took place at ${time} local time.`;
  const times = (texts: Record<string, string>) => serviceOf(texts).findings().filter((f) => f.code === 'time-conflict');
  const found = times({ a: utc, b: local('7:37 AM'), c: utc.replace('geological agency', 'national agency') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'b');
  // Told alike, surely one statement: still a warning, as that local time is not UTC is read from what is not said.
  const alike = times({ a: utc, b: utc.replace('0737 GMT', '7:37 AM local time'), c: utc });
  assert.deepEqual(alike.map((f) => [f.uri, f.severity]), [['b', 'warning']]);
  assert.match(found[0].message, /time of the quake: b says “7:37 AM” \(07:37 local\), but a \(“0737”, 07:37 UTC\) and c \(“0737”, 07:37 UTC\) say otherwise, the same clock time in UTC/);
  // Another clock time says nothing without the offset; a place on UTC may make the two one time.
  assert.deepEqual(times({ a: utc, b: local('2:37 PM'), c: utc }), []);
  assert.deepEqual(times({ a: utc, b: local('7:37 AM', ' Traders in London watched the news.'), c: utc }), []);
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

test('durations: "jailed for 12 years" and "sentenced to 15 years in prison" are one person\'s sentence; "behind bars" is "in prison"', () => {
  const found = conflicts({
    a: 'Banker jailed\n\nTom Reyes was jailed for 12 years on Monday for defrauding customers.',
    b: 'Banker sentenced\n\nTom Reyes was sentenced to 15 years in prison on Monday for defrauding customers.',
    c: 'Fraud sentence\n\nA judge on Monday said Tom Reyes was sentenced to 15 years for defrauding customers.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'a');
  assert.match(found[0].message, /sentence of Tom Reyes/);
  const states = conflicts({ a: 'The inmate spent 12 years behind bars before his release.', b: 'The inmate spent 15 years in prison before his release.' });
  assert.equal(states.length, 1, states.map((f) => f.message).join('\n'));
  assert.match(states[0].message, /time in prison/);
  // A span after another verb is not the sentence: "worked for 15 years".
  assert.deepEqual(conflicts({ a: 'Tom Reyes was jailed for 12 years.', b: 'Tom Reyes worked for 15 years at the branch.' }), []);
});

test('bounds: "less than 50 km" is near 50 and leaves out 25, so it differs from "less than 25 km"; "up to" is only a ceiling', () => {
  const border = (value: string) => `The camp is ${value} from the border with Sudan.`;
  const found = conflicts({ a: border('less than 50 km (30 miles)'), b: border('less than 25 km (15 miles)') });
  oneBetween(found, 'a', 'b');
  assert.match(found[0].message, /distance from the border/);
  assert.deepEqual(conflicts({ a: border('less than 25 km'), b: border('20 km') }), []);
  assert.deepEqual(conflicts({ a: border('up to 50 km'), b: border('5 km') }), []);
});

test('history: a clause set "last year" or "years ago" is about another event, and only compared with that', () => {
  const r = read('In April last year an 8.6-magnitude quake struck off the coast. A 6.1 magnitude quake hit Aceh.');
  assert.deepEqual(
    r.claims.filter((c) => c.attribute === 'magnitude').map((c) => [r.quantities[c.quantity].text, c.scope.time]),
    [
      ['8.6-magnitude', 'background'],
      ['6.1 magnitude', 'story'],
    ],
  );
  assert.deepEqual(conflicts({ a: 'A 6.1 magnitude quake hit Aceh. Last year, a 6.4-magnitude quake rocked Sumatra.', b: 'A 6.1-magnitude earthquake struck Aceh.' }), []);
});

test('counts and sums: a preposition, "due", a scale word or an area unit is never what is counted', () => {
  const r = read(
    'Greece agreed to a bailout of 110 billion euros over three years. The debt stood at 22.4 billion. ' +
      '3 DEAD due to the fire. They built a 170,000-square-foot house.',
  );
  const subjects = r.claims.map((c) => c.subject);
  for (const wrong of ['over', 'billion', 'due', 'square']) {
    assert.ok(!subjects.includes(wrong), `"${wrong}" read as a subject: ${JSON.stringify(r.claims.map((c) => [r.quantities[c.quantity].text, c.subject]))}`);
  }
});

test('located counts: how many fell inside a place is its own fact, compared only with counts in the same kind of place', () => {
  const found = conflicts({
    a: 'Witnesses said one shell, which did not explode, fell directly within the market. Five shells were fired.',
    b: '"Two of the shells fell within the Dara market," a spokesman said. Five shells were fired in all.',
    c: 'At least one shell landed in the market, and others fell in a nearby field.',
  });
  oneBetween(found, 'a', 'b');
  assert.match(found[0].message, /“(?:one shell|Two of the shells)”/);
});
