// quote-wording on texts written for it: what a reader calls a rewording, and what is only another excerpt.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { read, serviceOf } from '../helpers/analysis';

const found = (texts: Record<string, string>) => serviceOf(texts).findings().filter((f) => f.code === 'quote-wording');
const spanText = (texts: Record<string, string>, s: { uri: string; start: number; end: number }) => texts[s.uri].slice(s.start, s.end);

test('quote-wording: one sentence worded differently inside different excerpts is found, on that sentence', () => {
  const texts = {
    a: 'Mayor Ann Lee said: "We lost the vote today. The new bridge will be rebuilt by next spring. Nobody is to blame."',
    b: 'Ann Lee told reporters: "The new bridge will be finished by next spring. We will fight on."',
  };
  const f = found(texts);
  assert.equal(f.length, 1, f.map((x) => x.message).join('\n'));
  const sides = [f[0], ...f[0].related].map((s) => spanText(texts, s));
  assert.deepEqual(sides.sort(), ['The new bridge will be finished by next spring', 'The new bridge will be rebuilt by next spring']);
  assert.match(f[0].message, /\[-(rebuilt|finished)-\] \{\+(finished|rebuilt)\+\}/);
  assert.doesNotMatch(f[0].message, /lost the vote|fight on/, 'the diff is between the comparable sentences only');
  assert.equal(f[0].severity, 'warning');
});

test('quote-wording: an excerpt cut at an ellipsis, a clause left out and another sentence of the statement are not rewording', () => {
  const full = '"We will rebuild the old bridge before the winter comes, and the city will pay for all of it," Ann Lee said.';
  assert.deepEqual(found({ a: full, b: 'Ann Lee said: "We will rebuild the old bridge ... and the city will pay for all of it."' }), []);
  assert.deepEqual(found({ a: full, b: 'Ann Lee said: "We will rebuild the old bridge, and the city will pay for all of it."' }), []);
  assert.deepEqual(found({ a: full, b: '"We will rebuild the old bridge before the winter comes. It is a promise," Ann Lee said.' }), []);
});

test('quote-wording: a word dropped inside a sentence is a difference, told as information', () => {
  const texts = {
    a: 'The letter said: "Your budget offers a rationale for gutting programs that help the poor."',
    b: 'The letter said: "Your budget offers a rationale gutting programs that help the poor."',
  };
  const f = found(texts);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'information');
  assert.match(f[0].message, /\{\+for\+\}|\[-for-\]/);
});

test('quote-wording: forms a reader accepts as the same words are no rewording', () => {
  const pairs: Array<[string, string]> = [
    ['it was an eleventh-hour deal for the whole region', 'it was an 11th hour deal for the whole region'],
    ['we stand with the U.S. on this question today', 'we stand with the United States on this question today'],
    ["he's sure that we're going to win this race", 'he is sure that we are going to win this race'],
    ['there is a two-in-three chance that we keep the House', 'there is a 2 in 3 chance that we keep the House'],
    ['his world view shapes the way he governs the state', 'his worldview shapes the way he governs the state'],
    ['Sen. Reid respects that decision and the process', 'Senator Reid respects that decision and the process'],
    ['the colour of the new flag was chosen by the council', 'the color of the new flag was chosen by the council'],
    ['the deal will double our reach in data centres next year', 'the deal will double our reach in data centers next year'],
    ['the new colours of the flag were chosen by the council', 'the new colors of the flag were chosen by the council'],
    ['she died at 6:41 p.m. this evening at home in Los Angeles', 'she died at 18:41 this evening at home in Los Angeles'],
    ["I'm not going to pay for that f***ing wall, ever", "I'm not going to pay for that fucking wall, ever"],
    ["we're gonna go in there and we're gonna impeach the motherf***er", "And we're gonna go in there and we're gonna impeach the motherfucker"],
    ['the speaker [John Boehner] invited him without asking us first', 'the speaker invited him without asking us first'],
  ];
  for (const [x, y] of pairs) {
    const f = found({ a: `Ann Lee said: "${x}."`, b: `Ann Lee said: "${y}."` });
    assert.deepEqual(f.map((q) => q.message), [], `${x} / ${y}`);
  }
});

test('quote-wording: an ampersand standing alone is the word "and"', () => {
  const f = found({ a: 'Ann Lee wrote: "We both believe that conservation & healthy herds are critical."', b: 'Ann Lee wrote: "We both believe that conservation and healthy herds are critical."' });
  assert.deepEqual(f.map((q) => q.message), []);
});

test('quote-wording: words moved within the sentence are a rewording', () => {
  const f = found({
    a: 'Ann Lee said: "The talks went very well. He, like the governor, wants to make peace."',
    b: 'Ann Lee said: "The talks went very well. He wants to make peace, just like the governor."',
  });
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
});

test('quote-wording: three sources, two alike: one finding on the odd one, both others related', () => {
  const texts = {
    a: 'Ann Lee said: "Nobody wants peace more than our city does."',
    b: 'Ann Lee said: "Nobody wants peace more than our city does."',
    c: 'Ann Lee said: "No one wants peace more than our city does."',
  };
  const f = found(texts);
  assert.equal(f.length, 1);
  assert.equal(f[0].uri, 'c');
  assert.deepEqual(f[0].related.map((r) => r.uri), ['a', 'b']);
  assert.match(f[0].message, /worded differently by a and b: a has \[-No one-\] \{\+Nobody\+\}/);
});

test('quote-wording: two people who share a phrase are two statements', () => {
  const f = found({
    a: 'Activist Mary Stone spoke first. "I think it shows they are on the wrong side of history," Mary Stone said.',
    b: 'Lawyer John Marsh spoke later. "They are wasting money on this suit. These guys are on the wrong side of history," John Marsh said.',
    c: 'Mary Stone and John Marsh both spoke.',
  });
  assert.deepEqual(f, []);
});

test('quotations: a closing mark set off by a space (\', "he told\') opens no quotation', () => {
  const r = read('They should obey the law, "he told reporters in the city.\n\nLater he left.');
  assert.deepEqual(r.quotations.map((q) => q.text), []);
  assert.equal(read('She said, "We will win," and left.').quotations.length, 1);
});

test('quote-wording: a word changed next to where a shorter excerpt begins is a rewording; a longer lead-in is not', () => {
  const changed = found({
    a: '"Truth be told, the richest thing about the mayor is his hypocrisy," Ann Lee said.',
    b: 'Ann Lee added that "the poorest thing about the mayor is his hypocrisy."',
  });
  assert.equal(changed.length, 1);
  const excerpt = found({
    a: '"Truth be told, the richest thing about the mayor is his hypocrisy," Ann Lee said.',
    b: 'Ann Lee added that "the richest thing about the mayor is his hypocrisy."',
  });
  assert.deepEqual(excerpt, []);
});

test('quote-wording: a word changed right after a word the longer quotation says twice is a rewording, not a cut', () => {
  const texts = {
    a: 'Ann Lee said: "I want him to do well. ... I love this town, but this town is going to ruin. The world laughs at us."',
    b: 'Ann Lee said: "I hate this town, but this town is going to ruin. The world laughs at us."',
  };
  const f = found(texts);
  assert.equal(f.length, 1, f.map((x) => x.message).join('\n'));
  assert.match(f[0].message, /\[-(love|hate)-\] \{\+(hate|love)\+\}/);
  // The same excerpt word for word is no rewording.
  assert.deepEqual(found({ a: texts.a, b: 'Ann Lee said: "I love this town, but this town is going to ruin. The world laughs at us."' }), []);
});

test('quotations: a doubled opening mark opens one quotation; an empty pair of marks quotes nothing', () => {
  assert.deepEqual(read('""We have learned something important," Mr. Lee said.').quotations.map((q) => q.text), ['We have learned something important,']);
  assert.deepEqual(read('She said "" and left. "We will win," she said.').quotations.map((q) => q.text), ['We will win,']);
});

test('quote-wording: sentences that only share a phrase are not one sentence worded two ways', () => {
  // Two sentences of one statement around the same place, each quoted by one source.
  assert.deepEqual(
    found({
      a: 'Police said: "The fire spread through the store. Local road closures close to the high street are in place."',
      b: 'Police said: "The fire spread through the store. People are asked to avoid the high street area tonight."',
    }),
    [],
  );
  // Two witnesses who both say people poured into the streets.
  assert.deepEqual(
    found({
      a: '"The earthquake was really strong, and people poured into the streets in panic," one resident said.',
      b: 'A journalist said: "People poured into the streets, fearing aftershocks."',
    }),
    [],
  );
  // Still one sentence worded two ways when the shared words are most of both quotations.
  assert.equal(found({ a: 'Lee said: "Nobody wants peace more than our city."', b: 'Lee said: "No one wants peace more than our city."' }).length, 1);
});

test('quote-wording: one sentence both quote nearly whole, inside excerpts of different length, is compared', () => {
  const texts = {
    a: 'Lawyer Tom Reed said: "From the start, the state has pursued a vendetta against my client and not a search for the truth. My client denies any wrongdoing. When the storm passes, he will be cleared," Reed added.',
    b: 'Tom Reed said: "When the dust passes, he will be cleared. Until then, he will keep serving the people of his district with the same energy as always."',
  };
  const f = found(texts);
  assert.equal(f.length, 1, f.map((x) => x.message).join('\n'));
  assert.match(f[0].message, /When the \[-(dust|storm)-\] \{\+(storm|dust)\+\} passes/, 'the words both say at the start of the sentence are the same, not part of the difference');
});

test('quote-wording: a short sentence before a long passage both quote is compared with it', () => {
  const texts = {
    a: 'Senator Ann Lee told the crowd: "And you embody it. Whatever we say about the plan, whatever we call it — reform or repeal — we owe our workers and their families a fair deal."',
    b: 'Senator Ann Lee told the crowd: "And you betray it. Whatever we say about the plan, whatever we call it -- reform or repeal -- we owe our workers and their families a fair deal."',
  };
  const f = found(texts);
  assert.equal(f.length, 1, f.map((x) => x.message).join('\n'));
  assert.match(f[0].message, /And you \[-(betray|embody)-\] \{\+(embody|betray)\+\} it/);
});

test('quote-wording: a stock phrase of two statements, or a phrase two sentences share around other words, is no rewording', () => {
  // A farewell in a video and a written statement both say "an honor and (a) privilege to serve".
  assert.deepEqual(
    found({
      a: 'Tom Reed said in a video: "I look forward to staying in touch. It has been an honor and a privilege to serve. Thank you so much."',
      b: '"It has been an honor and privilege to serve the people of the 27th district of this state," Tom Reed said in a statement.',
    }),
    [],
  );
  assert.deepEqual(
    found({
      a: 'Ann Lee said: "It is a crisis. We have an invasion of drugs and criminals coming into our country."',
      b: '"We are talking about an invasion of our country," Ann Lee said.',
    }),
    [],
  );
});

test('quote-wording: the diff is shown against the fullest differing quotation, so a word changed early is not cut off', () => {
  const texts = {
    a: 'Ann Lee said the council had earned "a seat at the table" this year.',
    b: 'Ann Lee said the council should "act like it deserves respect, not a seat at a table."',
    c: 'Ann Lee said the council should "act proudly it deserves respect, not a seat at a table."',
  };
  const f = found(texts);
  const onC = f.filter((x) => x.uri === 'c');
  assert.equal(onC.length, 1, f.map((x) => `${x.uri}: ${x.message}`).join('\n'));
  assert.match(onC[0].message, /\[-proudly-\] \{\+like\+\}|\[-like-\] \{\+proudly\+\}/);
  assert.match(spanText(texts, onC[0]), /proudly/);
});

test('quote-wording: a sentence of function words only, quoted with one word changed, is compared when six words stand matched in a row', () => {
  const texts = {
    a: 'Trump told the crowd: "I always take things seriously, but I have never taken it seriously like this. I wish I didn\'t have to do it."',
    b: '"I always take things seriously," Trump said. "I hope I didn\'t have to do it," he said.',
  };
  const f = found(texts);
  assert.equal(f.length, 1, f.map((x) => x.message).join('\n'));
  assert.match(f[0].message, /\[-(wish|hope)-\] \{\+(hope|wish)\+\}/);
  // Fewer words in a row than that is a phrase two statements share.
  assert.deepEqual(found({ a: 'Trump said: "I wish I could go."', b: 'Lee said: "I hope I could go."' }), []);
});

test('quote-wording: two excerpts cut differently from one sentence a third source quotes whole are no rewording', () => {
  const texts = {
    a: 'Jet lands safely\n\n"The crew followed their training and did exactly what we expect of them," said spokeswoman Karen Whitfield.',
    b: 'Engine fails on jet\n\n"The crew did exactly what we expect of them," spokeswoman Karen Whitfield told reporters.',
    c: 'Passengers describe scare\n\nSpokeswoman Karen Whitfield said the crew "followed their training and did exactly what we expect of them."',
  };
  assert.deepEqual(found(texts).map((f) => f.message), []);
  // A word changed in one of them is still a rewording, shown against the whole sentence.
  const changed = { ...texts, c: texts.c.replace('did exactly', 'did just') };
  const reworded = found(changed);
  assert.equal(reworded.length, 1, reworded.map((f) => f.message).join('\n'));
  assert.equal(reworded[0].uri, 'c');
  assert.match(reworded[0].message, /\[-just-\] \{\+exactly\+\} what we expect/);
});

test('quote-wording: a headline\'s shortened excerpt beside its body\'s quotation: the diff is the body\'s word changed, not the headline\'s cut', () => {
  const texts = {
    a: 'Jackpot claimed\n\n"I checked the numbers three times and then I sat down on the kitchen floor," Ann Lee said.',
    b: '"I sat down on the floor": Marrowby grandmother wins jackpot\n\n"I checked the numbers three times and then I sat down on the bathroom floor," Ann Lee said.',
  };
  const f = found(texts);
  assert.equal(f.length, 1, f.map((x) => `${x.uri}: ${x.message}`).join('\n'));
  assert.match(f[0].message, /\[-bathroom-\] \{\+kitchen\+\}|\[-kitchen-\] \{\+bathroom\+\}/);
});
