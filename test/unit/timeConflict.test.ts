// Times of day, weekdays and dates of the same incident compared across sources: texts written for each rule.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { read, serviceOf } from '../helpers/analysis';

const conflicts = (texts: Record<string, string>) => serviceOf(texts).findings().filter((f) => f.code === 'time-conflict');
/** One disagreement between two sources: one finding, on one of them, with the other as related information. */
const oneBetween = (found: ReturnType<typeof conflicts>, a: string, b: string) => {
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.deepEqual([found[0].uri, ...found[0].related.map((r) => r.uri)].sort(), [a, b]);
};

test('times: the same kind of incident at different times conflicts; hedges and time zones are respected', () => {
  const found = conflicts({
    a: 'Fighter jets attacked the camp at 2:53 p.m. local time.\n\nAid workers were unhurt.',
    b: 'Officials said planes dropped four bombs at 3:20 p.m. near the camp.',
  });
  oneBetween(found, 'a', 'b');
  assert.match(found[0].message, /time of the attack/);
  assert.deepEqual(conflicts({ a: 'Gunmen attacked the bank at around 9 a.m. on the day.', b: 'The attack on the bank began just after 9 a.m.' }), []);
  assert.deepEqual(conflicts({ a: 'The blast hit the market at 3 p.m. (1200 GMT).', b: 'The blast came at 12:00 GMT.' }), []);
  assert.deepEqual(
    conflicts({ a: 'Quake\n\nResidents woke up.\n\nThe quake struck at 2:09 a.m.', b: 'Arrest\n\nResidents woke up.\n\nPolice arrested the man at 10 p.m.' }),
    [],
    'different kinds of incident',
  );
});

test('days: the main events of two articles on different weekdays conflict; report days and plans do not count', () => {
  const found = conflicts({
    a: 'Navy foils attack\n\nThe navy on Thursday thwarted a pirate attack in the Gulf of Aden.',
    b: 'Warship captures pirates\n\nA warship foiled a pirate raid on merchant ships on Friday, capturing 26 men.',
  });
  oneBetween(found, 'a', 'b');
  // A plan has not happened: the day of what is planned is marked so, apart from the day its speaker spoke.
  const r = read('The minister said on Tuesday that the ministers will meet in Paris on Friday.');
  assert.deepEqual(r.claims.filter((c) => c.attribute === 'day').map((c) => [r.quantities[c.quantity].text, c.modifiers.includes('planned')]), [['Tuesday', false], ['Friday', true]]);
});

test('days: two sources\' plans on two days conflict; a plan and what happened do not', () => {
  const court = (words: string) => `Couple charged\n\nThe couple was indicted last week.\n\nThe couple ${words} morning in San Diego.`;
  const plans = conflicts({ a: court('is scheduled to be arraigned Thursday'), b: court('is expected to be arraigned in court on Sunday') });
  assert.equal(plans.length, 1, plans.map((f) => f.message).join('\n'));
  assert.deepEqual(conflicts({ a: court('is scheduled to be arraigned Thursday'), b: court('was arraigned in court on Friday') }), []);
  const due = conflicts({ a: court('is scheduled to be arraigned Thursday'), b: court('is due to be arraigned in court on Sunday') });
  assert.equal(due.length, 1, 'a plan told by "is due to"');
  assert.deepEqual(conflicts({ a: court('is due to be arraigned Thursday'), b: court('was arraigned in court on Friday') }), []);
  // A planned date is no statement ("will host the Oscars next year" against "this year" of one ceremony).
  assert.deepEqual(read('The offer will end on January 31, 2008.').claims, []);
});

test('days: the same kind of incident at places no source shares is not compared', () => {
  assert.deepEqual(
    conflicts({
      a: 'Story\n\nWitnesses described the scene.\n\nThe bombing in Juba on Tuesday killed seven.',
      b: 'Story\n\nWitnesses described the scene.\n\nThe Thursday bombings in Paris drew protests.',
    }),
    [],
  );
  const found = conflicts({
    a: 'Story\n\nWitnesses described the scene.\n\nThe bombing in Juba on Tuesday killed seven.',
    b: 'Story\n\nWitnesses described the scene.\n\nThe Wednesday bombings in Juba drew protests.',
  });
  oneBetween(found, 'a', 'b');
});

test('dates: the same kind of incident in different months conflicts; bare "May" is not a date', () => {
  const found = conflicts({
    a: 'Story\n\nIt went on.\n\nSince fighting between the army and the rebels began in July, thousands have fled.',
    b: 'Story\n\nIt went on.\n\nRebels have been fighting the army since June.',
  });
  oneBetween(found, 'a', 'b');
  assert.match(found[0].message, /date of the attack/);
  assert.deepEqual(read('The talks may resume. They may end in May 2020.').quantities.filter((q) => q.kind === 'date').map((q) => q.text), ['May 2020']);
});

test('dates: an earlier event dated with a history marker ("in March last year") is compared with another date of it', () => {
  const found = conflicts({
    a: '---\ndate: 2024-06-14\n---\nClimber survives fall\n\nA climber survived a fall on Thursday.\n\nIn March last year, two hikers died in the same gorge.\n',
    b: '---\ndate: 2024-06-14\n---\nClimber survives fall\n\nA climber survived a fall on Thursday.\n\nIn June 2011, two hikers died in the same gorge.\n',
  });
  oneBetween(found, 'a', 'b');
  assert.match(found[0].message, /“March last year”/);
  // The marker still dates the other values of its clause: the two hikers are of that earlier event.
  const r = read('---\ndate: 2024-06-14\n---\nIn March last year, two hikers died in the same gorge.\n');
  assert.deepEqual(
    r.claims.map((c) => [r.quantities[c.quantity].text, c.scope.time]),
    [['March last year', 'story'], ['two hikers', 'background']],
  );
});

test('weekdays are resolved against the article date (front matter or a dateline); days a week or more apart are not compared', () => {
  const found = conflicts({
    a: 'Updated: November 11, 2011 20:09 IST\n\nPirates attacked the ship on Thursday near the coast.\n',
    b: 'Updated 11 / 12 / 2011 1:41 PM\n\nPirates attacked the ship on Friday near the coast.\n',
  });
  oneBetween(found, 'a', 'b');
  assert.match(found[0].message, /“(?:Thursday|Friday)” \((?:Thursday, 2011-11-10|Friday, 2011-11-11)\)/);
  assert.match(found[0].related[0].message, /(?:Friday, 2011-11-11|Thursday, 2011-11-10)/);
  // A Thursday two weeks before a Friday is another day of another incident, not a disagreement.
  assert.deepEqual(
    conflicts({
      a: '---\ndate: 2011-11-11\n---\nPirates attacked the ship on Thursday near the coast.\n',
      b: '---\ndate: 2011-11-25\n---\nPirates attacked the ship on Friday near the coast.\n',
    }),
    [],
  );
  assert.equal(read('Posted: 5 May 2010\n\nThree people died on Wednesday.\n').meta.date, '2010-05-05');
  assert.equal(read('Three people died in May 5, 2010 riots.\n').meta.date, undefined);
  // A page's stamp cut from its byline starts with a lower-case "on"; a sentence that starts with "On" and a date is no stamp.
  assert.equal(read('Jury convicts gunman\n\non April 30, 2008 at 4:31 AM, updated April 30, 2008 at 8:33 AM\n\nA jury on Tuesday convicted him.\n').meta.date, '2008-04-30');
  assert.equal(read('Jury convicts gunman\n\nOn April 30, 2008, a jury convicted him of murder.\n').meta.date, undefined);
  // Under a title and a deck of subtitles, a line that is a date alone is still the article's date; a sentence is not.
  assert.equal(read('Gang member convicted\n\nSpecial circumstances\n\nProsecutors will seek death\n\n(March 20, 2007) - -\n\nThe jury found him guilty.\n').meta.date, '2007-03-20');
  assert.equal(read('Gang member convicted\n\nSpecial circumstances\n\nProsecutors will seek death\n\nJune 24, 2005 was the day the deputy was shot outside an apartment.\n').meta.date, undefined);
});

test('times before the article: "6 months ago" and "four months ago" of one incident conflict, as dates from each article', () => {
  const found = conflicts({
    a: '---\ndate: 2011-11-14\n---\nThe camp lies in Norland, which gained its independence 6 months ago.\n',
    b: '---\ndate: 2011-11-10\n---\nThe leader of Norland, which became the newest country only four months ago, spoke.\n',
    // No date of its own: published when the others were.
    c: 'Norland became the newest country only four months ago.\n',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'a');
  assert.match(found[0].message, /date of the independence: a says “6 months” \(2011-04-30 to 2011-05-30\)/);
  assert.deepEqual(found[0].related.map((r) => r.uri).sort(), ['b', 'c']);
});

test('times before the article: the same day told from two publication dates agrees; no incident word, no claim', () => {
  assert.deepEqual(
    conflicts({
      a: '---\ndate: 2011-11-14\n---\nNorland gained its independence four months ago.\n',
      b: '---\ndate: 2012-01-10\n---\nNorland gained its independence six months ago.\n',
    }),
    [],
  );
  assert.deepEqual(
    conflicts({
      a: '---\ndate: 2011-11-14\n---\nThe clinic in Norland opened four months ago.\n',
      b: '---\ndate: 2011-11-14\n---\nThe clinic in Norland opened a year ago.\n',
    }),
    [],
  );
});

test('dates: the start of one incident named by one word is compared across verbs ("began in July" / "since June"); the start of a series is not the date of its latest incident', () => {
  const found = conflicts({
    // "North" (read as a place) names no place the incident is at.
    a: "---\ndate: 2011-11-10\n---\nCamp bombed\n\nAid workers were unhurt.\n\nSince fighting between the SAF and the Sudanese Peoples' Liberation Army - North, or SPLA - N, began in July, thousands of civilians have fled.",
    b: "Camp bombed\n\nAid workers were unhurt.\n\nThe camp holds refugees from a state where rebels have been fighting Sudan's army since June.",
  });
  oneBetween(found, 'a', 'b');
  assert.match(found[0].message, /date of the attack/);
  assert.deepEqual(
    conflicts({
      a: '---\ndate: 2011-11-10\n---\nNavy foils attack\n\nThe navy on Thursday thwarted a pirate attack in the Gulf, the fifth successful operation since September.',
      b: 'Navy foils attack\n\nThe navy thwarted a multi-boat pirate attack on 10 Nov 2011.',
    }),
    [],
  );
});

test('only places tell two incidents apart: another kind of name in the sentence ("World War II") does not', () => {
  const found = conflicts({
    a: 'Esther Williams dies\n\nFans mourned.\n\nEsther Williams, a favorite pinup of World War II, died Sunday at 91.',
    b: 'Esther Williams dies\n\nFans mourned.\n\nEsther Williams died on Thursday in Beverly Hills at the age of 91.',
  });
  oneBetween(found, 'a', 'b');
});

test('a place that describes someone ("a Boston lawyer") is not where the act happened', () => {
  const found = conflicts({
    a: 'Governor names senator\n\nThe seat was open.\n\nThe governor on Saturday appointed William Cowan, a Boston lawyer, to the Senate seat.',
    b: 'Governor names senator\n\nThe seat was open.\n\nThe governor of Massachusetts on Wednesday appointed William Cowan to the Senate seat.',
  });
  oneBetween(found, 'a', 'b');
  // Where the act was done still tells two incidents apart.
  assert.deepEqual(
    conflicts({
      a: 'Governor names senator\n\nThe seat was open.\n\nThe governor on Saturday appointed William Cowan in Boston to the Senate seat.',
      b: 'Governor names senator\n\nThe seat was open.\n\nThe governor of Massachusetts on Wednesday appointed William Cowan to the Senate seat.',
    }),
    [],
  );
});

test('the place a dateline names ("BOSTON —") and a place before a title ("Massachusetts Gov.") are not where the act happened', () => {
  const found = conflicts({
    a: 'Governor names senator\n\nThe seat was open.\n\nBOSTON, Jan. 30 — Gov. Deval Patrick on Saturday appointed William Cowan to the Senate seat.',
    b: 'Governor names senator\n\nThe seat was open.\n\nMassachusetts Gov. Deval Patrick on Wednesday appointed William Cowan to the Senate seat.',
    c: 'Governor names senator\n\nThe seat was open.\n\nLONDON (Reuters) - Gov. Deval Patrick on Wednesday appointed William Cowan to the Senate seat.',
  });
  assert.equal(found.length, 1);
  assert.equal(found[0].uri, 'a');
  assert.deepEqual(found[0].related.map((r) => r.uri).sort(), ['b', 'c']);
  // A place that opens a sentence without a dash after it is still where the act was done.
  assert.deepEqual(
    conflicts({
      a: 'Governor names senator\n\nThe seat was open.\n\nIn Boston, Gov. Deval Patrick on Saturday appointed William Cowan to the Senate seat.',
      b: 'Governor names senator\n\nThe seat was open.\n\nIn Washington, Gov. Deval Patrick on Wednesday appointed William Cowan to the Senate seat.',
    }),
    [],
  );
});

test('days: statements at places that tell two incidents apart never meet in one group through statements that name no place', () => {
  assert.deepEqual(
    conflicts({
      a: 'Camp bombed\n\nAid workers were unhurt.\n\nThe president said the bombing of Guffa in Upper Nile state on Tuesday killed seven.',
      b: 'Camp bombed\n\nAid workers were unhurt.\n\nPlanes bombed the Yida camp in South Sudan on Thursday.',
      c: 'Camp bombed\n\nAid workers were unhurt.\n\nPlanes dropped four bombs on the camp on Thursday.',
      d: 'Camp bombed\n\nAid workers were unhurt.\n\nThe bombing of the camp on Thursday killed no one.',
    }),
    [],
  );
});

test('places whose names share a word ("Sudan", "South Sudan") are not told apart as two incidents', () => {
  const found = conflicts({
    a: 'Planes bombed the camp in South Sudan on Thursday.\n\nAid workers were unhurt.',
    b: 'Planes bombed the camp in Sudan on Friday.\n\nAid workers were unhurt.',
  });
  oneBetween(found, 'a', 'b');
});

test('messages quote the verb as written, not its stem ("day given for “defended”", never “defend”)', () => {
  const found = conflicts({
    a: 'Plan\n\nThe report came out.\n\nThe minister defended the plan on Friday in a statement.',
    b: 'Plan\n\nThe report came out.\n\nThe minister defended the plan on Saturday in a statement.',
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /the day given for “defended”: /);
  const fire = (day: string) => `Wildfire near town\n\nThe report came out.\n\nA wildfire broke out on ${day} near the campground, officials said.`;
  const irregular = conflicts({ a: fire('Monday'), b: fire('Tuesday') });
  assert.equal(irregular.length, 1, irregular.map((f) => f.message).join('\n'));
  // A phrasal verb the lexicon files as one verb's act ("broke out": starting) is quoted whole.
  assert.match(irregular[0].message, /the day given for “broke out”: /);
  // An irregular form does not start with its stem ("broke" for "break").
  const dam = (day: string) => `Dam fails near town\n\nThe report came out.\n\nThe old dam broke on ${day} near the campground, officials said.`;
  const broke = conflicts({ a: dam('Monday'), b: dam('Tuesday') });
  assert.equal(broke.length, 1, broke.map((f) => f.message).join('\n'));
  assert.match(broke[0].message, /the day given for “broke”: /);
});

test('dates: an earlier step dated by two verbs outside the ledes is a warning; by one verb, an error', () => {
  const lede = (day: string) => `Pin-up model Ann Lee dies at 85\n\nAnn Lee, the pin-up model, has died at 85, her agent said on ${day}.\n\n`;
  const began = lede('Friday') + 'She began modeling in 1950 when she met a photographer in New York.';
  const divorced = conflicts({ a: began, b: lede('Friday') + 'Her modeling breakthrough began after she divorced in 1947 when she met a photographer in New York.' });
  assert.deepEqual(divorced.map((f) => f.severity), ['warning'], divorced.map((f) => f.message).join('\n'));
  const same = conflicts({ a: began, b: lede('Friday') + 'She began modeling in 1947 when she met a photographer in New York.' });
  assert.deepEqual(same.map((f) => f.severity), ['error'], same.map((f) => f.message).join('\n'));
});

test('days: one incident named by one word in two forms ("quake", "earthquake") with two verbs is one day told two ways', () => {
  const found = conflicts({
    a: 'Quake shakes Norland\n\nResidents fled their homes.\n\nAn earthquake hit the northern coast of Norland early Tuesday, officials said.',
    b: 'Norland tremor\n\nResidents fled their homes.\n\nMore than 200 were injured by the quake, which struck the northern coast of Norland on Friday.',
  });
  oneBetween(found, 'a', 'b');
  // Two different incident words of one class are two actions: fresh clashes are not the bombing.
  assert.deepEqual(
    conflicts({
      a: 'Camp bombed\n\nAid workers were unhurt.\n\nPlanes bombed the camp near the border on Thursday.',
      b: 'Camp bombed\n\nAid workers were unhurt.\n\nThe army reported fresh clashes near the border on Sunday.',
    }),
    [],
  );
});

test('days: the speaker of "X said Saturday" is never a name inside the quotation', () => {
  const r = read('“Smith says he wants to run the city like a business,” Mr. Jones said on Saturday. “Help us.”');
  const day = r.claims.find((c) => c.attribute === 'day');
  assert.ok(day && day.entity !== undefined, 'the day has a speaker');
  assert.match(r.mentions[day.entity].text, /Jones/);
});

test('days: one scheduled occasion named next to both days ("the caucus on Tuesday") dates one event told with two verbs', () => {
  const found = conflicts({
    a: 'Governor wins\n\nThe governor drew crowds.\n\nThe governor won among rural voters in the Norland caucuses on Tuesday, the party said.',
    b: 'Governor wins\n\nThe governor drew crowds.\n\nThe governor likely carried rural voters during Friday\'s Norland caucus, the party said.',
  });
  oneBetween(found, 'a', 'b');
  // Two actions with no occasion in common stay two events, whatever their days; a speech is given on many days.
  assert.deepEqual(
    conflicts({
      a: 'Senator under fire\n\nThe senator drew protests.\n\nThe senator criticized the war in a speech Sunday night in Hartford.',
      b: 'Senator criticized\n\nThe senator drew protests.\n\nThe senator defended his record in a speech on Thursday night in Hartford.',
    }),
    [],
  );
});

test('days: one act word next to both days and one organisation named there (the network of an interview) date one act', () => {
  // "an interview with Norland Radio to air Tuesday" / "in an interview with Norland Radio, to be broadcast on Friday":
  // two verbs of broadcasting, one network, one interview told two ways.
  const found = conflicts({
    a: 'Mayor hopeful\n\nThe council met.\n\nThe mayor, in an interview with Norland Radio to air Tuesday morning, gave the plan even odds.',
    b: 'Mayor doubts plan\n\nThe council met.\n\nIn an interview with Norland Radio, to be broadcast on Friday, the mayor said the plan was in trouble.',
  });
  oneBetween(found, 'a', 'b');
  // Two interviews with two networks are two interviews, whatever their days.
  assert.deepEqual(
    conflicts({
      a: 'Mayor hopeful\n\nThe council met.\n\nThe mayor, in an interview with Norland Radio to air Tuesday morning, gave the plan even odds.',
      b: 'Mayor doubts plan\n\nThe council met.\n\nIn an interview with the Valley Courier, to be published on Friday, the mayor said the plan was in trouble.',
    }),
    [],
  );
});

test('days: one act word next to both days and one title quoted near both (a programme named by a common word) date one act', () => {
  // "told the “Daybreak” show on Tuesday" / "an interview shown Friday on the “Daybreak” show": a programme the entity
  // reader does not take for a name, quoted in both sentences next to a word of broadcasting.
  const found = conflicts({
    a: 'Mayor hopeful\n\nThe council met.\n\n"We will finish the bridge," the mayor told the "Daybreak" show on Tuesday.',
    b: 'Mayor doubts plan\n\nThe council met.\n\nIn an interview shown Friday on the “Daybreak” show, the mayor said the bridge was in trouble.',
  });
  oneBetween(found, 'a', 'b');
  // Two programmes are two interviews, whatever their days.
  assert.deepEqual(
    conflicts({
      a: 'Mayor hopeful\n\nThe council met.\n\n"We will finish the bridge," the mayor told the "Daybreak" show on Tuesday.',
      b: 'Mayor doubts plan\n\nThe council met.\n\nIn an interview shown Friday on the “Nightfall” show, the mayor said the bridge was in trouble.',
    }),
    [],
  );
});

test('days: two people who spoke on two days are not one event; one named speaker saying one thing in one verb is', () => {
  // "he said on Thursday" and "the union said on Wednesday": two speakers, two days, no disagreement.
  assert.deepEqual(
    conflicts({
      a: 'Actors weigh strike\n\nThe studios met the guild.\n\nThe film opens next month. “The timing couldn’t be worse,” he said on Thursday.',
      b: 'Guild strike looms\n\nThe studios met the guild.\n\nThe union said on Wednesday that it would ask its members to authorize a strike.',
    }),
    [],
  );
  const found = conflicts({
    a: 'Bridge to close\n\nTraffic was heavy.\n\nMayor Jane Norberg said on Tuesday that the river bridge would close for repairs.',
    b: 'Bridge repairs\n\nTraffic was heavy.\n\nMayor Jane Norberg said on Wednesday that the river bridge would close for repairs.',
  });
  oneBetween(found, 'a', 'b');
});

test('days: a lede that names its source after the act ("…, the owner said on Tuesday") over a body that dates the act on another day is the report\'s day', () => {
  const seized = 'Pirates have seized a Danish-owned chemical tanker with 25 crew members aboard in the Arabian Sea, the ship\'s owner said on Tuesday.';
  const boarded = 'The 180-metre Nordvik Star was boarded about 280 nautical miles southeast of Muscat on Monday evening, Halvorsen Shipping said in a statement. The crew includes 19 Filipinos.';
  const hijacked = {
    b: 'Armed pirates hijacked the Danish chemical tanker Nordvik Star on Monday, about 200 nautical miles off the coast of Oman, its owner said.\n\nHalvorsen Shipping said the 590-foot vessel, with a crew of 25, was attacked by two skiffs shortly after 7 p.m. local time.',
  };
  assert.deepEqual(conflicts({ a: `${seized}\n\n${boarded}`, ...hijacked }), []);
  // Without a day of the act in its body, the lede's day stands for the main event.
  oneBetween(conflicts({ a: seized, ...hijacked }), 'a', 'b');
  // A lede that opens with its speaker tells a speech, the story's main event, whatever other days its body gives.
  const clarified = { b: 'Santorum explains\n\nRick Santorum on Wednesday tried to clarify his comment about the president.' };
  const said = 'Santorum explains\n\nRick Santorum said Sunday that he was not questioning the president\'s faith.\n\n';
  oneBetween(conflicts({ a: `${said}His rival issued a statement Saturday.`, ...clarified }), 'a', 'b');
});

test('days: a lede of a follow-up that dates the story\'s act from its own day ("searched on Wednesday … after a ferry capsized a day earlier") is not the act\'s day', () => {
  const capsized = { b: 'Ferry sinks\n\nA ferry carrying about 180 passengers capsized off the island of Kerava on Tuesday, killing at least 23 people.' };
  const searched = 'Ferry search\n\nRescuers searched on Wednesday for 11 people still missing after a ferry capsized off Kerava a day earlier, killing 23.';
  assert.deepEqual(conflicts({ a: searched, ...capsized }), []);
  assert.deepEqual(conflicts({ a: 'Ferry search\n\nA day after a ferry capsized off Kerava, divers on Wednesday found 11 more bodies.', ...capsized }), []);
  assert.deepEqual(conflicts({ a: 'Ferry toll rises\n\nThe death toll rose to 25 on Wednesday, a day after a ferry capsized off Kerava.', ...capsized }), []);
  // Without the act dated from it, the lede's day is the story's; a span of many days dates it from an older act.
  oneBetween(conflicts({ a: 'Ferry sinks\n\nA ferry capsized off Kerava on Wednesday, killing 23 people, and rescuers searched for 11 missing.', ...capsized }), 'a', 'b');
  oneBetween(conflicts({ a: 'Ferry sinks\n\nSixty-four days after it was refitted, the ferry went down off Kerava on Wednesday with 23 people.', ...capsized }), 'a', 'b');
});

test('days: a lede whose records report after the act ("…, official results showed on Monday") over an act dated another day gives the report\'s day', () => {
  const won = { b: 'Dahl wins\n\nIngrid Dahl\'s Conservatives won 176 seats in Norland\'s parliament on Sunday, falling short of a majority.' };
  const showed = 'Conservatives win\n\nNorland\'s Conservative Party won the most seats in parliament in Sunday\'s election, official results showed on Monday.';
  assert.deepEqual(conflicts({ a: showed, ...won }), []);
  // Without the act dated in its article, the lede's day stands for the main event.
  oneBetween(conflicts({ a: 'Conservatives win\n\nNorland\'s Conservative Party won the most seats in parliament, official results showed on Monday.', ...won }), 'a', 'b');
});

test('days: a lede\'s day of its source, over an act its article dates in UTC, may be the report\'s day ("…, authorities said on Sunday" / "at 0105 GMT on Sunday")', () => {
  const died = { b: 'Balloon crash\n\nTwo people died on Saturday evening when a hot-air balloon hit power lines near Marrowby.' };
  const wire = (crash: string) => `Balloon crash\n\nMARROWBY (Wire) - Two people were killed when a hot-air balloon hit power lines near Marrowby, authorities said on Sunday.\n\n${crash}`;
  assert.deepEqual(conflicts({ a: wire('The crash happened at 0105 GMT on Sunday.'), ...died }), []);
  // An act dated in local time on the source's day leaves the lede's day the act's.
  oneBetween(conflicts({ a: wire('The crash happened at 7:05 p.m. on Sunday.'), ...died }), 'a', 'b');
});

test('days: a rescue is named as a rescue, not as an interception', () => {
  const story = (day: string) => `Miners freed\n\nAll 12 coal miners trapped in the Kestrel mine were rescued on ${day} after three days underground.`;
  const found = conflicts({ a: story('Thursday'), b: story('Thursday'), c: story('Wednesday') });
  assert.deepEqual(found.map((f) => [f.uri, /day of the rescue:/.test(f.message)]), [['c', true]], found.map((f) => f.message).join('\n'));
});

test('days: ledes of two days of a running story, each the day its article was published, are two events', () => {
  // A trial's lede that the accused spoke on Friday (published that Friday) and another's that prosecutors put on
  // evidence on Tuesday (published that Tuesday) tell two days of the trial.
  assert.deepEqual(
    conflicts({
      a: '---\ndate: 2011-07-29\n---\nThe accused, silent since his trial began last week, spoke for the first time with the jury present Friday.\n',
      b: '---\ndate: 2011-08-02\n---\nProsecutors Tuesday put on the most shocking evidence yet in the trial of the accused.\n',
    }),
    [],
  );
});

test('days: a source that names the other day for another event still disagrees on one surely linked', () => {
  // Source a dates the meeting Friday and the others Tuesday; that a also says "officials said on Tuesday" of something
  // else tells nothing apart.
  const found = conflicts({
    a: 'Team courts slugger\n\nThe slugger is a free agent.\n\nThe team owner flew from his home to the city on Friday and met personally with the agent for the slugger. Officials said on Tuesday that talks would go on.',
    b: 'Team courts slugger\n\nThe slugger is a free agent.\n\nThe team owner flew from his home to the city on Tuesday and met personally with the agent for the slugger.',
  });
  oneBetween(found, 'a', 'b');
});

test('days: another day of the same incident told with another verb does not tell a surely linked day apart', () => {
  // Source a dates the deaths Saturday and the others Wednesday; a's "vowed on Wednesday" dates the prime minister's
  // words about the deaths, another event of the same incident, so a still disagrees.
  const lede = (day: string) => `Three people died when a bank in the capital went up in flames on ${day} as protesters marched against spending cuts.`;
  const found = conflicts({
    a: `Bank fire\n\n${lede('Saturday')} The prime minister vowed on Wednesday that those responsible for the deaths would be found.`,
    b: `Bank fire\n\n${lede('Wednesday')}`,
    c: `Bank fire\n\n${lede('Wednesday')}`,
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'a');
  // The same verb on the other day is the same event dated again: a source that says both tells them apart.
  const twice = conflicts({
    a: `Bank fire\n\n${lede('Saturday')} Officials confirmed that three people died on Wednesday in the fire.`,
    b: `Bank fire\n\n${lede('Wednesday')}`,
    c: `Bank fire\n\n${lede('Wednesday')}`,
  });
  assert.deepEqual(twice.map((f) => f.uri), []);
});

test('days: a day that dates a noun ("Thursday\'s ceremony") is not the day of its clause\'s verb; a year before a noun ("the 2000 nominee") names which one, and is no statement', () => {
  assert.deepEqual(
    conflicts({
      a: "Hale speaks\n\nSenator Ann Hale said just hours after Thursday's swearing-in ceremony on the floor that she was not upset.",
      b: 'Hale speaks\n\nSenator Ann Hale said on Friday that she was not upset.',
    }),
    [],
  );
  assert.deepEqual(
    conflicts({
      a: 'Story\n\nIt went on.\n\nHale, who was the 2000 Democratic vice presidential nominee before losing a primary bid, left the party.',
      b: 'Story\n\nIt went on.\n\nHale left the party after losing the Democratic primary in 2006.',
    }),
    [],
  );
  // Two elections named by their years are two elections.
  assert.deepEqual(
    conflicts({
      a: 'Story\n\nIt went on.\n\nHe pointed to the 2020 presidential election as the best way to win.',
      b: 'Story\n\nIt went on.\n\nThey studied interference in the 2016 presidential election.',
    }),
    [],
  );
  const r = read("The senator spoke after Thursday's swearing-in ceremony. Hale was the 2000 Democratic nominee before losing.");
  assert.deepEqual(r.claims.map((c) => [r.quantities[c.quantity].text, c.predicate, !!c.mainEvent]), [['Thursday', 'ceremony', false]]);
});

test('days: a measure before the dated noun ("Wednesday\'s 6.4-magnitude earthquake") leaves the day the noun\'s; "officials said on Thursday" beside it is a day of speaking', () => {
  const r = read("Toll rises\n\nThe death toll from Wednesday's 6.4-magnitude earthquake in Orlan rose to 16, officials said on Thursday.");
  assert.deepEqual(r.claims.filter((c) => c.attribute === 'day').map((c) => [r.quantities[c.quantity].text, c.scope.incident, !!c.mainEvent]), [['Wednesday', 'quake', false], ['Thursday', undefined, false]]);
  const quake = (day: string) => `Quake in Orlan\n\nA strong earthquake struck Orlan on ${day}, killing at least 14 people.`;
  const toll = "Toll rises\n\nThe death toll from Wednesday's 6.4-magnitude earthquake in Orlan rose to 16, officials said on Thursday.";
  assert.deepEqual(conflicts({ a: quake('Wednesday'), b: quake('Wednesday'), c: toll }), [], 'the day of speaking is no day of the quake');
  const found = conflicts({ a: quake('Wednesday'), c: toll, e: quake('Tuesday') });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'e');
});

test('days: a weekday after a determiner and before a noun dates that noun ("the Friday meeting"), or both the act and its occasion ("in a Monday Facebook post")', () => {
  // The post's speaker is the one named before it, not the source the sentence is attributed to.
  const r = read('Mary Hale, the daughter of Tom Hale, criticized her sister’s stance in a Monday Facebook post, the New York Times reports. The Friday meeting was called off.');
  const said = r.claims.map((c) => [r.quantities[c.quantity].text, c.predicate, c.coordinated, c.entity === undefined ? undefined : r.mentions[c.entity].text]);
  assert.deepEqual(said, [['Monday', 'criticiz', ['post'], 'Mary Hale'], ['Friday', 'meet', undefined, undefined]]);
  const found = conflicts({
    a: 'Hale feud\n\nMary Hale criticized her sister’s stance on farm subsidies in a Monday Facebook post.',
    b: 'Hale feud\n\nMary Hale posted a criticism of her sister’s stance on farm subsidies on Facebook on Friday.',
  });
  assert.equal(found.length, 1, JSON.stringify(found));
  // The act at the occasion keeps its own day: an announcement "during a Friday press conference" is the announcement's.
  const announced = conflicts({
    a: 'Hacking charges\n\nDeputy Attorney General Ann Hale announced the charges during a Friday press conference.',
    b: 'Hacking charges\n\nThe charges were announced on Monday by Deputy Attorney General Ann Hale.',
  });
  assert.equal(announced.length, 1, JSON.stringify(announced));
});

test('days: "it was reported Wednesday" dates the report, not the death its sentence tells', () => {
  assert.deepEqual(
    conflicts({
      a: 'Lena Ortiz, a former mayor of Dover, was found dead in her room at a Dover motel, it was reported Wednesday.',
      b: 'Lena Ortiz, a former mayor of Dover, died Saturday at a motel in Dover.',
    }),
    [],
  );
  const r = read('She was found dead at a motel, it was reported Wednesday.');
  assert.deepEqual(r.claims.map((c) => [c.predicate, c.scope.incident]), [['report', undefined]]);
});

test('days: a verb in the simple present before a weekday ("the trial starts Monday") is a schedule, not what happened', () => {
  assert.deepEqual(
    conflicts({
      a: 'Story\n\nIt went on.\n\nThe murder trial of the worker accused of shooting three co-workers at the Dover plant starts Monday.',
      b: 'Story\n\nIt went on.\n\nThe worker shot three co-workers at the Dover plant on Thursday night.',
    }),
    [],
  );
  // A verb of speaking in the present reports ("says Tuesday"); a headline tells the past in the present.
  const said = read('Story\n\nIt went on.\n\nThe mayor says Tuesday was the worst day.');
  assert.equal(said.claims.filter((c) => c.attribute === 'day').length, 1);
  // A plural noun after a preposition is no verb, whatever its tag: the day dates the speech.
  const noun = read('Story\n\nIt went on.\n\nIn a speech to Tea Party conservatives on Saturday in Dover, Ann Lee dismissed the plan.');
  assert.deepEqual(noun.claims.filter((c) => c.attribute === 'day').map((c) => noun.quantities[c.quantity].text), ['Saturday']);
});

test('days: "was found dead … Tuesday" dates the finding, not the death; two findings on two days still conflict', () => {
  assert.deepEqual(
    conflicts({
      a: 'Lena Ortiz, a former mayor of Dover, was found dead in her room at a Dover motel Tuesday morning, officials said.',
      b: 'Lena Ortiz, a former mayor of Dover, died Saturday at a motel in Dover.',
    }),
    [],
  );
  const r = read('She was found dead in her room at a motel Tuesday morning, officials said.');
  assert.deepEqual(r.claims.map((c) => [c.predicate, c.scope.incident]), [['find', undefined]]);
  oneBetween(
    conflicts({
      a: 'Lena Ortiz, a former mayor of Dover, was found dead in her room at a Dover motel Tuesday morning, officials said.',
      b: 'Lena Ortiz, a former mayor of Dover, was found dead in her room at a Dover motel Wednesday morning, police said.',
    }),
    'a',
    'b',
  );
});

test('days: two named actors announcing on two days are two announcements ("Hale (R-Del.) announced Thursday" / "the committee announced Friday")', () => {
  assert.deepEqual(
    conflicts({
      a: 'Story\n\nIt went on.\n\nSenate Majority Leader Ann Hale (R-Del.) announced Thursday on the Senate floor that the governor planned to sign the bill.',
      b: 'Story\n\nIt went on.\n\nThe House Finance Committee announced Friday that it would investigate the governor’s claim.',
    }),
    [],
  );
  const r = read('Senate Majority Leader Ann Hale (R-Del.) announced Thursday on the Senate floor that the governor planned to sign the bill.');
  assert.deepEqual(r.claims.map((c) => (c.attributedTo === undefined ? undefined : r.mentions[c.attributedTo].text)), ['Ann Hale']);
});

test('days: the speaker of a day is the person a bracket or an appositive follows ("Ann Hale (R) said", "Ann Hale, the governor of Maine, declared")', () => {
  const speaker = (text: string) => {
    const r = read(text);
    return r.claims.map((c) => (c.entity === undefined ? undefined : r.mentions[c.entity].text));
  };
  assert.deepEqual(speaker('Maine Gov. Ann Hale (R) said Wednesday that she has no plans to resign.'), ['Ann Hale']);
  assert.deepEqual(speaker('AUGUSTA, Me. — Ann B. Hale, the embattled Republican governor of Maine, declared on Wednesday that she would not step down.'), ['Ann B. Hale']);
  // Any phrase set off by commas between the person and the verb: the name inside it does not speak.
  assert.deepEqual(speaker('President Ann Hale, hours from her deadline for picking a new Ledger Corporation chief, told reporters on Sunday that she was very close.'), ['Ann Hale']);
  // Without the closing comma, the name is the speaker's own.
  assert.deepEqual(speaker('The Ledger Corporation told reporters on Sunday that it was very close.'), ['Ledger Corporation']);
});

test('dates: "released from a mental hospital in 1992" is a release from custody, not the release of a film in 2005', () => {
  assert.deepEqual(
    conflicts({
      a: 'Story\n\nIt went on.\n\nHale learned of her new fame after being released from a mental hospital in 1992.',
      b: 'Story\n\nIt went on.\n\nIn 2005, Dover Films released "The Hale Story," a feature film about her.',
    }),
    [],
  );
  const r = read('Hale learned of her new fame after being released from a mental hospital in 1992.');
  assert.deepEqual(r.claims.map((c) => c.scope.incident), ['release']);
});

test('days: two ledes, one a formal act filed with announcements ("resigned Monday"), the other another verb ("had to apologize Saturday"), tell two acts; the same verb still conflicts', () => {
  const resigned = (day: string) => `Aide quits\n\nWASHINGTON — A young Republican congressional aide resigned ${day} after her Facebook post berating the mayor’s daughters became a sensation on the Internet.`;
  assert.deepEqual(
    conflicts({
      a: resigned('Monday'),
      b: 'Aide apologizes\n\nThe communications director for a Republican member of Congress had to apologize Saturday for a Facebook post critical of the mayor’s daughters.',
    }),
    [],
  );
  oneBetween(conflicts({ a: resigned('Monday'), b: resigned('Tuesday') }), 'a', 'b');
});

test('days: a source that dates one act on two days, in two sentences with the same verb, still disagrees, and is the one reported', () => {
  // The lede's "reopened … on Saturday" is surely b's "reopened … on Wednesday"; a's own "reopened Wednesday" lower down
  // is the same act dated again, so it does not tell two reopenings apart (statesToo), and a, not b, is reported.
  const found = conflicts({
    a: "Museum reopens\n\nThe city museum reopened its west wing to visitors on Saturday after a two-year restoration.\n\nCurators spent months cleaning the murals.\n\nThe wing, which reopened Wednesday with a small ceremony, holds the city's oldest paintings.",
    b: 'West wing open again\n\nThe city museum reopened its west wing to visitors on Wednesday after a two-year restoration.\n\nThe mayor attended.',
  });
  oneBetween(found, 'a', 'b');
  assert.equal(found[0].uri, 'a');
  assert.match(found[0].message, /a says “Saturday”/);
  // Its two days in one group: a stands on both sides, and is kept there (sidesOf), below a sure link as a hint.
  const twoSided = conflicts({
    a: 'Inmate on the run\n\nAn inmate serving a life sentence escaped Thursday during a transfer, the prison service said.\n\nThe guards were unhurt.\n\nThe robber escaped Monday from a prison van after pulling a gun on two guards, officials said.',
    b: 'Manhunt for inmate\n\nA convicted robber escaped Monday from a prison van after pulling a gun on two guards, officials said.\n\nDogs joined the search.',
  });
  assert.equal(twoSided.length, 1, twoSided.map((f) => f.message).join('\n'));
  assert.equal(twoSided[0].uri, 'a');
  assert.match(twoSided[0].message, /a says “Thursday”.*, and a itself says “Monday” elsewhere/);
  assert.deepEqual(twoSided[0].related.map((r) => r.uri), ['b', 'a'], 'the other source, then where a gives the other day');
});

test('days: two days in one sentence, or two days of speaking, are two things told apart, not one act dated twice', () => {
  assert.deepEqual(
    conflicts({
      a: 'Quake shakes island\n\nAn earthquake measuring 5.6 on the Richter scale jolted an island off the southern coast on Sunday, followed by several aftershocks on Monday.\n\nFive people were hurt.',
      b: 'Island quake\n\nA 5.6 magnitude earthquake hit an island off the southern coast on Sunday, injuring five people.',
      c: 'Quake hurts five\n\nAn earthquake of magnitude 5.6 shook an island off the southern coast and damaged houses on Sunday, the agency reported.',
    }).map((f) => f.message),
    [],
  );
  assert.deepEqual(
    conflicts({
      a: 'Bridge to close\n\nThe mayor said on Saturday that the old bridge will close for repairs in the spring.\n\nDrivers were angry.\n\nThe mayor said Wednesday that a ferry would run instead.',
      b: 'Bridge closing\n\nThe mayor said on Wednesday that the old bridge will close for repairs in the spring.\n\nShops worry.',
    }).map((f) => f.message),
    [],
  );
});

test('days: under a sure link, a day the source gives the same verb at places the other source does not name is another incident, and tells nothing apart', () => {
  const found = conflicts({
    a: 'Office shooting\n\nA fired worker killed one woman and wounded two men on Thursday at an accounting firm in Troy, police said.\n\nThe shooting follows two others last week.\n\nOn Monday in Seattle, a gunman killed his former girlfriend and then himself.',
    b: 'Gunman kills one\n\nA fired worker killed one woman and wounded two men on Monday at an accounting firm in Troy, police said.\n\nHe fled in a car.',
  });
  oneBetween(found, 'a', 'b');
});

test('days: a verb joined by "and" to the one a day governs is dated by it; a verb with its own day is not', () => {
  const r = read('The city council accused the mayor on Tuesday of hiding the cost of the stadium and approved an audit of its accounts.');
  const day = r.claims.find((c) => c.attribute === 'day');
  assert.equal(day?.predicate, 'accus', 'a gerund after "of" is not what the day dates');
  assert.deepEqual(day?.coordinated, ['approv']);
  oneBetween(
    conflicts({
      a: 'The city council accused the mayor on Tuesday of hiding the cost of the stadium and approved an audit of its accounts.',
      b: 'The city council approved an audit of the stadium accounts on Friday, after weeks of dispute with the mayor.',
    }),
    'a',
    'b',
  );
  const apart = read('Police arrested the driver on Tuesday and charged him on Wednesday with manslaughter.');
  assert.equal(apart.claims.find((c) => c.attribute === 'day')?.coordinated, undefined, 'the second verb has its own day');
});

test('times: a time in GMT is set against local times once a source gives one time both ways, and not without one', () => {
  const texts = {
    a: 'Quake strikes off Sumatra\n\nA strong earthquake struck off the coast of Sumatra on Tuesday at 1623 GMT, the U.S. Geological Survey said.',
    b: 'Strong quake jolts Sumatra\n\nA strong earthquake struck off the coast of Sumatra on Tuesday at 9:23 p.m. local time, the U.S. Geological Survey said.',
    c: 'Earthquake hits Sumatra\n\nA magnitude 6.1 earthquake struck off Sumatra on Tuesday at 9:23 p.m. local time (1423 GMT), the U.S. Geological Survey said.',
  };
  const [found, ...more] = conflicts(texts);
  assert.equal(more.length, 0);
  assert.equal(found?.uri, 'a', found?.message);
  assert.deepEqual(found.related?.map((r) => r.uri).sort(), ['b', 'c']);
  assert.match(found.message, /“1623” \(23:23 local\)/);
  // Without the pair, GMT and local time are never compared; with it, the local time that agrees is no finding.
  assert.deepEqual(conflicts({ a: texts.a, b: texts.b }), []);
  assert.deepEqual(conflicts({ a: texts.a.replace('1623', '1423'), b: texts.b, c: texts.c }), []);
});

test('time-conflict: a weekday given with a time in UTC is the day in UTC, not set against a local day one day off it', () => {
  const found = (texts: Record<string, string>) => serviceOf(texts).findings().filter((f) => f.code === 'time-conflict');
  const local = 'Bridge struck\n\nDENVER (Wire) — A bulk carrier struck a pier of the Marrowby Bridge late on Tuesday, officials said.';
  // 11:40 p.m. on Tuesday in Denver is 05:40 GMT on Wednesday: no disagreement.
  assert.deepEqual(found({ a: local, b: 'Bridge closed\n\nA bulk carrier slammed into the Marrowby Bridge at 05:40 GMT on Wednesday, forcing its closure.' }).map((f) => f.message), []);
  // Two days in UTC are compared, as two local days are; and a day in UTC against a local day two days off it.
  const utc = (day: string) => `Bridge closed\n\nA bulk carrier slammed into the Marrowby Bridge at 05:40 GMT on ${day}, forcing its closure.`;
  assert.equal(found({ a: local, b: utc('Friday') }).length, 1);
  assert.equal(found({ a: utc('Wednesday'), b: utc('Thursday') }).length, 1);
  assert.equal(found({ a: local, b: local.replace('Tuesday', 'Monday') }).length, 1);
  // In a story in Britain, GMT is the local time: its day is the local day, compared with the others'.
  const fire = (when: string) => `Store fire\n\nA fire broke out on the roof of a store in south London ${when}, police said.`;
  assert.equal(found({ a: fire('at about 2045 GMT on Friday'), b: fire('at around 9pm on Thursday') }).length, 1);
});

test('days: a weekday that starts a span with no end ("a rise in deaths from Monday") dates no act', () => {
  assert.deepEqual(
    conflicts({
      a: 'Flu\n\nHens died.\n\nThe outbreak was confirmed on Thursday at a farm near Marrowby, where staff had noticed a rise in deaths earlier in the week.',
      b: 'Flu\n\nHens died.\n\nThe farm near Marrowby had seen a sharp rise in deaths from Monday, officials said.',
    }),
    [],
  );
});

test('days: one clock time to the minute beside two weekdays tells one act, whatever verb each source tells it by', () => {
  const leak = (a: string, b: string) =>
    conflicts({
      a: `Leak\n\nOil spilt.\n\nPressure sensors detected a sudden drop at ${a} on Friday, and the line was shut within minutes.`,
      b: `Leak\n\nOil spilt.\n\nOperator Delvaro Energy said its monitoring system registered a sudden pressure drop at ${b} on Saturday, May 17.`,
    });
  oneBetween(leak('11:20 p.m.', '11:20 p.m.'), 'a', 'b');
  // On the hour, a time is too common to say which act it is of; two times are two acts.
  assert.deepEqual(leak('11 p.m.', '11 p.m.'), []);
  assert.deepEqual(leak('11:20 p.m.', '10:50 p.m.'), []);
});

test('days: a lede\'s day told in the progressive ("were searching on Saturday") is of what went on after the event, not of the event', () => {
  const flood = (lede: string) => `Flood in Marrish Canyon\n\n${lede}\n\nThe group was on a guided tour.`;
  const event = flood('A flash flood tore through Marrish Canyon on Friday, killing two hikers, the sheriff said.');
  assert.deepEqual(conflicts({ a: event, b: flood('Rescuers were searching on Saturday for a hiker swept away when a flash flood surged through Marrish Canyon, killing two.') }), []);
  // The same activity told two ways is still one.
  const found = conflicts({
    a: flood('Rescuers were searching on Saturday for a hiker swept away when a flash flood surged through Marrish Canyon.'),
    b: flood('Rescuers searched on Sunday for a hiker swept away by a flash flood in Marrish Canyon.'),
  });
  oneBetween(found, 'a', 'b');
  // A clause of time between a progressive verb and the day dates its own act.
  const day = read('Two hikers were killed and one was missing after a flash flood tore through the canyon on Friday afternoon.').claims.find((c) => c.attribute === 'day');
  assert.deepEqual(day?.modifiers, []);
  // Nor does a relative clause's verb ("guards who were transporting him"), nor the present progressive of a plan.
  const stated = read('An inmate escaped after pulling a gun on two guards who were transporting him, according to a statement Monday.').claims.find((c) => c.attribute === 'day');
  assert.deepEqual(stated?.modifiers, []);
  const plan = read('Tom Ward is heading to Marrowby for a speech Sunday morning.').claims.find((c) => c.attribute === 'day');
  assert.deepEqual(plan?.modifiers, []);
});

test('days: a day in a relative clause of the subject ("A boat that went missing on Monday has been found") dates that clause, not the news', () => {
  const found = (lede: string) => `Fishermen found alive\n\n${lede}\n\nThey were taken to hospital in Marrowby.`;
  assert.deepEqual(
    conflicts({
      a: found('Four fishermen who vanished at sea earlier this week were found alive on Thursday, drifting 62 miles off Marrowby.'),
      b: found('A fishing boat that went missing off Marrowby on Monday has been found, with all four crew alive, rescue officials say.'),
    }),
    [],
  );
});

test('days: a relative clause of the subject ends at the main clause\'s verb: a day after it is the lede\'s news', () => {
  const day = read('Shooting in Marrowby\n\nAn office worker who was fired last week shot and killed a woman and wounded two men Monday at the building where he worked, police said.').claims.find((c) => c.attribute === 'day');
  assert.equal(day?.mainEvent, true);
});

test('times: locating is spotting, so "located … at 10:20 a.m." joins "spotted … at 10:20 a.m." against a third source\'s time', () => {
  const found = (text: string) => `Fishermen found alive\n\nFour fishermen were found alive on Thursday off Marrowby.\n\n${text}`;
  const times = conflicts({
    a: found('The boat was spotted by a search aircraft at 1:20 p.m. on Thursday, the coast guard said.'),
    b: found('A search aircraft spotted the boat at 10:20 a.m., the coast guard said.'),
    c: found('The boat was located by a search aircraft at 10:20 a.m. local time, drifting with its engine dead.'),
  });
  assert.deepEqual(times.map((f) => [f.uri, f.related.map((r) => r.uri).sort()]), [['a', ['b', 'c']]], times.map((f) => f.message).join('\n'));
});

test('days: two statements each surely one with a third stand on one side, whatever words keep them from a link of their own', () => {
  const leak = (text: string) => `Leak\n\nOil spilt.\n\n${text}`;
  const found = conflicts({
    a: leak('Pressure sensors detected a sudden drop at 11:20 p.m. on Friday, and the line was shut within minutes.'),
    b: leak('Operator Delvaro Energy said its monitoring system registered a sudden pressure drop at 11:20 p.m. on Saturday, May 17.'),
    c: leak('The company said pressure sensors picked up a sudden drop late on Saturday night, and the line was shut down shortly afterwards.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, f.related.map((r) => r.uri).sort()]), [['a', ['b', 'c']]], found.map((f) => f.message).join('\n'));
});

test('dates: detaining is arresting, so "was detained in October 2021" joins "was arrested in October 2021" against a third date', () => {
  const trial = (text: string) => `Former minister jailed\n\nA court in Marrowby jailed former minister Tom Ward for seven years on Wednesday.\n\n${text}`;
  const found = conflicts({
    a: trial('Ward, who was arrested in October 2020, denied all the charges.'),
    b: trial('Ward was detained in October 2021 and has been in custody since.'),
    c: trial('Ward was arrested in October 2021 after a two-year inquiry.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, f.related.map((r) => r.uri).sort()]), [['a', ['b', 'c']]], found.map((f) => f.message).join('\n'));
});

test('dates: the date of a dateline ("MARROWBY, Delvaro, Oct. 9 (Wire) - ") is the report\'s, not the date of the lede\'s act', () => {
  assert.deepEqual(
    conflicts({
      a: 'MARROWBY, Delvaro, Oct. 9 (Wire) - Customs officers at Marrowby airport seized 68 animals from two passengers, officials said on Wednesday.\n\nThe animals were found at about 11:40 p.m. on Tuesday.',
      b: 'Animals seized at Marrowby airport\n\nCustoms officers seized 68 animals from two passengers at Marrowby airport shortly before midnight on October 8, officials said.',
    }),
    [],
  );
});

test('times: a roof that gave way, came down or fell in collapsed, one act told three ways', () => {
  const roof = (text: string) => `School roof collapses in Marrowby\n\nFourteen children were hurt when part of a school roof collapsed in Marrowby on Tuesday.\n\n${text}`;
  const found = conflicts({
    a: roof('The section of flat roof over the hall gave way at 10:40 a.m. during a lesson, the council said.'),
    b: roof('The roof came down at 10:40 a.m. as a class of 28 was warming up.'),
    c: roof('The roof over the sports hall fell in at 11:40 a.m., minutes after the lesson had begun.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, f.related.map((r) => r.uri).sort()]), [['c', ['a', 'b']]], found.map((f) => f.message).join('\n'));
});

test('times: an eruption is an incident, whether a verb or a noun tells it ("erupted at 4:17 a.m." / "The eruption began at about 6.15am")', () => {
  const found = conflicts({
    a: 'MARROWBY, Delvaro, Aug 14 (Wire) - Mount Marrish erupted at 4:17 a.m. on Thursday, forcing authorities to evacuate 4,800 people by sea.',
    b: 'Volcano forces island evacuation\n\nThousands of people have been evacuated from Marrowby island.\n\nThe eruption began at about 6.15am local time, sending ash four kilometres into the sky.',
  });
  oneBetween(found, 'a', 'b');
});

test('times: a hailstorm is an incident, whatever verb tells when it struck, and "at 18:15" is a clock ("broke … at 6:15 p.m." / "broke at 18:15" / "hit at about 7:15 p.m.")', () => {
  const storm = (text: string) => `Hail batters Marrowby orchards\n\nHail battered the orchards around Marrowby on Thursday evening, farmers said.\n\n${text}`;
  const found = conflicts({
    a: storm('Hailstones fell for about 20 minutes after the hailstorm broke over Marrowby at around 6:15 p.m., stripping the trees.'),
    b: storm('The hailstorm broke at 18:15 on Thursday, and for twenty minutes hailstones hammered the area.'),
    c: storm('The hailstorm hit at about 7:15 p.m. on Thursday.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, f.related.map((r) => r.uri).sort()]), [['c', ['a', 'b']]], found.map((f) => f.message).join('\n'));
  // "storm" alone is as often a verb or a crowd's words ("tried to storm parliament", "a storm of protests") and names no incident.
  const incidents = (text: string) => read(text).claims.map((c) => c.scope.incident);
  assert.deepEqual(incidents('Protesters tried to storm parliament on Tuesday. The comments set off a storm of protests on Wednesday.'), [undefined, undefined]);
  assert.deepEqual(incidents('The hailstorm struck on Tuesday.'), ['storm']);
});

test('days: what two sides "have agreed to" do on a day is planned, and meets another source\'s plan ("agreed to resume talks on Wednesday" / "due to resume on Thursday")', () => {
  const strike = (text: string) => `Nurses strike in Marrowby\n\nAbout 2,300 nurses walked off the job at three hospitals in Marrowby on Tuesday, beginning a three-day strike.\n\n${text}`;
  const found = conflicts({
    a: strike('Both sides have agreed to resume talks on Wednesday, the union said.'),
    b: strike('Talks are due to resume on Thursday with a mediator.'),
    c: strike('Negotiations are set to resume on Thursday at the health authority.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, f.related.map((r) => r.uri).sort()]), [['a', ['b', 'c']]], found.map((f) => f.message).join('\n'));
});

test('days: "discovered missing" is discovering, and a verb after "which" past the day tells of its noun ("…, which holds 900 inmates")', () => {
  const escape = (text: string) => `Inmates escape from Marrowby prison\n\nPolice are hunting for three inmates who escaped from Marrowby prison.\n\n${text}`;
  const found = conflicts({
    a: escape('The men were discovered missing during a 6 a.m. headcount on Tuesday at Marrowby prison, which holds about 900 prisoners.'),
    b: escape('The breakout from the prison was discovered early on Monday, August 4.'),
  });
  oneBetween(found, 'a', 'b');
});

test('days: "Saturday night\'s reception" dates the reception, as "a Friday evening reception" does', () => {
  const outbreak = (text: string) => `Wedding guests fall ill in Marrowby\n\nHealth officials are investigating an outbreak of food poisoning among wedding guests in Marrowby.\n\n${text}`;
  const found = conflicts({
    a: outbreak('The guests fell ill after a Friday evening reception at Marrowby Hall.'),
    b: outbreak('The outbreak followed Saturday night\'s reception at Marrowby Hall.'),
  });
  oneBetween(found, 'a', 'b');
});

test('times: "the 7.15am service" names a train by when it leaves; it is not when the crash happened', () => {
  const crash = (text: string) => `Train hits lorry at Marrowby crossing\n\nA passenger train hit a lorry at a level crossing near Marrowby on Tuesday, injuring 14 people, police said.\n\n${text}`;
  assert.deepEqual(conflicts({ a: crash('The train struck the lorry at the Marsh Lane crossing at 7:42 a.m.'), b: crash('The 7.15am service from Delvaro struck the lorry at the crossing.') }), []);
  const r = read('The 7.15am service from Delvaro struck the lorry at 7.48am.');
  assert.deepEqual(r.claims.map((c) => r.quantities[c.quantity].text), ['7.48am']);
});

test('times: a clock time is the time of the verb\'s object too: "sent out a mayday at 4.15am" and "issued a mayday at about 5.15am" disagree', () => {
  const trawler = (text: string) => `Trawler sinks off Marrowby\n\nFour men were rescued after the trawler Ann Lee sank off Marrowby on Tuesday. ${text}`;
  const found = conflicts({
    a: trawler('The skipper was plucked from a life raft after the boat sent out a mayday at 4.15am.'),
    b: trawler('The alarm was raised when the boat issued a mayday at about 5.15am.'),
  });
  oneBetween(found, 'a', 'b');
  // Two different objects are two acts: a mayday and a flare.
  assert.deepEqual(conflicts({ a: trawler('The boat sent out a mayday at 4.15am.'), b: trawler('The crew fired a flare at about 5.15am.') }), []);
});

test('days: a day after a noun an adjective of possibility opens dates a plan ("setting up a possible walkout at the plant on Monday")', () => {
  const r = read('Workers at the Marrowby plant have voted to strike, setting up a possible walkout at one of the largest plants in the state on Monday.');
  assert.deepEqual(r.claims.filter((c) => c.attribute === 'day').map((c) => c.modifiers.includes('planned')), [true]);
  const vote = (text: string) => `Marrowby plant workers vote to strike\n\n${text}`;
  const found = conflicts({
    a: vote('Workers at the Marrowby plant voted to authorize a strike, their union said on Friday.'),
    b: vote('Workers at the Marrowby plant have voted to strike, setting up a possible walkout at one of the largest plants in the state on Monday.'),
  });
  assert.deepEqual(found.map((f) => f.message), []);
});

test('times: a ship that "sailed back" or "came back" returned ("sailed back into Marrowby at 6.40am" / "returned to Marrowby at 7:40am")', () => {
  const cruise = (text: string) => `Cruise ship hit by outbreak\n\nThe cruise ship Ann Lee ended its voyage early after an outbreak of illness on board. ${text}`;
  oneBetween(conflicts({ a: cruise('The ship sailed back into Marrowby at 6.40am on Monday.'), b: cruise('The ship returned to Marrowby at 7:40am on Monday.') }), 'a', 'b');
  assert.deepEqual(conflicts({ a: cruise('The ship came back into Marrowby at 7.40am on Monday.'), b: cruise('The ship returned to Marrowby at 7:40am on Monday.') }), []);
});

test('times: local times that differ are told though a third source gives the time only in a named zone and UTC ("6:42 p.m. CDT (2342 GMT)")', () => {
  const storm = (words: string) => `Tornado hits Marrowby\n\nA tornado struck Marrowby on Thursday, destroying 60 homes. ${words}`;
  const found = conflicts({
    a: storm('The tornado touched down southwest of town at 6:42 p.m. CDT (2342 GMT), forecasters said.'),
    b: storm('The tornado touched down at 6.42pm local time.'),
    c: storm('The tornado touched down at 7:42 p.m. Thursday.'),
  });
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'c');
  assert.match(found[0].message, /“7:42 p\.m\.”.*b \(“6\.42pm”\)/);
  assert.deepEqual(conflicts({ a: storm('The tornado touched down at 6:42 p.m. CDT (2342 GMT).'), b: storm('The tornado touched down at 6.42pm local time.'), c: storm('The tornado touched down at 6:42 p.m.') }), []);
});

test('days: "when the ban kicks in on Friday" under what will be is a plan; a headline\'s "from Friday" stays a span\'s start', () => {
  const marks = (text: string) => read(text).claims.filter((c) => c.attribute === 'day').map((c) => c.modifiers);
  assert.deepEqual(marks('Ban ahead\n\nHouseholds will be barred from using hosepipes when the ban kicks in on Friday.'), [['planned']]);
  assert.deepEqual(marks('Arrest\n\nPolice arrested him when he arrived on Monday.'), [[]]);
  const found = conflicts({
    a: 'MARROWBY, England, Aug 4 (Wire) - A water company will ban hosepipes for a million customers after a long dry spell, the company said on Monday.',
    b: "Hosepipe ban: what you can and can't do from Friday\n\nIt's official: Marrowby Water is bringing in a hosepipe ban. Here's what changes when it kicks in on Friday.",
  });
  assert.deepEqual(found.map((f) => f.message), []);
});
