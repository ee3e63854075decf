// name-spelling on texts written for it: one person's name written two ways, when the contexts show one person.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { offsetOf, seedName, seedService, serviceOf } from '../helpers/analysis';

const found = (texts: Record<string, string>) => serviceOf(texts).findings().filter((f) => f.code === 'name-spelling');
const at = (texts: Record<string, string>, s: { uri: string; start: number; end: number }) => [s.uri, texts[s.uri].slice(s.start, s.end)];

test('name-spelling: one source against one, beside the same surname, is one finding linking both', () => {
  const texts = {
    a: 'Sestak was a loyal supporter of Hillary Clinton in 2008, aides said on Monday.',
    b: 'Sestak backed Hillery Clinton in the 2008 primary, according to his aides.',
  };
  const f = found(texts);
  assert.equal(f.length, 1, f.map((x) => x.message).join('\n'));
  // "Hillary" is a first name the gazetteer knows, "Hillery" is not: the finding goes on "Hillery".
  assert.deepEqual(at(texts, f[0]), ['b', 'Hillery']);
  assert.deepEqual(f[0].related.map((r) => at(texts, r)), [['a', 'Hillary']]);
  assert.match(f[0].message, /“Hillery” and “Hillary” may be one name spelled two ways: b writes “Hillery”, but a writes “Hillary”/);
});

test('name-spelling: a doubled letter, a prefix and a last letter, each against a majority or beside the same first name', () => {
  const doubled = {
    a: 'Senator William Cowan said on Monday that he would serve.',
    b: 'William Cowan, the new senator, spoke on Monday.',
    c: 'Governor Patrick named William Coowan to the seat on Monday.',
  };
  assert.deepEqual(found(doubled).map((x) => at(doubled, x)), [['c', 'Coowan']]);
  const prefix = {
    a: 'Committee chairman Ray LaMontagne opened the hearing on Tuesday.',
    b: 'The hearing was opened by Ray Montagne, the committee chairman, on Tuesday.',
  };
  // One against one and nothing tells which is right: the finding sits on the later article, linking the other.
  const withPrefix = found(prefix);
  assert.deepEqual(withPrefix.map((x) => [at(prefix, x), x.related.map((r) => at(prefix, r))]), [[['b', 'Montagne'], [['a', 'LaMontagne']]]]);
  // The particle written apart belongs to the name shown, and the first name before it is the context.
  const apart = {
    a: 'Searchers looked on Tuesday for Marta Lacroix, a diver who vanished off the point.',
    b: 'Marta La Croix disappeared on Tuesday while diving off the point.',
  };
  assert.deepEqual(found(apart).map((x) => [at(apart, x), x.related.map((r) => at(apart, r))]), [[['b', 'La Croix'], [['a', 'Lacroix']]]]);
  // A hyphen or a space between the particle and the name is one spelling.
  const hyphen = {
    a: 'Experts such as Dr Azm Al-Homoud of the university warned of the risk on Monday.',
    b: 'Expect experts in the papers, such as Dr Azm Al Homoud, to warn of the risk.',
  };
  assert.deepEqual(found(hyphen), []);
  const last = {
    a: 'Climber Duncan Raitte fell on Saturday near the summit ridge.',
    b: 'Rescuers found Duncan Raitt on Sunday below the summit ridge.',
  };
  assert.equal(found(last).length, 1, 'the same first name makes "Raitte" / "Raitt" one person');
});

test('name-spelling: an s for a z in a surname is a misspelling, while -ise against -ize is one word', () => {
  const texts = {
    a: 'The hole appeared before dawn, county spokeswoman Ann Delvarez said on Tuesday.',
    b: 'It opened before dawn, according to county spokeswoman Ann Delvares.',
  };
  assert.deepEqual(found(texts).map((x) => [at(texts, x), x.related.map((r) => at(texts, r))]), [[['b', 'Delvares'], [['a', 'Delvarez']]]]);
  const suffix = {
    a: 'The Marrowby Organisation said on Tuesday it would appeal.',
    b: 'The Marrowby Organization will appeal, it said on Tuesday.',
  };
  assert.deepEqual(found(suffix), []);
});

test('name-spelling: two people are not one name because their names are a letter apart', () => {
  assert.deepEqual(found({ a: 'Minister Karen Olsen spoke.', b: 'Minister Karin Berg spoke.' }), [], 'known first names, different surnames');
  assert.deepEqual(found({ a: 'Officer Mark Jensen arrived at noon.', b: 'Officer Dale Jansen left at midnight.' }), [], 'one source against one, nothing in common');
  // The same first name is context enough for information; the same sentence told by both makes it a warning.
  const sameFirst = found({ a: 'Officer Mark Jensen arrived at noon.', b: 'Officer Mark Jansen left at midnight.' });
  assert.deepEqual(sameFirst.map((x) => x.severity), ['information']);
  const sameSentence = found({
    a: 'Officer Mark Jensen arrived at the burning warehouse shortly before midnight.',
    b: 'Officer Mark Jansen arrived at the burning warehouse shortly before midnight.',
  });
  assert.deepEqual(sameSentence.map((x) => x.severity), ['warning']);
  assert.deepEqual(found({ a: 'The Clintons arrived. Senator Ann Clinton spoke.', b: 'Senator Ann Clinton spoke.' }), []);
  // A given name is no misspelt surname, though one article writes the surname too.
  const chris = 'Christie endorses Trump\n\nGov. Chris Christie endorsed Trump on Friday. Christie said he was proud.';
  const whitman = 'Christie endorses Trump\n\nGov. Chris Christie endorsed Trump on Friday.\n\nRepublican Christine Todd Whitman, the former governor, said she would rather vote for Hillary Clinton.';
  assert.deepEqual(found({ chris, whitman }), []);
});

test('name-spelling: the hover on a misspelt name shows both spellings with their sources', () => {
  const seeds = seedService();
  const uri = seedName('001');
  const text = seeds.reading(uri)!.text;
  const target = seeds.at(uri, offsetOf(text, 'Volodomyr'));
  assert.equal(target?.kind, 'entity');
  const spellings = target?.kind === 'entity' ? target.spellings : undefined;
  assert.deepEqual(
    spellings?.map((s) => [s.text, s.sources.length]),
    [['Volodymyr', 5], ['Volodomyr', 1]],
  );
});

test('name-spelling: a short surname against a majority needs context; the same title before it is enough', () => {
  const texts = {
    a: 'The policy was started by President Obama in 2015, officials said.',
    b: 'Critics blamed President Obama for the delay.',
    c: 'In 2013, then-President Obema removed him from his post.',
  };
  const f = found(texts);
  assert.deepEqual(f.map((x) => [at(texts, x), x.severity]), [[['c', 'Obema'], 'warning']]);
  // Without a title, a neighbour, one entity or one sentence, a five-letter name a letter off is left alone.
  const bare = serviceOf({ a: 'Flights to Abyei resumed on Monday.', b: 'The convoy to Abyei left late.', c: 'Storms hit Abyai today.' });
  assert.deepEqual(bare.findings().filter((x) => x.code === 'place-spelling'), []);
});

test('name-spelling: a vowel slipped once, in an article that writes the majority spelling elsewhere, is a misspelling', () => {
  const others = {
    a: 'Senator Mario Grasso expects a budget deal this week.',
    b: 'Talks went well, Grasso told reporters after the vote.',
  };
  // In a title-case headline over the article's own "Grasso", and in the body beside no name or title.
  const headline = { ...others, c: 'Grusso Says Budget Deal Is Close\n\nSenator Mario Grasso said on Tuesday that a deal on the budget was close.' };
  const inHeadline = found(headline);
  assert.deepEqual(inHeadline.map((x) => [at(headline, x), x.severity]), [[['c', 'Grusso'], 'warning']]);
  assert.match(inHeadline[0].message, /“Grusso” may be misspelled/);
  const body = { ...others, c: 'Senator Mario Grasso said on Tuesday that a deal was close. Grusso aides said the vote would come soon.' };
  assert.deepEqual(found(body).map((x) => at(body, x)), [['c', 'Grusso']]);
  // Written twice, or by an article that never writes the other spelling: maybe another name, left alone.
  assert.deepEqual(found({ ...others, c: 'Senator Mario Grasso said a deal was close. Grusso aides agreed. Grusso himself did not.' }), []);
  assert.deepEqual(found({ ...others, c: 'The senator said a deal was close. Grusso aides said the vote would come soon.' }), []);
});

test('name-spelling: a name written only first in its sentences is a name beside the name the variant stands beside', () => {
  const texts = {
    a: 'Benjamin Todd Jealous, the president of the association, said the vote was unanimous.',
    b: 'The resolution passed on Tuesday, association president Benjamen Todd Jealous said in a statement.',
  };
  const f = found(texts);
  assert.equal(f.length, 1, f.map((x) => x.message).join('\n'));
  assert.deepEqual([at(texts, f[0]), ...f[0].related.map((r) => at(texts, r))].sort(), [['a', 'Benjamin'], ['b', 'Benjamen']]);
  // First in its sentence and beside nothing the other stands beside, a capitalised word may be any word.
  assert.deepEqual(found({ a: 'Benjamin said the vote was unanimous.', b: 'The resolution passed, association president Benjamen Jealous said.' }), []);
});

test('name-spelling: a short name a letter apart, one source against one, needs two kinds of context', () => {
  // The same first name beside it and the same quotation told by both: one person.
  const quoted = {
    a: '“We will rebuild the bridge before winter,” said Dana Halvey, a spokeswoman for the council, on Monday.',
    b: '“We will rebuild the bridge before winter,” said Dana Halvy, the council spokeswoman.',
  };
  assert.equal(found(quoted).length, 1, 'a first name and a sentence told alike make "Halvy" / "Halvey" one person');
  // A four-letter surname too, without a majority: the same first name and the same sentence told by both.
  const shortName = {
    a: 'Duncan Rait, 36, died after slipping and falling about 200ft from a ridge, police said.',
    b: 'Duncan Raite, 36, died after slipping and falling about 60 metres from a ridge, police said.',
  };
  assert.equal(found(shortName).length, 1, 'a first name and a sentence told alike make "Rait" / "Raite" one person');
  assert.deepEqual(found({ a: 'Duncan Rait opened the new library on Monday.', b: 'The council thanked Duncan Raite for years of service.' }), []);
  // Only the first name: a short surname a letter apart may be another person of that name.
  const named = {
    a: 'Dana Halvey opened the new library on Monday.',
    b: 'The council thanked Dana Halvy for years of service at a dinner.',
  };
  assert.deepEqual(found(named), []);
  // A name is as long as it is written: "Romniy" folds to five letters ("romny"), but it is one vowel changed in six.
  const folded = {
    a: 'The party pleaded with him to run as a substitute for the eventual nominee, Mitt Romniy.',
    b: 'He will appear at an event with the presidential candidate Mitt Romney ahead of the election.',
  };
  const f = found(folded);
  assert.equal(f.length, 1, f.map((x) => x.message).join('\n'));
  assert.deepEqual([at(folded, f[0]), ...f[0].related.map((r) => at(folded, r))].sort(), [['a', 'Romniy'], ['b', 'Romney']]);
});

test('name-spelling: a slip beside the name the others write whole is reported even in a sentence that writes the other spelling', () => {
  const texts = {
    a: 'Bombs mailed\n\nPackages went to critics, including former President Bill Clintan, Hillary Clinton and Maxine Waters. Clinton said little.',
    b: 'Bombs mailed\n\nPackages went to former President Bill Clinton and others. Clinton spoke.',
    c: 'Bombs mailed\n\nA package addressed to Bill Clinton was found. Hillary Clinton was safe.',
  };
  assert.deepEqual(found(texts).map((x) => at(texts, x)), [['a', 'Clintan']]);
  // Two towns named in one sentence stay two names.
  const towns = { a: 'Fighting spread near Taludi and Talodi on Monday.', b: 'Fighting spread near Talodi on Monday.', c: 'Fighting was reported near Talodi.' };
  assert.deepEqual(found(towns), []);
});

test('name-spelling: one vowel of a long name, one source against one with nothing else shared, is information', () => {
  const texts = {
    a: 'Data program\n\nThe agency collected records from Verizon Wireless customers.',
    b: 'Data program\n\nA court order asked a Verizan subsidiary to turn over logs.',
  };
  const all = serviceOf(texts).findings().filter((f) => f.code === 'place-spelling' || f.code === 'name-spelling');
  assert.deepEqual(all.map((f) => [f.severity, ...at(texts, f)]), [['information', 'b', 'Verizan']]);
  // A shorter name, alone, is not enough ("Jansen" / "Jensen" may be two people).
  const short = { a: 'Data program\n\nThe agency collected records from Jensen Wireless customers.', b: 'Data program\n\nA court order asked a Jansen subsidiary to turn over logs.' };
  assert.deepEqual(serviceOf(short).findings().filter((f) => f.code === 'place-spelling' || f.code === 'name-spelling'), []);
});

test('name-spelling: short surnames a first letter apart are two people ("Wang Chen" / "Pang Chen" in one results table)', () => {
  const texts = {
    a: 'Results of the women\'s singles on Friday: Wang Chen ( China ) beat Lina Ortez ( Spain ) 11-3 11-2. Maria Kovac ( Croatia ) beat Pang Chen ( Malaysia ) 15-6 15-4.',
    b: 'Quarter-finals on Saturday: Zhang Ning ( China ) beat Wang Chen ( China ) 11-7 11-8.',
    c: 'Zhang Ning took the title on Sunday after beating Wang Chen in the semi-finals.',
  };
  assert.deepEqual(serviceOf(texts).findings().filter((f) => f.code === 'name-spelling'), []);
});

test('name-spelling: two given names beside two surnames are two people; beside one surname, one name written two ways', () => {
  const texts = {
    a: 'In the women\'s draw, Stephanie Deville of Belarus lost to Debbie Graham on Tuesday.',
    b: 'Men\'s singles, first round: Thomas Enqvist ( Sweden ) vs. Stephane Simian ( France ).',
    c: 'Men\'s singles, second round: Thomas Enqvist ( Sweden ) beat Stephane Simian ( France ) 6-3 6-1 6-4.',
  };
  assert.deepEqual(found(texts), []);
  // The same given names beside one surname: one player's name written two ways.
  const one = { ...texts, a: 'In the men\'s draw, Stephanie Simian of France lost to Thomas Enqvist on Tuesday.' };
  assert.deepEqual(found(one).map((f) => at(one, f)), [['a', 'Stephanie']]);
});

test('name-spelling: a surname misspelt as a word ("Ellen March") beside the first name most sources write it with', () => {
  const resident = (name: string) => `Residents flee wildfire\n\nOne resident, ${name}, 72, said she had lived in her house for 31 years. The march of the flames was fast.`;
  const texts = { a: resident('Ellen Marsh'), b: resident('Ellen Marsh'), c: resident('Ellen March') };
  assert.deepEqual(found(texts).map((x) => at(texts, x)), [['c', 'March']]);
  // Not in a person's name: "a march" is a march.
  const events = {
    a: 'Protest in the capital\n\nThousands joined a rally organised by Tom Marsh on Sunday. Marsh spoke first.',
    b: 'Rally draws thousands\n\nThousands joined the rally organised by Tom Marsh on Sunday.',
    c: 'Thousands rally\n\nThousands joined the rally on Sunday. The March ended at the park.',
  };
  assert.deepEqual(found(events).map((x) => at(events, x)), []);
  // Beside the same word, but in no person's name.
  const reserve = (name: string) => `Fire reaches reserve\n\nThe fire reached the Great ${name} reserve on Sunday, officials said.`;
  const places = { a: reserve('Salt Marsh'), b: reserve('Salt Marsh'), c: reserve('Salt March') };
  assert.deepEqual(found(places).map((x) => at(places, x)), []);
});

test('name-spelling: a short surname after a lower-case particle ("Ann van Dam" / "Ann van Damm") is compared with its particle; two such names a word apart are not', () => {
  const texts = {
    'a.txt': 'Source: Daily A\n\nA cyberattack hit three hospitals in Denver on Friday, spokeswoman Ann van Dam said. "We are working hard," van Dam said.',
    'b.txt': 'Source: Daily B\n\nA cyberattack hit three hospitals in Denver on Friday, spokeswoman Ann van Dam said.',
    'c.txt': 'Source: Daily C\n\nA cyberattack hit three hospitals in Denver on Friday, spokeswoman Ann van Damm said.',
  };
  const [finding, ...more] = found(texts);
  assert.equal(more.length, 0);
  assert.deepEqual(at(texts, finding), ['c.txt', 'van Damm']);
  assert.match(finding.message, /“van Damm”.*“van Dam”/);
  // Two different short surnames with their particles stay apart ("de Kok" / "de Bok" beside two first names).
  assert.deepEqual(found({
    'a.txt': 'Source: Daily A\n\nThe mayor of Denver, Tom de Kok, opened the bridge on Friday.',
    'b.txt': 'Source: Daily B\n\nThe mayor of Denver, Tom de Kok, opened the bridge on Friday. His rival Ann de Bok did not attend.',
  }), []);
});

test('name-spelling: one run of vowels written two ways ("Christensen" / "Christiansen") is a misspelling against a majority beside the same first name, not one against one nor without a shared name', () => {
  const majority = {
    a: 'Fire Marshal Laurie Christensen said the fire was out by 1 p.m. on Thursday.',
    b: 'The fire was out by 1 p.m., said Laurie Christensen, the county fire marshal.',
    c: 'County Fire Marshal Laurie Christiansen said on Thursday the fire was out by 1 p.m.',
  };
  assert.deepEqual(found(majority).map((x) => at(majority, x)), [['c', 'Christiansen']]);
  assert.deepEqual(found({ a: majority.a, c: majority.c }), []);
  const twoPeople = {
    a: 'Plant manager Ann Christensen said on Thursday the plant would reopen.',
    b: 'Ann Christensen, the plant manager, spoke on Thursday.',
    c: 'Tom Christiansen, a worker, said on Thursday the plant was unsafe.',
  };
  assert.deepEqual(found(twoPeople), []);
});

test('name-spelling: two single vowels written two ways in a long name ("Halvorsen" / "Halverson") beside the same first name; not in a shorter one', () => {
  const majority = {
    a: 'Union president Ann Halvorsen said on Thursday the strike would go ahead.',
    b: 'The strike will go ahead, said Ann Halvorsen, president of the union.',
    c: 'Union president Ann Halverson said on Thursday the strike would go ahead.',
  };
  assert.deepEqual(found(majority).map((x) => at(majority, x)), [['c', 'Halverson']]);
  // Two vowels of a name of eight letters are another name ("Marrowen" / "Merrowan").
  const shorter = {
    a: 'Union president Ann Marrowen said on Thursday the strike would go ahead.',
    b: 'The strike will go ahead, said Ann Marrowen, president of the union.',
    c: 'Union president Ann Merrowan said on Thursday the strike would go ahead.',
  };
  assert.deepEqual(found(shorter), []);
});

test('name-spelling: a letter doubled beside the same first name is one name, even in a three-letter surname', () => {
  // A letter doubled is a slip, unlike another letter of a short name (the test above): beside the same first name it
  // is one person's name, told as information. Another letter in a name this short is another name.
  const doubledShort = {
    a: 'The homeowner, Suzy Kop, 69, said she first thought a burglar had broken in.',
    b: 'Homeowner Suzy Kopp, 69, was not injured, police said.',
  };
  const d = found(doubledShort);
  assert.deepEqual(d.map((x) => [at(doubledShort, x), x.severity]), [[['b', 'Kopp'], 'information']], d.map((x) => x.message).join('\n'));
  assert.deepEqual(found({ a: doubledShort.a, b: doubledShort.b.replace('Kopp', 'Kip') }), []);
  assert.deepEqual(found({ a: doubledShort.a.replace('Suzy', 'Ann'), b: doubledShort.b }), []);
  // Two given names in use ("Ana" / "Anna") are not a slip.
  assert.deepEqual(found({ a: 'Mayor Ana Ruiz said the city would rebuild.', b: 'Mayor Anna Ruiz said the town would rebuild.' }), []);
});

test('name-spelling: a surname with an s more beside the same first name is one name misspelt, not a family\'s plural', () => {
  const school = (text: string) => `Roof falls in at Marrowby school\n\nPart of a school roof in Marrowby collapsed on Tuesday. ${text}`;
  const texts = {
    a: school('"The staff did exactly what they were trained to do," headteacher Suzy Holbrooks told reporters.'),
    b: school('Headteacher Suzy Holbrook, 49, said: "We heard a crack, then the ceiling came down."'),
    c: school('"The staff did exactly what they were trained to do," headteacher Suzy Holbrook said.'),
  };
  const f = found(texts);
  assert.deepEqual(f.map((x) => at(texts, x)), [['a', 'Holbrooks']], f.map((x) => x.message).join('\n'));
  // A family's name in the plural stands beside no first name.
  assert.deepEqual(found({ a: school('The Holbrooks ran the school for decades.'), b: school('Suzy Holbrook, 49, said the pupils were safe.'), c: school('Suzy Holbrook said the pupils were safe.') }), []);
});
