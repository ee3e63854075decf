// Real-text noise: UTF-8 once decoded as Windows-1252 ("mojibake"), on texts written for each rule.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ROOT, read, serviceOf } from '../helpers/analysis';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const mojibake = require(path.join(ROOT, 'server', 'out', 'analysis', 'text', 'mojibake')) as typeof import('../../server/src/analysis/text/mojibake');

test('mojibake: a name written "FranÃ§ois" is the same person as "François"; no spelling finding', () => {
  const s = serviceOf({
    a: 'French envoy FranÃ§ois Delattre said on Monday that talks with JuliÃ¡n Castro went well.',
    b: 'The envoy, François Delattre, met Julián Castro on Monday.',
    c: 'Delattre, the French envoy François Delattre, spoke to Julián Castro.',
  });
  const holders = (word: string) => s.entities().filter((e) => [e.name, ...e.aliases].some((n) => n.includes(word)));
  assert.equal(holders('Delattre').length, 1, JSON.stringify(holders('Delattre').map((e) => e.aliases)));
  assert.equal(holders('Delattre')[0].sources, 3);
  assert.equal(holders('Castro').length, 1);
  assert.deepEqual(s.findings().filter((f) => f.code === 'name-spelling'), []);
  // Offsets stay the user's: the mention covers the characters as written.
  const a = read('French envoy FranÃ§ois Delattre said so.');
  assert.ok(a.mentions.some((m) => m.text === 'FranÃ§ois Delattre'), JSON.stringify(a.mentions.map((m) => m.text)));
});

test('mojibake: "Â£2.5m" and "â‚¬3m" are sums in pounds and euros, compared with "£2.6m"', () => {
  const r = read('Thieves took jewels worth Â£2.5m and â‚¬3m in cash.');
  assert.deepEqual(r.quantities.map((q) => [q.text, q.unit, q.low]), [['Â£2.5m', 'GBP', 2500000], ['â‚¬3m', 'EUR', 3000000]]);
  const s = serviceOf({ a: 'Thieves took jewels worth Â£2.5m from the store.', b: 'Thieves took jewels worth £2.6m from the store.' });
  const found = s.findings().filter((f) => f.code === 'quantity-conflict');
  assert.equal(found.length, 1, 'one disagreement, reported once');
  assert.deepEqual([found[0].uri, ...found[0].related.map((r) => r.uri)].sort(), ['a', 'b']);
});

test('mojibake: only runs that are valid UTF-8 are repaired; real accented text is left alone', () => {
  assert.equal(mojibake.repairMojibake('FranÃ§ois, â‚¬3m, donâ€™t'), 'François, €3m, don’t');
  for (const text of ['Ærø and Øresund', 'São Paulo, Mañana, Å', 'naïve café']) assert.equal(mojibake.repairMojibake(text), text);
  assert.equal(mojibake.mojibakeOf('£'), 'Â£');
  assert.equal(mojibake.mojibakeOf('€'), 'â‚¬');
});

test('duplicated wire copy: a paragraph repeated word for word gives its claims and quotations once', () => {
  const paragraph = 'The call between Donald Trump and Vladimir Putin lasted an hour, the Kremlin said. "We agreed to keep talking," Putin said.';
  const s = serviceOf({
    a: `Call\n\n${paragraph}\n\n${paragraph}\n\nMore later.\n`,
    b: 'Call\n\nThe call between Donald Trump and Vladimir Putin lasted 90 minutes, officials said. "We agreed to keep on talking," Putin said.\n',
  });
  const onA = s.findings('a');
  const conflicts = s.findings().filter((f) => f.code === 'quantity-conflict');
  assert.equal(conflicts.length, 1, conflicts.map((f) => f.message).join('\n'));
  // One source against one: the wording finding sits on one side, linking the other; never twice for the copy.
  const wording = s.findings().filter((f) => f.code === 'quote-wording');
  assert.equal(wording.length, 1);
  const firstCopy = `Call\n\n${paragraph}`.length;
  assert.ok(onA.every((f) => f.start < firstCopy), 'findings sit on the first copy');
  assert.ok([...conflicts, ...wording].every((f) => [f, ...f.related].every((r) => r.uri !== 'a' || r.start < firstCopy)), 'links reach the first copy');
  // The repeat keeps its names: Putin is still named there.
  const r = read(`Call\n\n${paragraph}\n\n${paragraph}\n`);
  assert.equal(r.mentions.filter((m) => m.text === 'Vladimir Putin').length, 2);
  // A short line said twice is no repeated copy.
  assert.equal(read('Story\n\nHe declined to comment on the call.\n\nHe declined to comment on the call.\n').paragraphs.filter((p) => p.kind === 'repeat').length, 0);
});

test('fused photo captions: a caption and its credit glued to the story are cut off, and the story is read', () => {
  const text =
    'Farenthold quits\n\nRepresentative Blake Farenthold, Republican of Texas, in December at the Capitol.CreditJoshua Roberts/Reuters The congressman said on Friday that he would resign. "I know it is time," he said.\n';
  const r = read(text);
  assert.deepEqual(r.paragraphs.map((p) => p.kind), ['headline', 'caption', 'body']);
  assert.equal(text.slice(r.paragraphs[2].start, r.paragraphs[2].start + 15), 'The congressman');
  assert.equal(r.quotations.length, 1, 'the quotation after the credit is read');
  const parenthesised = read('Story\n\nPutin at the Kremlin on Monday (Photo: Mikhail Klimentyev/AP) The call lasted about 90 minutes, the Kremlin said on Tuesday.\n');
  assert.deepEqual(parenthesised.paragraphs.map((p) => p.kind), ['headline', 'caption', 'body']);
  assert.equal(parenthesised.claims.filter((c) => c.attribute === 'duration').length, 1);
  // A caption line that ends in its credit stays one caption.
  assert.deepEqual(read('Story\n\nPutin at the Kremlin. Credit: Mikhail Klimentyev/AP\n').paragraphs.map((p) => p.kind), ['headline', 'caption']);
});
