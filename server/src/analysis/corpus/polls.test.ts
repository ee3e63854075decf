// Opinion polls: which organizations a report names as pollsters, and which of its statements are a poll's figures.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readArticle } from '../read/readArticle';
import { defaultConfig } from '../config';
import { isPollFigure, pollAgainstOther, pollSentences, pollsApart, pollstersOf } from './polls';

const reading = (text: string) => readArticle(text, { uri: 'x', version: 1, source: 'x', tolerances: defaultConfig().tolerances });
/** Entity ids as the corpus writes them: the type, then the name's words. */
const pollsters = (text: string) => {
  const r = reading(text);
  const slug = (i: number) => `${r.mentions[i].type}:${r.text.slice(r.mentions[i].start, r.mentions[i].end).toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return pollstersOf(r, pollSentences(r), slug);
};

test('polls: the pollster is the organization just before a survey word or after "poll by", as its distinctive words', () => {
  assert.deepEqual(pollsters('Poll finds a close race\n\nThe race is close.\n\nIn a Wall Street Journal poll released Monday, 50 percent chose Ostrom.'), ['street', 'wall']);
  assert.deepEqual(pollsters('Poll finds a close race\n\nThe race is close.\n\nAccording to a new poll by the Harvard University Institute of Politics, 41 percent chose Ostrom.'), ['harvard']);
  // An organization elsewhere in the sentence, past a comma, is not the poll's.
  assert.deepEqual(pollsters('Poll finds a close race\n\nThe race is close.\n\nThe Senate, a new poll shows, is split.'), []);
  assert.deepEqual(pollsters('Race is close\n\nThe race is close.\n\nThe Wall Street Journal said 50 percent chose Ostrom.'), [], 'no survey word');
});

test('polls: a share or a margin in points anywhere in a pollster\'s report is the poll\'s; a count only in a sentence that names the poll', () => {
  const r = reading('Poll finds a close race\n\nThe race is close.\n\nIn a Wall Street Journal poll, 50 percent chose Ostrom. The poll surveyed 1,000 adults. The margin is 3 percentage points. Ostrom has held 12 rallies.');
  const sentences = pollSentences(r);
  const figure = (text: string) => {
    const claim = r.claims.find((c) => r.quantities[c.quantity].text.startsWith(text))!;
    return isPollFigure(claim, r.quantities[claim.quantity], sentences, ['wall']);
  };
  assert.deepEqual(['50 percent', '1,000', '3 percentage', '12 rallies'].map(figure), [true, true, true, false]);
  assert.equal(pollsApart(['harvard'], ['street', 'wall']), true);
  assert.equal(pollsApart(['nbc', 'street', 'wall'], ['street', 'wall']), false, 'one pollster named two ways');
  assert.equal(pollsApart(undefined, ['wall']), false, 'a report that names no pollster may be of either poll');
});

test('polls: a poll\'s figure told beside the poll is not a figure of a report that names neither poll nor pollster', () => {
  // A polling average is a survey's figure; "polling places" are where people vote, and name no poll.
  const poll = reading('Ostrom wins the primary\n\nOstrom won the primary on Tuesday.\n\nOstrom leads Lind in Norland by 4 percentage points, according to the Ledger Pollster polling average.');
  assert.equal(pollSentences(poll).has(2), true);
  assert.equal(pollSentences(reading('Voters queue\n\nVoters queued at polling places on Tuesday.')).size, 0);
  const told = { polls: ['ledger'], pollSentence: true };
  const count = {};
  assert.equal(pollAgainstOther(told, count), true, 'a forecast against an outcome');
  assert.equal(pollAgainstOther(count, told), true);
  assert.equal(pollAgainstOther(told, { pollSentence: true }), false, 'a report naming no pollster may tell the same poll');
  assert.equal(pollAgainstOther(told, { polls: ['ledger'] }), false, 'the poll\'s figure in the next sentence');
  assert.equal(pollAgainstOther({ polls: ['ledger'] }, count), false, 'a report that names a poll reports results too');
});

test('polls: a survey word that goes on an agency\'s name ("the US Geological Survey said") names no poll', () => {
  assert.equal(pollSentences(reading('Quake hits\n\nThe quake killed five people, the US Geological Survey said.')).size, 0);
  assert.equal(pollSentences(reading('Race is close\n\nThe latest Gallup Poll shows a close race. A survey by the Ledger agrees.')).size, 2);
  assert.equal(pollSentences(reading('Race is close\n\nSurvey finds a close race.')).size, 1, 'a survey word opening a sentence');
});
