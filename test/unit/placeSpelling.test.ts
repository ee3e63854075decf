// place-spelling on texts written for it.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { serviceOf } from '../helpers/analysis';

const found = (texts: Record<string, string>) => serviceOf(texts).findings().filter((f) => f.code === 'place-spelling');

test('place-spelling: one source against two, with a fix to the others\' spelling', () => {
  const texts = {
    a: 'The ship was attacked in the Gulf of Eden at dawn. The driver came from Schnectady last year.',
    b: 'Pirates attacked the ship in the Gulf of Aden. The driver, of Schenectady, was held.',
    c: 'A tanker in the Gulf of Aden was attacked. He lives in Schenectady now.',
  };
  const f = found(texts);
  assert.deepEqual(f.map((x) => texts.a.slice(x.start, x.end)), ['Eden', 'Schnectady']);
  assert.ok(f.every((x) => x.uri === 'a'));
  assert.deepEqual(f[0].related.map((r) => r.uri), ['b', 'c']);
  assert.match(f[0].message, /b and c write “Aden”/);
  assert.deepEqual(f[1].fixes?.map((x) => x.newText), ['Schenectady']);
});

test('place-spelling: two sources sharing the misspelling each get the finding in their own article, whatever the files are named', () => {
  for (const [first, second] of [['a', 'z'], ['z', 'a']]) {
    const texts = {
      [first]: 'The driver came from Schnectady last year, police said on Friday.',
      [second]: 'Police said the driver came from Schnectady, a city upstate.',
      m: 'The driver, of Schenectady, was held on Friday.',
      n: 'He lives in Schenectady now, police said.',
      o: 'A Schenectady man was charged on Friday.',
    };
    const f = found(texts);
    assert.deepEqual(f.map((x) => [x.uri, texts[x.uri as keyof typeof texts].slice(x.start, x.end)]).sort(), [['a', 'Schnectady'], ['z', 'Schnectady']]);
    for (const x of f) {
      const other = x.uri === 'a' ? 'z' : 'a';
      // Each links the other article that shares its spelling, then the three that write it the other way.
      assert.deepEqual(x.related.map((r) => r.uri), [other, 'm', 'n', 'o']);
    }
    assert.notEqual(f[0].fingerprint, f[1].fingerprint);
  }
});

test('place-spelling: short names need a shared neighbour; word families and British spellings are not misspellings', () => {
  assert.deepEqual(
    found({
      a: 'The war in Iran went on. Many Democrats and the Recognised Union met.',
      b: 'The war in Iraq went on. The Democratic leaders and the Recognized Union met.',
      c: 'Troops left Iraq early. Democratic senators and the Recognized Union met.',
    }),
    [],
  );
});

test('place-spelling: one source against one, a vowel for a vowel, is information once, linking both; other differences are not', () => {
  const f = found({
    a: 'Troops fought rebels south of the town of Taludi on Thursday.',
    b: 'Clashes were reported in the town of Talodi on Thursday.',
  });
  // A tie goes on the later article of the folder, with the earlier one linked.
  assert.deepEqual(f.map((x) => [x.uri, x.severity]), [['b', 'information']]);
  assert.match(f[0].message, /“Talodi” and “Taludi” may be one name spelled two ways: b writes “Talodi”, but a writes “Taludi”/);
  assert.deepEqual(f[0].related.map((r) => r.uri), ['a']);
  // A consonant, the first or the last letter, or a name written both ways by one source: no finding.
  assert.deepEqual(found({ a: 'Fighting near Taludi went on.', b: 'Fighting near Tamudi went on.' }), []);
  assert.deepEqual(found({ a: 'Fighting near Taludi went on.', b: 'Fighting near Taludo went on.' }), []);
  assert.deepEqual(found({ a: 'Fighting near Taludi and Talodi went on.', b: 'Fighting near Talodi went on.' }), []);
});

test('place-spelling: one source against one, a vowel off a word the lexicon knows, is a likely misspelling (information)', () => {
  const texts = {
    a: 'On Monday, state Senete leaders and the governor met in Indianapolis.',
    b: 'The Senate leader said the bill would pass in Indianapolis this week.',
  };
  const f = found(texts);
  assert.deepEqual(f.map((x) => [x.uri, texts.a.slice(x.start, x.end), x.severity]), [['a', 'Senete', 'information']]);
  assert.match(f[0].message, /“Senete” may be misspelled: a writes “Senete”, but b writes “Senate”/);
});

test('place-spelling: a numbered name written with another number by one source; two numbers one source writes are two things', () => {
  const span = (texts: Record<string, string>, s: { uri: string; start: number; end: number }) => [s.uri, texts[s.uri].slice(s.start, s.end)];
  const flight = {
    a: 'Searchers found debris from Flight 307 off the coast on Monday, officials said.',
    b: 'Debris from Flight 370 was found off the coast on Monday.',
    c: 'Officials said on Monday that debris from Flight 370 had been found.',
  };
  const f = found(flight);
  assert.deepEqual(f.map((x) => span(flight, x)), [['a', 'Flight 307']]);
  assert.equal(f[0].severity, 'warning');
  assert.deepEqual(f[0].fixes?.map((x) => x.newText), ['Flight 370']);
  // One mention slipped in an article that writes the other number elsewhere, as the others do.
  const slip = {
    a: 'Nebraska and Oklahoma sued Colorado on Friday over Amendment 64. They said Amendment 46, which voters approved in 2012, harms neighbouring states.',
    b: 'Nebraska and Oklahoma sued Colorado on Friday, saying Amendment 64, which voters approved in 2012, harms neighbouring states.',
    c: 'Amendment 64 was challenged by Nebraska and Oklahoma, which sued Colorado on Friday.',
  };
  assert.deepEqual(found(slip).map((x) => span(slip, x)), [['a', 'Amendment 46']]);
  // A name is the word next to its number: "the Pearl 8110" and "the Nokia Pearl 8100" are one name.
  const phone = {
    a: 'The Nokia Pearl 8100 goes on sale in March. Reviewers said the Pearl 8110 has a sharper screen and longer battery life.',
    b: 'Reviewers praised the Pearl 8100, which has a sharper screen and longer battery life than its rivals.',
    c: 'The Nokia Pearl 8100 has a sharper screen, reviewers said, and the battery life is longer.',
  };
  assert.deepEqual(found(phone).map((x) => span(phone, x)), [['a', 'Pearl 8110']]);
  // A numbered name in a later sentence, after a sentence with a value of its own ("Monday"): no value of its own.
  const village = {
    a: 'Athletes arrived in the city on Monday, officials said. The village built for Glasgow 2014 was ready, organisers said.',
    b: 'Athletes arrived in the city on Monday. The village built for Glasgow 2015 was ready, organisers said.',
    c: 'Officials said athletes arrived on Monday. Organisers said the village built for Glasgow 2015 was ready.',
  };
  assert.deepEqual(found(village).map((x) => span(village, x)), [['a', 'Glasgow 2014']]);
  // Two games an article writes are two games, and a date is no name ("Nov 11" / "Nov 2011").
  const games = {
    a: 'The Rangers lost Game 6 on Saturday and host Game 7 on Monday.',
    b: 'Game 7 is on Monday after the loss on Saturday.',
    c: 'The deciding Game 7 will be played on Monday night.',
  };
  assert.deepEqual(found(games), []);
  const dates = { a: 'Updated Nov 11. The pirates were caught at dawn.', b: 'Posted Nov 2011. The pirates were caught at dawn.' };
  assert.deepEqual(found(dates), []);
  // A grade of a scale is no name: a storm that weakened to "a Category 1 hurricane" is the storm that struck as "a
  // Category 3 storm".
  const storm = {
    a: 'The hurricane made landfall near the port on Tuesday. The storm later weakened to a Category 1 hurricane with winds of 85 mph.',
    b: 'The hurricane struck the port on Tuesday as a Category 3 storm with winds of 130 mph.',
  };
  assert.deepEqual(found(storm), []);
  // A model's series writes its name too: two sources that write "Boeing 737-800" also write "Boeing 737", so the
  // third's "Boeing 737" is not set against the "Boeing 777" of an earlier flight the two name.
  const jet = {
    a: 'A Boeing 737-800 returned to Denver after an engine failed on takeoff. In February, a Boeing 777 lost an engine cover after takeoff from Denver.',
    b: 'The engine of the Boeing 737 failed after takeoff from Denver, and the jet returned.',
    c: 'The Boeing 737-800 returned to Denver. In February, a Boeing 777 shed parts of its engine cover after takeoff.',
  };
  assert.deepEqual(found(jet), []);
});

test('place-spelling: a compound whose differing part is a word in both forms is no misspelling ("Israel-Palestinian" / "Israeli-Palestinian")', () => {
  const texts = {
    a: 'The rabbis said the Israel-Palestinian talks had stalled again this spring.',
    b: 'He spoke about the Israeli-Palestinian conflict on Monday night.',
    c: 'Critics said his Israeli-Palestinian policy was vague.',
  };
  assert.deepEqual(found(texts), []);
  // A part misspelt inside a compound is still one: no word of the language is "Israli".
  const misspelt = found({ ...texts, a: 'The rabbis said the Israli-Palestinian talks had stalled again this spring.' });
  assert.deepEqual(misspelt.map((f) => f.uri), ['a']);
});
