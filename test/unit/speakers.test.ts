// Quotation speakers beyond people: texts written for these tests.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { read } from '../helpers/analysis';

const speakerOf = (text: string) => {
  const r = read(text);
  const q = r.quotations[0];
  return q?.speaker ? r.mentions[q.speaker.mention].text : null;
};

test('speakers: an organisation that is the subject of a speech verb is the speaker', () => {
  assert.equal(speakerOf('Reuters reported on Monday that "the talks will resume next week."'), 'Reuters');
  assert.equal(speakerOf('"We will not comment," the Kremlin said on Tuesday.'), 'Kremlin');
});

test('speakers: a person still wins over an organisation merely named nearby', () => {
  assert.equal(speakerOf('At the Pentagon, Defense Secretary Pete Hegseth said: "We are ready."'), 'Pete Hegseth');
});

test('speakers: a pull quote signed after a dash is the signer\'s', () => {
  assert.equal(speakerOf('“He makes simple blanket statements about people.” ― Pamela Padilla'), 'Pamela Padilla');
  assert.equal(speakerOf('"We will rebuild the bridge." - Anna Kowalczyk, mayor'), 'Anna Kowalczyk');
});

test('speakers: with no speech verb, the person characterising is the subject, not the one characterised', () => {
  assert.equal(speakerOf('Maria Lindqvist described Tomas Berger as a "reckless gambler" in her speech.'), 'Maria Lindqvist');
  assert.equal(speakerOf('Senator Paul Okafor called Governor Ruth Delaney a "disgrace" on Monday.'), 'Paul Okafor');
});

test('speakers: a speech-verb form used as a noun before the subject does not hide the real verb', () => {
  assert.equal(speakerOf('After initial reports of the blast, the Interior Ministry said that the "damage is limited."'), 'Interior Ministry');
});

test('speakers: a country directly before a speech verb speaks for its government', () => {
  assert.equal(speakerOf('"We condemn the test in the strongest terms," Japan said on Friday.'), 'Japan');
});

const phraseOf = (text: string) => read(text).quotations[0]?.speakerPhrase?.text ?? null;
/** The speaker as written: a mention's text or a phrase's. */
const whoOf = (text: string) => phraseOf(text) ?? speakerOf(text);

test('speakers: a description or group as the subject of a speech verb speaks, with no entity', () => {
  assert.equal(phraseOf('"We need change," the Ohio businessman said on Monday.'), 'the Ohio businessman');
  assert.equal(whoOf('Police say they have "adequate resources" for the game.'), 'Police');
  assert.equal(whoOf('"We will appeal," the state\'s elections chief said.'), 'the state\'s elections chief');
  assert.equal(phraseOf('Tomas Berger spoke first. The Vermont senator said that there are still "some people" who doubt it.'), 'The Vermont senator');
  const r = read('"We need change," the Ohio businessman said.');
  assert.equal(r.quotations[0].speaker, null, 'a description names no entity, so no speaker-disagreement check can use it');
});

test('speakers: a phrase after a preposition or a participle is not the subject', () => {
  assert.equal(phraseOf('Crowds marching through the streets chanted "What curfew?" all night.'), null);
  assert.equal(speakerOf('Following initial reports of the fire, Mayor Lena Okoro said that "a pipe" had burst.'), 'Lena Okoro');
});

test('speakers: a name followed by an appositive speaks, not the last name inside it', () => {
  assert.equal(
    speakerOf('Pierre Lemaire, the foreign minister of France, a member of the Security Council, said the test "cannot be left without consequences."'),
    'Pierre Lemaire',
  );
  assert.equal(speakerOf('"It is an invasion of our domain," Scott Pruett, the attorney general of Oklahoma, said on Friday.'), 'Scott Pruett');
  assert.equal(speakerOf('Carla Mendes, who campaigned for Tomas Berger since he left the race, blasted Anna Kowalczyk as a "disgrace" on Friday.'), 'Carla Mendes');
});

test('speakers: the owner of a claim speaks the quotation that states it', () => {
  assert.equal(speakerOf('The website checked Donald Trump\'s claim that there have been "thousands of shootings" this year.'), 'Donald Trump');
});

test('speakers: a transcript turn speaks its paragraph, and a new turn is a new quotation', () => {
  const text = 'The interview ran on Sunday. Wallace asked and Pence answered.\n\n"WALLACE: Do you really see those two as equivalent?\n\n"PENCE: Well, look, my running mate has been clear.';
  const r = read(text);
  assert.equal(r.quotations.length, 2);
  assert.deepEqual(r.quotations.map((q) => q.speakerPhrase?.text ?? (q.speaker ? r.mentions[q.speaker.mention].text : null)), ['WALLACE', 'PENCE']);
});

test('speakers: words inside an earlier quotation are not the narration\'s subject or verb', () => {
  assert.equal(speakerOf('"I guess we say it again," Ruth Delaney said, going on to say that the city needs "more buses."'), 'Ruth Delaney');
});

test('speakers: a verb after the quotation in a clause of its own does not take it', () => {
  const r = read('Ads showed Tomas Berger saying during the debate, "That makes me smart," when Anna Kowalczyk blasted him for it.');
  const q = r.quotations[0];
  assert.notEqual(q.speaker ? r.mentions[q.speaker.mention].text : null, 'Anna Kowalczyk');
});

test('sentences: a stop that closes a quotation ends the sentence, unless a short attribution follows', () => {
  const r = read('In a statement, Ruth Delaney said the decision "will force us to act." He said that if "the court insists, we will appeal."');
  assert.equal(r.sentences.length, 2);
  assert.notEqual(r.quotations[0].sentence, r.quotations[1].sentence);
  const tail = read('"We will not comment on that." Peskov said.');
  assert.equal(tail.sentences.length, 1);
  assert.equal(speakerOf('"We will not comment on that." Peskov said.'), 'Peskov');
});

test('speakers: a participle after a comma has the main clause\'s subject, not the nearest name', () => {
  assert.equal(speakerOf('Tomas Berger attacked Anna Kowalczyk for her vote on the war, saying, "She is reckless."'), 'Tomas Berger');
});

test('speakers: a verb coordinated with "and" does not take the object before it as its subject', () => {
  assert.equal(phraseOf('The Ohio governor also outlined his tax plan and vowed to punish "those who cheat."'), null);
});

test('speakers: a transcript turn counts when the article has other turns, even if the name is not written elsewhere', () => {
  const r = read('"HOST: Welcome back to the show.\n\n"GUEST: Thank you for having me.');
  assert.deepEqual(r.quotations.map((q) => q.speakerPhrase?.text ?? (q.speaker ? r.mentions[q.speaker.mention].text : null)), ['HOST', 'GUEST']);
  assert.equal(whoOf('"UPDATE: The road is open again."'), null);
});
