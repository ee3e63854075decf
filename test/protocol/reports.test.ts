// The source matrix (crosscheck/matrix) and the inlay hints over LSP, on a copy of the seeds, through the real
// server over stdio: the matrix of the folder's story with ranges that open the right words, following an edit;
// the value hint after "nearly 90 minutes", and none once the setting turns them off.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { LspClient, rangeOf, textOf, TIMEOUT, Workspace, type WorkspaceFile } from '../helpers/lspClient';
import type { Range } from 'vscode-languageserver-protocol';
import type { MatrixResult } from '../../server/src/protocol';

interface InlayHintLike {
  position: { line: number; character: number };
  label: string;
  paddingLeft?: boolean;
}

describe('source matrix and inlay hints over LSP', { timeout: 90_000 }, () => {
  let workspace: Workspace;
  let client: LspClient;
  const seed: Record<string, WorkspaceFile> = {};

  before(async () => {
    workspace = new Workspace();
    for (const prefix of ['000', '001', '002', '003', '004']) seed[prefix] = workspace.file(prefix);
    client = await LspClient.start(workspace.dir, { refreshSupport: true });
  });

  after(async () => {
    const code = await client?.stop();
    workspace?.cleanup();
    assert.equal(code, 0, `server exit code ${code}; stderr:\n${client?.stderr}`);
    assert.deepEqual(client.connectionErrors, []);
  });

  const matrixOf = (uri?: string) => client.request<MatrixResult | null>('crosscheck/matrix', uri ? { uri } : {});
  const rowOf = (matrix: MatrixResult, label: string) => matrix.topics.flatMap((t) => t.rows).find((r) => r.label === label);
  const fileOf = (uri: string) => Object.values(seed).find((f) => f.uri === uri);
  const PUTIN = 'duration of the conversation between Donald Trump and Vladimir Putin';

  it('answers the matrix of the folder: the sources, their findings, and the call’s durations with their ranges', { timeout: TIMEOUT }, async () => {
    const matrix = await matrixOf(seed['002'].uri);
    assert.ok(matrix);
    assert.equal(matrix.story, workspace.dir.split('/').pop());
    assert.deepEqual(matrix.sources.map((s) => s.file), Object.values(seed).map((f) => f.path.split('/').pop()));
    const diagnostics = [...client.diagnostics.values()].reduce((sum, list) => sum + list.length, 0);
    assert.equal(matrix.findings, diagnostics, 'the findings the editor shows');
    const row = rowOf(matrix, PUTIN);
    assert.ok(row, JSON.stringify(matrix.topics.map((t) => t.rows.map((r) => r.label))));
    assert.equal(row.disagreement, true);
    assert.deepEqual(row.cells.map((c) => c.state), ['agree', 'agree', 'differ', 'agree', 'agree']);
    // Every entry's range is the words it shows, in its own document.
    for (const cell of row.cells) {
      for (const entry of cell.entries) {
        const file = fileOf(entry.uri);
        assert.ok(file, entry.uri);
        assert.equal(textOf(file.text, entry.range as Range), entry.text);
      }
    }
    assert.equal(row.cells[2].entries[0].value, '50–70 min');
    // Without a document, the first folder with articles answers.
    assert.deepEqual((await matrixOf())?.sources.length, 5);
  });

  it('follows an edit: 002 writing “nearly 90 minutes” makes every duration agree', { timeout: TIMEOUT }, async () => {
    const s002 = seed['002'];
    const edited = s002.text.replace('Following an hour-long call with Putin,', 'Following a call with Putin that lasted nearly 90 minutes,');
    assert.notEqual(edited, s002.text);
    await client.afterNextPass(async () => {
      await client.open(s002.uri, s002.text, 'article', 1);
      await client.change(s002.uri, edited, 2);
    });
    const row = rowOf((await matrixOf(s002.uri))!, PUTIN);
    assert.ok(row);
    assert.deepEqual(row.cells.map((c) => c.state), ['agree', 'agree', 'agree', 'agree', 'agree']);
    assert.equal(row.cells[2].entries[0].text, 'nearly 90 minutes');
    await client.afterNextPass(() => client.close(s002.uri));
    assert.equal(rowOf((await matrixOf(s002.uri))!, PUTIN)?.cells[2].state, 'differ', 'back to the text on disk');
  });

  it('puts the value read after each quantity as an inlay hint, and none where the text already says it', { timeout: TIMEOUT }, async () => {
    assert.ok(client.initializeResult.capabilities.inlayHintProvider);
    const s004 = seed['004'];
    const hints = (await client.request<InlayHintLike[] | null>('textDocument/inlayHint', {
      textDocument: { uri: s004.uri },
      range: { start: { line: 0, character: 0 }, end: { line: s004.text.split('\n').length, character: 0 } },
    })) ?? [];
    const nearly = rangeOf(s004.text, 'nearly 90 minutes');
    const hint = hints.find((h) => h.position.line === nearly.end.line && h.position.character === nearly.end.character);
    assert.ok(hint, JSON.stringify(hints));
    assert.equal(hint.label, '(79–90 min)');
    assert.equal(hint.paddingLeft, true);
    // "Wednesday" reads as Wednesday: nothing to add.
    const wednesday = rangeOf(s004.text, 'Wednesday');
    assert.ok(!hints.some((h) => h.position.line === wednesday.end.line && h.position.character === wednesday.end.character), JSON.stringify(hints));
    // A range asks only for the hints inside it.
    const some = (await client.request<InlayHintLike[] | null>('textDocument/inlayHint', { textDocument: { uri: s004.uri }, range: { start: { line: nearly.start.line, character: 0 }, end: { line: nearly.start.line + 1, character: 0 } } })) ?? [];
    assert.ok(some.length >= 1 && some.every((h) => h.position.line === nearly.start.line), JSON.stringify(some));
  });

  it('turns the hints off with crosscheck.inlayHints.enabled, and asks the client to refresh them', { timeout: TIMEOUT }, async () => {
    const s004 = seed['004'];
    const ask = async () =>
      (await client.request<InlayHintLike[] | null>('textDocument/inlayHint', { textDocument: { uri: s004.uri }, range: { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } } })) ?? [];
    const before = client.refreshes.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { crosscheck: { inlayHints: { enabled: false } } } });
    await client.waitFor(() => client.refreshes.slice(before).includes('workspace/inlayHint/refresh'));
    assert.deepEqual(await ask(), []);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { crosscheck: { inlayHints: { enabled: true } } } });
    await client.waitFor(() => client.refreshes.slice(before).filter((m) => m === 'workspace/inlayHint/refresh').length === 2);
    assert.ok((await ask()).length > 0);
  });
});
