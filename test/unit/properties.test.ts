// Property-based tests (fast-check) of the analysis service on arbitrary Unicode and on mutations of real
// articles: it never throws, every span it gives is inside its text on UTF-16 boundaries, and the same texts
// give the same answers whatever the order of updates. Huge inputs are in reliability.test.ts.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { ROOT, serviceOf, analysis } from '../helpers/analysis';
import { FRAGMENTS, seedTexts } from '../helpers/adversarial';
import { checkService, snapshot } from '../helpers/invariants';

const SEEDS = seedTexts(ROOT);
/** Texts written for these tests: a wire story and a rival report, with quotations, numbers and dates. */
const WRITTEN = [
  'KYIV, Ukraine (AP) — At least 40 people were killed and 12 injured on Tuesday when a missile hit a market, officials said.\n\n' +
    '"We will rebuild," Mayor Vitali Klitschko said in a 90-minute address. The strike came at about 9 a.m. local time.\n\n' +
    'President Volodymyr Zelensky called it "a crime" and said Russia had fired 3 missiles from the Black Sea, 120 miles away.',
  'Kiev (Reuters) - Nearly 45 people died and 10 were hurt on Tuesday in a missile strike on a market, Ukrainian officials said.\n\n' +
    'Mayor Vitaliy Klitschko said: "We will rebuild everything." He spoke for an hour. The attack was at 10 a.m.\n\n' +
    'Zelenskiy said Russia fired two missiles from 150 miles away. "It is a crime," he said on February 31.',
];
const ARTICLES = [...SEEDS, ...WRITTEN];

/** Any UTF-16 code unit, lone surrogates included (fast-check's 'binary' unit keeps surrogates paired). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const utf16 = (maxLength: number) => fc.oneof(fc.string({ unit: 'binary', maxLength }), fc.string({ unit: codeUnit, maxLength }));

/** Text from news-like pieces and hostile fragments: reaches the readers far more often than random code points. */
const newsy = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 3, arbitrary: fc.constantFrom('Kyiv', 'said', 'killed', 'the', 'President', 'Zelensky', 'Zelenskiy', 'on Tuesday', 'at least', 'people', '.', ',', ' ', '\n\n', '40', '1,200', 'about', 'hour-long', '“We will stay,”') },
      { weight: 1, arbitrary: utf16(12) },
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(' '));
const anyText = fc.oneof(newsy, utf16(400), fc.string({ unit: fc.constantFrom(...FRAGMENTS), maxLength: 80 }));

type Mutation = { kind: 'insert' | 'delete' | 'duplicate' | 'replace'; at: number; length: number; fragment: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'duplicate', 'replace'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 400 }),
  fragment: fc.oneof(fc.constantFrom(...FRAGMENTS), utf16(6)),
});

function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = Math.floor(m.at * out.length);
    const end = Math.min(out.length, at + m.length);
    if (m.kind === 'insert') out = out.slice(0, at) + m.fragment + out.slice(at);
    else if (m.kind === 'delete') out = out.slice(0, at) + out.slice(end);
    else if (m.kind === 'duplicate') out = out.slice(0, end) + out.slice(at, end) + out.slice(end);
    else out = out.slice(0, at) + m.fragment + out.slice(at + 1);
  }
  return out;
}

/** A set of documents: real articles, each mutated, plus arbitrary texts. */
const documents = fc
  .tuple(
    fc.subarray(ARTICLES.map((_, i) => i), { minLength: 1, maxLength: 4 }),
    fc.array(fc.array(mutation, { maxLength: 6 }), { minLength: 4, maxLength: 4 }),
    fc.array(anyText, { maxLength: 2 }),
  )
  .map(([picked, mutations, extra]) => [...picked.map((i, k) => mutate(ARTICLES[i], mutations[k])), ...extra]);

const named = (texts: string[]) => Object.fromEntries(texts.map((text, i) => [`doc-${i}.txt`, text]));

test('arbitrary Unicode: lone surrogates, NUL, direction marks, emoji — no exception, every span inside its text', () => {
  fc.assert(
    fc.property(fc.array(anyText, { minLength: 1, maxLength: 4 }), (texts) => {
      checkService(serviceOf(named(texts)));
    }),
    { numRuns: 150 },
  );
});

test('mutations of real articles (the seeds and texts written here) — no exception, every span inside its text', () => {
  fc.assert(
    fc.property(documents, (texts) => {
      checkService(serviceOf(named(texts)));
    }),
    { numRuns: 60 },
  );
});

test('the same texts give the same answers in any order of updates, with edits and removals on the way', () => {
  const step = fc.record({ doc: fc.nat(), edit: fc.array(mutation, { maxLength: 3 }), remove: fc.boolean() });
  fc.assert(
    fc.property(documents, fc.array(step, { maxLength: 8 }), fc.infiniteStream(fc.nat()), (texts, steps, picks) => {
      const final = named(texts);
      const names = Object.keys(final);
      const fresh = snapshot(serviceOf(final));
      // Another service reaches the same texts by another way: intermediate versions, removals, any order.
      const service = serviceOf({});
      for (const s of steps) {
        const name = names[s.doc % names.length];
        if (s.remove) service.remove(name);
        else service.update(name, mutate(final[name], s.edit), { name });
        service.findings();
      }
      const order = [...names];
      const pick = picks[Symbol.iterator]();
      for (let i = order.length - 1; i > 0; i--) {
        const j = pick.next().value % (i + 1);
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const name of order) service.update(name, final[name], { name });
      assert.equal(snapshot(service), fresh);
    }),
    { numRuns: 25 },
  );
});

test('reading one article is a function of its text: the same text read twice, or beside others, reads the same', () => {
  fc.assert(
    fc.property(documents, (texts) => {
      const alone = texts.map((text) => JSON.stringify(analysis.readArticle(text, { uri: 'x', version: 0, source: 'x', tolerances: analysis.defaultConfig().tolerances })));
      const again = texts.map((text) => JSON.stringify(analysis.readArticle(text, { uri: 'x', version: 0, source: 'x', tolerances: analysis.defaultConfig().tolerances })));
      assert.deepEqual(again, alone);
    }),
    { numRuns: 20 },
  );
});

test('the invariant check itself fails on a span past the end and on one that splits a surrogate pair', () => {
  const text = 'a😀b';
  const reading = { uri: 'u', text, spans: [{ start: 0, end: 4 }] };
  const fake = (spans: Array<{ start: number; end: number }>) =>
    ({
      uris: () => ['u'],
      reading: () => ({ ...reading, spans }),
      findings: () => [],
      symbols: () => [],
      names: () => [],
      agreements: () => [],
      at: () => undefined,
      related: () => [],
      references: () => [],
      entities: () => [],
      skipped: () => [],
    }) as unknown as Parameters<typeof checkService>[0];
  assert.doesNotThrow(() => checkService(fake([{ start: 0, end: 4 }, { start: 1, end: 3 }])));
  assert.throws(() => checkService(fake([{ start: 0, end: 5 }])), /spans outside/);
  assert.throws(() => checkService(fake([{ start: 2, end: 4 }])), /spans outside/);
  assert.throws(() => checkService(fake([{ start: 3, end: 2 }])), /spans outside/);
});

test('transcript turns named with an apostrophe or a hyphen are read (a u-mode pattern built from the name threw)', () => {
  const texts = {
    'a.txt': 'Reporters asked her.\n\nO\'BRIEN: "We will see what happens next week," she said.\n\nSMITH: "No, we will not."\n',
    'b.txt': 'He said.\n\nMC-DONALD: "We will see," she said.\n\nJONES: "Maybe."\n',
  };
  const service = serviceOf(texts);
  checkService(service);
  assert.deepEqual(service.uris().sort(), ['a.txt', 'b.txt']);
  assert.ok(service.reading('a.txt')!.quotations.length >= 2);
});
