// The trained named-entity tagger and real-text noise: texts written for these tests.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, read } from '../helpers/analysis';

const load = <T>(p: string): T => require(path.join(ROOT, 'server', 'out', 'analysis', p)) as T;
const ner = load<typeof import('../../server/src/analysis/read/ner')>('read/ner');
const pos = load<typeof import('../../server/src/analysis/read/pos')>('read/pos');

const typed = (text: string) => read(text).mentions.filter((m) => m.type !== 'other' && !m.tentative).map((m) => `${m.text}/${m.type}`);
const sentence = (line: string, heading = false) => {
  const words = line.split(' ');
  return { words, pos: pos.tagPos(pos.posModel()!, words), heading };
};

test('tagger: the shipped model loads and tags people, places and organisations in wire copy', () => {
  const model = ner.nerModel();
  assert.ok(model, 'data/nerModel.json is missing (npm run train -- ner)');
  const s = sentence('Shares of Volkswagen fell in Frankfurt after chairman Ferdinand Piech spoke .');
  const tags = ner.tagDocument(model, [s]).tags[0];
  assert.deepEqual(
    ner.nerSpans(tags).map((x) => `${s.words.slice(x.start, x.end).join(' ')}/${x.type}`),
    ['Volkswagen/ORG', 'Frankfurt/LOC', 'Ferdinand Piech/PER'],
  );
});

test('tagger: decoding is exact and respects BILOU (no I- or L- without its B-)', () => {
  const T = ner.NER_TAGS.length;
  // Emissions that prefer I-PER everywhere: the best allowed path must still open and close the name.
  const emissions = new Float32Array(3 * T);
  const iPer = ner.NER_TAGS.indexOf('I-PER');
  for (let i = 0; i < 3; i++) emissions[i * T + iPer] = 5;
  const path = Array.from(ner.viterbi(emissions, 3, new Float32Array((T + 1) * (T + 1))), (t) => ner.NER_TAGS[t]);
  assert.deepEqual(path, ['B-PER', 'I-PER', 'L-PER']);
});

test('tagger: the per-keystroke path sums the same features as training', () => {
  const model = ner.nerModel()!;
  const res = ner.nerResources();
  const seeds = path.join(ROOT, 'seeds');
  for (const file of fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).slice(0, 2)) {
    const sentences = fs
      .readFileSync(path.join(seeds, file), 'utf8')
      .split(/\n+/)
      .map((line) => line.split(/\s+/).filter(Boolean))
      .filter((words) => words.length > 0)
      .map((words, k) => ({ words, pos: pos.tagPos(pos.posModel()!, words), heading: k === 0 }));
    const flags = ner.documentFlags(sentences, res);
    for (const s of sentences) {
      const fast = ner.emissions(model.pass1, s, flags, res);
      const T = model.pass1.tags.length;
      ner.sentenceFeatures(s, flags, res).forEach((features, i) => {
        const slow = new Float32Array(T);
        for (const f of features) {
          const row = model.pass1.index.get(f);
          if (row !== undefined) for (let t = 0; t < T; t++) slow[t] += model.pass1.weights[row + t];
        }
        for (let t = 0; t < T; t++) assert.ok(Math.abs(slow[t] - fast[i * T + t]) < 1e-3, `${s.words[i]} in ${s.words.join(' ')}`);
      });
    }
  }
});

test('mentions: the tagger finds names the word lists do not know, and keeps list types ("Kyiv" is a place)', () => {
  const names = typed('Shares of Volkswagen fell in Frankfurt after chairman Ferdinand Piech spoke. Officials in Kyiv said nothing.');
  for (const name of ['Volkswagen/organization', 'Frankfurt/place', 'Ferdinand Piech/person', 'Kyiv/place']) assert.ok(names.includes(name), `${name} in ${names}`);
});

test('noise: a wire dateline gives its city, country and agency', () => {
  const names = typed('KABUL, Afghanistan (Reuters) - Taliban fighters attacked a base near Kabul on Tuesday, officials said.');
  for (const name of ['KABUL/place', 'Afghanistan/place', 'Reuters/organization', 'Kabul/place']) assert.ok(names.includes(name), `${name} in ${names}`);
});

test('noise: an all-caps headline still has names; shouted words in a sentence are not names', () => {
  const names = typed('OBAMA MEETS MERKEL IN BERLIN\nPresident Barack Obama met German Chancellor Angela Merkel in Berlin. "There was DEATH and DESTRUCTION," he said.');
  for (const name of ['OBAMA/person', 'MERKEL/person', 'BERLIN/place']) assert.ok(names.includes(name), `${name} in ${names}`);
  assert.ok(!names.some((n) => n.startsWith('DEATH') || n.startsWith('DESTRUCTION')), String(names));
});

test('noise: dates and times in the tagger are one word, so a dateline number does not change the place', () => {
  const names = typed('LONDON 1996-08-30\nPeter Such took four wickets for 38 runs in London at 7:12 pm.');
  assert.ok(names.includes('LONDON/place'), String(names));
  assert.ok(names.includes('Peter Such/person'), String(names));
});

test('noise: spaced-out domain names and times ("MyFoxHouston. com", "7: 12pm") do not end a sentence', () => {
  const r = read('The story ran on MyFoxHouston. com at 7: 12pm on Monday. It was shared widely.');
  assert.equal(r.sentences.length, 2);
});

test('mentions: a name ending in a place word stays a place whatever the tagger guesses ("Richmond Hill")', () => {
  const names = typed('The car hit a woman on 117th Street in Richmond Hill, Queens, police said.');
  assert.ok(names.includes('Richmond Hill/place'), String(names));
});

test('noise: a quotation opened with a closing curly mark is still a quotation', () => {
  const r = read('”Fear. I am truly afraid of what comes next,” said Edwin Monroy, a voter.');
  assert.equal(r.quotations.length, 1);
  assert.equal(r.quotations[0].text, 'Fear. I am truly afraid of what comes next,');
});

test('mentions: on a shouted headline the tagger splits the rules\' run into names ("SRI LANKA BEAT AUSTRALIA")', () => {
  const names = typed('CRICKET - SRI LANKA BEAT AUSTRALIA BY FOUR WICKETS .\nThe match was played in Colombo on Friday.');
  assert.ok(names.includes('SRI LANKA/place') && names.includes('AUSTRALIA/place'), names.join(','));
  assert.ok(!names.some((n) => n.startsWith('SRI LANKA BEAT')), names.join(','));
});

test('mentions: the organisation owning a role is a mention beside the role holder ("Federal Reserve governor")', () => {
  const names = typed('Federal Reserve governor Lawrence Lindsey said the economy was strong.');
  assert.deepEqual(names, ['Federal Reserve/organization', 'Lawrence Lindsey/person']);
});

test('mentions: a shouted dateline place, a byline and a line listing names are names, not emphasis or a title', () => {
  assert.ok(typed('KHASAVYURT , Russia 1996-08-31\nRebels left the town on Friday.').includes('KHASAVYURT/place'));
  assert.ok(typed('Police raid\nLarisa Sayenko\nPolice raided the offices on Friday.').includes('Larisa Sayenko/person'));
  const listed = typed('Results\nMike Hulbert , Brian Henninger , Tiger Woods , Steve Jurgenson ,\nThe scores were low.');
  assert.ok(listed.includes('Tiger Woods/person'), listed.join(','));
});

test('mentions: a lone word the tagger has never seen is typed when the tagger is sure ("the town of Uyo")', () => {
  assert.ok(typed('Police in the town of Uyo said the corporal had been arrested on Friday.').includes('Uyo/place'));
});

test('mentions: a compass word before one capitalised word names a region, not a person ("South Kordofan")', () => {
  const names = typed('Fighting spread across South Kordofan on Monday. Rebels in Southern Kordofan said the army had bombed the town.');
  assert.ok(names.includes('South Kordofan/place') && names.includes('Southern Kordofan/place'), names.join(','));
});

test('mentions: a sure tagger reads one long name over the rules\' pieces ("New York Mercantile Exchange")', () => {
  const names = typed('Oil prices rose on the New York Mercantile Exchange on Friday. The Organisation for Security and Cooperation in Europe postponed the vote.');
  assert.ok(names.includes('New York Mercantile Exchange/organization'), names.join(','));
  assert.ok(names.includes('Organisation for Security and Cooperation in Europe/organization'), names.join(','));
  assert.ok(!names.includes('Europe/place') && !names.some((n) => n.startsWith('York')), names.join(','));
});

test('mentions: a sure tagger splits a run read through "of" and keeps a capitalised "The" inside a sentence', () => {
  const names = typed('Economist Lynn Reaser of Barnett Banks Inc. said prices rose. The match was played at The Oval on Friday.');
  assert.deepEqual(names, ['Lynn Reaser/person', 'Barnett Banks Inc./organization', 'The Oval/place']);
});

test('mentions: a name opening a sentence with a middle initial keeps its first name, and a title or a lower-case word stays out', () => {
  const persons = (text: string) => read(text).mentions.filter((m) => m.kind === 'name' && m.type === 'person').map((m) => m.text);
  assert.ok(persons('Raj K. Chohan was walking alongside parked cars when she was struck.').includes('Raj K. Chohan'));
  assert.ok(persons('Priya K. Sharma said the bridge was closed.').includes('Priya K. Sharma'));
  assert.ok(!persons('Dr. K. Chohan was walking home.').some((n) => n.startsWith('Dr')));
  assert.ok(!persons('Then K. Chohan walked home. He then slept.').some((n) => n.startsWith('Then')));
});

test('title-case headlines: words the body writes only in lower case are not part of a name', () => {
  const text =
    'Sudan Bombs Yida Refugee Camp In South Sudan\n\nPlanes from Sudan dropped bombs on the refugee camp at Yida on Thursday. The bombs fell near the school, in South Sudan.';
  const headline = read(text).mentions.filter((m) => m.end <= text.indexOf('\n')).map((m) => m.text);
  assert.deepEqual(headline, ['Sudan', 'Yida', 'South Sudan']);
  // A name the body also capitalises mid-sentence keeps all its words ("White House").
  const kept = 'White House Denies Report On Talks\n\nThe White House denied the report on Friday, and aides said the talks went on.';
  assert.ok(read(kept).mentions.some((m) => m.text === 'White House' && m.end < kept.indexOf('\n')), JSON.stringify(read(kept).mentions.map((m) => m.text)));
});

test('mentions: a bare surname is the person the document names in full, past a middle name and "Jr" ("Comeaux")', () => {
  const text =
    'Arcade Joseph Comeaux Jr, Prison Inmate, Pulls Gun On Guards\n\nComeaux, 49, took the officers\' weapons before fleeing on foot, Lyons said. Comeaux was given two extra life sentences in 1999. Comeaux also injured a man who was visiting another inmate.';
  const names = read(text).mentions.filter((m) => m.kind === 'name' && m.text.includes('Comeaux'));
  assert.ok(names.some((m) => m.end <= text.indexOf('\n') && m.type === 'person'), 'the headline names him');
  const bare = names.filter((m) => m.text === 'Comeaux');
  assert.equal(bare.length, 3);
  assert.ok(bare.every((m) => m.type === 'person'), bare.map((m) => m.type).join(','));
});

test('mentions: a ship is its prefix and its name, and its name alone is the ship ("Indian Naval Ship Sukanya")', () => {
  const names = typed('The warship INS Sukanya intercepted three boats. Indian Naval Ship Sukanya was escorting five vessels. Sukanya returned to port.');
  assert.ok(!names.some((n) => n.includes('Sukanya/person')), names.join(','));
  const all = read('Indian Naval Ship Sukanya was escorting five vessels. Sukanya returned to port.').mentions.map((m) => `${m.text}/${m.type}`);
  assert.ok(all.includes('Indian Naval Ship Sukanya/other') && all.includes('Sukanya/other'), all.join(','));
});

test('mentions: a shouted common word in a sentence is emphasis, an acronym stays a name', () => {
  const names = typed('"There was DEATH and DESTRUCTION," said a spokesman for NATO in Brussels.');
  assert.ok(!names.some((n) => n.startsWith('DESTRUCTION') || n.startsWith('DEATH')), names.join(','));
  assert.ok(names.includes('NATO/organization'), names.join(','));
});

test('tagger: a new word\'s rows found by template are the rows its feature names give, summed in the same order', () => {
  // The decoder finds a word's rows without building the names (issue 13); the names are what training used.
  const model = ner.nerModel()!;
  const res = ner.nerResources();
  const T = model.pass1.tags.length;
  const words = ['Smith', 'said', 'the', 'NATO', 'U.S.', 'Kyiv', 'president', 'John', 'Ukrainian', '1996', '3.5', "n't", 'a|b', 'x=y', '=', '|', 'É', 'Zürich', 'co-operation', 'I', 'ok', '@handle', '—'];
  for (const pass of [model.pass1, model.pass2].filter((p) => p !== undefined)) {
    for (const word of words) {
      for (const mode of [0, 1, 2]) {
        const fast = ner.lexicalScores(pass, word, mode, res);
        for (let k = -2; k <= 2; k++) {
          const slow = new Float32Array(T);
          for (const f of ner.lexicalFeatures(word, k, mode, res)) {
            const row = pass.index.get(f);
            if (row !== undefined) for (let t = 0; t < T; t++) slow[t] += pass.weights[row + t];
          }
          assert.deepEqual(fast.subarray((k + 2) * T, (k + 3) * T), slow, `${word} at ${k}, mode ${mode}`);
        }
      }
    }
  }
});

test('tagger: the first-word and document rows, kept per shape and line mode, are the same whichever word of that shape came first', () => {
  // "Jones" and "Smith" share the shape "Xx", so Smith's sentences read the rows Jones's filled, in three line modes;
  // each must get the rows that fresh caches give it alone (rows kept per shape without the mode would differ).
  const model = ner.nerModel()!;
  const res = ner.nerResources();
  const lines = (name: string) => [sentence(`${name} said on Monday that ${name} would stay .`), sentence(`${name.toUpperCase()} SAYS HE WILL STAY`, true), sentence(`${name} Says He Will Stay`, true)];
  const smith = lines('Smith');
  const flags = ner.documentFlags(smith, res);
  for (const pass of [model.pass1, model.pass2].filter((p) => p !== undefined)) {
    const alone = smith.map((s) => {
      ner.forgetNerCaches();
      return Array.from(ner.emissions(pass, s, flags, res));
    });
    ner.forgetNerCaches();
    const jones = lines('Jones');
    const jonesFlags = ner.documentFlags(jones, res);
    for (const s of jones) ner.emissions(pass, s, jonesFlags, res);
    assert.deepEqual(smith.map((s) => Array.from(ner.emissions(pass, s, flags, res))), alone);
  }
});
