// The story at a glance in VS Code: "Crosscheck: Show Source Matrix" (a webview of the server's crosscheck/matrix
// answer: claims and quotations × sources) and a status bar item with the story's sources and findings that opens
// it. Both follow the analysis: they ask again after every pass the server reports (crosscheck/status).
import * as crypto from 'crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
// The one protocol module, from the server's build output (see extension.ts).
import { MatrixRequest, SHOW_MATRIX_COMMAND, StatusNotification, type MatrixResult } from '../../server/out/protocol';

interface OpenMessage {
  type: 'open';
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export class StoryViews implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private panel: vscode.WebviewPanel | undefined;
  /** The document whose story the panel shows. */
  private panelUri: string | undefined;
  private readonly status: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri) {
    this.status = vscode.window.createStatusBarItem('crosscheck.story', vscode.StatusBarAlignment.Left, 50);
    this.status.name = 'Crosscheck story';
    this.status.command = SHOW_MATRIX_COMMAND;
    this.disposables.push(
      this.status,
      vscode.commands.registerCommand(SHOW_MATRIX_COMMAND, (uri?: vscode.Uri) => this.showMatrix(uri)),
      vscode.window.onDidChangeActiveTextEditor(() => void this.refreshStatus()),
      // A pass's status notification can come before the client listens (a small folder is read while the client
      // starts); the diagnostics it published still arrive, so they refresh the counts too.
      vscode.languages.onDidChangeDiagnostics(() => this.refreshSoon()),
    );
  }

  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  private refreshSoon(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      void this.refreshStatus();
    }, 200);
  }

  /** A (re)started language client: answers come from it, and its passes refresh the views. */
  attach(client: LanguageClient): void {
    this.client = client;
    this.disposables.push(
      client.onNotification(StatusNotification.type, () => {
        void this.refreshStatus();
        void this.refreshPanel();
      }),
    );
    void this.refreshStatus();
  }

  detach(): void {
    this.client = undefined;
    this.status.hide();
  }

  private async matrix(uri?: string): Promise<MatrixResult | null> {
    if (!this.client?.isRunning()) return null;
    try {
      return await this.client.sendRequest(MatrixRequest.type, { uri });
    } catch {
      return null;
    }
  }

  /** The active editor's document, when it is a file (the story it belongs to). */
  private activeUri(): string | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document && document.uri.scheme === 'file' ? this.client?.code2ProtocolConverter.asUri(document.uri) : undefined;
  }

  private async refreshStatus(): Promise<void> {
    const result = await this.matrix(this.activeUri());
    if (!result || result.sources.length === 0) {
      this.status.hide();
      return;
    }
    const { sources, findings, story } = result;
    this.status.text = `$(table) ${plural(sources.length, 'source')} · ${plural(findings, 'finding')}`;
    this.status.tooltip = new vscode.MarkdownString(
      `**Crosscheck: ${escapeMarkdown(story)}**\n\n${sources.map((s) => `- ${escapeMarkdown(s.name)}: ${plural(s.findings, 'finding')}`).join('\n')}\n\nClick to show the source matrix.`,
    );
    this.status.show();
  }

  async showMatrix(uri?: vscode.Uri): Promise<void> {
    this.panelUri = uri ? uri.toString() : (this.activeUri() ?? this.panelUri);
    if (this.panel) this.panel.reveal(undefined, false);
    else {
      const media = vscode.Uri.joinPath(this.extensionUri, 'media');
      this.panel = vscode.window.createWebviewPanel('crosscheck.matrix', 'Source Matrix', vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, {
        enableScripts: true,
        enableFindWidget: true,
        localResourceRoots: [media],
      });
      this.panel.webview.html = pageHtml(this.panel.webview, media);
      this.panel.onDidDispose(() => (this.panel = undefined), undefined, this.disposables);
      this.panel.onDidChangeViewState(({ webviewPanel }) => webviewPanel.visible && void this.refreshPanel(), undefined, this.disposables);
      this.panel.webview.onDidReceiveMessage((message: OpenMessage | { type: 'ready' }) => {
        if (message.type === 'ready') void this.refreshPanel();
        else if (message.type === 'open') void this.open(message);
      }, undefined, this.disposables);
    }
    await this.refreshPanel();
  }

  private async refreshPanel(): Promise<void> {
    const panel = this.panel;
    if (!panel?.visible) return;
    const result = await this.matrix(this.panelUri);
    panel.title = result ? `Source Matrix: ${result.story}` : 'Source Matrix';
    void panel.webview.postMessage({ type: 'matrix', matrix: result });
  }

  /** A click on a cell: the article at that span, beside the matrix. */
  private async open(message: OpenMessage): Promise<void> {
    const { start, end } = message.range;
    const range = new vscode.Range(start.line, start.character, end.line, end.character);
    const column = this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
    const uri = this.client ? this.client.protocol2CodeConverter.asUri(message.uri) : vscode.Uri.parse(message.uri);
    const editor = await vscode.window.showTextDocument(uri, { selection: range, viewColumn: column, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/**
 * The webview's page: a strict Content-Security-Policy (nothing but this extension's stylesheet and the one script
 * with this page's nonce; no remote content, no inline code), theme colours from the stylesheet. The script renders
 * the matrix from the messages it receives.
 */
function pageHtml(webview: vscode.Webview, media: vscode.Uri): string {
  const nonce = crypto.randomBytes(16).toString('base64');
  const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'matrix.css'));
  const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'matrix.js'));
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Source Matrix</title>
</head>
<body>
<main id="matrix" aria-live="polite"><p class="empty">Reading the articles…</p></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~|#]/g, '\\$&');
}
