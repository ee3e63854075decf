// Semantic tokens and code lens over LSP, on a copy of the seeds, driven through the real server over
// stdio: names decode to the entity type a reader would give them, and the lenses on the Trump–Putin
// call durations count the sources that agree and differ, pointing at the other sources' spans.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { LspClient, rangeOf, textOf, TIMEOUT, Workspace, type WorkspaceFile } from '../helpers/lspClient';
import type { Range } from 'vscode-languageserver-protocol';

interface DecodedToken {
  text: string;
  type: string;
  line: number;
  character: number;
}

/** Turns the relative LSP encoding (5 integers per token) into absolute tokens with their text. */
function decode(data: number[], legend: string[], text: string): DecodedToken[] {
  const lines = text.split('\n');
  const tokens: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type] = data.slice(i, i + 4);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    tokens.push({ text: lines[line].slice(character, character + length), type: legend[type], line, character });
  }
  return tokens;
}

describe('semantic tokens and code lens over LSP', { timeout: 90_000 }, () => {
  let workspace: Workspace;
  let client: LspClient;
  let legend: string[];
  const seed: Record<string, WorkspaceFile> = {};

  before(async () => {
    workspace = new Workspace();
    for (const prefix of ['000', '001', '002', '003', '004']) seed[prefix] = workspace.file(prefix);
    client = await LspClient.start(workspace.dir, { refreshSupport: true });
    legend = client.initializeResult.capabilities.semanticTokensProvider?.legend.tokenTypes ?? [];
  });

  after(async () => {
    const code = await client?.stop();
    workspace?.cleanup();
    assert.equal(code, 0, `server exit code ${code}; stderr:\n${client?.stderr}`);
    assert.deepEqual(client.connectionErrors, []);
  });

  const tokensOf = async (file: WorkspaceFile, range?: Range) => decode((await client.semanticTokens(file.uri, range))?.data ?? [], legend, file.text);
  /** The type of the token over the `occurrence`-th `name` ("Zelenskiy" in "Volodymyr Zelenskiy" counts). */
  const typeOf = (tokens: DecodedToken[], file: WorkspaceFile, name: string, occurrence = 0) => {
    const { start, end } = rangeOf(file.text, name, occurrence);
    return tokens.find((t) => t.line === start.line && t.character <= start.character && t.character + t.text.length >= end.character)?.type;
  };

  it('advertises semantic tokens (full and range) with person, organization and place, and code lens', { timeout: TIMEOUT }, () => {
    const caps = client.initializeResult.capabilities;
    assert.deepEqual([...legend].sort(), ['organization', 'person', 'place']);
    assert.equal(caps.semanticTokensProvider?.full, true);
    assert.equal(caps.semanticTokensProvider?.range, true);
    assert.ok(caps.codeLensProvider, JSON.stringify(caps));
  });

  it('colours the names in a seed by what they stand for', { timeout: TIMEOUT }, async () => {
    const s000 = seed['000'];
    const tokens = await tokensOf(s000);
    assert.equal(typeOf(tokens, s000, 'Zelenskiy'), 'person');
    assert.equal(typeOf(tokens, s000, 'Vladimir Putin'), 'person');
    assert.equal(typeOf(tokens, s000, 'Donald Trump'), 'person');
    // The tagger follows CoNLL-2003, which writes the Kremlin as a place; the organisation colour is checked on NATO below.
    assert.ok(['place', 'organization'].includes(typeOf(tokens, s000, 'Kremlin') ?? ''));
    assert.equal(typeOf(tokens, s000, 'Kyiv'), 'place');
    assert.equal(typeOf(tokens, s000, 'Moscow'), 'place');
    // Names only: every token starts with a capital letter, and common words are never tokens.
    assert.ok(tokens.length > 20);
    assert.ok(tokens.every((t) => /^[\p{Lu}@]/u.test(t.text)), JSON.stringify(tokens.filter((t) => !/^[\p{Lu}@]/u.test(t.text))));
    const s002 = seed['002'];
    const t002 = await tokensOf(s002);
    assert.equal(typeOf(t002, s002, 'NATO'), 'organization');
    assert.equal(typeOf(t002, s002, 'Zelensky'), 'person');
    assert.equal(typeOf(t002, s002, 'Saudi Arabia'), 'place');
    // "The Ukrainian president" is a description, not a name.
    const description = rangeOf(s002.text, 'The Ukrainian president');
    assert.ok(!t002.some((t) => t.line === description.start.line && t.character >= description.start.character && t.character < description.end.character));
  });

  it('answers a range request with the full answer’s tokens in that range', { timeout: TIMEOUT }, async () => {
    const s002 = seed['002'];
    const all = await tokensOf(s002);
    const range = { start: { line: 2, character: 0 }, end: { line: 4, character: 0 } };
    const some = await tokensOf(s002, range);
    assert.ok(some.length > 0);
    assert.deepEqual(some, all.filter((t) => t.line >= 2 && t.line < 4));
  });

  it('puts a lens on 002’s “hour-long” that counts 1 agreeing and 3 differing sources, and peeks at their durations', { timeout: TIMEOUT }, async () => {
    const s002 = seed['002'];
    const lenses = (await client.codeLenses(s002.uri)) ?? [];
    const hourLong = rangeOf(s002.text, 'an hour-long');
    const lens = lenses.find((l) => l.range.start.line === hourLong.start.line && textOf(s002.text, l.range) === 'an hour-long');
    assert.ok(lens?.command, JSON.stringify(lenses.map((l) => l.command?.title)));
    assert.equal(lens.command.title, 'duration “an hour-long”: 1 source agrees · 3 differ');
    assert.equal(lens.command.command, 'crosscheck.peekRelated');
    const [uri, position, locations] = lens.command.arguments as [string, Range['start'], Array<{ uri: string; range: Range }>];
    assert.equal(uri, s002.uri);
    assert.deepEqual(position, hourLong.start);
    const texts = locations.map((l) => {
      const file = Object.values(seed).find((f) => f.uri === l.uri);
      assert.ok(file, `location in an unknown file ${l.uri}`);
      return `${file.path.split('/').pop()!.slice(0, 3)}: ${textOf(file.text, l.range)}`;
    });
    // The three that differ come first, then the one that agrees.
    assert.deepEqual(texts, ['001: an hour and a half', '003: close to an hour and a half', '004: nearly 90 minutes', '000: more than an hour']);
  });

  it('puts a lens on quotations that other sources word differently', { timeout: TIMEOUT }, async () => {
    const s004 = seed['004'];
    const lenses = (await client.codeLenses(s004.uri)) ?? [];
    const noOne = rangeOf(s004.text, 'No one wants peace');
    const lens = lenses.find((l) => l.range.start.line === noOne.start.line && l.command?.title.startsWith('quotation'));
    assert.ok(lens?.command, JSON.stringify(lenses.map((l) => l.command?.title)));
    assert.equal(lens.command.title, 'quotation “No one wants peace…”: worded differently in 1 source');
    const [, , locations] = lens.command.arguments as [string, unknown, Array<{ uri: string; range: Range }>];
    assert.equal(locations.length, 1);
    assert.equal(locations[0].uri, seed['001'].uri);
    assert.match(textOf(seed['001'].text, locations[0].range), /Nobody wants peace/);
    // A claim or quotation nobody else reports has no lens; an unknown document has none at all.
    assert.deepEqual(await client.codeLenses(`${workspace.uri}/missing.txt`), []);
    assert.deepEqual((await client.semanticTokens(`${workspace.uri}/missing.txt`))?.data ?? [], []);
  });

  it('asks the client to refresh lenses after an edit, and the other sources’ lenses follow it', { timeout: TIMEOUT }, async () => {
    const s002 = seed['002'];
    const edited = s002.text.replace('Following an hour-long call with Putin,', 'Following a call with Putin that lasted nearly 90 minutes,');
    assert.notEqual(edited, s002.text);
    const before = client.refreshes.length;
    await client.afterNextPass(async () => {
      await client.open(s002.uri, s002.text, 'article', 1);
      await client.change(s002.uri, edited, 2);
    });
    await client.waitFor(() => client.refreshes.slice(before).includes('workspace/codeLens/refresh'));
    assert.ok(client.refreshes.slice(before).includes('workspace/semanticTokens/refresh'));
    const s004 = seed['004'];
    const lenses = (await client.codeLenses(s004.uri)) ?? [];
    const titles = lenses.map((l) => l.command?.title);
    assert.ok(titles.includes('duration “nearly 90 minutes”: 4 sources agree'), JSON.stringify(titles));
    await client.close(s002.uri);
  });
});

describe('a client without refresh support', { timeout: 60_000 }, () => {
  it('gets no refresh requests, and lenses and tokens still answer', { timeout: TIMEOUT }, async () => {
    const workspace = new Workspace();
    const client = await LspClient.start(workspace.dir);
    try {
      const s004 = workspace.file('004');
      await client.afterNextPass(async () => {
        await client.open(s004.uri, s004.text, 'article', 1);
        await client.change(s004.uri, `${s004.text}\nThe talks went on.`, 2);
      });
      assert.deepEqual(client.refreshes, []);
      assert.ok(((await client.codeLenses(s004.uri)) ?? []).length > 0);
      assert.ok(((await client.semanticTokens(s004.uri))?.data ?? []).length > 0);
    } finally {
      const code = await client.stop();
      workspace.cleanup();
      assert.equal(code, 0, client.stderr);
    }
  });
});
