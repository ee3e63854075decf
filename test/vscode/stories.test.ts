// Stories in VS Code on the seeds workspace (one event told five ways: one story): the Stories view's tree, the
// story in the hover of a headline, and the story among the workspace symbols (Ctrl+T), asked through the VS Code
// API in the extension host.
import * as assert from 'assert';
import * as vscode from 'vscode';

interface StoryInfo {
  id: string;
  title: string;
  articles: Array<{ uri: string; name: string; findings: number }>;
  findings: number;
}

const READY_TIMEOUT_MS = 45_000;

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = READY_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('Crosscheck stories in VS Code on the seeds', function () {
  let headlined: vscode.TextDocument;

  before(async function () {
    const files = await vscode.workspace.findFiles('*.txt');
    const seed001 = files.find((f) => f.path.split('/').pop()!.startsWith('001_'));
    assert.ok(seed001, 'seed 001 (the one with a headline) is not in the workspace');
    headlined = await vscode.workspace.openTextDocument(seed001);
    await vscode.window.showTextDocument(headlined);
  });

  it('the Stories view holds one story of the five seeds, with the findings the Problems panel shows', async () => {
    const extension = vscode.extensions.getExtension<{ stories(): readonly StoryInfo[] }>('crosscheck.crosscheck');
    assert.ok(extension, 'extension crosscheck.crosscheck is not installed');
    const api = await extension.activate();
    const stories = await waitFor('the Stories view to fill', () => {
      const current = api.stories();
      return current.length > 0 && current[0].findings > 0 ? current : undefined;
    });
    assert.equal(stories.length, 1, stories.map((s) => s.title).join(' | '));
    assert.equal(stories[0].articles.length, 5);
    for (const article of stories[0].articles) {
      const shown = vscode.languages.getDiagnostics(vscode.Uri.parse(article.uri)).length;
      assert.equal(article.findings, shown, `${article.name}: the view counts ${article.findings}, the Problems panel ${shown}`);
    }
  });

  it("the hover of 001's headline names its story", async () => {
    const hovers = await waitFor('a hover on the headline', async () => {
      const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', headlined.uri, new vscode.Position(0, 3));
      return result && result.length > 0 ? result : undefined;
    });
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.match(text, /Story: \*\*/, `hover: ${text}`);
    assert.match(text, /Compared with 4 articles/, `hover: ${text}`);
  });

  it('the story is a Namespace among the workspace symbols', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '');
    const stories = (symbols ?? []).filter((s) => s.kind === vscode.SymbolKind.Namespace);
    assert.equal(stories.length, 1, `namespaces: ${stories.map((s) => s.name).join(' | ')}`);
  });
});
