// Reading one document: texts written for these tests, not the seeds.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { read, serviceOf } from '../helpers/analysis';

const mentionTexts = (text: string, type?: string) =>
  read(text)
    .mentions.filter((m) => !type || m.type === type)
    .map((m) => m.text);

test('site furniture: a "Related news" list and what follows give no names, quotes or quantities', () => {
  const text = 'Mayor Anna Kowalczyk said the bridge would open in two weeks.\nRelated news\nFire kills 12 in Lisbon, "a tragedy" says Mayor Pedro Alves\nLeave a comment';
  const r = read(text);
  assert.deepEqual(r.paragraphs.map((p) => p.kind), ['body', 'furniture', 'furniture', 'furniture']);
  assert.ok(r.mentions.every((m) => m.start < text.indexOf('Related news')));
  assert.ok(r.quotations.length === 0);
  assert.ok(r.quantities.every((q) => q.start < text.indexOf('Related news')));
});

test('site furniture: photo credits are captions (names kept, no claims)', () => {
  const r = read('The minister spoke for two hours on Monday.\nMinister Jan Novak © PHOTO REUTERS / AFP');
  assert.equal(r.paragraphs[1].kind, 'caption');
  assert.ok(r.sentences[1].furniture);
});

test('sentences: abbreviations and initials do not end a sentence; a stop inside a quotation does not either', () => {
  const r = read('The U.S. President met Gen. Mark Hale in St. Louis. "We agreed. It went well," Hale said. Then they left.');
  const texts = r.sentences.map((s) => r.text.slice(s.start, s.end));
  assert.deepEqual(texts, ['The U.S. President met Gen. Mark Hale in St. Louis.', '"We agreed. It went well," Hale said.', 'Then they left.']);
});

test('sentences: a clock time\'s "a.m." or "p.m." runs on to its day ("at 8 p.m. Thursday"); before another word it may end one', () => {
  const r = read('Police arrived at 8 p.m. Thursday and left at 2 a.m. Sept. 3. The fire started at 9 p.m. The crews left.');
  const texts = r.sentences.map((s) => r.text.slice(s.start, s.end));
  assert.deepEqual(texts, ['Police arrived at 8 p.m. Thursday and left at 2 a.m. Sept. 3.', 'The fire started at 9 p.m.', 'The crews left.']);
});

test('quotations: straight, curly, and one running across paragraphs', () => {
  const text = 'Lena Ortiz said "we will win" on Monday.\n“First part of it,” she added.\n“Across one paragraph\n“and into the next,” Ortiz said.';
  const r = read(text);
  assert.deepEqual(r.quotations.map((q) => q.text), ['we will win', 'First part of it,', 'Across one paragraph and into the next,']);
});

test('quotations: guillemets, and a closing mark typed where a quotation opens', () => {
  const r = read('Lena Ortiz said «we leave at dawn» and then ”Fear is here for all” she said.');
  assert.deepEqual(r.quotations.map((q) => q.text), ['we leave at dawn', 'Fear is here for all']);
});

test('speakers: name after the quotation, pronoun after it, subject of the speech verb before it', () => {
  const text = [
    '"Prices will fall," Finance Minister Carla Benz told reporters.',
    '"We are ready," she added.',
    'Opposition leader Tomas Reyes wrote on Monday that "nothing has changed".',
  ].join('\n');
  const r = read(text);
  const speakers = r.quotations.map((q) => (q.speaker ? r.mentions[q.speaker.mention].text : null));
  assert.deepEqual(speakers, ['Carla Benz', 'Carla Benz', 'Tomas Reyes']);
});

test('mentions: titles become roles, not names; people, places and organisations are typed', () => {
  const r = read('Polish Foreign Minister Radoslaw Sikorski met NATO officials in Brussels, and Kremlin spokesperson, Dmitry Peskov, criticised the plan.');
  const sikorski = r.mentions.find((m) => m.text === 'Radoslaw Sikorski');
  assert.equal(sikorski?.type, 'person');
  assert.equal(sikorski?.role, 'Polish Foreign Minister');
  assert.equal(sikorski?.roleOf, 'poland');
  const peskov = r.mentions.find((m) => m.text === 'Dmitry Peskov');
  assert.equal(peskov?.role, 'Kremlin spokesperson');
  assert.equal(r.mentions.find((m) => m.text === 'Brussels')?.type, 'place');
  assert.equal(r.mentions.find((m) => m.text === 'NATO')?.type, 'organization');
  assert.ok(!r.mentions.some((m) => m.text.includes('Minister')), 'titles are not part of names');
});

test('mentions: a recurring bare surname is a person; headings and sentence-initial words are not names', () => {
  const names = mentionTexts('Weekly Market Update\nKovacs announced cuts. Analysts doubt Kovacs. Notably, Kovacs said nothing else.\nChasing growth is hard, Kovacs added.', 'person');
  assert.ok(names.filter((n) => n === 'Kovacs').length >= 3);
  assert.ok(!names.includes('Weekly Market Update'));
  const r = read('Chasing growth is hard, analysts said.');
  assert.ok(r.mentions.every((m) => m.text !== 'Chasing' || m.tentative), 'a sentence-initial unknown word is at most tentative');
  const entities = serviceOf({ a: 'Chasing growth is hard, analysts said.', b: 'Growth is hard.' }).entities();
  assert.deepEqual(entities, [], 'and the corpus drops it when nothing shows it is a name');
});

test('mentions: a pronoun with its verb ("He\'ll", "He\'d") is no name; a name with an apostrophe ("O\'Neill") is', () => {
  assert.deepEqual(read("He'll also earn eight percent of the grosses. He'd earned more before.").mentions.map((m) => m.text), []);
  assert.deepEqual(read("O'Neill said the deal was done.").mentions.map((m) => m.text), ["O'Neill"]);
});

test('mentions: descriptions such as "the Ukrainian president" are person mentions with the role\'s country', () => {
  const r = read('Later the Ukrainian president thanked the French leader.');
  const d = r.mentions.filter((m) => m.kind === 'description');
  assert.deepEqual(d.map((m) => [m.text, m.roleOf]), [['the Ukrainian president', 'ukraine'], ['the French leader', 'france']]);
});

test('gaps: a title with no name after it, and an empty list item', () => {
  const r = read('On Monday, French President met German Chancellor Olaf Scholz. Several cities, including , are affected. The President said little.');
  assert.deepEqual(r.gaps.map((g) => [g.kind, g.cue]), [['title-without-name', 'French President'], ['empty-list-item', 'including']]);
});

test('gaps: a title whose remit of capitalised words comes before the name names its holder; without the name it is a gap', () => {
  const named = read('The leaders agreed to meet U.S. Assistant Secretary for Near Eastern Affairs Robert Pelletreau in September.');
  assert.deepEqual(named.gaps, []);
  const missing = read('The leaders agreed to meet U.S. Assistant Secretary for Near Eastern Affairs in September.');
  assert.deepEqual(missing.gaps.map((g) => g.cue), ['U.S. Assistant Secretary']);
});

test('gaps: a list that goes on after a comma after its introducer is not an empty item', () => {
  const r = read('Every candidate, including, for a while, Ted Cruz, backed it. The aim is plain: namely, Turkey today. He hit 33 homers, including. 358 in June. Two towns, including, are cut off.');
  assert.deepEqual(r.gaps.map((g) => [g.kind, g.cue]), [['empty-list-item', 'including']]);
  assert.ok(r.text.slice(r.gaps[0].start).startsWith('including, are'));
});

test('gaps: titles followed by a name, after a determiner, or before a comma and a name are not gaps', () => {
  const r = read('His Defense Secretary spoke. United States President, Joe Biden, agreed. The Russian President declined.');
  assert.deepEqual(r.gaps, []);
});

test('quantities: hedges make intervals, "hour-long" is rough, "an hour and a half" is 90 minutes', () => {
  const cases: Array<[string, number | null, number | null]> = [
    ['They talked for more than an hour.', 60, null],
    ['They talked for an hour and a half.', 90, 90],
    ['They talked for nearly 90 minutes.', 79.2, 90],
    ['They talked for about an hour.', 49.8, 70.2],
    ['It was an hour-long call.', 49.8, 70.2],
    ['The talks lasted close to two hours.', 105.6, 120],
    ['They talked for at least 30 minutes.', 30, null],
    ['They talked for up to 45 minutes.', null, 45],
  ];
  for (const [text, low, high] of cases) {
    const q = read(text).quantities.find((x) => x.kind === 'duration');
    assert.ok(q, text);
    assert.deepEqual([q.low, q.high, q.unit], [low, high, 'minute'], text);
  }
});

test('quantities: money keeps its currency, percentages and counts are read, years are not counts', () => {
  const r = read('The jewels were worth $2.6 million, or 2 million euros. Roughly 20% of 1,200 residents left in 2013.');
  const byKind = (kind: string) => r.quantities.filter((q) => q.kind === kind);
  assert.deepEqual(byKind('money').map((q) => [q.low, q.unit]), [[2.6e6, 'USD'], [2e6, 'EUR']]);
  assert.deepEqual(byKind('percent').map((q) => q.text), ['Roughly 20%']);
  assert.deepEqual(byKind('count').map((q) => [q.low, q.unit]), [[1200, 'residents']]);
});

test('claims: two calls in one sentence are two claims with their own participants', () => {
  const text = 'Senator Maria Lopez said she and Governor Tom Walsh spoke for about an hour, while the governor\'s office said Walsh\'s call with Mayor Ben Carter lasted nearly two hours.';
  const r = read(text);
  const claims = r.claims.map((c) => [r.quantities[c.quantity].text, c.participants.map((i) => r.mentions[i].text).sort()]);
  assert.deepEqual(claims, [
    ['about an hour', ['Tom Walsh']],
    ['nearly two hours', ['Ben Carter', 'Walsh']],
  ]);
});

test('claims: a time phrase about another event is left out; "the conversation" looks back', () => {
  const text = 'Anna Berg and Ivo Lind spoke after Berg\'s call with Omar Said, and Lind\'s office said the conversation lasted for about an hour.';
  const r = read(text);
  assert.equal(r.claims.length, 1);
  assert.deepEqual(r.claims[0].participants.map((i) => r.mentions[i].text).sort(), ['Anna Berg', 'Ivo Lind']);
});

test('claims: relative times ("two hours after", "three years ago") are not durations of an event', () => {
  const r = read('Two hours after the call with Omar Said, Anna Berg left. The meeting took place three years ago.');
  // A span after a named event is said of that event with its direction, never as its length (statements.test.ts).
  assert.deepEqual(r.claims.map((c) => [c.attribute, c.subject, c.modifiers]), [['duration', 'call', ['after']]]);
});

test('front matter gives the source name and date', () => {
  const r = read('---\nsource: Daily Example\ndate: 2024-05-01\n---\nMayor Ann Lee spoke for an hour.');
  assert.equal(r.meta.source, 'Daily Example');
  assert.equal(r.meta.date, '2024-05-01');
  assert.ok(r.mentions.some((m) => m.text === 'Ann Lee'));
});

test('reading never throws on odd input', () => {
  for (const text of ['', '\n\n\n', '"', '“unclosed', '...', '\u0000\u0001', 'a'.repeat(10000), '—'.repeat(50), 'U.S.', '$', '12,', 'including ,']) {
    assert.doesNotThrow(() => read(text), JSON.stringify(text.slice(0, 10)));
  }
});

test('gaps: a title after a name and a comma, and a list closed by "among them", are not gaps', () => {
  const r = read('Susan Rice, U.S. Ambassador to the United Nations, said little. Critics (Joe Scarborough and George Will among them) agreed.');
  assert.deepEqual(r.gaps, []);
});

test('names: an organisation the tagger ends one word early runs on to a capitalised kind of organisation ("US Geological" + "Survey")', () => {
  assert.ok(mentionTexts('Quake hits\n\nA strong quake hit the island, US Geological Survey said.', 'organization').includes('US Geological Survey'));
  // A person's name is no part of an organisation's.
  assert.ok(!mentionTexts('Report\n\nOfficials said Ann Lee Department staff would appeal.', 'organization').some((t) => t.startsWith('Ann Lee')));
});

test('names: a body named for its remit is one organisation ("Council on Foreign Relations"), but not across a day or a place', () => {
  const orgs = mentionTexts('Speech\n\nRubio spoke at the Council on Foreign Relations in Manhattan, and the House Committee on Oversight and Government Reform met.', 'organization');
  assert.ok(orgs.includes('Council on Foreign Relations'), orgs.join(' | '));
  assert.ok(orgs.includes('House Committee on Oversight and Government Reform'), orgs.join(' | '));
  assert.ok(!mentionTexts('Vote\n\nThe Security Council on Wednesday backed the plan.', 'organization').some((t) => t.includes('Wednesday')));
  assert.ok(!mentionTexts('Vote\n\nThe Security Council on Syria met in New York.', 'organization').some((t) => t.includes('Syria')));
});

test('mentions: a person\'s name with a lower-case particle inside is one name ("Osama bin Laden", "Vincent van Gogh")', () => {
  const text =
    'We have been here before: Osama bin Laden declared war on the United States. Bin Laden judged America a paper tiger. Clinton did not hunt down bin Laden and his movement with the force needed. The museum bought a painting by Vincent van Gogh on Monday.';
  const people = read(text).mentions.filter((m) => m.type === 'person').map((m) => m.text);
  assert.ok(people.includes('Osama bin Laden'), people.join(' | '));
  assert.ok(people.includes('Vincent van Gogh'), people.join(' | '));
  // Two names that "of" or "and" stand between stay two.
  const two = read('Aides of Bernie Sanders and Hillary Clinton met on Monday.').mentions.filter((m) => m.type === 'person').map((m) => m.text);
  assert.deepEqual(two, ['Bernie Sanders', 'Hillary Clinton']);
});
