// The product's acceptance points on the five seed articles, as an editor sees them over LSP:
// one server for the whole file, on a temporary copy of seeds/.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { FileChangeType, type Diagnostic, type FileEvent, type Location, type Range } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit, comparePositions, covers, LspClient, markdownOf, overlaps, positionOf, rangeOf, TIMEOUT, Workspace, type DocumentSymbolLike, type WorkspaceFile } from '../helpers/lspClient';

const SEEDS = ['000', '001', '002', '003', '004'] as const;
type Seed = (typeof SEEDS)[number];

describe('seeds over LSP', { timeout: 60_000 }, () => {
  let workspace: Workspace;
  let client: LspClient;
  const seed = {} as Record<Seed, WorkspaceFile>;
  const seedOf = (uri: string) => SEEDS.find((s) => seed[s].uri === uri);
  /** The source names the server uses in messages, by seed. */
  const sourceName = {} as Record<Seed, string>;

  before(async () => {
    workspace = new Workspace();
    for (const s of SEEDS) seed[s] = workspace.file(s);
    client = await LspClient.start(workspace.dir);
    for (const info of await client.documents()) {
      const s = seedOf(info.uri);
      if (s) sourceName[s] = info.source;
    }
  });

  after(async () => {
    await client?.stop();
    workspace?.cleanup();
  });

  const all = (code: string): Array<{ uri: string; diagnostic: Diagnostic }> =>
    [...client.diagnostics].flatMap(([uri, list]) => list.filter((d) => d.code === code).map((diagnostic) => ({ uri, diagnostic })));
  const inSeed = (s: Seed, code: string) => client.diagnosticsOf(seed[s].uri).filter((d) => d.code === code);
  const at = (s: Seed, text: string, occurrence = 0): Range => rangeOf(seed[s].text, text, occurrence);
  const locations = (result: Location | Location[] | null): Location[] => (result === null ? [] : Array.isArray(result) ? result : [result]);

  it('a. 002 "hour-long call" conflicts with 001, 003 and 004 on the length of the Trump–Putin call', { timeout: TIMEOUT }, () => {
    const hourLong = at('002', 'hour-long');
    const conflicts = inSeed('002', 'quantity-conflict').filter((d) => covers(d.range, hourLong));
    assert.ok(conflicts.length > 0, `no quantity-conflict covering "hour-long" in 002; diagnostics:\n${client.summary()}`);
    const expected: Array<[Seed, string]> = [
      ['001', 'an hour and a half'],
      ['003', 'close to an hour and a half'],
      ['004', 'nearly 90 minutes'],
    ];
    const diagnostic = conflicts.find((d) =>
      expected.every(([s, text]) => (d.relatedInformation ?? []).some((r) => r.location.uri === seed[s].uri && covers(r.location.range, at(s, text)))),
    );
    assert.ok(
      diagnostic,
      `relatedInformation does not point at ${expected.map(([s, t]) => `${s} "${t}"`).join(', ')}: ${JSON.stringify(conflicts.map((d) => d.relatedInformation))}`,
    );
    for (const [s] of expected) {
      assert.ok(sourceName[s], `the server does not know ${s}`);
      assert.ok(diagnostic.message.includes(sourceName[s]), `message does not name ${s} ("${sourceName[s]}"): ${diagnostic.message}`);
    }
  });

  it('b. the Trump–Zelensky call durations and 000 "more than an hour" are in no quantity conflict', { timeout: TIMEOUT }, () => {
    const untouchable: Array<[Seed, string]> = [
      ['000', 'about an hour'],
      ['004', 'about an hour'],
      ['002', 'for an hour'],
      ['003', 'around an hour'],
      ['000', 'more than an hour'],
    ];
    for (const { uri, diagnostic } of all('quantity-conflict')) {
      for (const [s, text] of untouchable) {
        const span = at(s, text);
        assert.ok(!(uri === seed[s].uri && overlaps(diagnostic.range, span)), `quantity-conflict on ${s} "${text}": ${diagnostic.message}`);
        for (const related of diagnostic.relatedInformation ?? []) {
          assert.ok(
            !(related.location.uri === seed[s].uri && overlaps(related.location.range, span)),
            `quantity-conflict in ${seedOf(uri)} points at ${s} "${text}": ${diagnostic.message}`,
          );
        }
      }
    }
  });

  it('c. references of Zelenskiy reach all five articles; of Hegseth exactly 001–004', { timeout: TIMEOUT }, async () => {
    const zelensky = await client.references(seed['000'].uri, positionOf(seed['000'].text, 'Zelenskiy'));
    assert.deepEqual(new Set(locations(zelensky).map((l) => seedOf(l.uri))), new Set(SEEDS), `references of Zelenskiy: ${JSON.stringify(zelensky)}`);
    const hegseth = await client.references(seed['001'].uri, positionOf(seed['001'].text, 'Hegseth'));
    assert.deepEqual(new Set(locations(hegseth).map((l) => seedOf(l.uri))), new Set(['001', '002', '003', '004']), `references of Hegseth: ${JSON.stringify(hegseth)}`);
  });

  it('d. quote-wording between differing wordings, none on the identical "He wants it to end…"', { timeout: TIMEOUT }, () => {
    const wording = all('quote-wording');
    assert.ok(
      wording.some(({ uri, diagnostic }) => (diagnostic.relatedInformation ?? []).some((r) => r.location.uri !== uri && seedOf(r.location.uri))),
      `no quote-wording diagnostic with relatedInformation into another source; diagnostics:\n${client.summary()}`,
    );
    const identical: Array<[Seed, string]> = [
      ['000', 'He wants it to end. He doesn\'t want to end it and then go back to fighting six months later'],
      ['002', 'He wants it to end. He doesn’t want to end it and then go back to fighting six months later'],
    ];
    for (const [s, text] of identical) {
      const span = at(s, text);
      const on = inSeed(s, 'quote-wording').filter((d) => overlaps(d.range, span));
      assert.equal(on.length, 0, `quote-wording on the identical quotation in ${s}: ${on.map((d) => d.message).join(' | ')}`);
    }
  });

  it('e. missing-name in 003 at "U.S. President engaged", "Russian President and" and "including , is"', { timeout: TIMEOUT }, () => {
    const missing = inSeed('003', 'missing-name');
    const title = at('003', 'U.S. President');
    assert.ok(missing.some((d) => covers(d.range, title)), `no missing-name covering "U.S. President"; diagnostics:\n${client.summary()}`);
    assert.ok(missing.some((d) => overlaps(d.range, at('003', 'Russian President and'))), 'no missing-name at "Russian President and"');
    assert.ok(missing.some((d) => overlaps(d.range, at('003', 'including , is'))), 'no missing-name at "including , is"');
  });

  it('f. nothing is reported in 002 after "Read next" nor in 001 after "Related news"', { timeout: TIMEOUT }, () => {
    const boundaries: Array<[Seed, string]> = [
      ['002', '\nRead next'],
      ['001', '\nRelated news'],
    ];
    for (const [s, marker] of boundaries) {
      const lineStart = { line: at(s, marker).end.line, character: 0 };
      const after = client.diagnosticsOf(seed[s].uri).filter((d) => comparePositions(d.range.end, lineStart) > 0);
      assert.deepEqual(after.map((d) => `${d.code}: ${d.message}`), [], `diagnostics in ${s} after "${marker.trim()}"`);
    }
  });

  it('g. hovers: Zelensky as a person in 5 sources; other sources\' values of the call; a quotation\'s speaker', { timeout: TIMEOUT }, async () => {
    const person = markdownOf(await client.hover(seed['000'].uri, positionOf(seed['000'].text, 'Zelenskiy')));
    assert.match(person, /Zelensky|Zelenskiy/, `hover: ${person}`);
    assert.match(person, /person/, `hover: ${person}`);
    assert.match(person, /\b5\b[^\n]*sources/, `hover does not give 5 sources: ${person}`);

    const quantity = markdownOf(await client.hover(seed['004'].uri, positionOf(seed['004'].text, 'nearly 90 minutes', 0, 8)));
    assert.match(quantity, /an hour and a half/, `hover does not give 001/003's value: ${quantity}`);
    assert.match(quantity, /hour-long/, `hover does not give 002's value: ${quantity}`);
    assert.doesNotMatch(quantity, /about an hour|around an hour|for an hour/, `hover mixes in the Zelensky call: ${quantity}`);

    const quotation = markdownOf(await client.hover(seed['004'].uri, positionOf(seed['004'].text, 'No one wants peace more than Ukraine', 0, 10)));
    assert.match(quotation, /speaker/i, `hover: ${quotation}`);
    assert.match(quotation, /Zelensk/, `hover does not name the speaker: ${quotation}`);
  });

  it('h. definition at 004 "nearly 90 minutes" goes to the same Trump–Putin call in 001, 002, 003', { timeout: TIMEOUT }, async () => {
    const result = locations(await client.definition(seed['004'].uri, positionOf(seed['004'].text, 'nearly 90 minutes', 0, 8)));
    const seeds = new Set(result.map((l) => seedOf(l.uri)));
    for (const s of ['001', '002', '003'] as const) assert.ok(seeds.has(s), `no location in ${s}: ${JSON.stringify(result)}`);
    for (const s of seeds) assert.ok(s && ['000', '001', '002', '003'].includes(s), `location outside 000–003: ${JSON.stringify(result)}`);
    const expected: Array<[Seed, string]> = [
      ['001', 'an hour and a half'],
      ['002', 'hour-long'],
      ['003', 'close to an hour and a half'],
    ];
    for (const [s, text] of expected) {
      assert.ok(result.some((l) => l.uri === seed[s].uri && overlaps(l.range, at(s, text))), `no location at ${s} "${text}"`);
    }
    const zelenskyCall: Array<[Seed, string]> = [
      ['000', 'about an hour'],
      ['002', 'for an hour'],
      ['003', 'around an hour'],
    ];
    for (const [s, text] of zelenskyCall) {
      assert.ok(!result.some((l) => l.uri === seed[s].uri && overlaps(l.range, at(s, text))), `location at the Zelensky call in ${s} "${text}"`);
    }
  });

  it('i. outline of 000 has Donald Trump and Vladimir Putin; workspace symbol "Hegseth" finds Pete Hegseth', { timeout: TIMEOUT }, async () => {
    const flat = (list: DocumentSymbolLike[]): string[] => list.flatMap((s) => [s.name, ...flat(s.children ?? [])]);
    const names = flat((await client.documentSymbols(seed['000'].uri)) ?? []);
    assert.ok(names.includes('Donald Trump'), `outline: ${names.join(', ')}`);
    assert.ok(names.includes('Vladimir Putin'), `outline: ${names.join(', ')}`);
    const found = (await client.workspaceSymbols('hegseth')) ?? [];
    assert.ok(found.some((s) => s.name === 'Pete Hegseth'), `workspace symbols: ${found.map((s) => s.name).join(', ')}`);
  });

  // Last: it adds crosscheck.yaml to the workspace.
  it('k. "Mark as reviewed" on 002\'s conflict, once applied and saved, removes that diagnostic', { timeout: TIMEOUT }, async () => {
    const hourLong = at('002', 'hour-long');
    const conflict = inSeed('002', 'quantity-conflict').find((d) => covers(d.range, hourLong));
    assert.ok(conflict, `no quantity-conflict covering "hour-long" in 002; diagnostics:\n${client.summary()}`);
    const actions = (await client.codeActions(seed['002'].uri, conflict.range, [conflict])) ?? [];
    const review = actions.find((a) => /reviewed/i.test(a.title));
    assert.ok(review?.edit, `actions: ${JSON.stringify(actions)}`);
    const changes = applyWorkspaceEdit(review.edit).map((uri): FileEvent => ({ uri, type: FileChangeType.Created }));
    const fingerprint = (conflict.data as { fingerprint: string }).fingerprint;
    await client.filesChanged(changes);
    await client.waitForDiagnostics(() => !inSeed('002', 'quantity-conflict').some((d) => (d.data as { fingerprint?: string })?.fingerprint === fingerprint));
  });
});
