// Counts of a noun, and the numbers that are no count: parts of names and dates.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../config';
import { tokenize } from '../tokens';
import { formatValue, readValues, valuesDisjoint } from './index';

const counts = (text: string) =>
  readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances })
    .filter((q) => q.kind === 'count')
    .map((q) => [q.text, q.low, q.unit]);

test('count: "a mother of two" counts her children, not what follows; "father of two sons" counts the sons', () => {
  assert.deepEqual(counts('A mother of two died when a driver struck her.'), [['two', 2, 'children']]);
  assert.deepEqual(counts('Mother-of-three Ann Lee was hurt.'), [['three', 3, 'children']]);
  assert.deepEqual(counts('The father of two sons died.'), [['two sons', 2, 'sons']]);
  assert.deepEqual(counts('The parents of two Benghazi victims sued.').map(([, low]) => low), [2]);
  assert.notDeepEqual(counts('The parents of two Benghazi victims sued.')[0]?.[2], 'children');
});

test('count: a number and its noun, a compound, a vague count, a zero toll, a bare number', () => {
  assert.deepEqual(counts('Five bombs were dropped.'), [['Five bombs', 5, 'bombs']]);
  assert.deepEqual(counts('A bomb hit a 200-student school.'), [['200-student', 200, 'student']]);
  assert.deepEqual(counts('Hundreds of protesters gathered.'), [['Hundreds of protesters', 200, 'protesters']]);
  assert.deepEqual(counts('No one was killed.'), [['No one', 0, 'count']]);
  assert.deepEqual(counts('The blast was felt in nine countries.'), [['nine countries', 9, 'countries']]);
  assert.deepEqual(counts('The toll rose to 24.'), [['24', 24, 'count']]);
});

test('count: "one" counts only before a verb of the toll ("One volunteer firefighter was killed", "one person died")', () => {
  assert.deepEqual(counts('One volunteer firefighter was killed.'), [['One volunteer firefighter', 1, 'firefighter']]);
  assert.deepEqual(counts('Police said one person died.'), [['one person', 1, 'person']]);
  assert.deepEqual(counts('One official said the fire was spreading. One of the pilots was hurt.'), []);
});

test('count: numbers in names and dates are no counts ("Sept. 11 hijackers", "the 9/11 bill", "AK-47", "Apollo 11")', () => {
  assert.deepEqual(counts('Fifteen of the 19 Sept. 11 hijackers were Saudi.').map((c) => c[0]), ['Fifteen', '19']);
  assert.deepEqual(counts('The 9/11 bill passed.'), []);
  assert.deepEqual(counts('They seized AK-47 rifles.'), []);
  assert.deepEqual(counts('The Apollo 11 crew landed in 1969.'), []);
  assert.deepEqual(counts('Reportedly five bombs fell.').map((c) => c[0]), ['five bombs']);
  // After a dateline's dash the first word starts the text as a sentence's does.
  assert.deepEqual(counts('DENVER (Wire) — About 120,000 homes lost power.').map((c) => c[0]), ['About 120,000 homes']);
  assert.deepEqual(counts('DENVER - About 120 people came.').map((c) => c[0]), ['About 120 people']);
  // So does a list item's after its bullet.
  assert.deepEqual(counts('- About 2,100 residents have been evacuated').map((c) => c[0]), ['About 2,100 residents']);
  assert.deepEqual(counts('• Some 40 homes were flooded').map((c) => c[0]), ['Some 40 homes']);
  // A hyphen between spaces is a dateline's dash, not one that glues a number to a name.
  assert.deepEqual(counts('DENVER, Sept 18 (Wire) - Thirty-one whales stranded.').map((c) => c[0]), ['Thirty-one whales']);
  assert.deepEqual(counts('DENVER (Wire) - 31 whales stranded.').map((c) => c[0]), ['31 whales']);
  assert.deepEqual(counts('It was an eleventh-hour deal.'), []);
  // A colon glued to the number is a time, a verse or a ratio; one before a space opens what follows.
  assert.deepEqual(counts('Gas blast in Marrowby: four dead, dozens evacuated').map((c) => c[0]), ['four dead']);
  assert.deepEqual(counts('John 3:16 was read at 7:30.'), []);
});

test('count: the place a counted thing fell in is kept', () => {
  const text = 'Two of the bombs fell within the Yida camp.';
  const [q] = readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances });
  assert.equal(q.where, 'camp');
  assert.equal(q.low, 2);
});

test('count: a number joined to another by a slash or a times sign is part of a fraction, a mixed number or a size', () => {
  assert.deepEqual(counts('The screen is 480 x 360 pixels.'), []);
  assert.deepEqual(counts('He served 41/2 months and 4 1/2 years.'), []);
  assert.deepEqual(counts('Police seized 14 rifles and 480 rounds.').map((c) => c[0]), ['14 rifles', '480 rounds']);
});

test('count: an open bound shows whether it includes its value ("at least 12" is ≥ 12, "more than 12" is > 12)', () => {
  const shown = (text: string) =>
    readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances }).map(formatValue);
  assert.deepEqual(shown('At least 12 people were killed.'), ['≥ 12 people']);
  assert.deepEqual(shown('More than 12 people were killed.'), ['> 12 people']);
  assert.deepEqual(shown('Up to 300 people fled.'), ['≤ 300 people']);
});

test('count: a whole number below twenty is counted, not rounded ("10 fire engines" is not "13 fire engines"; "about 10" may be 11)', () => {
  const count = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances }).filter((q) => q.kind === 'count')[0];
  const ten = count('Crews sent 10 fire engines.');
  assert.equal(valuesDisjoint(ten, count('Crews sent 13 fire engines.'), 0.05), true);
  assert.equal(valuesDisjoint(ten, count('Crews sent ten fire engines.'), 0.05), false);
  assert.equal(valuesDisjoint(count('Crews sent about 10 fire engines.'), count('Crews sent eleven fire engines.'), 0.05), false, 'a hedge widens it');
  assert.equal(valuesDisjoint(count('Crews sent 300 fire engines.'), count('Crews sent 250 fire engines.'), 0.05), false, '300 may be rounded');
});

test('count: a number word in lower case after a name is a count ("to fire Felt eight times"); a capitalised one names ("Ocean\'s Eleven")', () => {
  assert.deepEqual(counts('Nixon told Gray to fire Felt eight times.').map((c) => c[0]), ['eight times']);
  assert.deepEqual(counts('Services on Egypt\'s six telecom operators were cut.').map((c) => c[0]), ['six telecom']);
  assert.deepEqual(counts('The Ocean\'s Eleven cast met.'), []);
  assert.deepEqual(counts('The Amendment 64 vote passed.'), []);
  // Digits after a name in the possessive count what the name owns.
  assert.deepEqual(counts('The deal brings EYP\'s 525 employees into a new division.').map((c) => c[0]), ['525 employees']);
});

test('count: a quoted word may stand between the number and its noun ("90 “yea” votes")', () => {
  assert.deepEqual(counts('Gorsuch needs 90 “yea” votes in the Senate.'), [['90 “yea” votes', 90, 'votes']]);
});

test('count: a compound measure between a number and its noun ("three 10-year sentences") leaves the noun counted', () => {
  assert.deepEqual(counts('He was imprisoned on three 10-year sentences.'), [['three', 3, 'sentences']]);
  assert.deepEqual(counts('Jets dropped two 500-pound bombs.')[0], ['two', 2, 'bombs']);
});

test('count: a size in a unit of measure, or digits after "a", is no count ("a 2.93 GHz processor", "a 256 SSD drive")', () => {
  assert.deepEqual(counts('The laptop has a 2.93 GHz dual core processor.'), []);
  assert.deepEqual(counts('It runs at 2.66 GHz, faster than before.'), []);
  assert.deepEqual(counts('It ships with 4 gigabytes of RAM and a 320 gigabyte hard drive.'), []);
  assert.deepEqual(counts('The unit supports 8GB of memory.'), []);
  assert.deepEqual(counts('A 256 SSD drive is optional.'), []);
  // A count keeps its noun: cores are counted, and "an estimated" is a hedge, not an article of the number.
  assert.deepEqual(counts('The chip has four cores.'), [['four cores', 4, 'cores']]);
  assert.deepEqual(counts('An estimated 5,000 people marched.').map((c) => c[2]), ['people']);
  assert.deepEqual(counts('More than 12 people were hurt.').map((c) => c[1]), [12]);
});

test('count: a number before a label is an address, not a count ("the 12000 block of East 223rd Street")', () => {
  assert.deepEqual(counts('He was shot outside an apartment in the 12000 block of East 223rd Street.'), []);
});

test('count: a number joined to a label counts it ("a 338-page report"); before it, it names ("the 12000 block")', () => {
  assert.deepEqual(counts('The task force released a 338-page report.'), [['338-page', 338, 'page']]);
  assert.deepEqual(counts('He lived in the 12000 block of Elm Street in a 12-room house.'), [['12-room', 12, 'room']]);
});

test('count: a lone leading 1 rounds by half its place ("100 votes" and "150 votes" differ; "100" and "140" may be one)', () => {
  const count = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances }).filter((q) => q.kind === 'count')[0];
  assert.equal(valuesDisjoint(count('He could get 100 votes.'), count('He could get 150 votes.'), 0.05), true);
  assert.equal(valuesDisjoint(count('They sent 1,000 troops.'), count('They sent 1,500 troops.'), 0.05), true);
  assert.equal(valuesDisjoint(count('He could get 100 votes.'), count('He could get 140 votes.'), 0.05), false);
  // A figure of one digit covers half its step above it (values/index.ts roundedDownBy): 250 is no "200", 240 may be.
  assert.equal(valuesDisjoint(count('They sent 200 troops.'), count('They sent 250 troops.'), 0.05), true, 'half a step above a leading 2');
  assert.equal(valuesDisjoint(count('They sent 200 troops.'), count('They sent 240 troops.'), 0.05), false, '240 rounds to 200');
});

test('count: a round figure of a hundred or more covers from half its step below it to a whole step above ("200 offices" may be 170 or 290, not 130); a smaller one is counted', () => {
  const count = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances }).filter((q) => q.kind === 'count')[0];
  assert.equal(valuesDisjoint(count('The firm has 200 offices.'), count('The firm has 130 offices.'), 0.05), true, 'nobody rounds 130 to 200');
  assert.equal(valuesDisjoint(count('The firm has 130 offices.'), count('The firm has 200 offices.'), 0.05), true, 'either order');
  assert.equal(valuesDisjoint(count('The firm has 200 offices.'), count('The firm has 170 offices.'), 0.05), false, '170 rounds to 200');
  assert.equal(valuesDisjoint(count('The firm has 200 offices.'), count('The firm has 240 offices.'), 0.05), false, '240 rounds to 200');
  assert.equal(valuesDisjoint(count('The firm has 200 offices.'), count('The firm has 270 offices.'), 0.05), true, 'nobody writes 200 for 270');
  // Below a hundred a whole count is counted, not rounded: "20 crew" is not 17 nor 23.
  assert.equal(valuesDisjoint(count('The firm has 20 offices.'), count('The firm has 17 offices.'), 0.05), true, '17 is not 20');
  assert.equal(valuesDisjoint(count('The firm has 20 offices.'), count('The firm has 20 offices.'), 0.05), false);
  assert.equal(valuesDisjoint(count('They sent 2,000 troops.'), count('They sent 1,400 troops.'), 0.05), true);
  assert.equal(valuesDisjoint(count('They sent 2,000 troops.'), count('They sent 1,600 troops.'), 0.05), false);
});

test('count: "about" with a number written to a finer step than the approximate tolerance reaches about a step', () => {
  const counts = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances }).filter((q) => q.kind === 'count');
  assert.deepEqual(counts('about 230,000 people died').map((q) => [q.low, q.high]), [[207000, 253000]]);
  assert.deepEqual(counts('about 150 people died').map((q) => [q.low, q.high]), [[124.5, 175.5]]);
});

test('count: a number in words with its units after a hyphen ("Sixty-two police officers") is one number, not a compound of its units', () => {
  assert.deepEqual(counts('Sixty-two police officers were injured.'), [['Sixty-two police', 62, 'police']]);
  assert.deepEqual(counts('Twenty-five people died.'), [['Twenty-five people', 25, 'people']]);
  assert.deepEqual(counts('It has a twenty-vote majority.'), [['twenty-vote', 20, 'vote']]);
  // A plural name after the number is what is counted, and the word after it its verb.
  assert.deepEqual(counts('Twenty-two Republicans joined 48 Democrats.'), [['Twenty-two', 22, 'count'], ['48', 48, 'count']]);
  assert.deepEqual(counts('Over 24,000 Nuban refugees arrived.'), [['Over 24,000 Nuban refugees', 24000, 'refugees']]);
  // So is a plural of capitals ("SUVs", "MPs"): the word after it is no counted noun.
  assert.deepEqual(counts('Hondell is recalling 1.2 million SUVs over faulty airbags.'), [['1.2 million', 1200000, 'count']]);
  assert.deepEqual(counts('Three MPs resigned.'), [['Three', 3, 'count']]);
});
