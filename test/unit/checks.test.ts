// Each check on texts written for it, then the seed articles' acceptance points.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analysis, offsetOf, seedName, seedService, serviceOf } from '../helpers/analysis';

const codes = (s: ReturnType<typeof serviceOf>, code: string) => s.findings().filter((f) => f.code === code);

test('quantity-conflict: the outlier is reported once, with the other side as related information', () => {
  const texts = {
    a: 'Mayor Ann Lee and Governor Tom Walsh spoke for two hours on Monday.',
    b: 'Lee and Walsh spoke for about two hours.',
    c: 'The call between Lee and Walsh lasted nearly 120 minutes.',
    d: 'Walsh and Lee spoke for 20 minutes.',
  };
  const s = serviceOf(texts);
  const found = codes(s, 'quantity-conflict');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'd');
  assert.deepEqual(found[0].related.map((r) => r.uri).sort(), ['a', 'b', 'c']);
  assert.match(found[0].message, /\ba\b.*\bb\b.*\bc\b/s);
});

test('quantity-conflict: sums in one currency disagree whatever sums in another currency the story also gives', () => {
  const texts = {
    a: 'Thieves grabbed watches worth an estimated two million euros from the car of a jeweller.',
    b: 'Thieves grabbed watches worth an estimated two million euros from the car of a jeweller in Paris.',
    c: 'The thieves grabbed watches worth £1.7m from the car of a jeweller.',
    d: 'Thieves grabbed watches worth an estimated five million euros from the car of a jeweller.',
  };
  const found = codes(serviceOf(texts), 'quantity-conflict');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'd');
  assert.deepEqual(found[0].related.map((r) => r.uri).sort(), ['a', 'b']);
});

test('quantity-conflict: overlapping intervals and different events are not conflicts', () => {
  const s = serviceOf({
    a: 'Ann Lee and Tom Walsh spoke for more than an hour.',
    b: 'Lee and Walsh spoke for an hour and a half. Walsh and Eva Cruz spoke for 10 minutes.',
  });
  assert.deepEqual(codes(s, 'quantity-conflict'), []);
});

test('quantity-conflict: two lower bounds that differ ("at least 18" / "at least 12") are information; one bound and a value it holds are not', () => {
  const fire = (toll: string) => `Bank fire\n\n${toll} people were killed in the fire at the bank on Tuesday, police said.`;
  const found = codes(serviceOf({ a: fire('At least 18'), b: fire('At least 12') }), 'quantity-conflict');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.deepEqual([found[0].uri, ...found[0].related.map((r) => r.uri)].sort(), ['a', 'b']);
  assert.equal(found[0].severity, 'information', 'both may be true');
  assert.deepEqual(codes(serviceOf({ a: fire('At least 18'), b: fire('More than 18') }), 'quantity-conflict'), []);
  assert.deepEqual(codes(serviceOf({ a: fire('At least 12'), b: fire('Fifteen') }), 'quantity-conflict'), []);
  // An order of size ("hundreds of") is no bound a source chose: a figure above it is no other way of giving it.
  const cheated = (clients: string) => `Adviser sentenced

The adviser, who cheated ${clients} clients of their savings, was sentenced on Thursday.`;
  assert.deepEqual(codes(serviceOf({ a: cheated('hundreds of'), b: cheated('more than 300') }), 'quantity-conflict'), []);
  assert.equal(codes(serviceOf({ a: cheated('more than 200'), b: cheated('more than 300') }), 'quantity-conflict').length, 1);
});

test('quantity-conflict: two sources that disagree are one disagreement, reported once with the other side linked', () => {
  const s = serviceOf({ a: 'Ann Lee and Tom Walsh spoke for 10 minutes.', b: 'Lee and Walsh spoke for three hours.' });
  const found = codes(s, 'quantity-conflict');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.deepEqual([found[0].uri, ...found[0].related.map((r) => r.uri)].sort(), ['a', 'b']);
  assert.equal(found[0].severity, 'error', 'both stated as fact');
});

test('quantity-conflict: the story\'s present told months apart is two moments; an earlier event stays one', () => {
  const poll = (date: string, voters: string) => `---\ndate: ${date}\n---\nPoll shows tight race\n\nThe poll of ${voters} registered voters was conducted by phone, and the senator leads by three points.`;
  const found = (a: string, b: string) => codes(serviceOf({ a: poll(a, '1,358'), b: poll(b, '418') }), 'quantity-conflict');
  assert.equal(found('2016-07-15', '2016-07-13').length, 1, 'two days apart: one poll told two ways');
  assert.deepEqual(found('2016-07-15', '2015-11-13'), [], 'eight months apart: two polls');
  const fired = (date: string, year: string) => `---\ndate: ${date}\n---\nGunman named\n\nThe gunman, who was fired by the firm in ${year}, killed three people.`;
  const earlier = codes(serviceOf({ a: fired('2016-07-15', '2005'), b: fired('2015-11-13', '2006') }), 'time-conflict');
  assert.equal(earlier.length, 1, earlier.map((f) => f.message).join('\n'));
});

test('quantity-conflict: ages a year or two apart are a warning (each told as of its own day), further apart an error', () => {
  const near = codes(serviceOf({ a: 'Police are searching for Jose Orozco, 27, after the shooting.', b: 'A jury found Jose Orozco, 29, guilty of the shooting.' }), 'quantity-conflict');
  assert.deepEqual(near.map((f) => f.severity), ['warning'], near.map((f) => f.message).join('\n'));
  const far = codes(serviceOf({ a: 'Police are searching for Jose Orozco, 27, after the shooting.', b: 'Police are searching for Jose Orozco, 41, after the shooting.' }), 'quantity-conflict');
  assert.deepEqual(far.map((f) => f.severity), ['error'], far.map((f) => f.message).join('\n'));
});

test('quantity-conflict: "the 29-year-old" in a sentence of an earlier year is the age then; an age beside a name is the age now', () => {
  const then = {
    a: '---\ndate: 2005-12-19\n---\nVincent Gigante, 77, died in prison. A doorman identified the 29-year-old Vincent Gigante as the shooter, and Gigante was acquitted in 1958.',
    b: '---\ndate: 2005-12-19\n---\nVincent Gigante, 77, died on Monday.',
  };
  assert.deepEqual(codes(serviceOf(then), 'quantity-conflict'), []);
  const now = codes(
    serviceOf({ a: '---\ndate: 2009-07-20\n---\nDr. Regina Benjamin, 52, became the first woman to lead the group in 2002.', b: '---\ndate: 2009-07-20\n---\nDr. Regina Benjamin, 78, was nominated on Monday.' }),
    'quantity-conflict',
  );
  assert.equal(now.length, 1, now.map((f) => f.message).join('\n'));
});

test('quote-wording: different words are reported with a word diff; identical and excerpts are not', () => {
  const s = serviceOf({
    a: 'Ann Lee said: "We will rebuild the old bridge before the winter comes."',
    b: 'Lee said "we will rebuild the bridge before winter arrives."',
    c: 'Lee said “We will rebuild the old bridge before the winter comes”.',
    d: 'Lee promised to "rebuild the old bridge".',
  });
  const found = codes(s, 'quote-wording');
  assert.deepEqual(found.map((f) => f.uri), ['b'], 'b is the odd one out; a and c agree; d is an excerpt');
  assert.deepEqual(found[0].related.map((r) => r.uri).sort(), ['a', 'c', 'd']);
  assert.match(found[0].message, /\[-arrives\.?-\] \{\+comes\.?\+\}/, "a plain-text word diff");
});

test('name-spelling: a one-source spelling against two agreeing sources, with a fix; transliterations are fine', () => {
  const texts = {
    a: 'Minister Oleksandr Kovalskiy spoke. Later Minister Oleksandr Kovalsky left.',
    b: 'Minister Oleksandr Kovalsky arrived.',
    c: 'Minister Oleksnadr Kovalsky arrived.',
  };
  const s = serviceOf(texts);
  const found = codes(s, 'name-spelling');
  assert.deepEqual(found.map((f) => texts[f.uri as keyof typeof texts].slice(f.start, f.end)), ['Oleksnadr']);
  assert.equal(found[0].fixes?.[0].newText, 'Oleksandr');
});

test('missing-name: the message names who the other sources give that title, and a fix inserts it', () => {
  const texts = {
    a: 'On Monday, French President met reporters.',
    b: 'French President Emmanuel Macron met reporters.',
  };
  const s = serviceOf(texts);
  const [f] = codes(s, 'missing-name');
  assert.equal(texts.a.slice(f.start, f.end), 'French President');
  assert.match(f.message, /Emmanuel Macron/);
  assert.equal(f.fixes?.[0].newText, ' Emmanuel Macron');
  assert.equal(f.related[0].uri, 'b');
});

test('config: severity off silences a code; reviewed fingerprints hide a finding unless asked for', () => {
  const texts = { a: 'Ann Lee and Tom Walsh spoke for 10 minutes.', b: 'Lee and Walsh spoke for three hours.' };
  const config = analysis.defaultConfig();
  const first = serviceOf(texts, config).findings()[0];
  config.reviewed = [first.fingerprint];
  const reviewed = serviceOf(texts, config);
  assert.ok(!reviewed.findings().some((f) => f.fingerprint === first.fingerprint));
  assert.ok(reviewed.findings(undefined, { includeReviewed: true }).some((f) => f.fingerprint === first.fingerprint));
  config.severity = { 'quantity-conflict': 'off' };
  assert.deepEqual(serviceOf(texts, config).findings(), []);
});

test('fingerprints stay the same when another paragraph of the file changes', () => {
  const texts = { a: 'Ann Lee and Tom Walsh spoke for 10 minutes.', b: 'Lee and Walsh spoke for three hours.' };
  const s = serviceOf(texts);
  const [finding] = s.findings();
  const before = finding.fingerprint;
  const uri = finding.uri as keyof typeof texts;
  s.update(uri, `An unrelated first paragraph about the weather.\n${texts[uri]}`);
  assert.equal(s.findings(uri)[0].fingerprint, before);
});

// The seeds: the product's acceptance points, checked on the service in memory.
const seeds = seedService();
const S = (prefix: string) => seedName(prefix);
const text = (prefix: string) => seeds.reading(S(prefix))!.text;

test('seeds: 002\'s "hour-long call" conflicts with 001, 003 and 004 about the Trump–Putin call', () => {
  const found = seeds.findings(S('002')).filter((f) => f.code === 'quantity-conflict');
  assert.equal(found.length, 1);
  assert.match(text('002').slice(found[0].start, found[0].end), /hour-long/);
  const related = found[0].related.map((r) => [r.uri.slice(0, 3), seeds.reading(r.uri)!.text.slice(r.start, r.end)]);
  assert.deepEqual(related, [['001', 'an hour and a half'], ['003', 'close to an hour and a half'], ['004', 'nearly 90 minutes']]);
  for (const prefix of ['001', '003', '004']) assert.ok(found[0].message.includes(S(prefix).replace('.txt', '')), prefix);
});

test('seeds: the Trump–Zelensky call and 000\'s "more than an hour" are never in a conflict', () => {
  const spans = [
    ['000', 'about an hour'], ['000', 'more than an hour'], ['002', 'for an hour'], ['003', 'around an hour'], ['004', 'about an hour'],
  ].map(([p, needle]) => ({ uri: S(p), at: offsetOf(text(p), needle) }));
  const conflicts = seeds.findings().filter((f) => f.code === 'quantity-conflict');
  for (const { uri, at } of spans) {
    for (const f of conflicts) {
      for (const s of [f, ...f.related]) assert.ok(!(s.uri === uri && at >= s.start - 5 && at < s.end), `${uri}@${at} in ${f.message}`);
    }
  }
  assert.equal(conflicts.length, 1);
});

test('seeds: "Zelenskiy" in 000 and "Hegseth" in 001 reach every spelling in every source that names them', () => {
  const z = seeds.references(S('000'), offsetOf(text('000'), 'Zelenskiy'));
  assert.deepEqual([...new Set(z.map((r) => r.uri.slice(0, 3)))].sort(), ['000', '001', '002', '003', '004']);
  const spellings = new Set(z.map((r) => seeds.reading(r.uri)!.text.slice(r.start, r.end)));
  for (const s of ['Volodymyr Zelenskiy', 'Zelenskiy', 'Zelensky', 'Volodymyr Zelensky', 'Volodomyr Zelensky']) assert.ok(spellings.has(s), s);
  const h = seeds.references(S('001'), offsetOf(text('001'), 'Hegseth'));
  assert.deepEqual([...new Set(h.map((r) => r.uri.slice(0, 3)))].sort(), ['001', '002', '003', '004']);
});

test('seeds: differently worded quotations are reported once, linking both wordings; the identical "He wants it to end" is not', () => {
  const quotes = seeds.findings().filter((f) => f.code === 'quote-wording');
  const spans = (f: (typeof quotes)[number]) => [f, ...f.related].map((s) => seeds.reading(s.uri)!.text.slice(s.start, s.end));
  const peace = quotes.filter((f) => spans(f).some((w) => w.includes('Nobody wants peace')) || spans(f).some((w) => w.includes('No one wants peace')));
  assert.equal(peace.length, 1, peace.map((f) => f.message).join('\n'));
  assert.ok(spans(peace[0]).some((w) => w.includes('Nobody wants peace')) && spans(peace[0]).some((w) => w.includes('No one wants peace')));
  const war = quotes.filter((f) => spans(f).some((w) => w.includes('put an end to')));
  assert.equal(war.length, 1, 'the "put an end to" / "stop" wording once');
  assert.ok(spans(war[0]).some((w) => w.includes('stop this ridiculous War')));
  assert.ok(!quotes.some((f) => spans(f).some((w) => w.includes('He wants it to end'))));
  assert.ok(quotes.every((f) => f.related.length > 0 && f.related.every((r) => r.uri !== f.uri)));
});

test('seeds: 003\'s blanked names are reported; nothing is reported in 002\'s "Read next" or after 001\'s "Related news"', () => {
  const missing = seeds.findings(S('003')).filter((f) => f.code === 'missing-name').map((f) => text('003').slice(f.start, f.end));
  assert.deepEqual(missing, ['U.S. President', 'Russian President', 'including']);
  const readNext = text('002').indexOf('Read next');
  assert.ok(seeds.findings(S('002')).every((f) => f.start < readNext));
  const relatedNews = text('001').indexOf('Related news');
  assert.ok(seeds.findings(S('001')).every((f) => f.start < relatedNews));
  for (const f of seeds.findings()) for (const r of f.related) {
    if (r.uri === S('002')) assert.ok(r.start < readNext);
  }
});

test('seeds: hover targets carry what the editor shows', () => {
  const entity = seeds.at(S('000'), offsetOf(text('000'), 'Zelenskiy'));
  assert.equal(entity?.kind, 'entity');
  if (entity?.kind === 'entity') {
    assert.equal(entity.entity.type, 'person');
    assert.equal(entity.entity.sources, 5);
    assert.ok(entity.entity.roles.some((r) => /president/i.test(r)));
  }
  const quantity = seeds.at(S('004'), offsetOf(text('004'), 'nearly 90 minutes') + 3);
  assert.equal(quantity?.kind, 'quantity');
  if (quantity?.kind === 'quantity') assert.deepEqual(quantity.group?.claims.map((c) => c.uri.slice(0, 3)).sort(), ['000', '001', '002', '003', '004']);
  const quotation = seeds.at(S('004'), offsetOf(text('004'), 'No one wants peace'));
  assert.equal(quotation?.kind, 'quotation');
  if (quotation?.kind === 'quotation') assert.equal(quotation.speaker?.name, 'Volodymyr Zelensky');
});

test('quote-wording: acronym dots, apostrophe placement and a one-letter typo are not rewording', () => {
  const s = serviceOf({
    a: 'Ann Lee said: "The F.B.I. understands the population\'s anger and the damaged houses."',
    b: 'Lee said: "The FBI understands the populations\' anger and the damages houses."',
  });
  assert.deepEqual(codes(s, 'quote-wording'), []);
});

test('quote-wording: different sentences of one long statement are excerpts, not rewording', () => {
  const s = serviceOf({
    a: 'Lee said: "We lost the vote today. The bridge will be rebuilt next year. Nobody is to blame."',
    b: 'Lee said: "The bridge will be rebuilt next year. We will fight on."',
  });
  assert.deepEqual(codes(s, 'quote-wording'), []);
});

test('name-spelling: a family name in the plural and words of the lexicon are not misspellings', () => {
  const s = serviceOf({
    a: 'Senator Ann Clinton spoke. The Clintons left. Staff at Gordon Advisers said little.',
    b: 'Senator Ann Clinton spoke at Gordon Advisors.',
    c: 'Senator Ann Clinton spoke at Gordon Advisors.',
  });
  assert.deepEqual(codes(s, 'name-spelling').map((f) => f.message), []);
});

test('name-spelling: two people who share a name and differ by one vowel in another are one name spelled two ways', () => {
  const texts = {
    a: 'Army spokesman Sawarmi Khaled Saad denied any link to the raid.',
    b: 'Al - Sawarmi Khalid, spokesman for the army, said the army had not bombed the camp.',
    c: 'Al - Sawarmi Khalid, spokesman for the army, said the army had not bombed the camp.',
  };
  const found = codes(serviceOf(texts), 'name-spelling');
  // Two sources against one, beside the same surname: a warning on the one.
  assert.deepEqual(found.map((f) => [f.uri, texts[f.uri as 'a'].slice(f.start, f.end), f.severity]), [['a', 'Khaled', 'warning']]);
  assert.match(found[0].message, /a writes “Khaled”, but b and c write “Khalid”/);
  assert.deepEqual(found[0].related.map((r) => r.uri), ['b', 'c']);
  // Short names ("Dan" / "Don") and names that share nothing are left alone.
  assert.deepEqual(codes(serviceOf({ a: 'Coach Dan Smith left early.', b: 'Coach Don Smith stayed late.' }), 'name-spelling'), []);
  assert.deepEqual(codes(serviceOf({ a: 'Minister Karen Olsen spoke.', b: 'Minister Karin Berg spoke.' }), 'name-spelling'), []);
});

test('quote-wording: a letter that addresses someone ("your budget") and a remark about him ("his budget") are two statements', () => {
  const apart = serviceOf({
    a: '"I fear the mayor\'s budget reflects the values of his favorite economist rather than the needs of the city," said Father Lane.',
    b: '"Your budget appears to reflect the values of your favorite economist rather than the needs of the city," says the letter.',
  });
  assert.deepEqual(codes(apart, 'quote-wording'), []);
  // The same quotation with a pronoun of the same person changed is still one quotation worded two ways.
  const reworded = serviceOf({
    a: '"His budget reflects the values of his favorite economist rather than the needs of the city," said Father Lane.',
    b: '"Her budget reflects the values of his favorite economist rather than the needs of the city," said Father Lane.',
  });
  assert.equal(codes(reworded, 'quote-wording').length, 1, 'one finding, on one side, linking the other');
});

test('quote-wording: a reworded quotation is found among many quotations chained into one group', () => {
  // Every quotation ends with the sentence d quotes alone, so each matches d and all form one group.
  const tail = 'We will see what happens.';
  const texts: Record<string, string> = {
    d: `Lee told reporters: "${tail}"`,
    a: `Ann Lee said: "We will rebuild the old bridge before the winter comes. ${tail}"`,
    b: `Lee said "we will rebuild the bridge before winter arrives. ${tail}"`,
    c: `Lee said “We will rebuild the old bridge before the winter comes. ${tail}”`,
  };
  const openings = [
    'Nobody expected the harbour to flood twice in one month.',
    'Our school budget was cut by a third last spring.',
    'Trains to the coast have been late since October.',
    'The museum lost its roof in the storm.',
    'Farmers here sold half their cattle.',
    'Three families moved out of Elm Street.',
    'Prices at the market doubled after the strike.',
    'Doctors at the clinic work double shifts.',
  ];
  openings.forEach((opening, i) => {
    texts[`z${i}`] = `Tom Walsh said: "${opening} ${tail}"`;
  });
  const s = serviceOf(texts);
  const found = codes(s, 'quote-wording');
  assert.ok(s.corpus().quotationGroups.some((g) => g.quotations.length === 12), 'the quotations form one group');
  assert.deepEqual(found.map((f) => f.uri), ['b']);
  assert.deepEqual(found[0].related.map((r) => r.uri).sort(), ['a', 'c']);
});
