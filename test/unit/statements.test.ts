// Statements: what each value is said of (subject, predicate, scope), read from texts written for these tests; and
// how statements of two sources are aligned and compared. The value kinds have their own tests beside their sources
// (server/src/analysis/read/values/*.test.ts).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ROOT, analysis, read, serviceOf } from '../helpers/analysis';

const { oneOfAListing } = require(path.join(ROOT, 'server', 'out', 'analysis', 'checks', 'sentenceValues')) as typeof import('../../server/src/analysis/checks/sentenceValues');
const { statementsToldApart } = require(path.join(ROOT, 'server', 'out', 'analysis', 'checks', 'thirdSources')) as typeof import('../../server/src/analysis/checks/thirdSources');
const { buildCorpus } = require(path.join(ROOT, 'server', 'out', 'analysis', 'corpus', 'corpus')) as typeof import('../../server/src/analysis/corpus/corpus');
const align = require(path.join(ROOT, 'server', 'out', 'analysis', 'corpus', 'align')) as typeof import('../../server/src/analysis/corpus/align');
const { samePredicate } = require(path.join(ROOT, 'server', 'out', 'analysis', 'corpus', 'alignFeatures')) as typeof import('../../server/src/analysis/corpus/alignFeatures');

const statements = (text: string) => {
  const r = read(text);
  return r.claims.map((c) => ({
    text: r.quantities[c.quantity].text,
    attribute: c.attribute,
    subject: c.subject,
    entity: c.entity === undefined ? undefined : r.mentions[c.entity].text,
    modifiers: c.modifiers,
    scope: c.scope.time,
    ...(c.attribute === 'measure' ? { measure: c.measure } : {}),
  }));
};
const conflicts = (texts: Record<string, string>) =>
  serviceOf(texts)
    .findings()
    .filter((f) => /-conflict$/.test(f.code));

test('subject: the counted noun by its tags, with the words that narrow it', () => {
  const [bombs, refugees, workers] = statements('Five bombs were dropped. The camp holds over 24,000 Nuban refugees. He met five aid workers.');
  assert.deepEqual([bombs.subject, refugees.subject, refugees.modifiers, workers.subject, workers.modifiers], ['bomb', 'refugee', ['nuban'], 'worker', ['aid']]);
});

test('subject: a comparative before the counted noun narrows it, however the tagger reads it ("five earlier legal opinions")', () => {
  // The tagger reads "earlier" after "five" and "six" as an adverb (RBR), after "four" as an adjective (JJR).
  for (const n of ['four', 'five', 'six']) {
    const [opinions] = statements(`The minister appointed a prosecutor despite ${n} earlier legal opinions that said it would be difficult.`);
    assert.deepEqual([opinions?.text, opinions?.subject, opinions?.modifiers], [`${n} earlier`, 'opinion', ['earlier', 'legal']], n);
  }
});

test('subject: a noun, an adjective and a noun after a count: the last noun is counted ("eight state legislative candidates")', () => {
  const [candidates] = statements('She endorsed eight state legislative candidates on Tuesday.');
  assert.deepEqual([candidates.subject, candidates.modifiers], ['candidate', ['state', 'legislative']]);
  // A plural ends its phrase: what follows is another one ("last season"), not the counted noun.
  const [runs, goals] = statements('He had 121 RBIs last season. The club scored 40 goals last year.');
  assert.deepEqual([runs.subject, goals.subject], ['rbi', 'goal']);
  // A dash written as a hyphen before an aside: "workers-two women and a man-were killed" counts the workers.
  const [workers] = statements('The three bank workers-two women and a man-were killed in the fire.');
  assert.deepEqual([workers.subject, workers.modifiers], ['worker', ['bank']]);
});

test('counts: a mean is not a tally ("has averaged 100 RBIs"); the first runs of a sequence never disagree ("the first three contests")', () => {
  const [mean] = statements('He has averaged 100 RBIs in his six seasons.');
  assert.ok(mean.modifiers.includes('average'));
  const a = 'Primary results\n\nVoters went to the polls.\n\nHe would be the first Republican to sweep the first three contests on the calendar.';
  const b = 'Primary results\n\nVoters went to the polls.\n\nThe two candidates had split the first two contests, his campaign said.';
  assert.deepEqual(conflicts({ a, b }), []);
  const c = 'Primary results\n\nVoters went to the polls.\n\nHe won three contests on the calendar.';
  const d = 'Primary results\n\nVoters went to the polls.\n\nHe won two contests on the calendar.';
  assert.equal(conflicts({ c, d }).length, 1, 'two counts of one set of contests');
});

test('events: "calls to end" and "a call for" are demands, not conversations', () => {
  const [span] = read('Senator campaigns\n\nThe senator, who has represented Norland for two decades, rallied students with his calls to end the rigged economy.').claims;
  assert.notEqual(span?.event, 'communication');
  const call = read('Leaders spoke\n\nAnna Berg held an hour-long call to Omar Said on Tuesday.').claims.find((c) => c.attribute === 'duration');
  assert.equal(call?.event, 'communication');
});

test('a tally over a span against one that names none ("43 RBIs in 54 games" / "121 RBIs") is a hint', () => {
  const a = 'Slugger signs\n\nThe deal is done.\n\nHe hit .358 with 43 RBIs in 54 games with his new club.';
  const b = 'Slugger signs\n\nThe deal is done.\n\nHe hit .308 with 121 RBIs.';
  assert.deepEqual(conflicts({ a, b }).map((f) => f.severity), ['hint']);
});

test('a tally over one span told in two units ("in the past 60 days" / "in the past two months") is one tally; over two spans, two', () => {
  const bought = (span: string, n: string) => `Suspect named\n\nThe suspect is 24.\n\nHe bought ${n} guns in the past ${span}, police said.`;
  const found = conflicts({ a: bought('60 days', 'four'), b: bought('60 days', 'four'), c: bought('two months', 'six') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'c');
  assert.deepEqual(conflicts({ a: bought('60 days', 'four'), b: bought('60 days', 'four'), c: bought('two years', 'six') }), []);
});

test('subject: a hyphenated word after a number is no compound of it ("five semi-automatic pistols" counts pistols)', () => {
  const [pistols, school] = statements('He took five semi-automatic pistols. A 200-student school burned.');
  assert.deepEqual([pistols.subject, pistols.modifiers, school.subject, school.modifiers], ['pistol', ['semi-automatic'], 'student', ['school']]);
});

test('subject: a span "of" a noun that a verb follows is of that noun ("five years of investigation plagued by leaks")', () => {
  const [span, war] = statements('After more than five years of investigation plagued by leaks, he was charged. It was the worst in five years of civil war.');
  assert.deepEqual([span.subject, war.subject], ['investigation', 'war']);
});

test('subject: a compound count narrows the noun after it ("a five-vote majority" is not "a 60-vote threshold")', () => {
  const [majority, threshold] = statements('They hold a five-vote majority. The bill needs a 60-vote threshold.');
  assert.deepEqual([majority.subject, majority.modifiers, threshold.modifiers], ['vote', ['majority'], ['threshold']]);
});

test('alignment: a count a rule requires ("a 60-vote threshold") meets only a count of that rule, not a tally ("the 41 votes needed")', () => {
  const T = 'Senate fight over nominee\n\n';
  const rule = (n: string) => `${T}Democrats said they would insist on a ${n}-vote threshold for the nominee, an aide said on Monday.`;
  const tally = `${T}Schumer said Democrats had the 41 votes needed to block the nominee, an aide said on Monday.`;
  assert.deepEqual(conflicts({ a: rule('60'), b: tally }), []);
  assert.equal(conflicts({ a: rule('60'), b: rule('50') }).length, 1);
});

test('predicate: a toll is named by what it counts ("killed", "injured"), whatever words state it', () => {
  const r = read('No one was killed in the attack. At least 12 people had been killed and 20 wounded. Five dead after the quake.');
  assert.deepEqual(
    r.claims.map((c) => [r.quantities[c.quantity].text, c.subject, c.predicate]),
    [
      ['No one', 'people', 'killed'],
      ['At least 12 people', 'people', 'killed'],
      ['20 wounded', 'people', 'injured'],
      ['Five dead', 'people', 'killed'],
    ],
  );
});

test('modifiers: a running tally\'s words count only as whole words ("in all", not the "in all" of "begin allowing")', () => {
  const [allowing, inAll] = statements('The agency will begin allowing trophies of elephants killed in five countries. In the end 40 people were hurt in all.').filter((s) => s.attribute === 'count');
  assert.deepEqual([allowing.text, allowing.modifiers.includes('total')], ['five countries', false]);
  assert.deepEqual([inAll.text, inAll.modifiers.includes('total')], ['40 people', true]);
});

test('subject: a death toll counts people, as "ten people were killed" does', () => {
  const r = read('The death toll rose to 13 on Monday.');
  assert.deepEqual(r.claims.filter((c) => c.attribute === 'count').map((c) => [r.quantities[c.quantity].text, c.subject, c.predicate]), [['13', 'people', 'killed']]);
  const found = conflicts({
    a: 'Quake hits island\n\nTen people were killed when the quake struck the island on Sunday, officials said.',
    b: 'Quake hits island\n\nThe quake struck the island on Sunday. The death toll rose to 16, officials said.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
});

test('subject: an age is said of the person named next to it', () => {
  const ages = statements('Lena Ortiz, 32, was arrested. The 31-year-old Mark Hale fled. Police named the driver as Ann Lee (40).').filter((s) => s.attribute === 'age');
  assert.deepEqual(ages.map((s) => [s.text, s.entity]), [['32', 'Lena Ortiz'], ['31-year-old', 'Mark Hale'], ['40', 'Ann Lee']]);
  const apposed = statements('The van struck Nora Quist, a 59-year-old grandmother, as she crossed Elm Road. "We ran," said Tom Reyes, a 33-year old resident.').filter((s) => s.attribute === 'age');
  assert.deepEqual(apposed.map((s) => [s.text, s.entity]), [['59-year-old', 'Nora Quist'], ['33-year old', 'Tom Reyes']], 'a compound age in an apposition after a name');
  const unhyphened = statements('"Many were hurt," said Ana Ruiz, a 33 year-old resident of the village.').filter((s) => s.attribute === 'age');
  assert.deepEqual(unhyphened.map((s) => [s.text, s.entity]), [['33 year-old', 'Ana Ruiz']], 'the hyphen after the number left out');
});

test('subject: a compound age is said of the name a noun of kin or role puts in apposition; any other noun names no one', () => {
  const ages = statements('The couple also have a 4-year-old daughter Mia. Police held the 27-year-old suspect Tom Reyes.').filter((s) => s.attribute === 'age');
  assert.deepEqual(ages.map((s) => [s.text, s.entity]), [['4-year-old', 'Mia'], ['27-year-old', 'Tom Reyes']]);
  const other = statements('They kept a 40-year-old tradition Mia loved.').filter((s) => s.attribute === 'age');
  assert.deepEqual(other, []);
});

test('subject: "a 41-year-old woman" in a sentence naming no one is the person whose name opens the next sentence, unless the article gives that person another age', () => {
  const ages = (text: string) => statements(text).filter((s) => s.attribute === 'age').map((s) => [s.text, s.entity]);
  assert.deepEqual(ages('A 41-year-old woman was hurt when a bus hit her car on Elm Road. Nora Quist was taken to hospital.'), [['41-year-old', 'Nora Quist']]);
  assert.deepEqual(ages('Police said a 41-year-old man was arrested after the fire. Owen Marsh is due in court on Monday.'), [['41-year-old', 'Owen Marsh']]);
  // A noun of what a person does introduces a person as a word for a man or a woman does.
  assert.deepEqual(ages('A 52-year-old teacher from Denver swam the strait on Saturday. Nora Quist set off after midnight.'), [['52-year-old', 'Nora Quist']]);
  // A town no list knows after "from" is where the person comes from, not a person the sentence names.
  assert.deepEqual(ages('A 69-year-old retired nurse from Marrowby is the winner, officials said.\n\nNora Quist bought her ticket on Monday.'), [['69-year-old', 'Nora Quist']]);
  // The one named next has an age of his own: someone else.
  assert.deepEqual(ages('A 41-year-old woman was hurt when a bus hit her car. Owen Marsh, 29, was driving the bus.'), [['29', 'Owen Marsh']]);
  // Someone is named in the sentence, the next sentence opens with no name, or the noun is no person's.
  assert.deepEqual(ages('A 41-year-old woman was hurt, Chief Ada Pym said. Nora Quist was taken to hospital.').filter(([, e]) => e === 'Nora Quist'), []);
  assert.deepEqual(ages('A 41-year-old woman was hurt on Elm Road. Later, Nora Quist was taken to hospital.'), []);
  assert.deepEqual(ages('A 41-year-old bridge was closed on Elm Road. Nora Quist said it was unsafe.'), []);
});

test('subject: "the 35-year-old deputy" is the one person the article titles "Deputy", unless two share the title or that person has another age', () => {
  const ages = (text: string) => statements(text).filter((s) => s.attribute === 'age').map((s) => [s.text, s.entity]);
  const shot = 'Deputy Jerry Ortiz was shot on Friday. His wife, Chela Ortiz, wept.';
  assert.deepEqual(ages(`${shot} Owen Marsh was charged with murdering the 35-year-old deputy.`), [['35-year-old', 'Jerry Ortiz']]);
  // Another noun than the title, an indefinite description, two people of one title, or another age of the same man.
  assert.deepEqual(ages(`${shot} Owen Marsh was charged with murdering the 35-year-old officer.`), []);
  assert.deepEqual(ages(`${shot} Owen Marsh was charged with murdering a 35-year-old deputy.`), []);
  assert.deepEqual(ages(`${shot} Deputy Ann Lee was hurt. Owen Marsh was charged with murdering the 35-year-old deputy.`), []);
  assert.deepEqual(ages(`${shot} Ortiz, 34, died. Owen Marsh was charged with murdering the 35-year-old deputy.`), [['34', 'Ortiz']]);
});

test('subject: a span a verb gives its object ("reopen the library for three weeks") is said of the object\'s noun', () => {
  const [span] = statements('The council voted on Monday to reopen the old library for three weeks.').filter((s) => s.attribute === 'duration');
  assert.equal(span?.subject, 'library');
  const lived = statements('Ann Lee lived in the city for five years.').filter((s) => s.attribute === 'duration');
  assert.deepEqual(lived.map((s) => [s.subject, s.entity]), [['liv', 'Ann Lee']], 'a place a preposition governs is no object: the span is how long Ann Lee lived there');
  const found = conflicts({
    a: 'Library reopens\n\nThe council voted on Monday to reopen the old library for three weeks, officials said.',
    b: 'Library reopens\n\nThe council agreed on Monday to reopen the library for six weeks, officials said.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
});

test('subject: a span a verb holds a bare plural for ("diverted ambulances for three days", "for four days after the storm") is said of that noun, named as written', () => {
  const [held] = statements('The port authority diverted ships for three days after the storm.').filter((s) => s.attribute === 'duration');
  assert.deepEqual([held?.text, held?.subject], ['three days', 'ship']);
  const found = conflicts({
    a: 'Port reopens\n\nThe port authority diverted ships for three days after the storm, officials said on Friday.',
    b: 'Port back in business\n\nShips were turned away as the port authority diverted ships for five days, officials said on Friday.',
  });
  assert.deepEqual(found.map((f) => f.message.split(':')[0]), ['Sources disagree on the span of “diverted ships”']);
});

test('days: a speech verb\'s day in a sentence that dates what was said by another weekday is only the day of speaking', () => {
  const vote = {
    a: 'Lee elected mayor\n\nAnn Lee won Tuesday\'s election for mayor of Dunmore with 54 percent of the vote, officials said on Wednesday.',
    b: 'Lee wins Dunmore race\n\nAnn Lee was elected mayor of Dunmore on Tuesday, officials said.',
  };
  assert.deepEqual(conflicts(vote).map((f) => f.message), []);
  const arrest = {
    a: 'Two men held\n\nTwo men were arrested by police on Tuesday, the minister said at a news conference on Wednesday.',
    b: 'Police arrest two\n\nThe minister said two men were arrested on Wednesday morning.',
    c: 'Two arrested\n\nPolice arrested two men on Wednesday, the minister said.',
  };
  assert.deepEqual(conflicts(arrest).map((f) => [f.uri, f.code]), [['a', 'time-conflict']]);
});

test('count: a margin ("beat Mark Ellery by about 9,500 votes") is no count of votes, but a margin, met by margins only', () => {
  const counts = (text: string) => statements(text).filter((s) => s.attribute === 'count').map((s) => [s.text, s.subject]);
  assert.deepEqual(counts('Lee beat Tom Ward by about 9,500 votes. Lee received 61,480 votes.'), [['about 9,500 votes', 'margin'], ['61,480 votes', 'vote']]);
  // A lead in points is a poll's, one per group polled: no statement.
  assert.deepEqual(counts('Lee leads Ward by 12 points among women.'), []);
  const vote = (text: string) => `Lee elected mayor of Denver\n\nAnn Lee was elected mayor of Denver on Friday after a recount. ${text}`;
  const found = conflicts({ a: vote('She beat Tom Ward by 1,412 votes.'), b: vote('Lee won by just 1,412 votes, with 61,480 votes in all.'), c: vote('Lee won the election by 1,214 votes.') });
  assert.deepEqual(found.map((f) => f.uri), ['c'], found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /margin of victory/);
  // A passive "led by" names who led, not a margin.
  assert.deepEqual(statements('The raid was led by 12 officers.').filter((s) => s.attribute === 'count').map((s) => s.text), ['12 officers']);
});

test('count: a margin is the winner\'s, named before its "by"; the election night\'s lead of one candidate is not the recount\'s of the other', () => {
  const margins = (text: string) => statements(text).filter((s) => s.subject === 'margin').map((s) => [s.text, s.entity]);
  assert.deepEqual(margins('A recount handed victory to challenger Ann Lee by four votes.'), [['four votes', 'Ann Lee']]);
  assert.deepEqual(margins('On election night, Tom Ward had appeared to win by nine votes.'), [['nine votes', 'Tom Ward']]);
  // The loser named after "over", "of" or a verb of beating is not the winner.
  assert.deepEqual(margins('It was a victory over Tom Ward by four votes.'), [['four votes', undefined]]);
  assert.deepEqual(margins('Ann Lee beat Tom Ward by four votes.'), [['four votes', undefined]]);
  const recount = (text: string) => `Recount reverses Marrowby result\n\nA recount in the mayoral race in Marrowby reversed the election-night result on Thursday. ${text}`;
  const found = conflicts({
    a: recount('It handed victory to challenger Ann Lee by four votes. On election night, incumbent Tom Ward had appeared to win by nine votes.'),
    b: recount('The recount showed challenger Ann Lee winning by five votes, reversing the narrow lead incumbent Tom Ward held on election night.'),
    c: recount('The recount overturned the unofficial result that had incumbent Tom Ward ahead by nine votes.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, f.message.includes('four votes')]), [['b', true]], found.map((f) => f.message).join('\n'));
});

test('percentages: a share of the vote is the candidate\'s, not the place\'s named nearer; "defeating" a rival is winning', () => {
  const found = conflicts({
    a: 'Lee elected mayor\n\nAnn Lee won Tuesday\'s election for mayor of Denver with 54.2 percent of the vote, defeating Tom Ward.',
    b: 'Denver elects Lee\n\nAnn Lee was elected mayor of Denver on Tuesday, winning 45.8 percent of the vote.',
  });
  assert.deepEqual(found.map((f) => f.message.split(':')[0]), ['Sources disagree on the percentage of the vote for Ann Lee']);
});

test('messages: a noun that is its own plural stays so ("the number of aircraft", not "aircrafts")', () => {
  const found = conflicts({
    a: 'Fire near Valencia\n\nAbout 400 firefighters and 30 aircraft fought the fire on Monday, officials said.',
    b: 'Valencia fire spreads\n\nSome 400 firefighters and 13 aircraft fought the fire on Monday, officials said.',
  });
  assert.deepEqual(found.map((f) => f.message.split(':')[0]), ['Sources disagree on the number of aircraft']);
  const crew = conflicts({
    a: 'Tanker seized\n\nGuards seized a tanker near Denver on Thursday. It had a crew of 23, its operator said.',
    b: 'Tanker seized near Denver\n\nGuards seized a tanker with 25 crew on board near Denver on Thursday.',
  });
  assert.deepEqual(crew.map((f) => f.message.split(':')[0]), ['Sources disagree on the number of crew'], crew.map((f) => f.message).join('\n'));
});

test('durations: a race time is the runner\'s, and two outlets\' times of one runner are compared', () => {
  const found = conflicts({
    a: 'Record in Berlin\n\nAnna Berg of Sweden won the Berlin marathon on Sunday, finishing in 2:11:20, a course record.',
    b: 'Berg breaks record\n\nAnna Berg of Sweden ran the Berlin marathon in 2:11:02 on Sunday, a course record.',
  });
  assert.deepEqual(found.map((f) => [f.code, /time of Anna Berg/.test(f.message)]), [['quantity-conflict', true]], found.map((f) => f.message).join('\n'));
});

test('scope: a date past a comma that closes the value\'s clause dates the phrase after it; past an apposition\'s comma it dates the value', () => {
  const [lots] = statements('The agency said 43 lots were affected, distributed from March 2022 through June 2023.').filter((s) => s.attribute === 'count');
  assert.deepEqual([lots.text, lots.scope], ['43 lots', 'story']);
  const [age] = statements('"I am proud of it," Hale, 92, told a radio station in 2006.').filter((s) => s.attribute === 'age');
  assert.deepEqual([age.text, age.scope], ['92', 'background']);
});

test('subject: "a mother of two died" is no toll', () => {
  assert.deepEqual(statements('A mother of two died when a drunken driver struck her.').filter((s) => s.attribute === 'count'), []);
  assert.deepEqual(statements('Two people died when a drunken driver struck them.').filter((s) => s.attribute === 'count').map((s) => s.text), ['Two people']);
});

test('subject: a span spent somewhere or doing something ("spent 10 minutes on the stand") is said of where or what', () => {
  const spent = statements('Mark Hale spent about 10 minutes on the stand. Ann Lee spent three months eluding the police. Lee spent a year at the Federal Trade Commission.').filter((s) => s.attribute === 'duration');
  assert.deepEqual(spent.map((s) => [s.text, s.subject, s.entity]), [['about 10 minutes', 'stand', 'Mark Hale'], ['three months', 'elud', 'Ann Lee']]);
  const trial = (span: string) => `Trial\n\nThe lone defense witness, Mark Hale, spent ${span} on the stand on Thursday.`;
  assert.equal(conflicts({ a: trial('about 10 minutes'), b: trial('about 40 minutes') }).length, 1);
  assert.deepEqual(conflicts({ a: trial('about 10 minutes'), b: trial('nearly 10 minutes') }), []);
});

test('subject: a state named before "for" ("in prison for six years") is the state, as "six years in prison" is', () => {
  const spans = statements('Mark Hale had been in prison for six years. Ann Lee was on the run for eight days. The ferry had been in service for 35 years. Lee was in the city for two days.').filter((s) => s.attribute === 'duration');
  // Any place or condition one is in is a state too (placeHeldFor): how long Lee was in the city.
  assert.deepEqual(spans.map((s) => [s.text, s.subject]), [['six years', 'in prison'], ['eight days', 'on the run'], ['35 years', 'in service'], ['two days', 'in city']]);
  const ferry = (span: string) => `Ferry sinks\n\nThe ferry Marisol sank on Thursday. The ferry had been in service for ${span}.`;
  assert.equal(conflicts({ a: ferry('31 years'), b: ferry('37 years') }).length, 1);
  assert.deepEqual(conflicts({ a: ferry('31 years'), b: ferry('31 years') }), []);
});

test('subject: "shot five people" counts the dead and the wounded together, and meets neither toll', () => {
  const story = (text: string) => `Office shooting\n\n${text}\n\nThe suspect, Ronald Pike, was arrested at the scene.`;
  const wire = story('A gunman opened fire at an office party in Marlow on Friday, killing three people and wounding two before he was arrested, police said.');
  const times = story('A fired worker returned to the Marlow office party on Friday and shot five people, three of them fatally, police said.');
  assert.deepEqual(conflicts({ a: wire, b: times }), []);
  // "two before" is no count of "before".
  assert.deepEqual(statements('Gunmen killed three people and wounded two before they fled.').map((s) => [s.text, s.subject]), [['three people', 'people'], ['two', 'people']]);
});

test('subject: a phone is a call only as the way people talked ("by phone", "on the phone"), not as the device', () => {
  const spans = (text: string) => statements(text).filter((s) => s.attribute === 'duration').map((s) => s.subject);
  assert.deepEqual(spans('Lumen unveiled a 6.1-inch phone that runs up to 20 hours on a charge.'), []);
  assert.deepEqual(spans('Trump spoke by phone with Putin for about an hour.'), ['communication']);
  assert.deepEqual(spans('The two leaders talked on the phone for 90 minutes.'), ['communication']);
});

test('subject: a span a verb of lasting gives ("the search lasted six hours") is said of what lasted', () => {
  const spans = statements('The search lasted six hours. Police ended a standoff that lasted for 12 hours. The call lasted an hour.').filter((s) => s.attribute === 'duration');
  assert.deepEqual(spans.map((s) => [s.text, s.subject]), [['six hours', 'search'], ['12 hours', 'standoff'], ['an hour', 'communication']]);
  const search = (words: string) => `Ferry sinks\n\nThe ferry Marisol sank on Thursday off Valmora. Rescuers found 40 passengers ${words}.`;
  assert.equal(conflicts({ a: search('in a search that lasted six hours'), b: search('during a four-hour search') }).length, 1);
});

test('subject: a sum spent on or paid for a noun ("spent $3 million on a refit") is said of that noun', () => {
  const sums = statements('The operator spent $3.2 million on a refit. The city paid $2 million for the costly repairs. Acme paid $5 million for Widget Corp.').filter((s) => s.attribute === 'money');
  assert.deepEqual(sums.map((s) => [s.text, s.subject]), [['$3.2 million', 'refit'], ['$2 million', 'repair'], ['$5 million', undefined]]);
  const refit = (words: string) => `Ferry sinks\n\nThe ferry Marisol sank on Thursday off Valmora. Its operator ${words} in March.`;
  assert.equal(conflicts({ a: refit('spent $3.2 million on a refit'), b: refit('completed a $2.3 million refit') }).length, 1);
});

test('subject: an age at death is the age of the person who died, or of the one "He was 75." follows', () => {
  const ages = statements('Lena Ortiz died on Sunday at the age of 85. Mark Hale, a former mayor, has died. He was 75.').filter((s) => s.attribute === 'age');
  assert.deepEqual(ages.map((s) => [s.text, s.entity]), [['85', 'Lena Ortiz'], ['75', 'Mark Hale']]);
  const [abbreviated] = statements('Lena Ortiz passed away in Palo Alto, Calif., on Thursday at the age of 85.').filter((s) => s.attribute === 'age');
  assert.deepEqual([abbreviated?.text, abbreviated?.entity], ['85', 'Lena Ortiz'], 'an abbreviation\'s full stop does not end the clause of dying');
  const other = statements('Lena Ortiz was the first doctor under age 40 to lead the board. Mark Hale married at age 20.').filter((s) => s.attribute === 'age');
  assert.deepEqual(other, [], 'an age limit and an age at another event are no one\'s age now');
  const unnamed = statements('Mark Hale ran the sect. He wrote: "There is a younger girl the Lord wants me to take." She is 13.').filter((s) => s.attribute === 'age');
  assert.deepEqual(unnamed, [], 'a pronoun after a sentence that names no one is not the man named before');
  const nicknamed = statements('The self-described "Million Dollar Swimmer," whose wholesome beauty and aquatic skills launched an entire genre of films, died Thursday at 88.').filter((s) => s.attribute === 'age');
  assert.deepEqual(nicknamed.map((s) => s.entity), [], 'a name in quotation marks is what someone was called, not who died');
});

test('subject: a coming birthday ("who turns 29 on April 11") is an age now, one less or that, of the person named', () => {
  const ages = statements('Mark Hale, who turns 29 on April 11, signed. Lena Ortiz will be 44 in May. Ann Lee turns 40 today.').filter((s) => s.attribute === 'age');
  assert.deepEqual(ages.map((s) => [s.text, s.entity]), [['29', 'Mark Hale'], ['44', 'Lena Ortiz'], ['40', 'Ann Lee']]);
  const future = statements('By the time the next mayor takes office, Lena Ortiz will be 83.').filter((s) => s.attribute === 'age');
  assert.deepEqual(future, [], 'an age at a time to come is not an age now');
  const deal = (age: string) => ({
    a: 'Hale signs\n\nThe Hawks signed Mark Hale, who turns 29 on April 11, to a new deal on Monday.',
    b: `Hale signs\n\nThe Hawks signed Mark Hale, ${age}, to a new deal on Monday.`,
  });
  assert.deepEqual(conflicts(deal('28')), [], 'one day short of his birthday he is 28');
  assert.equal(conflicts(deal('34')).length, 1);
});

test('alignment: a part of a town and a direction from it are two dimensions; two parts disagree', () => {
  const texts = {
    a: 'Inmate caught\n\nThe escaped inmate was caught in northeast Dayton on Monday, police said.',
    b: 'Inmate caught\n\nThe escaped inmate was caught in north Dayton on Monday, police said.',
    c: 'Inmate caught\n\nThe escaped inmate was caught on Monday near Troy, about 20 miles northwest of Dayton.',
  };
  const found = conflicts(texts).filter((f) => f.code === 'place-conflict');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /north Dayton.*northeast Dayton|northeast Dayton.*north Dayton/);
  assert.ok(!/northwest of Dayton/.test(found[0].message), found[0].message);
  assert.equal(found[0].severity, 'information', 'neighbouring compass points are worth a look, not a warning');
});

test('alignment: directions placing two different places are not one statement ("Brazos County, northwest of Houston")', () => {
  const texts = {
    a: 'Inmate escapes\n\nThe escape happened near Baytown, about 25 miles east of Houston, officials said.',
    b: 'Inmate escapes\n\nThe inmate escaped on Monday. He was serving a life sentence for a conviction in Brazos County, northwest of Houston, officials said.',
  };
  assert.deepEqual(conflicts(texts).filter((f) => f.code === 'place-conflict'), []);
  const [placed] = statements(texts.b).filter((s) => s.attribute === 'direction');
  assert.equal(placed.entity, 'Brazos County');
});

test('alignment: a source that gives two bearings from one town places two things ("found north of Marrowby", "farms east of Marrowby")', () => {
  const texts = {
    a: 'Record hail\n\nThe stone, found on a farm north of Marrowby, measured 11 centimetres across. "Nothing is left," said Tom Ward, who grows wheat east of Marrowby.',
    b: 'Hail flattens crops\n\n"Nothing is left," said Tom Ward, who grows wheat east of Marrowby.',
  };
  assert.deepEqual(conflicts(texts).filter((f) => f.code === 'place-conflict'), []);
  const [found] = conflicts({ ...texts, b: 'Hail flattens crops\n\n"Nothing is left," said Tom Ward, who grows wheat west of Marrowby.' }).filter((f) => f.code === 'place-conflict');
  assert.match(found?.message ?? '', /east of Marrowby.*west of Marrowby|west of Marrowby.*east of Marrowby/, 'the farm placed on two sides is still told');
});

test('numbers in names and dates are no statements ("Sept. 11 hijackers", "the 9/11 bill"), nor is "eleventh-hour"', () => {
  const found = statements('The 9/11 bill passed after an eleventh-hour deal. Sept. 11 hijackers trained there.');
  assert.ok(!found.some((s) => s.attribute === 'count'), JSON.stringify(found));
});

test('alignment: the same statement told in two sources with two values is one disagreement, reported once', () => {
  const texts = {
    a: 'Bombing in Yida\n\nFive bombs were dropped on the Yida camp on Thursday, an aid worker said.',
    b: 'Yida camp bombed\n\nFour bombs were dropped on the Yida camp on Thursday, officials said.',
    c: 'Sudan accused\n\nFour bombs were dropped on the Yida camp, witnesses said on Thursday.',
  };
  const found = conflicts(texts);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'a');
  assert.deepEqual(found[0].related.map((r) => r.uri).sort(), ['b', 'c']);
  assert.match(found[0].message, /number of bombs: a says “Five bombs”, but b \(“Four bombs”\) and c \(“Four bombs”\) say otherwise/);
});

test('alignment: a tie is one finding, on one side, with the other side linked', () => {
  const found = conflicts({ a: 'The quake\n\nA 6.1 magnitude quake hit Aceh province on Tuesday.', b: 'The quake\n\nA 6.4 magnitude quake hit Aceh province on Tuesday.' });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].related.length, 1);
  assert.notEqual(found[0].related[0].uri, found[0].uri);
});

test('alignment: different subjects, predicates or people are never compared', () => {
  assert.deepEqual(conflicts({ a: 'Seven people were killed in the attack.', b: 'Twenty people were injured in the attack.' }), [], 'killed and injured');
  assert.deepEqual(conflicts({ a: 'Ann Lee, 32, was arrested on Monday.', b: 'Tom Walsh, 45, was arrested on Monday.' }), [], 'two people');
  assert.deepEqual(conflicts({ a: 'He played 52 games last season for the club.', b: 'He played 1,101 career games in the league.' }), [], 'games and career games');
});

test('alignment: a statement about an earlier event is not set against the story\'s', () => {
  assert.deepEqual(
    conflicts({
      a: 'Quake hits Aceh\n\nA 6.1 magnitude quake struck Aceh on Tuesday. In June 2012, a 5.3 magnitude quake struck the same area.',
      b: 'Quake in Aceh\n\nA 6.1 magnitude earthquake struck Aceh on Tuesday, killing 24.',
    }),
    [],
  );
});

test('days: two different actions of one story, each with its day, are two events ("apologised Saturday" / "resigned Monday")', () => {
  const texts = {
    a: '---\ndate: 2014-12-01\n---\nAide quits\n\nThe aide posted remarks about the daughters.\n\nThe aide apologised on Saturday for her remarks about the president\'s daughters.',
    b: '---\ndate: 2014-12-01\n---\nAide resigns\n\nThe aide posted remarks about the daughters.\n\nThe aide resigned on Monday after her remarks about the president\'s daughters.',
  };
  assert.deepEqual(conflicts(texts).map((f) => f.code), []);
  // The same action on two days still disagrees.
  const same = { ...texts, b: texts.b.replace('resigned on Monday', 'apologised on Friday') };
  assert.deepEqual(conflicts(same).map((f) => f.code), ['time-conflict']);
});

test('ages: one person\'s age in articles published years apart is not a disagreement', () => {
  const a = '---\ndate: 2005-07-01\n---\nMan charged\n\nJose Ortiz, 27, was charged with the murder on Monday.';
  const b = (date: string, age: number) => `---\ndate: ${date}\n---\nMan convicted\n\nJose Ortiz, ${age}, was convicted of the murder on Tuesday.`;
  assert.deepEqual(conflicts({ a, b: b('2007-09-01', 29) }).filter((f) => /age/.test(f.message)), []);
  assert.equal(conflicts({ a, b: b('2005-07-02', 29) }).filter((f) => /age/.test(f.message)).length, 1);
  // An undated report of a story whose reports span two years may be from either end: its 27 is no disagreement with
  // 29 two years on; in a story told within a week it is.
  const undated = 'Gunman sought\n\nPolice were searching for Jose Ortiz, 27, on Monday night.';
  const story = (later: string) => ({ a, b: b(later, 29), c: b(later, 29).replace('Man convicted', 'Verdict').replace('Tuesday', 'Wednesday'), d: undated });
  const agesOf = (texts: Record<string, string>) => conflicts(texts).filter((f) => /age/.test(f.message) && (f.uri === 'd' || f.related.some((r) => r.uri === 'd')));
  assert.deepEqual(agesOf(story('2007-09-01')).map((f) => f.message), []);
  assert.notEqual(agesOf(story('2005-07-06')).length, 0);
});

test('ages: a name\'s suffix stands between the name and its age ("Cesar Sayoc Jr., 56,")', () => {
  const [age] = statements('Police arrested Cesar Sayoc Jr., 56, of Aventura on Friday.').filter((s) => s.attribute === 'age');
  assert.deepEqual([age?.text, age?.entity], ['56', 'Cesar Sayoc']);
});

test('lede: a short line leading into the text (agency, date, place) is a dateline, not the main event', () => {
  const r = read('Pirate attack foiled\n\nTNN Nov 12, 2011, 05.51AM IST MUMBAI:\n\nAn Indian warship on Thursday intercepted three boats in the Gulf of Aden.');
  const day = r.claims.find((c) => c.attribute === 'day');
  assert.equal(day?.mainEvent, true);
});

test('alignment: a clause two outlets tell alike is one statement, even when its sum names no subject', () => {
  const clause = (usd: string) => `After scooping up jewels and watches estimated to be worth 2 million euros (${usd}) the thieves reversed their car out of the store.`;
  const texts = { a: `Jewellery heist\n\nThieves raided a store in Paris on Monday. ${clause('$2.6 million')}`, b: `Paris raid\n\nA store in Paris was raided on Monday. ${clause('$3.9 million')}` };
  const found = conflicts(texts);
  // The sum in euros each also gives says nothing of the sum in dollars: the two dollar figures disagree.
  assert.deepEqual(found.map((f) => f.code), ['quantity-conflict'], found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /\$2\.6 million|\$3\.9 million/);
  // Told in other words, the sums share no subject and stay apart.
  assert.deepEqual(conflicts({ ...texts, b: 'Paris raid\n\nA store in Paris was raided on Monday. The insurer put the loss at $3.9 million, a spokesman said.' }), []);
});

test('subject: a span before or after a named event is said of that event ("two weeks before the Israeli elections")', () => {
  const spans = statements('He will speak two weeks before the Israeli elections. It was sent five weeks in advance of his election. He left three days after arriving.').filter((s) => s.attribute === 'duration');
  assert.deepEqual(spans.map((s) => [s.text, s.subject, s.modifiers]), [['two weeks', 'election', ['before']], ['five weeks', 'election', ['before']]]);
  // A bare common noun names the event too ("after liftoff", "after lift-off"), and "into" a thing is after its start.
  const bare = statements('Contact was lost 152 seconds after liftoff. It froze 112 seconds after lift-off. Two minutes into the flight, it fell.').filter((s) => s.attribute === 'duration');
  assert.deepEqual(bare.map((s) => [s.text, s.subject, s.modifiers]), [['152 seconds', 'liftoff', ['after']], ['112 seconds', 'liftoff', ['after']], ['Two minutes', 'flight', ['after']]]);
});

test('ages: an age that ends a sentence ("and her daughter Katie Jenkin, 30.") is the named person\'s', () => {
  const ages = statements('Police found the bodies of Alice McMeekin, 58, and her daughter Katie Jenkin, 30. The dog was also killed.').filter((s) => s.attribute === 'age');
  assert.deepEqual(ages.map((s) => [s.text, s.entity]), [['58', 'Alice McMeekin'], ['30', 'Katie Jenkin']]);
});

test('alignment: a span before an event told two ways is a disagreement; the same span is none', () => {
  const a = 'Netanyahu to address Congress\n\nNetanyahu will address Congress two weeks before the Israeli elections, officials said.';
  const found = conflicts({ a, b: 'Netanyahu to address Congress\n\nNetanyahu will address Congress five weeks before the Israeli elections, officials said.' });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.deepEqual(conflicts({ a, b: 'Speech to Congress\n\nNetanyahu will address Congress two weeks before the Israeli elections, aides said.' }), []);
});

test('subject: a part of a set counts the set\'s noun, past a date inside it ("15 of the 19 Sept. 11 hijackers")', () => {
  const [part] = statements('Fifteen of the 19 Sept. 11 hijackers were Saudi nationals.');
  assert.deepEqual([part.text, part.subject, part.modifiers], ['Fifteen', 'hijacker', ['part']]);
});

test('alignment: a count of "people" meets a count of a kind of person ("passengers"), not of things ("boats")', () => {
  const rescue = (count: string) => `Ferry sinks\n\nA ferry sank on Thursday off the port of Valmora. The coastguard rescued ${count} from the water.`;
  assert.equal(conflicts({ a: rescue('212 passengers'), b: rescue('221 people') }).length, 1);
  assert.deepEqual(conflicts({ a: rescue('212 boats'), b: rescue('221 people') }), []);
});

test('alignment: "96 people on board" is the sum another source gives as "87 passengers and nine crew", not a count of passengers', () => {
  const ferry = (words: string) => `Ferry runs aground\n\nA ferry ran aground off Marrowby on Friday. ${words} No one was hurt, the coastguard said.`;
  const counts = (texts: Record<string, string>) => conflicts(texts).filter((f) => /number of/.test(f.message));
  const texts = { a: ferry('The ferry had 96 people on board.'), b: ferry('The ferry was carrying 87 passengers and nine crew.'), c: ferry('The ferry was carrying 87 passengers.') };
  assert.deepEqual(counts(texts).map((f) => f.message), []);
  assert.equal(counts({ ...texts, a: ferry('The ferry had 120 people on board.') }).length, 1, 'a sum that is not the total is still told');
});

test('alignment: an addition to an article\'s own tally ("another four people") is not set against another source\'s count', () => {
  const a = 'Quake kills 12\n\nThe quake killed eight people in the district. Another four people died in hospitals from their injuries, officials said.';
  const b = 'Quake toll rises\n\nThe quake killed ten people in the district. Another two people died in hospitals from their injuries, officials said.';
  const found = conflicts({ a, b });
  assert.equal(found.filter((f) => /four|two/i.test(f.message)).length, 0, found.map((f) => f.message).join('\n'));
});

test('alignment: spans relative to two different events are not compared ("two years after the city was destroyed" / "a day after the quake")', () => {
  const a = 'Quake hits island\n\nThe island was hit almost two years after the city of Bam was destroyed, officials said.';
  const b = 'Quake hits island\n\nVillagers had not received aid almost a day after the quake, officials said.';
  assert.deepEqual(conflicts({ a, b }), []);
});

test('durations: a span the subject "is for" is the subject noun\'s ("the offer is believed to be for eight years")', () => {
  assert.deepEqual(statements('It said the offer is "believed to be for at least eight years."').map((x) => [x.attribute, x.subject]), [['duration', 'offer']]);
  assert.deepEqual(statements('The ban was for five years.').map((x) => x.subject), ['ban']);
  const T = 'Club makes offer\n\nTalks went on.\n\n';
  assert.equal(conflicts({ a: `${T}The new offer is believed to be for eight years.`, b: `${T}The new offer is believed to be for five years.` }).length, 1);
});

test('durations: a span that modifies a noun is that noun\'s, unless the noun names an event ("an eight-year offer … during winter meetings", "an hour-long call")', () => {
  const spans = (text: string) => statements(text).filter((x) => x.attribute === 'duration').map((x) => x.subject);
  assert.deepEqual(spans('The club made an eight-year offer to Tom Reyes during the winter meetings in Las Vegas.'), ['offer']);
  assert.deepEqual(spans('Ann Lee and Tom Reyes had an hour-long call on Friday.'), ['communication']);
});

test('durations: "the first in 22 days" is the time since the last, not how long this one lasted', () => {
  assert.deepEqual(statements('Talks failed after a White House meeting, the first in 22 days, ended without a deal.').filter((x) => x.attribute === 'duration'), []);
  assert.deepEqual(statements('It was the first such meeting in more than two years.').filter((x) => x.attribute === 'duration'), []);
  assert.equal(statements('The leaders met for two hours on Monday.').filter((x) => x.attribute === 'duration').length, 1);
});

test('counts: a number before a name that ends its phrase is a score or a table\'s figure, not a count', () => {
  const counts = (text: string) => statements(text).filter((x) => x.attribute === 'count').map((x) => [x.text, x.subject]);
  assert.deepEqual(counts('Results\n\nMinnesota 11 Cleveland 6'), []);
  assert.deepEqual(counts('Results\n\nNorwich 0 Bournemouth 3'), []);
  // A name inside the counted phrase, or a name in the plural, is counted.
  assert.deepEqual(counts('Vote\n\nFour Republican senators voted against it.'), [['Four Republican senators', 'senator']]);
  assert.equal(counts('Vote\n\nThe bill passed with support from 33 Senate Democrats.').length, 1);
  assert.equal(counts('Navy\n\nThe Indian Navy has confiscated 21 AK 47 Rifles and 31 magazines.').filter(([t]) => t?.startsWith('21')).length, 1);
  assert.equal(counts('Leaks\n\nLeaked documents revealed information about two secret National Security Agency intelligence-gathering programs.').length, 1);
});

test('durations: a sentence is its person\'s, also in a participle\'s clause; a family\'s name is no person of it', () => {
  // Two people's sentences, each named as the subject of the sentence the span's clause hangs on.
  assert.deepEqual(conflicts({ a: 'Court\n\nTom Ray ran the ring from behind bars while serving a 15-year sentence.', b: 'Court\n\nEd Kell ran the ring from behind bars while serving a 12-year sentence.' }), []);
  const one = conflicts({ a: 'Court\n\nTom Ray ran the ring from behind bars while serving a 15-year sentence.', b: 'Court\n\nTom Ray was sentenced to 12 years in prison.' });
  assert.match(one[0]?.message ?? '', /sentence of Tom Ray/);
  const r = read('Court\n\nThe reputed head of the Ray family was serving a 12-year sentence.');
  assert.deepEqual(r.claims.filter((c) => c.attribute === 'duration').map((c) => c.participants.map((i) => r.mentions[i].text)), [[]]);
});

test('durations: a day named between the verb and the span ("was sentenced Tuesday to 15 years") leaves the sentence its person\'s', () => {
  const spans = statements('Tom Ray was sentenced Tuesday to 15 years in prison. Ed Kell was jailed on Monday for 12 years.').filter((s) => s.attribute === 'duration');
  assert.deepEqual(spans.map((s) => [s.text, s.subject, s.entity]), [['15 years', 'sentence', 'Tom Ray'], ['12 years', 'sentence', 'Ed Kell']]);
});

test('durations: an apposition between the name and the verb ("Tom Ray, 61, was sentenced", "Ed Kell, the former mayor, was jailed") leaves the sentence the person\'s', () => {
  const text = 'Tom Ray, 61, was sentenced to 15 years in prison. Ed Kell, the former mayor of Dunmore, was jailed for 12 years. Ann Vale (45) was jailed for six years.';
  const spans = statements(text).filter((s) => s.attribute === 'duration');
  assert.deepEqual(spans.map((s) => [s.text, s.subject, s.entity]), [['15 years', 'sentence', 'Tom Ray'], ['12 years', 'sentence', 'Ed Kell'], ['six years', 'sentence', 'Ann Vale']]);
});

test('durations: a sentence given to "him" is his antecedent\'s; a lede that describes the one it sentences gives it to the one named next', () => {
  const spans = (text: string) => statements(text).filter((s) => s.attribute === 'duration').map((s) => [s.text, s.subject, s.entity]);
  assert.deepEqual(spans('Tom Ray, 58, stole the money. Sentencing him to 10 years, Judge Ann Lee said he had lied.'), [['10 years', 'sentence', 'Tom Ray']]);
  assert.deepEqual(spans('Court\n\nA former charity director who stole from a hospice was jailed for 12 years on Friday.\n\nTom Ray, 58, took the money over nine years.'), [['12 years', 'sentence', 'Tom Ray']]);
  // A description that the next sentence does not open on a name gives the span to no one.
  assert.deepEqual(spans('Court\n\nA former charity director was jailed for 12 years on Friday.\n\nThe judge, Ann Lee, said Tom Ray had lied.'), []);
  const court = (text: string) => `Charity boss jailed\n\n${text}`;
  const found = conflicts({
    a: court('DENVER (Wire) — A former charity director who stole from a hospice in Denver was jailed for 12 years on Friday.\n\nTom Ray, 58, took the money over nine years.'),
    b: court('Tom Ray, 58, took the money from a hospice in Denver.\n\nSentencing him to 10 years, Judge Ann Lee said he had betrayed the families.'),
  });
  assert.deepEqual(found.map((f) => f.code), ['quantity-conflict'], found.map((f) => f.message).join('\n'));
});

test('dates: a date in a gerund\'s phrase dates that act ("after joining from Santos in 2022"), not the clause\'s verb', () => {
  const dated = (text: string) => read(text).claims.filter((c) => c.attribute === 'date').map((c) => c.predicate);
  assert.deepEqual(dated('Ray scored 19 goals last season, his second in Denver after joining from Boulder in 2022.'), ['join']);
  const transfer = (text: string) => `Ray moves to Denver\n\nDenver signed the forward Tom Ray on Thursday. ${text}`;
  const found = conflicts({ a: transfer('Ray scored 19 goals last season, his second in Boulder after joining from Aspen in 2022.'), b: transfer('He joined Boulder from Aspen in 2021.') });
  assert.deepEqual(found.map((f) => f.uri), ['b'], found.map((f) => f.message).join('\n'));
});

test('scope: a date that ends a span ("a five-year contract that runs until June 2030") does not date the clause', () => {
  const scopes = (text: string) => statements(text).filter((s) => s.attribute === 'duration').map((s) => s.scope);
  assert.deepEqual(scopes('Ann Lee has signed a five-year contract that runs until June 2030.'), ['story']);
  assert.deepEqual(scopes('Ann Lee signed a five-year contract expiring in 2030.'), ['story']);
  assert.deepEqual(scopes('In 2019, Ann Lee signed a five-year contract.'), ['background']);
  const story = (text: string) => `Marrowby sign Ann Lee\n\nMarrowby signed forward Ann Lee on Tuesday. ${text}`;
  assert.equal(conflicts({ a: story('Lee has signed a five-year contract that runs until June 2030.'), b: story('Lee has signed a six-year contract.') }).length, 1);
});

test('scope: a date after "compared with" or "up from" dates the standard, not the value ("rose to 44%, compared with 36% in 2021")', () => {
  const scopes = (text: string) => statements(text).filter((s) => s.attribute === 'percent').map((s) => [s.text, s.scope]);
  assert.deepEqual(scopes('Turnout rose to 44%, compared with 36% in 2021.'), [['44%', 'story'], ['36%', 'background']]);
  const vote = (text: string) => `Ward elected mayor of Denver\n\nTom Ward was elected mayor of Denver on Friday. ${text}`;
  const found = conflicts({ a: vote('Turnout was 41 percent, up from 36 percent in 2021.'), b: vote('Turnout rose to 44%, compared with 36% in 2021.'), c: vote('Turnout was 41 per cent.') });
  assert.deepEqual(found.map((f) => f.uri), ['b'], found.map((f) => f.message).join('\n'));
});

test('counts: people "on board" or "aboard" are what a vessel carried, whatever verb the clause has ("with 214 people on board made an emergency landing")', () => {
  const acts = (text: string) => read(text).claims.filter((c) => c.attribute === 'count').map((c) => c.predicate);
  assert.deepEqual(acts('A jet with 214 people on board made an emergency landing. There were 241 people aboard the plane.'), ['aboard', 'aboard']);
  const landing = (text: string) => `Jet lands in Denver\n\nA jet from Boulder made an emergency landing in Denver on Wednesday after losing cabin pressure. ${text}`;
  const found = conflicts({
    a: landing('The jet, with 214 people on board, landed safely. Three passengers were treated for ear pain.'),
    b: landing('The plane was carrying 214 passengers. Three people were treated by paramedics.'),
    c: landing('There were 241 people on board. Three people were treated.'),
  });
  assert.deepEqual(found.map((f) => f.uri), ['c'], found.map((f) => f.message).join('\n'));
});

test('tolls: the ages of the unhurt ("The children, aged 8 and 11, were not injured") are no toll', () => {
  const siege = (text: string) => `Standoff ends in Denver\n\nA man who held his two children in a house in Denver surrendered on Sunday, police said. ${text}`;
  assert.deepEqual(conflicts({ a: siege('No one was hurt.'), b: siege('The children, aged 8 and 11, were not injured.') }), []);
});

test('durations: two written ranges that differ ("between six and 75 years" / "… 113 years") are worth a look, whatever figure fits both', () => {
  const court = (span: string) => `Sect leaders sentenced\n\nSeven men of the sect were convicted last year. The men received prison sentences of ${span}, the court said.`;
  const [found, ...more] = conflicts({ a: court('between six and 75 years'), b: court('between six and 75 years'), c: court('between six and 113 years'), d: court('20 years') });
  assert.deepEqual(more, []);
  assert.equal(found?.severity, 'information');
  assert.match(found?.message ?? '', /the length of the sentence: c says “between six and 113 years”.*a \(“between six and 75 years”\)/, 'plural "sentences of" with no determiner names the sentence');
  assert.deepEqual(conflicts({ a: court('between six and 75 years'), b: court('between six and 75 years'), c: court('20 years') }), []);
});

test('durations: "closed in on the two-week mark" is a point reached, not a length anyone states', () => {
  assert.deepEqual(statements('The strike closed in on the two-week mark on Wednesday with no end in sight.').filter((x) => x.attribute === 'duration'), []);
  assert.equal(statements('The two-week strike ended on Wednesday.').filter((x) => x.attribute === 'duration').length, 1);
});

test('a length between people that no noun of an event names is named by its own noun, not by a verb ("the duration of the imposing")', () => {
  const ban = (years: string) => `Tom Ray and Ed Kell, imposing a ${years}-year ban, left.`;
  const found = conflicts({ a: ban('15'), b: ban('12'), c: ban('12') });
  assert.match(found[0]?.message ?? '', /the duration of the ban between Ed Kell and Tom Ray:/);
});

test('a length with no one named is named by the word a source wrote ("the length of the call", "the length of the period")', () => {
  const T = 'Leaders spoke\n\nAides waited outside.\n\n';
  const call = conflicts({ a: `${T}The two leaders spoke for about 90 minutes.`, b: `${T}The two leaders held an hour-long call.` });
  assert.match(call[0]?.message ?? '', /the length of the call:/);
  const period = conflicts({ a: `${T}Investigators looked at his dealings over a six-year period.`, b: `${T}Investigators looked at his dealings over a nine-year period.` });
  assert.match(period[0]?.message ?? '', /the length of the period:/);
  // One person named: the call is "with" her, not "between" her alone.
  const one = conflicts({ a: `${T}Ann Lee held an hour-long call on Monday.`, b: `${T}Ann Lee held a two-hour call on Monday.` });
  assert.match(one[0]?.message ?? '', /the duration of the call with Ann Lee:/);
});

test('alignment: a span after an event is not the event\'s length ("two hours after the call" / "an hour-long call")', () => {
  const a = 'Leaders spoke\n\nTwo hours after the call with Omar Said, Anna Berg left the capital, officials said.';
  const b = 'Leaders spoke\n\nAnna Berg held an hour-long call with Omar Said before she left the capital, officials said.';
  assert.deepEqual(conflicts({ a, b }), []);
});

test('scope: a clause that gives another magnitude than the story\'s quake is about another quake ("a quake measuring 3.8 at 0440 GMT")', () => {
  const r = read('Quake hits island\n\nA series of aftershocks have hit Norla since it was rocked by a magnitude-5.9 earthquake on Sunday. The observatory registered a quake measuring 3.8 on the Richter scale at 0440 GMT on Monday. Officials said the quake killed 10 people.');
  const scopes = r.claims.map((c) => [r.quantities[c.quantity].text, c.scope.time, c.scope.when]);
  assert.deepEqual(
    scopes.filter(([text]) => /0440|3\.8|Monday/.test(String(text))).map(([, time, when]) => [time, when]),
    [['background', 'magnitude 3.8'], ['background', 'magnitude 3.8'], ['background', 'magnitude 3.8']],
    JSON.stringify(scopes),
  );
  assert.ok(scopes.filter(([text]) => /5\.9|10 people/.test(String(text))).every(([, time]) => time === 'story'), JSON.stringify(scopes));
  const told = 'USGS: the sources disagree by a tenth. A magnitude-6.1 quake struck Norla on Sunday. The quake measured 5.9, the local observatory said.';
  assert.ok(read(`Quake\n\n${told}`).claims.every((c) => c.scope.time === 'story'), 'two sources\' readings of one quake are one event');
});

test('alignment: another quake\'s time is not set against the story\'s quake ("a quake measuring 3.8 … at 0440 GMT")', () => {
  const texts = {
    a: 'Quake hits Norla\n\nA 5.9-magnitude earthquake struck Norla island on Sunday, killing 10 people. The quake, which struck at 1353 (1023 GMT), was felt in neighbouring states.',
    b: 'Quake hits Norla\n\nA 5.9-magnitude earthquake struck Norla island on Sunday, killing 10 people. The quake, which struck at 1353 (1023 GMT), was felt across the region.',
    c: 'Aftershocks jolt Norla\n\nA series of aftershocks have hit Norla island since it was rocked by a magnitude-5.9 earthquake on Sunday, killing 10 people. The seismological centre registered a quake measuring 3.8 on the Richter scale at 09:10 hours (0440 GMT) on Monday.',
  };
  assert.deepEqual(conflicts(texts).filter((f) => f.code === 'time-conflict').map((f) => f.message), []);
});

test('alignment: counts over different periods are two statements ("105 runs in each of five seasons" / "13 home runs in 54 games")', () => {
  const texts = {
    a: 'Slugger signs\n\nThe first baseman has hit at least 30 homers and driven in at least 105 runs in each of the past five seasons.',
    b: 'Slugger signs\n\nThe first baseman was acquired last season and hit 13 home runs and 43 RBIs in 54 games.',
    c: 'Slugger signs\n\nIn 54 games with the club he hit .358 with 13 home runs and 43 RBIs.',
  };
  assert.deepEqual(conflicts(texts).filter((f) => f.code === 'quantity-conflict').map((f) => f.message), []);
  const over = {
    a: 'Slugger signs\n\nThe first baseman hit 13 home runs in 54 games for the club last season.',
    b: 'Slugger signs\n\nThe first baseman hit 15 home runs in 54 games for the club last season.',
  };
  assert.equal(conflicts(over).filter((f) => f.code === 'quantity-conflict').length, 1, 'the same period told with two counts is a disagreement');
});

test('subject: how far away a person lives or moved is the distance of that person\'s home, and a move\'s date does not date it', () => {
  const texts = {
    a: 'Woman killed\n\nMara Keane was struck by a car on Friday. Keane, who lived half a mile away in Ridgeton, was taken to hospital, where she later died.',
    b: 'Woman killed\n\nMara Keane was struck by a car on Friday while visiting a former neighbor. She had moved about a mile and a half away five or six years ago, her friend said.',
  };
  const [home] = statements(texts.b).filter((s) => s.attribute === 'length');
  assert.deepEqual([home.subject, home.entity, home.scope], ['home', 'Mara Keane', 'story']);
  const found = conflicts(texts).filter((f) => f.code === 'quantity-conflict');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /half a mile.*a mile and a half|a mile and a half.*half a mile/);
  assert.deepEqual(statements('Police moved the car 50 feet away. The crowd stood 100 yards away.').map((s) => s.subject === 'home'), [false, false], 'a move of a thing, or a place stood at, is no home');
});

test('subject: "N times faster" is a ratio of what its comparative compares, not a count of occasions', () => {
  const subjects = (text: string) => statements(text).filter((s) => s.attribute === 'count').map((s) => s.subject);
  assert.deepEqual(subjects('The new graphics are five times faster than the old ones. The battery lasts three times longer.'), ['time faster', 'time longer']);
  assert.deepEqual(subjects('He has been arrested three times.'), ['time']);
  const texts = { a: 'Apple said the new graphics are five times faster than before.', b: 'Apple said the battery lasts three times longer than before.' };
  assert.deepEqual(conflicts(texts).filter((f) => f.code === 'quantity-conflict'), []);
});

test('subject: a length in a sentence the writer tells of where they are is the writer\'s, not the event\'s', () => {
  assert.deepEqual(statements("I'm located 25 miles south of the quake. I felt it for six seconds.").filter((s) => s.attribute === 'length'), []);
  assert.equal(statements('The quake struck 25 miles south of Cobb.').filter((s) => s.attribute === 'length').length, 1);
});

test('subject: a span a verb gives a person ("He was sentenced to 5 1/2 years") is that person\'s sentence, as "a 2-1/2 year sentence" is', () => {
  const [given] = statements('Tom Reyes had a long record. He was sentenced to 5 1/2 years, with 9 months to serve.').filter((s) => s.attribute === 'duration');
  assert.deepEqual([given?.subject, given?.entity], ['sentence', 'Tom Reyes']);
  // The person named between the verb and "to" is the one given the span, not the verb's subject.
  const [object] = statements('Judge Ann Weber said in sentencing Tom Reyes to 12 years in prison that she was sorry.').filter((s) => s.attribute === 'duration');
  assert.deepEqual([object?.subject, object?.entity], ['sentence', 'Tom Reyes']);
  const texts = {
    a: 'Man held\n\nTom Reyes was arrested on Monday. In 2004 he was sentenced to 2 1/2 years in the case.',
    b: 'Man held\n\nTom Reyes was arrested on Monday. In 2004 he was sentenced to 5 1/2 years in the case.',
  };
  const found = conflicts(texts).filter((f) => f.code === 'quantity-conflict');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.deepEqual(statements('The company was banned for three years. He was sentenced on Monday to life.').filter((s) => s.attribute === 'duration'), [], 'a span given to no person named is not compared');
});

test('subject: a headline that sentences someone by what he is ("Norland man jailed for 12 years") sentences the one person the article sentences', () => {
  const body = 'A Norland court on Tuesday sentenced Tom Reyes for a fraud that cost savers millions.\n\nReyes, 52, had denied the charges.';
  const a = `Norland man jailed for 12 years over bank fraud\n\n${body}`;
  const b = 'Fraudster sentenced\n\nTom Reyes was sentenced to 15 years in prison on Tuesday for a fraud that cost savers millions.';
  const found = conflicts({ a, b });
  assert.equal(found.length, 1);
  assert.match(found[0].message, /sentence of Tom Reyes/);
  // Two people sentenced: the headline's is either.
  const two = `Norland man jailed for 12 years over bank fraud\n\nA Norland court on Tuesday sentenced Tom Reyes and his partner.\n\nThe court also sentenced Ann Vale.`;
  assert.deepEqual(statements(two).filter((x) => x.attribute === 'duration'), []);
  // The person named in apposition to what he is ("A Norland banker, Tom Reyes, was sentenced").
  const apposed = conflicts({ a: 'Norland man jailed for 12 years over bank fraud\n\nA Norland banker, Tom Reyes, was sentenced on Tuesday for a fraud that cost savers millions.', b });
  assert.equal(apposed.length, 1);
  assert.match(apposed[0].message, /sentence of Tom Reyes/);
});

test('a title-case headline is read in sentence case: "Quake Kills 12 People In Orlan" counts the dead, "Jailed For 12 Years" sentences', () => {
  const quake = statements('Quake Kills 12 People In Orlan\n\nThe quake struck Orlan on Monday.');
  assert.deepEqual(quake.filter((s) => s.attribute === 'count').map((s) => [s.text, s.subject]), [['12 People', 'people']], 'the value keeps its words as written');
  const court = conflicts({
    a: 'Former Mayor Jailed For 12 Years Over Bribery Scheme\n\nA former mayor of Dunmore, Karl Ostrander, was sentenced on Tuesday.',
    b: 'Ex-mayor sentenced\n\nKarl Ostrander was sentenced to 15 years in prison on Tuesday.',
  });
  assert.equal(court.length, 1, court.map((f) => f.message).join('\n'));
  assert.match(court[0].message, /sentence of Karl Ostrander/);
});

test('subject: "a sentence of 18 years" is the sentence, as "an 18-year sentence" is; "a contract of eight years" names no given span', () => {
  const [given] = statements('Imposing a sentence of 18 years, the judge spoke briefly.').filter((s) => s.attribute === 'duration');
  assert.equal(given?.subject, 'sentence');
  assert.deepEqual(statements('He signed a contract of eight years with the club.').filter((s) => s.attribute === 'duration').map((s) => s.subject), []);
  const texts = {
    a: 'Boss jailed\n\nThe judge gave Tom Reyes a 12-year sentence on Monday for racketeering.',
    b: 'Boss jailed\n\nImposing a sentence of 18 years on Monday, the judge said Tom Reyes had run the racket.',
  };
  const found = conflicts(texts).filter((f) => f.code === 'quantity-conflict');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
});

test('subject: "three 10-year sentences" counts the sentences, narrowed by the measure, so two counts of them meet', () => {
  const [count] = statements('He was imprisoned in 1979 on three 10-year sentences for rape.').filter((s) => s.attribute === 'count');
  assert.deepEqual([count?.subject, count?.modifiers], ['sentence', ['10-year']]);
  const texts = {
    a: 'Inmate escapes\n\nTom Reyes escaped on Monday. He was imprisoned in 1979 on three 10-year sentences for rape.',
    b: 'Inmate escapes\n\nTom Reyes escaped on Monday. He was first imprisoned in 1979 on six 10-year sentences for rape.',
  };
  const found = conflicts(texts).filter((f) => f.code === 'quantity-conflict');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
});

test('subject: two joined words before the noun both narrow it ("eight past and present senators"); two joined nouns keep the first', () => {
  const [senators, officials, men] = statements('Eight past and present Ohio senators urged him to quit. Some 12 current and former officials spoke. He met five men and three women.').filter((s) => s.attribute === 'count');
  assert.deepEqual([senators.subject, senators.modifiers.slice(0, 2), officials.subject, officials.modifiers, men.subject], ['senator', ['past', 'present'], 'official', ['current', 'former'], 'man']);
});

test('subject: a sum is said of the named thing it pays for ("the $13 billion acquisition of Norcom Systems")', () => {
  const [sum] = statements('Hale Corp chief Ann Lee believes that the $13 billion acquisition of Norcom Systems will pay off.').filter((s) => s.attribute === 'money');
  assert.equal(sum.entity, 'Norcom Systems');
  const texts = {
    a: 'Hale buys Norcom\n\nHale Corp chief Ann Lee believes that the $13 billion acquisition of Norcom Systems will pay off.',
    b: 'Hale buys Norcom\n\nA source confirmed that Hale Corp will acquire Norcom Systems for about $20 billion.',
  };
  const found = conflicts(texts).filter((f) => f.code === 'quantity-conflict');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
});

test('scope: a larger quake in the body, or a headline and lede that disagree, say nothing sure of another quake', () => {
  const larger = read('Quake hits Norla\n\nA magnitude-5.9 earthquake struck Norla on Sunday. The quake, measuring 7.2, struck at 1023 GMT and killed 10 people.');
  assert.ok(larger.claims.every((c) => c.scope.time === 'story'), 'a larger figure is the story\'s quake told differently, a disagreement to show');
  const split = read('Quake of 9.1 hits Norla, killing 24\n\nA 6.1 magnitude earthquake hit Norla, leaving 24 dead. The quake struck at 1023 GMT.');
  assert.ok(split.claims.every((c) => c.scope.time === 'story'), JSON.stringify(split.claims.map((c) => [split.quantities[c.quantity].text, c.scope])));
});

test('alignment: a source that also names a weaker quake still disagrees on the story\'s quake ("a 6.9 quake" … "an aftershock measuring 4.6")', () => {
  const texts = {
    a: 'Quake hits Norla\n\nA magnitude-6.9 earthquake struck Norla on Sunday. Hours later an aftershock measuring 4.6 shook the town.',
    b: 'Quake hits Norla\n\nA magnitude-4.6 earthquake struck Norla on Sunday.',
    c: 'Quake hits Norla\n\nA magnitude-4.6 earthquake struck Norla on Sunday, officials said.',
  };
  const found = conflicts(texts).filter((f) => /magnitude/.test(f.message));
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /6\.9/);
});

test('subject: a span far from a count in a long sentence qualifies something else ("changing every day … out of 14 candidates")', () => {
  const [count] = statements('The mood is changing every day as the papers say that the front-runner is far ahead in the polls out of 14 candidates.').filter((s) => s.attribute === 'count');
  assert.deepEqual(count.modifiers, []);
  const [rate] = statements('He has driven in at least 105 runs in each of the past five seasons.').filter((s) => s.attribute === 'count');
  assert.deepEqual(rate.modifiers, ['per season']);
});

test('subject: a share is of the head of its phrase, in its own place; a share listed after it is of the same thing ("52 percent in Norland")', () => {
  const shares = statements('As much as 55 percent of voice traffic in Ostria, 52 percent in Norland and 81 percent in Wesmark was cut. Rents fell by 20 percent.');
  assert.deepEqual(
    shares.map((s) => [s.text, s.subject, s.modifiers, s.entity]),
    [
      ['55 percent', 'traffic', ['voice'], 'Ostria'],
      ['52 percent', 'traffic', ['voice'], 'Norland'],
      ['81 percent', 'traffic', ['voice'], 'Wesmark'],
      ['20 percent', 'rent', ['change', 'down'], undefined],
    ],
  );
  // An owner before the share's noun ("of the municipality's canola") is not what it is a share of.
  const owned = statements("As much as 70 per cent of the municipality's canola was lost. About 45 per cent of the area's canola crop was lost.");
  assert.deepEqual(owned.map((s) => [s.subject, s.modifiers]), [['canola', []], ['crop', ['canola']]]);
});

test('shares of a poll: a share "among" a part of those asked is that part\'s; the second share of a score is the other side\'s', () => {
  const shares = statements('Senator Jane Ostrom leads, 59 percent to 28 percent, among voters 45 and older. Ostrom has a lead of 48 percent to 41 percent over Mr. Vance.');
  assert.deepEqual(
    shares.map((s) => [s.text, s.modifiers, s.entity]),
    [
      ['59 percent', ['among voters 45 and older'], 'Jane Ostrom'],
      ['28 percent', ['among voters 45 and older'], undefined],
      ['48 percent', [], 'Ostrom'],
      ['41 percent', [], 'Vance'],
    ],
  );
  const a = 'Poll shows tight race\n\nThe race is close.\n\nOstrom leads, 59 percent to 28 percent, among voters 45 and older, the poll found.';
  const b = 'Poll shows tight race\n\nThe race is close.\n\nOstrom has a lead of 48 percent to 41 percent over Vance, according to the institute.';
  assert.deepEqual(conflicts({ a, b }), [], 'a part of the voters and all of them');
  const c = 'Poll shows tight race\n\nThe race is close.\n\nOstrom has a lead of 48 percent to 39 percent over Vance, the institute said.';
  assert.equal(conflicts({ b, c }).length, 1, 'one score told two ways');
});

test('counts: a count in a list that gives each count its own place is that place\'s ("1,051 voters in Ostria and 1,077 in Norland")', () => {
  const [listed] = statements('The university surveyed 1,051 registered voters in Ostria and 1,077 in Norland.');
  assert.deepEqual(listed.modifiers, ['registered', 'in ostria']);
  const [alone] = statements('The institute surveyed 1,737 registered voters in Ostria.');
  assert.deepEqual(alone.modifiers, ['registered'], 'a place alone may be left out by another source');
  const a = 'Senate races close\n\nThe races are tight.\n\nThe university surveyed 1,051 registered voters in Ostria and 1,077 in Norland.';
  const b = 'Senate races close\n\nThe races are tight.\n\nThe university conducted the poll, surveying 1,737 registered voters in the state.';
  assert.deepEqual(conflicts({ a, b }), []);
});

test('polls: the figures of two polls by two pollsters are not compared; one poll told two ways is', () => {
  const nbc = 'Poll finds Ostrom ahead\n\nThe race is close.\n\nIn an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Ostrom. The poll surveyed 1,000 adults.';
  const harvard = 'Poll finds Ostrom ahead\n\nThe race is close.\n\nAccording to a new poll by the Harvard University Institute of Politics, 50 percent of respondents chose Ostrom. The poll surveyed 2,000 adults.';
  const sameNbc = 'Poll finds Ostrom ahead\n\nThe race is close.\n\nIn a Wall Street Journal/NBC News poll, 45 percent of respondents chose Ostrom. The poll surveyed 1,600 adults.';
  assert.deepEqual(conflicts({ nbc, harvard }), []);
  const found = conflicts({ nbc, sameNbc });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /1,000 adults|1,600 adults/);
});

test('alignment: shares of two different things, of a part and a whole, or a change and a share are not compared', () => {
  const a = 'Cables cut\n\nUp to 70 per cent of web services in Ostria, and 60 per cent in Norland, were disrupted.';
  const b = 'Outage\n\nAs much as 55 percent of voice traffic in Ostria and 81 percent in Norland was out of service.';
  assert.deepEqual(conflicts({ a, b }), [], 'web services and voice traffic');
  const c = 'Outage\n\nAbout 65% of traffic to Norland is down.';
  assert.deepEqual(conflicts({ b, c }), [], 'voice traffic (a part) and traffic (the whole)');
  const d = 'Outage\n\nServices in Norland were down by 30 percent.';
  assert.deepEqual(conflicts({ c, d }), [], 'a change and a share');
  // The same share told two ways is still a disagreement.
  const e = 'Outage\n\nAbout 40% of traffic to Norland is down.';
  assert.equal(conflicts({ c, e }).length, 1);
  // A percentage before a comparative compares with something unnamed: the battery's "more energy" is no share.
  const f = 'Laptop launched\n\nThe new battery holds 40 percent more energy and lasts eight hours.';
  const g = 'Laptop launched\n\nThe new display uses up to 30% less energy and has no mercury.';
  assert.deepEqual(conflicts({ f, g }), [], 'more energy and less energy');
});

test('reporting: a count ten times another is of a larger set, not the same count told two ways; a zero toll is still compared', () => {
  const a = 'Quake in Orlan\n\nAround 40 houses were damaged by the quake in Orlan, officials said.';
  const b = 'Quake in Orlan\n\nAbout 1,500 houses were damaged by the quake in Orlan, officials said.';
  assert.deepEqual(conflicts({ a, b }), []);
  const c = 'Quake in Orlan\n\nAround 60 houses were damaged by the quake in Orlan, officials said.';
  assert.equal(conflicts({ a, c }).length, 1, 'forty and sixty houses still disagree');
  const d = 'Quake in Orlan\n\nNo one was killed by the quake in Orlan, officials said.';
  const e = 'Quake in Orlan\n\nTwelve people were killed by the quake in Orlan, officials said.';
  assert.equal(conflicts({ d, e }).length, 1, 'no one and twelve killed disagree');
});

test('reporting: a sentence that gives both values as two things of one kind tells them apart (its own source, or a third)', () => {
  // a prices two models in one sentence: it does not disagree with b, and it tells b's $1,799 from c's $2,199.
  const priced = {
    a: 'Laptops\n\nOrion will ask $1,799 for the base Nova Pro, with an upgraded Nova Pro going for $2,199, the company said on Tuesday.',
    b: 'Laptops\n\nThe Nova Pro starts at $1,799, Orion said on Tuesday.',
    c: 'Laptops\n\nThe new Nova Pro will start at $2,199 for the quad-core model, Orion said on Tuesday.',
  };
  assert.deepEqual(conflicts(priced), []);
  // Killed and injured count two sets: "killed five and injured three" still disagrees with "killed three".
  const killed = {
    a: 'Quake in Orlan\n\nThe quake in Orlan killed five people and injured three others, officials said.',
    b: 'Quake in Orlan\n\nThe quake in Orlan killed three people, officials said.',
    c: 'Quake in Orlan\n\nThe quake in Orlan killed three people on Sunday, police said.',
  };
  assert.equal(conflicts(killed).length, 1);
});

test('reporting: numbers of a sentence that are no statement of things do not tell a count apart ("magnitudes ranging from 3.6 to 4.3")', () => {
  const aftershocks = {
    a: 'Quake in Orlan\n\nThe quake in Orlan was followed by at least four strong aftershocks, with magnitudes ranging from 3.6 to 4.3, officials said.',
    b: 'Quake in Orlan\n\nThe quake in Orlan was followed by three strong aftershocks, officials said.',
  };
  assert.equal(conflicts(aftershocks).length, 1);
});

test('reporting: an open value of a third source ("at least $6 billion") gives no other value, so it tells none apart', () => {
  const demands = {
    a: "Shutdown ends\n\nThe impasse stems from the president's demand for $8.6 billion for a border wall.",
    b: "Shutdown ends\n\nThe shutdown began over the president's demand for $5.7 billion for a border wall.",
    c: 'Shutdown ends\n\nThe economy lost at least $6 billion in the shutdown, more than the $5.7 billion the president had requested for a border wall.',
  };
  assert.equal(conflicts(demands).length, 1);
});

test('reporting: a month without its year says nothing of a year, so it tells no two years apart', () => {
  const opened = {
    a: 'Stadium to close\n\nThe stadium, which opened in 1958, will close. It was last inspected in March, the city said.',
    b: 'City to shut stadium\n\nThe stadium, which opened in 1966, will close, the city said.',
  };
  const found = conflicts(opened).filter((f) => f.message.includes('1966'));
  assert.equal(found.length, 1, JSON.stringify(conflicts(opened).map((f) => f.message)));
});

test('reporting: a part and its whole ("three out of four lines") tell two counts apart', () => {
  const lines = {
    a: 'Cables cut\n\n"We\'ve lost three out of four lines," an engineer at Orlan Telecom said on Friday.',
    b: 'Cables cut\n\nThree undersea lines of Orlan Telecom were cut on Friday, the company said.',
  };
  assert.deepEqual(conflicts(lines), []);
});

test('reporting: a value listed beside another of its kind is reported only under a sure link', () => {
  // a lists two past hosts' tallies; b's "three times" is its own host's, linked to a's "eight times" only loosely.
  const loose = {
    a: 'Host named\n\nMark Dune will host the Orlan awards in March. Past hosts include Ray Vell, who did it eight times, and Ann Kee, who took on four.',
    b: 'Host named\n\nMark Dune, a singer, will host the Orlan awards in March, organizers said. Dune, 40, has hosted the Tolan music awards three times and starred in two films.',
  };
  assert.deepEqual(conflicts(loose), []);
  // Surely linked, the listing does not excuse the disagreement.
  const sure = {
    a: 'Host named\n\nMark Dune will host the Orlan awards. Ray Vell hosted the show eight times, Ann Kee took on four.',
    b: 'Host named\n\nMark Dune will host the Orlan awards. He has hosted the Tolan awards three times.',
  };
  assert.equal(conflicts(sure).length, 1);
});

test('reporting: counts that add up to a sentence\'s count tell where its things went, not a listing ("four bombs - two landed …, the other two …")', () => {
  const valueOf = (text: string, written: string) => {
    const reading = read(text);
    const q = reading.quantities.find((x) => x.text === written);
    assert.ok(q, written);
    return oneOfAListing(reading, q, 0);
  };
  assert.equal(valueOf('Four bombs were dropped on the camp - two landed inside the camp, while the other two bombs fell near the airstrip.', 'Four bombs'), false);
  // Counts that do not add up to it list other things beside it.
  assert.equal(valueOf('Four bombs were dropped on the camp on Friday, and two bombs hit the school on Monday.', 'Four bombs'), true);
});

test('subject: whose counted things they are ("Norcom Systems and its 500 employees", "Delta Holdings has 600 employees"); two owners\' counts are two statements', () => {
  const [owned] = statements('The deal could mean tougher competition for Norcom Systems Inc. and its 500 employees.');
  assert.equal(owned.entity, 'Norcom Systems Inc.');
  const a = 'Deal\n\nThe deal could mean tougher competition for Norcom Systems Inc. and its 500 employees.';
  const b = 'Deal\n\nDelta Holdings Inc. has 600 employees in the city.';
  assert.deepEqual(conflicts({ a, b }), [], 'two firms\' staff');
  const c = 'Deal\n\nNorcom Systems Inc. has 600 employees in the city.';
  assert.equal(conflicts({ a, c }).length, 1, 'one firm\'s staff told two ways');
});

test('money: a price is the cost whichever word says it ("would cost", "the price tag at"); a sum raised keeps its own noun', () => {
  const sums = statements('Trump said the wall, which he estimates would cost about $8 billion, will be paid for. He puts the price tag at around $8 billion. Tickets are priced at $30. The base model is priced at $999. Brat raised $200,000.').filter((s) => s.attribute === 'money');
  // A named variant's price ("the base model") is that variant's, not the one cost of the story.
  assert.deepEqual(sums.map((s) => [s.text, s.subject]), [['about $8 billion', 'cost'], ['around $8 billion', 'cost'], ['$30', 'cost'], ['$999', 'model'], ['$200,000', undefined]]);
  const found = conflicts({
    a: 'Wall talk\n\nTrump wants Mexico to pay for the wall, which he estimates would cost about $8 billion.',
    b: 'Wall talk\n\nTrump wants Mexico to pay for the wall. He estimates the price tag at around $25 billion.',
  });
  assert.equal(found.filter((f) => /\$/.test(f.message)).length, 1, found.map((f) => f.message).join('\n'));
});

test('subject: a value’s conversion in brackets stands between it and its noun ("a €5 million (R26 million) haul")', () => {
  const all = statements('The thieves made off with a €5 million (R26 million) haul. They walked a 20-kilometre (12-mile) stretch of road.');
  const [sum, stretch] = ['€5 million', '20-kilometre'].map((text) => all.find((s) => s.text === text)!);
  assert.deepEqual([sum.text, sum.subject], ['€5 million', 'haul']);
  // "stretch" is named by the first word of its kind (values.json statement.sameThing: "section", "stretch").
  assert.deepEqual([stretch.text, stretch.subject], ['20-kilometre', 'section']);
});

test('counts: a group counted by what it serves as ("544 women who serve as store managers") counts that role', () => {
  const [group] = statements('He pointed to at least 544 women who serve as store managers.').filter((s) => s.attribute === 'count');
  assert.deepEqual([group.subject, group.modifiers], ['manager', ['store']]);
  const [plain] = statements('He pointed to at least 544 women who work in the stores.').filter((s) => s.attribute === 'count');
  assert.equal(plain.subject, 'woman');
});

test('durations: how long a state holds ("remain solvent for the next 75 years", "keep the system solvent for 75 years")', () => {
  const spans = statements('The funds would remain solvent for the next 75 years. Those changes would keep our pension system solvent for 75 years. He was in a coma for a week. They reopened the government for three weeks.').filter((s) => s.attribute === 'duration');
  // The action's span is no state: it is said of the verb's object (objectHeldFor), not of an adjective. A place or a
  // condition one is in is a state, named without its article.
  assert.deepEqual(spans.map((s) => [s.text, s.subject]), [['75 years', 'solvent'], ['75 years', 'solvent'], ['a week', 'in coma'], ['three weeks', 'government']]);
  const places = statements('The storm stayed on the ground for 22 minutes. Ann Lee remained in hospital for five days. Tom Ward was in Denver for a week. Tom Ward worked in the kitchen for a week.').filter((s) => s.attribute === 'duration');
  // A capitalised name after the preposition is a place visited, not a state; a verb of doing is no state held.
  assert.deepEqual(places.filter((s) => /^(?:in|on|at|under|aboard) /.test(s.subject ?? '')).map((s) => [s.text, s.subject]), [['22 minutes', 'on ground'], ['five days', 'in hospital']]);
});

test('durations: how long something was in a place or a condition, told two ways by two sources, is one statement named as written', () => {
  const found = conflicts({
    a: 'Tornado hits Marrowby\n\nThe tornado touched down at 6:40 p.m. and stayed on the ground for 22 minutes, forecasters said.',
    b: 'Marrowby tornado\n\nThe storm was on the ground for 35 minutes after touching down at 6:40 p.m., forecasters said.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /the time on the ground: \w says “(22|35) minutes”/);
  // The article left out ("in hospital") and written ("in the hospital") is one state.
  const hospital = conflicts({
    a: 'Climber rescued\n\nAnn Lee, 34, remained in hospital for five days after the fall, her family said.',
    b: 'Climber home\n\nAnn Lee, 34, remained in the hospital for nine days after the fall, her family said.',
  });
  assert.equal(hospital.length, 1, hospital.map((f) => f.message).join('\n'));
});

test('quotations: two quotations the corpus does not match as one are compared like any statements; one quotation worded two ways is left to quote-wording', () => {
  const two = conflicts({
    a: 'Pension funds\n\n"Under current law, the trust funds would remain solvent for the next 75 years," said the report.',
    b: 'Pension funds\n\nThe senator told reporters: "Those two changes would keep our pension system solvent for 40 years with minor pain."',
  });
  assert.equal(two.length, 1, 'two speakers\' quotations, two spans of one state');
  const one = conflicts({
    a: 'Pension funds\n\nThe senator said: "Those two changes would keep our pension system solvent for 75 years with minor pain and a big gain."',
    b: 'Pension funds\n\nThe senator said: "Those two changes would keep our pension system solvent for 40 years with minor pain and a big gain."',
  });
  assert.deepEqual(one, [], 'one quotation worded two ways');
});

test('durations: a span "after" a verb is the time until that action ("pulled over after about 15 minutes"), said of the verb', () => {
  const spans = statements('He finally pulled over after about 15 minutes. After two years, he quit.').filter((s) => s.attribute === 'duration');
  // A phrasal verb is its act: "pulled over" stopped (values.json statement.phrasalActs).
  assert.deepEqual(spans.map((s) => [s.text, s.subject, s.modifiers]), [['about 15 minutes', 'stop', ['after']]]);
  const found = conflicts({
    a: 'Gunman arrested\n\nState police chased the gunman at speeds up to 120 mph before he finally pulled over after about 15 minutes.',
    b: 'Gunman arrested\n\nState police chased the gunman at speeds up to 120 mph before he finally pulled over after about 30 minutes.',
  });
  assert.equal(found.length, 1);
  assert.match(found[0].message, /15 minutes|30 minutes/);
});

test('durations: the time an action takes ("take 12 days to repair", "the repair time will be around 12 days"), said of its action', () => {
  const spans = statements('The cable will take 12 days to repair. The total repair time will be around 12 days. It was the first time in 12 years.').filter((s) => s.attribute === 'duration');
  assert.deepEqual(spans.map((s) => [s.text, s.subject, s.modifiers]), [
    ['12 days', 'repair', ['to']],
    ['around 12 days', 'repair', ['to']],
  ]);
  const found = conflicts({
    a: 'Undersea cable cut\n\nThe operator said it would take 12 days to repair the cable, depending on the weather.',
    b: 'Undersea cable cut\n\nInitial estimates indicate that the total repair time will be around 20 days, the operator said.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /12 days|20 days/);
});

test('durations: "needed five hours to put out" is the time an action takes, as "took three hours to put out" is; the message names the action as written', () => {
  const spans = statements('Firefighters needed five hours to put out the blaze.').filter((s) => s.attribute === 'duration');
  assert.deepEqual(spans.map((s) => [s.text, s.subject, s.modifiers]), [['five hours', 'put', ['to']]]);
  const found = conflicts({
    a: 'Tower fire\n\nIt took three hours to put out the fire on the 14th floor, the fire service said.',
    b: 'Tower fire\n\nFirefighters needed five hours to put out the blaze on the 14th floor, the fire service said.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /^Sources disagree on the time to put out: /);
});

test('durations: how long a person did something ("she had worked for 15 years") is said of the person and the verb; a span no one person does is not', () => {
  const spans = statements('Yvonne Hiller opened fire at the plant, where she’d worked for 15 years. Hiller has worked for Kraft for about 15 years. Inspectors checked it over six years. She was there for 15 years. Ann Ayre and Bo Hale have worked in local politics for more than a decade.').filter((s) => s.attribute === 'duration');
  assert.deepEqual(spans.map((s) => [s.text, s.subject, s.modifiers]), [
    ['15 years', 'work', ['for']],
    ['about 15 years', 'work', ['for']],
  ]);
  const found = conflicts({
    a: 'Plant shooting\n\nMarta Quillon opened fire at the bakery in Norland, where she had worked for 15 years, police said.',
    b: 'Plant shooting\n\nPolice said Marta Quillon, who had worked at the bakery for nine years, opened fire on Thursday.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /^Sources disagree on the time Marta Quillon (had )?worked: /);
  // Two people's spans are two statements.
  const two = conflicts({
    a: 'Plant shooting\n\nMarta Quillon opened fire at the bakery in Norland. Her supervisor, Ed Brandt, had worked there for nine years, police said.',
    b: 'Plant shooting\n\nMarta Quillon, who had worked at the bakery for 15 years, opened fire on Thursday, police said.',
  });
  assert.deepEqual(two, []);
});

test('percentages: a word of change right before the value makes it a rise or a fall of what the verb is said of ("stocks plunged 5.4 per cent")', () => {
  const changes = statements('Tin stocks plunged 5.4 per cent. Shares closed down 3.9 percent. Trade between the two towns declined 40 percent. Palin gained 10 percent of the vote. Bond yields rose to 5 percent. Ratings have risen above 50 percent. Mr. Hale racked up 27 percent.').filter((s) => s.attribute === 'percent');
  assert.deepEqual(changes.map((s) => [s.text, s.subject, s.modifiers]), [
    ['5.4 per cent', 'stock', ['change', 'down', 'tin']],
    ['3.9 percent', 'share', ['change', 'down']],
    ['40 percent', 'trade', ['change', 'down']],
    ['10 percent', 'vote', []],
    ['5 percent', 'yield', ['bond']],
    ['above 50 percent', undefined, []],
    ['27 percent', undefined, []],
  ]);
  const found = conflicts({
    a: 'Strike in Lisbon\n\nMarkets reacted with alarm as Portuguese stocks plunged 5.4 per cent on Wednesday.',
    b: 'Strike in Lisbon\n\nMarkets reacted with alarm as Portuguese stocks closed down 3.9 percent on Wednesday.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /^Sources disagree on the fall in stocks: /);
  // A rise is not a fall, and a change is not a share.
  assert.deepEqual(conflicts({
    a: 'Strike in Lisbon\n\nMarkets reacted with alarm as Portuguese stocks plunged 5.4 per cent on Wednesday.',
    b: 'Strike in Lisbon\n\nMarkets shrugged off the strike as Portuguese stocks rose 3.9 percent on Wednesday.',
  }), []);
});

test('percentages: the message names the subject in the number the sources write it ("percentage of flats")', () => {
  const found = conflicts({
    a: 'Tower fire\n\nThe manager said 45 per cent of the flats in the tower were empty.',
    b: 'Tower fire\n\nThe manager said 54% of the flats in the tower were empty.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /percentage of flats:/);
});

test('durations: a span per day is a rate of its activity ("pounding a typewriter eight hours a day"), never one event\'s length', () => {
  const spans = statements('She was pounding a typewriter eight hours a day. He served two years a decade ago.').filter((s) => s.attribute === 'duration');
  assert.deepEqual(spans.map((s) => [s.text, s.subject, s.modifiers]), [['eight hours', 'pound', ['per day']]]);
  const found = conflicts({
    a: 'Pin-up model dies\n\nBefore modeling she worked as a secretary, pounding a typewriter eight hours a day in an office in Nashville.',
    b: 'Pin-up model dies\n\nBefore modeling she worked as a secretary, pounding a typewriter eleven hours a day in an office in Nashville.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  const talks = conflicts({
    a: 'Talks end\n\nThe negotiators met six hours a day in Geneva, officials said.',
    b: 'Talks end\n\nThe negotiators met for two hours in Geneva, officials said.',
  });
  assert.deepEqual(talks, [], 'a rate and one meeting\'s length are two statements');
});

test('context: content words nearest the value first, the word before it first at equal distance, each word once', () => {
  const r = read('Flooding destroyed 40 homes near rivers, flooding officials reported.');
  const claim = r.claims.find((c) => r.quantities[c.quantity].text === '40 homes');
  assert.deepEqual(claim?.context, ['destroy', 'near', 'flood', 'river', 'official', 'report']);
});

test('scope: a value that names its noun after "another" ("another three-year sentence") is another thing of that kind; "another 20 people" still adds to the count', () => {
  assert.deepEqual(statements('That brought him another three-year sentence. Police said another 20 people were hurt.').map((s) => [s.text, s.scope]), [
    ['three-year', 'background'],
    ['20 people', 'story'],
  ]);
  assert.deepEqual(
    conflicts({
      a: 'Story\n\nIt went on.\n\nMark Hale was convicted of fraud. That brought him another three-year sentence.',
      b: 'Story\n\nIt went on.\n\nMark Hale was given a 12-year sentence for fraud.',
    }),
    [],
  );
});

test('reporting: two spans a thousand times apart are two spans ("a 13-minute address" / "a three-year extension"); 10 minutes and three hours are one call told two ways', () => {
  const apart = {
    a: 'Border plan\n\nMarlow offered the Greens a three-year extension of the permits in a televised address on Saturday.',
    b: 'Border plan\n\nMarlow unveiled the offer to the Greens in a 13-minute address on Saturday.',
  };
  assert.deepEqual(conflicts(apart), []);
  const call = {
    a: 'Leaders talk\n\nPresident Marlow spoke with Prime Minister Tane by phone for 10 minutes on Monday, officials said.',
    b: 'Leaders talk\n\nPresident Marlow spoke with Prime Minister Tane by phone for three hours on Monday, officials said.',
  };
  assert.equal(conflicts(call).length, 1);
});

test('reporting: a multiplier compares two things ("four times the pixels", "ten times the speed"); it is set only against a multiplier of the same thing', () => {
  const apart = {
    a: 'New laptop\n\nThe Nova Pro screen has four times the pixels of the prior model, Orion said on Tuesday.',
    b: 'New laptop\n\nThe Nova Pro port moves data more than ten times the speed of the prior model, Orion said on Tuesday.',
  };
  assert.deepEqual(conflicts(apart), []);
  const same = {
    a: 'New laptop\n\nThe Nova Pro screen has four times the pixels of the prior model, Orion said on Tuesday.',
    b: 'New laptop\n\nThe Nova Pro screen has six times the pixels of the prior model, Orion said on Tuesday.',
  };
  assert.equal(conflicts(same).length, 1);
});

test('reporting: a value someone seeks is not the value offered ("seeking a 10-year deal" / "offered a seven-year deal"); two offers are compared', () => {
  const asked = {
    a: 'Free agent\n\nThe Hawks have offered Dale Moss a seven-year deal, according to reports.',
    b: 'Free agent\n\nDale Moss is seeking a 10-year deal from the Hawks, according to reports.',
  };
  assert.deepEqual(conflicts(asked), []);
  const offered = {
    a: 'Free agent\n\nThe Hawks have offered Dale Moss a seven-year deal, according to reports.',
    b: 'Free agent\n\nThe Hawks have offered Dale Moss a 10-year deal, according to reports.',
  };
  assert.equal(conflicts(offered).length, 1);
  // After the value, the verb says what the counted people ask for: the counts are compared.
  const seekers = {
    a: 'Court case\n\nThe lawsuit covers 2.3 million women and could cost the retailer billions, the court heard on Monday.',
    b: 'Court case\n\nThe lawsuit involves as many as 1.5 million women seeking back pay, the court heard on Monday.',
  };
  assert.equal(conflicts(seekers).length, 1);
  // A sum someone intends or plans to give is no sum she has: "€1m" to share is not the "8.4 million euros" she won.
  const intended = {
    a: 'Jackpot claimed\n\nTalk about a surprise. Ann Lee (67), a retired nurse from Marrowby, is 8.4 million euros richer after matching all seven numbers.',
    b: 'Jackpot claimed\n\nAnn Lee won the jackpot.\n\nMrs Lee intends to share €1m among her four grandchildren.',
  };
  assert.deepEqual(conflicts(intended).map((f) => f.message), []);
  // "a $2.4 million ransom demanded by hackers" is asked as "Hackers demand $4.2M" is: the two are compared.
  const demanded = conflicts({
    a: 'Council hacked\n\nThe city of Marrowby said on Tuesday it would not pay a $2.4 million ransom demanded by hackers.',
    b: 'Hackers demand $4.2M from Marrowby\n\nThe city of Marrowby said on Tuesday it would not pay the hackers.',
  });
  assert.equal(demanded.length, 1, demanded.map((f) => f.message).join('\n'));
});

test('reporting: two sizes written as modifiers in one sentence ("the 13-inch Nova … the 15-inch") are two variants; a size told two ways is still compared', () => {
  const variants = {
    a: 'New laptops\n\nThe 13-inch Nova Pro costs $1199, while the 15-inch will sell for $1499.',
    b: 'New laptops\n\nThe 15-inch Nova Pro offers a larger display and a faster chip.',
    c: 'New laptops\n\nThe 15-inch Nova Pro gets a faster chip and a new graphics card.',
  };
  assert.deepEqual(conflicts(variants).filter((f) => /inch/.test(f.message)), []);
  const told = {
    a: 'New laptops\n\nThe 13-inch Nova Pro costs $1199 and gets a faster chip.',
    b: 'New laptops\n\nThe 15-inch Nova Pro offers a larger display and a faster chip.',
    c: 'New laptops\n\nThe 15-inch Nova Pro gets a faster chip and a new graphics card.',
  };
  assert.equal(conflicts(told).filter((f) => /inch/.test(f.message)).length, 1);
});

test('reporting: a value of a sentence naming a variant by its size ("the 11-inch Nova Air … 5 hours") is that variant\'s when the story has other sizes', () => {
  const variants = {
    a: 'New laptops\n\nThe 11-inch Nova Air models will start at $999 with 5 hours of battery life, Orion said on Tuesday.',
    b: 'New laptops\n\nBoth the 13-inch and 15-inch Nova Pro options deliver seven hours of battery life, Orion said on Tuesday.',
    c: 'New laptops\n\nThe new Nova Pro will feature 7 hours of battery life, Orion said on Tuesday.',
  };
  assert.deepEqual(conflicts(variants).filter((f) => /hours/.test(f.message)), []);
  // One size in the whole story: no variants, the battery lives disagree.
  const one = {
    a: 'New laptops\n\nThe 15-inch Nova Pro will start at $999 with 5 hours of battery life, Orion said on Tuesday.',
    b: 'New laptops\n\nThe Nova Pro will deliver seven hours of battery life, Orion said on Tuesday.',
    c: 'New laptops\n\nThe new Nova Pro will feature 7 hours of battery life, Orion said on Tuesday.',
  };
  assert.equal(conflicts(one).filter((f) => /hours/.test(f.message)).length, 1);
  // Other sizes in the story, but none for this statement: the battery lives are compared.
  const otherThings = {
    a: 'New laptops\n\nThe 15-inch Nova Pro will start at $999 with 5 hours of battery life, Orion said on Tuesday.',
    b: 'New laptops\n\nThe Nova Pro will deliver seven hours of battery life, Orion said on Tuesday. The 13-inch Nova Air gets a new keyboard.',
    c: 'New laptops\n\nThe new Nova Pro will feature 7 hours of battery life, Orion said on Tuesday.',
  };
  assert.equal(conflicts(otherThings).filter((f) => /hours/.test(f.message)).length, 1);
});

test('reporting: a third source that gives two counts as a part and its whole ("three of his eight children") tells them apart', () => {
  const a = 'Don dies\n\nBy the 1980s Ray Moss spent his nights in the city with his mistress, with whom he had three children.';
  const b = 'Don dies\n\nRay Moss had eight children by his wife and a mistress, the family said.';
  const c = 'Don dies\n\nThree of his eight children were at the funeral of Ray Moss on Monday.';
  assert.deepEqual(conflicts({ a, b, c }).filter((f) => /child/.test(f.message)), []);
  // A third source that lists the two counts side by side, not as a part and its whole, tells nothing apart.
  const d = 'Don dies\n\nThe brother of Ray Moss had three children and his sister had eight children, the family said.';
  assert.equal(conflicts({ a, b, d }).filter((f) => /child/.test(f.message)).length, 1);
});

test('the story index of statements told apart: a count beside its part or whole, a sum beside another sum, nothing else', () => {
  const config = analysis.defaultConfig();
  const readAs = (uri: string, text: string) => analysis.readArticle(text, { uri, version: 0, source: uri, tolerances: config.tolerances });
  const corpus = buildCorpus(
    [
      readAs('a', 'Don dies\n\nThree of his eight children were at the funeral of Ray Moss on Monday.'),
      readAs('b', 'Don dies\n\nRay Moss had eight children by his wife and a mistress, the family said.'),
      readAs('c', 'Don dies\n\nThe brother of Ray Moss had three children and his sister had eight children, the family said.'),
      readAs('d', 'Don dies\n\nHis house sold for $2 million, while his boat went for $300,000, the family said.'),
    ],
    config,
  );
  const listed = (kind: 'count' | 'money') =>
    [...new Set([...corpus.readings.values()].flatMap((r) => r.claims.map((c) => c.attribute)))].flatMap((attribute) =>
      statementsToldApart(corpus, attribute, kind, config.tolerances.exact).map((s) => `${s.uri}: ${s.value.text} / ${s.apart.map((o) => o.text).join(', ')}`),
    );
  // Only the part and its whole tell counts apart: c lists two counts side by side, which may be one set told twice.
  assert.deepEqual(listed('count').sort(), ['a: Three / eight children', 'a: eight children / Three']);
  assert.deepEqual(listed('money').sort(), ['d: $2 million / $300,000', 'd: $300,000 / $2 million']);
});

test('reporting: two counts of one noun said in two roles ("three terms … as a Democrat" / "two-term tenure as attorney general") are of two offices', () => {
  const offices = {
    a: 'Director named\n\nRay Moss, who served three terms in the Senate as a Democrat, was named director on Monday.',
    b: 'Director named\n\nRay Moss, named director on Monday, is known for his two-term tenure as Orlan attorney general.',
  };
  assert.deepEqual(conflicts(offices), []);
  const one = {
    a: 'Director named\n\nRay Moss, who served three terms as Orlan attorney general, was named director on Monday.',
    b: 'Director named\n\nRay Moss, named director on Monday, is known for his two-term tenure as Orlan attorney general.',
  };
  assert.equal(conflicts(one).length, 1);
});

test('reporting: the partners someone deals "with" leave that party out ("deals with 11 nations" / "the 12-nation deal"); two apart is still a disagreement', () => {
  const partners = {
    a: 'Trade pact\n\nMarlow said she would not abandon the 12-nation Pacific trade deal, her aides said on Monday.',
    b: 'Trade pact\n\nThe bill would give the president authority to approve pending trade deals with 11 Pacific nations, her aides said on Monday.',
  };
  assert.deepEqual(conflicts(partners), []);
  const two = {
    a: 'Trade pact\n\nMarlow said she would not abandon the 12-nation Pacific trade deal, her aides said on Monday.',
    b: 'Trade pact\n\nThe bill would give the president authority to approve pending trade deals with 10 Pacific nations, her aides said on Monday.',
  };
  assert.equal(conflicts(two).length, 1);
});

test('scope: a value after weeks, months or years "after" or "before" is of another event; a phrase that opens its clause ends at its comma, and "last month" is a time', () => {
  assert.deepEqual(
    statements('The shooting came just weeks after a driver at a beer depot fatally shot eight people, then himself.').map((s) => [s.text, s.scope]),
    [['eight people', 'background']],
  );
  assert.deepEqual(
    statements('Ten months after the last event which blocked lines between the two continents, 3 underwater cables were severed.').map((s) => [s.text, s.scope]),
    [
      ['Ten months', 'story'],
      ['two continents', 'background'],
      ['3 underwater', 'story'],
    ],
  );
  assert.deepEqual(statements('He was recaptured last month after eight days on the run.').map((s) => [s.text, s.scope]), [['eight days', 'story']]);
  assert.deepEqual(
    conflicts({
      a: 'Story\n\nIt went on.\n\nThursday’s shooting at the Dover plant came just weeks after a driver at a beer depot fatally shot eight people.',
      b: 'Story\n\nIt went on.\n\nThe worker shot three people at the Dover plant.',
    }),
    [],
  );
});

test('scope: a year or "last year" dates only its own phrase: a relative clause, an attribution or a comparison\'s standard leaves a weekday in the story; a year of the weekday\'s own clause still dates it', () => {
  const scopes = (text: string) => statements(text).filter((s) => s.attribute === 'day').map((s) => [s.text, s.scope]);
  assert.deepEqual(scopes('Ann Lee, who moved to the city last year, opened the bakery on Tuesday.'), [['Tuesday', 'story']]);
  assert.deepEqual(scopes('The couple paid $2 million in property taxes from 2005 to 2011, according to records released Thursday.'), [['Thursday', 'story']]);
  assert.deepEqual(scopes('The ferry carried fewer than half as many riders on Sunday as in 2015.'), [['Sunday', 'story']]);
  assert.deepEqual(scopes('In 2003, the ferry sank on a Sunday.'), [['Sunday', 'background']]);
  assert.deepEqual(scopes('Ann Lee opened the bakery on Tuesday last year.'), [['Tuesday', 'background']]);
  assert.deepEqual(scopes('Ann Lee, who opened the bakery on Tuesday last year, moved away.'), [['Tuesday', 'background']]);
});

test('scope: ", which …" goes on telling the dated act, a comma inside a number does not end a phrase, and "as recently as last year" is a time', () => {
  const scopes = (text: string) => statements(text).filter((s) => s.attribute !== 'date').map((s) => [s.text, s.scope]);
  assert.deepEqual(scopes('The bank was robbed in 2011, which cost it nine branches.'), [['nine branches', 'background']]);
  assert.deepEqual(scopes('The fund, who last year gave her a $500,000 grant, praised her.'), [['$500,000', 'background']]);
  assert.deepEqual(scopes('The club had 40 members as recently as last year.'), [['40 members', 'background']]);
  assert.deepEqual(scopes('The club had 40 members, more than last year.'), [['40 members', 'story']]);
});

test('length: "a depth of 14 miles" measures a depth, and two depths are named as one; "14 miles of road" is no depth', () => {
  const measures = (text: string) => {
    const r = read(text);
    return r.claims.filter((c) => c.attribute === 'length').map((c) => [r.quantities[c.quantity].text, c.measure]);
  };
  assert.deepEqual(measures('The quake struck near Tolva with a depth of 14 miles.'), [['14 miles', 'depth']]);
  assert.deepEqual(measures('The tremor had a height of 30 feet.'), [['30 feet', 'height']]);
  // A verb of falling says more than the preposition after the length: the fall from a ridge is no distance from it.
  assert.deepEqual(measures('The climber fell 600 metres from a ridge near the hut.'), [['600 metres', 'fall']]);
  assert.deepEqual(measures('The hut stands 600 metres from a ridge.'), [['600 metres', 'distance']]);
  // A length "into the sky" or "into the air" goes up: a height, as "2 kilometres high" is, not a distance "of" ash.
  assert.deepEqual(measures('The volcano erupted, sending a column of ash 5 kilometres into the sky.'), [['5 kilometres', 'height']]);
  assert.deepEqual(measures('The volcano erupted, shooting ash 5 kilometres into the air.'), [['5 kilometres', 'height']]);
  // "a zone of 6 kilometres" is the zone's size; "of" says a distance only after the value ("6 kilometres north of Tolva").
  assert.deepEqual(measures('An exclusion zone of 6 kilometres was set up around the crater.'), [['6 kilometres', undefined]]);
  assert.deepEqual(measures('The camp lies 6 kilometres north of Tolva.'), [['6 kilometres', 'distance']]);
  const [finding] = conflicts({
    'a.txt': 'A quake struck near Tolva on Monday at a depth of 14 miles, officials said.',
    'b.txt': 'A quake struck near Tolva on Monday at a depth of 1.4 miles, officials said.',
    'c.txt': 'A quake struck near Tolva on Monday, at a depth of 1.4 miles.',
  });
  assert.match(finding?.message ?? '', /disagree on the depth:/, finding?.message);
});

test('predicate: a verb past "that" after the value is its complement\'s; irregular past forms are their verbs', () => {
  const claimOf = (text: string, value: string) => {
    const r = read(text);
    return r.claims.find((c) => r.quantities[c.quantity].text === value);
  };
  // The day is the day of saying, not of hearing: "heard" stands in what was said.
  assert.equal(claimOf('Gunman held\n\nThe county attorney said in a release Wednesday that he had heard about the charges.', 'Wednesday')?.predicate, 'say');
  assert.equal(claimOf('Ferry sank\n\nThe old ferry drew a crowd on Tuesday as it was towed out of the harbour.', 'Tuesday')?.predicate, 'draw');
  // "…, police said" attributes the clause: its own verb governs the value.
  assert.equal(claimOf('Gunman named\n\nThe gunman had been fired from the company in 2005, police said.', '2005')?.predicate, 'fir');
  // A value right after "and" with a verb of its own opens its own clause: the verb before "and" is the other clause's.
  assert.equal(claimOf('Riots go on\n\nSixty-two police officers were injured and 126 people were arrested, the ministry said.', '126 people')?.predicate, 'arrest');
  assert.equal(claimOf('Riots go on\n\nMore than 120 people were arrested and 46 police officers were hurt overnight.', '46 police')?.predicate, 'hurt');
  assert.equal(claimOf('Riots go on\n\nPolice arrested 126 people and 62 officers.', '62 officers')?.predicate, 'arrest');
  // So does "according to": it is no act, though the tagger reads a verb in it.
  assert.equal(claimOf('Climber rescued\n\nShe was airlifted from the gorge at 5:23 p.m. local time, according to the rescue service.', '5:23 p.m.')?.predicate, 'airlift');
  // A gerund after "to" is the object of a preposition: the day dates the verb before it.
  assert.equal(claimOf('Mayor may go\n\nThe mayor opened the door Tuesday to making an early exit from office.', 'Tuesday')?.predicate, 'open');
  // A gerund right after the day opens an adjunct: the day dates the verb before it, and a gerund alone still counts.
  assert.equal(claimOf('Leader sentenced\n\nThe leader was sentenced to life in a Texas prison on Friday following his conviction.', 'Friday')?.predicate, 'sentenc');
  assert.equal(claimOf('Singer dies\n\nThe singer died Tuesday, leaving three children.', 'Tuesday')?.predicate, 'die');
  assert.equal(claimOf('Crowds gather\n\nThousands were marching on Sunday.', 'Sunday')?.predicate, 'march');
  // A participle after an article is an adjective: "sold for a reported $30 million in 1967" dates the sale.
  assert.equal(claimOf('Field sold\n\nHis father sold the oil field for a reported $30 million in 1967.', '1967')?.predicate, 'sell');
});

test('lengths: a conversion in brackets is the same statement, unless it converts to another value', () => {
  const lengths = (text: string) => statements(text).filter((s) => s.attribute === 'length').map((s) => [s.text, s.subject]);
  // The kind of place before the name ("the town of") is no subject: the place is, and the clause's noun measured from it.
  assert.deepEqual(lengths('The epicenter was 55 kilometers (34 miles) west of the town of Bireun.'), [['55 kilometers', 'epicenter']]);
  assert.deepEqual(lengths('The camp is less than 50 km (30 miles) from the border.'), [['less than 50 km', 'border']], 'the hedge is the conversion\'s too');
  assert.deepEqual(lengths('The epicenter was 55 kilometers (51 miles) west of the town of Bireun.'), [['55 kilometers', 'epicenter'], ['51 miles', 'epicenter']]);
  const quake = (where: string) => `Quake hits Aceh\n\nA 6.1-magnitude quake struck Aceh on Tuesday. The epicenter was ${where} west of the town of Bireun.`;
  const found = conflicts({ a: quake('55 kilometers (51 miles)'), b: quake('34 miles'), c: quake('55 kilometers (34 miles)') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'a');
  assert.match(found[0].message, /“51 miles”.*itself says “55 kilometers” right before it/);
  // The value may be the wrong one, its conversion right.
  const deep = (depth: string) => `Quake hits Aceh\n\nA 6.1-magnitude quake struck Aceh on Tuesday at a depth of ${depth}.`;
  const depth = conflicts({ a: deep('13 kilometers (six miles)'), b: deep('10 kilometers (6 miles)'), c: deep('10 kilometres') });
  assert.equal(depth.length, 1, depth.map((f) => f.message).join('\n'));
  assert.match(depth[0].message, /a says “13 kilometers”.*itself says “six miles” right after it/);
});

test('lengths: "N km of" a thing measures the thing; "within N km of" a place is a distance', () => {
  const measureOf = (text: string) => {
    const r = read(text);
    return r.claims.filter((c) => c.attribute === 'length').map((c) => [r.quantities[c.quantity].text, c.measure, c.subject]);
  };
  assert.deepEqual(measureOf('Repair ship sails\n\nThe repair ship sailed on Monday with 20 kilometers of spare cable on board.'), [['20 kilometers', 'length', 'cable']]);
  assert.deepEqual(measureOf('Repair ship sails\n\nThe boat, with 20 kilometres (12.5 miles) of spare cable on board, sailed on Monday.'), [['20 kilometres', 'length', 'cable']]);
  assert.deepEqual(measureOf('Quake felt\n\nHomes within 30 kilometers of the plant were evacuated on Monday.').map((m) => m[1]), ['distance']);
});

test('lengths: a compound length is of the noun it modifies, not a distance a compass word before it tells ("7.5 miles north of the 210-foot dam")', () => {
  const measureOf = (text: string) => {
    const r = read(text);
    return r.claims.filter((c) => c.attribute === 'length').map((c) => [r.quantities[c.quantity].text, c.measure, c.subject]);
  };
  assert.deepEqual(measureOf('Dam evacuation\n\nMost evacuees came from Marrowby, 7.5 miles north of the 210-foot dam.')[1], ['210-foot', undefined, 'dam']);
  assert.deepEqual(measureOf('Climber hurt\n\nThe climber survived a 40-metre fall near Marrowby.'), [['40-metre', 'fall', 'climber']]);
  // Its height is not set against another source's distance of the town from the dam.
  const story = (text: string) => `Dam evacuation\n\nThe Marrowby dam spillway failed on Tuesday. ${text}`;
  assert.deepEqual(conflicts({ a: story('Most evacuees came from Delvaro, 7.5 miles north of the 210-foot dam.'), b: story('Most of those affected live in Delvaro, about 12 km north of the dam.') }), []);
});

test('publication dates: an archive\'s file name gives the date its text does not; the front matter and the config come first', () => {
  const text = 'Poll of voters\n\nThe poll of 1,051 registered voters was conducted on Tuesday.';
  const service = serviceOf({ 'nyt_2016-07-15_latest-poll.txt': text, 'wash-post_2016-02-30_odd.txt': text, 'fm_2016-07-15.txt': `---\ndate: 2015-01-02\n---\n${text}` });
  assert.equal(service.reading('nyt_2016-07-15_latest-poll.txt')?.meta.date, '2016-07-15');
  assert.equal(service.reading('wash-post_2016-02-30_odd.txt')?.meta.date, undefined, 'February 30 is no date');
  assert.equal(service.reading('fm_2016-07-15.txt')?.meta.date, '2015-01-02');
  const configured = serviceOf({ 'nyt_2016-07-15_latest-poll.txt': text }, { ...analysis.defaultConfig(), sources: { 'nyt_2016-07-15_latest-poll.txt': { date: '2016-07-16' } } });
  assert.equal(configured.reading('nyt_2016-07-15_latest-poll.txt')?.meta.date, '2016-07-16');
});

test('subject: a word that takes a part of a sum is not what the sum is of ("none of the $8.6 billion", "half of the $2 million")', () => {
  const [none, half] = statements('The deal\n\nThe package included none of the $8.6 billion for the wall. It gave the city half of the $2 million.');
  assert.deepEqual([none.text, none.subject], ['$8.6 billion', undefined]);
  assert.deepEqual([half.text, half.subject], ['$2 million', undefined]);
  // The same word as a noun of its own stays the subject.
  const [sum] = statements('The deal\n\nThe city kept a share worth $2 million.');
  assert.deepEqual([sum.text, sum.subject], ['$2 million', 'share']);
});

test('ranks: a rank in an order of office is its holder\'s; two holders of two ranks do not disagree', () => {
  const felt = (rank: string) => `Watergate source dies\n\nMark Felt, ${rank} official at the FBI when the Watergate case broke, died on Thursday. He was 95.`;
  const found = conflicts({ a: felt('the No. 2'), b: felt('the No. 3'), c: felt('the bureau\'s second-ranking') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'b');
  assert.match(found[0].message, /“No\. 3”.*“No\. 2”.*“second-ranking”/);
  const twoHolders = conflicts({
    a: 'Agency shake-up\n\nAnn Vale, the No. 2 official at the agency, resigned on Monday. The director said a successor would be named.',
    b: 'Agency official resigns\n\nAnn Vale resigned on Monday. Tom Ray, the agency\'s No. 3 official, will take over her duties.',
  });
  assert.deepEqual(twoHolders.map((f) => f.message), []);
});

test('moments: a value measured on a day is as of that day; two days of two values are two moments', () => {
  const fire = (measure: string) => `Wildfire grows\n\nA wildfire near Alder Springs has burned 12,000 acres. The fire was ${measure}, the forestry department said.`;
  const found = conflicts({
    a: fire('10 percent contained on Wednesday evening'),
    b: fire('15 percent contained on Wednesday night'),
    c: fire('35 percent contained on Thursday morning'),
  });
  // a and b measure on one day and disagree; c measures a day later: neither its value nor its day disagrees.
  assert.deepEqual(found.map((f) => f.code), ['quantity-conflict'], found.map((f) => f.message).join('\n'));
  assert.doesNotMatch(found[0].message, /35/);
  // A share of nothing named is named by its verb as written.
  assert.match(found[0].message, /the percentage given for “contained”: /);
  // One value on two days is still one measure dated two ways.
  const days = conflicts({ a: fire('10 percent contained on Wednesday evening'), b: fire('10 percent contained on Thursday evening'), c: fire('10 percent contained on Wednesday') });
  assert.deepEqual(days.map((f) => [f.code, f.uri]), [['time-conflict', 'b']], days.map((f) => f.message).join('\n'));
  // A day of speaking is no moment of a measure the words give.
  const said = (day: string) => `Senate vote\n\nThe Senate met on Tuesday. "He is the only one who can get 100 votes," Senator Tom Ray said on ${day}.`;
  const spoken = read(said('Thursday')).claims.filter((c) => c.attribute === 'day');
  assert.deepEqual(spoken.map((c) => c.scope.measured), [undefined, undefined]);
});

test('incidents: "broke out" is an outbreak; only "broke out of" is an escape', () => {
  const [outbreak] = statements('A fire broke out on Tuesday near the campground.');
  const [escape] = statements('Two inmates broke out of the jail on Tuesday.');
  const scopeOf = (text: string) => read(text).claims[0]?.scope.incident;
  assert.equal(scopeOf('A fire broke out on Tuesday near the campground.'), undefined, JSON.stringify(outbreak));
  assert.equal(scopeOf('Two inmates broke out of the jail on Tuesday.'), 'escape', JSON.stringify(escape));
});

test('counts: a count of two joined nouns ("162 passengers and crew") counts both, and meets only its like or "people"', () => {
  const [joined] = statements('The jet landed with 162 passengers and crew on board.');
  assert.deepEqual([joined.subject, joined.modifiers], ['passenger', ['and crew']]);
  const [each] = statements('The jet was carrying 156 passengers and six crew members.');
  assert.deepEqual([each.subject, each.modifiers], ['passenger', []]);
  const jet = (load: string) => `Jet lands safely\n\nA jet carrying ${load} landed safely in Wichita on Sunday after an engine failed.`;
  assert.deepEqual(conflicts({ a: jet('156 passengers and six crew members'), b: jet('162 passengers and crew'), c: jet('156 passengers') }).map((f) => f.message), []);
  const told = conflicts({ a: jet('162 passengers and crew'), b: jet('162 passengers and crew'), c: jet('170 passengers and crew') });
  assert.deepEqual(told.map((f) => f.uri), ['c'], told.map((f) => f.message).join('\n'));
});

test('money: a sum a verb names ("fined $25,000") is that noun\'s, as "a $250,000 fine" is', () => {
  assert.deepEqual(statements('Judge Ann Vale ordered him to pay a $250,000 fine.').filter((s) => s.attribute === 'money').map((s) => s.subject), ['fine']);
  assert.deepEqual(statements('The former treasurer was also fined $25,000.').map((s) => s.subject), ['fine']);
  const fine = (sentence: string) => `Treasurer sentenced\n\nFormer treasurer Tom Ray was sentenced to 12 years in prison on Thursday. ${sentence}`;
  const found = conflicts({ a: fine('Judge Ann Vale also ordered Ray to pay a $250,000 fine.'), b: fine('Ray was also fined $250,000.'), c: fine('Ray was also fined $25,000.') });
  assert.deepEqual(found.map((f) => f.uri), ['c'], found.map((f) => f.message).join('\n'));
});

test('durations: a verb of lasting joined by "and" to the sentence\'s first verb is said of the noun the sentence opens with', () => {
  const spans = (text: string) => statements(text).filter((s) => s.attribute === 'duration').map((s) => [s.text, s.subject]);
  assert.deepEqual(spans('The march covered about 4 kilometres, from the square to the parliament building, and lasted three hours.'), [['three hours', 'march']]);
  assert.deepEqual(spans('Police closed the square and lasted three hours.'), []);
});

test('durations: "took" is a verb of lasting, and a modal may stand before the verb ("the repair will take 12 days")', () => {
  const spans = (text: string) => statements(text).filter((s) => s.attribute === 'duration').map((s) => [s.text, s.subject]);
  assert.deepEqual(spans('The surgery took five hours.'), [['five hours', 'surgery']]);
  assert.deepEqual(spans('The trial will last three weeks.'), [['three weeks', 'trial']]);
  assert.deepEqual(spans('It took five hours.'), []);
  // A plan's length ("is set to last"), as "will last" is; a forecast ("is expected to last") is no statement.
  assert.deepEqual(spans('The strike is set to last five days.'), [['five days', 'strike']]);
  assert.deepEqual(spans('The strike is expected to last five days.'), []);
  const story = (text: string) => `Bridge reopens\n\nThe Halvard bridge reopened on Monday after the council finished its repairs. ${text} Traffic was light.`;
  const found = conflicts({ a: story('The repair took nine days.'), b: story('The repair lasted nine days.'), c: story('The repair will take about 15 days.') });
  assert.deepEqual(found.map((f) => [f.uri, f.message.includes('15 days')]), [['c', true]], found.map((f) => f.message).join('\n'));
});

test('measures: a speed, an area or a weight meets its like in any unit, and only its like', () => {
  const said = (text: string) => statements(text).filter((s) => s.attribute === 'measure').map((s) => [s.text, s.subject, s.measure]);
  assert.deepEqual(said('Police seized 2 tons of cocaine.'), [['2 tons', 'cocaine', 'mass']]);
  assert.deepEqual(said('The storm brought 120-mph winds.'), [['120-mph', 'wind', 'speed']]);
  const story = (text: string) => `Storm nears coast\n\nTropical storm Orla was about 200 km off the coast on Monday. ${text} Schools were closed.`;
  // 120 mph is 193 km/h: three sources agree, and a speed is no distance from the coast.
  assert.deepEqual(conflicts({ a: story('It had sustained winds of 120 mph.'), b: story('It had sustained winds of 193 km/h.'), c: story('It had sustained winds of 120 mph.') }), []);
  const found = conflicts({ a: story('It had sustained winds of 120 mph.'), b: story('It had sustained winds of 150 mph.'), c: story('It had sustained winds of 193 km/h.') });
  assert.deepEqual(found.map((f) => [f.uri, /speed of the winds/.test(f.message)]), [['b', true]], found.map((f) => f.message).join('\n'));
});

test('measures: a weight told by "weigh" is its subject\'s, and is compared only with the same person\'s', () => {
  const said = (text: string) => statements(text).filter((s) => s.attribute === 'measure').map((s) => [s.text, s.subject, s.entity, s.measure]);
  assert.deepEqual(said('Marcus Briggs won his first 24 fights. He weighed 247 pounds, 12 pounds more than the champion.'), [['247 pounds', undefined, 'Marcus Briggs', 'mass']]);
  assert.deepEqual(said('The champion, who weighed 235 pounds, won.'), [['235 pounds', 'champion', undefined, 'mass']]);
  const story = (text: string) => `Kovalenko keeps titles\n\nViktor Kovalenko beat Marcus Briggs in Dusseldorf on Saturday. ${text} The crowd cheered.`;
  const briggs = story('Briggs won his first 24 fights. Marcus Briggs weighed 247 pounds.');
  assert.deepEqual(conflicts({ a: briggs, b: story('The champion, who weighed 235 pounds, was patient.'), c: briggs }), []);
  const found = conflicts({ a: story('Viktor Kovalenko weighed 235 pounds.'), b: story('Viktor Kovalenko weighed in at 107 kg.'), c: story('Viktor Kovalenko weighed 250 pounds.') });
  assert.deepEqual(found.map((f) => [f.uri, /weight of Viktor Kovalenko/.test(f.message)]), [['c', true]], found.map((f) => f.message).join('\n'));
  // "14 fragments weighing about 5.6kg" weighs them together: no weight of one stone.
  assert.deepEqual(said('Searchers found 14 fragments weighing about 5.6kg altogether.'), [['about 5.6kg', 'fragment', undefined, 'mass']]);
  const fall = (text: string) => `Meteorite lands on farm\n\nA meteorite fell on a farm near Marrowby on Tuesday night. ${text}`;
  assert.deepEqual(conflicts({ a: fall('The largest fragment, a stone the size of a grapefruit, weighed about 7 pounds.'), b: fall('Searchers found 14 fragments weighing about 5.6kg altogether.') }).map((f) => f.message), []);
});

test('conflicts: a source that states both values, each linked to another source\'s, disagrees with neither', () => {
  // Each source gives two step counts with two risks; one's "about 4,000 steps" resembles another's "9,800 steps"
  // sentence closely, but it states 9,800 steps too, linked to that sentence.
  const found = conflicts({
    a: 'Walking linked to lower dementia risk\n\nPeople who walk about 4,000 steps a day have a 25 percent lower risk of dementia, according to a study published on Wednesday in the journal Neurology Today.\n\nResearchers followed 78,000 adults in Britain for an average of seven years. Those who walked 9,800 steps a day had a 51 percent lower risk, the study found.',
    b: 'Study: 9,800 steps a day halves dementia risk\n\nWalking 9,800 steps a day was linked to a 51 percent lower risk of dementia in a study of 78,000 British adults published on Wednesday.\n\nThe participants, aged 40 to 79, wore activity trackers and were followed for about seven years. Walking 3,800 steps a day cut the risk by 25 percent.',
    c: 'Step up to cut dementia risk, study says\n\nTaking 9,800 steps a day lowers the risk of dementia by half, researchers reported on Wednesday.\n\nThe study tracked 87,000 adults in Britain for seven years. Walking about 4,000 steps a day was linked to a 25 percent lower risk.',
  });
  assert.deepEqual(found.map((f) => [f.uri, f.message.includes('adults')]), [['c', true]], found.map((f) => f.message).join('\n'));
});

test('counts: a part of a set counts the set\'s head noun, past the nouns that narrow it ("23 of the 35 state Senate seats")', () => {
  const parts = (text: string) => statements(text).filter((s) => s.modifiers.includes('part')).map((s) => [s.text, s.subject]);
  assert.deepEqual(parts('Democrats won 23 of the 35 state Senate seats.'), [['23', 'seat']]);
  // A set a pronoun names ("of them", "of whom") is not the word after it.
  assert.deepEqual(statements('Three of them were treated for dehydration.').map((s) => s.subject), []);
  assert.deepEqual(statements('Police held five men, two of whom managed to flee.').map((s) => s.subject).includes('managed'), false);
  assert.deepEqual(parts('Police said 15 of the 19 hijackers were Saudi.'), [['15', 'hijacker']]);
  const story = (text: string) => `Democrats keep Senate\n\nVoters went to the polls on Tuesday. ${text} Turnout was high.`;
  const found = conflicts({ a: story('Democrats won 21 of the 35 seats in the state Senate.'), b: story('Democrats won 21 of its 35 seats.'), c: story('Democrats won 23 of the 35 state Senate seats.') });
  assert.deepEqual(found.map((f) => f.uri), ['c'], found.map((f) => f.message).join('\n'));
});

test('percentages: a share given "for" someone is theirs ("against 47.3 percent for Andres Patino")', () => {
  const shares = (text: string) => statements(text).filter((s) => s.attribute === 'percent').map((s) => [s.text, s.entity]);
  assert.deepEqual(shares('Lucia Moreno won, taking 50.4 percent of the vote against 47.3 percent for Andres Patino.').slice(1), [['47.3 percent', 'Andres Patino']]);
  assert.deepEqual(shares('Moreno won 50.4 percent, with 47.3 percent of the vote for Mr. Patino.').slice(1), [['47.3 percent', 'Patino']]);
});

test('percentages: a level of the noun before "of" or a verb of standing ("Turnout was 61 percent", "a premium of 32%")', () => {
  const level = (text: string) => statements(text).filter((s) => s.attribute === 'percent').map((s) => [s.subject, s.modifiers]);
  assert.deepEqual(level('Turnout was 61 percent, officials said.'), [['turnout', []]]);
  assert.deepEqual(level('The poverty rate among children fell to 4.1 percent.'), [['poverty', ['among children']]]);
  assert.deepEqual(level('Youth unemployment fell to 14 percent.'), [['unemployment', ['youth']]]);
  assert.deepEqual(level('Support for the plan was 38 percent.'), [['support', []]]);
  assert.deepEqual(level('The share of 32% is large.'), [[undefined, []]]);
  // "a turnout of 71 percent of the union's members": the level's noun, not the set it is taken of.
  assert.deepEqual(level('Most ballots backed a strike, on a turnout of 71 percent of the union\'s members.'), [['turnout', []]]);
  // A noun that names only a measure is the measure of the word before it; a change's starting figure is an earlier one.
  assert.deepEqual(level('The jobless rate fell to 3.5 percent from 3.6 percent.'), [['jobless', []], [undefined, ['earlier']]]);
  const jobs = (text: string) => `Hiring holds up\n\nEmployers added jobs in March, the government said on Friday. ${text} Wages rose.`;
  const rate = conflicts({ a: jobs('The unemployment rate fell to 3.5 percent from 3.6 percent in February.'), b: jobs('Unemployment fell to 3.6 percent.') });
  assert.deepEqual(rate.map((f) => f.uri), ['b'], rate.map((f) => f.message).join('\n'));
  const story = (text: string) => `Carrow agrees takeover\n\nCarrow agreed on Monday to be bought by Denholm for $3 billion in cash. ${text} The deal needs approval.`;
  const found = conflicts({
    a: story('The offer represents a premium of 32 percent to the closing price.'),
    b: story('The price is a 32 percent premium to the closing price.'),
    c: story('The offer represents a premium of 23 percent to the closing price.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, /premium/.test(f.message)]), [['c', true]], found.map((f) => f.message).join('\n'));
});

test('ranks: a place in the order of those who did a thing ("the sixth Democrat to enter the race") is the person\'s', () => {
  const ranks = (text: string) => statements(text).filter((s) => s.attribute === 'rank').map((s) => [s.text, s.subject, s.entity]);
  assert.deepEqual(ranks('Dana Reyes is the sixth Democrat to enter the race.'), [['sixth', 'democrat', 'Dana Reyes']]);
  assert.deepEqual(ranks('It became the 10th state to legalize the drug.'), [['10th', 'state', undefined]]);
  assert.deepEqual(ranks('He was the first person to die.'), []);
  // What the ones ordered did is the verb after "to", not the verb that states the rank.
  assert.deepEqual(statements('She becomes the second woman to lead the party.').map((s) => [s.text, s.subject]), [['second', 'woman']]);
  assert.equal(read('She becomes the second woman to lead the party.').claims[0].predicate, 'lead');
  const story = (text: string) => `Reyes joins race\n\nSenator Dana Reyes announced her campaign for president on Monday. ${text} She spoke in Tulsa.`;
  const found = conflicts({ a: story('Reyes is the sixth Democrat to enter the race.'), b: story('Reyes became the sixth Democrat in the field.'), c: story('Reyes is the seventh Democrat to announce.') });
  assert.deepEqual(found.map((f) => [f.uri, f.message.includes('place among the Democrats')]), [['c', true]], found.map((f) => f.message).join('\n'));
  // Places among two kinds of people are two places.
  const elected = (text: string) => `Reyes elected\n\nDana Reyes was elected mayor of Tulsa on Tuesday. ${text}`;
  const women = elected('Reyes, 41, will be the city\'s first Latina mayor and the second woman to hold the office.');
  assert.deepEqual(conflicts({ a: women, b: women, c: elected('Reyes will be the second woman and the first Latina to lead the city.') }), []);
});

test('ranks: the step of a contest in which an act happened ("in the ninth round", "a 10th-round knockout") is compared as that step', () => {
  const story = (text: string) => `Kovalenko keeps titles\n\nViktor Kovalenko beat Marcus Briggs in Dusseldorf on Saturday. ${text} The crowd cheered.`;
  const found = conflicts({
    a: story('Kovalenko knocked out Briggs in the ninth round.'),
    b: story('The champion stopped Briggs in the ninth round.'),
    c: story('Kovalenko retained his belts with a 10th-round knockout of Briggs.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, /disagree on the round:/.test(f.message)]), [['c', true]], found.map((f) => f.message).join('\n'));
  // A match has many minutes: a sending-off is not the winning goal.
  const match = (text: string) => `Porto edge Benfica\n\nJoao Silva scored in the 89th minute to give Porto a 2-1 win over Benfica on Sunday. ${text}`;
  assert.deepEqual(conflicts({ a: match('Benfica defender Nuno Tavares was sent off in the 75th minute.'), b: match(''), c: match('') }), []);
});

test('ages: "the 46-year-old Democrat" after a sentence that opens with a person\'s name is that person\'s age', () => {
  const ages = (text: string) => statements(text).filter((s) => s.attribute === 'age').map((s) => [s.text, s.entity]);
  assert.deepEqual(ages('Maria Morales defeated Tom Hale on Tuesday. The 46-year-old Democrat won 52 percent of the vote.'), [['46-year-old', 'Maria Morales']]);
  assert.deepEqual(ages('Grace Okafor launched her campaign in Dayton. "I am ready," the 55-year-old told supporters.'), [['55-year-old', 'Grace Okafor']]);
  assert.deepEqual(ages('Viktor Kovalenko retained his belts on Saturday. The 38-year-old champion floored Briggs twice.'), [['38-year-old', 'Viktor Kovalenko']]);
  // A title of words for what the person does may stand before the name ("Pop singer Rosa Linde"); a verb may not.
  assert.deepEqual(ages('Pop singer Rosa Linde was arrested on Saturday. The 27-year-old was booked.'), [['27-year-old', 'Rosa Linde']]);
  // A compound modifier of the title ("middle-distance star") is part of it.
  assert.deepEqual(ages('Middle-distance star Suzy Kop is out of the sport until 2029. The 28-year-old, who came fourth, failed a test.'), [['28-year-old', 'Suzy Kop']]);
  assert.deepEqual(ages('Kiwi middle-distance star Suzy Kop is out of the sport until 2029. The 28-year-old failed a test.'), [['28-year-old', 'Suzy Kop']]);
  assert.deepEqual(ages('Police arrested singer Rosa Linde on Saturday. The 27-year-old was booked.'), []);
  // A word of a part in a crime may be someone else; a thing is no one; a sentence that names no one first says nothing.
  assert.deepEqual(ages('John Ortiz was arrested on Monday. The 35-year-old victim was found later.'), []);
  assert.deepEqual(ages('John Ortiz crossed the river. The 40-year-old bridge shook.'), []);
  assert.deepEqual(ages('Police arrested John Ortiz on Monday. The 35-year-old man was charged.'), []);
  // Nor an object: "the assault on the 15-year-old" is someone else's age.
  assert.deepEqual(ages('John Ortiz was convicted on Thursday. He received a 20-year sentence for the assault on the 15-year-old.'), []);
  // A short opening phrase of time or place with no verb and no person keeps the description the subject; a player's
  // position names a player.
  assert.deepEqual(ages('Ann Lee refused to listen. Yesterday in Marrowby, the 38-year-old Norwegian won bronze.'), [['38-year-old', 'Ann Lee']]);
  assert.deepEqual(ages('Ann Lee refused to listen. When she reached Marrowby, the 38-year-old Norwegian won bronze.'), []);
  assert.deepEqual(ages('Ann Lee refused to listen. Beside Suzy Holbrook in Marrowby, the 38-year-old Norwegian won bronze.'), []);
  assert.deepEqual(ages('Tom Ward will not buy a drink for some time. The 22-year-old winger scored in the corner.'), [['22-year-old', 'Tom Ward']]);
  // Another person of the same surname with an age of their own ("Erik Lee, 44") is someone else than "Ann Lee".
  assert.deepEqual(ages('Ann Lee refused to listen. The 38-year-old Norwegian won bronze. Her husband, Erik Lee, 44, wept.'), [['38-year-old', 'Ann Lee'], ['44', 'Erik Lee']]);
  assert.deepEqual(ages('Ann Lee refused to listen. The 38-year-old Norwegian won bronze. Lee, 44, wept.'), [['44', 'Lee']]);
});

test('messages: bare figures given for a noun ("a crowd of about 5,000") are the figure for it, not a number of crowds', () => {
  const story = (text: string) => `Rally in Tulsa\n\nThe senator spoke in Tulsa on Sunday. ${text} She left at noon.`;
  const found = conflicts({ a: story('She spoke to a crowd of about 5,000.'), b: story('Organizers put the crowd at 9,000.') });
  assert.deepEqual(found.map((f) => /the figure for the crowd: /.test(f.message)), [true], found.map((f) => f.message).join('\n'));
});

test('percentages: a change of a thing named more narrowly is another change ("energy prices" / "gasoline prices"); a name changes too', () => {
  const changed = (text: string) => statements(text).filter((s) => s.attribute === 'percent').map((s) => [s.subject, s.modifiers]);
  assert.deepEqual(changed('Gasoline prices fell 5 percent. The Dow rose 1.4 percent.'), [['price', ['change', 'down', 'gasoline']], ['dow', ['change', 'up']]]);
  const story = (text: string) => `Prices cool\n\nInflation eased in October, the government said on Tuesday. ${text}`;
  const found = conflicts({
    a: story('Consumer prices rose 3.1 percent from a year earlier. Gasoline prices fell 5 percent during the month.'),
    b: story('Energy prices dropped 2.5 percent from September. The Dow rose 1.4 percent.'),
  });
  assert.deepEqual(found.map((f) => f.message), []);
});

test('counts: a noun joined by "and" that has a value of its own is another count\'s ("35,000 marchers and organisers more than 80,000")', () => {
  const [marchers] = statements('Tens of thousands protested, with police estimating 35,000 marchers and organisers more than 80,000.').filter((s) => s.text.includes('35,000'));
  assert.deepEqual([marchers.subject, marchers.modifiers], ['marcher', []]);
  const [times] = statements('He has hosted the awards three times and last month was named the sexiest man alive.');
  assert.deepEqual([times.subject, times.modifiers], ['time', []]);
});

test('percentages: whose thing changed is no narrower thing ("the company\'s shares" / "its shares")', () => {
  const changed = (text: string) => statements(text).filter((s) => s.attribute === 'percent').map((s) => [s.subject, s.modifiers]);
  assert.deepEqual(changed("The firm's shares dropped 4.8 percent. The nation's jobless rate fell 2 percent."), [['share', ['change', 'down']], ['rate', ['change', 'down', 'jobless']]]);
  const trading = (text: string) => `Ward Systems recalls heaters\n\nWard Systems said on Wednesday it was recalling 40,000 heaters. ${text}`;
  const found = conflicts({ a: trading('Its shares fell 6.2 percent in Denver.'), b: trading('Shares closed down 6.2 percent.'), c: trading("The company's shares dropped 4.8 percent.") });
  assert.deepEqual(found.map((f) => f.uri), ['c'], found.map((f) => f.message).join('\n'));
});

test('forecasts: a value a verb of forecasting gives ("analysts had expected revenue of $13.8 billion") is no statement', () => {
  assert.deepEqual(statements('Analysts had expected revenue of $13.8 billion.'), []);
  assert.deepEqual(statements('The company said it expected third-quarter revenue of $14.5 billion.'), []);
  // A forecast of something else, in whose clause the value stands, leaves the value a statement.
  assert.deepEqual(statements('The principles are expected to offer legal status to many of the 11 million undocumented immigrants.').map((s) => s.subject), ['immigrant']);
  const results = (text: string) => `Norvale beats forecasts\n\nNorvale Systems said on Thursday that revenue climbed 12 percent to $14.1 billion. ${text}`;
  const found = conflicts({ a: results('Analysts had expected revenue of $13.8 billion.'), b: results('Cloud sales rose sharply.'), c: results('Its shares rose.') });
  assert.deepEqual(found.map((f) => f.message), []);
});

test('percentages: after a verb of change "in" says when or where ("rose 6 percent in after-hours trading"); profit and sales are two things', () => {
  assert.deepEqual(statements('Shares rose 6 percent in after-hours trading.').map((s) => [s.subject, s.modifiers]), [['share', ['change', 'up']]]);
  const trading = (text: string) => `Norvale shares climb\n\nNorvale Systems reported its quarterly results on Thursday. ${text}`;
  const moved = conflicts({ a: trading('Shares rose 6 percent in after-hours trading.'), b: trading('Shares rose 4 percent in extended trading.'), c: trading('Shares rose 6 percent in late trading.') });
  assert.deepEqual(moved.map((f) => f.uri), ['b'], moved.map((f) => f.message).join('\n'));
  const results = (text: string) => `Norvale profit jumps\n\nNorvale Systems said on Thursday that ${text}`;
  assert.deepEqual(conflicts({ a: results('its profit rose 18 percent.'), b: results('its cloud sales rose 31 percent.') }).map((f) => f.message), []);
});

test('counts: what a vessel or a hall can take ("built to carry 150 passengers", "a capacity of 150") is not how many it took', () => {
  const carrying = 'Ferry sinks\n\nA ferry carrying about 180 passengers capsized off Kerava on Tuesday.';
  const built = 'Ferry sinks\n\nThe ferry, built to carry 150 passengers, capsized off Kerava on Tuesday.';
  assert.deepEqual(conflicts({ a: carrying, b: built, c: carrying }), []);
  const [capacity150] = statements('The ferry, built to carry 150 passengers, had about 180 people aboard.').filter((s) => s.text.includes('150'));
  assert.ok(capacity150.modifiers.includes('capacity'));
  const carried = (n: string) => `Ferry sinks\n\nThe ferry, built to carry 150 passengers, had ${n} passengers aboard when it capsized off Kerava on Tuesday.`;
  assert.equal(conflicts({ a: carried('about 180'), b: carried('about 180'), c: carried('about 260') }).length, 1);
  // Capacities compare with each other.
  const capacity = (n: string) => `Ferry sinks\n\nThe ferry, which capsized off Kerava on Tuesday, was designed to carry ${n} passengers.`;
  assert.equal(conflicts({ a: capacity('150'), b: capacity('150'), c: capacity('300') }).length, 1);
});

test('counts: a toll ("killing 23") is not a count of people told by another verb ("had about 180 people aboard")', () => {
  const killing = 'Ferry sinks\n\nA ferry carrying about 180 passengers capsized off Kerava on Tuesday, killing 23.';
  assert.deepEqual(conflicts({ a: killing, b: 'Ferry sinks\n\nThe ferry had about 180 people aboard when it capsized off Kerava on Tuesday.', c: killing }), []);
  const victims = (n: string) => `Ferry sinks\n\nA ferry capsized off Kerava on Tuesday, killing ${n}.`;
  assert.equal(conflicts({ a: victims('23'), b: victims('23'), c: 'Ferry sinks\n\nThe ferry capsized off Kerava on Tuesday, and 32 people died.' }).length, 1);
});

test('scope: a sentence that opens on a separate thing of the story\'s kind ("A separate fire, the Oak Fire, …", "Elsewhere, …") tells of that thing', () => {
  const fire = (containment: string, other = '') => `Fire grows\n\nThe Creek Fire near Paradise Hills has burned more than 12,000 acres since Friday and was ${containment} percent contained on Sunday, officials said.${other}`;
  const separate = ' A separate fire, the Oak Fire, has burned about 3,000 acres in Mariposa County and was 60 percent contained.';
  assert.deepEqual(conflicts({ a: fire('15', separate), b: fire('15'), c: fire('15') }), []);
  assert.deepEqual(conflicts({ a: fire('15', ' Elsewhere, a blaze in Mariposa County has burned about 3,000 acres.'), b: fire('15'), c: fire('15') }), []);
  // What adds to the story's count is the story's.
  const [hurt] = statements('Another 20 people were hurt.');
  assert.equal(hurt.scope, 'story');
});

test('scope: a year-dated act at "another" place ("escaped from another prison in December 2000") is another event than the one at the story\'s', () => {
  const escape = (past: string) => `Inmates escape in Denver\n\nTwo inmates escaped from the Ward County jail in Denver on Tuesday, officials said. ${past}`;
  const earlier = 'The last escape from the jail was in November 2000, when seven inmates broke out.';
  assert.deepEqual(conflicts({ a: escape(earlier), b: escape('In December 2000, seven inmates escaped from another jail in Texas.') }), []);
  // The same earlier event told two ways is still compared.
  const found = conflicts({ a: escape(earlier), b: escape('In December 2000, seven inmates escaped from the jail.') });
  assert.deepEqual(found.map((f) => f.code), ['time-conflict'], found.map((f) => f.message).join('\n'));
});

test('tolls: a toll of the dead given as a bound ("at least seven people were killed") states nothing of the injured, so it hides no source that agrees', () => {
  const crush = (text: string) => `Crush at Denver concert\n\nA crowd surged at a concert in Denver on Saturday night, police said. ${text}`;
  const found = conflicts({
    a: crush('Seven people were killed and 23 were injured.'),
    b: crush('Seven people died. Police said 32 people were injured.'),
    c: crush('At least seven people were killed. Twenty-three people were injured.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, [...new Set(f.related.map((r) => r.uri))].sort()]), [['b', ['a', 'c']]], found.map((f) => f.message).join('\n'));
});

test('counts: a count of one place that others add to ("170,000 in the province and thousands more") or "in X alone" is a part, not the whole', () => {
  const mods = (text: string) => statements(text).filter((s) => s.attribute === 'count').map((s) => s.modifiers);
  assert.deepEqual(mods('The flood killed 1,700 people in the province and hundreds more in the towns downstream.'), [['part']]);
  assert.deepEqual(mods('The flood killed 1,700 people in Denver alone.'), [['part']]);
  assert.deepEqual(mods('The flood killed 1,700 people and injured more than 300.'), [[], []]);
  const flood = (past: string) => `River floods again in Denver\n\nThe river burst its banks in Denver on Tuesday, officials said. ${past}`;
  const found = conflicts({
    a: flood('In 1998 a flood killed 1,700 people in the province and hundreds more in the towns downstream.'),
    b: flood('In 1998 a flood killed 1,700 people in Denver alone.'),
    c: flood('In 1998 a flood killed 2,300 people across the region.'),
  });
  assert.deepEqual(found.map((f) => f.message), []);
});

test('tolls: a count of people by another verb ("60,000 people spent the night in shelters") states nothing of the dead', () => {
  const storm = (text: string) => `Storm hits Denver\n\nA storm struck Denver early on Tuesday, officials said. ${text}`;
  const found = conflicts({
    a: storm('Three people died. About 60,000 people spent the night in shelters.'),
    b: storm('At least five people were killed.'),
    c: storm('Three people were killed.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, [...new Set(f.related.map((r) => r.uri))].sort()]), [['b', ['a', 'c']]], found.map((f) => f.message).join('\n'));
});

test('dates: a date after "since" starts a span ("has seized several ships since 2019"): it meets only another start', () => {
  const seized = (text: string) => `Tanker seized near Denver\n\nGuards seized a tanker near Denver on Thursday, officials said. ${text}`;
  assert.deepEqual(conflicts({ a: seized('The guards seized a tanker in the strait in April 2024.'), b: seized('The guards have seized several ships in the area since 2019.') }), []);
  const held = (text: string) => `Ann Lee still held\n\nAnn Lee remains in jail in Denver, her lawyer said on Monday. ${text}`;
  const found = conflicts({ a: held('She has been in custody since March 3.'), b: held('She has been in custody since March 5.'), c: held('She has been in custody since March 3.') });
  assert.deepEqual(found.map((f) => f.uri), ['b'], found.map((f) => f.message).join('\n'));
  // "since 1983, when he bought it" dates the buying too.
  const sale = (text: string) => `Painting sold in Denver\n\nA painting by Tom Ward sold for $74 million in Denver on Tuesday. ${text}`;
  const bought = conflicts({ a: sale('It had been in the collection of Ed Kell since 1983, when he bought it for $1.9 million.'), b: sale('Ed Kell bought it in 1988 for $1.9 million.') });
  assert.deepEqual(bought.map((f) => f.code), ['time-conflict'], bought.map((f) => f.message).join('\n'));
});

test('dates: a past participle right before a date\'s "in" dates its own act ("three bells cast in 1732", "The dam, completed in 1962,")', () => {
  const dated = (text: string) => read(text).claims.filter((c) => c.attribute === 'date').map((c) => c.predicate);
  assert.deepEqual(dated('Thieves have stolen three bells cast in 1732 from the tower of a church in Marrowby.'), ['cast']);
  assert.deepEqual(dated('The dam, completed in 1962, failed on Tuesday.'), ['complet']);
  // With an auxiliary, the participle is the clause's verb anyway; a form of "be" is no participle of an act.
  assert.deepEqual(dated('The pipeline was built in 1991.'), ['build']);
  assert.deepEqual(dated('The last escape from the jail was in November 2000.'), ['escap']);
});

test('dates: a participle before "since" tells a state whose start is its verb\'s act ("shut to traffic since February 2023" / "closed in January 2023")', () => {
  const marks = (text: string) => statements(text).filter((s) => s.attribute === 'date').map((s) => [s.text, s.modifiers.includes('state since')]);
  assert.deepEqual(marks('The Marrowby Bridge, shut to traffic since February 2023, will stay closed.'), [['February 2023', true]]);
  assert.deepEqual(marks('The bridge has been closed since March 2023.'), [['March 2023', true]]);
  // Acts repeated since a date are no state.
  assert.deepEqual(marks('The guards have seized several ships in the area since 2019.'), [['2019', false]]);
  const bridge = (text: string) => `Marrowby bridge delayed again\n\nThe reopening of the Marrowby Bridge has been delayed again, the council said on Monday. ${text}`;
  const found = conflicts({
    a: bridge('The bridge, closed to traffic since February 2023, is to reopen in April.'),
    b: bridge('The bridge closed in January 2023 after cracks were found.'),
    c: bridge('The bridge was closed in January 2023 after cracks were found.'),
  });
  assert.deepEqual(found.map((f) => f.uri), ['a'], found.map((f) => f.message).join('\n'));
});

test('acts: a fire that burned, scorched, consumed or charred an area did one act (values.json statement.sameAct)', () => {
  const claim = (text: string) => read(text).claims.find((c) => c.attribute === 'measure')!;
  const burned = claim('The fire near Marrowby has burned about 340 hectares.');
  for (const text of ['The blaze has scorched 340 hectares.', 'The fire has now consumed 340 hectares.', 'The fire has charred 340 hectares.']) assert.equal(samePredicate(burned, claim(text)), true, text);
  assert.equal(samePredicate(burned, claim('Crews cleared 340 hectares.')), false);
});

test('acts: a ship that struck, hit, collided with or ran aground on a bank at a time did one act; a storm that hit and flights grounded are two', () => {
  const claim = (text: string) => read(text).claims.find((c) => c.attribute === 'time')!;
  const struck = claim('The ferry struck the sandbank at 4.50pm.');
  for (const text of ['The ship hit the sandbank at around 5.50pm.', 'The ferry collided with the bank at 4.50pm.', 'The ferry ran aground shortly before 5 p.m.']) assert.equal(samePredicate(struck, claim(text)), true, text);
  assert.equal(samePredicate(claim('The storm hit Marrowby at 3 p.m.'), claim('All flights were grounded at 5 p.m.')), false);
});

test('lengths: "a 1.5-kilometre section" and "a 2.5-kilometre stretch" of one line are one thing\'s length (values.json statement.sameThing), named so', () => {
  const closure = (words: string) => `Tram derails in Marrowby\n\nA tram left the rails in Marrowby on Tuesday, injuring 14 people. The operator said ${words} of Line 9 would stay closed until Friday.`;
  const found = conflicts({ a: closure('a 1.5-kilometre section'), b: closure('a 2.5-kilometre stretch'), c: closure('a 1.5km section') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'b');
  assert.match(found[0].message, /disagree on the length of the section:/, "named by the first word of its kind");
});

test('durations: an order "in effect", "in place" or "in force" for a span is one state, no person\'s, "for at least the next 48 hours" too', () => {
  const order = (words: string) => `Fire forces evacuations\n\nA wildfire near Marrowby forced 3,500 people from their homes on Friday. Sheriff Ann Lee said the evacuation order would ${words}.`;
  const found = conflicts({ a: order('remain in effect for at least 72 hours'), b: order('stay in place for at least three days'), c: order('stay in place for at least the next 48 hours') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'c');
  assert.match(found[0].message, /disagree on the time in effect: c says “48 hours”/);
});

test('money: a sum someone is ordered to pay ("Judge Ellen Park ordered him to pay $31.5 million") is the payer\'s, not the judge\'s', () => {
  const sentenced = (words: string) => `Adviser sentenced\n\nGregory Dalton pleaded guilty in March to wire fraud. ${words}`;
  const ordered = sentenced('U.S. District Judge Ellen Park also ordered him to pay $31.5 million in restitution.');
  const found = conflicts({ a: ordered, b: ordered, c: sentenced('Dalton must also pay $35.1 million in restitution.') });
  assert.deepEqual(found.map((f) => f.uri), ['c'], found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /restitution/);
  const payer = (text: string) => {
    const r = read(text);
    const claim = r.claims.find((c) => c.attribute === 'money')!;
    return r.mentions[claim.entity!]?.text;
  };
  assert.equal(payer('Gregory Dalton pleaded guilty. Judge Ellen Park ordered him to pay $31.5 million.'), 'Gregory Dalton');
  assert.equal(payer('Judge Ellen Park told Gregory Dalton to repay $31.5 million.'), 'Gregory Dalton');
  assert.equal(payer('Gregory Dalton was ordered to repay $31.5 million.'), 'Gregory Dalton');
});

test('percentages: the noun whose level a percentage gives opens the sentence whatever the tagger made of it ("Turnout reached 41 percent"), and a day after the value is no noun of it', () => {
  const subjects = (text: string) => statements(text).filter((s) => s.attribute === 'percent').map((s) => s.subject);
  assert.deepEqual(subjects('Turnout reached 41 percent, higher than in the last race.'), ['turnout']);
  assert.deepEqual(subjects('Containment stood at 15 percent Sunday evening.'), ['containment']);
  const race = (text: string) => `Rivera wins\n\nElena Rivera was elected mayor of Tucson on Tuesday. ${text}`;
  const found = conflicts({ a: race('Turnout was 38 percent, the county said.'), b: race('Turnout reached 41 percent, higher than in the last race.') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /percentage of turnout/);
});

test('percentages: "a 21 percent rise in quarterly profit" is the change of profit, as "profit rose 21 percent" is', () => {
  const changes = (text: string) => statements(text).filter((s) => s.attribute === 'percent').map((s) => [s.subject, s.modifiers.join(' ')]);
  assert.deepEqual(changes('Acme reported a 21 percent rise in quarterly profit.'), [['profit', 'change up']]);
  assert.deepEqual(changes('It posted a 5 percent drop in the sales of its phones.'), [['sale', 'change down']]);
  const results = (text: string) => `Acme profit up\n\nAcme Corp said on Wednesday that ${text}`;
  const found = conflicts({ a: results('its third-quarter profit rose 12 percent.'), b: results('it reported a 21 percent rise in quarterly profit.') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /rise in profit/);
  // A rise is not a fall.
  assert.deepEqual(conflicts({ a: results('its third-quarter profit rose 12 percent.'), b: results('it reported a 21 percent drop in quarterly profit.') }), []);
  // A noun of what changes may stand between ("a 5.5% pay rise"): still a rise, set against "a 4.5 percent rise".
  const deal = (text: string) => `Nurses accept deal\n\nNurses in Marrowby voted on Wednesday to accept ${text} backdated to January.`;
  assert.equal(conflicts({ a: deal('a 4.5 percent rise'), b: deal('a 4.5 per cent increase'), c: deal('a 5.5% pay rise') }).filter((f) => f.uri === 'c').length, 1);
});

test('messages: a count of hostages held as "six people" is the number of hostages, not of "people hostages"', () => {
  const held = (n: string) => `Bank standoff ends\n\nA gunman who held ${n} people hostage inside a bank in El Paso surrendered on Saturday.`;
  const found = conflicts({ a: held('six'), b: held('six'), c: held('nine') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /the number of hostages:/);
});

test('counts: the set a part is taken from ("won 172 of the 350 seats") is no count of what was won', () => {
  const [part, whole] = statements('The party won 172 of the 350 seats in parliament.').filter((s) => s.attribute === 'count');
  assert.deepEqual([part.modifiers, whole.modifiers], [['part'], ['whole']]);
  const won = (text: string) => `Conservatives win\n\nNorland's Conservatives ${text} in Sunday's election.`;
  assert.deepEqual(conflicts({ a: won('won 172 of the 350 seats in parliament'), b: won('won 176 seats in parliament') }), []);
  // The set may be named by its owner: "14 of Spain's 17 regions", "three of the country's five ports".
  for (const [text, set] of [["Red alerts were issued in 14 of Spain's 17 regions.", '17 regions'], ["Storms shut three of the country's five ports.", 'five ports']]) {
    assert.deepEqual(statements(text).find((s) => s.text === set)?.modifiers, ['whole'], text);
  }
  // "None of the 62 passengers was hurt": the set, not a toll of 62 against another source's "No one was injured".
  const train = (text: string) => `Landslide blocks line\n\nA landslide buried the line near Marrowby on Tuesday. ${text}`;
  assert.deepEqual(conflicts({ a: train('The train had 62 people on board. No one was injured.'), b: train('None of the 62 passengers on the train was hurt.') }).map((f) => f.message), []);
  const heat = (text: string) => `Heatwave grips Spain\n\nTemperatures reached 46C in southern Spain on Sunday. ${text}`;
  assert.deepEqual(conflicts({ a: heat("Authorities issued red alerts in 14 of Spain's 17 regions."), b: heat('Red alerts were in force in 14 regions.') }), []);
});

test('scope: a clause that opens on a month alone ("In June, it recalled 400,000 sedans") tells an earlier event', () => {
  const scopes = (text: string) => statements(text).filter((s) => s.attribute === 'count').map((s) => [s.text, s.scope]);
  assert.deepEqual(scopes('In June, it recalled 400,000 sedans. The deal closed in June, when it sold 300 cars.'), [['400,000 sedans', 'background'], ['300 cars', 'story']]);
  assert.deepEqual(
    conflicts({
      a: 'Hondell recalls SUVs\n\nHondell Motor Co said on Tuesday it is recalling about 1.2 million sport utility vehicles because their airbags may not deploy.',
      b: 'Hondell recall\n\nHondell is recalling 1.2 million Trailmark SUVs because a wiring fault can stop the airbags from inflating. In June, it recalled 400,000 sedans over a fuel pump defect.',
      c: 'SUVs recalled\n\nMore than 1.2 million Hondell Trailmark SUVs are being recalled because the airbags might fail, regulators said Tuesday.',
    }),
    [],
  );
});

test('ages: "Alicia Moreno was 24." and "Brandon Tate was 31 and Luis Ortega was 54." give each named person\'s age', () => {
  const ages = (text: string) => statements(text).filter((s) => s.attribute === 'age').map((s) => [s.text, s.entity]);
  assert.deepEqual(ages('Alicia Moreno was 24. Brandon Tate was 31 and Luis Ortega was 54.'), [['24', 'Alicia Moreno'], ['31', 'Brandon Tate'], ['54', 'Luis Ortega']]);
  assert.deepEqual(ages('Turnout was 38. Tom Lee was 5 for 12 from the field.'), []);
  const victims = (text: string) => `Fisk convicted\n\nA Tulsa jury on Friday convicted Darnell Fisk of killing three people at the Blue Door bar. ${text}`;
  const listed = victims('The victims were Alicia Moreno, 24, Brandon Tate, 31, and Luis Ortega, 45.');
  const found = conflicts({ a: listed, b: listed, c: victims('Brandon Tate was 31 and Luis Ortega was 54.') });
  assert.deepEqual(found.map((f) => f.uri), ['c'], found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /age of Luis Ortega/);
});

test('counts: what counted things are of narrows them ("three counts of murder" / "two counts of assault"); a source that leaves it out may count the same', () => {
  const convicted = (text: string) => `Fisk convicted\n\nA Tulsa jury on Friday convicted Darnell Fisk ${text}.`;
  const murder = convicted('of three counts of first-degree murder');
  assert.deepEqual(conflicts({ a: murder, b: murder, c: convicted('of two counts of assault with a deadly weapon') }), []);
  assert.equal(conflicts({ a: murder, b: murder, c: convicted('of four counts of first-degree murder') }).length, 1);
  const seized = (text: string) => `Pirates caught\n\nThe navy said on Monday its ship seized ${text} from the pirates.`;
  assert.equal(conflicts({ a: seized('923 rounds of ammunition'), b: seized('923 rounds of ammunition'), c: seized('about 300 rounds') }).length, 1);
  const [email, eMail] = [statements('The 100 pages of emails showed a rift.'), statements('The 100 pages of e-mails showed a rift.')].map((list) => list[0].modifiers);
  assert.deepEqual(email, eMail);
});

test('durations: a span "of" a noun ("11 hours of deliberations") is that noun\'s, and a span a common noun spends "for" ("Jurors deliberated for nine hours") is its verb\'s', () => {
  const spans = (text: string) => statements(text).filter((s) => s.attribute === 'duration').map((s) => [s.text, s.subject, s.modifiers]);
  assert.deepEqual(spans('The two leaders met on Friday after roughly 11 hours of deliberations by their aides.'), [['roughly 11 hours', 'deliberation', []]]);
  assert.deepEqual(spans('Jurors deliberated for about 11 hours. He left it for two years.'), [['about 11 hours', 'deliberat', ['for']]]);
  const verdict = (text: string) => `Fisk convicted\n\nA Tulsa jury on Friday convicted Darnell Fisk of murder. ${text}`;
  const found = conflicts({ a: verdict('Jurors deliberated for about 11 hours.'), b: verdict('Jurors deliberated for about 11 hours.'), c: verdict('The jurors deliberated for nine hours.') });
  assert.deepEqual(found.map((f) => f.uri), ['c'], found.map((f) => f.message).join('\n'));
});

test('ranks: how many so far ("his 15th goal of the season", "the company\'s 14th launch this year") is a tally of what is counted', () => {
  const ranks = (text: string) => statements(text).filter((s) => s.attribute === 'rank').map((s) => [s.text, s.subject, s.modifiers]);
  assert.deepEqual(ranks('It was the company\'s 14th launch this year. The second round of talks began.'), [['14th', 'launch', ['tally']]]);
  const match = (goal: string) => `Porto edge Benfica\n\nJoao Silva scored in the 89th minute to give Porto a 2-1 win over Benfica on Sunday. It was his ${goal} goal of the season.`;
  const found = conflicts({ a: match('15th'), b: match('15th'), c: match('16th') });
  assert.deepEqual(found.map((f) => f.uri), ['c'], found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /the tally of goals: c says “16th”, but/);
});

test('durations: the span a sum is paid in ("90 billion euros over two years") is its term, compared as one', () => {
  const story = (text: string) => `EU agrees loan for Ukraine\n\nEuropean Union leaders met in Brussels on Thursday. ${text} Hungary dropped its objections.`;
  const found = conflicts({
    a: story('They agreed on Friday to lend Ukraine 90 billion euros over two years, after talks that lasted 16 hours.'),
    b: story('The money, 90 billion euros over two years, was agreed after 16 hours of talks.'),
    c: story('Leaders agreed to lend Ukraine 90 billion euros over three years, the council president said after the talks.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, /disagree on the length of the term:/.test(f.message)]), [['c', true]], found.map((f) => f.message).join('\n'));
});

test('percentages: a verb that sets its object to a level gives that object\'s level ("cut the corporate tax rate to 24 percent")', () => {
  const level = (text: string) => statements(text).filter((s) => s.attribute === 'percent').map((s) => s.subject);
  assert.deepEqual(level('The budget cuts the corporate tax rate to 24 percent.'), ['tax']);
  assert.deepEqual(level('The central bank raised its key interest rate to 5.25 percent.'), ['interest']);
  assert.deepEqual(level('The fund raised its stake to 12 percent.'), ['stake']);
  const budget = (text: string) => `Budget passes\n\nThe lower house approved the budget on Thursday by 81 votes to 69. ${text} The Senate votes next month.`;
  const found = conflicts({
    a: budget('The budget cuts the corporate tax rate to 24 percent from 25.8 percent.'),
    b: budget('It lowers the corporate tax rate to 23 percent.'),
    c: budget('The plan cuts the corporate tax rate to 24 percent.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, /percentage of tax/.test(f.message)]), [['b', true]], found.map((f) => f.message).join('\n'));
});

test('percentages: a name opening "Apple shares fell 8.3 percent" says whose shares, however it is tagged; it narrows nothing', () => {
  const changes = (text: string) => statements(text).filter((s) => s.attribute === 'percent').map((s) => [s.subject, s.entity, s.modifiers.join(' ')]);
  assert.deepEqual(changes('Apple shares fell 8.3 percent, their biggest decline since March 2020.'), [['share', 'Apple', 'change down']]);
  assert.deepEqual(changes('Apple shares sank 9.3 percent.'), [['share', 'Apple', 'change down']]);
  // A common noun opening the sentence still narrows: "Energy prices rose" are prices of energy.
  assert.deepEqual(changes('Energy prices rose 4 percent.').map(([subject, , modifiers]) => [subject, modifiers]), [['price', 'change up energy']]);
});

test('money: "$2.5 trillion in value was erased" is a sum of value, as "$2.4 trillion in market value" is', () => {
  const sums = (text: string) => statements(text).filter((s) => s.attribute === 'money').map((s) => s.subject);
  assert.deepEqual(sums('About $2.5 trillion in value was erased.'), ['value']);
  assert.deepEqual(sums('About $2.4 trillion in market value was wiped out.'), ['value']);
  assert.deepEqual(sums('Thieves took $2.6 million in jewelry.'), ['jewelry']);
});

test('money: a sum is the noun it is "of" ("a ransom of $4.5 million in bitcoin"), unless that noun says how much ("a total of")', () => {
  const sums = (text: string) => statements(text).filter((s) => s.attribute === 'money').map((s) => s.subject);
  assert.deepEqual(sums('The gang demanded a ransom of $2 million in gold.'), ['ransom']);
  assert.deepEqual(sums('The club paid a fee of $30 million in cash.'), ['fee']);
  assert.deepEqual(sums('The fund received a total of $5 million in grants.'), ['grant']);
});

test('money: a noun before "money" says what a sum is ("€50,000 in prize money" is the prize\'s, as "the prize comes with €60,000" is)', () => {
  const sums = (text: string) => statements(text).filter((s) => s.attribute === 'money').map((s) => s.subject);
  assert.deepEqual(sums('The film took the festival\'s top award, and with it €50,000 in prize money.'), ['prize']);
  assert.deepEqual(sums('The award, which carries prize money of 50,000 euros, was handed over on Saturday.'), ['prize']);
  assert.deepEqual(sums('The gang demanded ransom money of $2 million.'), ['ransom']);
  // Money no noun names stays money.
  assert.deepEqual(sums('He took public money worth $5 million.'), ['money']);
  const festival = (text: string) => `Marrowby film wins top award\n\nMARROWBY (Wire) - A film by Ann Lee won the Golden Gull at the Marrowby film festival on Saturday. ${text}`;
  const found = conflicts({
    a: festival('The award, which carries prize money of 50,000 euros, was handed over by the jury.'),
    b: festival('Lee took home €50,000 in prize money.'),
    c: festival('The prize comes with €60,000.'),
  });
  assert.deepEqual(found.map((f) => f.uri), ['c'], found.map((f) => f.message).join('\n'));
});

test('scope: a date in a relative clause or a participle\'s aside set off by commas ("The dam, which opened in 1958, failed at 6:40 p.m.") dates that clause, not the value after it', () => {
  const [, time] = statements('The dam, which opened in 1958, failed at about 6:40 p.m. on Tuesday.');
  assert.deepEqual([time.text, time.scope], ['about 6:40 p.m.', 'story']);
  // A date that opens the clause itself still dates it.
  const [, earlier] = statements('In 1958, the dam failed at about 6:40 p.m.');
  assert.deepEqual([earlier.text, earlier.scope], ['about 6:40 p.m.', 'background']);
  // An aside a past participle opens dates only itself: the painting's bidders are this sale's.
  const [, bidders] = statements('"Evening at Marrowby", painted in 1903, drew five bidders during the sale.');
  assert.deepEqual([bidders.text, bidders.scope], ['five bidders', 'story']);
  const [, bridge] = statements('The bridge, built in 1932, carried 40,000 cars a day.');
  assert.deepEqual([bridge.text, bridge.scope], ['40,000 cars', 'story']);
  // And the date is its participle's, not the verb's after the aside: the year painted is no year of the theft.
  const painted = read('"Evening at Marrowby", painted by Ann Lee in 1878, was taken after two men broke in.');
  assert.deepEqual(painted.claims.filter((c) => c.attribute === 'date').map((c) => c.predicate), ['paint']);
  const theft = (text: string) => `Painting stolen\n\nTwo men stole a painting from the Marrowby gallery on Sunday night. ${text}`;
  assert.deepEqual(conflicts({ a: theft('"Evening at Marrowby", painted by Ann Lee in 1878, was taken through a skylight.'), b: theft('In 1994 thieves took three small watercolours from a side room.') }), []);
});

test('one finding per disagreement: a headline\'s toll and its lede\'s count of the same dead, against the same figure, are one finding', () => {
  const found = conflicts({
    a: 'Avalanche kills four climbers in Nepal\n\nAn avalanche hit climbers on Mount Baruntse on Thursday, killing four and injuring three, officials said.',
    b: 'Four die in Nepal avalanche\n\nFour climbers were killed when an avalanche struck their team on Mount Baruntse on Thursday.',
    c: 'Avalanche in Nepal kills five\n\nFive climbers died on Thursday after an avalanche hit their expedition on Mount Baruntse.',
  });
  assert.deepEqual(found.map((f) => f.uri), ['c'], found.map((f) => f.message).join('\n'));
  // The other sources' places of both are shown with it.
  assert.deepEqual([...new Set(found[0].related.map((r) => r.uri))].sort(), ['a', 'b']);
  // The dead and the hurt are two disagreements, even at the same figures.
  const two = conflicts({
    a: 'Bus crash in Peru\n\nA bus plunged into a ravine on Wednesday, killing four people and injuring four others, police said.',
    b: 'Peru bus crash\n\nFour people died and four were injured when a bus plunged into a ravine on Wednesday.',
    c: 'Peru bus falls into ravine\n\nA bus plunged into a ravine on Wednesday, killing five people and injuring five others, police said.',
  });
  assert.equal(two.length, 2, two.map((f) => f.message).join('\n'));
});

test('lengths: a length "at" which something happens ("a cabin window cracked at 35,000 feet") is the altitude, met by "at cruising altitude, about 10,700 metres"', () => {
  const [altitude] = statements('A cabin window cracked at 35,000 feet over Kansas.').filter((s) => s.attribute === 'length');
  assert.deepEqual([altitude.text, altitude.subject], ['35,000 feet', 'altitude']);
  // A distance "at" so many miles is none; nor is a length with its own dimension.
  assert.deepEqual(statements('The car stopped at 100 metres from the line.').map((s) => s.subject), ['line']);
  const flight = (text: string) => `Jet diverts to Denver\n\nA Westline flight from Chicago to Seattle landed in Denver on Monday. ${text} No one was hurt.`;
  const found = conflicts({
    a: flight('A cabin window cracked at 35,000 feet, the airline said.'),
    b: flight('The window cracked at cruising altitude, about 10,700 metres, the airline said.'),
    c: flight('A cabin window cracked at 25,000 feet, the airline said.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, /disagree on the altitude:/.test(f.message)]), [['c', true]], found.map((f) => f.message).join('\n'));
});

test('lengths: a depth set off by a comma ("The shaft flooded before dawn, some 300 metres below the surface") is of no noun before it, and depths of one story meet', () => {
  const depth = (text: string) => statements(text).filter((s) => s.attribute === 'length').map((s) => s.subject);
  assert.deepEqual(depth('The shaft flooded before dawn, some 300 metres below the surface.'), [undefined]);
  // An apposition still measures its noun: "a borehole, 15 centimetres wide"; "the depot, about 15 miles north of Denver".
  assert.deepEqual(depth('Rescuers drilled a narrow borehole, 15 centimetres wide.'), ['borehole']);
  assert.deepEqual(depth('Police evacuated the depot, about 15 miles north of Denver.'), ['depot']);
  const mine = (text: string) => `Miners trapped in Bolivia\n\nNine miners were trapped on Monday when a shaft flooded at the Cerro Azul tin mine. ${text} Rescuers are pumping out water.`;
  const found = conflicts({
    a: mine('The shaft flooded before dawn, some 300 metres below the surface.'),
    b: mine('The men are believed to be about 200 metres underground.'),
    c: mine('Water poured in before dawn, nearly 1,000 feet below ground.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, /disagree on the depth:/.test(f.message)]), [['b', true]], found.map((f) => f.message).join('\n'));
});

test('lengths: a capitalised word inside the sentence is a name, not a dimension ("the 11-inch MacBook Air" has no height)', () => {
  const r = read('Apple cut the price of the 11-inch MacBook Air on Monday.');
  const measures = r.claims.filter((c) => c.attribute === 'length').map((c) => c.measure);
  assert.equal(measures.length, 1);
  assert.notEqual(measures[0], 'height');
});

test('durations: a span "after" a verb and its object ("made contact with the stranded hikers after 30 hours") is the time until that act', () => {
  const spans = (text: string) => statements(text).filter((s) => s.attribute === 'duration').map((s) => [s.subject, s.modifiers.join(' ')]);
  assert.deepEqual(spans('Rescuers made contact with the stranded hikers after 30 hours, officials said.'), [['mak', 'after']]);
  // A clause of its own between them ("who had been missing") names no object of the verb.
  assert.deepEqual(spans('Rescuers found the hikers, who were cold, after 30 hours.'), []);
  const rescue = (text: string) => `Hikers found alive in Alaska\n\nFour hikers lost in the Chugach mountains were found alive on Sunday. ${text} All four were flown to Anchorage.`;
  const found = conflicts({
    a: rescue('Rescuers made contact with the stranded hikers after 30 hours.'),
    b: rescue('Contact with the group was made after 30 hours, the troopers said.'),
    c: rescue('Rescuers made contact with the hikers after 20 hours.'),
  });
  assert.deepEqual(found.map((f) => f.uri), ['c'], found.map((f) => f.message).join('\n'));
  // Named by the verb as written, not by its stem ("the length of the mak").
  assert.match(found[0].message, /disagree on the time until “made”:/);
});

test('money: "The statues are worth about $3 million" is the statues\' worth, and the second of "bids of $4 million and $5 million" a bid', () => {
  const sums = (text: string) => statements(text).filter((s) => s.attribute === 'money').map((s) => s.subject);
  assert.deepEqual(sums('The statues are worth about $3 million, according to the insurer.'), ['statue']);
  assert.deepEqual(sums('The collection has been valued at $9 million.'), ['collection']);
  assert.deepEqual(sums('The club rejected two bids, of $4 million and $5 million, in May.').slice(-1), ['bid']);
  // A club's release clause and its rejected bids, both the club's, are sums of two things: no candidate pair.
  const club = (text: string) => `Rovers sign Ann Lee\n\nDenver Rovers have signed midfielder Ann Lee from Boston Lions for 6 million euros. ${text}`;
  const service = serviceOf({
    a: club('Boston Lions coach Tom Ward said the club had been unable to keep the player, whose release clause stood at 8 million euros.'),
    b: club('Boston Lions had rejected two earlier bids, of 4 million and 5 million euros, in the summer.'),
  });
  const corpus = service.corpus('a');
  const placed = align.placeStatements([...corpus.readings.values()], corpus.mentionEntity, corpus.entityById);
  const sum = (uri: string, subject: string) => placed.find((p) => p.uri === uri && p.claim.attribute === 'money' && p.claim.subject === subject)!;
  const [clause, bid] = [sum('a', 'clause'), sum('b', 'bid')];
  assert.ok(clause && bid && clause.entity !== undefined && clause.entity === bid.entity, 'both sums are the club\'s');
  assert.equal(align.apart(clause, bid, align.toldAlike(clause, bid)), 'subjects or actions differ');
});

test('dates: a year before 1900 after "in", "since", "until" or "during" is a year ("painted in 1889"), not before a plural ("in 1500 homes")', () => {
  const dates = (text: string) => read(text).quantities.filter((q) => q.kind === 'date').map((q) => q.text);
  assert.deepEqual(dates('The landscape was painted in 1889 by Tom Ward.'), ['1889']);
  assert.deepEqual(dates('The bell has hung there since 1745.'), ['1745']);
  assert.deepEqual(dates('Power was cut in 1500 homes.'), []);
  const theft = (text: string) => `Painting stolen in Denver\n\nThieves stole a landscape by Tom Ward from the Denver Art House on Sunday. ${text} Police are searching for two men.`;
  const found = conflicts({
    a: theft('Ward painted it in 1889.'),
    b: theft('The landscape, which Ward painted in 1898, was the museum\'s best-known work.'),
    c: theft('Ward painted it in 1889, a year before his death.'),
  });
  assert.deepEqual(found.map((f) => f.uri), ['b'], found.map((f) => f.message).join('\n'));
  // The year of an act of its own, in a story of a theft, is named by that act, not as the date of the theft.
  assert.match(found[0].message, /disagree on the date given for “painted”:/);
});

test('counts: a count followed by its own verb ("and some 3,000 forced from their homes") is no toll of the verb before it', () => {
  const tolls = statements('Nine people have been killed and some 3,000 forced from their homes by the floods.').filter((s) => s.attribute === 'count');
  assert.deepEqual(tolls.map((s) => s.text), ['Nine people']);
});

test('percentages: "Shares in Ward Systems jumped 9.5 percent" is a change of shares, and "The cloud unit alone grew 41 percent" of the unit', () => {
  const changes = (text: string) => statements(text).filter((s) => s.attribute === 'percent').map((s) => s.subject);
  assert.deepEqual(changes('Shares in Ward Systems jumped 9.5 percent on Tuesday.'), ['share']);
  assert.deepEqual(changes('The cloud unit alone grew 41 percent.'), ['unit']);
  const results = (text: string) => `Ward Systems profit rises\n\nWard Systems reported higher quarterly profit on Tuesday. ${text}`;
  const found = conflicts({
    a: results('Revenue grew 18 percent to 9.8 billion crowns. Ward Systems shares rose 6.5 percent in Denver.'),
    b: results('Revenue rose 18 percent. The cloud unit alone grew 41 percent. Its shares gained 6.5 percent.'),
    c: results('Shares in Ward Systems jumped 9.5 percent after the results.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, /rise in shares/.test(f.message)]), [['c', true]], found.map((f) => f.message).join('\n'));
});

test('predicates: verbs of one act in other words ("started" / "began", "fought" / "battled", "discovered" / "spotted") are one predicate', () => {
  const fire = (text: string) => `Warehouse fire in Denver\n\nA fire destroyed a warehouse in Denver on Thursday. ${text} No one was hurt.`;
  const found = conflicts({
    a: fire('The blaze started at 4:10 p.m. on the second floor. Firefighters fought the fire for five hours.'),
    b: fire('The fire started at 4:10 p.m., officials said. Firefighters fought the fire for five hours.'),
    c: fire('The fire began at 5:40 p.m., officials said. Firefighters battled the fire for eight hours.'),
  });
  assert.deepEqual(found.map((f) => f.uri).sort(), ['c', 'c'], found.map((f) => f.message).join('\n'));
  // Verbs of two acts stay two: "arrested" and "charged" are no one act.
  const acts = (text: string) => `Man held in Denver\n\nPolice in Denver detained a man over a shooting. ${text}`;
  assert.deepEqual(conflicts({ a: acts('He was arrested on Monday.'), b: acts('He was charged on Tuesday.') }), []);
});

test('syntax: a verb past "and" after the value is the next clause\'s ("broke out at around 4:10 p.m. and took hold of the block")', () => {
  const times = statements('The fire broke out at around 4:10 p.m. and took hold of the whole block.').filter((s) => s.attribute === 'time');
  assert.equal(times.length, 1);
  // "broke out", not "took": the lexicon files the phrasal verb as the act of starting.
  assert.equal(read('The fire broke out at around 4:10 p.m. and took hold of the whole block.').claims.find((c) => c.attribute === 'time')?.predicate, 'start');
});

test('durations: a winner\'s margin ("won by 4.2 seconds", "beating Tom Ward by 2.4 seconds", "4.2 seconds ahead of") is one statement', () => {
  const race = (text: string) => `Lee wins in Denver\n\nAnn Lee won the Denver Grand Prix on Sunday. ${text} It was her third win of the season.`;
  const found = conflicts({
    a: race('She finished 4.2 seconds ahead of Tom Ward.'),
    b: race('Lee won by 4.2 seconds from Tom Ward.'),
    c: race('Lee beat Tom Ward by 2.4 seconds.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, /margin of victory: c says “2.4 seconds” \(2.4 s\)/.test(f.message)]), [['c', true]], found.map((f) => f.message).join('\n'));
});

test('durations: "freed on Saturday after 53 days in captivity" is the time until they were freed, as "freed after 35 days" is', () => {
  const spans = (text: string) => statements(text).filter((s) => s.attribute === 'duration').map((s) => [s.subject, s.modifiers.join(' ')]);
  // Its subject is the act freeing names (statement.sameAct: releasing).
  assert.deepEqual(spans('The two engineers were freed on Saturday after 53 days in captivity.'), [['releas', 'after']]);
  const hostages = (text: string) => `Engineers freed in Niger\n\nTwo engineers kidnapped near Agadez in March were freed on Saturday, their employer said. ${text}`;
  const found = conflicts({
    a: hostages('They were freed after 53 days in captivity.'),
    b: hostages('The men were freed after 35 days.'),
    c: hostages('They were freed after 53 days, officials said.'),
  });
  assert.deepEqual(found.map((f) => f.uri), ['b'], found.map((f) => f.message).join('\n'));
});

test('counts: a rate inside another value ("winds of 185 kilometres per hour, killing at least 12 people") is no period of the count', () => {
  const tolls = (text: string) => statements(text).filter((s) => s.attribute === 'count').map((s) => [s.text, s.modifiers.join(' ')]);
  assert.deepEqual(tolls('The storm struck Denver with winds of 185 kilometres per hour, killing 12 people.'), [['12 people', '']]);
  // A rate of the count's own stays: "40 patients per hour".
  assert.deepEqual(tolls('The clinic treats 40 patients per hour.'), [['40 patients', 'per hour']]);
  const storm = (text: string) => `Storm hits Denver\n\nA storm hit Denver on Wednesday. ${text} Power was cut to 20,000 homes.`;
  const found = conflicts({
    a: storm('It brought winds of 185 kilometres per hour, killing 12 people.'),
    b: storm('Twelve people were killed, officials said.'),
    c: storm('It brought winds of 115 miles per hour, killing 21 people.'),
  });
  assert.deepEqual(found.map((f) => f.uri), ['c'], found.map((f) => f.message).join('\n'));
});

test('syntax: a day before "and" and a second verb dates both acts ("walked into his office on Monday and shot three people" is the shooting\'s day)', () => {
  const day = read('A former employee walked into his office in Denver on Monday and shot three people.').claims.find((c) => c.attribute === 'day');
  assert.equal(day?.predicate, 'shoot');
});

test('money: a noun the word vectors do not know says nothing of whether two sums are of unrelated things', () => {
  const film = (text: string) => `Ward asks for more\n\nDirector Tom Ward is negotiating to return for the sequel. ${text}`;
  const service = serviceOf({
    a: film('Tom Ward accepted a relatively low $3 million salary for the first film.'),
    b: film('Tom Ward was paid $3 million for co-writing and directing the first film.'),
  });
  const corpus = service.corpus('a');
  const placed = align.placeStatements([...corpus.readings.values()], corpus.mentionEntity, corpus.entityById);
  const sum = (uri: string) => placed.find((p) => p.uri === uri && p.claim.attribute === 'money')!;
  const [salary, paid] = [sum('a'), sum('b')];
  assert.deepEqual([salary?.claim.subject, paid?.claim.subject], ['salary', 'co-writing']);
  assert.equal(align.apart(salary, paid, align.toldAlike(salary, paid)), undefined);
});

test('alignment: two parties\' estimates are two claims ("organisers put the crowd at 90,000" / "police estimating the crowd at 12,000"); one party\'s, one figure', () => {
  const wire = 'Source: Daily A\n\nDENVER — Thousands marched through Denver on Sunday against a new toll road.\n\nOrganisers put the crowd at 90,000. The march ended peacefully outside the statehouse.';
  const paper = 'Source: Daily B\n\nDENVER — Thousands of people took to the streets of Denver on Sunday, with police estimating the crowd at 12,000.\n\nThe march ended peacefully.';
  const readOf = (text: string) => {
    const r = read(text);
    return r.claims.filter((c) => c.estimatedBy).map((c) => [r.quantities[c.quantity].text, c.estimatedBy]);
  };
  assert.deepEqual(readOf(wire), [['90,000', 'organiser']]);
  assert.deepEqual(readOf(paper), [['12,000', 'polic']]);
  // "damage estimated at": the noun before the verb is what is estimated, no party.
  assert.deepEqual(readOf('The storm caused damage estimated at $4 million, the mayor of Denver said.'), []);
  assert.deepEqual(conflicts({ 'a.txt': wire, 'b.txt': paper }).map((f) => f.message), []);
  // The same party's estimates, told two ways, are one figure.
  const sameParty = conflicts({ 'a.txt': wire, 'b.txt': paper.replace('with police estimating', 'with organisers estimating') });
  assert.equal(sameParty.length, 1);
  assert.match(sameParty[0].message, /12,000/);
});

test('durations: what lasted is the noun a phrase "for" or "of" follows, and a span right after a verb of lasting is a length even before "before"', () => {
  assert.deepEqual(statements('Bidding for the vase lasted 11 minutes before it went to a buyer in Denver.').map((s) => [s.text, s.subject, s.scope]), [['11 minutes', 'bidding', 'story']]);
  assert.deepEqual(statements('The search for the missing hikers lasted six hours.').map((s) => s.subject), ['search']);
  // Without the verb of lasting, a span before "before" is a time before something, not a length.
  assert.deepEqual(statements('Ann Lee arrived 11 minutes before the vote.').map((s) => s.subject), ['vote']);
  const found = conflicts({
    'a.txt': 'Source: Daily A\n\nA vase sold for $2 million in Denver on Thursday. Bidding for the vase lasted 11 minutes before it went to a buyer on the telephone.',
    'b.txt': 'Source: Daily B\n\nA vase sold for $2 million in Denver on Thursday. It went to a telephone bidder after 17 minutes of bidding.',
  });
  assert.deepEqual(found.map((f) => f.message.replace(/:.*/, '')), ['Sources disagree on the length of the bidding']);
});

test('scope: the year a made thing was made ("the 1917 canvas") does not date its clause; the year of an event ("the 2004 flood") does', () => {
  assert.deepEqual(statements('The 1917 canvas sold for $74 million on Thursday.').map((s) => [s.text, s.scope]).filter(([t]) => t !== 'Thursday'), [['$74 million', 'story']]);
  assert.deepEqual(statements('The 2004 flood killed 230 people.').map((s) => [s.text, s.scope]), [['230 people', 'background']]);
});

test('durations: by how much a record fell ("broke the record by 83 seconds", "took 38 seconds off the record") is one statement, not the winner\'s margin', () => {
  const found = conflicts({
    'a.txt': 'Source: Daily A\n\nAnn Lee won the Denver Marathon on Sunday in 2:14:18, breaking the course record by 38 seconds.',
    'b.txt': 'Source: Daily B\n\nAnn Lee broke the Denver Marathon course record by 83 seconds on Sunday, winning in 2:14:18.',
    'c.txt': 'Source: Daily C\n\nAnn Lee won the Denver Marathon on Sunday, clocking 2:14:18 to take 38 seconds off the course record.',
  });
  assert.deepEqual(found.map((f) => f.message.replace(/:.*/, '')), ['Sources disagree on the margin by which the record fell']);
  assert.match(found[0].message, /83 seconds/);
  // A winner's margin is another thing: "won by 38 seconds" is not set against the record's fall.
  const apart = conflicts({
    'a.txt': 'Source: Daily A\n\nAnn Lee won the Denver Marathon on Sunday by 83 seconds, finishing in 2:14:18.',
    'b.txt': 'Source: Daily B\n\nAnn Lee won the Denver Marathon on Sunday in 2:14:18, breaking the course record by 38 seconds.',
  });
  assert.deepEqual(apart.map((f) => f.message), []);
});

test('ranks: two outlets counting one union\'s strikes since a month two ways disagree ("the fourth strike … since May" / "its third strike since May")', () => {
  const found = conflicts({
    'a.txt': 'Source: Daily A\n\nTrain drivers in Denver walked out on Monday. It is the fourth strike by the union since May.',
    'b.txt': 'Source: Daily B\n\nTrain drivers in Denver walked out on Monday. It is the union\'s third strike since May.',
  });
  assert.deepEqual(found.map((f) => f.message.replace(/:.*/, '')), ['Sources disagree on the tally of strikes']);
});

test('alignment: an estimate against a figure someone else\'s words give is still compared ("the developer estimates the cost at" / "which he estimates would cost")', () => {
  const found = conflicts({
    'a.txt': 'Source: Daily A\n\nTom Ward wants Denver to build a new stadium. The property developer estimates the cost at around $8 billion.',
    'b.txt': 'Source: Daily B\n\nDenver needs a new stadium, which would cost about $11 billion, Tom Ward said.',
  });
  assert.equal(found.length, 1);
  assert.match(found[0].message, /\$11 billion|\$8 billion/);
});

test('durations: what lasted stands before a phrase set off by commas ("The blast, at 11:32 a.m., lasted 21 minutes"), not inside it', () => {
  assert.deepEqual(statements('The blast, at 11:32 a.m., lasted 21 minutes. The march, which began at noon, lasted three hours.').filter((s) => s.attribute === 'duration').map((s) => [s.text, s.subject]), [
    ['21 minutes', 'blast'],
    ['three hours', 'march'],
  ]);
});

test('counts: the size of the set a part is taken from is no noun of it ("Seven of the nine members")', () => {
  const parts = (text: string) => statements(text).filter((s) => s.modifiers.includes('part')).map((s) => [s.text, s.subject]);
  assert.deepEqual(parts('Seven of the nine members of the board backed the plan.'), [['Seven', 'member']]);
  const story = (text: string) => `Board backs plan\n\nThe board of Denver Water met on Tuesday. ${text} The plan starts in May.`;
  const found = conflicts({ a: story('Seven of the nine members backed the plan.'), b: story('The plan was backed by seven of the nine members.'), c: story('Six of the nine members backed the plan.') });
  assert.deepEqual(found.map((f) => [f.uri, /number of members\b/.test(f.message)]), [['c', true]], found.map((f) => f.message).join('\n'));
});

test('messages: a compound of an irregular plural is named as written ("grandchildren", not "grandchildrens")', () => {
  const story = (n: string) => `Ann Lee dies at 90\n\nAnn Lee, the Denver painter, died on Tuesday at 90. She is survived by ${n} grandchildren.`;
  const found = conflicts({ a: story('five'), b: story('five'), c: story('six') });
  assert.deepEqual(found.map((f) => [f.uri, /number of grandchildren:/.test(f.message)]), [['c', true]], found.map((f) => f.message).join('\n'));
  // "-men" only after a consonant or an "e": "specimen" and "abdomen" stay as they are.
  const subjects = statements('Police said four gunmen fled. Lab staff kept three specimens.').map((s) => s.subject);
  assert.deepEqual(subjects, ['gunman', 'specimen']);
});

test('durations: a verb and its object right before "for" hold the span, whatever event a word further off names', () => {
  const spans = statements('The leaders reopened the border after talks that lasted 11 hours, ending a row that had closed crossings for eight months.').filter((s) => s.attribute === 'duration');
  assert.deepEqual(spans.map((s) => [s.text, s.subject]), [['11 hours', 'communication'], ['eight months', 'crossing']]);
  const story = (talks: string) => `Border deal\n\nThe leaders of Arland and Bestia met on Friday near Denver. They agreed to reopen the border after ${talks}, ending a row that had closed crossings for eight months.`;
  const found = conflicts({ a: story('talks that lasted 11 hours'), b: story('11 hours of talks'), c: story('nine hours of talks') });
  assert.deepEqual(found.map((f) => f.uri), ['c'], found.map((f) => f.message).join('\n'));
  assert.equal(found[0].message.includes('eight months'), false, found[0].message);
});

test('lengths: "offshore" measures a distance, said of the thing placed ("a reef roughly 20km offshore")', () => {
  const story = (where: string) => `Tanker aground\n\nThe tanker Ann Lee ran aground on Thursday. It struck a reef ${where}, the coast guard said.`;
  const found = conflicts({ a: story('about 12 km off the coast'), b: story('roughly 20km offshore') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /distance of the reef/);
});

test('days: a lede\'s day of its source speaking is not the day of the incident it reports ("has died …, her family said on Wednesday")', () => {
  const a = 'Ann Lee dies at 87\n\nThe Denver pianist Ann Lee has died at the age of 87, her family said on Wednesday.\n\nHer son Tom said she died on Tuesday evening.';
  const b = (day: string) => `Ann Lee obituary\n\nAnn Lee, who has died aged 87, led a jazz band in Denver for 30 years.\n\nShe died on ${day} after a long illness, her family said.`;
  assert.deepEqual(conflicts({ a, b: b('Tuesday') }), []);
  assert.equal(conflicts({ a, b: b('Monday') }).length, 1);
});

test('counts: a bare number joined to a count with a verb of its own counts its noun ("200 people were evacuated and 17 were rescued")', () => {
  const counts = statements('About 200 people were evacuated and 17 were rescued by firefighters.').map((s) => [s.text, s.subject]);
  assert.deepEqual(counts, [['About 200 people', 'people'], ['17', 'people']]);
  // The 17 rescued of one source agree with another's 17, and are not set against its 200 evacuated.
  const story = (text: string) => `Tower fire in Denver\n\nA fire swept through a tower in Denver early on Wednesday. ${text}`;
  const found = conflicts({ a: story('Some 200 residents were evacuated. Firefighters rescued 17 people from upper floors.'), b: story('About 200 people were evacuated and 17 were rescued by firefighters.') });
  assert.deepEqual(found, [], found.map((f) => f.message).join('\n'));
  const differ = conflicts({ a: story('Some 200 residents were evacuated. Firefighters rescued 17 people from upper floors.'), b: story('About 200 people were evacuated and 12 were rescued by firefighters.') });
  assert.equal(differ.length, 1, differ.map((f) => f.message).join('\n'));
});

test('counts: a verb\'s object "N of them" counts the noun of the count before it ("31 whales stranded …, and rescuers refloated 19 of them")', () => {
  const r = read('Thirty-one pilot whales stranded on a beach near Marrowby on Thursday, and rescuers refloated 19 of them on the evening tide.');
  const counts = r.claims.filter((c) => c.attribute === 'count').map((c) => [r.quantities[c.quantity].text, c.subject, c.predicate]);
  assert.deepEqual(counts, [['Thirty-one pilot', 'whale', 'strand'], ['19', 'whale', 'refloat']]);
  // "Three of them were treated" still counts no named set.
  assert.deepEqual(statements('Three of them were treated in hospital.').filter((s) => s.attribute === 'count').map((s) => s.subject), []);
});

test('counts: the stranded and the rescued are two sets; a base form after "to" is the act ("managed to return 17 whales")', () => {
  assert.deepEqual(read('Rescuers managed to return 17 pilot whales to the sea.').claims.map((c) => c.predicate), ['return']);
  // Not past a noun ("expects inflation to fall to 4 per cent"), nor after a verb of intending or forecasting.
  assert.deepEqual(read('The bank expects inflation to fall to 4 per cent.').claims.map((c) => c.predicate), ['expect']);
  assert.deepEqual(read('Inflation is expected to fall to 4 per cent.').claims.map((c) => c.predicate), ['expect']);
  assert.deepEqual(read('The company plans to cut 500 jobs next year.').claims.map((c) => c.predicate), ['plan']);
  const rates = (text: string) => `Rates rise in Marrowby\n\nThe central bank raised rates on Thursday. Inflation fell to 6.8% in June. ${text}`;
  assert.deepEqual(conflicts({ a: rates('The bank now expects inflation to fall to 4 per cent by the end of the year.'), b: rates('Inflation is still far too high.') }), []);
  const story = (text: string) => `Whales stranded near Marrowby\n\n${text}`;
  const a = story('Thirty-one pilot whales stranded on a beach near Marrowby on Thursday, and rescuers refloated 19 of them.');
  // Another source's 17 saved is the refloated 19's figure, not the 31 stranded.
  const found = conflicts({ a, b: story('Rescuers managed to save 17 pilot whales near Marrowby on Thursday.') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /“19”|“17 pilot whales”/);
  assert.doesNotMatch(found[0].message, /Thirty-one/);
  assert.deepEqual(conflicts({ a, b: story('Rescuers saved 19 pilot whales near Marrowby on Thursday.') }), []);
});

test('percent: a change told after auxiliaries is of the noun before them ("claims in the county have climbed 25 percent")', () => {
  const changes = (text: string) => statements(text).filter((s) => s.attribute === 'percent').map((s) => s.subject);
  assert.deepEqual(changes('Sinkhole claims in the county have climbed 25 percent since 2020.'), ['claim']);
  assert.deepEqual(changes('Home prices had already risen 8 percent.'), ['price']);
  // A change since a point is of that span: not a day's move of the same thing.
  const market = (text: string) => `Shares slide in Marrowby\n\nShares fell sharply in Marrowby on Monday. ${text}`;
  assert.deepEqual(conflicts({ a: market('At one point the index was down 5.1%.'), b: market('The index has now lost 11 per cent since the start of the month.') }), []);
  assert.equal(conflicts({ a: market('The index has lost 5.1% since the start of the month.'), b: market('The index has now lost 11 per cent since the start of the month.') }).length, 1);
  const story = (text: string) => `Sinkholes in Marrowby\n\nA sinkhole opened in Marrowby on Monday. ${text}`;
  const found = conflicts({ a: story('Sinkhole claims in the county have risen 40 percent since 2020.'), b: story('Sinkhole claims in the county have climbed 25 percent since 2020.') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
});

test('listings: a share of a count a pronoun names ("Seventeen people survived, four of them in critical condition") lists nothing beside it', () => {
  const listed = (text: string, value: string) => {
    const reading = read(text);
    return oneOfAListing(reading, reading.quantities.find((q) => q.text === value)!, 0);
  };
  assert.equal(listed('Seventeen people survived and were taken to hospitals, four of them in critical condition.', 'Seventeen people'), false);
  assert.equal(listed('Seventeen people survived and four people were missing.', 'Seventeen people'), true);
});

test('durations: an adjective after a determiner is what lasted ("The final lasted two hours", "a final that lasted")', () => {
  const spans = (text: string) => statements(text).filter((s) => s.attribute === 'duration').map((s) => [s.text, s.subject]);
  assert.deepEqual(spans('The final lasted two hours and 14 minutes.'), [['two hours and 14 minutes', 'final']]);
  assert.deepEqual(spans('Ann Lee beat Tom Ward in a final that lasted two hours and 41 minutes.'), [['two hours and 41 minutes', 'final']]);
});

test('lengths: "short of" a place measures a distance from it, and a time phrase after the place is not its name', () => {
  const lengths = (text: string) => read(text).claims.filter((c) => c.attribute === 'length').map((c) => [c.subject, c.measure]);
  assert.deepEqual(lengths('The plane came down about 3 km short of the runway.'), [['runway', 'distance']]);
  assert.deepEqual(lengths('The plane hit the ground around 5 km from the runway shortly before 7 p.m.'), [['runway', 'distance']]);
  assert.deepEqual(lengths('People living within 5km of the site were told to stay indoors.'), [['site', 'distance']]);
});

test('scope: a date dates its own verb\'s phrase, not a verb joined by "and" with a span of its own, nor the clause after an opening participle', () => {
  const albums = (text: string) => statements(text).filter((s) => s.attribute === 'count').map((s) => [s.text, s.scope]);
  assert.deepEqual(albums('Ann Lee moved to Denver in 1961 and for three decades was a fixture of its clubs, recording 38 albums as a leader.'), [['38 albums', 'story']]);
  assert.deepEqual(albums('Born in Denver in 1937, Ann Lee recorded 38 albums.'), [['38 albums', 'story']]);
  // A date right after its verb still dates the verb it follows, and the act the sentence goes on to tell.
  assert.deepEqual(albums('Ann Lee moved to Denver in 1961 and recorded 38 albums there.'), [['38 albums', 'background']]);
  const dates = read('Ann Lee moved to Denver in 1961 and spent the next three decades there.').claims.filter((c) => c.attribute === 'date');
  assert.deepEqual(dates.map((c) => c.predicate), ['mov']);
});

test('durations: a span after a gerund and its object is the time since that event ("nine days after suffering a heart attack")', () => {
  const spans = (text: string) => statements(text).filter((s) => s.attribute === 'duration').map((s) => [s.text, s.subject, s.modifiers]);
  assert.deepEqual(spans('Ann Lee died on Thursday, nine days after suffering a heart attack.'), [['nine days', 'attack', ['after']]]);
  // With no object there is no event another source can name.
  assert.deepEqual(spans('Ann Lee died on Thursday, nine days after arriving.'), []);
  const story = (span: string) => `Ann Lee dies at 85\n\nAnn Lee, the Denver pin-up model, died on Thursday at 85, ${span} after suffering a heart attack.`;
  const found = conflicts({ a: story('nine days'), b: story('nine days'), c: story('12 days') });
  assert.deepEqual(found.map((f) => f.uri), ['c'], found.map((f) => f.message).join('\n'));
});

test('messages: a span after an event is named by the event, and a week is "1 week"', () => {
  const story = (span: string) => `Ann Lee dies at 85\n\nAnn Lee, the Denver pin-up model, died on Thursday at 85, ${span} after suffering a heart attack.`;
  const found = conflicts({ a: story('nine days'), b: story('nine days'), c: story('a week') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /disagree on the time after the attack: c says “a week” \(1 week\)/);
});

test('days: verbs the lexicon files as one act ("defeated", "beat") date one event', () => {
  const a = 'Upset in Denver primary\n\nVoters in Denver chose a little-known professor over a party leader.\n\nTom Ward was soundly defeated on Tuesday by Ann Lee, who spent less than $100,000.';
  const b = (day: string) => `Upset in Denver primary\n\nA party leader lost his seat in a primary in Denver.\n\nAnn Lee beat Tom Ward on ${day}, spending less than $100,000.`;
  assert.equal(conflicts({ a, b: b('Friday') }).length, 1);
  assert.deepEqual(conflicts({ a, b: b('Tuesday') }), []);
});

test('messages: a count is quoted through the noun it counts ("14 shipping containers"), and "the injured" stays so', () => {
  const story = (text: string) => `Cocaine haul in Denver\n\nPolice found 4.2 tonnes of cocaine in Denver on Sunday. ${text}`;
  const found = conflicts({ a: story('The drugs were in 14 shipping containers from Peru.'), b: story('The drugs were in 12 containers from Peru.') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /“14 shipping containers”/);
  // The related locations quote the same words as the message.
  assert.ok(found[0].related?.length && found[0].related.every((r) => /containers”/.test(r.message)), JSON.stringify(found[0].related));
  const hurt = (n: string) => `Blast at Denver plant\n\nAn explosion at a plant in Denver killed seven workers and injured 31 on Friday. ${n} of the injured were in serious condition.`;
  const serious = conflicts({ a: hurt('Five'), b: hurt('Seven') });
  assert.equal(serious.length, 1, serious.map((f) => f.message).join('\n'));
  assert.match(serious[0].message, /number of injured in serious condition:/);
});

test('dates: a phrasal verb the lexicon files as one verb\'s act dates that act ("stepped down in 2020" / "resigned in 2021")', () => {
  const dates = (text: string) => read(text).claims.filter((c) => c.attribute === 'date' || c.attribute === 'time').map((c) => c.predicate);
  assert.deepEqual(dates('Tom Ward, the former chief executive, stepped down in 2020.'), ['resign']);
  assert.deepEqual(dates('The fire broke out at about 2 a.m.'), ['start']);
  const story = (text: string) => `Hospital inquiry in Denver\n\nAn inquiry into deaths at Denver General Hospital reported on Monday. ${text}`;
  const found = conflicts({ a: story('The hospital chief executive at the time, Tom Ward, resigned in 2021.'), b: story('Tom Ward, the hospital\'s former chief executive, stepped down in 2020.') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
});

test('days: two ledes that lead with two acts, each article giving the other\'s day lower down, do not disagree', () => {
  const a = 'Exporters agree to cut oil output\n\nThe oil exporters\' group agreed on Sunday to cut production by 1.2 million barrels a day from January.\n\nBrent crude rose 5.4 per cent on Monday.';
  const b = (day: string) => `Oil jumps after output cut\n\nOil prices jumped on Monday after the exporters' group said it would cut output by 1.2 million barrels a day.\n\nThe decision followed a meeting in Denver on ${day}.`;
  assert.deepEqual(conflicts({ a, b: b('Sunday') }).filter((f) => f.code === 'time-conflict'), []);
});

test('money: a price of one unit ("$88.20 a barrel") is that unit\'s price, and a percentage word names no thing', () => {
  const sums = read('Brent crude rose 5.4 per cent to $88.20 a barrel on Monday.').claims.filter((c) => c.attribute === 'money').map((c) => [c.subject, c.modifiers]);
  assert.deepEqual(sums, [['barrel', ['per']]]);
  const story = (price: string) => `Oil jumps\n\nOil prices jumped in Denver on Monday. Brent crude climbed 5.4 per cent to ${price} a barrel.`;
  const found = conflicts({ a: story('$88.20'), b: story('$86.20') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /the price per barrel:/);
});

test('durations: the time someone "has" to do something is the time allowed, and a light verb\'s act is its object ("to lodge an appeal")', () => {
  const spans = (text: string) => statements(text).filter((s) => s.attribute === 'duration').map((s) => [s.text, s.subject, s.modifiers]);
  assert.deepEqual(spans('Ann Lee denies wrongdoing and has 30 days to appeal.'), [['30 days', 'appeal', ['to', 'allowed']]]);
  assert.deepEqual(spans('She has 21 days to lodge an appeal, the Denver panel said.'), [['21 days', 'appeal', ['to', 'allowed']]]);
  // "given them 10 days to leave", "gave the diplomats two weeks to leave": the time allowed too.
  assert.deepEqual(spans('Marrowby has expelled 15 diplomats and given them 10 days to leave.'), [['10 days', 'leav', ['to', 'allowed']]]);
  assert.deepEqual(spans('Marrowby gave the diplomats two weeks to leave.'), [['two weeks', 'leav', ['to', 'allowed']]]);
  const story = (text: string) => `Ann Lee banned\n\nThe Denver sprinter Ann Lee was banned for four years on Thursday. ${text}`;
  const found = conflicts({ a: story('She has 30 days to appeal.'), b: story('She has 21 days to lodge an appeal.') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /the time allowed to appeal:/);
});

test('dates: a date that closes an aside of "who" or an opening participle dates its verb, not the verb after the comma', () => {
  const dates = (text: string) => read(text).claims.filter((c) => c.attribute === 'date').map((c) => c.predicate);
  assert.deepEqual(dates('Ann Lee, who moved to Denver in 1962, spent thirty years playing in its clubs.'), ['mov']);
  assert.deepEqual(dates('Born in Denver in 1937, Ann Lee moved to Boston in 1961.'), ['born', 'mov']);
  // An opening clause of "when" keeps the verb after it: "When the storm destroyed the clinic in 1998, she made house calls".
  assert.deepEqual(dates('When the storm destroyed the clinic in 1998, she made house calls.'), ['mak']);
  const story = (text: string) => `Ann Lee dies at 87\n\nThe jazz pianist Ann Lee has died in Denver at 87. ${text}`;
  const found = conflicts({ a: story('Born in Ibadan in 1937, Lee moved to New York in 1961 and recorded 42 albums.'), b: story('Lee, who moved to New York in 1962, spent thirty years playing in its clubs.') });
  assert.equal(found.filter((f) => f.code === 'time-conflict').length, 1, found.map((f) => f.message).join('\n'));
});

test('days: two ledes\' days a verb of speaking governs are both days of the report, and are compared', () => {
  const a = (day: string) => `Ward indicted\n\nTom Ward, a Denver congressman, has been indicted on federal fraud charges, people with knowledge of the case said on ${day}.\n\nThe grand jury met on Thursday.`;
  const b = 'Ward indicted\n\nTom Ward, a Denver congressman, has been indicted on federal fraud charges, officials said Friday.';
  assert.equal(conflicts({ a: a('Monday'), b }).filter((f) => f.code === 'time-conflict').length, 1);
  assert.deepEqual(conflicts({ a: a('Friday'), b }).filter((f) => f.code === 'time-conflict'), []);
});

test('days: a lede that dates its act on another day, with no act it followed, is still set against the others', () => {
  const a = 'Ward attacks Lee\n\nTom Ward went after his rival Ann Lee on Friday, calling on Denver police to look at her emails.\n\n“Jail!” Ward wrote early Tuesday. The emails came out in a Friday release by the city.';
  const b = 'Ward attacks Lee\n\nTom Ward made his first attack of the year on his rival Ann Lee on Tuesday, calling on Denver police to look at her emails.\n\nOn Friday, the city released the emails.';
  assert.equal(conflicts({ a, b }).filter((f) => f.code === 'time-conflict').length, 1, conflicts({ a, b }).map((f) => f.message).join('\n'));
});

test('subjects: nouns of one thing in other words ("houses" / "homes") are one subject; two kinds of things stay two', () => {
  assert.deepEqual(statements('The mud buried 38 houses. Crews reached 12 homes.').map((s) => s.subject), ['home', 'home']);
  const slide = (text: string) => `Landslide in Denver\n\nA landslide struck a village near Denver on Thursday, killing 23 people. ${text} Rescuers were still searching.`;
  const found = conflicts({ a: slide('Mud swept over 41 homes, the governor said.'), b: slide('The slide buried 38 houses, the governor said.') });
  assert.deepEqual(found.map((f) => [f.code, /38 houses/.test(f.message)]), [['quantity-conflict', true]], found.map((f) => f.message).join('\n'));
  assert.deepEqual(statements('The mud buried 38 houses and 12 barns.').map((s) => s.subject), ['home', 'barn']);
});

test('lengths: a length written before a name, or in apposition after it, is the named thing\'s size ("the 400-metre Golden Bay" / "the Golden Bay, a 1,100ft ship")', () => {
  const story = (text: string) => `Ship freed in canal\n\nA container ship that blocked a canal near Denver was freed on Monday. ${text} Traffic resumed on Tuesday.`;
  const found = conflicts({ a: story('The 400-metre Golden Bay ran aground last week.'), b: story('The Golden Bay, a 1,100ft container ship, ran aground last week.') });
  assert.deepEqual(found.map((f) => [f.code, /1,100ft/.test(f.message) && /400-metre/.test(f.message)]), [['quantity-conflict', true]], found.map((f) => f.message).join('\n'));
  // The same size in other units agrees (400 m is 1,312 ft).
  assert.deepEqual(conflicts({ a: story('The 400-metre Golden Bay ran aground last week.'), b: story('The Golden Bay, a 1,312ft container ship, ran aground last week.') }), []);
});

test('days: a weekday after a clock time ("shortly after 8:30 p.m. Thursday") dates the act as "on Thursday" does', () => {
  const story = (text: string) => `Shooting in Denver\n\nA gunman shot three people at a factory in Denver. ${text} Police arrested a woman.`;
  const found = conflicts({ a: story('The shooting happened shortly after 8:30 p.m. Thursday.'), b: story('The shooting happened shortly after 8:30 p.m. Thursday.'), c: story('The shooting happened on Wednesday night.') });
  assert.deepEqual(found.map((f) => [f.uri, f.code]), [['c', 'time-conflict']], found.map((f) => f.message).join('\n'));
});

test('results: a ruling told two ways ("ruled 6-3" / "a 5-4 decision") disagrees; results of two other games do not', () => {
  const ruling = (text: string) => `Court strikes down Denver law\n\n${text} The law was passed in 2017.`;
  const found = conflicts({ a: ruling('The Supreme Court ruled 6-3 on Monday that a Denver law was unconstitutional.'), b: ruling('The Supreme Court struck down a Denver law on Monday in a 5-4 decision.') });
  assert.deepEqual(found.map((f) => [f.code, /“5-4”/.test(f.message) && /“6-3”/.test(f.message)]), [['quantity-conflict', true]], found.map((f) => f.message).join('\n'));
  const game = (text: string) => `Denver edge Tulsa\n\nDenver Rovers beat Tulsa City 2-1 on Sunday. ${text}`;
  assert.deepEqual(conflicts({ a: game('In another match, Austin United beat Reno 3-0.'), b: game('Elsewhere, Boise won 4-2 at Fresno.') }), []);
  assert.deepEqual(conflicts({ a: game(''), b: game('') }), []);
  assert.equal(conflicts({ a: game(''), b: `Denver edge Tulsa\n\nDenver Rovers beat Tulsa City 3-1 on Sunday.` }).length, 1);
});

test('results: a tally of one vote told in a lede and lower down in another source ("by 214 votes to 187" / "voted 214 to 178") disagrees', () => {
  const vote = (lede: string, text: string) => `Assembly passes water bill\n\n${lede} ${text} The minister welcomed the result.`;
  const found = conflicts({
    a: vote('The assembly in Marrowby on Wednesday passed a bill to protect groundwater, approving it by 214 votes to 187 with 12 abstentions.', ''),
    b: vote('The assembly in Marrowby on Wednesday passed a bill to protect groundwater after a long debate.', 'Lawmakers voted 214 to 178, with 12 abstaining.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, f.code]), [['b', 'quantity-conflict']], found.map((f) => f.message).join('\n'));
});

test('scope: a change measured against the same week last year is of the story, as one measured from a year ago is', () => {
  const [up] = statements('Emergency admissions in the region were up 60 percent on the same week last year, the ministry said.').filter((s) => s.attribute === 'percent');
  assert.deepEqual([up.text, up.scope], ['60 percent', 'story']);
  const [earlier] = statements('Admissions rose 60 percent in the same week last year, the ministry said.').filter((s) => s.attribute === 'percent');
  assert.deepEqual([earlier.text, earlier.scope], ['60 percent', 'background'], 'a change that happened last year');
});

test('lengths: "down" before what it runs along is a way travelled, not a depth; "downstream" and "along" say a distance', () => {
  const measures = (text: string) => read(text).claims.filter((c) => c.attribute === 'length').map((c) => c.measure);
  assert.deepEqual(measures('Oil has since travelled about 2.5 miles down Marrish Creek.'), ['distance']);
  assert.deepEqual(measures('The slide carried two skiers 400 metres down the slope.'), ['distance']);
  assert.deepEqual(measures('Rescuers reached the miners 40 metres down.'), ['depth']);
  assert.deepEqual(measures('Oil entered the creek and has spread roughly 4 kilometres downstream.'), ['distance']);
  assert.deepEqual(measures('The oil has spread 6 kilometres along a creek.'), ['distance']);
});

test('days: a clause of "when" after a day ("parked her car around 7 p.m. Friday … when she was hit") happened that day too', () => {
  const story = (text: string) => `Woman hurt on Elm Road\n\nA driver hit a woman on Elm Road in Denver and drove off, police said. ${text} She was taken to hospital.`;
  const found = conflicts({
    a: story('Ann Lee had just parked her car around 7 p.m. Friday on Elm Road when she was hit by a van.'),
    b: story('Ann Lee was hit by a van on Thursday evening, police said.'),
  });
  assert.deepEqual(found.map((f) => f.code), ['time-conflict'], found.map((f) => f.message).join('\n'));
});

test('syntax: a passive of saying or believing before "to" hedges the verb after it, which is the act ("were said to have been rescued")', () => {
  assert.equal(read('Three climbers were said to have been rescued after a night on the mountain.').claims.find((c) => c.attribute === 'count')?.predicate, 'rescu');
  assert.equal(read('Two men were believed to have drowned on Sunday.').claims.find((c) => c.attribute === 'count')?.predicate, 'drown');
});

test('durations: how long the ones a noun names did something, in a clause of time ("after jurors deliberated for nine hours", "after deliberating for six hours"), named by the verb', () => {
  const story = (text: string) => `Ward guilty of robbery\n\n${text} He will be sentenced in January.`;
  const found = conflicts({
    a: story('A jury on Thursday found Tom Ward guilty of a robbery in Denver in 2022, after deliberating for about six hours.'),
    b: story('Tom Ward was found guilty on Thursday of a 2022 robbery in Denver after jurors deliberated for roughly nine hours.'),
  });
  assert.deepEqual(found.map((f) => f.message.split(':')[0]), ['Sources disagree on the time given for “deliberated”'], found.map((f) => f.message).join('\n'));
  // A date that opens the sentence still dates what follows it.
  assert.equal(statements('In 2004, after the wave hit, 230,000 people died.').find((s) => s.attribute === 'count')?.scope, 'background');
  // Every clause of it, those after ", and" too ("In March 2018, a helicopter landed …, and all 14 people … were unhurt").
  const earlier = statements('In March 2018, a Delvaro Air helicopter landed on an island after a warning light came on, and all 14 people on board were unhurt. In August 2021 a bloom closed the north bay, and that closure lasted five days.');
  assert.deepEqual(earlier.filter((s) => s.attribute !== 'date').map((s) => [s.text, s.scope]), [['14 people', 'background'], ['five days', 'background']]);
  const landing = (text: string) => `Helicopter lands in field\n\nA helicopter with 11 people on board made an emergency landing near Marrowby on Tuesday. ${text}`;
  assert.deepEqual(conflicts({ a: landing('No one was hurt.'), b: landing('In March 2018, another of its helicopters landed on an island, and all 14 people on board were unhurt.') }).map((f) => f.message), []);
});

test('durations: the time someone "held the post" is the time in office, as "in the job for two years" says it, and it is that person\'s', () => {
  const story = (text: string) => `Lee replaces Ward\n\nMayor Ann Lee replaced her finance chief, Tom Ward, on Thursday. ${text} Lee gave no reason.`;
  const found = conflicts({ a: story('Tom Ward had held the post for three years.'), b: story('Tom Ward, who had been in the job for two years, declined to comment.') });
  assert.deepEqual(found.map((f) => f.message.split(':')[0]), ['Sources disagree on the time in office of Tom Ward'], found.map((f) => f.message).join('\n'));
  // Two people's times in office are two statements.
  assert.deepEqual(conflicts({ a: story('Tom Ward had held the post for three years.'), b: story('Ann Lee, who has been in the job for two years, named a successor.') }), []);
});

test('ranks: a rank among a superlative ("the sixth-largest") is named as that rank, not as the superlative', () => {
  const found = conflicts({
    a: 'Jackpot claimed\n\nThe $842 million prize is the sixth-largest in the history of the Marrowby lottery, officials said.',
    b: 'Winner comes forward\n\nThe $842 million prize is the fourth-largest in the history of the Marrowby lottery, officials said.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /disagree on the rank among the largest: \w says “(fourth|sixth)-largest”/);
});

test('days: a weekday that ends a span of days ("from Friday to Sunday") dates no act', () => {
  const days = (text: string) => statements(text).filter((s) => s.attribute === 'day').map((s) => s.text);
  assert.deepEqual(days('The film took in $78 million from Friday to Sunday, the studio said on Sunday.'), ['Sunday']);
  assert.deepEqual(days('Talks ran between Monday and Wednesday. The fair runs Friday through Sunday. Ann Lee said Friday that it was over.'), ['Friday']);
  const found = conflicts({
    a: 'Film tops box office\n\nThe film took in an estimated $78 million from Friday to Sunday, according to studio estimates on Sunday.',
    b: 'Film leads weekend\n\nThe film led the weekend with an estimated $78 million, the studio said Sunday.',
  });
  assert.deepEqual(found.map((f) => f.message), []);
});

test('lengths: a height above a reference other than a datum ("10 feet above flood stage") is measured from it, and meets only a height above the same', () => {
  const found = conflicts({
    a: 'River floods Denver\n\nThe river reached 35 feet in Denver on Wednesday, nearly 10 feet above flood stage, forecasters said.',
    b: 'Denver flooding\n\nBy Wednesday the river in Denver had risen to 35 feet, about 13 feet above flood stage.',
    c: 'Flood: what we know\n\nThe river crested at 35 feet in Denver on Wednesday, forecasters said.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /the height above flood stage: \w says “(about 13|nearly 10) feet”/);
  assert.equal(found[0].related.length, 1, 'the level itself ("crested at 35 feet") is not set against it');
  // Above a datum it is the height itself.
  const [peak] = statements('The summit stands 8,848 metres above sea level.').filter((s) => s.attribute === 'length');
  assert.deepEqual(peak.modifiers, []);
});

test('counts: a set a sentence opens with ("Of the 2,980 passengers on board, 284 fell ill") is the whole, and a count of a part states nothing of it', () => {
  const [whole] = statements('Of the 2,980 passengers on board, 284 reported vomiting.').filter((s) => s.text === '2,980 passengers');
  assert.ok(whole.modifiers.includes('whole'));
  const found = conflicts({
    a: 'Virus on cruise ship\n\nMore than 300 passengers and crew fell ill on the Golden Bay. Of the 2,980 passengers on board, 284 reported vomiting, officials said.',
    b: 'Hundreds ill on cruise\n\nOfficials said 284 of the ship\'s 2,890 passengers reported symptoms on the Golden Bay.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /the number of passengers: \w says “2,(890|980) passengers”/);
});

test('ranks: "the fourth outbreak on a cruise ship this year" is a tally of the period, named a few words after its noun', () => {
  const ranks = (text: string) => statements(text).filter((s) => s.attribute === 'rank').map((s) => [s.text, s.subject]);
  assert.deepEqual(ranks('It is the fourth outbreak on a cruise ship this year.'), [['fourth', 'outbreak']]);
  assert.deepEqual(ranks('This is the third outbreak reported on a cruise ship this year, officials said.'), [['third', 'outbreak']]);
  // An idiom of an ordinal is no tally ("the first time this year").
  assert.deepEqual(ranks('It was the first time this year that the ship was cleaned.'), []);
  const found = conflicts({
    a: 'Virus on cruise ship\n\nIt is the fourth outbreak on a cruise ship this year, officials said.',
    b: 'Hundreds ill on cruise\n\nThis is the third outbreak reported on a cruise ship this year, officials said.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /the tally of outbreaks/);
});

test('durations: "a four-year veteran of the department" is the time with the department, as "has been with the department for six years" is', () => {
  const spans = (text: string) => statements(text).filter((s) => s.attribute === 'duration').map((s) => [s.text, s.subject, s.entity]);
  assert.deepEqual(spans('Officer Tom Ward, a four-year veteran of the department, was placed on leave.'), [['four-year', 'with department', 'Tom Ward']]);
  assert.deepEqual(spans('Officer Tom Ward, who has been with the department for six years, was placed on leave.'), [['six years', 'with department', 'Tom Ward']]);
  const found = conflicts({
    a: 'Officer on leave\n\nOfficer Tom Ward, who has been with the department for six years, was placed on leave on Saturday.',
    b: 'Officer put on leave\n\nOfficer Tom Ward, a four-year veteran of the department, was placed on leave on Saturday.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /the time with the department of Tom Ward: \w says “(four-year|six years)”/);
});

test('messages: a day is named by the incident noun a source wrote ("the day of the explosion"), not its class', () => {
  const found = conflicts({
    a: 'Blast at plant\n\nAn explosion tore through a chemical plant in Denver on Thursday, officials said.',
    b: 'Plant blast\n\nAn explosion tore through a chemical plant in Denver on Wednesday, officials said.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /the day of the explosion: /);
});

test('lengths: "The farm lies 35 miles north of Denver" is the farm\'s distance: a verb of position is no noun', () => {
  const found = conflicts({
    a: 'Bird flu at farm\n\nThe farm is about 20 miles north of Denver, officials said on Wednesday.',
    b: 'Flu found at farm\n\nThe farm lies roughly 35 miles north of Denver, officials said on Wednesday.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /the distance from Denver: \w says “(about 20|roughly 35) miles”/);
});

test('earlier events: a toll of an earlier event is set only against the same event\'s, and named with its year', () => {
  const found = conflicts({
    a: 'Blizzard kills seven\n\nAt least seven people died in the blizzard in Denver. It was the worst storm since the Blizzard of 1977, which killed 29 people.',
    b: 'Seven dead in blizzard\n\nThe blizzard killed at least seven people in Denver. It was the deadliest storm since the 1977 blizzard, which killed 23.',
  });
  // The story's "at least seven" fits both 23 and 29: it states nothing of the earlier storm's toll.
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /the number killed in 1977: \w says “(23|29 people)”/);
});

test('earlier events: a percentage of a period named by a marker alone ("sales fell 14 percent last year") is that period\'s figure', () => {
  const found = conflicts({
    a: 'Retailer files for bankruptcy\n\nThe retailer filed for bankruptcy on Monday. Its sales fell 14 percent last year to $3.1 billion.',
    b: 'Retailer seeks protection\n\nThe retailer filed for bankruptcy on Monday. Sales dropped 11 percent last year to $3.1 billion.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /the fall in sales: \w says “1[14] percent”/);
  // An event dated by a marker alone may be any of that year's: two quakes "last year" are not compared.
  const quakes = conflicts({
    a: 'Quake hits Denver\n\nA quake struck Denver on Monday. Last year, a 6.4 quake hit the region.',
    b: 'Denver quake\n\nA quake struck Denver on Monday. Last year, a 5.1 quake hit the region.',
  });
  assert.deepEqual(quakes.map((f) => f.message), []);
});

test('counts: a whole number of things below a hundred is counted, not rounded ("the tanker\'s 20 crew" is not 23)', () => {
  const found = conflicts({
    a: 'Ships collide\n\nAll 23 crew of the tanker Golden Bay were safe after the collision on Monday, coastguards said.',
    b: 'Collision at sea\n\nThe Golden Bay\'s 20 crew were all accounted for after the collision on Monday, coastguards said.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /the number of crew: \w says “2[03] crew”/);
  // A hundred and more may be rounded: "200 homes" may be 230.
  const homes = conflicts({
    a: 'Floods\n\nThe flood destroyed 230 homes in Denver on Monday, officials said.',
    b: 'Denver floods\n\nThe flood destroyed 200 homes in Denver on Monday, officials said.',
  });
  assert.deepEqual(homes.map((f) => f.message), []);
});

test('counts: a part of a set a possessive names ("14 of the country\'s 26 cantons") is a part of the set, not of the owner', () => {
  const [part] = statements('The measure failed to win a majority in 14 of the country\'s 26 cantons.').filter((s) => s.text === '14');
  assert.deepEqual([part.subject, part.modifiers], ['canton', ['part']]);
});

test('ages: "The 24-year-old" opening the sentence after a lede with a dateline is the lede\'s person', () => {
  const ages = (text: string) => statements(text).filter((s) => s.attribute === 'age').map((s) => [s.text, s.entity]);
  assert.deepEqual(ages('Record falls\n\nDENVER (Wire) — Ann Lee broke the 10,000 metres record on Saturday.\n\nThe 24-year-old took seven seconds off the old mark.'), [['24-year-old', 'Ann Lee']]);
  // Not when the sentence before it names another person first.
  assert.deepEqual(ages('Record falls\n\nDENVER (Wire) — Coach Tom Ward said Ann Lee broke the record on Saturday.\n\nThe 24-year-old took seven seconds off the old mark.').filter(([, e]) => e === 'Ann Lee'), []);
});

test('ages: the age of a role of a named thing ("the Golden Bay\'s 59-year-old captain") meets only the same role of the same thing', () => {
  const found = conflicts({
    a: 'Ships collide\n\nThe tanker Golden Bay hit a cargo ship on Monday. The Golden Bay\'s 59-year-old Russian captain was arrested.',
    b: 'Collision at sea\n\nThe tanker Golden Bay hit a cargo ship on Monday. Police arrested the Golden Bay\'s 57-year-old captain.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /the age of the captain of Golden Bay: \w says “5[79]-year-old”/);
  const twoRoles = conflicts({
    a: 'Ships collide\n\nThe tanker Golden Bay hit a cargo ship on Monday. The Golden Bay\'s 59-year-old captain was arrested.',
    b: 'Collision at sea\n\nThe tanker Golden Bay hit a cargo ship on Monday. The Golden Bay\'s 41-year-old engineer was hurt.',
  });
  assert.deepEqual(twoRoles.map((f) => f.message), []);
});

test('ages: "sign 16-year-old Brazilian striker Delvaro": a role noun after a people\'s word, and a name the article reads as a person elsewhere', () => {
  const ages = (text: string) => statements(text).filter((s) => s.attribute === 'age').map((s) => [s.text, s.entity]);
  // The tagger reads the name as a person in the headline and as a place in the lede.
  assert.deepEqual(ages('Delvaro joins Golden Bay\n\nGolden Bay have agreed to sign 16-year-old Brazilian striker Delvaro from Tulsa City for 7 million euros.'), [['16-year-old', 'Delvaro']]);
  assert.deepEqual(ages('Golden Bay have agreed to sign 16-year-old Brazilian striker Tom Ward from Tulsa City.'), [['16-year-old', 'Tom Ward']]);
});

test('counts: nouns of one thing in other words ("42 games" / "48 matches", "eight pieces" / "nine items") are one subject', () => {
  const games = conflicts({
    a: 'Striker signs\n\nTom Ward made his debut for Golden Bay in October 2022 and has scored 11 goals in 42 games.',
    b: 'Ward moves\n\nTom Ward has scored 11 goals in 48 matches since his Golden Bay debut in October 2022.',
  });
  assert.equal(games.length, 1, games.map((f) => f.message).join('\n'));
  const pieces = conflicts({
    a: 'Museum robbed\n\nThieves stole eight pieces of jewellery from a Denver museum on Sunday, police said.',
    b: 'Jewels stolen\n\nA gang stole nine items of jewellery from a Denver museum on Sunday, police said.',
  });
  assert.equal(pieces.length, 1, pieces.map((f) => f.message).join('\n'));
});

test('directions: a source that gives both neighbouring bearings ("north of Denver", "northeast of Denver") places two things and contradicts no one', () => {
  const found = conflicts({
    a: 'Fire near Denver\n\nA wildfire north of Denver forced 3,000 people to flee on Sunday. It broke out near a village about 35 km northeast of the city.',
    b: 'Denver fire\n\nSome 3,000 people fled their homes north of Denver on Sunday. The blaze started near a village roughly 35 km northeast of Denver.',
  });
  assert.deepEqual(found.map((f) => f.message), []);
});

test('times: "made an emergency landing at 3.45 p.m." is the landing\'s time, as "landed at 3:45 p.m." is', () => {
  const found = conflicts({
    a: 'Turbulence hits flight\n\nA Golden Bay Air flight from London hit severe turbulence on Tuesday, injuring 30 people, the airline said.\n\nThe plane dropped 6,000 feet before diverting to Bangkok, where it landed at 3:45 p.m. local time (0845 GMT).',
    b: 'Flight diverted\n\nThirty people were injured when a Golden Bay Air flight from London was hit by turbulence on Tuesday.\n\nThe plane plunged 6,000 feet and made an emergency landing in Bangkok at 3.45 p.m. (0745 GMT).',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /“0[78]45”/);
});

test('scope: an earlier time after "from" or "than" is the base of a change ("up 23.4 percent from a year ago"), not when the clause happened', () => {
  const [homes] = statements('There were 1.32 million homes for sale at the end of June, up 23.4 percent from a year ago.').filter((s) => s.attribute === 'count');
  assert.equal(homes.scope, 'story');
  const found = conflicts({
    a: 'Home prices at a record\n\nThere were 1.32 million homes for sale in Denver at the end of June, up 23.4 percent from a year ago, the realtors said.',
    b: 'Prices set a record\n\nInventory in Denver rose 23.4 percent from a year earlier to 1.23 million homes, the realtors said.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /1\.(23|32) million homes/);
});

test('lengths: a distance from "the Marrish port of Delvaro" is a distance from Delvaro', () => {
  const ship = (where: string) => `Ship seized\n\nPirates boarded the Golden Bay on Sunday. The ship was ${where} when it was boarded, the navy said.`;
  const found = conflicts({ a: ship('380 nautical miles east of the Marrish port of Delvaro'), b: ship('450 nautical miles east of Delvaro') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /“450 nautical miles”.*“380 nautical miles”/);
});

test('counts: parts of one set told by what each part is ("were in critical condition", "were players") are two parts', () => {
  const storm = (part: string) => `Lightning strike\n\nLightning struck a football field in Denver on Friday, injuring 11 people. ${part}, officials said.`;
  const two = conflicts({ a: storm('Three of the injured were in critical condition'), b: storm('Seven of the injured were players') });
  assert.deepEqual(two.map((f) => f.message), []);
  const one = conflicts({ a: storm('Three of the injured were in critical condition'), b: storm('Four of the injured were in critical condition') });
  assert.equal(one.length, 1, one.map((f) => f.message).join('\n'));
  assert.match(one[0].message, /the number of injured in critical condition:/);
  // "of them" and the state it is in: the same part, whatever set the pronoun names.
  const pronoun = conflicts({ a: storm('Three of the injured were in critical condition'), b: storm('Four of them were in critical condition') });
  assert.equal(pronoun.length, 1, pronoun.map((f) => f.message).join('\n'));
  assert.deepEqual(conflicts({ a: storm('Three of them were Americans'), b: storm('Four of them were players') }).map((f) => f.message), []);
  // A verb after "were" is the part's verb, as any other: the parts taken to hospital are one statement.
  const taken = conflicts({ a: storm('Two of the injured were taken to hospital'), b: storm('Five of the injured were taken to hospital') });
  assert.equal(taken.length, 1, taken.map((f) => f.message).join('\n'));
});

test('durations: "over a period of seven years" after a sum is its term too', () => {
  const theft = (text: string) => `Treasurer admits theft\n\nAnn Lee, the former treasurer of Marrowby, pleaded guilty on Wednesday. ${text} She will be sentenced in May.`;
  const found = conflicts({
    a: theft('She stole $40,000 from the town of Marrowby over nine years, prosecutors said.'),
    b: theft('She took $40,000 from the town over a period of seven years, prosecutors said.'),
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /length of the term: \w says “(?:seven|nine) years”/);
});

test('ranks: "the 50th annual Marrowby Fair" and "the 49th edition of the fair" are two editions of one thing', () => {
  const fair = (text: string) => `Giant pumpkin wins\n\nA pumpkin weighing 1,200 kilograms won on Monday. ${text} Ann Lee grew it.`;
  const found = conflicts({ a: fair('More than 30 growers competed at the 50th annual Marrowby Fair.'), b: fair('The contest was the 49th edition of the fair, which drew 30 growers.') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /disagree on the edition/);
});

test('estimates: "about 380 miles" against "roughly 450 miles" is worth a look, each figure outside the other\'s reach; "about 85" against "roughly 90" is not', () => {
  const ship = (where: string) => `Ship seized\n\nPirates boarded the Golden Bay on Sunday. The ship was ${where} east of Delvaro when it was boarded, the navy said.`;
  const found = conflicts({ a: ship('about 380 nautical miles'), b: ship('roughly 450 nautical miles') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.ok(['information', 'hint'].includes(found[0].severity), found[0].severity);
  const hail = (count: string) => `Hail hits Denver\n\nHail hit a concert in Denver on Tuesday. ${count} concertgoers were treated for cuts, officials said.`;
  assert.deepEqual(conflicts({ a: hail('About 85'), b: hail('Roughly 90') }).map((f) => f.message), []);
  const apart = conflicts({ a: hail('About 90'), b: hail('Roughly 80') });
  assert.equal(apart.length, 1, 'each figure outside the other\'s reach');
});

test('ages: the last two words of a longer name in the same article ("Delvaro Marsh" after "Ann Delvaro Marsh") are that person', () => {
  const found = conflicts({
    a: 'Activist ends strike\n\nJailed activist Ann Delvaro Marsh has ended a hunger strike, her family said on Monday. Delvaro Marsh, 40, had eaten nothing since May.',
    b: 'Hunger strike over\n\nAnn Delvaro Marsh, 41, ended her hunger strike on Monday, her family said.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /the age of Ann Delvaro Marsh/);
});

test('lengths: "5 km off Delvaro" is measured from Delvaro, and another value\'s unit before it ("a depth of 40 metres") is no subject', () => {
  const lengths = (text: string) => statements(text).filter((s) => s.attribute === 'length').map((s) => [s.text, s.subject, s.entity]);
  assert.deepEqual(lengths('The wreck lies about 3 kilometres off the town of Delvaro.'), [['about 3 kilometres', 'wreck', 'Delvaro']]);
  assert.deepEqual(lengths('A Roman ship was found at a depth of 40 metres about 5 km off Delvaro on Friday.').map(([text, subject]) => [text, subject]), [
    ['40 metres', 'depth'],
    ['about 5 km', undefined],
  ]);
});

test('lengths: a copula before the value is its verb, not the attribution after a comma ("was 60 metres high, the service said")', () => {
  const found = conflicts({
    a: 'Glacier collapse kills climbers\n\nROME (Wire) — A huge chunk of the Marrowby glacier broke away on Sunday, killing at least seven people, officials said.\n\nThe section that broke off was about 200 meters wide and 60 meters high, and the debris raced down the slope, Tom Ward said.',
    b: 'Seven dead as glacier gives way\n\nAt least seven people were killed on Sunday when part of the Marrowby glacier collapsed, rescuers said.\n\nThe block of ice that broke away measured roughly 200 metres across and about 80 metres high, according to Tom Ward of the rescue service.',
    c: 'Rescuers search after glacier collapse\n\nRescuers searched on Monday for people still missing after a section of the Marrowby glacier collapsed on Sunday, killing at least seven hikers.\n\nThe chunk of ice was 60 metres high, the rescue service said.',
  });
  assert.deepEqual(found.map((f) => [f.uri, f.related.map((r) => r.uri).sort()]), [['b', ['a', 'c']]], found.map((f) => f.message).join('\n'));
  const predicateOf = (text: string, value: string) => {
    const r = read(text);
    return r.claims.find((c) => r.quantities[c.quantity].text === value)?.predicate;
  };
  assert.equal(predicateOf('The chunk of ice was 60 metres high, the rescue service said.', '60 metres'), undefined);
  // With no copula, a verb of speaking after an opening phrase is the sentence's own verb: "on Thursday" dates the saying.
  assert.equal(predicateOf('Also on Thursday, Tom Ward had said Ann Lee was leaving in February.', 'Thursday'), 'say');
});

test('dates: "headed since 2011" and "led since 2015" date one act, as "opened an account" and "set up the account" do', () => {
  const guard = (text: string) => `Soldiers seize power\n\nSoldiers of the presidential guard in Marrowby detained the president on Wednesday. ${text}`;
  const led = conflicts({ a: guard('The guard is led by General Tom Ward, who has headed it since 2011.'), b: guard("The guard's commander, General Tom Ward, has led the unit since 2015.") });
  assert.equal(led.length, 1, led.map((f) => f.message).join('\n'));
  const theft = (text: string) => `Treasurer admits theft\n\nAnn Lee, the former treasurer of Marrowby, pleaded guilty on Wednesday to stealing $40,000. ${text}`;
  const opened = conflicts({ a: theft('She opened a secret bank account in 2012, prosecutors said.'), b: theft('She set up the hidden account in 2010, according to court papers.') });
  assert.equal(opened.length, 1, opened.map((f) => f.message).join('\n'));
});

test('counts: what something has ("the embassy has roughly 40 diplomats") is its size, not the count of the lede\'s act', () => {
  const found = conflicts({
    a: 'Marrowby expels 15 diplomats over spying\n\nMARROWBY (Wire) — Marrowby ordered 15 embassy staff of Delvaro to leave on Thursday, saying they were spies. Tom Ward announced it.',
    b: 'Marrowby sends home spies\n\nMarrowby has declared 15 members of the Delvaro embassy persona non grata, the ministry said on Thursday. The embassy has roughly 40 diplomats and other staff, Tom Ward said.',
  });
  assert.deepEqual(found.map((f) => f.message), []);
  // Two sizes still meet.
  const sizes = conflicts({
    a: 'Spies expelled\n\nMarrowby expelled 15 diplomats on Thursday. The embassy has about 40 staff, Tom Ward said.',
    b: 'Diplomats sent home\n\nMarrowby expelled 15 diplomats on Thursday. The embassy has 25 staff, Tom Ward said.',
  });
  assert.equal(sizes.length, 1, sizes.map((f) => f.message).join('\n'));
});

test('ages: a family name written first ("Quon Delvar … Quon, 30,") is that person, when it is no first name', () => {
  const found = conflicts({
    a: 'Chess title decided\n\nQuon Delvar of Marrowby won the world chess title on Sunday. Quon, 30, won the last game with the black pieces.',
    b: 'New chess champion\n\nQuon Delvar, 31, won the world chess title on Sunday in Marrowby.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /the age of Quon Delvar/);
});

test('ages: "Ann and Tom Ward, aged 16 and 13 respectively" gives each age to the person of its place in the list', () => {
  const ages = (text: string) => statements(text).filter((s) => s.attribute === 'age').map((s) => [s.text, s.entity]);
  assert.deepEqual(ages('Ann Lee and Tom Ward, aged 16 and 13 respectively, were at the game.'), [
    ['16', 'Ann Lee'],
    ['13', 'Tom Ward'],
  ]);
  const story = (text: string) => `Post criticised\n\nA party aide criticised two teenagers on Friday. ${text}`;
  assert.deepEqual(conflicts({ a: story('Ann Lee and Tom Ward, aged 16 and 13 respectively, were at the game.'), b: story('Tom Ward, 13, wore a red dress.') }).map((f) => f.message), []);
});

test('ages: "Tom and Ann Ward, aged 78 and 75" gives each age in turn, without "respectively"; the first is not the last name\'s', () => {
  const ages = (text: string) => statements(text).filter((s) => s.attribute === 'age').map((s) => [s.text, s.entity]);
  assert.deepEqual(ages('The couple, Tom Ward and Ann Ward, aged 78 and 75, died in the fire.'), [
    ['78', 'Tom Ward'],
    ['75', 'Ann Ward'],
  ]);
  const story = (text: string) => `Storm kills two\n\nA tornado struck Marrowby on Thursday, killing a couple. ${text}`;
  assert.deepEqual(conflicts({ a: story('The dead were Tom and Ann Ward, aged 78 and 75.'), b: story('Tom Ward, 78, and his wife Ann, 75, died at home.'), c: story('Ann Ward, 75, died with her husband.') }).map((f) => f.message), []);
});

test('margins: a lead held ("now leads Tom Ward by 2 minutes and 48 seconds overall") is not the margin of a win ("beating Tom Ward by 1 minute and 38 seconds")', () => {
  const stage = (text: string) => `Time trial won\n\nAnn Lee won the time trial in Marrowby on Tuesday. ${text}`;
  const won = conflicts({
    a: 'Lee wins time trial, extends lead\n\nMARROWBY (Wire) — Ann Lee won the race\'s only individual time trial on Tuesday, beating Joe Delvaro by 1 minute and 38 seconds and stretching her overall lead to 1:48.\n\nThe 26-year-old covered the hilly 22.4-kilometer stage from Tulsa City to Marrowby in 32 minutes and 36 seconds.\n\nDelvaro, 24, finished second on the stage.',
    b: 'Lee crushes Delvaro in time trial\n\nAnn Lee won Tuesday\'s time trial by 1:38 over Joe Delvaro, and now leads him by 2 minutes and 48 seconds overall.\n\nLee, 26, rode the 22.4 km course from Tulsa City to Marrowby in 32:36.\n\nDelvaro, 24, was second.',
  });
  assert.deepEqual(won.map((f) => f.message), []);
  const leads = conflicts({ a: stage('She now leads Tom Ward by 1 minute and 48 seconds overall.'), b: stage('She now leads Tom Ward by 2 minutes and 48 seconds overall.') });
  assert.equal(leads.length, 1, leads.map((f) => f.message).join('\n'));
  assert.match(leads[0].message, /disagree on the lead:/);
});

test('money: a currency named after its figure ("617 naira a litre") is a sum in that currency', () => {
  const sums = (text: string) => statements(text).filter((s) => s.attribute === 'money').map((s) => s.text);
  assert.deepEqual(sums('The price rose to 617 naira a litre on Tuesday.'), ['617 naira']);
  assert.deepEqual(sums('The club paid 40 million rand for him.'), ['40 million rand']);
});

test('lengths: "12 km off the coast" is said of what lies there, as "20km offshore" is; "off" names what it is measured from only before a name', () => {
  const reef = (where: string) => `Tanker aground\n\nThe tanker Golden Bay ran aground on Thursday. It struck a reef ${where}, the coast guard said.`;
  const found = conflicts({ a: reef('about 12 km off the coast'), b: reef('roughly 20km offshore') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
});

test('durations: "14 years after work began" and "11 years after construction started", each in its lede, are the time since the start', () => {
  const found = conflicts({
    a: 'Workers finish tunnel\n\nMARROWBY (Wire) — Miners broke through the final section of rock on Friday to complete the Marrowby Tunnel, 14 years after work began.',
    b: 'Drilling of Marrowby tunnel complete\n\nMiners cheered on Friday as a drill broke through the last rock of the Marrowby Tunnel, 11 years after construction started.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /the time since the (?:work|construction) began/);
});

test('dates: "has been mayor since 2017" is the start of leading, as "has led the city since 2019" is', () => {
  const story = (text: string) => `Mayor arrested\n\nPolice arrested Ann Lee, the mayor of Marrowby, on Wednesday in a bribery investigation. ${text}`;
  const found = conflicts({ a: story('Lee, who has led the city since 2019, denied wrongdoing.'), b: story('Lee, 52, has been mayor since 2017.') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  // Not any noun: "has been a member since 2017" is no start of leading.
  assert.deepEqual(conflicts({ a: story('Lee, who has led the city since 2019, denied wrongdoing.'), b: story('Lee, 52, has been a member since 2017.') }).map((f) => f.message), []);
});

test('changes: the figure a change started from ("to $66.40 a vial from $274.70", "down from 379,000") is said of the figure it reached', () => {
  const price = (text: string) => `Insulin price cut\n\nMarrowby Pharma said on Wednesday it would cut the price of its insulin. ${text}`;
  const sums = conflicts({ a: price('The price will fall to $66.40 a vial from $274.70.'), b: price('It will lower the list price by 70 percent, to $66.40 per vial from $247.70.') });
  assert.equal(sums.length, 1, sums.map((f) => f.message).join('\n'));
  assert.match(sums[0].message, /the figure before the change to “\$66\.40/);
  const waits = (text: string) => `Waiting list grows\n\nA record 7.2 million people in Marrowby were waiting for treatment in February, figures showed on Thursday. ${text}`;
  const counts = conflicts({ a: waits('Some 359,798 patients had waited more than a year, down from 379,000 in January.'), b: waits('The number waiting more than 52 weeks fell to 359,798 from 397,000 in January.') });
  assert.equal(counts.length, 1, counts.map((f) => f.message).join('\n'));
  // Two changes to two figures are two statements.
  assert.deepEqual(conflicts({ a: price('The price will fall to $66.40 a vial from $274.70.'), b: price('The price of its pens will fall to $98.00 from $247.70.') }).map((f) => f.message), []);
});

test('lengths: "3 miles from the trailhead around 6:40 p.m." is measured from the trailhead; "around" opens a time', () => {
  const lengths = (text: string) => statements(text).filter((s) => s.attribute === 'length').map((s) => [s.text, s.subject]);
  assert.deepEqual(lengths('His body was found roughly 3 miles from the trailhead around 6:40 p.m., Ann Lee said.'), [['roughly 3 miles', 'trailhead']]);
});

test('race results: a time written out in words is a race time, the runner\'s and not the race\'s; a record\'s time, a margin and a time run never meet', () => {
  const race = (lede: string, more: string) => `Delvaro Marathon\n\nMARROWBY (Wire) — ${lede}\n\n${more}`;
  const times = statements(race('Ann Lee won the Delvaro Marathon on Sunday in 2 hours 5 minutes 41 seconds.', 'The course record of 2:06:03 was set in 2021.')).filter((s) => s.attribute === 'duration');
  assert.deepEqual(times.map((s) => [s.text, s.subject, s.entity]), [['2 hours 5 minutes 41 seconds', 'time', 'Ann Lee'], ['2:06:03', 'record', undefined]]);
  const clock = statements(race('Ann Lee won Sunday\'s Delvaro Marathon in 2:05:41, a course record.', '')).filter((s) => s.attribute === 'duration');
  assert.deepEqual(clock.map((s) => [s.text, s.entity]), [['2:05:41', 'Ann Lee']]);
  // A record run in ("won … in a course record of …", "in a course-record 2:05:41") is the time run.
  const inRecord = (lede: string) => statements(race(lede, '')).filter((s) => s.attribute === 'duration').map((s) => [s.text, s.subject]);
  assert.deepEqual(inRecord('Ann Lee won the Delvaro Marathon in a course record of 2 hours 5 minutes 14 seconds.'), [['2 hours 5 minutes 14 seconds', 'time']]);
  assert.deepEqual(inRecord('Ann Lee won Sunday\'s Delvaro Marathon in a course-record 2:05:41.'), [['2:05:41', 'time']]);
  // Three outlets agree on the time run and the margin; one writes another margin. Only the margin is reported, and
  // against the two outlets' margins, not the time ("Tom Ward second, 12 seconds back" is the winner's margin).
  const found = conflicts({
    a: race('Ann Lee won the Delvaro Marathon on Sunday in 2 hours 5 minutes 41 seconds, holding off Tom Ward by 12 seconds.', 'Lee, 27, broke the course record of 2:06:03.'),
    b: race('Ann Lee crossed the line in two hours, five minutes and 41 seconds on Sunday to win the Delvaro Marathon, 21 seconds ahead of Tom Ward.', 'Lee, 27, shaved 22 seconds off the course record of 2:06:03.'),
    c: race('Ann Lee won Sunday\'s Delvaro Marathon in 2:05:41, a course record, with Tom Ward second, 12 seconds back.', 'Lee is 27.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, f.message.replace(/:.*/, ''), f.related.map((r) => r.uri).sort()]), [['b', 'Sources disagree on the margin of victory', ['a', 'c']]], found.map((f) => f.message).join('\n'));
  // One outlet gives the time run, another the margin: two results, nothing to compare.
  assert.deepEqual(conflicts({ a: race('Ann Lee won the Delvaro Marathon on Sunday in 2:05:41.', ''), b: race('Ann Lee won the Delvaro Marathon on Sunday by 12 seconds.', '') }), []);
});

test('ranks: a place in a table is the team\'s or the university\'s too, and "rose 12 places to 29th" gives the place reached', () => {
  const places = (text: string) => statements(text).filter((s) => s.attribute === 'rank').map((s) => [s.text, s.entity]);
  assert.deepEqual(places('The biggest climber was Marrowby University, which rose 12 places to 29th.'), [['29th', 'Marrowby University']]);
  assert.deepEqual(places('Delvaro University was again in second place.'), [['second', 'Delvaro University']]);
  const table = (text: string) => `Marrowby climbs world rankings\n\nMARROWBY (Wire) - Delvaro University was ranked the world's best university for a third year on Wednesday, with Ashby University again in second place. ${text}`;
  const found = conflicts({ a: table('Marrowby University rose 12 places to 29th.'), b: table('Marrowby University has jumped to 31st place.'), c: table('Marrowby University: up 12 places to 29th.') });
  assert.deepEqual(found.map((f) => [f.uri, f.related.map((r) => r.uri).sort()]), [['b', ['a', 'c']]], found.map((f) => f.message).join('\n'));
});

test('counts: people counted by two unrelated acts are two groups ("lifted 14 people from rooftops" / "three people are being treated"); "home to" is a population', () => {
  const flood = (text: string) => `Dam fails above Marrowby\n\nMARROWBY (Wire) - A dam spillway failed above Marrowby early on Thursday, flooding 90 homes. ${text}`;
  const found = conflicts({
    a: flood('A helicopter lifted 14 people from rooftops before daybreak.'),
    b: flood('Three people are being treated in hospital for hypothermia.'),
  });
  assert.deepEqual(found.map((f) => f.message), []);
  // The same act told by one verb is one group.
  const lifted = conflicts({ a: flood('A helicopter lifted 14 people from rooftops before daybreak.'), b: flood('A helicopter lifted 19 people from rooftops.') });
  assert.deepEqual(lifted.map((f) => f.code), ['quantity-conflict']);
  // A count aboard two vessels is their total, not one ship's crew.
  const crews = conflicts({ a: flood('There were 36 crew on board the two ships.'), b: flood('The Ann Lee had a crew of 22.') });
  assert.deepEqual(crews.map((f) => f.message), []);
  // "home to 120,000 people" is a place's population, whatever verb the main clause has.
  const home = (text: string) => read(text).claims.filter((c) => c.attribute === 'count').map((c) => c.predicate);
  assert.deepEqual(home('The quake struck Marrish Island, home to 120,000 people.'), ['home']);
  assert.deepEqual(home('Residents of the island, which is home to about 100,000 people, slept outside.'), ['home']);
  // A population is a size: not set against the people an act took, while a village's residents meet it.
  const slide = (text: string) => `Landslide buries homes\n\nA landslide buried homes in Marrowby on Thursday. ${text}`;
  assert.deepEqual(conflicts({ a: slide('Marrowby, home to some 600 people, lies in the hills.'), b: slide('Tents were sent for around 150 people left homeless.') }).map((f) => f.message), []);
  assert.equal(conflicts({ a: slide('Marrowby, home to some 600 people, lies in the hills.'), b: slide('Marrowby, home to some 900 people, lies in the hills.') }).length, 1);
});

test('race results: a place taken is the runner\'s ("Tom Ward finished fifth", "took sixth place", "in fifth.", "fourth-placed Tom Ward")', () => {
  const places = (text: string) => statements(text).filter((s) => s.attribute === 'rank').map((s) => [s.text, s.entity]);
  assert.deepEqual(places('Delvaro Marathon\n\nTom Ward finished fifth. Ann Lee took sixth place.'), [['fifth', 'Tom Ward'], ['sixth', 'Ann Lee']]);
  const race = (place: string) => `Delvaro Marathon\n\nAnn Lee won the Delvaro Marathon on Sunday. ${place}`;
  const found = conflicts({ a: race('Tom Ward finished fifth, the best home result in a decade.'), b: race('Home favourite Tom Ward took sixth place.'), c: race('Tom Ward was the leading local runner in fifth.') });
  assert.deepEqual(found.map((f) => [f.uri, f.related.map((r) => r.uri).sort()]), [['b', ['a', 'c']]], found.map((f) => f.message).join('\n'));
  // Two runners' places are two statements.
  assert.deepEqual(conflicts({ a: race('Tom Ward finished fifth.'), b: race('Joe Delvaro took sixth place.') }), []);
  // A place before the name is that runner's ("fourth-placed Tom Ward").
  const placed = conflicts({ a: race('Tom Ward, who finished third, thanked the crowd.'), b: race('Fourth-placed Tom Ward thanked the crowd.') });
  assert.deepEqual(placed.map((f) => f.message.replace(/:.*/, '')), ['Sources disagree on the place'], placed.map((f) => f.message).join('\n'));
  assert.deepEqual(conflicts({ a: race('Tom Ward, who finished third, thanked the crowd.'), b: race('Fourth-placed Mark Hale thanked the crowd.') }), []);
});

test('days: past "after" or "because" a verb is another clause\'s; a headline\'s day is the act its body dates that day; resuming is returning', () => {
  // "voted" past "after" is not what Tuesday dates, nor is the vote its incident.
  const returning = read('Strike ends\n\nStudents will return to classrooms on Tuesday after most of the staff voted to accept the deal.');
  const day = returning.claims.find((c) => c.attribute === 'day')!;
  assert.deepEqual([day.predicate, day.subject], ['return', undefined]);
  // A headline drops its verb ("classes back Tuesday"): the body's statement of that day says what it dates.
  const headline = read('Marrowby classes back Tuesday as strike ends\n\nStudents at Marrowby University will return to classrooms on Tuesday after staff voted to accept a deal.');
  assert.deepEqual(headline.claims.filter((c) => c.attribute === 'day').map((c) => c.predicate), ['return', 'return']);
  // Two acts the body dates that day: the headline's own reading stays.
  const two = read('Marrowby classes back Tuesday\n\nStaff voted on Tuesday to accept the deal. Students will return to classrooms on Tuesday.');
  assert.deepEqual(two.claims.filter((c) => c.attribute === 'day').map((c) => c.predicate), ['class', 'vot', 'return']);
  const found = conflicts({
    a: 'Marrowby strike ends\n\nMARROWBY (Wire) — Staff at Marrowby University voted on Thursday to accept a new contract, ending a 37-day strike.\n\nClasses will resume on Monday.',
    b: 'Marrowby classes back Tuesday as strike ends\n\nStudents at Marrowby University will return to classrooms on Tuesday after staff voted to accept a contract.',
  });
  assert.deepEqual(found.map((f) => [f.uri, /day given for “return”/.test(f.message), f.related.map((r) => r.message)]), [['b', true, ['a: “Monday”']]], found.map((f) => f.message).join('\n'));
});

test('durations: the span a sum is paid over ("a raise of 15% over four years, ending the strike") is its verb\'s, and no event\'s span', () => {
  const spans = statements('Staff ratified a contract that gives them a 15.2% pay raise over four years, ending their first strike since 2016.').filter((s) => s.attribute === 'duration');
  assert.deepEqual(spans.map((s) => [s.text, s.subject]), [['four years', 'term']]);
  const deal = read('Staff ratified a contract that gives them a 15.2% pay raise over four years, ending their strike.');
  assert.equal(deal.claims.find((c) => c.attribute === 'duration')?.predicate, 'giv');
  const found = conflicts({
    a: 'Strike ends\n\nStaff at Marrowby University voted on Thursday to accept a new contract, ending a 37-day strike.',
    b: 'Staff win raise\n\nStaff at Marrowby University have ratified a contract that gives them a 15.2% pay raise over four years, ending their strike.',
  });
  assert.deepEqual(found.map((f) => f.message), []);
});

test('durations: how long someone was held ("held four hostages for", "hostages held by a gunman for", "held hostage for", "left waiting for")', () => {
  const spans = (text: string) => statements(text).filter((s) => s.attribute === 'duration').map((s) => [s.text, s.subject]);
  assert.deepEqual(spans('An armed man held four hostages for seven hours.'), [['seven hours', 'hostage']]);
  assert.deepEqual(spans('Police freed four hostages held by an armed man for seven hours.'), [['seven hours', 'hostage']]);
  assert.deepEqual(spans('Ann Lee was held hostage for seven hours.'), [['seven hours', 'hostage']]);
  // A gerund one is left in ("waiting").
  assert.deepEqual(spans('The passengers were left waiting for four hours.'), [['four hours', 'wait']]);
  const ferry = (text: string) => `Ferry stalls\n\nMARROWBY (Wire) — The Golden Bay ferry lost power on Friday. ${text}`;
  const waits = conflicts({ a: ferry('Passengers faced a six-hour wait before tugs arrived.'), b: ferry('Passengers were left waiting for four hours before tugs arrived.') });
  assert.equal(waits.length, 1, waits.map((f) => f.message).join('\n'));
  const siege = (text: string) => `Hostages freed in Marrowby\n\nMARROWBY (Wire) — ${text}`;
  const found = conflicts({ a: siege('Police on Thursday freed four hostages held by an armed man for seven hours.'), b: siege('An armed man held four hostages for nine hours before police stormed the bank on Thursday.') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
});

test('money: a dateline\'s agency is no one a sum is of; "a record €421,000" names no subject; two ledes\' sums of one verb are compared', () => {
  const sums = (text: string) => statements(text).filter((s) => s.attribute === 'money').map((s) => [s.text, s.subject, s.entity]);
  assert.deepEqual(sums('MARROWBY, Marrish (Reuters) - A charity auction raised €412,000 on Saturday, organisers said.'), [['€412,000', 'auction', undefined]]);
  assert.deepEqual(sums('MARROWBY, Marrish, June 10 (Wire Service) - A charity auction raised €412,000 on Saturday, organisers said.'), [['€412,000', 'auction', undefined]], 'nor with its date');
  assert.deepEqual(sums('The auction raised a record €421,000 for the hospice.'), [['€421,000', undefined, undefined]]);
  const found = conflicts({
    a: 'Hospice auction\n\nMARROWBY (Wire) — A charity auction for the Marrowby Hospice raised €412,000 on Saturday, organisers said.',
    b: 'Hospice auction breaks record\n\nA week in a lighthouse fetched €38,500 as a charity auction in Marrowby raised a record €421,000 for the hospice on Saturday.',
  });
  assert.deepEqual(found.map((f) => [f.uri, f.message.replace(/:.*/, '')]), [['b', 'Sources disagree on the amount']], found.map((f) => f.message).join('\n'));
});

test('money: a cost named before what it is of ("put the cost of the clean-up at", "the bill for the clean-up at", "the bill will come to") and a value "worth a staggering" sum', () => {
  const sums = (text: string) => statements(text).filter((s) => s.attribute === 'money').map((s) => [s.text, s.subject]);
  assert.deepEqual(sums('Ann Lee put the cost of the clean-up at £2.4 million.'), [['£2.4 million', 'cost']]);
  assert.deepEqual(sums('The firm puts the likely bill for the clean-up at £5.4 million.'), [['£5.4 million', 'cost']]);
  assert.deepEqual(sums('The clean-up bill will come to £2.4m.'), [['£2.4m', 'cost']]);
  assert.deepEqual(sums('Clean-up costs were provisionally estimated at £4.5 million.'), [['£4.5 million', 'cost']]);
  assert.deepEqual(sums('The gang made off with watches worth a staggering €3.2m.'), [['€3.2m', 'watch']]);
  const spill = (text: string) => `River spill\n\nMARROWBY (Wire) — Diesel leaked into the Delvaro river on Thursday. ${text}`;
  const found = conflicts({
    a: spill('Ann Lee, of the regulator, put the cost of the clean-up at £2.4 million.'),
    b: spill('The regulator reckons the clean-up bill will come to £2.4m.'),
    c: spill('Ann Lee estimated that cleaning up the river would cost £4.2 million.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, f.message.replace(/:.*/, '')]), [['c', 'Sources disagree on the amount for the cost']], found.map((f) => f.message).join('\n'));
});

test('durations: a passive held for a span is said of its subject\'s noun ("Flights at Marrowby Airport were halted for four hours")', () => {
  const spans = (text: string) => statements(text).filter((s) => s.attribute === 'duration').map((s) => [s.text, s.subject]);
  assert.deepEqual(spans('Flights at Marrowby Airport in western Marrish were halted for almost four hours on Friday.'), [['almost four hours', 'flight']]);
  assert.deepEqual(spans('DENVER (Wire) — Flights were halted for four hours.'), [['four hours', 'flight']]);
  assert.deepEqual(spans('The main road was briefly closed for six hours.'), [['six hours', 'road']]);
  // A name is no noun; a verb that gives a person a span is the sentence's.
  assert.notEqual(spans('Ann Lee was halted for two hours.')[0]?.[1], 'ann');
  assert.deepEqual(spans('The driver was jailed for six years.').filter((s) => s[1] === 'driver'), []);
  const airport = (text: string) => `Drones close airport\n\nMARROWBY (Wire) — ${text} Drones were seen near the runway on Friday.`;
  const found = conflicts({
    a: airport('Flights at Marrowby Airport were halted for almost four hours.'),
    b: airport('Drones forced Marrowby Airport to close its runway for nearly six hours.'),
    c: airport('Marrowby Airport had to close its runway for nearly 4 hours.'),
  });
  assert.deepEqual(found.map((f) => f.uri), ['b'], found.map((f) => f.message).join('\n'));
});

test('durations: the time until an act past the day that dates it ("was freed on Monday, July 28, after 174 days"); freeing and releasing are one act', () => {
  const spans = (text: string) => statements(text).filter((s) => s.attribute === 'duration').map((s) => [s.text, s.subject, s.modifiers]);
  assert.deepEqual(spans('Ann Lee was freed on Monday, July 28, after 174 days in the hands of her captors.'), [['174 days', 'releas', ['after']]]);
  const freed = (text: string) => `Aid worker freed\n\nMARROWBY (Wire) — ${text}`;
  const found = conflicts({
    a: freed('Ann Lee, an aid worker kidnapped in March, has been released after 147 days in captivity, officials said on Monday.'),
    b: freed('Ann Lee was freed on Monday, July 28, after 174 days in the hands of her captors.'),
  });
  assert.deepEqual(found.map((f) => f.message.replace(/:.*/, '')), ['Sources disagree on the time until “freed”'], found.map((f) => f.message).join('\n'));
});

test('durations: the time until a rescue past the state it leaves its object in ("brought out alive after 65 hours"), and before a participle after the span ("rescued after 56 hours trapped")', () => {
  const spans = (text: string) => statements(text).filter((s) => s.attribute === 'duration').map((s) => [s.text, s.subject, s.modifiers]);
  assert.deepEqual(spans('Seven miners were brought out alive after 65 hours underground.'), [['65 hours', 'rescu', ['after']]]);
  assert.deepEqual(spans('Seven miners were rescued after 56 hours trapped in the Marrowby mine.'), [['56 hours', 'rescu', ['after']]]);
  const story = (text: string) => `Miners rescued\n\nMARROWBY (Wire) — ${text}`;
  const found = conflicts({ a: story('Seven miners were rescued after 56 hours trapped in the Marrowby mine.'), b: story('Seven miners were brought out alive after 65 hours underground in the Marrowby mine.') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /time until/);
  assert.deepEqual(conflicts({ a: story('Seven miners were rescued after 56 hours trapped in the Marrowby mine.'), b: story('Seven miners were brought out alive after 56 hours underground in the Marrowby mine.') }), []);
  // Pulled alive from a mine, or out alive (no withdrawing: a state follows the particle), is rescued too.
  assert.deepEqual(spans('A woman was pulled out alive after 60 hours.'), [['60 hours', 'rescu', ['after']]]);
  const pulled = conflicts({ a: story('All seven miners were pulled alive from the Marrowby mine after six days.'), b: story('Seven miners were rescued after eight days trapped in the Marrowby mine.') });
  assert.equal(pulled.length, 1, pulled.map((f) => f.message).join('\n'));
});

test('reporting: a headline its own body tells the other way words the body short ("found alive after week" over "after six days")', () => {
  const found = conflicts({
    a: 'Missing hiker found alive after six days\n\nMARROWBY (Wire) — A hiker missing for six days in the hills above Marrowby was found alive on Saturday.',
    b: 'Hiker found alive after week lost in hills\n\nA hiker who went missing in the hills above Marrowby has been found alive after six days, rescuers said.',
  });
  assert.deepEqual(found, [], found.map((f) => f.message).join('\n'));
  // A headline's figure against its own body's is still reported: a slip, not a figure worded short.
  const slip = conflicts({
    a: 'A 9.1 magnitude quake hits Marrowby\n\nA 6.1 magnitude quake hit Marrowby on Tuesday, killing 24 people.',
    b: 'Quake hits Marrowby\n\nA 6.1 magnitude quake hit Marrowby on Tuesday, killing 24 people.',
  });
  assert.deepEqual(slip.map((f) => f.uri), ['a'], slip.map((f) => f.message).join('\n'));
  // A body that says the other value still disagrees.
  const body = conflicts({
    a: 'Missing hiker found alive after six days\n\nMARROWBY (Wire) — A hiker missing for six days in the hills above Marrowby was found alive on Saturday.',
    b: 'Hiker found alive\n\nA hiker who went missing in the hills above Marrowby has been found alive after nine days, rescuers said.',
  });
  assert.equal(body.length, 1, body.map((f) => f.message).join('\n'));
});

test('ages: a name that ends an opening participle\'s phrase has no apposition past its comma ("Ridden by Tom Ward and trained by Ann Lee, the five-year-old gelding")', () => {
  const ages = (text: string) => statements(text).filter((s) => s.attribute === 'age').map((s) => [s.text, s.entity]);
  assert.deepEqual(ages('Ridden by Tom Ward and trained by Ann Lee, the five-year-old gelding covered the course in record time.'), []);
  assert.deepEqual(ages('Trained by Ann Lee, the five-year-old gelding won.'), []);
  assert.deepEqual(ages('Ann Lee, the 56-year-old Marrish water engineer abducted in March, was freed.'), [['56-year-old', 'Ann Lee']]);
  assert.deepEqual(ages('Ann Lee, a 59-year-old grandmother, was hurt.'), [['59-year-old', 'Ann Lee']]);
});

test('counts: a participle the tagger reads as a past tense between a number and a plural noun narrows it ("after 41 confirmed cases were recorded"); "confirming 47 cases" counts confirmed cases', () => {
  const counts = (text: string) => statements(text).filter((s) => s.attribute === 'count').map((s) => [s.subject, s.modifiers]);
  assert.deepEqual(counts('An outbreak was declared after 41 confirmed cases were recorded.'), [['case', ['confirmed']]]);
  assert.deepEqual(counts('Officials declared an outbreak after confirming 47 cases.'), [['case', ['confirmed']]]);
  const outbreak = (text: string) => `Measles outbreak\n\nMARROWBY (Wire) — ${text}`;
  const found = conflicts({
    a: outbreak('Health officials declared a measles outbreak on Tuesday after confirming 47 cases in less than a month.'),
    b: outbreak('An outbreak of measles has been declared after 41 confirmed cases were recorded in under four weeks.'),
    c: outbreak('Officials are dealing with a measles outbreak, confirming 47 cases on Tuesday.'),
  });
  assert.deepEqual(found.map((f) => f.uri), ['b'], found.map((f) => f.message).join('\n'));
});

test('scope: a clause of ", when" after a year is of that year, even after "since" ("the largest outbreak since 2019, when 120 cases were recorded")', () => {
  const scopes = (text: string) => statements(text).filter((s) => s.attribute === 'count').map((s) => [s.text, s.scope]);
  assert.deepEqual(scopes('It is the largest outbreak since 2019, when 120 cases were recorded in Delvaro.'), [['120 cases', 'background']]);
  // "since 2019" alone starts a span that runs to now: its count is the story's.
  assert.deepEqual(scopes('The clinic has recorded 120 cases since 2019.'), [['120 cases', 'story']]);
  // A year after "during" or "until" is written as a time too.
  assert.deepEqual(scopes('The clinic recorded 120 cases during 2019.'), [['120 cases', 'background']]);
});

test('percentages: a share "owned by" someone is theirs, not the company\'s named before it ("will be 53% owned by Ann Lee\'s family")', () => {
  const shares = (text: string) => statements(text).filter((s) => s.attribute === 'percent').map((s) => [s.text, s.entity]);
  assert.deepEqual(shares('The new company, Delvaro Ales, will be 53% owned by Marrowby Brewing.'), [['53%', 'Marrowby Brewing']]);
});

test('rates: a cut told in basis points and in percentage points is one change, set apart from the rate it ends at', () => {
  const bank = (cut: string) => `Marrowby bank cuts rates\n\nThe Marrowby central bank cut its rate by ${cut} to 4.25% on Wednesday.`;
  assert.deepEqual(conflicts({ a: bank('25 basis points'), b: bank('0.25 percentage points') }), []);
  const found = conflicts({ a: bank('25 basis points'), b: bank('half a percentage point'), c: bank('a quarter of a percentage point') });
  assert.deepEqual(found.map((f) => [f.uri, f.code]), [['b', 'quantity-conflict']], found.map((f) => f.message).join('\n'));
});

test('counts: "nine of them seriously" is a part of the set before it, told by an adverb alone', () => {
  const [, nine] = statements('Another 37 people were hurt, nine of them seriously.').filter((c) => c.attribute === 'count');
  assert.deepEqual([nine.text, nine.modifiers.includes('part')], ['nine', true]);
});

test('sentences: a sentence is its person\'s past a title before the name, a clause after the span and a long apposition', () => {
  const court = (text: string) => `Former minister jailed\n\n${text} The court found he had taken bribes.`;
  const found = conflicts({
    a: court('A court in Marrowby on Wednesday sentenced former deputy transport minister Tom Ward to seven years in prison for taking bribes from builders.'),
    b: court('Tom Ward, once one of the most powerful figures in the transport ministry of Delvaro, was sentenced to seven years in prison on Wednesday.'),
    c: court('A court in Marrowby jailed Tom Ward for seven years on Wednesday. His co-defendant Ann Lee, the 46-year-old head of a building firm, was given four years in prison.'),
  });
  assert.deepEqual(found, [], found.map((f) => f.message).join('\n'));
  const sentenced = (text: string) => read(text).claims.filter((c) => c.attribute === 'duration').map((c) => [c.subject, c.entity === undefined ? undefined : read(text).mentions[c.entity].text]);
  assert.deepEqual(sentenced('A court on Wednesday sentenced former deputy transport minister Tom Ward to seven years in prison for taking bribes.'), [['sentence', 'Tom Ward']]);
  assert.deepEqual(sentenced('Tom Ward, once one of the most powerful figures in the transport ministry of Delvaro, was sentenced to seven years in prison.'), [['sentence', 'Tom Ward']]);
});

test('counts: riders hurt in a crash are not the riders caught up in it: a count told by a word of injury is a toll, apart from other counts', () => {
  const crash = (text: string) => `Rider dies in race crash\n\nA rider died after a crash in the Marrowby hills on Sunday. ${text}`;
  assert.deepEqual(conflicts({ a: crash('Three other riders were caught up in the crash.'), b: crash('Two other riders hurt in the same crash were treated for cuts and bruises.') }), []);
});

test('money: the noun before a verb of reaching, or of change before "to", is what a sum is the level of, past a phrase that narrows it', () => {
  const subjectOf = (text: string) => statements(text).find((c) => c.attribute === 'money')?.subject;
  assert.equal(subjectOf('Pre-tax profit for the 52 weeks to March 1 rose to £612 million, the grocer said.'), 'profit');
  assert.equal(subjectOf('Pre-tax profit reached £621 million in the year to March 1.'), 'profit');
});

test('money: one verb\'s sum ("demanded a $2 million ransom" / "had demanded $3 million for their release") is one statement', () => {
  const kidnap = (text: string) => `Aid workers freed in Marrowby\n\nSix aid workers were freed on Monday in Marrowby after 47 days in captivity. ${text}`;
  const found = conflicts({
    a: kidnap('Local media had reported that the kidnappers demanded a $2 million ransom.'),
    b: kidnap('The Marrish Brigade, the armed group that seized the workers, had reportedly demanded $3 million for their release.'),
    c: kidnap('Reports said the kidnappers, the Marrish Brigade, had demanded $2 million.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, f.code]), [['b', 'quantity-conflict']], found.map((f) => f.message).join('\n'));
});

test('spans: the time until a release is of the one named before the verb, past an apposition ("Her driver, Tom Ward, was released after 11 days")', () => {
  const freed = (text: string) => `Reporter freed in Marrowby\n\nA reporter held by rebels near Marrowby has been freed. ${text}`;
  assert.deepEqual(conflicts({ a: freed('Her driver, Tom Ward, was released after 11 days.'), b: freed('Ann Lee, 38, was freed after 117 days, her newspaper said.') }), []);
});

test('results: one side in common and each another side are two games ("beat Marrowby United 3-1" / "beat Delvaro City 4-1")', () => {
  const week = (text: string) => `Denver Rovers stay top\n\nDenver Rovers stayed top of the league this week. ${text} The coach praised the squad.`;
  // (Their days are still set against each other, one verb told on two days: a known miss of a roundup.)
  const results = (texts: Record<string, string>) => conflicts(texts).filter((f) => f.code === 'quantity-conflict');
  assert.deepEqual(results({ a: week('Denver Rovers beat Marrowby United 3-1 on Wednesday.'), b: week('Denver Rovers beat Delvaro City 4-1 on Saturday.') }), []);
  const found = conflicts({ a: week('Denver Rovers beat Marrowby United 3-1 on Wednesday.'), b: week('Denver Rovers beat Marrowby United 4-1 on Wednesday.') });
  assert.deepEqual(found.map((f) => f.code), ['quantity-conflict'], found.map((f) => f.message).join('\n'));
});


test('money: the subject of a copula narrowed by a phrase is the sum\'s noun ("Ann Lee\'s purse for the fight was 1.5 million pounds"), and meets "a purse of 1.2 million pounds"', () => {
  const sums = (text: string) => statements(text).filter((s) => s.attribute === 'money').map((s) => s.subject);
  assert.deepEqual(sums("Ann Lee's purse for the fight was 1.5 million pounds."), ['purse']);
  assert.deepEqual(sums('His salary at the club was £5m. The fine was $5,000.'), ['salary', 'fine']);
  const bout = (text: string) => `Lee keeps her title in Marrowby\n\nAnn Lee kept her world title on points in Marrowby on Saturday night. ${text}`;
  const found = conflicts({
    a: bout('Lee was guaranteed a purse of 1.2 million pounds, the largest of her career.'),
    b: bout("Lee's purse for the fight was 1.5 million pounds, more than double her previous best."),
  });
  assert.deepEqual(found.map((f) => f.code), ['quantity-conflict'], found.map((f) => f.message).join('\n'));
});

test('predicates: a gerund between a number or a determiner and a noun modifies the noun ("two neighbouring buildings were evacuated")', () => {
  const r = read('About 60 residents of the block in Marrowby and two neighbouring buildings were evacuated.');
  assert.deepEqual([r.quantities[r.claims[0].quantity].text, r.claims[0].predicate], ['About 60 residents', 'evacuat']);
});

test('tolls: "In total, 27 people were hurt" is the toll "injuring 23 people" gives, "seven of whom" a part of it, and "fled in all directions" marks no total', () => {
  const r = read('Festival-goers fled in all directions, leaving 27 people injured.');
  assert.deepEqual(r.claims.filter((c) => c.attribute === 'count').map((c) => c.modifiers), [[]]);
  const storm = (text: string) => `Lightning strikes Marrowby festival\n\nLightning struck the crowd at a music festival in Marrowby on Saturday afternoon, emergency services said.\n\n${text}`;
  const found = conflicts({
    a: storm('The bolt hit a field beside the main stage, injuring 23 people, seven of whom were taken to hospital.'),
    b: storm('The bolt hit a field beside the main stage. In total, 27 people were injured, seven of whom were taken to hospital.'),
  });
  assert.deepEqual(found.map((f) => f.code), ['quantity-conflict'], found.map((f) => f.message).join('\n'));
});

test('lengths: "climbs 850 metres" is the height a way gains, not its length ("a 14-kilometre route"); "climbed to 3,000 feet" is a height', () => {
  const r = read('The Marrish trail, which climbs 850 metres over 14 km, is busy. The plane climbed to 3,000 feet.');
  assert.deepEqual(r.claims.map((c) => c.measure), ['climb', undefined, 'height']);
  const trail = (text: string) => `Bears close Marrish trail\n\nWardens closed the Marrish trail near Marrowby on Thursday after bears were seen. ${text}`;
  assert.deepEqual(conflicts({ a: trail('The 14-kilometre route draws 1,200 visitors a day.'), b: trail('The route, which climbs 850 metres over 14 km, draws 1,200 visitors a day.'), c: trail('Wardens shut the 8.7-mile route.') }), []);
});

test('money: two ledes\' sums told by one verb are the story\'s, whatever nouns they are of ("opened a £46 million cancer wing" / "opened the £64m cancer centre")', () => {
  const found = conflicts({
    a: 'Minister opens cancer wing\n\nMARROWBY, Delvaro, June 6 (Wire) - The health secretary opened a £46 million cancer wing at Marrowby Hospital on Friday.',
    b: 'New cancer centre opens\n\nHealth Secretary Ann Lee opened the £64m Marrish Cancer Centre at Marrowby Hospital on Friday.',
    c: 'Radiotherapy comes to Marrowby\n\nA new £64 million centre opened at Marrowby Hospital on Friday, bringing radiotherapy close to home.',
  });
  assert.deepEqual(found.map((f) => [f.uri, f.code]), [['a', 'quantity-conflict']], found.map((f) => f.message).join('\n'));
});

test('counts: each of two kinds of people joined by "and" ("Five men and two women were arrested") is a part of their sum, not set against "seven people"', () => {
  const raid = (text: string) => `Fakes seized in Marrowby raid\n\nPolice seized 38,000 fake handbags in a raid on a warehouse near Marrowby on Wednesday. ${text}`;
  assert.deepEqual(conflicts({ a: raid('Police arrested seven people.'), b: raid('Five men and two women were arrested.') }), []);
  const r = read('The league has 20 teams and 400 players.');
  assert.deepEqual(r.claims.map((c) => c.modifiers), [[], []]);
});

test('scope: "A 2012 fire" opening a clause dates an earlier event, and a span of years ending before the latest year the article names ("between 2001 and 2011" beside "to 2025") is an earlier period', () => {
  const scopes = (text: string) => {
    const r = read(text);
    return r.claims.filter((c) => c.attribute !== 'date').map((c) => [r.quantities[c.quantity].text, c.scope.time]);
  };
  assert.deepEqual(scopes('Fire nears Marrowby\n\nA 2012 fire burned 8,000 acres near the town.'), [['8,000 acres', 'background']]);
  assert.deepEqual(scopes('Census\n\nThe population fell 11.5% in the ten years to 2025. The region lost 8% of its residents between 2001 and 2011.'), [
    ['11.5%', 'story'],
    ['8%', 'background'],
  ]);
  assert.deepEqual(scopes('Census\n\nThe region lost 8% of its residents between 2001 and 2011.'), [['8%', 'story']]);
  // A span to the year before the latest is often the story's own figure; the span's own years date nothing else.
  assert.deepEqual(scopes('Census\n\nThe region lost 8% of its residents between 2013 and 2014, figures for 2015 showed on Friday.').slice(0, 1), [['8%', 'story']]);
  const r = read('Senator\n\nAnn Lee held the seat from 1966 to 1978. The population fell 11.5% in the ten years to 2025.');
  assert.deepEqual(r.claims.filter((c) => c.attribute === 'date').map((c) => c.scope.time), ['story']);
});
