// Reading a folder over LSP: work-done progress while it is read (when the client shows progress), the
// readings kept in the storage the client gives and used by the next session, and the open article first.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LspClient, TIMEOUT, Workspace } from '../helpers/lspClient';

/** The seeds and 20 more articles: enough for the server to show progress. */
function folder(): Workspace {
  const workspace = new Workspace();
  const seed = workspace.file('002').text;
  for (let i = 0; i < 20; i++) workspace.write(`more/${String(i).padStart(2, '0')}.txt`, seed.replace(/hour-long/g, `${i + 2}-hour`));
  return workspace;
}

describe('indexing a folder over LSP', { timeout: 90_000 }, () => {
  it('reports work-done progress from begin to end while the folder is read', { timeout: TIMEOUT }, async () => {
    const workspace = folder();
    const client = await LspClient.start(workspace.dir, { workDoneProgress: true });
    try {
      const kinds = client.progress.map((p) => p.kind);
      assert.equal(kinds[0], 'begin', JSON.stringify(client.progress));
      assert.equal(kinds.at(-1), 'end', JSON.stringify(client.progress));
      assert.match(client.progress[0].message ?? '', /25 articles/);
      assert.equal(client.statuses[0].documents, 25);
    } finally {
      await client.stop();
      workspace.cleanup();
    }
  });

  it('shows no progress to a client that does not ask for it', { timeout: TIMEOUT }, async () => {
    const workspace = folder();
    const client = await LspClient.start(workspace.dir);
    try {
      assert.deepEqual(client.progress, []);
    } finally {
      await client.stop();
      workspace.cleanup();
    }
  });

  it('keeps readings in the storage it is given, never in the folder, and the next session uses them', { timeout: 2 * TIMEOUT }, async () => {
    const workspace = folder();
    const storagePath = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-storage-'));
    const listing = () => fs.readdirSync(workspace.dir, { recursive: true }).map(String).sort();
    const before = listing();
    try {
      const first = await LspClient.start(workspace.dir, { initializationOptions: { storagePath } });
      const findings = first.statuses[0].findings;
      await first.stop();
      const files = fs.readdirSync(storagePath, { recursive: true }).map(String);
      const kept = files.filter((f) => f.endsWith('.json') && !f.endsWith('.findings.json'));
      assert.equal(kept.length, 25, `readings kept: ${kept.join(', ')}`);
      assert.ok(files.some((f) => f.endsWith('.findings.json')), `the stories' findings are kept too: ${files.join(', ')}`);
      assert.deepEqual(listing(), before, 'the user folder was written');

      workspace.write('more/00.txt', `${workspace.file('more/00.txt').text}\nOne more line.\n`);
      const second = await LspClient.start(workspace.dir, { initializationOptions: { storagePath } });
      try {
        const log = second.logs.map((l) => l.message).find((m) => /articles read/.test(m)) ?? '';
        assert.match(log, /25 articles read .*\(24 of them kept from an earlier session\)/, second.logs.map((l) => l.message).join('\n'));
        assert.equal(second.statuses[0].findings, findings);
      } finally {
        await second.stop();
      }
    } finally {
      fs.rmSync(storagePath, { recursive: true, force: true });
      workspace.cleanup();
    }
  });

  it('shows the open article its own findings before the folder is read', { timeout: 2 * TIMEOUT }, async () => {
    const workspace = seedsWithCopies(150);
    const open = workspace.file('003');
    const client = await LspClient.start(workspace.dir, { waitForReady: false });
    try {
      await client.open(open.uri, open.text);
      await client.waitForStatus((s) => s.documents === 155, 2 * TIMEOUT);
      const first = client.publications.findIndex((p) => p.uri === open.uri && p.diagnostics.some((d) => d.code === 'missing-name'));
      const others = client.publications.findIndex((p) => p.uri !== open.uri);
      assert.ok(first >= 0, client.summary());
      assert.ok(first < others, `the open article's findings came after others' (${first} vs ${others})`);
    } finally {
      await client.stop();
      workspace.cleanup();
    }
  });

  it('outlines an article opened before the folder is read (an editor asks for the outline once per text)', { timeout: 2 * TIMEOUT }, async () => {
    const workspace = seedsWithCopies(150);
    const open = workspace.file('000');
    const client = await LspClient.start(workspace.dir, { waitForReady: false });
    try {
      await client.open(open.uri, open.text);
      const names = ((await client.documentSymbols(open.uri)) ?? []).map((s) => s.name);
      assert.ok(names.includes('Donald Trump') && names.includes('Vladimir Putin'), names.join(', '));
    } finally {
      await client.stop();
      workspace.cleanup();
    }
  });
});

/** The seeds and `copies` more articles, 002 with its duration changed, so that reading the folder takes a while. */
function seedsWithCopies(copies: number): Workspace {
  const workspace = new Workspace();
  const filler = workspace.file('002').text;
  for (let i = 0; i < copies; i++) workspace.write(`more/${String(i).padStart(3, '0')}.txt`, filler.replace(/hour-long/g, `${(i % 9) + 2}-hour`));
  return workspace;
}
