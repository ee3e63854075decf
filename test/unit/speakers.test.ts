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
