// Every quotation of the seed articles, with who said it (read by a person from the articles): a quotation
// the reading finds that is not listed here fails the test as surely as a wrong speaker does.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { seedName, seedService } from '../helpers/analysis';

const TRUMP = 'Donald Trump';
const ZELENSKY = 'Volodymyr Zelensky';
const HEGSETH = 'Pete Hegseth';
const PESKOV = 'Dmitry Peskov';

/** [seed, the quotation's first words, its speaker's entity] in reading order. */
const SPEAKERS: Array<[string, string, string]> = [
  ['000', 'He wants it to end', TRUMP],
  ['000', "I think we're on the way", TRUMP],
  ['000', 'probably', TRUMP],
  ['000', 'I had a meaningful conversation with @POTUS', ZELENSKY],
  ['001', 'The conversation went very well. He wants to make peace, just like', TRUMP],
  ['001', 'We talked about a range of topics', TRUMP],
  // A pull quote standing alone repeats the quotation above it.
  ['001', 'The conversation went very well. He wants to make peace', TRUMP],
  ['001', 'opportunities to achieve peace', ZELENSKY],
  ['001', 'Nobody wants peace more than Ukraine', ZELENSKY],
  ['001', 'unrealistic goal', HEGSETH],
  ['001', 'capable European and non-European troops', HEGSETH],
  ['001', 'To be clear, there will be no deployment', HEGSETH],
  // "He further stressed that Trump sought a diplomatic resolution: “…”": he (Hegseth) speaks, not Trump.
  ['001', 'We will only end this devastating war', HEGSETH],
  ['001', 'sovereign and prosperous Ukraine', HEGSETH],
  ['001', 'The United States remains committed', HEGSETH],
  ['001', 'unbalanced relationship', HEGSETH],
  ['002', 'in the not-too-distant future', TRUMP],
  ['002', 'He wants it to end', TRUMP],
  ['002', "I think we're on the way", TRUMP],
  ['002', 'meaningful', ZELENSKY],
  ['002', 'Chasing this illusionary goal', HEGSETH],
  ['003', 'agreed to have our respective teams', TRUMP],
  ['003', 'The conversation went very well. He, like President Putin', TRUMP],
  ['003', 'I had a meaningful conversation with @POTUS', ZELENSKY],
  ['003', 'robust security guarantees', HEGSETH],
  // "United States President, Donald Trump, announced …": "States" inside the name is no speech verb.
  ['004', 'lengthy and highly productive', TRUMP],
  ['004', 'lasting, reliable peace', ZELENSKY],
  // The attribution after the quotation's own sentence: "“… Ukraine!” Trump wrote on social media".
  ['004', 'It is time to stop this ridiculous War', TRUMP],
  // "Later, he told reporters at the White House, “…”": he is Trump, the previous speaker.
  ['004', 'We’ll meet in Saudi Arabia', TRUMP],
  ['004', 'the time had come to work together', PESKOV],
  ['004', 'some of that land will come back', TRUMP],
  ['004', 'I think that’s probably true', TRUMP],
  ['004', 'steadfast', 'Angela Rayner'],
  ['004', 'there can be no talks on Ukraine without Ukraine', ZELENSKY],
  // "he described it as a “good and detailed discussion” and mentioned … Treasury Secretary Scott Bessent".
  ['004', 'good and detailed discussion', ZELENSKY],
  ['004', 'No one wants peace more than Ukraine', ZELENSKY],
  ['004', 'impossible', PESKOV],
  ['004', 'Russia has never discussed', PESKOV],
  ['004', 'Security guarantees without America', ZELENSKY],
  ['004', 'at some point you’re going to have an election', TRUMP],
];

test('seeds: every quotation has its speaker', () => {
  const service = seedService();
  const corpus = service.corpus();
  const actual: Array<[string, string, string]> = [];
  for (const prefix of ['000', '001', '002', '003', '004']) {
    const uri = seedName(prefix);
    const reading = service.reading(uri)!;
    reading.quotations.forEach((q) => {
      const expected = SPEAKERS.filter(([p, start]) => p === prefix && q.text.startsWith(start)).sort((a, b) => b[1].length - a[1].length)[0];
      const entity = q.speaker ? corpus.mentionEntity.get(`${uri}#${q.speaker.mention}`) : undefined;
      const name = entity ? corpus.entityById.get(entity)?.name : (q.speakerPhrase?.text ?? 'nobody');
      actual.push([prefix, expected ? expected[1] : q.text.slice(0, 40), name ?? 'nobody']);
    });
  }
  assert.deepEqual(actual, SPEAKERS);
});
