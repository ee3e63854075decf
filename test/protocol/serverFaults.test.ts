// Server faults: an exception in one request handler answers that request with an error and the server goes
// on; requests the editor cancels while the server is busy are answered as cancelled, not worked on; a storm
// of 1,000 rapid edits across 10 files ends in exactly the diagnostics a fresh server gives for the final texts.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { CancellationTokenSource, DidChangeTextDocumentNotification, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient, positionOf, TIMEOUT, Workspace } from '../helpers/lspClient';

const INTERNAL_ERROR = -32603;
const REQUEST_CANCELLED = -32800;

function errorCode(promise: Promise<unknown>): Promise<number | 'answered'> {
  return promise.then(
    () => 'answered' as const,
    (error: { code?: number }) => error.code ?? NaN,
  );
}

describe('server faults', { timeout: 300_000 }, () => {
  it('an exception in the hover handler answers that hover with an error; every other request, and the diagnostics, go on', { timeout: 60_000 }, async () => {
    const workspace = new Workspace();
    const client = await LspClient.start(workspace.dir, { launch: { env: { ...process.env, CROSSCHECK_FAULTS: 'hover' } } });
    try {
      const s002 = workspace.file('002');
      const at = positionOf(s002.text, 'Hegseth');
      await client.waitForDiagnostics(() => client.diagnosticsOf(s002.uri).some((d) => d.code === 'quantity-conflict'));
      for (let i = 0; i < 3; i++) assert.equal(await errorCode(client.hover(s002.uri, at)), INTERNAL_ERROR, 'the failing hover is answered with an error');
      assert.ok(((await client.references(s002.uri, at)) ?? []).length > 0, 'references still answer');
      assert.ok(((await client.documentSymbols(s002.uri)) ?? []).length > 0, 'symbols still answer');
      // And the analysis goes on: an edit still changes the diagnostics.
      await client.open(s002.uri, s002.text);
      await client.change(s002.uri, s002.text.replace('hour-long', '90-minute'), 2);
      await client.waitForDiagnostics(() => !client.diagnosticsOf(s002.uri).some((d) => d.code === 'quantity-conflict'));
      assert.equal(client.logs.filter((l) => /hover failed: .*fault injected/.test(l.message)).length, 3, 'each failure is logged once');
    } finally {
      assert.equal(await client.stop(), 0, client.stderr);
      workspace.cleanup();
    }
  });

  it('an exception in an analysis pass is logged; the server keeps what it published and answers requests', { timeout: 60_000 }, async () => {
    const workspace = new Workspace();
    const client = await LspClient.start(workspace.dir, { launch: { env: { ...process.env, CROSSCHECK_FAULTS: 'analysis' } } });
    try {
      const s002 = workspace.file('002');
      const published = client.diagnosticsOf(s002.uri).length;
      assert.ok(published > 0, 'the folder was read and checked');
      // An edit's pass throws: logged, and what was published stays.
      await client.open(s002.uri, s002.text);
      await client.change(s002.uri, s002.text.replace('hour-long', '90-minute'), 2);
      for (let i = 0; i < 50 && !client.logs.some((l) => /analysis failed: .*fault injected/.test(l.message)); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      assert.ok(client.logs.some((l) => /analysis failed: .*fault injected/.test(l.message)), JSON.stringify(client.logs));
      assert.equal(client.diagnosticsOf(s002.uri).length, published);
      // Requests bring the service up to date themselves.
      assert.ok(((await client.references(s002.uri, positionOf(s002.text, 'Hegseth'))) ?? []).length > 0);
      assert.equal(client.exitCode, undefined, 'the server is still running');
    } finally {
      assert.equal(await client.stop(), 0, client.stderr);
      workspace.cleanup();
    }
  });

  it('requests cancelled while the server is busy are answered RequestCancelled without being worked on', { timeout: 60_000 }, async () => {
    const workspace = new Workspace();
    const client = await LspClient.start(workspace.dir, { launch: { env: { ...process.env, CROSSCHECK_FAULTS: 'slow:document symbols' } } });
    try {
      const s002 = workspace.file('002');
      const at = positionOf(s002.text, 'Hegseth');
      // The slow request holds the server; meanwhile the editor asks for hovers and cancels them (the cursor moved on).
      const busy = client.documentSymbols(s002.uri);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const sources = Array.from({ length: 10 }, () => new CancellationTokenSource());
      const hovers = sources.map((source) => client.connection.sendRequest('textDocument/hover', { textDocument: { uri: s002.uri }, position: at }, source.token));
      for (const source of sources) source.cancel();
      const kept = client.hover(s002.uri, at);
      assert.ok(((await busy) ?? []).length > 0);
      assert.deepEqual(await Promise.all(hovers.map(errorCode)), Array(10).fill(REQUEST_CANCELLED));
      assert.ok((await kept) !== null, 'a hover that was not cancelled is answered');
    } finally {
      assert.equal(await client.stop(), 0, client.stderr);
      workspace.cleanup();
    }
  });

  it('a storm of 1,000 rapid edits across 10 files ends in exactly the diagnostics of a fresh check of the final texts', { timeout: 240_000 }, async () => {
    // Ten articles: the five seeds and five variants of them, so that edits change findings across files.
    const workspace = new Workspace();
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const seed = workspace.file(prefix);
      workspace.write(`variant-${prefix}.txt`, seed.text.replace(/\b(\d+)\b/g, (n) => String(Number(n) + 1)));
    }
    // One story: what is tested is the edit pipeline (readings, checks, publication). Automatic grouping regroups only
    // the stories around an edit, so after a storm it may differ from a cold load by design (docs/stories.md).
    workspace.write('crosscheck.yaml', 'stories: one\n');
    const names = fs.readdirSync(workspace.dir).filter((n) => n.endsWith('.txt')).sort();
    assert.equal(names.length, 10);
    const client = await LspClient.start(workspace.dir);
    const finals = new Map<string, string>();
    try {
      const files = names.map((name) => workspace.file(name));
      const texts = new Map(files.map((f) => [f.uri, f.text]));
      const versions = new Map(files.map((f) => [f.uri, 1]));
      for (const f of files) await client.open(f.uri, f.text);
      const passesBefore = client.statuses.length;
      // Deterministic pseudo-random edits: numbers changed, words typed and deleted, paragraphs split and joined.
      let state = 14;
      const random = () => ((state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32);
      const pieces = [' 40', ' killed', ' about', ' said', ' Kyiv', '\n\n', ' "', '.', ' Zelensky', ' 1,200', ' hour-long', ' -'];
      for (let i = 0; i < 1000; i++) {
        const file = files[Math.floor(random() * files.length)];
        const text = texts.get(file.uri)!;
        const at = Math.floor(random() * text.length);
        const remove = random() < 0.5 ? Math.min(text.length - at, Math.floor(random() * 12)) : 0;
        const insert = random() < 0.7 ? pieces[Math.floor(random() * pieces.length)] : '';
        const next = text.slice(0, at) + insert + text.slice(at + remove);
        const version = versions.get(file.uri)! + 1;
        versions.set(file.uri, version);
        texts.set(file.uri, next);
        const start = positionAt(text, at);
        const end = positionAt(text, at + remove);
        // Incremental changes, as editors send them; no wait between edits but an occasional yield.
        void client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: file.uri, version }, contentChanges: [{ range: { start, end }, text: insert }] });
        if (i % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
      }
      // The server answers a request after the messages sent before it, so once this is answered every edit of the
      // storm is in its documents, and a pass that ends after it read the final texts (a pass that an edit overtakes
      // ends without a status). One more edit, of no change, makes sure such a pass comes.
      await client.documents();
      const last = files[files.length - 1];
      const version = versions.get(last.uri)! + 1;
      await client.afterNextPass(() => client.change(last.uri, texts.get(last.uri)!, version), TIMEOUT);
      await settle(client);
      // The edits came in ten bursts: each burst is read once, not once per edit.
      assert.ok(client.statuses.length - passesBefore < 100, `${client.statuses.length - passesBefore} passes for 1,000 edits`);
      for (const f of files) finals.set(path.basename(f.path), texts.get(f.uri)!);
      const stormed = byName(client.diagnostics, workspace.dir);
      // A fresh server on a folder holding the final texts, read from disk.
      const fresh = new Workspace();
      for (const name of fs.readdirSync(fresh.dir)) fs.rmSync(path.join(fresh.dir, name));
      for (const [name, text] of finals) fresh.write(name, text);
      fresh.write('crosscheck.yaml', 'stories: one\n');
      const second = await LspClient.start(fresh.dir);
      try {
        await settle(second);
        const expected = byName(second.diagnostics, fresh.dir);
        assert.deepEqual(stormed, expected);
        const count = [...expected.values()].reduce((sum, list) => sum + list.length, 0);
        assert.ok(count > 0, 'the final texts have findings to compare');
      } finally {
        assert.equal(await second.stop(), 0, second.stderr);
        fresh.cleanup();
      }
    } finally {
      assert.equal(await client.stop(), 0, client.stderr);
      assert.deepEqual(client.connectionErrors, []);
      workspace.cleanup();
    }
  });
});

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Waits until no analysis pass has come for a while. */
async function settle(client: LspClient): Promise<void> {
  for (let seen = -1; seen !== client.statuses.length; ) {
    seen = client.statuses.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
  }
}

/** Diagnostics by file name, related locations by file name too, in a fixed order. */
function byName(all: Map<string, Diagnostic[]>, dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const prefix = `${new URL(`file://${dir}/`).href}`;
  for (const [uri, list] of all) {
    if (!uri.startsWith(prefix)) continue;
    const name = uri.slice(prefix.length);
    const strip = (d: Diagnostic) =>
      JSON.stringify({
        ...d,
        data: undefined,
        relatedInformation: d.relatedInformation?.map((r) => ({ ...r, location: { ...r.location, uri: r.location.uri.slice(prefix.length) } })),
      });
    out.set(name, list.map(strip).sort());
  }
  return new Map([...out].filter(([, list]) => list.length > 0).sort());
}
