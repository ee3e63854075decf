// Stories over LSP, through the real server over stdio, on the seeds plus three reports of another event (a quake):
// workspace symbols of kind Namespace name both stories (what Neovim or any LSP client lists), crosscheck/stories
// gives the Stories view its tree with finding counts, the hover of an article's headline names its story, and no
// finding relates articles of different stories.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver-protocol';
import type { StoryInfo } from '../../server/src/protocol';
import { LspClient, TIMEOUT, Workspace, type WorkspaceFile } from '../helpers/lspClient';
import { QUAKE_NORTH } from '../helpers/storyTexts';

describe('stories over LSP', { timeout: 90_000 }, () => {
  let workspace: Workspace;
  let client: LspClient;
  let quake: WorkspaceFile[];

  before(async () => {
    workspace = new Workspace(Object.fromEntries(QUAKE_NORTH.map((text, i) => [`quake-${i}.txt`, text])));
    quake = QUAKE_NORTH.map((_, i) => workspace.file(`quake-${i}.txt`));
    client = await LspClient.start(workspace.dir);
  });

  after(async () => {
    const code = await client?.stop();
    workspace?.cleanup();
    assert.equal(code, 0, `server exit code ${code}; stderr:\n${client?.stderr}`);
  });

  it('workspace symbols of kind Namespace name each story, found by its title and placed in its first article', { timeout: TIMEOUT }, async () => {
    const all = (await client.workspaceSymbols('')) ?? [];
    const stories = all.filter((s) => s.kind === SymbolKind.Namespace);
    assert.equal(stories.length, 2, `namespaces: ${stories.map((s) => s.name).join(' | ')}`);
    const quakeStory = ((await client.workspaceSymbols('quake')) ?? []).find((s) => s.kind === SymbolKind.Namespace);
    assert.ok(quakeStory, `no story found by a word of its title: ${stories.map((s) => s.name).join(' | ')}`);
    assert.ok(quake.some((f) => f.uri === quakeStory.location.uri), `the quake story points at ${quakeStory.location.uri}`);
    const seeds = stories.find((s) => s !== quakeStory && s.name !== quakeStory.name);
    assert.ok(seeds && /^file:.*\/00\d_/.test(seeds.location.uri), `the seeds' story points at ${seeds?.location.uri}`);
  });

  it('crosscheck/stories gives each story its articles and finding counts, as the diagnostics have them', { timeout: TIMEOUT }, async () => {
    const stories = await client.request<StoryInfo[]>('crosscheck/stories', null);
    assert.deepEqual(
      stories.map((s) => s.articles.length).sort(),
      [3, 5],
      stories.map((s) => `${s.title}: ${s.articles.map((a) => a.name).join(', ')}`).join('\n'),
    );
    const quakeStory = stories.find((s) => s.articles.some((a) => a.name === 'quake-0.txt'))!;
    assert.deepEqual(quakeStory.articles.map((a) => a.name), ['quake-0.txt', 'quake-1.txt', 'quake-2.txt']);
    for (const story of stories) {
      for (const article of story.articles) assert.equal(article.findings, client.diagnosticsOf(article.uri).length, article.name);
      assert.equal(story.findings, story.articles.reduce((sum, a) => sum + a.findings, 0));
    }
    assert.ok(stories.find((s) => s !== quakeStory)!.findings > 0, 'the seeds keep their findings');
  });

  it("the hover of an article's headline names its story and the articles it is compared with", { timeout: TIMEOUT }, async () => {
    const hover = await client.hover(quake[1].uri, { line: 0, character: 3 });
    const value = typeof hover?.contents === 'string' ? hover.contents : (hover?.contents.value ?? '');
    assert.match(value, /Story: \*\*[^*]+\*\*/);
    assert.match(value, /Compared with 2 articles: quake-0, quake-2/);
    const body = await client.hover(quake[1].uri, { line: 2, character: 3 });
    const bodyValue = typeof body?.contents === 'string' ? body.contents : (body?.contents.value ?? '');
    assert.doesNotMatch(bodyValue, /Story:/, 'only the headline names the story');
  });

  it('no diagnostic of one story points into another', { timeout: TIMEOUT }, async () => {
    const quakeUris = new Set(quake.map((f) => f.uri));
    for (const [uri, diagnostics] of client.diagnostics) {
      for (const diagnostic of diagnostics) {
        for (const related of diagnostic.relatedInformation ?? []) {
          assert.equal(quakeUris.has(related.location.uri), quakeUris.has(uri), `${uri} ${diagnostic.code} relates to ${related.location.uri}`);
        }
      }
    }
  });
});
