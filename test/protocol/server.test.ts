// The server's LSP plumbing, independent of what the analysis finds: capabilities, requests that
// round-trip (also for unknown documents), file events, open/close, typing and a clean exit.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import { fileURLToPath } from 'url';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit, LspClient, positionOf, rangeOf, TIMEOUT, Workspace, type WorkspaceFile } from '../helpers/lspClient';

describe('server plumbing over LSP', { timeout: 60_000 }, () => {
  let workspace: Workspace;
  let client: LspClient;
  let s000: WorkspaceFile;

  before(async () => {
    workspace = new Workspace();
    s000 = workspace.file('000');
    client = await LspClient.start(workspace.dir);
  });

  after(async () => {
    const code = await client?.stop();
    workspace?.cleanup();
    assert.equal(code, 0, `server exit code ${code}; stderr:\n${client?.stderr}`);
    assert.deepEqual(client.connectionErrors, [], 'the server wrote something other than LSP to stdout');
  });

  it('advertises its features and reads the folder on initialized', { timeout: TIMEOUT }, async () => {
    const caps = client.initializeResult.capabilities;
    assert.ok(caps.hoverProvider && caps.definitionProvider && caps.referencesProvider, JSON.stringify(caps));
    assert.ok(caps.documentSymbolProvider && caps.workspaceSymbolProvider && caps.codeActionProvider, JSON.stringify(caps));
    assert.equal(client.statuses[0].documents, 5);
    assert.equal(client.statuses[0].skipped, 0);
    const docs = await client.documents();
    assert.deepEqual(docs.map((d) => d.name).sort(), fs.readdirSync(workspace.dir).filter((n) => n.endsWith('.txt')).sort());
    assert.ok(docs.every((d) => d.uri.startsWith(workspace.uri) && d.source.length > 0), JSON.stringify(docs));
  });

  it('answers every request on a seed, and null or [] for unknown documents', { timeout: TIMEOUT }, async () => {
    const position = positionOf(s000.text, 'Zelenskiy');
    const hover = await client.hover(s000.uri, position);
    assert.ok(hover === null || typeof hover === 'object');
    assert.ok(Array.isArray(await client.definition(s000.uri, position)));
    assert.ok(Array.isArray(await client.references(s000.uri, position)));
    assert.ok(Array.isArray(await client.documentSymbols(s000.uri)));
    assert.ok(Array.isArray(await client.workspaceSymbols('')));
    assert.ok(Array.isArray(await client.codeActions(s000.uri, { start: position, end: position }, client.diagnosticsOf(s000.uri))));
    for (const uri of [`${workspace.uri}/missing.txt`, 'untitled:Untitled-9', 'file:///nowhere/at/all.txt']) {
      assert.equal(await client.hover(uri, { line: 0, character: 0 }), null);
      assert.deepEqual(await client.definition(uri, { line: 3, character: 2 }), []);
      assert.deepEqual(await client.references(uri, { line: 0, character: 0 }), []);
      assert.deepEqual(await client.documentSymbols(uri), []);
      assert.deepEqual(await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, []), []);
    }
    // Positions past the end of a document are clamped, not errors.
    assert.ok(Array.isArray(await client.references(s000.uri, { line: 9999, character: 9999 })));
  });

  it('follows created, changed and deleted articles and the config file', { timeout: TIMEOUT }, async () => {
    const added = workspace.write('more/005_extra.txt', 'Kremlin spokesperson Dmitry Peskov said the call lasted 90 minutes.\n');
    await client.afterNextPass(() => client.filesChanged([{ uri: added.uri, type: FileChangeType.Created }]));
    assert.ok((await client.documents()).some((d) => d.name === 'more/005_extra.txt'));

    fs.rmSync(added.path);
    await client.afterNextPass(() => client.filesChanged([{ uri: added.uri, type: FileChangeType.Deleted }]));
    assert.ok(!(await client.documents()).some((d) => d.name === 'more/005_extra.txt'));

    const config = workspace.write('crosscheck.yaml', 'articles: [unclosed\nexclude: []\n');
    await client.afterNextPass(() => client.filesChanged([{ uri: config.uri, type: FileChangeType.Created }]));
    assert.ok(client.diagnosticsOf(config.uri).some((d) => d.code === 'config-error'), client.summary());
    assert.equal((await client.documents()).length, 5, 'a broken config must leave the defaults in place');

    workspace.write('crosscheck.yaml', 'exclude:\n  - "004_*"\n');
    await client.afterNextPass(() => client.filesChanged([{ uri: config.uri, type: FileChangeType.Changed }]));
    assert.deepEqual(client.diagnosticsOf(config.uri), []);
    assert.deepEqual((await client.documents()).map((d) => d.name.slice(0, 3)).sort(), ['000', '001', '002', '003']);

    fs.rmSync(config.path);
    await client.afterNextPass(() => client.filesChanged([{ uri: config.uri, type: FileChangeType.Deleted }]));
    assert.equal((await client.documents()).length, 5);
  });

  it('offers "Mark as reviewed", an edit that adds the fingerprint to crosscheck.yaml', { timeout: TIMEOUT }, async () => {
    const range = rangeOf(s000.text, 'more than an hour');
    const diagnostic = { range, message: 'test', source: 'crosscheck', code: 'quantity-conflict', data: { fingerprint: 'test-fingerprint' } };
    const actions = (await client.codeActions(s000.uri, range, [diagnostic])) ?? [];
    const review = actions.find((a) => /reviewed/i.test(a.title));
    assert.ok(review?.edit, `actions: ${JSON.stringify(actions)}`);
    const config = `${workspace.uri}/crosscheck.yaml`;
    assert.deepEqual(applyWorkspaceEdit(review.edit), [config]);
    assert.match(fs.readFileSync(fileURLToPath(config), 'utf8'), /reviewed:\s*\n\s*- "test-fingerprint"/);
    await client.afterNextPass(() => client.filesChanged([{ uri: config, type: FileChangeType.Created }]));
    assert.deepEqual(client.diagnosticsOf(config), []);
    assert.equal(fs.readFileSync(s000.path, 'utf8'), s000.text);
    fs.rmSync(fileURLToPath(config));
    await client.afterNextPass(() => client.filesChanged([{ uri: config, type: FileChangeType.Deleted }]));
  });

  it('analyses open untitled articles, and a seed opened in the editor only once', { timeout: TIMEOUT }, async () => {
    const untitled = 'untitled:Untitled-1';
    await client.afterNextPass(() => client.open(untitled, 'Trump spoke with Putin for two hours on Wednesday.\n'));
    assert.ok((await client.documents()).some((d) => d.uri === untitled));
    await client.afterNextPass(() => client.close(untitled));
    assert.ok(!(await client.documents()).some((d) => d.uri === untitled));

    await client.afterNextPass(() => client.open(s000.uri, s000.text, 'plaintext'));
    assert.equal((await client.documents()).length, 5);
    await client.afterNextPass(() => client.close(s000.uri));
  });

  it('typing: diagnostics follow the newest text, never an older one after it, and carry its version', { timeout: TIMEOUT }, async () => {
    await client.afterNextPass(() => client.open(s000.uri, s000.text));
    const from = client.publications.length;
    // Each edit adds a sentence with a quantity-conflicting claim, so that every version has other diagnostics.
    for (let version = 2; version < 7; version++) {
      await client.change(s000.uri, `${s000.text}\nTrump and Putin spoke for ${version * 10} minutes.`, version);
    }
    await client.waitFor(() => client.publications.slice(from).some((p) => p.uri === s000.uri && p.version === 6), TIMEOUT, () => client.summary());
    assert.ok(client.diagnosticsOf(s000.uri).some((d) => d.code === 'quantity-conflict' && /60 minutes/.test(d.message)), client.summary());
    await client.afterNextPass(() => client.close(s000.uri));
    const versions = client.publications.slice(from).filter((p) => p.uri === s000.uri && p.version !== undefined).map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `an older version was published after a newer one: ${versions.join(', ')}`);
    assert.equal(fs.readFileSync(s000.path, 'utf8'), s000.text, 'the server wrote to the file');
  });
});
