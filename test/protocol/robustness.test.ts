// Bad input never stops the server: binary, non-UTF-8, empty and CRLF+BOM files and a broken
// crosscheck.yaml beside the seeds; and unsaved editor text is what gets checked.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import { covers, LspClient, positionOf, rangeOf, textOf, TIMEOUT, Workspace, type WorkspaceFile } from '../helpers/lspClient';

// A report of the seeds' event (so it is in their story), with Windows line ends and a byte-order mark.
const CRLF_ARTICLE = [
  'Hegseth backs peace push in Brussels',
  '',
  'Defense Secretary Pete Hegseth told NATO allies in Brussels on Wednesday, hours before President Donald Trump spoke with Vladimir Putin and Volodymyr Zelensky by phone, that Europe must do more for Ukraine.',
  '',
].join('\r\n');
const BROKEN_CONFIG = '# Crosscheck settings for this folder\narticles: [unclosed\n';

describe('robustness over LSP', { timeout: 60_000 }, () => {
  let workspace: Workspace;
  let client: LspClient;
  let s002: WorkspaceFile;

  before(async () => {
    workspace = new Workspace({
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]),
      'latin1.txt': Buffer.from("Caf\u00e9 talk: Zelensky and Trump spoke for about an hour, said the pr\u00e9sident's office.\n", 'latin1'),
      'empty.txt': '',
      'crlf.txt': `\uFEFF${CRLF_ARTICLE}`,
      'crosscheck.yaml': BROKEN_CONFIG,
    });
    s002 = workspace.file('002');
    client = await LspClient.start(workspace.dir);
  });

  after(async () => {
    const code = await client?.stop();
    workspace?.cleanup();
    assert.equal(code, 0, `server exit code ${code}; stderr:\n${client?.stderr}`);
  });

  it('j. stays up, logs each unreadable file once, flags the broken config at its line', { timeout: TIMEOUT }, async () => {
    assert.equal(client.exitCode, undefined, 'the server exited');
    assert.deepEqual(client.connectionErrors, []);
    const names = (await client.documents()).map((d) => d.name).sort();
    assert.ok(['empty.txt', 'crlf.txt'].every((n) => names.includes(n)), `documents: ${names.join(', ')}`);
    assert.ok(!names.includes('binary.txt') && !names.includes('latin1.txt'), `unreadable files analysed: ${names.join(', ')}`);
    assert.equal(names.filter((n) => /^00\d_/.test(n)).length, 5, `seeds: ${names.join(', ')}`);

    for (const bad of ['binary.txt', 'latin1.txt']) {
      const logs = client.logs.filter((l) => l.message.includes(bad));
      assert.equal(logs.length, 1, `log messages about ${bad}: ${JSON.stringify(client.logs)}`);
      const diagnostics = client.diagnosticsOf(workspace.file(bad).uri);
      assert.equal(diagnostics.length, 1, `diagnostics on ${bad}: ${JSON.stringify(diagnostics)}`);
      assert.equal(diagnostics[0].code, 'bad-input');
      assert.deepEqual(diagnostics[0].range.start, { line: 0, character: 0 });
    }

    const config = client.diagnosticsOf(workspace.file('crosscheck.yaml').uri);
    assert.ok(config.length > 0, 'no diagnostic on the broken crosscheck.yaml');
    assert.ok(config.every((d) => d.code === 'config-error'), JSON.stringify(config));
    assert.ok(config.some((d) => d.range.start.line === 1), `config diagnostic not on line 1 ("articles: [unclosed"): ${JSON.stringify(config)}`);

    // Requests still answer.
    const hover = await client.hover(s002.uri, positionOf(s002.text, 'Hegseth'));
    assert.ok(hover === null || typeof hover === 'object');
    assert.deepEqual(await client.references(workspace.file('binary.txt').uri, { line: 0, character: 0 }), []);
  });

  it('j. seed findings still arrive beside the bad files', { timeout: TIMEOUT }, () => {
    const hourLong = rangeOf(s002.text, 'hour-long');
    assert.ok(
      client.diagnosticsOf(s002.uri).some((d) => d.code === 'quantity-conflict' && covers(d.range, hourLong)),
      `no quantity-conflict on 002 "hour-long"; diagnostics:\n${client.summary()}`,
    );
  });

  it('j. a CRLF file with a BOM: positions land on the right words', { timeout: TIMEOUT }, async () => {
    const crlf = workspace.file('crlf.txt');
    const s001 = workspace.file('001');
    const result = (await client.references(s001.uri, positionOf(s001.text, 'Hegseth'))) ?? [];
    const inCrlf = result.filter((l) => l.uri === crlf.uri);
    assert.ok(inCrlf.length > 0, `references of Hegseth do not reach crlf.txt: ${JSON.stringify(result)}`);
    for (const location of inCrlf) assert.match(textOf(crlf.text, location.range), /Hegseth/, `range ${JSON.stringify(location.range)}`);
  });

  it('j. unsaved text counts: "90-minute" instead of "hour-long" in 002 ends the conflict; closing restores it', { timeout: TIMEOUT }, async () => {
    const hasConflict = () => client.diagnosticsOf(s002.uri).some((d) => d.code === 'quantity-conflict');
    assert.ok(hasConflict(), `precondition: 002 has a quantity-conflict; diagnostics:\n${client.summary()}`);
    await client.open(s002.uri, s002.text);
    await client.change(s002.uri, s002.text.replace('hour-long', '90-minute'), 2);
    await client.waitForDiagnostics(() => !hasConflict());
    assert.equal(fs.readFileSync(s002.path, 'utf8'), s002.text, 'the server wrote to the file');
    await client.close(s002.uri);
    await client.waitForDiagnostics(() => hasConflict());
  });
});
