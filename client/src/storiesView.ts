// The Stories view in the Explorer: the folder's stories (the articles that report one event, which Crosscheck
// compares with each other and with nothing else) → their articles, each with its finding count. It asks the server
// (crosscheck/stories) again after every analysis pass; an article opens on click.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
// The one protocol module, from the server's build output (see extension.ts).
import { STORIES_VIEW_ID, StatusNotification, StoriesRequest, type StoryArticleInfo, type StoryInfo } from '../../server/out/protocol';

type Node = { kind: 'story'; story: StoryInfo } | { kind: 'article'; article: StoryArticleInfo };

export class StoriesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private client: LanguageClient | undefined;
  private stories: StoryInfo[] = [];
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly view: vscode.TreeView<Node>;

  constructor() {
    this.view = vscode.window.createTreeView(STORIES_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(this.view, this.changed);
  }

  /** A (re)started language client: the view asks it, after each of its passes. */
  attach(client: LanguageClient): void {
    this.client = client;
    this.disposables.push(client.onNotification(StatusNotification.type, () => void this.refresh()));
    void this.refresh();
  }

  detach(): void {
    this.client = undefined;
    this.stories = [];
    this.changed.fire(undefined);
  }

  /** The stories as the view shows them now (for tests and commands). */
  current(): readonly StoryInfo[] {
    return this.stories;
  }

  async refresh(): Promise<void> {
    if (!this.client?.isRunning()) return;
    try {
      this.stories = (await this.client.sendRequest(StoriesRequest.type, null)) ?? [];
    } catch {
      return;
    }
    const count = this.stories.length;
    this.view.description = count === 0 ? undefined : `${count} ${count === 1 ? 'story' : 'stories'}`;
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.stories.map((story) => ({ kind: 'story', story }));
    return node.kind === 'story' ? node.story.articles.map((article) => ({ kind: 'article', article })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'story') {
      const { story } = node;
      const item = new vscode.TreeItem(story.title, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${story.folder ?? ''}/${story.id}`;
      item.description = `${count(story.articles.length, 'article')} · ${count(story.findings, 'finding')}${story.folder ? ` · ${story.folder}` : ''}`;
      item.tooltip = new vscode.MarkdownString(
        `**${escape(story.title)}**\n\nArticles about one event: Crosscheck compares them with each other and with no other article.`,
      );
      item.iconPath = new vscode.ThemeIcon('symbol-namespace');
      item.contextValue = 'crosscheckStory';
      return item;
    }
    const { article } = node;
    const item = new vscode.TreeItem(article.name, vscode.TreeItemCollapsibleState.None);
    item.id = article.uri;
    item.resourceUri = vscode.Uri.parse(article.uri);
    item.description = `${article.source === article.name ? '' : `${article.source} · `}${count(article.findings, 'finding')}`;
    item.iconPath = article.findings > 0 ? new vscode.ThemeIcon('warning') : new vscode.ThemeIcon('file');
    item.command = { command: 'vscode.open', title: 'Open Article', arguments: [vscode.Uri.parse(article.uri)] };
    item.contextValue = 'crosscheckArticle';
    return item;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>]/g, '\\$&');
}
